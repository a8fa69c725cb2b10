package dev.allotment.decision;

/**
 * What the {@code platform.allotment.dev/paused} annotation does to this reconcile. Pure: every
 * branch is a row of a table test.
 */
public final class PauseDecision {

  /** What to do. */
  public enum Action {
    /** Stop here: no Pulumi operation while paused. */
    PAUSE,
    /** The annotation is gone (or refused): go on, and say that operations resumed. */
    RESUME,
    /** Not paused: go on. */
    RUN
  }

  /**
   * @param refused the annotation asks for a pause that a PlatformPolicy forbids: a Warning says it
   *     is ignored
   * @param firstTime the resource was not paused before: an event says it now is
   */
  public record Result(Action action, boolean refused, boolean firstTime) {}

  private PauseDecision() {}

  /**
   * @param asked the annotation is {@code true}
   * @param forbidden a PlatformPolicy forbids pausing the resource's stage
   * @param paused status says the resource is paused
   */
  public static Result decide(boolean asked, boolean forbidden, boolean paused) {
    if (asked && !forbidden) {
      return new Result(Action.PAUSE, false, !paused);
    }
    return new Result(paused ? Action.RESUME : Action.RUN, asked, false);
  }
}
