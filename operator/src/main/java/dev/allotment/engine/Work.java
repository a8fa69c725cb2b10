package dev.allotment.engine;

/** The operation itself, as {@link StackOperations} runs it on its executor. */
@FunctionalInterface
public interface Work {
  StackResult run() throws StackOperationException;
}
