package dev.allotment.publish;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.util.function.Predicate;

/** Writes and removes the Secrets the operator publishes. Never logs their data. */
public final class SecretPublisher {

  private final KubernetesClient client;

  public SecretPublisher(KubernetesClient client) {
    this.client = client;
  }

  /** Creates the Secret, or replaces it entirely so that removed outputs disappear. */
  public void apply(Secret secret) {
    client.secrets().resource(secret).createOr(NonDeletingOperation::update);
  }

  /**
   * Creates the Secret, or replaces one that {@code ours} accepts; a Secret of that name that is
   * not ours is left as it is. The replacement carries the resource version that was judged, so a
   * Secret swapped in between is not overwritten either.
   *
   * @throws SecretNotOwnedException when a Secret of that name exists and is not ours
   */
  public void applyOwned(Secret secret, Predicate<Secret> ours) {
    String namespace = secret.getMetadata().getNamespace();
    String name = secret.getMetadata().getName();
    Secret existing = client.secrets().inNamespace(namespace).withName(name).get();
    if (existing == null) {
      client.secrets().resource(secret).create();
      return;
    }
    if (!ours.test(existing)) {
      throw new SecretNotOwnedException(
          "Secret "
              + namespace
              + "/"
              + name
              + " exists and is not this resource's"
              + describeOwner(existing)
              + "; the operator neither overwrites nor deletes it: rename the resource"
              + " (metadata.name), or remove that Secret if it is stale");
    }
    secret.getMetadata().setResourceVersion(existing.getMetadata().getResourceVersion());
    client.secrets().resource(secret).update();
  }

  /** Deletes the Secret if it exists and {@code ours} accepts it. */
  public void deleteOwned(String namespace, String name, Predicate<Secret> ours) {
    Secret existing = client.secrets().inNamespace(namespace).withName(name).get();
    if (existing != null && ours.test(existing)) {
      client.secrets().resource(existing).lockResourceVersion().delete();
    }
  }

  private static String describeOwner(Secret secret) {
    var owners = secret.getMetadata().getOwnerReferences();
    if (owners == null || owners.isEmpty()) {
      return " (it has no owner)";
    }
    return " (owned by "
        + owners.stream().map(o -> o.getKind() + " " + o.getName()).sorted().toList()
        + ")";
  }

  /** Deletes the Secrets of {@code namespace} that carry {@code label=value}. */
  public void deleteLabelled(String namespace, String label, String value) {
    client.secrets().inNamespace(namespace).withLabel(label, value).delete();
  }

  /** Deletes the Secret if it exists. */
  public void delete(String namespace, String name) {
    client.secrets().inNamespace(namespace).withName(name).delete();
  }
}
