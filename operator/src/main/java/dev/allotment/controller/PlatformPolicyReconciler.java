package dev.allotment.controller;

import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicyStatus;
import dev.allotment.policy.PolicyReview;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import dev.allotment.validation.SpecProblem;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes each PlatformPolicy's status: whether the operator applies it as written ({@code Ready},
 * reason {@code Accepted} or {@code InvalidPolicy} naming each value it cannot apply) and the rules
 * it carries (see {@link PolicyReview}). The policies themselves are applied where resources are
 * decided, through {@code PolicySource}; this only reports.
 */
@ControllerConfiguration(name = PlatformPolicyReconciler.NAME)
public final class PlatformPolicyReconciler implements Reconciler<PlatformPolicy> {

  public static final String NAME = "platformpolicy";

  private final Clock clock;

  public PlatformPolicyReconciler(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UpdateControl<PlatformPolicy> reconcile(
      PlatformPolicy policy, Context<PlatformPolicy> context) {
    PlatformPolicyStatus status = status(policy, PolicyReview.of(policy), clock.instant());
    if (!status.equals(policy.getStatus())) {
      // An update of the status subresource at the resource's version, as the other kinds write
      // theirs; JOSDK's patchStatus is refused (422) for a policy that has no status yet.
      PrimaryUpdateAndCacheUtils.updateStatusAndCacheResource(
          policy,
          context,
          p -> {
            p.setStatus(status);
            return p;
          });
    }
    return UpdateControl.noUpdate();
  }

  /** The status {@code review} gives the policy; the Ready condition keeps its transition time. */
  static PlatformPolicyStatus status(PlatformPolicy policy, PolicyReview review, Instant now) {
    PlatformPolicyStatus status = new PlatformPolicyStatus();
    Optional.ofNullable(policy.getStatus())
        .ifPresent(s -> status.setConditions(new ArrayList<>(s.getConditions())));
    Long generation = policy.getMetadata().getGeneration();
    status.setObservedGeneration(generation);
    status.setRules(new ArrayList<>(review.rules()));
    if (review.accepted()) {
      Conditions.set(
          status.getConditions(),
          ConditionType.READY,
          true,
          Reason.ACCEPTED,
          review.rules().isEmpty()
              ? "applied; it sets no rule"
              : "applied: " + String.join(", ", review.rules()),
          generation,
          now);
    } else {
      Conditions.set(
          status.getConditions(),
          ConditionType.READY,
          false,
          Reason.INVALID_POLICY,
          review.problems().stream().map(SpecProblem::toString).collect(Collectors.joining("; ")),
          generation,
          now);
    }
    return status;
  }
}
