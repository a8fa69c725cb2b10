package dev.allotment.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port through which reconcilers drive Pulumi. Every method blocks for the whole operation, so
 * callers run them on {@link StackOperations}, never on a reconcile thread. Implementations must
 * allow operations on different stacks at the same time; callers never run two on one stack.
 */
public interface StackEngine {

  /** Creates or updates the stack's resources to match the program. */
  StackResult up(StackRequest request) throws StackOperationException;

  /** Computes what {@link #up} would change, without changing anything. */
  StackResult preview(StackRequest request) throws StackOperationException;

  /** Reads the real state of the stack's resources into its state. */
  StackResult refresh(StackRequest request) throws StackOperationException;

  /** Deletes every resource of the stack; the stack itself (its history) remains. */
  StackResult destroy(StackRequest request) throws StackOperationException;

  /** The stack's current outputs, secret ones included. */
  Map<String, StackOutput> outputs(StackRef ref) throws StackOperationException;

  /**
   * Releases the lock of an update that will never finish (its operator crashed), so the next
   * operation can run. Never call it while this process runs an operation on the stack.
   */
  void cancel(StackRef ref) throws StackOperationException;

  /**
   * Resolves the pending operations an update that died left behind, adopting what it may have
   * created where that can be done safely, so that the next update creates nothing twice. Call it
   * after {@link #cancel}, never while this process runs an operation on the stack.
   */
  default void resolvePendingOperations(StackRef ref) throws StackOperationException {}

  /**
   * Who holds the stack's lock, as the backend records it: an empty list when nobody does, empty
   * when the backend does not say (only the file backend does).
   */
  default Optional<List<LockHolder>> lockHolders(StackRef ref) throws StackOperationException {
    return Optional.empty();
  }
}
