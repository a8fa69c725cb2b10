package dev.allotment.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Heals stacks left locked by an update that died (a crashed operator, a CLI killed at its
 * deadline): such a lock is cancelled, the update's pending operations resolved, and the operation
 * tried once more, instead of waiting for a human to run {@code pulumi cancel}. A lock is taken
 * only when its holder is provably gone ({@link StaleLocks}); a live one (an old pod still updating
 * during a rolling update, a person's own {@code pulumi up}) is left alone and the operation fails
 * as locked, to be retried with backoff.
 */
public final class LockRecoveringStackEngine implements StackEngine {

  private static final Logger LOG = LoggerFactory.getLogger(LockRecoveringStackEngine.class);

  /** Beyond the longest deadline: the kill of a CLI and the end of its process take this long. */
  static final Duration GRACE = Duration.ofMinutes(5);

  private final StackEngine delegate;
  private final Duration maxLockAge;
  private final StaleLocks.Processes processes;
  private final String hostname;
  private final Clock clock;
  private final Map<StackRef, Instant> lockedSince = new ConcurrentHashMap<>();

  public LockRecoveringStackEngine(StackEngine delegate, OperationDeadlines deadlines) {
    this(delegate, deadlines, LocalHost.processes(), LocalHost.name(), Clock.systemUTC());
  }

  LockRecoveringStackEngine(
      StackEngine delegate,
      OperationDeadlines deadlines,
      StaleLocks.Processes processes,
      String hostname,
      Clock clock) {
    this.delegate = delegate;
    this.maxLockAge = deadlines.longest().plus(GRACE);
    this.processes = processes;
    this.hostname = hostname;
    this.clock = clock;
  }

  @Override
  public StackResult up(StackRequest request) throws StackOperationException {
    return withRecovery(request.ref(), () -> delegate.up(request));
  }

  @Override
  public StackResult preview(StackRequest request) throws StackOperationException {
    return withRecovery(request.ref(), () -> delegate.preview(request));
  }

  @Override
  public StackResult refresh(StackRequest request) throws StackOperationException {
    return withRecovery(request.ref(), () -> delegate.refresh(request));
  }

  @Override
  public StackResult destroy(StackRequest request) throws StackOperationException {
    return withRecovery(request.ref(), () -> delegate.destroy(request));
  }

  @Override
  public Map<String, StackOutput> outputs(StackRef ref) throws StackOperationException {
    return delegate.outputs(ref);
  }

  @Override
  public void cancel(StackRef ref) throws StackOperationException {
    delegate.cancel(ref);
  }

  @Override
  public void resolvePendingOperations(StackRef ref) throws StackOperationException {
    delegate.resolvePendingOperations(ref);
  }

  @Override
  public Optional<List<LockHolder>> lockHolders(StackRef ref) throws StackOperationException {
    return delegate.lockHolders(ref);
  }

  private StackResult withRecovery(StackRef ref, Work work) throws StackOperationException {
    StackResult result;
    try {
      result = work.run();
    } catch (StackOperationException e) {
      if (e.reason() != StackOperationException.Reason.LOCKED) {
        lockedSince.remove(ref);
        throw e;
      }
      Instant now = clock.instant();
      StaleLocks.Verdict verdict =
          StaleLocks.decide(
              delegate.lockHolders(ref),
              lockedSince.computeIfAbsent(ref, r -> now),
              hostname,
              processes,
              now,
              maxLockAge);
      if (!verdict.stale()) {
        throw new StackOperationException(
            StackOperationException.Reason.LOCKED,
            "the stack is locked: " + verdict.explanation() + "; trying again later",
            e);
      }
      LOG.warn("stack {} is locked by an update that is gone ({}); recovering it", ref, verdict);
      delegate.cancel(ref);
      delegate.resolvePendingOperations(ref);
      result = work.run();
    }
    lockedSince.remove(ref);
    return result;
  }
}
