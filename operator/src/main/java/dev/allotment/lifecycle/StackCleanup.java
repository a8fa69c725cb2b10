package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.decision.DeletionDecision;
import dev.allotment.definition.StackDefinition;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.Outcome;
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
    if (finished.isPresent() && !destroyed) {
      outcomes.record(resource, finished.get(), seen.settings(), report);
    }
    // Decide.
    var decision =
        DeletionDecision.decide(
            seen.spec().deletionPolicy(),
            seen.settings().retainRequired(),
            report.status(),
            destroyed,
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
            destroy(seen.ref(), report, finished, trigger);
            yield DeleteControl.noFinalizerRemoval();
          }
        };
    // Write status once; a destroyed resource's status is gone with it.
    if (!destroyed) {
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

  private void destroy(
      StackRef ref, Report<R> report, Optional<Outcome> finished, Runnable trigger) {
    Optional<Ticket> ticket =
        shared.submit(
            ref,
            OperationKind.DESTROY,
            "",
            () -> shared.engine.destroy(StackRequest.of(ref, ctx -> {})),
            finished,
            trigger);
    ticket.ifPresent(t -> report.started(t, Optional.empty()));
  }
}
