package dev.allotment.engine;

import java.util.Map;
import java.util.Optional;

/**
 * A stack belongs to one team and stage for its whole life. Programs export both ({@value #TEAM},
 * {@value #STAGE}), so the stack's own state records them; before an update or preview the operator
 * compares them with the resource's. The stack name follows from namespace and name so that a
 * resource deleted with Retain and re-applied adopts its stack again; without this check, a
 * resource re-applied under the same name for another stage (development instead of production)
 * would take over the production stack, and its first update would delete what production has.
 */
public final class StackOwnership {

  public static final String TEAM = "team";
  public static final String STAGE = "stage";

  private StackOwnership() {}

  /**
   * Throws when the stack's recorded team or stage differs from the resource's. A stack that
   * records neither (new, or last updated by an operator before this check) is anybody's.
   */
  public static void check(
      StackRef ref, Map<String, StackOutput> outputs, String team, String stage)
      throws StackOperationException {
    Optional<String> recordedTeam = value(outputs, TEAM);
    Optional<String> recordedStage = value(outputs, STAGE);
    boolean teamDiffers = recordedTeam.filter(t -> !t.equals(team)).isPresent();
    boolean stageDiffers = recordedStage.filter(s -> !s.equals(stage)).isPresent();
    if (!teamDiffers && !stageDiffers) {
      return;
    }
    throw new StackOperationException(
        StackOperationException.Reason.FOREIGN_STACK,
        "stack "
            + ref
            + " belongs to team "
            + recordedTeam.orElse("?")
            + ", stage "
            + recordedStage.orElse("?")
            + " (recorded in its state), not to team "
            + team
            + ", stage "
            + stage
            + ": a stack is never handed to another team or stage. Restore spec.team and"
            + " spec.stage, or give this resource another metadata.name; a platform engineer"
            + " who means to retire the old stack removes it (pulumi stack rm) first");
  }

  private static Optional<String> value(Map<String, StackOutput> outputs, String key) {
    return Optional.ofNullable(outputs.get(key)).map(StackOutput::value).filter(v -> !v.isBlank());
  }
}
