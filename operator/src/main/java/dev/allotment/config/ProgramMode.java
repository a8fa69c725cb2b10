package dev.allotment.config;

import java.util.Locale;

/**
 * Where Pulumi programs run ({@code ALLOTMENT_PROGRAM_MODE}).
 *
 * <ul>
 *   <li>{@link #PROCESS}: each {@code up} and {@code preview} runs its program in a JVM of its own,
 *       started by Pulumi's Java language host from the operator's jar. Programs share nothing with
 *       the operator or each other: no heap, no SDK state, no failure.
 *   <li>{@link #INLINE}: programs run inside the operator's JVM through the Automation API's inline
 *       language runtime, which keeps each deployment in thread-local state (pulumi-java 1.36.1).
 * </ul>
 */
public enum ProgramMode {
  PROCESS,
  INLINE;

  /** The variable's value: {@code process} or {@code inline}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ProgramMode parse(String text) {
    for (ProgramMode mode : values()) {
      if (mode.value().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return mode;
      }
    }
    throw new ConfigException(
        "ALLOTMENT_PROGRAM_MODE must be process or inline, got '" + text.trim() + "'");
  }
}
