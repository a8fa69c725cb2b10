package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.Annotations;
import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.decision.ApprovalGate;
import dev.allotment.decision.DriftSchedule;
import dev.allotment.definition.SharedSpec;
import dev.allotment.definition.StackDefinition.Prepared;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.Outcome;
import dev.allotment.engine.StackOwnership;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.Ticket;
import dev.allotment.engine.Work;
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
   * Submits an up or a preview, each only on a stack of this resource's team and stage. Before an
   * up, the claims on the names it derives are marked applied: from then on they stay until an up
   * without them succeeds (see {@link dev.allotment.claims.ClaimRelease}).
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
    if (operation == OperationKind.UP) {
      shared.claims.applying(resource, prepared.names());
    }
    return start(
        ref,
        operation,
        prepared.fingerprint(),
        () -> {
          StackOwnership.check(ref, shared.engine.outputs(ref), prepared.team(), prepared.stage());
          return operation == OperationKind.UP
              ? shared.engine.up(request)
              : shared.engine.preview(request);
        },
        Optional.of(spec.deletionPolicy()),
        report,
        finished,
        trigger);
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
                () -> shared.engine.refresh(request),
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
