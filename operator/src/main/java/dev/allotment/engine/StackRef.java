package dev.allotment.engine;

import java.util.regex.Pattern;

/**
 * Identifies a stack: the Pulumi project (one per resource kind) and the stack name (derived from
 * the resource's namespace and name, never its UID, so a re-applied resource adopts its stack).
 */
public record StackRef(String project, String stack) {

  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_.-]{1,100}$");

  public StackRef {
    if (!NAME.matcher(project).matches() || !NAME.matcher(stack).matches()) {
      throw new IllegalArgumentException("invalid stack reference " + project + "/" + stack);
    }
  }

  /**
   * The stack for a namespaced resource. Namespaces cannot contain dots, so the first dot separates
   * the two parts without ambiguity.
   */
  public static StackRef of(String project, String namespace, String name) {
    return new StackRef(project, namespace + "." + name);
  }

  /** {@code project/stack}, unique across kinds. */
  public String key() {
    return project + "/" + stack;
  }

  @Override
  public String toString() {
    return key();
  }
}
