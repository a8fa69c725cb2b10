package dev.allotment.publish;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;

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

  /** Deletes the Secrets of {@code namespace} that carry {@code label=value}. */
  public void deleteLabelled(String namespace, String label, String value) {
    client.secrets().inNamespace(namespace).withLabel(label, value).delete();
  }

  /** Deletes the Secret if it exists. */
  public void delete(String namespace, String name) {
    client.secrets().inNamespace(namespace).withName(name).delete();
  }
}
