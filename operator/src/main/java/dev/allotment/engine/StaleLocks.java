package dev.allotment.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether a stack's lock may be taken from its holders: only when every holder is provably gone. A
 * pure decision; {@link LockRecoveringStackEngine} acts on it.
 *
 * <ul>
 *   <li>A holder on this host is gone when no process with its pid runs, or the process that has
 *       the pid now started after the lock was taken (the pid was reused, e.g. in a restarted
 *       container).
 *   <li>A holder on another host (an old pod during a rolling update, a person's laptop) cannot be
 *       asked; it is gone only when the lock is older than the longest operation may run plus a
 *       grace: every operation of ours is killed at its deadline.
 *   <li>With no holder known (a backend that does not say), the same age rule applies to how long
 *       the operator has seen the stack locked.
 * </ul>
 */
public final class StaleLocks {

  /** What this process knows about processes on its own host. */
  public interface Processes {
    /** When the process with this pid started; empty when none runs. */
    Optional<Instant> startOf(long pid);
  }

  /** The verdict: take the lock, or leave it and say who holds it. */
  public record Verdict(boolean stale, String explanation) {}

  private StaleLocks() {}

  /**
   * @param holders the lock's holders; empty when the backend does not say
   * @param lockedSince when the operator first met this lock (for backends that do not say)
   * @param maxAge the longest an operation of ours can hold a lock
   */
  public static Verdict decide(
      Optional<List<LockHolder>> holders,
      Instant lockedSince,
      String thisHost,
      Processes processes,
      Instant now,
      Duration maxAge) {
    if (holders.isEmpty()) {
      Duration age = Duration.between(lockedSince, now);
      return age.compareTo(maxAge) > 0
          ? new Verdict(true, "locked for " + age.toMinutes() + "m, longer than any operation runs")
          : new Verdict(
              false,
              "the backend does not say who holds the lock; it is taken only after "
                  + maxAge.toMinutes()
                  + "m");
    }
    if (holders.get().isEmpty()) {
      return new Verdict(true, "the lock has no holder left");
    }
    for (LockHolder holder : holders.get()) {
      String who = "pid " + holder.pid() + " on " + holder.hostname() + " since " + holder.since();
      if (holder.hostname().equals(thisHost)) {
        Optional<Instant> started = processes.startOf(holder.pid());
        // A process that started after the lock was taken reuses the pid: not the holder. The
        // lock's time and the process's start are both to the second or better; allow a second.
        if (started.isPresent() && !started.get().isAfter(holder.since().plusSeconds(1))) {
          return new Verdict(false, "held by a running update (" + who + ")");
        }
      } else if (Duration.between(holder.since(), now).compareTo(maxAge) <= 0) {
        return new Verdict(
            false,
            "held by "
                + who
                + ", another host that may still be updating; it is taken only after "
                + maxAge.toMinutes()
                + "m");
      }
    }
    return new Verdict(true, "every holder is gone");
  }
}
