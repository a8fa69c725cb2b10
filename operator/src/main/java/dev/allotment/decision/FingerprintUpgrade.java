package dev.allotment.decision;

import java.util.Optional;

/**
 * Whether the applied fingerprint in status is the one an earlier operator computed for the inputs
 * of today (from the model's {@code toString()}, before fingerprints came from canonical text): the
 * stack is up to date, and status takes the new form instead of every stack running {@code up} once
 * after an upgrade. Pure.
 */
public final class FingerprintUpgrade {

  private FingerprintUpgrade() {}

  /**
   * @return the fingerprint to record as applied, when {@code applied} is {@code legacy}'s old form
   */
  public static Optional<String> upgrade(String applied, String legacy, String current) {
    return applied != null && !applied.equals(current) && applied.equals(legacy)
        ? Optional.of(current)
        : Optional.empty();
  }
}
