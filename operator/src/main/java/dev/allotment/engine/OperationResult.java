package dev.allotment.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an operation recorded in status ended, or that it still runs. */
public enum OperationResult {
  RUNNING,
  SUCCEEDED,
  FAILED;

  /** The name used in status: {@code running}, {@code succeeded}, {@code failed}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The result status names {@code value}; empty for a value this operator does not write. */
  public static Optional<OperationResult> fromValue(String value) {
    return Arrays.stream(values()).filter(r -> r.value().equals(value)).findFirst();
  }
}
