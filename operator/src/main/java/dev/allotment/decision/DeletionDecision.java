package dev.allotment.decision;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.policy.DeletionPolicies;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a deleted resource needs next. Pure: every branch is a row of a table test. The finalizer
 * goes only when nothing is left to destroy: after a successful destroy, at once for Retain, or
 * when no operation ever ran.
 */
public final class DeletionDecision {

  /** What to do. */
  public enum Action {
    /** The destroy succeeded: unpublish, release the names, remove the finalizer. */
    DESTROYED,
    /** An operation still runs; destroy starts when it has finished and said so. */
    WAIT_FOR_OPERATION,
    /** Keep the stack and its resources, and their names; remove the finalizer. */
    RETAIN,
    /** No operation ever ran: nothing to destroy; release the names, remove the finalizer. */
    RELEASE,
    /** Others still use the resource: wait for them to go. */
    WAIT_FOR_DEPENDANTS,
    /** The last destroy failed: wait out its backoff. */
    WAIT_FOR_BACKOFF,
    /** Run destroy. */
    DESTROY,
    /**
     * The stack's own state refused the destroy: it belongs to another team or stage, so this
     * resource never owned it. Release this resource's names, remove the finalizer, keep the stack.
     */
    LEAVE_FOREIGN_STACK
  }

  /** Why the destroy that just finished was refused before it ran, if it was. */
  public enum Refusal {
    NONE,
    /** The stack records another team or stage. */
    FOREIGN_STACK,
    /** The stack records Retain from its last update (see {@code StackOwnership#mayDestroy}). */
    STACK_RETAINED
  }

  /**
   * The decision; {@code delay} for {@link Action#WAIT_FOR_BACKOFF}, {@code message} says why for
   * {@link Action#RETAIN} and {@link Action#WAIT_FOR_DEPENDANTS}.
   */
  public record Result(Action action, Duration delay, String message) {
    static Result of(Action action) {
      return new Result(action, Duration.ZERO, "");
    }
  }

  private DeletionDecision() {}

  /**
   * @param specPolicy the deletion policy the spec asks for now (or its stage's default)
   * @param retainRequired a PlatformPolicy requires Retain for the resource's stage
   * @param status the status as last recorded (including any outcome just recorded)
   * @param destroyed the operation that just finished is a successful destroy
   * @param refused the operation that just finished is a destroy its stack's state refused
   * @param inFlight an operation on the stack is queued or running
   * @param dependants resources that still use this one, by name
   */
  public static Result decide(
      DeletionPolicy specPolicy,
      boolean retainRequired,
      StackResourceStatus status,
      boolean destroyed,
      Refusal refused,
      boolean inFlight,
      List<String> dependants,
      Instant now) {
    if (destroyed) {
      return Result.of(Action.DESTROYED);
    }
    if (inFlight) {
      return Result.of(Action.WAIT_FOR_OPERATION);
    }
    switch (refused) {
      case FOREIGN_STACK -> {
        return new Result(
            Action.LEAVE_FOREIGN_STACK,
            Duration.ZERO,
            "its stack belongs to another team or stage and was left untouched");
      }
      case STACK_RETAINED -> {
        return new Result(
            Action.RETAIN,
            Duration.ZERO,
            "its stack records deletionPolicy Retain from its last update; Delete was never"
                + " applied");
      }
      case NONE -> {}
    }
    boolean everRan = status != null && status.getStack() != null;
    DeletionPolicies.InForce policy =
        DeletionPolicies.inForce(
            specPolicy, everRan ? status.getStack().getDeletionPolicy() : null, retainRequired);
    if (policy.policy() == DeletionPolicy.Retain) {
      return new Result(Action.RETAIN, Duration.ZERO, policy.why());
    }
    if (!everRan) {
      return Result.of(Action.RELEASE);
    }
    if (!dependants.isEmpty()) {
      return new Result(
          Action.WAIT_FOR_DEPENDANTS,
          Duration.ZERO,
          "not destroyed while TeamEnvironments use it: "
              + String.join(", ", dependants.stream().sorted().toList())
              + "; delete them first");
    }
    Optional<Instant> nextAttempt =
        LastOperation.of(status)
            .filter(LastOperation::failedDestroy)
            .flatMap(u -> Optional.ofNullable(status.getRetry()))
            .flatMap(r -> Optional.ofNullable(r.getNextAttemptTime()))
            .map(Instant::parse);
    if (nextAttempt.isPresent() && now.isBefore(nextAttempt.get())) {
      return new Result(Action.WAIT_FOR_BACKOFF, Duration.between(now, nextAttempt.get()), "");
    }
    return Result.of(Action.DESTROY);
  }
}
