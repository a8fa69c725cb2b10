package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.DriftPolicy;
import dev.allotment.api.v1alpha1.OperationsSpec;
import java.time.Duration;
import java.util.Optional;

/**
 * How the operator treats one resource's changes: approval, drift check interval, drift policy.
 * Resolved by its kind from the spec and the platform's policies.
 */
public record OperationSettings(
    ApprovalMode approval, Optional<Duration> driftInterval, DriftPolicy driftPolicy) {

  public static final OperationSettings AUTOMATIC =
      new OperationSettings(ApprovalMode.Automatic, Optional.empty(), DriftPolicy.Report);

  /** What the spec alone asks for; the defaults where it says nothing. */
  public static OperationSettings fromSpec(OperationsSpec spec) {
    if (spec == null) {
      return AUTOMATIC;
    }
    return new OperationSettings(
        Optional.ofNullable(spec.getApproval()).orElse(ApprovalMode.Automatic),
        Optional.ofNullable(spec.getDriftInterval()).map(OperationSettings::parseInterval),
        Optional.ofNullable(spec.getDriftPolicy()).orElse(DriftPolicy.Report));
  }

  /** {@code 30s}, {@code 30m} or {@code 6h}, as the CRD's pattern allows. */
  static Duration parseInterval(String text) {
    long amount = Long.parseLong(text.substring(0, text.length() - 1));
    return switch (text.charAt(text.length() - 1)) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }
}
