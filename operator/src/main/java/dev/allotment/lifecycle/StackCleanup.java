package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import dev.allotment.decision.DeletionDecision;
import dev.allotment.definition.StackDefinition;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.Outcome;
import dev.allotment.engine.StackOwnership;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.Ticket;
import dev.allotment.publish.OutputsSecret;
import dev.allotment.publish.PublishingStep;
import dev.allotment.status.Reason;
import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import java.util.List;
import java.util.Optional;

/**
 * Deletion of a stack-backed resource, in the same order as a reconcile: observe (the finished
 * operation, the dependants), decide ({@link DeletionDecision}), act (unpublish, destroy, claims),
 * write status once. The finalizer goes only after the destroy succeeded, or at once for Retain.
 */
final class StackCleanup<R extends CustomResource<?, StackResourceStatus>> {

  private final StackDefinition<R> definition;
  private final PublishingStep<R> publishing;
  private final OutcomeRecorder<R> outcomes;
  private final StatusWriter<R> writer;
  private final Lifecycles shared;

  StackCleanup(
      StackDefinition<R> definition,
      PublishingStep<R> publishing,
      OutcomeRecorder<R> outcomes,
      StatusWriter<R> writer,
      Lifecycles shared) {
    this.definition = definition;
    this.publishing = publishing;
    this.outcomes = outcomes;
    this.writer = writer;
    this.shared = shared;
  }

  DeleteControl cleanup(
      R resource, List<String> dependants, ResourceAccess<R> access, Runnable trigger) {
    // Observe.
    Observation seen = Observation.of(definition, resource, shared);
    Optional<Outcome> finished = seen.finished();
    Report<R> report = shared.report(resource, writer);
    boolean destroyed =
        finished
            .filter(o -> o.ticket().kind() == OperationKind.DESTROY && o.succeeded())
            .isPresent();
    // A destroy its stack's record refused ran nothing: the decision's event says why.
    DeletionDecision.Refusal refused = refusal(finished);
    if (finished.isPresent() && !destroyed && refused == DeletionDecision.Refusal.NONE) {
      outcomes.record(resource, finished.get(), seen.settings(), report);
    }
    // Decide.
    var decision =
        DeletionDecision.decide(
            seen.spec().deletionPolicy(),
            seen.settings().retainRequired(),
            report.status(),
            destroyed,
            refused,
            shared.operations.inFlight(seen.ref()).isPresent(),
            dependants,
            report.now());
    // Act.
    DeleteControl control =
        switch (decision.action()) {
          case DESTROYED -> {
            shared.secrets.deleteOwned(
                resource.getMetadata().getNamespace(),
                OutputsSecret.nameFor(resource),
                existing -> OutputsSecret.ownedBy(existing, resource));
            shared.claims.release(resource);
            report.destroyed(seen.ref().stack());
            yield DeleteControl.defaultDelete();
          }
          case WAIT_FOR_OPERATION -> DeleteControl.noFinalizerRemoval();
          case RETAIN -> {
            // The infrastructure keeps its names: so does the claim, for the same team and stage.
            shared.claims.retain(resource);
            report.retained(decision.message(), seen.ref().stack());
            yield DeleteControl.defaultDelete();
          }
          case RELEASE -> {
            shared.claims.release(resource);
            yield DeleteControl.defaultDelete();
          }
          case LEAVE_FOREIGN_STACK -> {
            // This resource never owned the stack: its own names go, the stack stays its owner's.
            shared.claims.release(resource);
            report.leftForeignStack(decision.message(), seen.ref().stack());
            yield DeleteControl.defaultDelete();
          }
          case WAIT_FOR_DEPENDANTS -> {
            report.waiting(Reason.DEPENDANTS_EXIST, decision.message());
            yield DeleteControl.noFinalizerRemoval().rescheduleAfter(shared.resync.toMillis());
          }
          case WAIT_FOR_BACKOFF -> {
            publishing.beforeDestroy(resource);
            yield DeleteControl.noFinalizerRemoval().rescheduleAfter(decision.delay().toMillis());
          }
          case DESTROY -> {
            publishing.beforeDestroy(resource);
            destroy(seen, report, finished, trigger);
            yield DeleteControl.noFinalizerRemoval();
          }
        };
    // Write status once, unless the resource is about to go: its status goes with it, and a write
    // now would leave the finalizer's removal patching a stale copy (the API server refuses that).
    if (!destroyed && !control.isRemoveFinalizer()) {
      report.write(access);
    }
    finished.ifPresent(shared.operations::acknowledge);
    if (control.isRemoveFinalizer()) {
      shared.metrics.gone(
          definition.kindLabel(),
          resource.getMetadata().getNamespace(),
          resource.getMetadata().getName());
    }
    return control;
  }

  /**
   * Submits the destroy, which first asks the stack's own state whether this resource may destroy
   * it (see {@link StackOwnership}): a stack of another team or stage, or one its last update kept
   * with Retain, is refused before anything runs.
   */
  private void destroy(
      Observation seen, Report<R> report, Optional<Outcome> finished, Runnable trigger) {
    StackRef ref = seen.ref();
    StackStatus stack = report.status().getStack();
    boolean appliedDeleteItself =
        stack != null && stack.getDeletionPolicy() == DeletionPolicy.Delete;
    Optional<Ticket> ticket =
        shared.submit(
            ref,
            OperationKind.DESTROY,
            "",
            () -> {
              StackOwnership.of(shared.engine.outputs(ref))
                  .check(ref, seen.spec().team(), seen.spec().stageValue())
                  .mayDestroy(ref, appliedDeleteItself);
              return shared.engine.destroy(StackRequest.of(ref, ctx -> {}));
            },
            finished,
            trigger);
    ticket.ifPresent(t -> report.started(t, Optional.empty()));
  }

  /** Whether the destroy that just finished was refused by its stack's state, and why. */
  private static DeletionDecision.Refusal refusal(Optional<Outcome> finished) {
    return finished
        .filter(o -> o.ticket().kind() == OperationKind.DESTROY)
        .flatMap(Outcome::failure)
        .map(
            f ->
                switch (f.reason()) {
                  case FOREIGN_STACK -> DeletionDecision.Refusal.FOREIGN_STACK;
                  case STACK_RETAINED -> DeletionDecision.Refusal.STACK_RETAINED;
                  default -> DeletionDecision.Refusal.NONE;
                })
        .orElse(DeletionDecision.Refusal.NONE);
  }
}
