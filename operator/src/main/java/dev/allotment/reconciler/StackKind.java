package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.engine.StackProgram;
import dev.allotment.engine.StackRef;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.client.CustomResource;
import java.util.Optional;

/**
 * What one resource kind contributes to the shared stack lifecycle: how its spec becomes a program,
 * and the names and labels it publishes under.
 */
public interface StackKind<R extends CustomResource<?, StackResourceStatus>> {

  /** The program and inputs of a valid spec. */
  record Prepared(StackProgram program, String fingerprint, String team, String stage) {}

  /** Lowercase kind for labels and the Pulumi project, e.g. {@code teamenvironment}. */
  String kindLabel();

  /** Validates the spec and builds the program; pure. */
  Prepared prepare(R resource) throws InvalidSpecException;

  /**
   * The deletion policy, also for a spec that no longer validates; when the spec does not say,
   * nothing is destroyed that we cannot be sure the user meant to destroy.
   */
  DeletionPolicy deletionPolicy(R resource);

  /** Team and stage labels for published Secrets, as far as the spec gives them. */
  Optional<String> team(R resource);

  Optional<String> stage(R resource);

  /**
   * The resource's stack: one Pulumi project per kind, the stack named after namespace and name.
   */
  default StackRef stackRef(R resource) {
    return StackRef.of(
        "allotment-" + kindLabel(),
        resource.getMetadata().getNamespace(),
        resource.getMetadata().getName());
  }
}
