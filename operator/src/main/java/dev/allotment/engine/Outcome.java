package dev.allotment.engine;

import java.time.Instant;
import java.util.Optional;

/** A finished operation: a result or a failure, never both. */
public record Outcome(
    Ticket ticket,
    Instant started,
    Optional<StackResult> result,
    Optional<StackOperationException> failure) {

  public boolean succeeded() {
    return result.isPresent();
  }
}
