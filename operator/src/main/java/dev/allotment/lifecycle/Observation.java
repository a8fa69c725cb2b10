package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.definition.SharedSpec;
import dev.allotment.definition.StackDefinition;
import dev.allotment.engine.Outcome;
import dev.allotment.engine.StackRef;
import dev.allotment.policy.EffectiveSettings;
import io.fabric8.kubernetes.client.CustomResource;
import java.util.Optional;

/**
 * What a reconcile observes before it decides, the same for a live and a deleted resource: its
 * stack, its shared spec fields, the settings the platform's policies give them, and the operation
 * that finished on the stack since the last look. Read, never written.
 */
record Observation(
    StackRef ref, SharedSpec spec, EffectiveSettings settings, Optional<Outcome> finished) {

  static <R extends CustomResource<?, StackResourceStatus>> Observation of(
      StackDefinition<R> definition, R resource, Lifecycles shared) {
    StackRef ref = definition.stackRef(resource);
    SharedSpec spec = definition.shared(resource);
    return new Observation(
        ref,
        spec,
        spec.settings(shared.policies.current(), shared.minimumDriftInterval),
        shared.operations.finished(ref));
  }
}
