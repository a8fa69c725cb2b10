package dev.allotment.publish;

import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.engine.Fingerprint;
import dev.allotment.engine.StackOutput;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Secret {@code <name>-outputs} that holds every stack output, secret ones included, for
 * External Secrets Operator and Argo CD to pick up. Owned by the resource, so Kubernetes removes it
 * with the resource even if the operator is not running.
 */
public final class OutputsSecret {

  public static final String SUFFIX = "-outputs";

  private OutputsSecret() {}

  public static String nameFor(HasMetadata owner) {
    return owner.getMetadata().getName() + SUFFIX;
  }

  /** Whether {@code secret} is {@code owner}'s: controlled by it, by UID. */
  public static boolean ownedBy(Secret secret, HasMetadata owner) {
    return Optional.ofNullable(secret.getMetadata().getOwnerReferences())
        .orElse(java.util.List.of())
        .stream()
        .anyMatch(
            r ->
                Boolean.TRUE.equals(r.getController())
                    && owner.getMetadata().getUid() != null
                    && owner.getMetadata().getUid().equals(r.getUid()));
  }

  /** A digest of the outputs as the Secret holds them. */
  public static String digest(Map<String, StackOutput> outputs) {
    Map<String, String> data = new TreeMap<>();
    outputs.forEach((key, output) -> data.put(key, output.value()));
    return digestOf(data);
  }

  /** A digest of what {@code secret} holds now, comparable with {@link #digest(Map)}. */
  public static String digest(Secret secret) {
    Map<String, String> data = new TreeMap<>();
    Optional.ofNullable(secret.getData())
        .orElse(Map.of())
        .forEach(
            (key, value) ->
                data.put(
                    key,
                    new String(
                        Base64.getDecoder().decode(value == null ? "" : value),
                        StandardCharsets.UTF_8)));
    Optional.ofNullable(secret.getStringData()).orElse(Map.of()).forEach(data::put);
    return digestOf(data);
  }

  private static String digestOf(Map<String, String> data) {
    String[] parts = new String[data.size() * 2];
    int i = 0;
    for (var entry : data.entrySet()) {
      parts[i++] = entry.getKey();
      parts[i++] = entry.getValue() == null ? "" : entry.getValue();
    }
    return Fingerprint.of(parts);
  }

  /**
   * Builds the Secret.
   *
   * @param kindLabel value of the {@code platform.allotment.dev/kind} label, e.g. {@code
   *     teamenvironment}
   */
  public static Secret build(
      HasMetadata owner,
      String kindLabel,
      String team,
      String stage,
      Map<String, StackOutput> outputs) {
    Map<String, String> data = new TreeMap<>();
    outputs.forEach((key, output) -> data.put(key, output.value()));
    return new SecretBuilder()
        .withNewMetadata()
        .withName(nameFor(owner))
        .withNamespace(owner.getMetadata().getNamespace())
        .addToLabels(Groups.LABEL_MANAGED_BY, Groups.MANAGED_BY)
        .addToLabels(Groups.LABEL_TEAM, team)
        .addToLabels(Groups.LABEL_STAGE, stage)
        .addToLabels(Groups.LABEL_KIND, kindLabel)
        .withOwnerReferences(
            new OwnerReferenceBuilder()
                .withApiVersion(owner.getApiVersion())
                .withKind(owner.getKind())
                .withName(owner.getMetadata().getName())
                .withUid(owner.getMetadata().getUid())
                .withController(true)
                .withBlockOwnerDeletion(true)
                .build())
        .endMetadata()
        .withType("Opaque")
        .withStringData(data)
        .build();
  }
}
