package dev.allotment.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves forward: from {@code start} (or the system's time), running at the system
 * clock's pace, plus whatever the test has {@link #advance advanced} it by. Lets a test reach a
 * deadline of minutes in no time without stopping the clock the rest of the operator reads.
 */
public final class MovableClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset;

  private MovableClock(Clock base, Duration offset) {
    this.base = base;
    this.offset = new AtomicReference<>(offset);
  }

  /** The system's time, until the test moves it. */
  public static MovableClock system() {
    return new MovableClock(Clock.systemUTC(), Duration.ZERO);
  }

  /** A clock that stands still at {@code start} until the test moves it. */
  public static MovableClock fixedAt(Instant start) {
    return new MovableClock(Clock.fixed(start, ZoneOffset.UTC), Duration.ZERO);
  }

  /** Moves the clock forward. */
  public void advance(Duration by) {
    offset.updateAndGet(o -> o.plus(by));
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
