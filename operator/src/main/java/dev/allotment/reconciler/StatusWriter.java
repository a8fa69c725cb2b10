package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.observability.OperatorMetrics;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import java.util.Optional;

/**
 * Writes a resource's status only when it changed (an unchanged resource costs no API call), with
 * read-after-write through JOSDK's cache, and keeps the resource gauges current.
 */
final class StatusWriter<R extends CustomResource<?, StackResourceStatus>> {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private final StackKind<R> kind;
  private final OperatorMetrics metrics;

  StatusWriter(StackKind<R> kind, OperatorMetrics metrics) {
    this.kind = kind;
    this.metrics = metrics;
  }

  /** Writes {@code status} when it differs from the resource's; returns the resource as stored. */
  R persist(R resource, StackResourceStatus status, Context<R> context) {
    metrics.state(
        kind.kindLabel(),
        resource.getMetadata().getNamespace(),
        resource.getMetadata().getName(),
        status);
    if (JSON.asJson(status).equals(JSON.asJson(copy(resource.getStatus())))) {
      return resource;
    }
    return PrimaryUpdateAndCacheUtils.updateStatusAndCacheResource(
        resource,
        context,
        r -> {
          r.setStatus(status);
          return r;
        });
  }

  /** A copy to change; never null. */
  static StackResourceStatus copy(StackResourceStatus status) {
    return status == null ? new StackResourceStatus() : JSON.clone(status);
  }

  static long generation(CustomResource<?, ?> resource) {
    return Optional.ofNullable(resource.getMetadata().getGeneration()).orElse(0L);
  }
}
