package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.UpdateRecord;
import dev.allotment.claims.NameClaims;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperations;
import dev.allotment.engine.Outcome;
import dev.allotment.engine.Ticket;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.observability.OperatorMetrics;
import dev.allotment.policy.DeletionPolicies;
import dev.allotment.policy.EffectiveSettings;
import dev.allotment.publish.EventRecorder;
import dev.allotment.publish.OutputsSecret;
import dev.allotment.publish.SecretPublisher;
import dev.allotment.status.Reason;
import dev.allotment.status.StatusTransitions;
import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Deletion of a stack-backed resource: wait for a running update, honour the deletion policy, let
 * the kind check dependants and unpublish, destroy with backoff on failure, and release the
 * finalizer only after the destroy succeeded (or at once for Retain).
 */
final class StackDeletion<R extends CustomResource<?, StackResourceStatus>> {

  private final StackKind<R> kind;
  private final StackEngine engine;
  private final StackOperations operations;
  private final SecretPublisher secrets;
  private final EventRecorder events;
  private final StatusTransitions transitions;
  private final OutcomeRecorder<R> recorder;
  private final StatusWriter<R> writer;
  private final OperatorMetrics metrics;
  private final NameClaims claims;
  private final Duration resync;
  private final Clock clock;
  private final Function<R, EffectiveSettings> settings;

  StackDeletion(
      StackKind<R> kind,
      StackEngine engine,
      StackOperations operations,
      SecretPublisher secrets,
      EventRecorder events,
      StatusTransitions transitions,
      OutcomeRecorder<R> recorder,
      StatusWriter<R> writer,
      OperatorMetrics metrics,
      NameClaims claims,
      Duration resync,
      Clock clock,
      Function<R, EffectiveSettings> settings) {
    this.kind = kind;
    this.engine = engine;
    this.operations = operations;
    this.secrets = secrets;
    this.events = events;
    this.transitions = transitions;
    this.recorder = recorder;
    this.writer = writer;
    this.metrics = metrics;
    this.claims = claims;
    this.resync = resync;
    this.clock = clock;
    this.settings = settings;
  }

  /** Handles deletion: destroy per the deletion policy; the finalizer goes only when it is safe. */
  DeleteControl cleanup(R resource, Context<R> context, Runnable trigger) {
    DeleteControl control = cleanupStack(resource, context, trigger);
    if (control.isRemoveFinalizer()) {
      metrics.gone(
          kind.kindLabel(),
          resource.getMetadata().getNamespace(),
          resource.getMetadata().getName());
    }
    return control;
  }

  private DeleteControl cleanupStack(R resource, Context<R> context, Runnable trigger) {
    StackRef ref = kind.stackRef(resource);
    long generation = StatusWriter.generation(resource);
    StackResourceStatus status = StatusWriter.copy(resource.getStatus());

    Optional<Outcome> finished = operations.finished(ref);
    if (finished.isPresent()) {
      Outcome outcome = finished.get();
      if (outcome.ticket().kind() == OperationKind.DESTROY && outcome.succeeded()) {
        R owner = resource;
        secrets.deleteOwned(
            resource.getMetadata().getNamespace(),
            OutputsSecret.nameFor(resource),
            existing -> OutputsSecret.ownedBy(existing, owner));
        claims.release(resource);
        operations.acknowledge(outcome);
        events.normal(resource, Reason.DESTROY_SUCCEEDED, "stack " + ref.stack() + " destroyed");
        return DeleteControl.defaultDelete();
      }
      recorder.record(resource, status, outcome, generation);
      resource = writer.persist(resource, status, context);
      status = StatusWriter.copy(resource.getStatus());
      operations.acknowledge(outcome);
    }
    if (operations.inFlight(ref).isPresent()) {
      // An update still runs; destroy starts when it has finished and said so.
      return DeleteControl.noFinalizerRemoval();
    }
    DeletionPolicies.InForce policy =
        DeletionPolicies.inForce(
            kind.deletionPolicy(resource),
            status.getStack() == null ? null : status.getStack().getDeletionPolicy(),
            settings.apply(resource).retainRequired());
    if (policy.policy() == DeletionPolicy.Retain) {
      // The infrastructure keeps its names: so does the claim, for the same team and stage.
      claims.retain(resource);
      events.normal(
          resource,
          Reason.RETAINED,
          "deletionPolicy is Retain ("
              + policy.why()
              + "): stack "
              + ref.stack()
              + " and its resources are kept");
      return DeleteControl.defaultDelete();
    }
    if (status.getStack() == null) {
      // No operation was ever started for this resource: there is nothing to destroy.
      claims.release(resource);
      return DeleteControl.defaultDelete();
    }
    Instant now = clock.instant();
    try {
      kind.beforeDestroy(resource);
    } catch (WaitingException e) {
      transitions.waiting(status, e.reason(), e.getMessage(), generation, now);
      writer.persist(resource, status, context);
      return DeleteControl.noFinalizerRemoval().rescheduleAfter(resync.toMillis());
    }
    Optional<Duration> wait = destroyBackoff(status, now);
    if (wait.isPresent()) {
      return DeleteControl.noFinalizerRemoval().rescheduleAfter(wait.get().toMillis());
    }
    Optional<Ticket> ticket =
        operations.submit(
            ref,
            OperationKind.DESTROY,
            "",
            () -> engine.destroy(StackRequest.of(ref, ctx -> {})),
            trigger);
    if (ticket.isPresent()) {
      transitions.started(status, ticket.get(), generation, now);
      writer.persist(resource, status, context);
      events.normal(resource, Reason.DESTROY_STARTED, "pulumi destroy of stack " + ref.stack());
    }
    return DeleteControl.noFinalizerRemoval();
  }

  private static Optional<Duration> destroyBackoff(StackResourceStatus status, Instant now) {
    Optional<UpdateRecord> last = Optional.ofNullable(status.getStack().getLastUpdate());
    boolean destroyFailed =
        last.filter(u -> "destroy".equals(u.getOperation()) && "failed".equals(u.getResult()))
            .isPresent();
    if (!destroyFailed
        || status.getRetry() == null
        || status.getRetry().getNextAttemptTime() == null) {
      return Optional.empty();
    }
    Instant next = Instant.parse(status.getRetry().getNextAttemptTime());
    return now.isBefore(next) ? Optional.of(Duration.between(now, next)) : Optional.empty();
  }
}
