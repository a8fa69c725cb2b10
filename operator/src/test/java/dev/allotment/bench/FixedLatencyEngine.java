package dev.allotment.bench;

import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOutput;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.StackResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An engine whose every operation takes exactly {@code latency}, as the benchmark's model of a
 * Pulumi update. Sleeping here is the point: it is the operation's duration, on an operation
 * thread, never on a reconcile thread.
 */
final class FixedLatencyEngine implements StackEngine {

  private final Duration latency;
  final AtomicLong started = new AtomicLong();

  FixedLatencyEngine(Duration latency) {
    this.latency = latency;
  }

  @Override
  public StackResult up(StackRequest request) throws StackOperationException {
    return run(OperationKind.UP);
  }

  @Override
  public StackResult preview(StackRequest request) throws StackOperationException {
    return run(OperationKind.PREVIEW);
  }

  @Override
  public StackResult refresh(StackRequest request) throws StackOperationException {
    return run(OperationKind.REFRESH);
  }

  @Override
  public StackResult destroy(StackRequest request) throws StackOperationException {
    return run(OperationKind.DESTROY);
  }

  @Override
  public Map<String, StackOutput> outputs(StackRef ref) {
    return Map.of();
  }

  @Override
  public void cancel(StackRef ref) {}

  private StackResult run(OperationKind kind) throws StackOperationException {
    started.incrementAndGet();
    Instant start = Instant.now();
    try {
      Thread.sleep(latency.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackOperationException(StackOperationException.Reason.UNAVAILABLE, "interrupted");
    }
    return new StackResult(
        kind,
        start,
        Instant.now(),
        Map.of("create", 1),
        Map.of("namespace", StackOutput.plain("ns"), "kubeconfig", StackOutput.secret("k")));
  }
}
