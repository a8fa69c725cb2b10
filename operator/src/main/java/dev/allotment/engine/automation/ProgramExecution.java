package dev.allotment.engine.automation;

import java.nio.file.Path;
import java.util.Objects;

/** How {@link AutomationApiStackEngine} has programs run. */
public sealed interface ProgramExecution {

  /**
   * The request's {@code StackProgram} runs inside this JVM, through the Automation API's inline
   * language runtime; programs of different stacks share the JVM, its heap and the SDK's static
   * state (the deployment itself is thread-local in pulumi-java 1.36.1).
   */
  record Inline() implements ProgramExecution {}

  /**
   * The stack's {@code Pulumi.yaml} names {@code binary} as a Java program; Pulumi's Java language
   * host runs it with {@code java -jar <binary>} for every up and preview, and the program reads
   * the request's inputs from stack configuration. Each program has a JVM of its own.
   */
  record Process(Path binary) implements ProgramExecution {
    public Process {
      Objects.requireNonNull(binary, "binary");
    }
  }

  static ProgramExecution inline() {
    return new Inline();
  }

  static ProgramExecution process(Path binary) {
    return new Process(binary.toAbsolutePath());
  }
}
