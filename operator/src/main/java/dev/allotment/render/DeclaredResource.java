package dev.allotment.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource a program declared, as the engine would receive it: type token, logical name and
 * inputs (nested maps and lists, as on the wire).
 */
public record DeclaredResource(String type, String name, Map<String, Object> inputs) {

  /** The input at a dotted path, e.g. {@code metadata.name}; empty when absent. */
  public Optional<Object> input(String path) {
    Object current = inputs;
    for (String part : path.split("\\.")) {
      if (current instanceof Map<?, ?> map) {
        current = map.get(part);
      } else if (current instanceof List<?> list && part.matches("[0-9]+")) {
        int index = Integer.parseInt(part);
        current = index < list.size() ? list.get(index) : null;
      } else {
        return Optional.empty();
      }
      if (current == null) {
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  /** The input at {@code path} as text; empty when absent. */
  public Optional<String> text(String path) {
    return input(path).map(Object::toString);
  }
}
