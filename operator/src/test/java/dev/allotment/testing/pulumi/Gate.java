package dev.allotment.testing.pulumi;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds emulated provider calls until a test releases them, so a test can act while an update is
 * provably in flight (its lock held, its pending operation journaled). Waits are bounded so a
 * forgotten gate cannot hang a build forever.
 */
public final class Gate {

  private static final Duration MAX_HOLD = Duration.ofMinutes(5);

  private final CountDownLatch reached = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);

  /** True once a provider call is waiting at (or went through) the gate. */
  public boolean isReached() {
    return reached.getCount() == 0;
  }

  public boolean awaitReached(Duration timeout) throws InterruptedException {
    return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Lets every held and future call through. */
  public void release() {
    released.countDown();
  }

  public boolean isReleased() {
    return released.getCount() == 0;
  }

  void pass() {
    reached.countDown();
    try {
      if (!released.await(MAX_HOLD.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("gate held for more than " + MAX_HOLD);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted at a gate", e);
    }
  }
}
