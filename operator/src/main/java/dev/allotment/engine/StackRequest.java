package dev.allotment.engine;

import java.util.Map;

/**
 * Everything an operation needs.
 *
 * @param program the program, for engines that run it inside the operator (inline)
 * @param inputs the same program's inputs as stack configuration, for engines that run it in a
 *     process of its own; set on the stack before the operation
 */
public record StackRequest(StackRef ref, StackProgram program, ProgramInputs inputs) {

  /** A request without inputs: for operations that do not run the program, and for tests. */
  public static StackRequest of(StackRef ref, StackProgram program) {
    return new StackRequest(ref, program, ProgramInputs.NONE);
  }

  /** Plain stack configuration: the non-secret part of {@link #inputs}. */
  public Map<String, String> config() {
    return inputs.config();
  }

  /** Stack configuration stored as secrets. */
  public Map<String, String> secretConfig() {
    return inputs.secretConfig();
  }

  @Override
  public String toString() {
    return "StackRequest[ref=" + ref + ", inputs=" + inputs + "]";
  }
}
