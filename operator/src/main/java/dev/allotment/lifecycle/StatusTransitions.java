package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.RetryStatus;
import dev.allotment.api.v1alpha1.SecretReference;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import dev.allotment.api.v1alpha1.UpdateRecord;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.OperationResult;
import dev.allotment.engine.Outcome;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOutput;
import dev.allotment.engine.StackResult;
import dev.allotment.engine.Ticket;
import dev.allotment.status.Backoff;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the status moves for each thing that happens to a stack. Each method changes the given status
 * in place and nothing else: {@link Report} is its one caller, and writes the status once. Secret
 * outputs are filtered here, the one place outputs enter status.
 */
final class StatusTransitions {

  private final Backoff backoff;

  public StatusTransitions(Backoff backoff) {
    this.backoff = backoff;
  }

  /** The spec cannot be applied; the message names the fields and the fix. */
  public void invalidSpec(
      StackResourceStatus status, String reason, String message, long generation, Instant now) {
    conditions(status, false, reason, message, generation, now);
    Conditions.set(
        status.getConditions(), ConditionType.RECONCILING, false, reason, message, generation, now);
    Conditions.set(
        status.getConditions(), ConditionType.STALLED, true, reason, message, generation, now);
    status.setObservedGeneration(generation);
  }

  /** The resource waits for another one; an event on that one brings it back. */
  public void waiting(
      StackResourceStatus status, String reason, String message, long generation, Instant now) {
    progressing(status, reason, message, generation, now);
    status.setObservedGeneration(generation);
  }

  /**
   * An operation was submitted. A drift check runs in the background of a Ready resource and leaves
   * its conditions alone; everything else is progress towards the spec.
   */
  public void started(StackResourceStatus status, Ticket ticket, long generation, Instant now) {
    UpdateRecord current = new UpdateRecord();
    current.setOperation(ticket.kind().value());
    current.setResult(OperationResult.RUNNING.value());
    current.setStartTime(time(ticket.submitted()));
    current.setFingerprint(ticket.fingerprint());
    stack(status, ticket).setCurrentUpdate(current);
    if (ticket.kind() == OperationKind.REFRESH) {
      return;
    }
    String reason =
        switch (ticket.kind()) {
          case DESTROY -> Reason.DESTROYING;
          case PREVIEW -> Reason.PREVIEWING;
          default -> Reason.UPDATE_RUNNING;
        };
    String message =
        "pulumi " + ticket.kind().value() + " of stack " + ticket.ref().stack() + " in progress";
    progressing(status, reason, message, generation, now);
    status.setObservedGeneration(generation);
  }

  /** The plan waits for a person. */
  public void awaitingApproval(
      StackResourceStatus status, String message, long generation, Instant now) {
    progressing(status, Reason.AWAITING_APPROVAL, message, generation, now);
    status.setObservedGeneration(generation);
  }

  /** Pulumi operations are paused by annotation; Ready keeps what it said. */
  public void paused(StackResourceStatus status, long generation, Instant now) {
    String message =
        "paused by annotation platform.allotment.dev/paused; remove it to resume Pulumi operations";
    Conditions.set(
        status.getConditions(),
        ConditionType.RECONCILING,
        false,
        Reason.PAUSED,
        message,
        generation,
        now);
    Conditions.set(
        status.getConditions(),
        ConditionType.STALLED,
        false,
        Reason.PAUSED,
        message,
        generation,
        now);
    status.setPaused(true);
    status.setObservedGeneration(generation);
  }

  public void resumed(StackResourceStatus status) {
    status.setPaused(null);
  }

  private static void progressing(
      StackResourceStatus status, String reason, String message, long generation, Instant now) {
    Conditions.set(
        status.getConditions(), ConditionType.READY, false, reason, message, generation, now);
    Conditions.set(
        status.getConditions(), ConditionType.RECONCILING, true, reason, message, generation, now);
    Conditions.set(
        status.getConditions(), ConditionType.STALLED, false, reason, message, generation, now);
  }

  /** An up finished successfully: outputs published, resource Ready. */
  public void upSucceeded(
      StackResourceStatus status,
      Outcome outcome,
      String outputsSecret,
      long generation,
      Instant now) {
    StackResult result = outcome.result().orElseThrow();
    DeletionPolicy applied = desiredDeletionPolicy(status);
    StackStatus stack = finish(status, outcome, OperationResult.SUCCEEDED, null);
    stack.setAppliedFingerprint(outcome.ticket().fingerprint());
    if (applied != null) {
      stack.setDeletionPolicy(applied);
    }
    status.setOutputs(nonSecret(result.outputs()));
    status.setOutputsSecretRef(new SecretReference(outputsSecret));
    status.setRetry(null);
    if (status.getDrift() != null
        && Boolean.TRUE.equals(status.getDrift().getCorrectionPending())) {
      status.getDrift().setCorrectionPending(null);
      status.getDrift().setResult("InSync");
      status.getDrift().setResources(null);
      Conditions.set(
          status.getConditions(),
          ConditionType.DRIFTED,
          false,
          Reason.DRIFT_CORRECTED,
          "drift corrected by an update",
          generation,
          now);
    }
    upToDate(status, generation, now);
  }

  /**
   * Nothing to do: the stack matches the spec. Idempotent, so an unchanged resource writes nothing.
   */
  public void upToDate(StackResourceStatus status, long generation, Instant now) {
    String message = "stack is up to date";
    conditions(status, true, Reason.UP_TO_DATE, message, generation, now);
    Conditions.set(
        status.getConditions(),
        ConditionType.RECONCILING,
        false,
        Reason.UP_TO_DATE,
        message,
        generation,
        now);
    Conditions.set(
        status.getConditions(),
        ConditionType.STALLED,
        false,
        Reason.UP_TO_DATE,
        message,
        generation,
        now);
    status.setObservedGeneration(generation);
  }

  /**
   * An operation failed: the engine's message in Ready, the retry counted and scheduled.
   *
   * @return how long until the next attempt
   */
  public Duration failed(
      StackResourceStatus status, Outcome outcome, long generation, Instant now) {
    StackOperationException failure = outcome.failure().orElseThrow();
    finish(status, outcome, OperationResult.FAILED, failure.getMessage());
    int attempts = status.getRetry() == null ? 1 : status.getRetry().getAttempts() + 1;
    Duration delay = backoff.delayAfter(attempts);
    // Full precision: truncating would fire short backoffs early.
    status.setRetry(new RetryStatus(attempts, now.plus(delay).toString()));
    boolean destroy = outcome.ticket().kind() == OperationKind.DESTROY;
    String reason = destroy ? Reason.DESTROY_FAILED : Reason.UPDATE_FAILED;
    Conditions.set(
        status.getConditions(),
        ConditionType.READY,
        false,
        reason,
        failure.getMessage(),
        generation,
        now);
    Conditions.set(
        status.getConditions(),
        ConditionType.RECONCILING,
        true,
        Reason.RETRY_SCHEDULED,
        "attempt " + attempts + " failed; next attempt in " + human(delay),
        generation,
        now);
    Conditions.set(
        status.getConditions(),
        ConditionType.STALLED,
        false,
        reason,
        failure.getMessage(),
        generation,
        now);
    status.setObservedGeneration(generation);
    return delay;
  }

  /**
   * The applied fingerprint in status was an earlier operator's form of the same inputs: it takes
   * the current form, nothing runs.
   */
  public void fingerprintUpgraded(StackResourceStatus status, String fingerprint) {
    status.getStack().setAppliedFingerprint(fingerprint);
  }

  /** A destroy finished: the infrastructure is gone. */
  public void destroySucceeded(StackResourceStatus status, Outcome outcome) {
    StackStatus stack = finish(status, outcome, OperationResult.SUCCEEDED, null);
    stack.setAppliedFingerprint(null);
    status.setOutputs(null);
    status.setRetry(null);
  }

  static StackStatus finish(
      StackResourceStatus status, Outcome outcome, OperationResult result, String message) {
    Ticket ticket = outcome.ticket();
    UpdateRecord last = new UpdateRecord();
    last.setOperation(ticket.kind().value());
    last.setResult(result.value());
    last.setStartTime(time(outcome.started()));
    last.setEndTime(time(outcome.result().map(StackResult::endTime).orElse(outcome.started())));
    last.setFingerprint(ticket.fingerprint());
    last.setMessage(message);
    outcome.result().ifPresent(r -> last.setResourceChanges(new TreeMap<>(r.resourceChanges())));
    StackStatus stack = stack(status, ticket);
    stack.setLastUpdate(last);
    stack.setCurrentUpdate(null);
    return stack;
  }

  /** The deletion policy of the spec the running up or preview applies, if it was recorded. */
  static DeletionPolicy desiredDeletionPolicy(StackResourceStatus status) {
    return status.getStack() == null || status.getStack().getCurrentUpdate() == null
        ? null
        : status.getStack().getCurrentUpdate().getDeletionPolicy();
  }

  private static StackStatus stack(StackResourceStatus status, Ticket ticket) {
    if (status.getStack() == null) {
      status.setStack(new StackStatus());
    }
    status.getStack().setName(ticket.ref().stack());
    return status.getStack();
  }

  private static void conditions(
      StackResourceStatus status,
      boolean ready,
      String reason,
      String message,
      long generation,
      Instant now) {
    Conditions.set(
        status.getConditions(), ConditionType.READY, ready, reason, message, generation, now);
  }

  static Map<String, String> nonSecret(Map<String, StackOutput> outputs) {
    Map<String, String> visible = new TreeMap<>();
    outputs.forEach(
        (key, output) -> {
          if (!output.secret()) {
            visible.put(key, output.value());
          }
        });
    return visible;
  }

  static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String human(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 1) {
      return duration.toMillis() + "ms";
    }
    return seconds < 120 ? seconds + "s" : duration.toMinutes() + "m";
  }
}
