package dev.allotment.engine;

/**
 * One stack output. {@link #toString()} never shows a secret value, so an output that ends up in a
 * log line by accident leaks nothing.
 */
public record StackOutput(String value, boolean secret) {

  public static StackOutput plain(String value) {
    return new StackOutput(value, false);
  }

  public static StackOutput secret(String value) {
    return new StackOutput(value, true);
  }

  @Override
  public String toString() {
    return secret ? "[secret]" : value;
  }
}
