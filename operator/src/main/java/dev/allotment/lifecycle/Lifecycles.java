package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.claims.NameClaims;
import dev.allotment.definition.StackDefinition;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.Outcome;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperations;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.Ticket;
import dev.allotment.engine.Work;
import dev.allotment.observability.OperatorMetrics;
import dev.allotment.policy.PolicySource;
import dev.allotment.publish.PublishingStep;
import dev.allotment.publish.SecretPublisher;
import dev.allotment.status.Backoff;
import io.fabric8.kubernetes.client.CustomResource;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What every kind's lifecycle shares: the engine and its operations, the cluster it writes to, the
 * platform's policies, the timing. Built once by the operator; {@link #of} makes one kind's
 * lifecycle.
 */
public final class Lifecycles {

  final StackEngine engine;
  final StackOperations operations;
  final SecretPublisher secrets;
  final EventRecorder events;
  final StatusTransitions transitions;
  final OperatorMetrics metrics;
  final PolicySource policies;
  final NameClaims claims;
  final Duration minimumDriftInterval;
  final Duration resync;
  final Clock clock;

  /**
   * @param backoff between attempts of a failed operation
   * @param minimumDriftInterval the operator's floor for drift checks
   * @param resync how often an unchanged resource is looked at again
   */
  public Lifecycles(
      StackEngine engine,
      StackOperations operations,
      SecretPublisher secrets,
      EventRecorder events,
      Backoff backoff,
      OperatorMetrics metrics,
      PolicySource policies,
      NameClaims claims,
      Duration minimumDriftInterval,
      Duration resync,
      Clock clock) {
    this.engine = engine;
    this.operations = operations;
    this.secrets = secrets;
    this.events = events;
    this.transitions = new StatusTransitions(backoff);
    this.metrics = metrics;
    this.policies = policies;
    this.claims = claims;
    this.minimumDriftInterval = minimumDriftInterval;
    this.resync = resync;
    this.clock = clock;
  }

  /** The lifecycle of one kind: its definition, and what it publishes beyond its outputs. */
  public <R extends CustomResource<?, StackResourceStatus>> StackLifecycle<R> of(
      StackDefinition<R> definition, PublishingStep<R> publishing) {
    return new StackLifecycle<>(definition, publishing, this);
  }

  /** A report for one reconcile of {@code resource}. */
  <R extends CustomResource<?, StackResourceStatus>> Report<R> report(
      R resource, StatusWriter<R> writer) {
    return new Report<>(resource, clock.instant(), transitions, events, writer);
  }

  /**
   * Submits an operation on the stack, unless an operation of it just finished. The one that
   * finished is recorded in this reconcile's status, and is acknowledged (which frees the stack)
   * only once that status is written: were the write to fail after the next operation started, its
   * record would be lost. So the next operation waits for the reconcile that follows, which {@code
   * trigger} asks for at once. Empty when nothing was submitted.
   */
  Optional<Ticket> submit(
      StackRef ref,
      OperationKind kind,
      String fingerprint,
      Work work,
      Optional<Outcome> finished,
      Runnable trigger) {
    if (finished.isPresent()) {
      trigger.run();
      return Optional.empty();
    }
    return operations.submit(ref, kind, fingerprint, work, trigger);
  }
}
