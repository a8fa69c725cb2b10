package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.DriftPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOperations.Outcome;
import dev.allotment.engine.StackResult;
import dev.allotment.observability.OperatorMetrics;
import dev.allotment.policy.EffectiveSettings;
import dev.allotment.publish.EventRecorder;
import dev.allotment.publish.OutputsSecret;
import dev.allotment.publish.SecretNotOwnedException;
import dev.allotment.publish.SecretPublisher;
import dev.allotment.status.Reason;
import dev.allotment.status.StatusTransitions;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a finished operation: its result in status, its outputs in the Secret and wherever the
 * kind publishes them, an event and a metric. A publication that fails after a successful up is
 * recorded as a failed attempt, retried with backoff, never lost in an exception.
 */
final class OutcomeRecorder<R extends CustomResource<?, StackResourceStatus>> {

  private static final Logger LOG = LoggerFactory.getLogger(OutcomeRecorder.class);

  private final StackKind<R> kind;
  private final SecretPublisher secrets;
  private final EventRecorder events;
  private final StatusTransitions transitions;
  private final OperatorMetrics metrics;
  private final Function<R, EffectiveSettings> settings;
  private final Clock clock;

  OutcomeRecorder(
      StackKind<R> kind,
      SecretPublisher secrets,
      EventRecorder events,
      StatusTransitions transitions,
      OperatorMetrics metrics,
      Function<R, EffectiveSettings> settings,
      Clock clock) {
    this.kind = kind;
    this.secrets = secrets;
    this.events = events;
    this.transitions = transitions;
    this.metrics = metrics;
    this.settings = settings;
    this.clock = clock;
  }

  /** Writes a finished operation into status (and its outputs to the Secret); returns backoff. */
  Optional<Duration> record(
      R resource, StackResourceStatus status, Outcome outcome, long generation) {
    Instant now = clock.instant();
    OperationKind operation = outcome.ticket().kind();
    metrics.operationFinished(
        kind.kindLabel(),
        operation.value(),
        outcome.succeeded(),
        Duration.between(
            outcome.started(), outcome.result().map(StackResult::endTime).orElse(now)));
    if (operation == OperationKind.REFRESH) {
      recordDriftCheck(resource, status, outcome, generation, now);
      return Optional.empty();
    }
    if (!outcome.succeeded()) {
      return Optional.of(recordFailure(resource, status, outcome, generation, now));
    }
    StackResult result = outcome.result().orElseThrow();
    switch (operation) {
      case UP -> {
        Optional<Outcome> unpublished = publish(resource, outcome, result);
        if (unpublished.isPresent()) {
          return Optional.of(recordFailure(resource, status, unpublished.get(), generation, now));
        }
        transitions.upSucceeded(status, outcome, OutputsSecret.nameFor(resource), generation, now);
        status.getOutputsSecretRef().setDigest(OutputsSecret.digest(result.outputs()));
        events.normal(
            resource, Reason.UPDATE_SUCCEEDED, "pulumi up succeeded: " + result.resourceChanges());
      }
      case PREVIEW -> transitions.planned(status, outcome, now);
      case DESTROY -> transitions.destroySucceeded(status, outcome);
      default -> {}
    }
    return Optional.empty();
  }

  private void recordDriftCheck(
      R resource, StackResourceStatus status, Outcome outcome, long generation, Instant now) {
    if (!outcome.succeeded()) {
      transitions.driftCheckFailed(status, outcome, now);
      events.warning(
          resource,
          Reason.DRIFT_CHECK_FAILED,
          "drift check failed: " + outcome.failure().orElseThrow().getMessage());
      return;
    }
    boolean correct = settings.apply(resource).driftPolicy() == DriftPolicy.Correct;
    transitions.driftChecked(status, outcome, correct, generation, now);
    var drifted = outcome.result().orElseThrow().changedResources();
    if (!drifted.isEmpty()) {
      events.warning(
          resource,
          Reason.DRIFT_DETECTED,
          drifted.size()
              + " resource(s) drifted: "
              + String.join("; ", drifted)
              + (correct ? "; correcting" : "; reporting only (driftPolicy Report)"));
    }
  }

  /** A failed operation: the engine's message in status and an event; returns the backoff. */
  private Duration recordFailure(
      R resource, StackResourceStatus status, Outcome outcome, long generation, Instant now) {
    OperationKind operation = outcome.ticket().kind();
    Duration delay = transitions.failed(status, outcome, generation, now);
    String message = outcome.failure().orElseThrow().getMessage();
    var stalled =
        switch (outcome.failure().get().reason()) {
          case FOREIGN_STACK -> Optional.of(Reason.STACK_OWNED_ELSEWHERE);
          case FOREIGN_SECRET -> Optional.of(Reason.SECRET_NOT_OWNED);
          case NOT_ORG_MEMBERS -> Optional.of(Reason.GITHUB_LOGIN_NOT_MEMBER);
          default -> Optional.<String>empty();
        };
    if (stalled.isPresent()) {
      // Something of another's is in the way, or someone who must first join the organization.
      // Stalled until the resource or that thing changes; the retry that is still scheduled (with
      // the same backoff) notices when it has.
      transitions.invalidSpec(status, stalled.get(), message, generation, now);
      events.warning(resource, stalled.get(), message);
      return delay;
    }
    events.warning(
        resource,
        operation == OperationKind.DESTROY ? Reason.DESTROY_FAILED : Reason.UPDATE_FAILED,
        "pulumi " + operation.value() + " failed: " + message);
    // The same message as the event's: made for status, free of secret values.
    LOG.info(
        "{} {}/{}: pulumi {} failed, retry in {}: {}",
        resource.getKind(),
        resource.getMetadata().getNamespace(),
        resource.getMetadata().getName(),
        operation.value(),
        delay,
        message);
    return delay;
  }

  /**
   * Publishes a successful up's outputs: the outputs Secret first, so whoever waits for Ready finds
   * it in place, then what the kind publishes (the Argo CD registration).
   *
   * @return the outcome as a failure when publishing failed
   */
  private Optional<Outcome> publish(R resource, Outcome outcome, StackResult result) {
    try {
      secrets.applyOwned(
          OutputsSecret.build(
              resource,
              kind.kindLabel(),
              kind.team(resource).orElse(""),
              kind.stage(resource).orElse(""),
              result.outputs()),
          existing -> OutputsSecret.ownedBy(existing, resource));
      kind.afterUp(resource, result.outputs());
      return Optional.empty();
    } catch (SecretNotOwnedException e) {
      return Optional.of(
          new Outcome(
              outcome.ticket(),
              outcome.started(),
              Optional.empty(),
              Optional.of(
                  new StackOperationException(
                      StackOperationException.Reason.FOREIGN_SECRET,
                      "the update succeeded but its outputs were not published: " + e.getMessage(),
                      e))));
    } catch (KubernetesClientException | IllegalStateException | IllegalArgumentException e) {
      String message =
          "the update succeeded but publishing its outputs failed: "
              + Optional.ofNullable(e.getMessage())
                  .map(m -> m.lines().findFirst().orElse(m))
                  .orElse(e.toString());
      return Optional.of(
          new Outcome(
              outcome.ticket(),
              outcome.started(),
              Optional.empty(),
              Optional.of(
                  new StackOperationException(StackOperationException.Reason.FAILED, message, e))));
    }
  }
}
