package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.OperationsSpec;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.claims.ClaimedName;
import dev.allotment.engine.ProgramInputs;
import dev.allotment.engine.StackOutput;
import dev.allotment.engine.StackProgram;
import dev.allotment.engine.StackRef;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.client.CustomResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one resource kind contributes to the shared stack lifecycle: how its spec becomes a program,
 * and the names and labels it publishes under.
 */
public interface StackKind<R extends CustomResource<?, StackResourceStatus>> {

  /**
   * The program of a valid spec, twice: as a {@link StackProgram} to run inline, and as the inputs
   * the same program reads from stack configuration when it runs in a process of its own (see
   * {@link ProgramConfig}). The fingerprint is computed from the resolved model, not from either.
   * {@code names} are the names the program derives, each of which the resource must own alone.
   */
  record Prepared(
      StackProgram program,
      ProgramInputs inputs,
      String fingerprint,
      String team,
      String stage,
      List<ClaimedName> names) {

    public Prepared {
      names = List.copyOf(names);
    }

    /** A program that derives no name of its own (for tests). */
    public Prepared(
        StackProgram program, ProgramInputs inputs, String fingerprint, String team, String stage) {
      this(program, inputs, fingerprint, team, stage, List.of());
    }
  }

  /** Lowercase kind for labels and the Pulumi project, e.g. {@code teamenvironment}. */
  String kindLabel();

  /**
   * Validates the spec and builds the program.
   *
   * @throws WaitingException when the program needs something that is not there yet
   */
  Prepared prepare(R resource) throws InvalidSpecException, WaitingException;

  /**
   * The deletion policy, also for a spec that no longer validates; when the spec does not say, the
   * stage's default, and when it has no stage either, Retain: nothing is destroyed that we cannot
   * be sure the user meant to destroy.
   */
  default DeletionPolicy deletionPolicy(R resource) {
    Optional<OperationsSpec> spec = spec(resource);
    return spec.map(OperationsSpec::getDeletionPolicy)
        .or(() -> spec.map(OperationsSpec::getStage).map(DeletionPolicy::defaultFor))
        .orElse(DeletionPolicy.Retain);
  }

  /** Team and stage labels for published Secrets, as far as the spec gives them. */
  default Optional<String> team(R resource) {
    return spec(resource).map(OperationsSpec::getTeam);
  }

  default Optional<String> stage(R resource) {
    return spec(resource).map(OperationsSpec::getStage).map(Stage::value);
  }

  private static Optional<OperationsSpec> spec(CustomResource<?, ?> resource) {
    return resource.getSpec() instanceof OperationsSpec spec ? Optional.of(spec) : Optional.empty();
  }

  /** Publishes what a successful up makes possible beyond the outputs Secret. */
  default void afterUp(R resource, Map<String, StackOutput> outputs) {}

  /**
   * Checks that the stack may be destroyed now, and removes what was published for it.
   *
   * @throws WaitingException while something still depends on the resource
   */
  default void beforeDestroy(R resource) throws WaitingException {}

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
