package dev.allotment.engine;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Heals stacks left locked by a crashed operator. The operator runs at most one operation per stack
 * (see {@link StackOperations}) and only one operator is active (leader election), so a lock met by
 * an operation of ours can only belong to an update that died with its process. Such a lock is
 * cancelled and the operation tried once more, instead of waiting for a human to run {@code pulumi
 * cancel}.
 */
public final class LockRecoveringStackEngine implements StackEngine {

  private static final Logger LOG = LoggerFactory.getLogger(LockRecoveringStackEngine.class);

  private final StackEngine delegate;

  public LockRecoveringStackEngine(StackEngine delegate) {
    this.delegate = delegate;
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

  private StackResult withRecovery(StackRef ref, StackOperations.Work work)
      throws StackOperationException {
    try {
      return work.run();
    } catch (StackOperationException e) {
      if (e.reason() != StackOperationException.Reason.LOCKED) {
        throw e;
      }
      LOG.warn("stack {} is locked by an update that is no longer running; cancelling it", ref);
      delegate.cancel(ref);
      delegate.resolvePendingOperations(ref);
      return work.run();
    }
  }
}
