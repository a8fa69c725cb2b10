package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.DriftPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.definition.SharedSpec;
import dev.allotment.definition.StackDefinition;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.Outcome;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackResult;
import dev.allotment.observability.OperatorMetrics;
import dev.allotment.policy.EffectiveSettings;
import dev.allotment.publish.OutputsSecret;
import dev.allotment.publish.PublishingStep;
import dev.allotment.publish.SecretNotOwnedException;
import dev.allotment.publish.SecretPublisher;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.Optional;

/**
 * Records a finished operation: a successful up's outputs published (the outputs Secret, then the
 * kind's {@link PublishingStep}), its result in the {@link Report}, a metric. A publication that
 * fails after a successful up is recorded as a failed attempt, retried with backoff, never lost in
 * an exception.
 */
final class OutcomeRecorder<R extends CustomResource<?, StackResourceStatus>> {

  private final StackDefinition<R> definition;
  private final PublishingStep<R> publishing;
  private final SecretPublisher secrets;
  private final OperatorMetrics metrics;

  OutcomeRecorder(
      StackDefinition<R> definition,
      PublishingStep<R> publishing,
      SecretPublisher secrets,
      OperatorMetrics metrics) {
    this.definition = definition;
    this.publishing = publishing;
    this.secrets = secrets;
    this.metrics = metrics;
  }

  /** Records {@code outcome} in {@code report}; returns the backoff when it failed. */
  Optional<Duration> record(
      R resource, Outcome outcome, EffectiveSettings settings, Report<R> report) {
    OperationKind operation = outcome.ticket().kind();
    metrics.operationFinished(
        definition.kindLabel(),
        operation.value(),
        outcome.succeeded(),
        Duration.between(
            outcome.started(), outcome.result().map(StackResult::endTime).orElse(report.now())));
    if (operation == OperationKind.REFRESH) {
      if (outcome.succeeded()) {
        report.driftChecked(outcome, settings.driftPolicy() == DriftPolicy.Correct);
      } else {
        report.driftCheckFailed(outcome);
      }
      return Optional.empty();
    }
    if (!outcome.succeeded()) {
      return Optional.of(report.failed(outcome));
    }
    StackResult result = outcome.result().orElseThrow();
    switch (operation) {
      case UP -> {
        Optional<Outcome> unpublished = publish(resource, outcome, result);
        if (unpublished.isPresent()) {
          return Optional.of(report.failed(unpublished.get()));
        }
        report.upSucceeded(
            outcome, OutputsSecret.nameFor(resource), OutputsSecret.digest(result.outputs()));
      }
      case PREVIEW -> report.planned(outcome);
      case DESTROY -> report.destroySucceeded(outcome);
      default -> {}
    }
    return Optional.empty();
  }

  /**
   * Publishes a successful up's outputs: the outputs Secret first, so whoever waits for Ready finds
   * it in place, then what the kind publishes (the Argo CD registration).
   *
   * @return the outcome as a failure when publishing failed
   */
  private Optional<Outcome> publish(R resource, Outcome outcome, StackResult result) {
    SharedSpec shared = definition.shared(resource);
    try {
      secrets.applyOwned(
          OutputsSecret.build(
              resource,
              definition.kindLabel(),
              shared.team().orElse(""),
              shared.stageValue().orElse(""),
              result.outputs()),
          existing -> OutputsSecret.ownedBy(existing, resource));
      publishing.afterUp(resource, result.outputs());
      return Optional.empty();
    } catch (SecretNotOwnedException e) {
      return Optional.of(
          failure(
              outcome,
              StackOperationException.Reason.FOREIGN_SECRET,
              "the update succeeded but its outputs were not published: " + e.getMessage(),
              e));
    } catch (KubernetesClientException | IllegalStateException | IllegalArgumentException e) {
      String message =
          "the update succeeded but publishing its outputs failed: "
              + Optional.ofNullable(e.getMessage())
                  .map(m -> m.lines().findFirst().orElse(m))
                  .orElse(e.toString());
      return Optional.of(failure(outcome, StackOperationException.Reason.FAILED, message, e));
    }
  }

  private static Outcome failure(
      Outcome outcome, StackOperationException.Reason reason, String message, Exception cause) {
    return new Outcome(
        outcome.ticket(),
        outcome.started(),
        Optional.empty(),
        Optional.of(new StackOperationException(reason, message, cause)));
  }
}
