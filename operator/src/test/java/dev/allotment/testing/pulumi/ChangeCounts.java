package dev.allotment.testing.pulumi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-operation counts as the engine reports them in a summary event and in history ({@code
 * create}, {@code update}, {@code delete}, {@code same}, {@code replace}). Default providers are
 * never counted, as in the real engine's summary.
 */
final class ChangeCounts {

  static final String CREATE = "create";
  static final String UPDATE = "update";
  static final String DELETE = "delete";
  static final String SAME = "same";
  static final String REPLACE = "replace";
  static final String REFRESH = "refresh";

  private final Map<String, Integer> counts = new LinkedHashMap<>();

  synchronized void add(String op) {
    counts.merge(op, 1, Integer::sum);
  }

  synchronized Map<String, Integer> asMap() {
    return new LinkedHashMap<>(counts);
  }

  synchronized boolean hasChanges() {
    return counts.keySet().stream().anyMatch(op -> !op.equals(SAME));
  }

  synchronized String describe() {
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (op, n) ->
            text.append("    ")
                .append(n)
                .append(' ')
                .append(
                    switch (op) {
                      case CREATE -> "created";
                      case UPDATE -> "updated";
                      case DELETE -> "deleted";
                      case REPLACE -> "replaced";
                      case SAME -> "unchanged";
                      default -> op;
                    })
                .append('\n'));
    return text.toString();
  }
}
