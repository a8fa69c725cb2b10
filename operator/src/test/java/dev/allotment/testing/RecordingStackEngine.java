package dev.allotment.testing;

import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOutput;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.StackResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Passes every call on to a real engine and records which operations reached it, so that a test can
 * say "this reconcile ran no Pulumi operation".
 */
public final class RecordingStackEngine implements StackEngine {

  /** One operation that reached the engine, and whether it succeeded. */
  public record Operation(OperationKind kind, StackRef ref, boolean succeeded) {}

  private final StackEngine delegate;
  private final List<Operation> operations = new CopyOnWriteArrayList<>();

  public RecordingStackEngine(StackEngine delegate) {
    this.delegate = delegate;
  }

  /** Operations of the kind that reached the engine for the stack, failed attempts included. */
  public long count(OperationKind kind, StackRef ref) {
    return operations.stream().filter(o -> o.kind() == kind && o.ref().equals(ref)).count();
  }

  /** Operations of the kind that succeeded on the stack. */
  public long succeeded(OperationKind kind, StackRef ref) {
    return operations.stream()
        .filter(o -> o.kind() == kind && o.ref().equals(ref) && o.succeeded())
        .count();
  }

  private StackResult record(OperationKind kind, StackRequest request, Call operation)
      throws StackOperationException {
    try {
      StackResult result = operation.run();
      operations.add(new Operation(kind, request.ref(), true));
      return result;
    } catch (StackOperationException | RuntimeException e) {
      operations.add(new Operation(kind, request.ref(), false));
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
}
