package dev.allotment.engine;

import java.util.Map;

/**
 * Everything an operation needs.
 *
 * @param config stack configuration (plain values; programs take their inputs from the spec)
 */
public record StackRequest(StackRef ref, StackProgram program, Map<String, String> config) {

  public StackRequest {
    config = Map.copyOf(config);
  }

  public static StackRequest of(StackRef ref, StackProgram program) {
    return new StackRequest(ref, program, Map.of());
  }
}
