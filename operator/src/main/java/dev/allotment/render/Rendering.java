package dev.allotment.render;

import java.util.List;
import java.util.Map;

/**
 * What a program declares when evaluated offline.
 *
 * @param invokes provider functions the program called (token as type, arguments as inputs)
 * @param outputs the stack's exports; secret ones are included, as the program produced them
 * @param secretOutputs names of the exports marked secret
 */
public record Rendering(
    List<DeclaredResource> resources,
    List<DeclaredResource> invokes,
    Map<String, String> outputs,
    List<String> secretOutputs) {

  /** The resources of one type token, in declaration order. */
  public List<DeclaredResource> ofType(String type) {
    return resources.stream().filter(r -> r.type().equals(type)).toList();
  }

  /** The single resource of {@code type} named {@code name}. */
  public DeclaredResource get(String type, String name) {
    return resources.stream()
        .filter(r -> r.type().equals(type) && r.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no " + type + " named " + name + " declared"));
  }
}
