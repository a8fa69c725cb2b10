package dev.allotment.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Schemas for manifests, by {@code apiVersion} and {@code kind}: the {@code openAPIV3Schema}
 * of each served version of a CRD, the Backstage Software Template schemas, and, for Kubernetes'
 * built-in kinds, fabric8's model (see {@link KnownFields}).
 *
 * <p>CRD schemas are made as strict as {@code kubectl apply --validate=strict}: an object that
 * lists its properties accepts no others, because the API server would silently prune them.
 */
public final class ManifestSchemas {

  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory DRAFT7 =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

  /** {@code self.all(x, x.matches('regex'))}: the one CEL rule shape turned into JSON Schema. */
  private static final Pattern CEL_ALL_MATCH =
      Pattern.compile("^self\\.all\\((\\w+),\\s*\\1\\.matches\\('(.*)'\\)\\)$");

  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
  private static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");

  /**
   * A schema for one apiVersion and kind.
   *
   * @param namespaced empty for documents that are not Kubernetes objects (Backstage entities)
   */
  record Kind(String source, JsonSchema schema, Optional<Boolean> namespaced) {}

  private final Map<String, Kind> kinds = new HashMap<>();

  /** Registers every served version of the CRDs in these files. */
  public ManifestSchemas withCrds(List<Path> crdFiles) {
    for (Path file : crdFiles) {
      for (JsonNode crd : readYamlDocuments(file)) {
        String group = crd.at("/spec/group").asText();
        String kind = crd.at("/spec/names/kind").asText();
        boolean namespaced = "Namespaced".equals(crd.at("/spec/scope").asText());
        for (JsonNode version : crd.at("/spec/versions")) {
          if (!version.path("served").asBoolean()) {
            continue;
          }
          JsonNode schema = toJsonSchema(version.at("/schema/openAPIV3Schema"));
          kinds.put(
              key(group + "/" + version.path("name").asText(), kind),
              new Kind(
                  file.getFileName().toString(),
                  DRAFT7.getSchema(schema),
                  Optional.of(namespaced)));
        }
      }
    }
    return this;
  }

  /**
   * Registers the Backstage Template schema. The five files refer to each other by relative {@code
   * $id}s ("Entity", "common#relation"); they are served under one made-up base URI so those
   * resolve.
   */
  public ManifestSchemas withBackstageTemplate(Path backstageDir) {
    String base = "https://backstage.invalid/schema/";
    Map<String, String> byId = new HashMap<>();
    for (String file :
        List.of(
            "Template.v1beta3.schema.json",
            "Entity.schema.json",
            "EntityMeta.schema.json",
            "EntityEnvelope.schema.json",
            "shared/common.schema.json")) {
      try {
        String text = Files.readString(backstageDir.resolve(file));
        byId.put(base + JSON.readTree(text).path("$id").asText(), text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V7, b -> b.schemaLoaders(l -> l.schemas(byId)));
    JsonSchema template = factory.getSchema(SchemaLocation.of(base + "TemplateV1beta3"));
    kinds.put(
        key("scaffolder.backstage.io/v1beta3", "Template"),
        new Kind("backstage/Template.v1beta3.schema.json", template, Optional.empty()));
    return this;
  }

  /** Everything wrong with a manifest; empty when it conforms. */
  public List<String> validate(JsonNode manifest) {
    String apiVersion = manifest.path("apiVersion").asText();
    String kindName = manifest.path("kind").asText();
    Kind kind = kinds.get(key(apiVersion, kindName));
    List<String> problems = new ArrayList<>();
    if (kind != null) {
      for (ValidationMessage message : kind.schema().validate(manifest)) {
        problems.add(message.getMessage() + " [" + kind.source() + "]");
      }
      kind.namespaced().ifPresent(ns -> problems.addAll(metadataProblems(manifest, ns)));
      return problems;
    }
    Optional<KnownFields.Result> builtIn = KnownFields.check(manifest);
    if (builtIn.isPresent()) {
      problems.addAll(builtIn.get().problems());
      problems.addAll(metadataProblems(manifest, builtIn.get().namespaced()));
      return problems;
    }
    return List.of(
        "no schema for apiVersion '"
            + apiVersion
            + "' kind '"
            + kindName
            + "': not a served version of a known CRD nor a Kubernetes built-in kind");
  }

  /** Validates any document against a JSON Schema (draft-07) given as a tree. */
  public static List<String> validate(JsonNode schema, JsonNode document) {
    return DRAFT7.getSchema(schema).validate(document).stream()
        .map(ValidationMessage::getMessage)
        .toList();
  }

  /** The non-empty YAML documents of a file. */
  public static List<JsonNode> readYamlDocuments(Path file) {
    try {
      return readYamlDocuments(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The non-empty YAML documents of a text. */
  public static List<JsonNode> readYamlDocuments(String text) {
    try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text)) {
      List<JsonNode> documents = new ArrayList<>();
      while (it.hasNext()) {
        JsonNode document = it.next();
        if (document != null && !document.isNull() && !document.isMissingNode()) {
          documents.add(document);
        }
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A CRD's structural schema as a draft-07 JSON Schema: objects that list properties accept no
   * others (unless {@code x-kubernetes-preserve-unknown-fields}), {@code nullable} admits null,
   * list rules of the form {@code self.all(x, x.matches('re'))} become item patterns, and the root
   * admits apiVersion, kind and metadata.
   */
  static JsonNode toJsonSchema(JsonNode openApiV3Schema) {
    ObjectNode root = openApiV3Schema.deepCopy();
    tighten(root);
    ObjectNode properties = root.withObject("/properties");
    properties.putIfAbsent(
        "apiVersion", JsonNodeFactory.instance.objectNode().put("type", "string"));
    properties.putIfAbsent("kind", JsonNodeFactory.instance.objectNode().put("type", "string"));
    properties.putIfAbsent("metadata", JsonNodeFactory.instance.objectNode().put("type", "object"));
    return root;
  }

  private static void tighten(ObjectNode node) {
    if (node.has("properties")
        && !node.has("additionalProperties")
        && !node.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
      node.put("additionalProperties", false);
    }
    if (node.path("nullable").asBoolean() && node.path("type").isTextual()) {
      ArrayNode types = JsonNodeFactory.instance.arrayNode().add(node.get("type")).add("null");
      node.set("type", types);
    }
    for (JsonNode rule : node.path("x-kubernetes-validations")) {
      Matcher m = CEL_ALL_MATCH.matcher(rule.path("rule").asText());
      if (m.matches() && node.path("items").isObject() && !node.path("items").has("pattern")) {
        ((ObjectNode) node.get("items")).put("pattern", m.group(2).replace("\\\\", "\\"));
      }
    }
    for (String child : List.of("properties", "patternProperties", "definitions")) {
      JsonNode children = node.path(child);
      for (Iterator<JsonNode> it = children.elements(); it.hasNext(); ) {
        JsonNode value = it.next();
        if (value.isObject()) {
          tighten((ObjectNode) value);
        }
      }
    }
    for (String child : List.of("items", "additionalProperties", "not")) {
      if (node.path(child).isObject()) {
        tighten((ObjectNode) node.get(child));
      }
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonNode branch : node.path(combinator)) {
        if (branch.isObject()) {
          tighten((ObjectNode) branch);
        }
      }
    }
  }

  /** What the API server checks of metadata before any schema applies. */
  static List<String> metadataProblems(JsonNode manifest, boolean namespaced) {
    List<String> problems = new ArrayList<>();
    JsonNode metadata = manifest.path("metadata");
    String name = metadata.path("name").asText("");
    if (!DNS_SUBDOMAIN.matcher(name).matches() || name.length() > 253) {
      problems.add("metadata.name '" + name + "' is not a DNS subdomain (lowercase, digits, -, .)");
    }
    boolean hasNamespace = metadata.hasNonNull("namespace");
    if (namespaced && !hasNamespace) {
      problems.add("metadata.namespace is missing: say where this namespaced object goes");
    }
    if (!namespaced && hasNamespace) {
      problems.add("metadata.namespace is set on a cluster-scoped kind");
    }
    if (hasNamespace && !DNS_LABEL.matcher(metadata.path("namespace").asText()).matches()) {
      problems.add("metadata.namespace is not a DNS label");
    }
    for (String field : List.of("labels", "annotations")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = metadata.path(field).fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        if (!entry.getValue().isTextual()) {
          problems.add("metadata." + field + "." + entry.getKey() + " must be a string");
        }
      }
    }
    return problems;
  }

  private static String key(String apiVersion, String kind) {
    return apiVersion + "|" + kind;
  }
}
