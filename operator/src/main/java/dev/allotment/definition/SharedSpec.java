package dev.allotment.definition;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.OperationsSpec;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.policy.EffectiveSettings;
import dev.allotment.policy.PolicyEvaluator;
import dev.allotment.policy.SpecSettings;
import io.fabric8.kubernetes.client.CustomResource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The spec fields every stack-backed kind shares (team, stage, deletion policy, and the steering
 * fields approval and drift), read in this one place, also from a spec that no longer validates.
 *
 * @param deletionPolicy the spec's; when it does not say, the stage's default; with no stage
 *     either, Retain: nothing is destroyed that we cannot be sure the user meant to destroy
 * @param steering approval and drift as the spec asks for them; none when malformed (the validators
 *     report that)
 */
public record SharedSpec(
    Optional<String> team,
    Optional<Stage> stage,
    DeletionPolicy deletionPolicy,
    SpecSettings steering) {

  public static SharedSpec of(CustomResource<?, ?> resource) {
    if (!(resource.getSpec() instanceof OperationsSpec spec)) {
      return new SharedSpec(
          Optional.empty(), Optional.empty(), DeletionPolicy.Retain, SpecSettings.NONE);
    }
    Optional<Stage> stage = Optional.ofNullable(spec.getStage());
    DeletionPolicy deletion =
        Optional.ofNullable(spec.getDeletionPolicy())
            .or(() -> stage.map(DeletionPolicy::defaultFor))
            .orElse(DeletionPolicy.Retain);
    SpecSettings steering;
    try {
      steering =
          SpecSettings.of(spec.getApproval(), spec.getDriftInterval(), spec.getDriftPolicy());
    } catch (IllegalArgumentException e) {
      steering = SpecSettings.NONE; // the validators report the malformed interval
    }
    return new SharedSpec(Optional.ofNullable(spec.getTeam()), stage, deletion, steering);
  }

  /** The stage as labels and status write it, e.g. {@code production}. */
  public Optional<String> stageValue() {
    return stage.map(Stage::value);
  }

  /** Approval and drift settings: the platform's policies for the stage, tightened by the spec. */
  public EffectiveSettings settings(List<PlatformPolicy> policies, Duration minimumDriftInterval) {
    return stage
        .map(s -> PolicyEvaluator.settingsFor(s, policies, steering, minimumDriftInterval))
        .orElse(EffectiveSettings.DEFAULT);
  }
}
