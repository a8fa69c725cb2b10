package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.observability.OperatorMetrics;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Writes a resource's status only when it changed (an unchanged resource costs no API call), with
 * read-after-write where {@link ResourceAccess} provides it, and keeps the resource gauges current.
 */
final class StatusWriter<R extends CustomResource<?, StackResourceStatus>> {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private final String kindLabel;
  private final OperatorMetrics metrics;

  StatusWriter(String kindLabel, OperatorMetrics metrics) {
    this.kindLabel = kindLabel;
    this.metrics = metrics;
  }

  /** Writes {@code status} when it differs from the resource's; returns the resource as stored. */
  R persist(R resource, StackResourceStatus status, ResourceAccess<R> access) {
    metrics.state(
        kindLabel, resource.getMetadata().getNamespace(), resource.getMetadata().getName(), status);
    if (JSON.asJson(status).equals(JSON.asJson(copy(resource.getStatus())))) {
      return resource;
    }
    return access.writeStatus(resource, status);
  }

  /** A copy to change; never null. */
  static StackResourceStatus copy(StackResourceStatus status) {
    return status == null ? new StackResourceStatus() : JSON.clone(status);
  }
}
