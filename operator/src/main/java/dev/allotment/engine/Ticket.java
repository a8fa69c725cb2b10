package dev.allotment.engine;

import java.time.Instant;

/** One operation submitted to {@link StackOperations}. */
public record Ticket(
    long id, StackRef ref, OperationKind kind, String fingerprint, Instant submitted) {}
