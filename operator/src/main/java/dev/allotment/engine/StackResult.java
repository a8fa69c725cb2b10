package dev.allotment.engine;

import java.time.Instant;
import java.util.Map;

/**
 * What a finished operation reports.
 *
 * @param resourceChanges count of resources by kind of change, keys as the CLI prints them ({@code
 *     create}, {@code update}, {@code delete}, {@code same}, {@code replace})
 * @param outputs stack outputs after the operation (empty after destroy)
 */
public record StackResult(
    OperationKind kind,
    Instant startTime,
    Instant endTime,
    Map<String, Integer> resourceChanges,
    Map<String, StackOutput> outputs) {

  public StackResult {
    resourceChanges = Map.copyOf(resourceChanges);
    outputs = Map.copyOf(outputs);
  }
}
