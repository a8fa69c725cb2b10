package dev.allotment.render;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a manifest as {@code kubectl apply -f} takes it: YAML documents (JSON is YAML too), each a
 * Kubernetes object or a {@code v1 List} of them. Every document comes back, the ones render cannot
 * judge included, so that none goes unjudged silently.
 */
final class ManifestReader {

  /** The kinds render knows, each at the one version the operator serves. */
  static final List<Class<? extends HasMetadata>> KNOWN =
      List.of(TeamEnvironment.class, Cluster.class, PlatformPolicy.class, Namespace.class);

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final KubernetesSerialization serialization = new KubernetesSerialization();

  ManifestReader() {
    serialization.registerKubernetesResource(TeamEnvironment.class);
    serialization.registerKubernetesResource(Cluster.class);
    serialization.registerKubernetesResource(PlatformPolicy.class);
  }

  /**
   * One document of the file: where it is, what it says it is, and the object when render knows its
   * kind at that version.
   *
   * @param position e.g. {@code document 2} or {@code document 2, item 1} (of a List)
   */
  record Document(
      String position,
      String apiVersion,
      String kind,
      String namespace,
      String name,
      Optional<HasMetadata> object) {

    /** {@code Kind namespace/name}, as the output names it. */
    String describe() {
      return kind + " " + (namespace == null ? "" : namespace + "/") + name;
    }
  }

  /**
   * The file's documents; empty documents (a lone {@code ---}, comments) are skipped.
   *
   * @throws UnreadableManifestException when the file is not YAML, or a document is not a
   *     Kubernetes object (a mapping with {@code apiVersion}, {@code kind} and {@code
   *     metadata.name}) or does not fit its kind's schema outside the spec
   * @throws IOException when the file cannot be read
   */
  List<Document> read(Path file) throws IOException {
    List<Document> documents = new ArrayList<>();
    try (JsonParser parser = YAML.createParser(file.toFile());
        MappingIterator<JsonNode> values = YAML.readValues(parser, JsonNode.class)) {
      int index = 0;
      while (values.hasNextValue()) {
        JsonNode document = values.nextValue();
        index++;
        if (document == null || document.isNull() || document.isMissingNode()) {
          continue;
        }
        String position = "document " + index;
        if (isList(document)) {
          JsonNode items = document.path("items");
          for (int i = 0; i < items.size(); i++) {
            documents.add(document(file, position + ", item " + (i + 1), items.get(i)));
          }
        } else {
          documents.add(document(file, position, document));
        }
      }
    } catch (JsonProcessingException e) {
      throw new UnreadableManifestException(
          file + ": not YAML" + at(e.getLocation()) + ": " + e.getOriginalMessage());
    }
    return documents;
  }

  private static boolean isList(JsonNode document) {
    return document.isObject()
        && "v1".equals(document.path("apiVersion").asText())
        && document.path("kind").asText().endsWith("List")
        && document.path("items").isArray();
  }

  private Document document(Path file, String position, JsonNode node)
      throws UnreadableManifestException {
    String where = file + " (" + position + ")";
    if (!node.isObject()) {
      throw new UnreadableManifestException(
          where
              + ": not a Kubernetes object: expected a mapping with apiVersion, kind and metadata");
    }
    String apiVersion = text(node, "apiVersion");
    String kind = text(node, "kind");
    String name = text(node.path("metadata"), "name");
    List<String> missing = new ArrayList<>();
    if (apiVersion == null) {
      missing.add("apiVersion");
    }
    if (kind == null) {
      missing.add("kind");
    }
    if (name == null) {
      missing.add("metadata.name");
    }
    if (!missing.isEmpty()) {
      throw new UnreadableManifestException(
          where
              + ": not a Kubernetes object: "
              + String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " required");
    }
    String namespace = text(node.path("metadata"), "namespace");
    Optional<Class<? extends HasMetadata>> type =
        KNOWN.stream()
            .filter(
                k ->
                    HasMetadata.getApiVersion(k).equals(apiVersion)
                        && HasMetadata.getKind(k).equals(kind))
            .findFirst();
    if (type.isEmpty()) {
      return new Document(position, apiVersion, kind, namespace, name, Optional.empty());
    }
    try {
      HasMetadata object = serialization.convertValue(node, type.get());
      return new Document(position, apiVersion, kind, namespace, name, Optional.of(object));
    } catch (IllegalArgumentException e) {
      throw new UnreadableManifestException(
          where + ": " + kind + " " + name + " does not fit its schema: " + firstLine(e));
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String firstLine(Exception e) {
    String message = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** A manifest render cannot read: not YAML, or a document that is no Kubernetes object. */
  static final class UnreadableManifestException extends IOException {
    UnreadableManifestException(String message) {
      super(message);
    }
  }
}
