package dev.allotment.controller;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The cache of the outputs-Secret informers, which keeps of each Secret only what the operator
 * reads (its name, owner and data), so that what a tenant puts into a Secret it labels like an
 * outputs Secret costs the operator little memory: no labels, annotations or managed fields, and no
 * data beyond {@link #MAX_DATA_BYTES} (an outputs Secret the operator writes holds a few kilobytes:
 * a kubeconfig and identifiers). A Secret kept without its data no longer matches the digest its
 * owner published, so its owner publishes it again, which restores it if it is really the
 * operator's.
 *
 * <p>The label selector alone cannot keep a tenant's Secrets out: any namespace admin can put a
 * label on a Secret. The chart's admission policy (values {@code outputsSecrets.admissionPolicy})
 * does: only the operator may write a Secret that carries the {@code platform.allotment.dev/kind}
 * label. Without it, every labelled Secret still takes one entry here, each at most this bounded
 * size.
 */
final class OutputsSecretStore implements ItemStore<Secret> {

  /** The most data of one Secret kept in the cache, keys and values together. */
  static final int MAX_DATA_BYTES = 256 * 1024;

  /** Secrets per page of the informer's list, so that a restart never reads them all at once. */
  static final long LIST_PAGE = 100;

  private final Map<String, Secret> secrets = new ConcurrentHashMap<>();

  @Override
  public String getKey(Secret secret) {
    return Cache.metaNamespaceKeyFunc(secret);
  }

  @Override
  public Secret put(String key, Secret secret) {
    return secrets.put(key, slim(secret));
  }

  @Override
  public Secret remove(String key) {
    return secrets.remove(key);
  }

  @Override
  public Stream<String> keySet() {
    return secrets.keySet().stream();
  }

  @Override
  public Stream<Secret> values() {
    return secrets.values().stream();
  }

  @Override
  public int size() {
    return secrets.size();
  }

  @Override
  public Secret get(String key) {
    return secrets.get(key);
  }

  /**
   * What the cache keeps of {@code secret}: identity, version, its controlling owner, its type, and
   * its data when there is at most {@link #MAX_DATA_BYTES} of it.
   */
  static Secret slim(Secret secret) {
    ObjectMeta meta = secret.getMetadata();
    List<OwnerReference> controller =
        Optional.ofNullable(meta.getOwnerReferences()).orElse(List.of()).stream()
            .filter(r -> Boolean.TRUE.equals(r.getController()))
            .limit(1)
            .toList();
    ObjectMeta kept =
        new ObjectMetaBuilder()
            .withName(meta.getName())
            .withNamespace(meta.getNamespace())
            .withUid(meta.getUid())
            .withResourceVersion(meta.getResourceVersion())
            .withGeneration(meta.getGeneration())
            .withCreationTimestamp(meta.getCreationTimestamp())
            .withDeletionTimestamp(meta.getDeletionTimestamp())
            .withOwnerReferences(controller)
            .build();
    boolean small = size(secret.getData()) + size(secret.getStringData()) <= MAX_DATA_BYTES;
    String type = secret.getType();
    return new SecretBuilder()
        .withMetadata(kept)
        .withType(type != null && type.length() <= 253 ? type : null)
        .withData(small ? secret.getData() : null)
        .withStringData(small ? secret.getStringData() : null)
        .build();
  }

  private static long size(Map<String, String> data) {
    if (data == null) {
      return 0;
    }
    long bytes = 0;
    for (var entry : data.entrySet()) {
      bytes += entry.getKey().getBytes(StandardCharsets.UTF_8).length;
      bytes += entry.getValue() == null ? 0 : entry.getValue().length();
    }
    return bytes;
  }
}
