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

  /** The longest stack name used as is; longer ones are shortened with a digest. */
  static final int MAX_NAME = 100;

  /**
   * The stack for a namespaced resource. Namespaces cannot contain dots, so the first dot separates
   * the two parts without ambiguity. Kubernetes allows longer names than Pulumi allows stack names:
   * those are cut and end in a digest of the full name, so they stay unique and stable.
   */
  public static StackRef of(String project, String namespace, String name) {
    String full = namespace + "." + name;
    if (full.length() <= MAX_NAME) {
      return new StackRef(project, full);
    }
    String digest = Fingerprint.of(full).substring(0, 16);
    return new StackRef(project, full.substring(0, MAX_NAME - digest.length() - 1) + "-" + digest);
  }

  /**
   * The namespace of the resource the stack belongs to: what comes before the first dot (a digest
   * only ever shortens the name part, since namespaces are at most 63 characters).
   */
  public String namespace() {
    int dot = stack.indexOf('.');
    return dot < 0 ? "" : stack.substring(0, dot);
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
