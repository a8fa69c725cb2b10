package dev.allotment.policy;

import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.DriftPolicy;
import dev.allotment.validation.DriftInterval;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a resource's own spec asks for (its approval, drift interval and drift policy, each
 * optional). Policies decide first; these can only tighten the result (see {@link
 * PolicyEvaluator#settingsFor(dev.allotment.api.v1alpha1.Stage, java.util.List, SpecSettings)}).
 */
public record SpecSettings(
    Optional<ApprovalMode> approval,
    Optional<Duration> driftInterval,
    Optional<DriftPolicy> driftPolicy) {

  /** A spec that asks for nothing. */
  public static final SpecSettings NONE =
      new SpecSettings(Optional.empty(), Optional.empty(), Optional.empty());

  public SpecSettings {
    Objects.requireNonNull(approval, "approval");
    Objects.requireNonNull(driftInterval, "driftInterval");
    Objects.requireNonNull(driftPolicy, "driftPolicy");
  }

  /**
   * From the spec's fields as written, each may be null.
   *
   * @throws IllegalArgumentException when {@code driftInterval} is not like {@code 30m} or {@code
   *     6h}: validate the spec first
   */
  public static SpecSettings of(ApprovalMode approval, String driftInterval, DriftPolicy policy) {
    Optional<Duration> interval = DriftInterval.parse(driftInterval);
    if (driftInterval != null && interval.isEmpty()) {
      throw new IllegalArgumentException(
          "driftInterval \""
              + PolicyViolation.abbreviate(driftInterval)
              + "\" is not a number of seconds, minutes or hours like 30m or 6h");
    }
    return new SpecSettings(Optional.ofNullable(approval), interval, Optional.ofNullable(policy));
  }
}
