package dev.allotment.engine.automation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resources an update that died had started to create: the checkpoint's pending "creating"
 * operations. The provider may have created them, so creating them again could fail (a GitHub
 * repository name is taken) or leave a duplicate. Resources whose import id follows from their
 * inputs are adopted with that id; the others are created idempotently by their providers (Azure
 * PUTs, Kubernetes applies, GitHub secrets are upserts), so forgetting the pending operation is
 * safe for them. Namespaces are the exception on Kubernetes: programs create them with a plain
 * create that refuses an existing one (the operator never adopts a namespace), so a namespace the
 * dead update created is adopted by name. That it is this stack's, not one that existed before, is
 * what the operator's namespace check (its team, stage and kind labels) establishes before the next
 * update.
 */
final class PendingCreates {

  /** A pending create, with the id to import it under when one can be derived. */
  record Pending(String urn, String type, Optional<String> importId) {}

  private PendingCreates() {}

  /** The pending creates of an exported deployment ({@code stack export}'s "deployment"). */
  @SuppressWarnings("unchecked")
  static List<Pending> of(Map<String, Object> deployment) {
    Object operations = deployment.get("pending_operations");
    if (!(operations instanceof List<?> list)) {
      return List.of();
    }
    return list.stream()
        .filter(Map.class::isInstance)
        .map(o -> (Map<String, Object>) o)
        .filter(o -> "creating".equals(o.get("type")))
        .map(o -> (Map<String, Object>) o.get("resource"))
        .filter(r -> r != null && r.get("urn") != null)
        .map(
            r -> {
              String type = String.valueOf(r.get("type"));
              Map<String, Object> inputs =
                  r.get("inputs") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
              return new Pending(String.valueOf(r.get("urn")), type, importId(type, inputs));
            })
        .toList();
  }

  /** A checkpoint with its pending creates resolved, and how many of them it adopted. */
  record Resolved(Map<String, Object> deployment, int adopted, int forgotten) {}

  /**
   * Resolves the pending creates of an exported deployment: a resource whose import id follows from
   * its inputs becomes a resource of the checkpoint with that id (its provider, parent and inputs
   * as the dead update recorded them; its outputs read on the next refresh); every other pending
   * operation is dropped. The real CLI's own {@code refresh --import-pending-creates} only marks
   * the operation "importing", which no later step reads: the resource would be lost and created
   * twice.
   */
  @SuppressWarnings("unchecked")
  static Resolved resolve(Map<String, Object> deployment) {
    Map<String, Object> resolved = new LinkedHashMap<>(deployment);
    Object operations = resolved.remove("pending_operations");
    List<Object> resources =
        new java.util.ArrayList<>(
            resolved.get("resources") instanceof List<?> l ? (List<Object>) l : List.of());
    int adopted = 0;
    int forgotten = 0;
    if (operations instanceof List<?> list) {
      for (Object o : list) {
        Map<String, Object> operation =
            o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> resource =
            operation.get("resource") instanceof Map<?, ?> r ? (Map<String, Object>) r : Map.of();
        Map<String, Object> inputs =
            resource.get("inputs") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Optional<String> id =
            "creating".equals(operation.get("type"))
                ? importId(String.valueOf(resource.get("type")), inputs)
                : Optional.empty();
        if (id.isEmpty()) {
          forgotten++;
          continue;
        }
        Map<String, Object> adoptedResource = new LinkedHashMap<>(resource);
        adoptedResource.put("id", id.get());
        adoptedResource.put("custom", true);
        adoptedResource.putIfAbsent("outputs", inputs);
        resources.add(adoptedResource);
        adopted++;
      }
    }
    resolved.put("resources", resources);
    return new Resolved(resolved, adopted, forgotten);
  }

  /**
   * The import id the provider documents for resources that creating twice would break, computed
   * from the inputs the program gave them. Empty when unknown or when creating again is safe.
   */
  static Optional<String> importId(String type, Map<String, Object> inputs) {
    Map<String, String> in = new LinkedHashMap<>();
    inputs.forEach((k, v) -> in.put(k, v == null ? null : String.valueOf(v)));
    return switch (type) {
      case "github:index/repository:Repository" -> value(in, "name");
      case "github:index/team:Team" -> value(in, "name").map(PendingCreates::slug);
      case "github:index/teamMembership:TeamMembership" -> join(in, "teamId", "username");
      case "github:index/teamRepository:TeamRepository" -> join(in, "teamId", "repository");
      case "github:index/repositoryEnvironment:RepositoryEnvironment" ->
          join(in, "repository", "environment");
      case "github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable" ->
          join(in, "repository", "environment", "variableName");
      // Cluster-scoped: the provider's id is the name.
      case "kubernetes:core/v1:Namespace" ->
          inputs.get("metadata") instanceof Map<?, ?> metadata && metadata.get("name") != null
              ? Optional.of(String.valueOf(metadata.get("name"))).filter(n -> !n.isBlank())
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<String> value(Map<String, String> inputs, String key) {
    return Optional.ofNullable(inputs.get(key)).filter(v -> !v.isBlank());
  }

  private static Optional<String> join(Map<String, String> inputs, String... keys) {
    StringBuilder id = new StringBuilder();
    for (String key : keys) {
      Optional<String> part = value(inputs, key);
      if (part.isEmpty()) {
        return Optional.empty();
      }
      id.append(id.length() == 0 ? "" : ":").append(part.get());
    }
    return Optional.of(id.toString());
  }

  /** GitHub's slug of a team name: lowercase, runs of other characters become one dash. */
  static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9_]+", "-")
        .replaceAll("^-|-$", "");
  }
}
