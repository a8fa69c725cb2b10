package dev.allotment.engine;

import java.util.Map;
import java.util.Optional;

/**
 * What a stack's own state says about who may act on it. Programs export the team and stage the
 * stack belongs to ({@value #TEAM}, {@value #STAGE}) and the deletion policy of the spec their last
 * successful update applied ({@value #DELETION_POLICY}), so the record travels with the stack and
 * not with the resource: a resource deleted with Retain and re-applied under the same namespace and
 * name finds its stack again, and with it what the stack's last owner decided.
 *
 * <p>Before every operation on a stack (up, preview, refresh, destroy) the operator reads the
 * record and {@link #check checks} it. Without this, a resource re-applied for another stage would
 * take over (or destroy) the retained production stack, and one re-applied for the same stage with
 * {@code deletionPolicy: Delete} would launder the Retain its predecessor left: see {@link
 * #mayDestroy} and {@link #appliedPolicy}.
 *
 * @param team the team the stack's state records, if any
 * @param stage the stage the stack's state records, if any
 * @param deletionPolicy {@code Retain} or {@code Delete} as the last successful update applied it;
 *     empty for stacks last updated by an operator that did not record it
 */
public record StackOwnership(
    Optional<String> team, Optional<String> stage, Optional<String> deletionPolicy) {

  public static final String TEAM = "team";
  public static final String STAGE = "stage";
  public static final String DELETION_POLICY = "deletionPolicy";

  private static final String RETAIN = "Retain";

  /** The record in a stack's outputs; all empty for a new stack. */
  public static StackOwnership of(Map<String, StackOutput> outputs) {
    return new StackOwnership(
        value(outputs, TEAM), value(outputs, STAGE), value(outputs, DELETION_POLICY));
  }

  /** Whether the stack has ever been updated by a program that records its owner. */
  public boolean recorded() {
    return team.isPresent() || stage.isPresent();
  }

  /**
   * Throws when the stack's recorded team or stage differs from the resource's. A stack that
   * records neither (new, or last updated by an operator before this record) is anybody's; the
   * resource's team or stage may be unknown (a spec too broken to read), and then any recorded one
   * differs.
   */
  public StackOwnership check(StackRef ref, Optional<String> ownTeam, Optional<String> ownStage)
      throws StackOperationException {
    boolean teamDiffers = team.isPresent() && !team.equals(ownTeam);
    boolean stageDiffers = stage.isPresent() && !stage.equals(ownStage);
    if (!teamDiffers && !stageDiffers) {
      return this;
    }
    throw new StackOperationException(
        StackOperationException.Reason.FOREIGN_STACK,
        "stack "
            + ref
            + " belongs to team "
            + team.orElse("?")
            + ", stage "
            + stage.orElse("?")
            + " (recorded in its state), not to team "
            + ownTeam.orElse("?")
            + ", stage "
            + ownStage.orElse("?")
            + ": a stack is never handed to another team or stage, nor updated, refreshed or"
            + " destroyed by it. Restore spec.team and spec.stage, or give this resource another"
            + " metadata.name; a platform engineer who means to retire the old stack removes it"
            + " (pulumi stack rm) first");
  }

  /**
   * Throws unless the stack's own record allows a destroy: the last successful update applied
   * {@code deletionPolicy: Delete}. A stack that records Retain was kept on purpose, by this
   * resource or by the one deleted before it; only an update applying Delete (which, under Manual
   * approval, needs an approval as a plan line) makes it destroyable. A stack recorded before the
   * deletion policy was (legacy) is destroyable only by a resource whose own status shows that it
   * applied Delete itself; a stack with no record at all (its first update failed before the end)
   * holds nothing anyone kept on purpose.
   *
   * @param appliedDeleteItself the resource's status records a successful up of its own that
   *     applied Delete
   */
  public void mayDestroy(StackRef ref, boolean appliedDeleteItself) throws StackOperationException {
    boolean retained =
        deletionPolicy.map(RETAIN::equals).orElse(recorded() && !appliedDeleteItself);
    if (!retained) {
      return;
    }
    throw new StackOperationException(
        StackOperationException.Reason.STACK_RETAINED,
        "stack "
            + ref
            + (deletionPolicy.isPresent()
                ? " was last updated with deletionPolicy Retain"
                : " was last updated by this resource's predecessor, whose deletion policy it does"
                    + " not record")
            + ": it is kept, with everything in it. To destroy it, apply deletionPolicy: Delete"
            + " first (an update that, under Manual approval, needs an approval), then delete");
  }

  /**
   * The deletion policy in force before the update that is due: what the resource's own status says
   * it applied last, else what the stack records (a stack adopted after a Retain keeps its Retain
   * until an update applies another policy). A recorded stack that does not say is taken as Retain,
   * the policy that loses nothing. Empty for a new stack.
   *
   * @param appliedByResource the policy the resource's status says its last successful up applied
   */
  public Optional<String> appliedPolicy(Optional<String> appliedByResource) {
    if (appliedByResource.isPresent()) {
      return appliedByResource;
    }
    if (deletionPolicy.isPresent()) {
      return deletionPolicy;
    }
    return recorded() ? Optional.of(RETAIN) : Optional.empty();
  }

  private static Optional<String> value(Map<String, StackOutput> outputs, String key) {
    return Optional.ofNullable(outputs.get(key)).map(StackOutput::value).filter(v -> !v.isBlank());
  }
}
