package dev.allotment.status;

import java.time.Duration;

/**
 * Capped exponential backoff for failed operations: {@code initial}, then doubling, never more than
 * {@code max}.
 */
public record Backoff(Duration initial, Duration max) {

  /** The wait after the {@code attempts}-th consecutive failure (1-based). */
  public Duration delayAfter(int attempts) {
    if (attempts <= 1) {
      return min(initial, max);
    }
    // Beyond 2^30 the product would overflow; the cap was reached long before.
    int exponent = Math.min(attempts - 1, 30);
    Duration candidate = initial.multipliedBy(1L << exponent);
    return candidate.isNegative() ? max : min(candidate, max);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
