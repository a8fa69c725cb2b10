package dev.allotment.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs stack operations on a bounded executor, at most one per stack, so that reconcile threads
 * only ever submit and read. Queued operations are served namespace by namespace in turn ({@link
 * FairQueue}), so one team's flood of updates does not hold up another team's. A finished operation
 * stays here until the reconciler acknowledges it after recording it in status; {@code onFinish}
 * tells the reconciler to come and look.
 */
public final class StackOperations implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StackOperations.class);

  /** One submitted operation. */
  public record Ticket(
      long id, StackRef ref, OperationKind kind, String fingerprint, Instant submitted) {}

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

  /** The operation itself, run on the executor. */
  @FunctionalInterface
  public interface Work {
    StackResult run() throws StackOperationException;
  }

  private final ThreadPoolExecutor executor;
  private final Clock clock;
  private final ConcurrentMap<StackRef, Ticket> inFlight = new ConcurrentHashMap<>();
  private final ConcurrentMap<StackRef, Instant> started = new ConcurrentHashMap<>();
  private final ConcurrentMap<StackRef, Outcome> finished = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final AtomicInteger running = new AtomicInteger();

  public StackOperations(int concurrency, Clock clock) {
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            concurrency,
            concurrency,
            0,
            TimeUnit.MILLISECONDS,
            new FairQueue(),
            r -> {
              Thread t = new Thread(r, "stack-operation-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.clock = clock;
  }

  /**
   * Queues {@code work} unless an operation on the same stack is queued, running, or finished but
   * not yet acknowledged.
   *
   * @return the new ticket, or empty when the stack is busy
   */
  public synchronized Optional<Ticket> submit(
      StackRef ref, OperationKind kind, String fingerprint, Work work, Runnable onFinish) {
    if (inFlight.containsKey(ref) || finished.containsKey(ref)) {
      return Optional.empty();
    }
    Ticket ticket = new Ticket(ids.incrementAndGet(), ref, kind, fingerprint, clock.instant());
    inFlight.put(ref, ticket);
    executor.execute(
        new FairQueue.Fair() {
          @Override
          public String namespace() {
            return ref.namespace();
          }

          @Override
          public void run() {
            execute(ticket, work, onFinish);
          }
        });
    return Optional.of(ticket);
  }

  private void execute(Ticket ticket, Work work, Runnable onFinish) {
    Instant start = clock.instant();
    started.put(ticket.ref(), start);
    running.incrementAndGet();
    Outcome outcome;
    try {
      outcome = new Outcome(ticket, start, Optional.of(work.run()), Optional.empty());
    } catch (StackOperationException e) {
      outcome = new Outcome(ticket, start, Optional.empty(), Optional.of(e));
    } catch (RuntimeException e) {
      LOG.error("{} on stack {} failed unexpectedly", ticket.kind().value(), ticket.ref(), e);
      outcome =
          new Outcome(
              ticket,
              start,
              Optional.empty(),
              Optional.of(
                  new StackOperationException(
                      StackOperationException.Reason.UNAVAILABLE,
                      "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                      e)));
    } finally {
      running.decrementAndGet();
    }
    synchronized (this) {
      finished.put(ticket.ref(), outcome);
      inFlight.remove(ticket.ref());
      started.remove(ticket.ref());
    }
    onFinish.run();
  }

  /** The queued or running operation on the stack, if any. */
  public Optional<Ticket> inFlight(StackRef ref) {
    return Optional.ofNullable(inFlight.get(ref));
  }

  /** The finished, not yet acknowledged operation on the stack, if any. */
  public Optional<Outcome> finished(StackRef ref) {
    return Optional.ofNullable(finished.get(ref));
  }

  /** Forgets a finished operation once its outcome is recorded; frees the stack. */
  public void acknowledge(Outcome outcome) {
    finished.remove(outcome.ticket().ref(), outcome);
  }

  /**
   * An operation that has run longer than its kind's deadline plus {@code grace}: its CLI should
   * have been killed at the deadline, so the slot it holds is wedged (a kill that did not work, a
   * thread stuck outside the CLI). Empty when every slot is healthy.
   */
  public Optional<Ticket> wedged(OperationDeadlines deadlines, Duration grace) {
    Instant now = clock.instant();
    for (Ticket ticket : inFlight.values()) {
      Instant start = started.get(ticket.ref());
      if (start != null
          && Duration.between(start, now).compareTo(deadlines.of(ticket.kind()).plus(grace)) > 0) {
        return Optional.of(ticket);
      }
    }
    return Optional.empty();
  }

  /** Operations running now. */
  public int running() {
    return running.get();
  }

  /** Operations waiting for a slot. */
  public int queued() {
    return executor.getQueue().size();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
