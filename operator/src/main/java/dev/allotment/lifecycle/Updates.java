package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.Annotations;
import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import dev.allotment.decision.ApprovalGate;
import dev.allotment.decision.DriftSchedule;
import dev.allotment.definition.SharedSpec;
import dev.allotment.definition.StackDefinition.Prepared;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.Outcome;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOwnership;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.StackResult;
import dev.allotment.engine.Ticket;
import dev.allotment.engine.Work;
import dev.allotment.policy.DeletionPolicies;
import dev.allotment.policy.EffectiveSettings;
import io.fabric8.kubernetes.client.CustomResource;
import java.time.Duration;
import java.util.Optional;

/**
 * The operations a live resource starts: an update (previewed first and approved when approval is
 * Manual) and the periodic drift check. Each is submitted, never waited for.
 */
final class Updates<R extends CustomResource<?, StackResourceStatus>> {

  /** How soon to look again when the stack was busy at submission. */
  private static final Duration BUSY_RECHECK = Duration.ofSeconds(1);

  private final Lifecycles shared;

  Updates(Lifecycles shared) {
    this.shared = shared;
  }

  /** A due update: run it, or first preview it and wait for approval. */
  Duration update(
      R resource,
      StackRef ref,
      SharedSpec spec,
      EffectiveSettings settings,
      Prepared prepared,
      Report<R> report,
      Optional<Outcome> finished,
      Runnable trigger) {
    StackResourceStatus status = report.status();
    var gate =
        ApprovalGate.decide(
            settings.approval(),
            status.getApproval(),
            prepared.fingerprint(),
            Annotations.of(resource, Annotations.APPROVE),
            "kubectl annotate "
                + resource.getSingular()
                + " "
                + resource.getMetadata().getName()
                + " -n "
                + resource.getMetadata().getNamespace()
                + " "
                + Annotations.APPROVE
                + "=<hash> "
                + Annotations.APPROVED_BY
                + "=<you> --overwrite");
    return switch (gate.action()) {
      case APPLY -> {
        Optional<Ticket> ticket =
            startUpdate(OperationKind.UP, resource, ref, spec, prepared, report, finished, trigger);
        if (ticket.isPresent()
            && settings.approval() == ApprovalMode.Manual
            && status.getApproval() != null
            && status.getApproval().getPlan() != null
            && !status.getApproval().getPlan().isEmpty()) {
          report.approved(Annotations.of(resource, Annotations.APPROVED_BY).orElse("unknown"));
        }
        yield ticket.isPresent() ? shared.resync : BUSY_RECHECK;
      }
      case PREVIEW ->
          startUpdate(
                      OperationKind.PREVIEW,
                      resource,
                      ref,
                      spec,
                      prepared,
                      report,
                      finished,
                      trigger)
                  .isPresent()
              ? shared.resync
              : BUSY_RECHECK;
      case AWAIT -> {
        report.awaitingApproval(gate.message());
        yield shared.resync;
      }
    };
  }

  /**
   * Submits an up or a preview, each only on a stack of this resource's team and stage (see {@link
   * StackOwnership}). A preview's plan also says when the update would weaken the deletion policy
   * in force: the one this resource last applied or, for a resource that has applied nothing yet,
   * the one its stack records (so a stack kept with Retain and adopted by a re-created resource
   * does not become destroyable without the approval that weakening needs). Before an up, the
   * claims on the names it derives are marked applied: from then on they stay until an up without
   * them succeeds (see {@link dev.allotment.claims.ClaimRelease}).
   */
  private Optional<Ticket> startUpdate(
      OperationKind operation,
      R resource,
      StackRef ref,
      SharedSpec spec,
      Prepared prepared,
      Report<R> report,
      Optional<Outcome> finished,
      Runnable trigger) {
    var request = new StackRequest(ref, prepared.program(), prepared.inputs());
    Optional<StackStatus> stack = Optional.ofNullable(report.status().getStack());
    Optional<String> appliedByResource =
        stack.map(StackStatus::getDeletionPolicy).map(DeletionPolicy::name);
    // A change of the spec that no cloud resource shows (a Cluster's Argo CD registration, the
    // outputs it publishes) is still a change: under Manual approval it is approved like any other.
    boolean specChanged =
        stack
            .map(StackStatus::getAppliedFingerprint)
            .filter(applied -> !applied.equals(prepared.fingerprint()))
            .isPresent();
    String specLine =
        "update "
            + resource.getKind()
            + " "
            + resource.getMetadata().getName()
            + " spec (no cloud resource changes)";
    if (operation == OperationKind.UP) {
      shared.claims.applying(resource, prepared.names());
    }
    return start(
        ref,
        operation,
        prepared.fingerprint(),
        () -> {
          StackOwnership owner = owned(ref, prepared);
          if (operation == OperationKind.UP) {
            return shared.engine.up(request);
          }
          StackResult plan = shared.engine.preview(request);
          DeletionPolicy applied =
              owner.appliedPolicy(appliedByResource).map(DeletionPolicy::valueOf).orElse(null);
          plan =
              DeletionPolicies.weakening(applied, spec.deletionPolicy())
                  .map(plan::withChange)
                  .orElse(plan);
          return plan.changedResources().isEmpty() && specChanged
              ? plan.withChange(specLine)
              : plan;
        },
        Optional.of(spec.deletionPolicy()),
        report,
        finished,
        trigger);
  }

  /** The stack's record of its owner, checked against this resource's team and stage. */
  private StackOwnership owned(StackRef ref, Prepared prepared) throws StackOperationException {
    return StackOwnership.of(shared.engine.outputs(ref))
        .check(ref, Optional.of(prepared.team()), Optional.of(prepared.stage()));
  }

  /** An up-to-date resource: check for drift when it is due. */
  Duration checkDrift(
      StackRef ref,
      EffectiveSettings settings,
      Prepared prepared,
      Report<R> report,
      Optional<Outcome> finished,
      Runnable trigger) {
    Optional<Duration> until =
        DriftSchedule.untilNextCheck(
            settings.driftInterval(), report.status().getDrift(), report.now());
    if (until.isEmpty()) {
      return shared.resync;
    }
    if (!until.get().isZero()) {
      return until.get().compareTo(shared.resync) < 0 ? until.get() : shared.resync;
    }
    var request = new StackRequest(ref, prepared.program(), prepared.inputs());
    return start(
                ref,
                OperationKind.REFRESH,
                prepared.fingerprint(),
                () -> {
                  owned(ref, prepared);
                  return shared.engine.refresh(request);
                },
                Optional.empty(),
                report,
                finished,
                trigger)
            .isPresent()
        ? shared.resync
        : BUSY_RECHECK;
  }

  /**
   * Submits an operation and reports it started; empty when the stack is busy or an operation just
   * finished (see {@link Lifecycles#submit}).
   */
  private Optional<Ticket> start(
      StackRef ref,
      OperationKind operation,
      String fingerprint,
      Work work,
      Optional<DeletionPolicy> applying,
      Report<R> report,
      Optional<Outcome> finished,
      Runnable trigger) {
    // Empty also when an operation finished between our two looks; its event brings us back, and
    // the short recheck the callers schedule makes sure of it.
    Optional<Ticket> ticket = shared.submit(ref, operation, fingerprint, work, finished, trigger);
    ticket.ifPresent(t -> report.started(t, applying));
    return ticket;
  }
}
