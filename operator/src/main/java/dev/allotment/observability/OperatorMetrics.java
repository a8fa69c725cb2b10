package dev.allotment.observability;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.engine.StackOperations;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operator's own metrics, next to JOSDK's reconcile metrics in the same registry:
 *
 * <ul>
 *   <li>{@code allotment_stack_operations_seconds{kind,operation,result}}: Pulumi operations and
 *       their durations;
 *   <li>{@code allotment_stack_operations_running} and {@code ..._queued}: the executor's load;
 *   <li>{@code allotment_resources{kind,state}}: resources by condition (ready, reconciling,
 *       stalled, waiting);
 *   <li>{@code allotment_drifted_resources{kind}}: resources whose last drift check found drift;
 *   <li>{@code allotment_events_total{kind,reason}}: what happened, by stable reason.
 * </ul>
 */
public final class OperatorMetrics {

  /** A resource's state as dashboards show it, derived from its conditions. */
  public enum State {
    READY,
    RECONCILING,
    STALLED,
    UNKNOWN;

    static State of(StackResourceStatus status) {
      if (status == null) {
        return UNKNOWN;
      }
      if (Conditions.isTrue(status.getConditions(), ConditionType.STALLED)) {
        return STALLED;
      }
      if (Conditions.isTrue(status.getConditions(), ConditionType.READY)) {
        return READY;
      }
      if (Conditions.isTrue(status.getConditions(), ConditionType.RECONCILING)) {
        return RECONCILING;
      }
      return UNKNOWN;
    }
  }

  private final MeterRegistry registry;
  private final Map<String, State> states = new ConcurrentHashMap<>();
  private final Map<String, Boolean> drifted = new ConcurrentHashMap<>();

  public OperatorMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (String kind : List.of("teamenvironment", "cluster")) {
      for (State state : State.values()) {
        Gauge.builder("allotment.resources", () -> count(kind, state))
            .description("Allotment resources by kind and state")
            .tag("kind", kind)
            .tag("state", state.name().toLowerCase(Locale.ROOT))
            .register(registry);
      }
      Gauge.builder("allotment.drifted.resources", () -> driftedCount(kind))
          .description("Resources whose last drift check found drift")
          .tag("kind", kind)
          .register(registry);
    }
  }

  private long driftedCount(String kind) {
    String prefix = kind + "/";
    return drifted.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && e.getValue())
        .count();
  }

  /** Publishes the executor's load. */
  public void watch(StackOperations operations) {
    Gauge.builder("allotment.stack.operations.running", operations, StackOperations::running)
        .description("Pulumi operations running now")
        .register(registry);
    Gauge.builder("allotment.stack.operations.queued", operations, StackOperations::queued)
        .description("Pulumi operations waiting for a slot")
        .register(registry);
  }

  /** Counts a finished Pulumi operation. */
  public void operationFinished(String kind, String operation, boolean succeeded, Duration took) {
    Timer.builder("allotment.stack.operations")
        .description("Pulumi operations by kind, operation and result")
        .tag("kind", kind)
        .tag("operation", operation)
        .tag("result", succeeded ? "succeeded" : "failed")
        .register(registry)
        .record(took);
  }

  /** Counts an Event the operator recorded. */
  public void event(String kind, String reason) {
    Counter.builder("allotment.events")
        .description("Kubernetes Events recorded, by reason")
        .tag("kind", kind)
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /** Records the state of a resource after its status was written. */
  public void state(String kind, String namespace, String name, StackResourceStatus status) {
    String key = key(kind, namespace, name);
    states.put(key, State.of(status));
    drifted.put(
        key, status != null && Conditions.isTrue(status.getConditions(), ConditionType.DRIFTED));
  }

  /** Forgets a deleted resource. */
  public void gone(String kind, String namespace, String name) {
    states.remove(key(kind, namespace, name));
    drifted.remove(key(kind, namespace, name));
  }

  private long count(String kind, State state) {
    String prefix = kind + "/";
    return states.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && e.getValue() == state)
        .count();
  }

  private static String key(String kind, String namespace, String name) {
    return kind + "/" + namespace + "/" + name;
  }

  public MeterRegistry registry() {
    return registry;
  }
}
