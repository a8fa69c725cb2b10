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

  /** {@code project/stack}, unique across kinds. */
  public String key() {
    return project + "/" + stack;
  }

  @Override
  public String toString() {
    return key();
  }
}
