package dev.allotment;

import dev.allotment.api.v1alpha1.TolerantSpecDeserializer.Malformable;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.config.Cloner;

/**
 * Clones resources by serializing them, as JOSDK does by default, and carries over the reason a
 * spec could not be read, which serialization drops on purpose (it is not part of the API).
 */
final class MalformedSpecKeepingCloner implements Cloner {

  private final KubernetesClient client;

  MalformedSpecKeepingCloner(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public <R extends HasMetadata> R clone(R object) {
    R copy = client.getKubernetesSerialization().clone(object);
    if (object instanceof CustomResource<?, ?> original
        && copy instanceof CustomResource<?, ?> cloned
        && original.getSpec() instanceof Malformable source
        && source.getMalformed() != null
        && cloned.getSpec() instanceof Malformable target) {
      target.setMalformed(source.getMalformed());
    }
    return copy;
  }
}
