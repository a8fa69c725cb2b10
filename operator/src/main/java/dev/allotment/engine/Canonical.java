package dev.allotment.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A model written as canonical text for its fingerprint: explicit keys that do not follow Java
 * names (renaming a field must not re-run every stack), sorted, values JSON-quoted so that no value
 * can imitate a key. An absent optional is left out. The engine writes a planned step's inputs the
 * same way, so that an approval binds to their values.
 */
public final class Canonical {

  private final Map<String, String> fields = new TreeMap<>();

  /**
   * Adds {@code value} under {@code key}: a string, number, boolean, enum, optional, list or map.
   */
  public Canonical with(String key, Object value) {
    if (fields.containsKey(key)) {
      throw new IllegalArgumentException("canonical key " + key + " given twice");
    }
    text(value).ifPresent(v -> fields.put(key, v));
    return this;
  }

  /** One {@code key=value} line per field, sorted by key. */
  public String text() {
    StringBuilder out = new StringBuilder();
    fields.forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
    return out.toString();
  }

  private static Optional<String> text(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.flatMap(Canonical::text);
    }
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(json(value));
  }

  private static String json(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Enum<?> e) {
      return quote(e.name());
    }
    if (value instanceof Collection<?> items) {
      List<String> parts = items.stream().map(Canonical::json).toList();
      return "[" + String.join(",", parts) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), json(v)));
      StringBuilder out = new StringBuilder("{");
      sorted.forEach(
          (k, v) -> out.append(out.length() > 1 ? "," : "").append(quote(k)).append(':').append(v));
      return out.append('}').toString();
    }
    if (value instanceof CharSequence) {
      return quote(value.toString());
    }
    throw new IllegalArgumentException(
        "no canonical form for " + value.getClass().getSimpleName() + ": add one explicitly");
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
