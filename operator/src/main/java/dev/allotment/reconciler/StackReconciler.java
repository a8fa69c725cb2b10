package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.UpdateRecord;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperations;
import dev.allotment.engine.StackOperations.Outcome;
import dev.allotment.engine.StackOperations.Ticket;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.StackResult;
import dev.allotment.observability.OperatorMetrics;
import dev.allotment.publish.EventRecorder;
import dev.allotment.publish.OutputsSecret;
import dev.allotment.publish.SecretPublisher;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import dev.allotment.status.StatusTransitions;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle every stack-backed kind shares: record finished operations, decide, submit the next
 * one, persist status once. It never waits for Pulumi: operations run on {@link StackOperations}
 * and their completion triggers the next reconcile through {@code trigger}.
 */
public final class StackReconciler<R extends CustomResource<?, StackResourceStatus>> {

  private static final Logger LOG = LoggerFactory.getLogger(StackReconciler.class);
  private static final KubernetesSerialization JSON = new KubernetesSerialization();
  private static final Duration BUSY_RECHECK = Duration.ofSeconds(1);

  private final StackKind<R> kind;
  private final StackEngine engine;
  private final StackOperations operations;
  private final SecretPublisher secrets;
  private final EventRecorder events;
  private final StatusTransitions transitions;
  private final OperatorMetrics metrics;
  private final Duration resync;
  private final Clock clock;

  public StackReconciler(
      StackKind<R> kind,
      StackEngine engine,
      StackOperations operations,
      SecretPublisher secrets,
      EventRecorder events,
      StatusTransitions transitions,
      OperatorMetrics metrics,
      Duration resync,
      Clock clock) {
    this.kind = kind;
    this.engine = engine;
    this.operations = operations;
    this.secrets = secrets;
    this.events = events;
    this.transitions = transitions;
    this.metrics = metrics;
    this.resync = resync;
    this.clock = clock;
  }

  /** Reconciles a live resource. {@code trigger} asks for another reconcile of it. */
  public UpdateControl<R> reconcile(R resource, Context<R> context, Runnable trigger) {
    StackRef ref = kind.stackRef(resource);
    R current = resource;
    Optional<Duration> backoff = Optional.empty();
    Optional<Outcome> finished = operations.finished(ref);
    if (finished.isPresent()) {
      StackResourceStatus recorded = copy(resource.getStatus());
      backoff = record(resource, recorded, finished.get(), generation(resource));
      current = persist(resource, recorded, context);
      operations.acknowledge(finished.get());
    }
    Duration next = decideAndAct(current, ref, context, trigger);
    Duration reschedule = backoff.filter(b -> b.compareTo(next) < 0).orElse(next);
    return UpdateControl.<R>noUpdate().rescheduleAfter(reschedule);
  }

  /** Decides what the resource needs, starts it, persists status; returns when to look again. */
  private Duration decideAndAct(R resource, StackRef ref, Context<R> context, Runnable trigger) {
    long generation = generation(resource);
    StackResourceStatus status = copy(resource.getStatus());
    Optional<StackKind.Prepared> prepared;
    String problems = null;
    Instant now = clock.instant();
    try {
      prepared = Optional.of(kind.prepare(resource));
    } catch (InvalidSpecException e) {
      prepared = Optional.empty();
      problems = e.getMessage();
    } catch (WaitingException e) {
      if (operations.inFlight(ref).isEmpty()) {
        transitions.waiting(status, e.reason(), e.getMessage(), generation, now);
        persist(resource, status, context);
      }
      return resync;
    }
    var decision =
        UpdateDecision.decide(
            status,
            prepared.map(StackKind.Prepared::fingerprint),
            operations.inFlight(ref).isPresent(),
            now);
    LOG.debug(
        "{} {}/{} generation {}: {}",
        resource.getKind(),
        resource.getMetadata().getNamespace(),
        resource.getMetadata().getName(),
        generation,
        decision);
    Duration next = resync;
    switch (decision.action()) {
      case WAIT_FOR_OPERATION -> {}
      case STALL -> stall(resource, status, problems, generation, now);
      case UP_TO_DATE -> transitions.upToDate(status, generation, now);
      case WAIT_FOR_BACKOFF -> next = decision.delay();
      case UP -> {
        StackKind.Prepared p = prepared.orElseThrow();
        var request = StackRequest.of(ref, p.program());
        Optional<Ticket> ticket =
            operations.submit(
                ref, OperationKind.UP, p.fingerprint(), () -> engine.up(request), trigger);
        if (ticket.isPresent()) {
          transitions.started(status, ticket.get(), generation, now);
          events.normal(resource, Reason.UPDATE_STARTED, "pulumi up of stack " + ref.stack());
        } else {
          // An operation finished between our two looks; its event brings us back, and this
          // makes sure of it.
          next = BUSY_RECHECK;
        }
      }
    }
    persist(resource, status, context);
    return next;
  }

  private void stall(
      R resource, StackResourceStatus status, String problems, long generation, Instant now) {
    boolean alreadyReported =
        Conditions.find(status.getConditions(), ConditionType.STALLED)
            .filter(c -> "True".equals(c.getStatus()) && Objects.equals(c.getMessage(), problems))
            .isPresent();
    transitions.invalidSpec(status, problems, generation, now);
    if (!alreadyReported) {
      events.warning(resource, Reason.INVALID_SPEC, problems);
    }
  }

  /** Handles deletion: destroy per the deletion policy; the finalizer goes only when it is safe. */
  public DeleteControl cleanup(R resource, Context<R> context, Runnable trigger) {
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
    long generation = generation(resource);
    StackResourceStatus status = copy(resource.getStatus());

    Optional<Outcome> finished = operations.finished(ref);
    if (finished.isPresent()) {
      Outcome outcome = finished.get();
      if (outcome.ticket().kind() == OperationKind.DESTROY && outcome.succeeded()) {
        secrets.delete(resource.getMetadata().getNamespace(), OutputsSecret.nameFor(resource));
        operations.acknowledge(outcome);
        events.normal(resource, Reason.DESTROY_SUCCEEDED, "stack " + ref.stack() + " destroyed");
        return DeleteControl.defaultDelete();
      }
      record(resource, status, outcome, generation);
      resource = persist(resource, status, context);
      status = copy(resource.getStatus());
      operations.acknowledge(outcome);
    }
    if (operations.inFlight(ref).isPresent()) {
      // An update still runs; destroy starts when it has finished and said so.
      return DeleteControl.noFinalizerRemoval();
    }
    if (kind.deletionPolicy(resource) == DeletionPolicy.Retain) {
      events.normal(
          resource,
          Reason.RETAINED,
          "deletionPolicy is Retain: stack " + ref.stack() + " and its resources are kept");
      return DeleteControl.defaultDelete();
    }
    if (status.getStack() == null) {
      // No operation was ever started for this resource: there is nothing to destroy.
      return DeleteControl.defaultDelete();
    }
    Instant now = clock.instant();
    try {
      kind.beforeDestroy(resource);
    } catch (WaitingException e) {
      transitions.waiting(status, e.reason(), e.getMessage(), generation, now);
      persist(resource, status, context);
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
      persist(resource, status, context);
      events.normal(resource, Reason.DESTROY_STARTED, "pulumi destroy of stack " + ref.stack());
    }
    return DeleteControl.noFinalizerRemoval();
  }

  /** Writes a finished operation into status (and its outputs to the Secret); returns backoff. */
  private Optional<Duration> record(
      R resource, StackResourceStatus status, Outcome outcome, long generation) {
    Instant now = clock.instant();
    String operation = outcome.ticket().kind().value();
    metrics.operationFinished(
        kind.kindLabel(),
        operation,
        outcome.succeeded(),
        Duration.between(
            outcome.started(), outcome.result().map(StackResult::endTime).orElse(now)));
    if (!outcome.succeeded()) {
      Duration delay = transitions.failed(status, outcome, generation, now);
      String message = outcome.failure().orElseThrow().getMessage();
      events.warning(
          resource,
          outcome.ticket().kind() == OperationKind.DESTROY
              ? Reason.DESTROY_FAILED
              : Reason.UPDATE_FAILED,
          "pulumi " + operation + " failed: " + message);
      LOG.info(
          "{} {}/{}: pulumi {} failed, retry in {}",
          resource.getKind(),
          resource.getMetadata().getNamespace(),
          resource.getMetadata().getName(),
          operation,
          delay);
      return Optional.of(delay);
    }
    if (outcome.ticket().kind() == OperationKind.UP) {
      var result = outcome.result().orElseThrow();
      // Publish before status says Ready: whoever waits for Ready finds the Secret in place.
      secrets.apply(
          OutputsSecret.build(
              resource,
              kind.kindLabel(),
              kind.team(resource).orElse(""),
              kind.stage(resource).orElse(""),
              result.outputs()));
      kind.afterUp(resource, result.outputs());
      transitions.upSucceeded(status, outcome, OutputsSecret.nameFor(resource), generation, now);
      events.normal(
          resource, Reason.UPDATE_SUCCEEDED, "pulumi up succeeded: " + result.resourceChanges());
    } else if (outcome.ticket().kind() == OperationKind.DESTROY) {
      transitions.destroySucceeded(status, outcome);
    }
    return Optional.empty();
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

  /** Writes status when it changed, with read-after-write through JOSDK's cache. */
  private R persist(R resource, StackResourceStatus status, Context<R> context) {
    metrics.state(
        kind.kindLabel(),
        resource.getMetadata().getNamespace(),
        resource.getMetadata().getName(),
        status);
    if (JSON.asJson(status).equals(JSON.asJson(copy(resource.getStatus())))) {
      return resource;
    }
    return PrimaryUpdateAndCacheUtils.updateStatusAndCacheResource(
        resource,
        context,
        r -> {
          r.setStatus(status);
          return r;
        });
  }

  private static StackResourceStatus copy(StackResourceStatus status) {
    return status == null ? new StackResourceStatus() : JSON.clone(status);
  }

  private static long generation(CustomResource<?, ?> resource) {
    return Optional.ofNullable(resource.getMetadata().getGeneration()).orElse(0L);
  }
}
