package dev.allotment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The liveness probe's question: is an operation slot held past its deadline? */
class StackOperationsWedgeTest {

  private static final OperationDeadlines DEADLINES =
      new OperationDeadlines(
          Duration.ofMinutes(60),
          Duration.ofMinutes(15),
          Duration.ofMinutes(30),
          Duration.ofMinutes(60),
          Duration.ofMinutes(5));
  private static final Duration GRACE = Duration.ofMinutes(2);

  @Test
  void aSlotHeldPastItsKindsDeadlineAndTheGraceIsWedged() {
    MovableClock clock = MovableClock.fixedAt(Instant.parse("2026-11-29T12:00:00Z"));
    CountDownLatch stuck = new CountDownLatch(1);
    try (var operations = new StackOperations(2, clock)) {
      StackRef ref = StackRef.of("allotment-teamenvironment", "team-a", "env");
      operations.submit(
          ref,
          OperationKind.REFRESH,
          "f",
          () -> {
            awaitQuietly(stuck);
            throw new StackOperationException(StackOperationException.Reason.FAILED, "released");
          },
          () -> {});
      await().atMost(Duration.ofSeconds(10)).until(() -> operations.running() == 1);

      clock.advance(Duration.ofMinutes(31));
      assertThat(operations.wedged(DEADLINES, GRACE)).as("within the grace").isEmpty();

      clock.advance(Duration.ofMinutes(2));
      assertThat(operations.wedged(DEADLINES, GRACE))
          .hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(OperationKind.REFRESH));
    } finally {
      stuck.countDown();
    }
  }

  @Test
  void aQueuedOperationIsNeverWedged() {
    MovableClock clock = MovableClock.fixedAt(Instant.parse("2026-11-29T12:00:00Z"));
    CountDownLatch stuck = new CountDownLatch(1);
    try (var operations = new StackOperations(1, clock)) {
      for (String name : new String[] {"running", "queued"}) {
        operations.submit(
            StackRef.of("allotment-teamenvironment", "team-a", name),
            OperationKind.UP,
            "f",
            () -> {
              awaitQuietly(stuck);
              throw new StackOperationException(StackOperationException.Reason.FAILED, "x");
            },
            () -> {});
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> operations.queued() == 1);

      clock.advance(Duration.ofMinutes(61));
      assertThat(operations.wedged(DEADLINES, GRACE)).isEmpty();
      clock.advance(Duration.ofMinutes(2));
      assertThat(operations.wedged(DEADLINES, GRACE))
          .hasValueSatisfying(t -> assertThat(t.ref().stack()).endsWith("running"));
    } finally {
      stuck.countDown();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
