package dev.allotment.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Pulumi operations the operator runs. */
public enum OperationKind {
  UP,
  DESTROY,
  PREVIEW,
  REFRESH;

  /** The name used in status and metrics: {@code up}, {@code destroy}, ... */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind status names {@code value}; empty for a value this operator does not write. */
  public static Optional<OperationKind> fromValue(String value) {
    return Arrays.stream(values()).filter(k -> k.value().equals(value)).findFirst();
  }
}
