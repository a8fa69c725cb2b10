package dev.allotment.definition;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.claims.ClaimedName;
import dev.allotment.engine.ProgramInputs;
import dev.allotment.engine.StackProgram;
import dev.allotment.engine.StackRef;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.client.CustomResource;
import java.util.List;

/**
 * What a resource kind's stack is, as a pure function of the resource: its program, its stack and
 * the names it derives. Shared by the operator's lifecycle and by offline rendering; it writes
 * nothing and holds no client. What a kind publishes beyond its outputs lives in {@code publish}.
 */
public interface StackDefinition<R extends CustomResource<?, StackResourceStatus>> {

  /**
   * The program of a valid spec, twice: as a {@link StackProgram} to run inline, and as the inputs
   * the same program reads from stack configuration when it runs in a process of its own (see
   * {@link dev.allotment.program.ProgramConfig}). The fingerprint is computed from the resolved
   * model's canonical text ({@link dev.allotment.engine.Canonical}); {@code legacyFingerprint} is
   * the one operators before it computed from the model's {@code toString()}, so that a stack they
   * brought up to date is recognised as such. {@code names} are the names the program derives, each
   * of which the resource must own alone.
   */
  record Prepared(
      StackProgram program,
      ProgramInputs inputs,
      String fingerprint,
      String legacyFingerprint,
      String team,
      String stage,
      List<ClaimedName> names) {

    public Prepared {
      names = List.copyOf(names);
    }

    /** A program that derives no name of its own and has no earlier fingerprint (for tests). */
    public Prepared(
        StackProgram program, ProgramInputs inputs, String fingerprint, String team, String stage) {
      this(program, inputs, fingerprint, fingerprint, team, stage, List.of());
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

  /** The spec fields every kind shares, read the same way for every kind. */
  default SharedSpec shared(R resource) {
    return SharedSpec.of(resource);
  }

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
