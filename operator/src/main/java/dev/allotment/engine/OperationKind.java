package dev.allotment.engine;

import java.util.Locale;

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
}
