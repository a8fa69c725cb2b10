package dev.allotment.engine;

import java.time.Duration;

/**
 * How long each kind of stack operation may run before its Pulumi CLI is killed. A provider that
 * never answers must not hold an operation slot forever.
 *
 * @param up {@code ALLOTMENT_DEADLINE_UP}, default 60m
 * @param preview {@code ALLOTMENT_DEADLINE_PREVIEW}, default 15m
 * @param refresh {@code ALLOTMENT_DEADLINE_REFRESH}, default 30m
 * @param destroy {@code ALLOTMENT_DEADLINE_DESTROY}, default 60m
 * @param housekeeping reading outputs, cancelling a lock, resolving pending operations ({@code
 *     ALLOTMENT_DEADLINE_HOUSEKEEPING}, default 5m)
 */
public record OperationDeadlines(
    Duration up, Duration preview, Duration refresh, Duration destroy, Duration housekeeping) {

  public static final OperationDeadlines DEFAULTS =
      new OperationDeadlines(
          Duration.ofMinutes(60),
          Duration.ofMinutes(15),
          Duration.ofMinutes(30),
          Duration.ofMinutes(60),
          Duration.ofMinutes(5));

  public OperationDeadlines {
    for (Duration d : new Duration[] {up, preview, refresh, destroy, housekeeping}) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("operation deadlines must be positive, got " + d);
      }
    }
  }

  public Duration of(OperationKind kind) {
    return switch (kind) {
      case UP -> up;
      case PREVIEW -> preview;
      case REFRESH -> refresh;
      case DESTROY -> destroy;
    };
  }

  /** The longest deadline: no operation of ours can run longer than this (plus its kill). */
  public Duration longest() {
    Duration longest = housekeeping;
    for (Duration d : new Duration[] {up, preview, refresh, destroy}) {
      if (d.compareTo(longest) > 0) {
        longest = d;
      }
    }
    return longest;
  }
}
