package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.Annotations;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.decision.FingerprintUpgrade;
import dev.allotment.decision.PauseDecision;
import dev.allotment.decision.UpdateDecision;
import dev.allotment.definition.NamespaceRoom;
import dev.allotment.definition.StackDefinition;
import dev.allotment.definition.StackDefinition.Prepared;
import dev.allotment.definition.WaitingException;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.Outcome;
import dev.allotment.engine.StackRef;
import dev.allotment.policy.EffectiveSettings;
import dev.allotment.publish.OutputsSecret;
import dev.allotment.publish.PublishingStep;
import dev.allotment.status.Reason;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of one kind's stacks. A reconcile reads top to bottom: <b>observe</b> (the
 * resource, the operation that finished, the informer caches), <b>decide</b> (pure functions in
 * {@code decision}), <b>act</b> (record and publish, submit the next operation, claim names), and
 * <b>write status once</b>. It never waits for Pulumi: operations run on {@link
 * dev.allotment.engine.StackOperations} and their completion triggers the next reconcile through
 * {@code trigger}. Deletion is {@link StackCleanup}.
 */
public final class StackLifecycle<R extends CustomResource<?, StackResourceStatus>> {

  private static final Logger LOG = LoggerFactory.getLogger(StackLifecycle.class);

  private final StackDefinition<R> definition;
  private final Lifecycles shared;
  private final OutcomeRecorder<R> outcomes;
  private final StatusWriter<R> writer;
  private final Updates<R> updates;
  private final StackCleanup<R> cleanup;

  StackLifecycle(StackDefinition<R> definition, PublishingStep<R> publishing, Lifecycles shared) {
    this.definition = definition;
    this.shared = shared;
    this.outcomes = new OutcomeRecorder<>(definition, publishing, shared.secrets, shared.metrics);
    this.writer = new StatusWriter<>(definition.kindLabel(), shared.metrics);
    this.updates = new Updates<>(shared);
    this.cleanup = new StackCleanup<>(definition, publishing, outcomes, writer, shared);
  }

  /** Reconciles a live resource. {@code trigger} asks for another reconcile of it. */
  public UpdateControl<R> reconcile(R resource, ResourceAccess<R> access, Runnable trigger) {
    Observation seen = Observation.of(definition, resource, shared);
    EffectiveSettings settings = seen.settings();
    Optional<Outcome> finished = seen.finished();
    Report<R> report = shared.report(resource, writer);
    // Act on what finished first: every decision below reads the status it leaves.
    Optional<Duration> backoff =
        finished.flatMap(o -> outcomes.record(resource, o, settings, report));
    Duration next = decideAndAct(resource, seen, report, access, trigger);
    report.write(access);
    finished.ifPresent(shared.operations::acknowledge);
    Duration reschedule = backoff.filter(b -> b.compareTo(next) < 0).orElse(next);
    return UpdateControl.<R>noUpdate().rescheduleAfter(reschedule);
  }

  /** Handles deletion; see {@link StackCleanup}. {@code dependants} still use the resource. */
  public DeleteControl cleanup(
      R resource, List<String> dependants, ResourceAccess<R> access, Runnable trigger) {
    return cleanup.cleanup(resource, dependants, access, trigger);
  }

  /** Decides what the resource needs and starts it; returns when to look again. */
  private Duration decideAndAct(
      R resource, Observation seen, Report<R> report, ResourceAccess<R> access, Runnable trigger) {
    StackRef ref = seen.ref();
    EffectiveSettings settings = seen.settings();
    Optional<Outcome> finished = seen.finished();
    StackResourceStatus status = report.status();
    // Right after publishing, the Secret informer may not have seen our own write yet.
    boolean outputsLost = finished.isEmpty() && outputsLost(status, access);
    var pause =
        PauseDecision.decide(
            Annotations.of(resource, Annotations.PAUSED)
                .filter("true"::equalsIgnoreCase)
                .isPresent(),
            settings.pauseForbidden(),
            Boolean.TRUE.equals(status.getPaused()));
    if (pause.refused()) {
      report.pauseRefused(Annotations.PAUSED);
    }
    switch (pause.action()) {
      case PAUSE -> {
        report.paused(pause.firstTime());
        return shared.resync;
      }
      case RESUME -> report.resumed();
      case RUN -> {}
    }
    Optional<Prepared> prepared;
    String problems = null;
    String stallReason = Reason.INVALID_SPEC;
    try {
      prepared = Optional.of(definition.prepare(resource));
      NamespaceRoom.check(resource, access.othersInNamespace(resource), shared.policies);
    } catch (InvalidSpecException e) {
      prepared = Optional.empty();
      problems = e.getMessage();
      stallReason = e.reason();
    } catch (WaitingException e) {
      if (shared.operations.inFlight(ref).isEmpty()) {
        report.waiting(e.reason(), e.getMessage());
      }
      return shared.resync;
    }
    if (prepared.isPresent()) {
      // Every derived name has one owner: claimed (once; then the informer's cache answers)
      // before anything is created under it.
      Prepared p = prepared.get();
      Optional<String> claimed = shared.claims.acquire(resource, p.team(), p.stage(), p.names());
      // Names the spec no longer derives go, once no stack can hold them (ClaimRelease).
      shared.claims.releaseUnderived(resource, p.names(), upSucceeded(finished, p.fingerprint()));
      if (claimed.isPresent()) {
        prepared = Optional.empty();
        problems = claimed.get();
        stallReason = Reason.NAME_CLAIMED;
      }
    }
    Optional<Prepared> valid = prepared;
    Optional.ofNullable(status.getStack())
        .flatMap(
            s ->
                valid.flatMap(
                    p ->
                        FingerprintUpgrade.upgrade(
                            s.getAppliedFingerprint(), p.legacyFingerprint(), p.fingerprint())))
        .ifPresent(report::fingerprintUpgraded);
    var decision =
        UpdateDecision.decide(
            status,
            prepared.map(Prepared::fingerprint),
            shared.operations.inFlight(ref).isPresent(),
            outputsLost,
            report.now());
    LOG.debug(
        "{} {}/{} generation {}: {}",
        resource.getKind(),
        resource.getMetadata().getNamespace(),
        resource.getMetadata().getName(),
        resource.getMetadata().getGeneration(),
        decision);
    return switch (decision.action()) {
      case WAIT_FOR_OPERATION -> shared.resync;
      case STALL -> {
        report.stalled(stallReason, problems);
        yield shared.resync;
      }
      case UP_TO_DATE -> {
        report.upToDate();
        yield updates.checkDrift(ref, settings, prepared.orElseThrow(), report, finished, trigger);
      }
      case WAIT_FOR_BACKOFF -> decision.delay();
      case UP ->
          updates.update(
              resource,
              ref,
              seen.spec(),
              settings,
              prepared.orElseThrow(),
              report,
              finished,
              trigger);
    };
  }

  /** Whether the operation that just finished is a successful up of exactly this program. */
  private static boolean upSucceeded(Optional<Outcome> finished, String fingerprint) {
    return finished
        .filter(o -> o.ticket().kind() == OperationKind.UP && o.succeeded())
        .filter(o -> o.ticket().fingerprint().equals(fingerprint))
        .isPresent();
  }

  /**
   * Whether the outputs Secret this resource published was deleted or edited since: an up (which
   * changes nothing when the stack is in sync) publishes it again.
   */
  private static <R> boolean outputsLost(StackResourceStatus status, ResourceAccess<R> access) {
    if (status.getOutputsSecretRef() == null || status.getOutputsSecretRef().getDigest() == null) {
      return false; // never published, or by an operator that kept no digest
    }
    String name = status.getOutputsSecretRef().getName();
    Optional<Secret> secret = access.outputsSecret(name);
    return secret.isEmpty()
        || !status.getOutputsSecretRef().getDigest().equals(OutputsSecret.digest(secret.get()));
  }
}
