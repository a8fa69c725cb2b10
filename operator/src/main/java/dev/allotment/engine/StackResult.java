package dev.allotment.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a finished operation reports.
 *
 * @param resourceChanges count of resources by kind of change, keys as the CLI prints them ({@code
 *     create}, {@code update}, {@code delete}, {@code same}, {@code replace})
 * @param outputs stack outputs after the operation (empty after destroy)
 * @param changedResources one line per resource that changed (or, for a preview, would change; for
 *     a refresh, that drifted): {@code <op> <type> <name>}, sorted
 */
public record StackResult(
    OperationKind kind,
    Instant startTime,
    Instant endTime,
    Map<String, Integer> resourceChanges,
    Map<String, StackOutput> outputs,
    List<String> changedResources) {

  public StackResult {
    resourceChanges = Map.copyOf(resourceChanges);
    outputs = Map.copyOf(outputs);
    changedResources = changedResources.stream().sorted().toList();
  }

  /** A result without per-resource detail. */
  public StackResult(
      OperationKind kind,
      Instant startTime,
      Instant endTime,
      Map<String, Integer> resourceChanges,
      Map<String, StackOutput> outputs) {
    this(kind, startTime, endTime, resourceChanges, outputs, List.of());
  }

  /**
   * This result with one more line in {@link #changedResources}: a change the operator adds to a
   * preview's plan that no resource shows, such as a weakened deletion policy.
   */
  public StackResult withChange(String line) {
    List<String> lines = new ArrayList<>(changedResources);
    lines.add(line);
    return new StackResult(kind, startTime, endTime, resourceChanges, outputs, lines);
  }
}
