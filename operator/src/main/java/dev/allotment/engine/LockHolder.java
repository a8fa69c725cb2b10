package dev.allotment.engine;

import java.time.Instant;

/**
 * Who holds a stack's lock, as the state backend records it (the file backend writes the pid, user,
 * host and time of every update into its lock file).
 */
public record LockHolder(long pid, String hostname, Instant since) {}
