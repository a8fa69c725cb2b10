package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.Annotations;
import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.OperationsSpec;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.claims.NameClaims;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperations;
import dev.allotment.engine.StackOperations.Outcome;
import dev.allotment.engine.StackOperations.Ticket;
import dev.allotment.engine.StackOwnership;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.observability.OperatorMetrics;
import dev.allotment.policy.EffectiveSettings;
import dev.allotment.policy.PolicyEvaluator;
import dev.allotment.policy.PolicySource;
import dev.allotment.policy.SpecSettings;
import dev.allotment.publish.EventRecorder;
import dev.allotment.publish.OutputsSecret;
import dev.allotment.publish.SecretPublisher;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import dev.allotment.status.StatusTransitions;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
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
  private static final Duration BUSY_RECHECK = Duration.ofSeconds(1);

  private final StackKind<R> kind;
  private final StackEngine engine;
  private final StackOperations operations;
  private final SecretPublisher secrets;
  private final EventRecorder events;
  private final StatusTransitions transitions;
  private final OperatorMetrics metrics;
  private final PolicySource policies;
  private final Duration minimumDriftInterval;
  private final Duration resync;
  private final OutcomeRecorder<R> recorder;
  private final StatusWriter<R> writer;
  private final StackDeletion<R> deletion;
  private final Clock clock;
  private final NameClaims claims;

  public StackReconciler(
      StackKind<R> kind,
      NameClaims claims,
      StackEngine engine,
      StackOperations operations,
      SecretPublisher secrets,
      EventRecorder events,
      StatusTransitions transitions,
      OperatorMetrics metrics,
      PolicySource policies,
      Duration minimumDriftInterval,
      Duration resync,
      Clock clock) {
    this.kind = kind;
    this.engine = engine;
    this.operations = operations;
    this.secrets = secrets;
    this.events = events;
    this.transitions = transitions;
    this.metrics = metrics;
    this.policies = policies;
    this.minimumDriftInterval = minimumDriftInterval;
    this.resync = resync;
    this.clock = clock;
    this.claims = claims;
    this.recorder =
        new OutcomeRecorder<>(kind, secrets, events, transitions, metrics, this::settings, clock);
    this.writer = new StatusWriter<>(kind, metrics);
    this.deletion =
        new StackDeletion<>(
            kind,
            engine,
            operations,
            secrets,
            events,
            transitions,
            recorder,
            writer,
            metrics,
            claims,
            resync,
            clock,
            this::settings);
  }

  /** Reconciles a live resource. {@code trigger} asks for another reconcile of it. */
  public UpdateControl<R> reconcile(R resource, Context<R> context, Runnable trigger) {
    StackRef ref = kind.stackRef(resource);
    R current = resource;
    Optional<Duration> backoff = Optional.empty();
    Optional<Outcome> finished = operations.finished(ref);
    if (finished.isPresent()) {
      StackResourceStatus recorded = StatusWriter.copy(resource.getStatus());
      backoff =
          recorder.record(resource, recorded, finished.get(), StatusWriter.generation(resource));
      current = writer.persist(resource, recorded, context);
      operations.acknowledge(finished.get());
    }
    Duration next = decideAndAct(current, ref, context, trigger, finished.isEmpty());
    Duration reschedule = backoff.filter(b -> b.compareTo(next) < 0).orElse(next);
    return UpdateControl.<R>noUpdate().rescheduleAfter(reschedule);
  }

  /** Decides what the resource needs, starts it, persists status; returns when to look again. */
  private Duration decideAndAct(
      R resource, StackRef ref, Context<R> context, Runnable trigger, boolean cacheSettled) {
    long generation = StatusWriter.generation(resource);
    StackResourceStatus status = StatusWriter.copy(resource.getStatus());
    Instant now = clock.instant();
    boolean pauseAsked =
        annotation(resource, Annotations.PAUSED).filter("true"::equalsIgnoreCase).isPresent();
    if (pauseAsked && settings(resource).pauseForbidden()) {
      // A policy keeps this stage's updates and drift correction going: the annotation is refused.
      events.warning(
          resource,
          Reason.PAUSE_FORBIDDEN,
          "the "
              + Annotations.PAUSED
              + " annotation is ignored: a PlatformPolicy forbids pausing this stage");
    } else if (pauseAsked) {
      if (!Boolean.TRUE.equals(status.getPaused())) {
        events.normal(resource, Reason.PAUSED, "Pulumi operations paused by annotation");
      }
      transitions.paused(status, generation, now);
      writer.persist(resource, status, context);
      return resync;
    }
    if (Boolean.TRUE.equals(status.getPaused())) {
      transitions.resumed(status);
      events.normal(resource, Reason.RESUMED, "Pulumi operations resumed");
    }
    Optional<StackKind.Prepared> prepared;
    String problems = null;
    String stallReason = Reason.INVALID_SPEC;
    try {
      prepared = Optional.of(kind.prepare(resource));
      Policies.namespaceHasRoom(resource, context, policies);
    } catch (InvalidSpecException e) {
      prepared = Optional.empty();
      problems = e.getMessage();
      stallReason = e.reason();
    } catch (WaitingException e) {
      if (operations.inFlight(ref).isEmpty()) {
        transitions.waiting(status, e.reason(), e.getMessage(), generation, now);
        writer.persist(resource, status, context);
      }
      return resync;
    }
    // Right after publishing, the Secret informer may not have seen our own write yet.
    boolean outputsLost = cacheSettled && outputsLost(resource, status, context);
    if (prepared.isPresent()) {
      // Every derived name has one owner: claimed (once; then the informer's cache answers)
      // before anything is created under it.
      Optional<String> claimed =
          claims.acquire(
              resource, prepared.get().team(), prepared.get().stage(), prepared.get().names());
      if (claimed.isPresent()) {
        prepared = Optional.empty();
        problems = claimed.get();
        stallReason = Reason.NAME_CLAIMED;
      }
    }
    var decision =
        UpdateDecision.decide(
            status,
            prepared.map(StackKind.Prepared::fingerprint),
            operations.inFlight(ref).isPresent(),
            outputsLost,
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
      case STALL -> stall(resource, status, stallReason, problems, generation, now);
      case UP_TO_DATE -> {
        transitions.upToDate(status, generation, now);
        next = checkDrift(resource, ref, status, prepared.orElseThrow(), trigger, generation, now);
      }
      case WAIT_FOR_BACKOFF -> next = decision.delay();
      case UP ->
          next = update(resource, ref, status, prepared.orElseThrow(), trigger, generation, now);
    }
    writer.persist(resource, status, context);
    return next;
  }

  /** A due update: run it, or first preview it and wait for approval. */
  private Duration update(
      R resource,
      StackRef ref,
      StackResourceStatus status,
      StackKind.Prepared prepared,
      Runnable trigger,
      long generation,
      Instant now) {
    EffectiveSettings settings = settings(resource);
    var gate =
        ApprovalGate.decide(
            settings.approval(),
            status.getApproval(),
            prepared.fingerprint(),
            annotation(resource, Annotations.APPROVE),
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
    var request = new StackRequest(ref, prepared.program(), prepared.inputs());
    return switch (gate.action()) {
      case APPLY -> {
        Optional<Ticket> ticket =
            start(
                resource,
                ref,
                OperationKind.UP,
                prepared.fingerprint(),
                () -> {
                  StackOwnership.check(ref, engine.outputs(ref), prepared.team(), prepared.stage());
                  return engine.up(request);
                },
                trigger,
                status,
                generation,
                now);
        if (ticket.isPresent()
            && settings.approval() == ApprovalMode.Manual
            && status.getApproval() != null
            && status.getApproval().getPlan() != null
            && !status.getApproval().getPlan().isEmpty()) {
          String by = annotation(resource, Annotations.APPROVED_BY).orElse("unknown");
          transitions.approved(status, by, now);
          events.normal(
              resource,
              Reason.APPROVED,
              "plan " + status.getApproval().getPlanHash() + " approved by " + by + "; applying");
        }
        yield ticket.isPresent() ? resync : BUSY_RECHECK;
      }
      case PREVIEW ->
          start(
                      resource,
                      ref,
                      OperationKind.PREVIEW,
                      prepared.fingerprint(),
                      () -> {
                        StackOwnership.check(
                            ref, engine.outputs(ref), prepared.team(), prepared.stage());
                        return engine.preview(request);
                      },
                      trigger,
                      status,
                      generation,
                      now)
                  .isPresent()
              ? resync
              : BUSY_RECHECK;
      case AWAIT -> {
        boolean alreadyTold =
            Conditions.find(status.getConditions(), ConditionType.READY)
                .filter(c -> Objects.equals(c.getMessage(), gate.message()))
                .isPresent();
        transitions.awaitingApproval(status, gate.message(), generation, now);
        if (!alreadyTold) {
          events.normal(resource, Reason.AWAITING_APPROVAL, gate.message());
        }
        yield resync;
      }
    };
  }

  /** An up-to-date resource: check for drift when it is due. */
  private Duration checkDrift(
      R resource,
      StackRef ref,
      StackResourceStatus status,
      StackKind.Prepared prepared,
      Runnable trigger,
      long generation,
      Instant now) {
    Optional<Duration> until =
        DriftSchedule.untilNextCheck(settings(resource).driftInterval(), status.getDrift(), now);
    if (until.isEmpty()) {
      return resync;
    }
    if (!until.get().isZero()) {
      return until.get().compareTo(resync) < 0 ? until.get() : resync;
    }
    var request = new StackRequest(ref, prepared.program(), prepared.inputs());
    return start(
                resource,
                ref,
                OperationKind.REFRESH,
                prepared.fingerprint(),
                () -> engine.refresh(request),
                trigger,
                status,
                generation,
                now)
            .isPresent()
        ? resync
        : BUSY_RECHECK;
  }

  /** Submits an operation and records it as started; empty when the stack is busy. */
  private Optional<Ticket> start(
      R resource,
      StackRef ref,
      OperationKind operation,
      String fingerprint,
      StackOperations.Work work,
      Runnable trigger,
      StackResourceStatus status,
      long generation,
      Instant now) {
    // Empty when an operation finished between our two looks; its event brings us back, and
    // the short recheck the callers schedule makes sure of it.
    Optional<Ticket> ticket = operations.submit(ref, operation, fingerprint, work, trigger);
    ticket.ifPresent(
        t -> {
          transitions.started(status, t, generation, now);
          if (operation == OperationKind.UP || operation == OperationKind.PREVIEW) {
            status.getStack().getCurrentUpdate().setDeletionPolicy(kind.deletionPolicy(resource));
          }
          if (operation == OperationKind.UP) {
            events.normal(resource, Reason.UPDATE_STARTED, "pulumi up of stack " + ref.stack());
          }
        });
    return ticket;
  }

  /**
   * Whether the outputs Secret this resource published was deleted or edited since: an up (which
   * changes nothing when the stack is in sync) publishes it again.
   */
  private static <R extends HasMetadata> boolean outputsLost(
      R resource, StackResourceStatus status, Context<R> context) {
    if (status.getOutputsSecretRef() == null || status.getOutputsSecretRef().getDigest() == null) {
      return false; // never published, or by an operator that kept no digest
    }
    String name = status.getOutputsSecretRef().getName();
    Optional<Secret> secret =
        context.getSecondaryResources(Secret.class).stream()
            .filter(s -> name.equals(s.getMetadata().getName()))
            .findFirst();
    return secret.isEmpty()
        || !status.getOutputsSecretRef().getDigest().equals(OutputsSecret.digest(secret.get()));
  }

  private static Optional<String> annotation(HasMetadata resource, String name) {
    return Optional.ofNullable(resource.getMetadata().getAnnotations())
        .map(a -> a.get(name))
        .filter(v -> !v.isBlank());
  }

  private void stall(
      R resource,
      StackResourceStatus status,
      String reason,
      String problems,
      long generation,
      Instant now) {
    boolean alreadyReported =
        Conditions.find(status.getConditions(), ConditionType.STALLED)
            .filter(c -> "True".equals(c.getStatus()) && Objects.equals(c.getMessage(), problems))
            .isPresent();
    transitions.invalidSpec(status, reason, problems, generation, now);
    if (!alreadyReported) {
      events.warning(resource, reason, problems);
    }
  }

  /** Approval and drift settings: the platform's policies, tightened by the spec. */
  private EffectiveSettings settings(R resource) {
    if (!(resource.getSpec() instanceof OperationsSpec spec) || spec.getStage() == null) {
      return EffectiveSettings.DEFAULT;
    }
    SpecSettings asked;
    try {
      asked = SpecSettings.of(spec.getApproval(), spec.getDriftInterval(), spec.getDriftPolicy());
    } catch (IllegalArgumentException e) {
      asked = SpecSettings.NONE; // the validators report the malformed interval
    }
    return PolicyEvaluator.settingsFor(
        spec.getStage(), policies.current(), asked, minimumDriftInterval);
  }

  /** Handles deletion; see {@link StackDeletion}. */
  public DeleteControl cleanup(R resource, Context<R> context, Runnable trigger) {
    return deletion.cleanup(resource, context, trigger);
  }
}
