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
    new Stamp(status, generation, now).all(false, false, true, reason, message);
  }

  /** The resource waits for another one; an event on that one brings it back. */
  public void waiting(
      StackResourceStatus status, String reason, String message, long generation, Instant now) {
    new Stamp(status, generation, now).progressing(reason, message);
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
    new Stamp(status, generation, now).progressing(reason, message);
  }

  /** The plan waits for a person. */
  public void awaitingApproval(
      StackResourceStatus status, String message, long generation, Instant now) {
    new Stamp(status, generation, now).progressing(Reason.AWAITING_APPROVAL, message);
  }

  /** Pulumi operations are paused by annotation; Ready keeps what it said. */
  public void paused(StackResourceStatus status, long generation, Instant now) {
    String message =
        "paused by annotation platform.allotment.dev/paused; remove it to resume Pulumi operations";
    var stamp = new Stamp(status, generation, now);
    stamp.set(ConditionType.RECONCILING, false, Reason.PAUSED, message);
    stamp.set(ConditionType.STALLED, false, Reason.PAUSED, message);
    status.setPaused(true);
  }

  public void resumed(StackResourceStatus status) {
    status.setPaused(null);
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
      new Stamp(status, generation, now)
          .set(
              ConditionType.DRIFTED, false, Reason.DRIFT_CORRECTED, "drift corrected by an update");
    }
    upToDate(status, generation, now);
  }

  /**
   * Nothing to do: the stack matches the spec. Idempotent, so an unchanged resource writes nothing.
   */
  public void upToDate(StackResourceStatus status, long generation, Instant now) {
    new Stamp(status, generation, now)
        .all(true, false, false, Reason.UP_TO_DATE, "stack is up to date");
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
    var stamp = new Stamp(status, generation, now);
    stamp.set(ConditionType.READY, false, reason, failure.getMessage());
    stamp.set(
        ConditionType.RECONCILING,
        true,
        Reason.RETRY_SCHEDULED,
        "attempt " + attempts + " failed; next attempt in " + human(delay));
    stamp.set(ConditionType.STALLED, false, reason, failure.getMessage());
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

  /**
   * Conditions set for one observed generation at one instant; the status then counts that
   * generation as observed.
   */
  private record Stamp(StackResourceStatus status, long generation, Instant now) {

    private Stamp {
      status.setObservedGeneration(generation);
    }

    void set(String type, boolean value, String reason, String message) {
      Conditions.set(status.getConditions(), type, value, reason, message, generation, now);
    }

    /** Ready, Reconciling and Stalled with one reason and message. */
    void all(boolean ready, boolean reconciling, boolean stalled, String reason, String message) {
      set(ConditionType.READY, ready, reason, message);
      set(ConditionType.RECONCILING, reconciling, reason, message);
      set(ConditionType.STALLED, stalled, reason, message);
    }

    /** Working towards the spec: not Ready, Reconciling, not Stalled. */
    void progressing(String reason, String message) {
      all(false, true, false, reason, message);
    }
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
