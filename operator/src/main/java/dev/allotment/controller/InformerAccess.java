package dev.allotment.controller;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.lifecycle.ResourceAccess;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.List;
import java.util.Optional;

/**
 * A reconcile's view of the cluster through JOSDK: Secrets from the outputs-Secret informer, status
 * written with read-after-write through the primary cache.
 */
final class InformerAccess<R extends CustomResource<?, StackResourceStatus>>
    implements ResourceAccess<R> {

  private final Context<R> context;

  InformerAccess(Context<R> context) {
    this.context = context;
  }

  @Override
  public Optional<Secret> outputsSecret(String name) {
    return context.getSecondaryResources(Secret.class).stream()
        .filter(s -> name.equals(s.getMetadata().getName()))
        .findFirst();
  }

  @Override
  public List<R> othersInNamespace(R resource) {
    ResourceID self = ResourceID.fromResource(resource);
    return context
        .getPrimaryCache()
        .list(resource.getMetadata().getNamespace())
        .filter(other -> !ResourceID.fromResource(other).equals(self))
        .toList();
  }

  @Override
  public R writeStatus(R resource, StackResourceStatus status) {
    return PrimaryUpdateAndCacheUtils.updateStatusAndCacheResource(
        resource,
        context,
        r -> {
          r.setStatus(status);
          return r;
        });
  }
}
