package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.Outcome;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.Ticket;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import io.fabric8.kubernetes.client.CustomResource;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one reconcile tells about a resource: the status it builds and the events that go with each
 * change. Every status change and every event of the lifecycle is made here, together, and the
 * status is written once, by {@link #write}.
 */
final class Report<R extends CustomResource<?, StackResourceStatus>> {

  private static final Logger LOG = LoggerFactory.getLogger(Report.class);

  private final R resource;
  private final StackResourceStatus status;
  private final long generation;
  private final Instant now;
  private final StatusTransitions transitions;
  private final EventRecorder events;
  private final StatusWriter<R> writer;

  Report(
      R resource,
      Instant now,
      StatusTransitions transitions,
      EventRecorder events,
      StatusWriter<R> writer) {
    this.resource = resource;
    this.status = StatusWriter.copy(resource.getStatus());
    this.generation = Optional.ofNullable(resource.getMetadata().getGeneration()).orElse(0L);
    this.now = now;
    this.transitions = transitions;
    this.events = events;
    this.writer = writer;
  }

  /** The status as built so far: what decisions read. Changed only through this class. */
  R resource() {
    return resource;
  }

  StackResourceStatus status() {
    return status;
  }

  Instant now() {
    return now;
  }

  /** Writes the status, once, when it changed. */
  void write(ResourceAccess<R> access) {
    writer.persist(resource, status, access);
  }

  void pauseRefused(String annotation) {
    events.warning(
        resource,
        Reason.PAUSE_FORBIDDEN,
        "the "
            + annotation
            + " annotation is ignored: a PlatformPolicy forbids pausing this stage");
  }

  void paused(boolean firstTime) {
    if (firstTime) {
      events.normal(resource, Reason.PAUSED, "Pulumi operations paused by annotation");
    }
    transitions.paused(status, generation, now);
  }

  void resumed() {
    transitions.resumed(status);
    events.normal(resource, Reason.RESUMED, "Pulumi operations resumed");
  }

  void waiting(String reason, String message) {
    transitions.waiting(status, reason, message, generation, now);
  }

  /** The spec cannot be applied; the Warning goes out once per message. */
  void stalled(String reason, String problems) {
    boolean alreadyReported =
        Conditions.find(status.getConditions(), ConditionType.STALLED)
            .filter(c -> "True".equals(c.getStatus()) && Objects.equals(c.getMessage(), problems))
            .isPresent();
    transitions.invalidSpec(status, reason, problems, generation, now);
    if (!alreadyReported) {
      events.warning(resource, reason, problems);
    }
  }

  void upToDate() {
    transitions.upToDate(status, generation, now);
  }

  void fingerprintUpgraded(String fingerprint) {
    transitions.fingerprintUpgraded(status, fingerprint);
  }

  /**
   * An operation was submitted.
   *
   * @param applying for up and preview, the deletion policy of the spec they apply
   */
  void started(Ticket ticket, Optional<DeletionPolicy> applying) {
    transitions.started(status, ticket, generation, now);
    applying.ifPresent(p -> status.getStack().getCurrentUpdate().setDeletionPolicy(p));
    switch (ticket.kind()) {
      case UP ->
          events.normal(
              resource, Reason.UPDATE_STARTED, "pulumi up of stack " + ticket.ref().stack());
      case DESTROY ->
          events.normal(
              resource, Reason.DESTROY_STARTED, "pulumi destroy of stack " + ticket.ref().stack());
      default -> {}
    }
  }

  /** The recorded plan was approved by {@code by}; its update starts now. */
  void approved(String by) {
    PlanAndDriftTransitions.approved(status, by, now);
    events.normal(
        resource,
        Reason.APPROVED,
        "plan " + status.getApproval().getPlanHash() + " approved by " + by + "; applying");
  }

  /** The plan waits for a person; the event goes out once per message. */
  void awaitingApproval(String message) {
    boolean alreadyTold =
        Conditions.find(status.getConditions(), ConditionType.READY)
            .filter(c -> Objects.equals(c.getMessage(), message))
            .isPresent();
    transitions.awaitingApproval(status, message, generation, now);
    if (!alreadyTold) {
      events.normal(resource, Reason.AWAITING_APPROVAL, message);
    }
  }

  void upSucceeded(Outcome outcome, String outputsSecret, String digest) {
    transitions.upSucceeded(status, outcome, outputsSecret, generation, now);
    status.getOutputsSecretRef().setDigest(digest);
    events.normal(
        resource,
        Reason.UPDATE_SUCCEEDED,
        "pulumi up succeeded: " + outcome.result().orElseThrow().resourceChanges());
  }

  void planned(Outcome outcome) {
    PlanAndDriftTransitions.planned(status, outcome, generation, now);
  }

  void destroySucceeded(Outcome outcome) {
    transitions.destroySucceeded(status, outcome);
  }

  void destroyed(String stack) {
    events.normal(resource, Reason.DESTROY_SUCCEEDED, "stack " + stack + " destroyed");
  }

  /** A deleted resource whose stack belongs to another team or stage: the stack is untouched. */
  void leftForeignStack(String why, String stack) {
    events.warning(
        resource, Reason.STACK_OWNED_ELSEWHERE, "not destroyed: " + why + " (stack " + stack + ")");
  }

  void retained(String why, String stack) {
    events.normal(
        resource,
        Reason.RETAINED,
        "deletionPolicy is Retain (" + why + "): stack " + stack + " and its resources are kept");
  }

  void driftChecked(Outcome outcome, boolean correct) {
    PlanAndDriftTransitions.driftChecked(status, outcome, correct, generation, now);
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

  void driftCheckFailed(Outcome outcome) {
    PlanAndDriftTransitions.driftCheckFailed(status, outcome, now);
    events.warning(
        resource,
        Reason.DRIFT_CHECK_FAILED,
        "drift check failed: " + outcome.failure().orElseThrow().getMessage());
  }

  /**
   * A failed operation: the engine's message in status and an event; something of another's in the
   * way, a login outside the GitHub organization, or a user Entra ID does not know, stalls as well.
   *
   * @return how long until the next attempt
   */
  Duration failed(Outcome outcome) {
    OperationKind operation = outcome.ticket().kind();
    Duration delay = transitions.failed(status, outcome, generation, now);
    StackOperationException failure = outcome.failure().orElseThrow();
    String message = failure.getMessage();
    var stalled =
        switch (failure.reason()) {
          case FOREIGN_STACK -> Optional.of(Reason.STACK_OWNED_ELSEWHERE);
          case FOREIGN_SECRET -> Optional.of(Reason.SECRET_NOT_OWNED);
          case NOT_ORG_MEMBERS -> Optional.of(Reason.GITHUB_LOGIN_NOT_MEMBER);
          case ENTRA_USERS_NOT_FOUND -> Optional.of(Reason.ENTRA_USER_NOT_FOUND);
          default -> Optional.<String>empty();
        };
    if (stalled.isPresent()) {
      // Something of another's is in the way, or someone who must first join the organization or
      // exist in Entra ID. Stalled until the resource or that thing changes; the retry that is
      // still scheduled (with the same backoff) notices when it has.
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
}
