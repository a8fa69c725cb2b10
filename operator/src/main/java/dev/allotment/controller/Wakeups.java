package dev.allotment.controller;

import dev.allotment.claims.NameClaims;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicySource;
import io.fabric8.kubernetes.api.model.HasMetadata;
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
}
