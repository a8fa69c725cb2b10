package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.ApprovalStatus;
import dev.allotment.api.v1alpha1.DriftStatus;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.engine.OperationResult;
import dev.allotment.engine.Outcome;
import dev.allotment.engine.StackResult;
import dev.allotment.policy.PlanHash;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How status records what runs beside the updates: plans and their approval, drift checks. As
 * {@link StatusTransitions}, each method changes the given status in place; {@link Report} is the
 * one caller.
 */
final class PlanAndDriftTransitions {

  private PlanAndDriftTransitions() {}

  /**
   * A preview finished: its plan is recorded for approval. The plan carries what the preview found,
   * including a weakened deletion policy (see {@code Updates}).
   */
  static void planned(StackResourceStatus status, Outcome outcome, long generation, Instant now) {
    List<String> plan = new ArrayList<>(outcome.result().orElseThrow().changedResources());
    StatusTransitions.finish(status, outcome, OperationResult.SUCCEEDED, null);
    ApprovalStatus approval =
        status.getApproval() == null ? new ApprovalStatus() : status.getApproval();
    String plannedAt = StatusTransitions.time(now);
    approval.setPlanHash(
        PlanHash.ofPreview(outcome.ticket().fingerprint(), generation, plannedAt, plan));
    approval.setPlan(plan);
    approval.setFingerprint(outcome.ticket().fingerprint());
    approval.setPlannedAt(plannedAt);
    status.setApproval(approval);
    status.setRetry(null);
  }

  /** The plan was approved and its update is about to run. */
  static void approved(StackResourceStatus status, String approvedBy, Instant now) {
    ApprovalStatus approval = status.getApproval();
    approval.setApprovedHash(approval.getPlanHash());
    approval.setApprovedBy(approvedBy);
    approval.setApprovedAt(StatusTransitions.time(now));
  }

  /** A drift check finished. */
  static void driftChecked(
      StackResourceStatus status, Outcome outcome, boolean correct, long generation, Instant now) {
    StackResult result = outcome.result().orElseThrow();
    StatusTransitions.finish(status, outcome, OperationResult.SUCCEEDED, null);
    boolean drifted = !result.changedResources().isEmpty();
    DriftStatus drift = new DriftStatus();
    drift.setLastCheckTime(now.toString());
    drift.setResult(drifted ? "Drifted" : "InSync");
    drift.setResources(drifted ? result.changedResources() : null);
    drift.setCorrectionPending(drifted && correct ? true : null);
    status.setDrift(drift);
    String message =
        drifted
            ? result.changedResources().size()
                + " resource(s) differ from the stack: "
                + String.join("; ", result.changedResources())
                + (correct ? " (driftPolicy Correct: updating)" : " (driftPolicy Report)")
            : "no drift found";
    Conditions.set(
        status.getConditions(),
        ConditionType.DRIFTED,
        drifted,
        drifted ? Reason.DRIFT_DETECTED : Reason.NO_DRIFT,
        message,
        generation,
        now);
  }

  /** A drift check failed; the next one comes at the usual interval. */
  static void driftCheckFailed(StackResourceStatus status, Outcome outcome, Instant now) {
    StatusTransitions.finish(
        status, outcome, OperationResult.FAILED, outcome.failure().orElseThrow().getMessage());
    DriftStatus drift = status.getDrift() == null ? new DriftStatus() : status.getDrift();
    drift.setLastCheckTime(now.toString());
    drift.setResult("Failed");
    status.setDrift(drift);
  }
}
