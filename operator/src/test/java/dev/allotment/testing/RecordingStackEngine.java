package dev.allotment.testing;

import dev.allotment.engine.LockHolder;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOutput;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.StackResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Passes every call on to a real engine and records each operation when it starts and again when it
 * ends, so that a test can say "this reconcile ran no Pulumi operation" and mean it: an operation
 * still running counts as run ({@link #started}).
 */
public final class RecordingStackEngine implements StackEngine {

  /** How far an operation that reached the engine has got. */
  public enum State {
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  /** One operation that reached the engine; its state changes when it ends. */
  public static final class Operation {
    private final OperationKind kind;
    private final StackRef ref;
    private volatile State state = State.RUNNING;

    private Operation(OperationKind kind, StackRef ref) {
      this.kind = kind;
      this.ref = ref;
    }

    public OperationKind kind() {
      return kind;
    }

    public StackRef ref() {
      return ref;
    }

    public State state() {
      return state;
    }

    @Override
    public String toString() {
      return kind.value() + " " + ref + " " + state;
    }
  }

  private final StackEngine delegate;
  private final List<Operation> operations = new CopyOnWriteArrayList<>();

  public RecordingStackEngine(StackEngine delegate) {
    this.delegate = delegate;
  }

  /**
   * Operations of the kind that reached the engine for the stack: running ones, failed attempts and
   * successes. The count for "nothing ran" checks.
   */
  public long started(OperationKind kind, StackRef ref) {
    return count(kind, ref, o -> true);
  }

  /** Operations of the kind on the stack that have started and not ended yet. */
  public long running(OperationKind kind, StackRef ref) {
    return count(kind, ref, o -> o.state() == State.RUNNING);
  }

  /** Operations of the kind on the stack that have ended, whichever way. */
  public long finished(OperationKind kind, StackRef ref) {
    return count(kind, ref, o -> o.state() != State.RUNNING);
  }

  /** Operations of the kind that succeeded on the stack. */
  public long succeeded(OperationKind kind, StackRef ref) {
    return count(kind, ref, o -> o.state() == State.SUCCEEDED);
  }

  /**
   * Every operation of any kind that reached the engine for the stack, in the order they started.
   */
  public List<Operation> startedOn(StackRef ref) {
    return operations.stream().filter(o -> o.ref().equals(ref)).toList();
  }

  /** Every operation so far, in the order they started; for failure messages. */
  public List<Operation> operations() {
    return List.copyOf(operations);
  }

  private long count(OperationKind kind, StackRef ref, Predicate<Operation> which) {
    return operations.stream()
        .filter(o -> o.kind() == kind && o.ref().equals(ref))
        .filter(which)
        .count();
  }

  private StackResult record(OperationKind kind, StackRequest request, Call call)
      throws StackOperationException {
    Operation operation = new Operation(kind, request.ref());
    operations.add(operation);
    try {
      StackResult result = call.run();
      operation.state = State.SUCCEEDED;
      return result;
    } catch (StackOperationException | RuntimeException | Error e) {
      operation.state = State.FAILED;
      throw e;
    }
  }

  @FunctionalInterface
  private interface Call {
    StackResult run() throws StackOperationException;
  }

  @Override
  public StackResult up(StackRequest request) throws StackOperationException {
    return record(OperationKind.UP, request, () -> delegate.up(request));
  }

  @Override
  public StackResult preview(StackRequest request) throws StackOperationException {
    return record(OperationKind.PREVIEW, request, () -> delegate.preview(request));
  }

  @Override
  public StackResult refresh(StackRequest request) throws StackOperationException {
    return record(OperationKind.REFRESH, request, () -> delegate.refresh(request));
  }

  @Override
  public StackResult destroy(StackRequest request) throws StackOperationException {
    return record(OperationKind.DESTROY, request, () -> delegate.destroy(request));
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
}
