package dev.allotment.decision;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a live resource needs a Pulumi {@code up}: a pure function of what the reconciler
 * observed, so that every branch is a row in a table test.
 */
public final class UpdateDecision {

  /** What to do. */
  public enum Action {
    /** An operation is queued or running on the stack: wait for its completion event. */
    WAIT_FOR_OPERATION,
    /** The spec cannot be applied as written; nothing to do until it changes. */
    STALL,
    /** The last up applied exactly these inputs and succeeded: no Pulumi call. */
    UP_TO_DATE,
    /** The same inputs failed recently: wait out the backoff. */
    WAIT_FOR_BACKOFF,
    /** Run up. */
    UP
  }

  /** The decision, with how long to wait for {@link Action#WAIT_FOR_BACKOFF}. */
  public record Result(Action action, Duration delay) {
    static Result of(Action action) {
      return new Result(action, Duration.ZERO);
    }
  }

  private UpdateDecision() {}

  /**
   * @param status the status as last recorded (including any outcome just recorded)
   * @param desiredFingerprint fingerprint of the spec, program version and config; empty when the
   *     spec is invalid
   * @param operationInFlight an operation on this stack is queued or running
   */
  public static Result decide(
      StackResourceStatus status,
      Optional<String> desiredFingerprint,
      boolean operationInFlight,
      Instant now) {
    return decide(status, desiredFingerprint, operationInFlight, false, now);
  }

  /**
   * @param outputsLost the outputs Secret was deleted or edited since it was published: an up
   *     writes it again, even when the stack is up to date
   */
  public static Result decide(
      StackResourceStatus status,
      Optional<String> desiredFingerprint,
      boolean operationInFlight,
      boolean outputsLost,
      Instant now) {
    if (operationInFlight) {
      return Result.of(Action.WAIT_FOR_OPERATION);
    }
    if (desiredFingerprint.isEmpty()) {
      return Result.of(Action.STALL);
    }
    String desired = desiredFingerprint.get();
    Optional<StackStatus> stack = Optional.ofNullable(status).map(StackResourceStatus::getStack);
    boolean correctionPending =
        Optional.ofNullable(status)
            .map(StackResourceStatus::getDrift)
            .map(d -> Boolean.TRUE.equals(d.getCorrectionPending()))
            .orElse(false);
    if (stack.map(StackStatus::getAppliedFingerprint).filter(desired::equals).isPresent()
        && !correctionPending
        && !outputsLost) {
      return Result.of(Action.UP_TO_DATE);
    }
    Optional<LastOperation> failedSameInputs =
        LastOperation.of(status)
            .filter(u -> u.failed() && u.fingerprint().filter(desired::equals).isPresent());
    Optional<Instant> nextAttempt =
        failedSameInputs.flatMap(
            u ->
                Optional.ofNullable(status.getRetry())
                    .map(r -> r.getNextAttemptTime())
                    .map(Instant::parse));
    if (nextAttempt.isPresent() && now.isBefore(nextAttempt.get())) {
      return new Result(Action.WAIT_FOR_BACKOFF, Duration.between(now, nextAttempt.get()));
    }
    return Result.of(Action.UP);
  }
}
