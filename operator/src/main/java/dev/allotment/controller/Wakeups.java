package dev.allotment.controller;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.claims.NameClaims;
import dev.allotment.definition.NamespaceRoom;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicySource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.function.Consumer;

/** What brings resources back for another look besides their own informer events. */
final class Wakeups {

  private Wakeups() {}

  /**
   * A changed PlatformPolicy re-evaluates every resource of this kind; a changed binding (labels or
   * annotations of a Namespace) the resources in that namespace; a deleted namespace every
   * resource, since one may have waited for the name to be free; a released name every resource,
   * since a stalled one may have waited for it.
   */
  static <P extends HasMetadata> void register(
      EventSourceContext<P> context,
      PolicySource policies,
      NamespaceSource namespaces,
      NameClaims claims,
      Consumer<ResourceID> trigger) {
    policies.onChange(
        () -> context.getPrimaryCache().list().map(ResourceID::fromResource).forEach(trigger));
    namespaces.onChange(
        (name, deleted) ->
            (deleted ? context.getPrimaryCache().list() : context.getPrimaryCache().list(name))
                .map(ResourceID::fromResource)
                .forEach(trigger));
    claims.onRelease(
        () -> context.getPrimaryCache().list().map(ResourceID::fromResource).forEach(trigger));
  }

  /**
   * A resource whose deletion began makes room in its namespace: the others that may wait for room
   * (those that never ran an operation) are asked to look again.
   */
  static <R extends CustomResource<?, StackResourceStatus>> void thoseWaitingForRoom(
      R deleted, Context<R> context, Consumer<ResourceID> trigger) {
    context
        .getPrimaryCache()
        .list(deleted.getMetadata().getNamespace())
        .filter(other -> !NamespaceRoom.hasStack(other))
        .map(ResourceID::fromResource)
        .filter(id -> !id.equals(ResourceID.fromResource(deleted)))
        .forEach(trigger);
  }
}
