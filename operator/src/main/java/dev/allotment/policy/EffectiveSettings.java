package dev.allotment.policy;

import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.DriftPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.StageSettingsSpec;
import dev.allotment.validation.DriftInterval;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How a resource's changes are approved and its drift handled, after policies and its own spec.
 * Without any policy or spec setting: Automatic, no periodic drift check, Report.
 *
 * @param approval Automatic or Manual
 * @param driftInterval how often to check for drift; empty: never periodically. Never below {@link
 *     DriftInterval#MINIMUM}.
 * @param driftPolicy Report or Correct
 * @param retainRequired a policy requires Retain on deletion for the stage
 * @param pauseForbidden a policy forbids pausing resources of the stage
 */
public record EffectiveSettings(
    ApprovalMode approval,
    Optional<Duration> driftInterval,
    DriftPolicy driftPolicy,
    boolean retainRequired,
    boolean pauseForbidden) {

  /** What applies when neither a policy nor the spec says anything. */
  public static final EffectiveSettings DEFAULT =
      new EffectiveSettings(ApprovalMode.Automatic, Optional.empty(), DriftPolicy.Report);

  /** Settings that neither require Retain nor forbid pause. */
  public EffectiveSettings(
      ApprovalMode approval, Optional<Duration> driftInterval, DriftPolicy driftPolicy) {
    this(approval, driftInterval, driftPolicy, false, false);
  }

  public EffectiveSettings {
    Objects.requireNonNull(approval, "approval");
    Objects.requireNonNull(driftInterval, "driftInterval");
    Objects.requireNonNull(driftPolicy, "driftPolicy");
  }

  public boolean manualApproval() {
    return approval == ApprovalMode.Manual;
  }

  /** The stricter of each setting: see {@link PolicyEvaluator#settingsFor}. */
  static EffectiveSettings combine(
      Stage stage, List<PlatformPolicySpec> policies, SpecSettings spec, Duration minimum) {
    List<StageSettingsSpec> settings =
        policies.stream()
            .flatMap(p -> Optional.ofNullable(p.getDefaults()).stream())
            .flatMap(d -> d.forStage(stage).stream())
            .toList();
    boolean forced =
        policies.stream()
            .anyMatch(
                p ->
                    p.getRequireManualApprovalFor() != null
                        && p.getRequireManualApprovalFor().contains(stage));
    boolean manual =
        forced
            || Stream.concat(
                    settings.stream().map(StageSettingsSpec::getApproval), spec.approval().stream())
                .anyMatch(a -> a == ApprovalMode.Manual);
    // A malformed interval in a policy (only possible around the CRD's schema) is skipped.
    Optional<Duration> interval =
        Stream.concat(
                settings.stream().flatMap(s -> DriftInterval.parse(s.getDriftInterval()).stream()),
                spec.driftInterval().stream())
            .min(Duration::compareTo)
            .map(d -> d.compareTo(minimum) < 0 ? minimum : d);
    boolean correct =
        Stream.concat(
                settings.stream().map(StageSettingsSpec::getDriftPolicy),
                spec.driftPolicy().stream())
            .anyMatch(p -> p == DriftPolicy.Correct);
    return new EffectiveSettings(
        manual ? ApprovalMode.Manual : ApprovalMode.Automatic,
        interval,
        correct ? DriftPolicy.Correct : DriftPolicy.Report,
        policies.stream()
            .anyMatch(
                p -> p.getRequireRetainFor() != null && p.getRequireRetainFor().contains(stage)),
        policies.stream()
            .anyMatch(p -> p.getForbidPauseFor() != null && p.getForbidPauseFor().contains(stage)));
  }
}
