package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Property values as the Pulumi engine sees them: JSON trees in the engine's wire format, where a
 * secret is an object {@code {"4dabf18193072939515e22adb298388d":
 * "1b47061264138c4ac30d75fd1eb44270", "value": ...}} and an unknown is the string {@code
 * 04da6b54-80e4-46f7-96ec-b56ff0331ba9}. Keeping the wire format (instead of a model of our own)
 * lets values round-trip to the SDK unchanged.
 */
final class PropertyValues {

  static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
  static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
  static final String OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
  static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
  static final String MASK = "[secret]";

  /** The emulated backend "encrypts" secrets at rest this way, so plaintext never hits the disk. */
  private static final String CIPHERTEXT = "ciphertext";

  private static final String PLAINTEXT = "plaintext";

  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PropertyValues() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ObjectNode fromStruct(Struct struct) {
    ObjectNode node = NODES.objectNode();
    struct.getFieldsMap().forEach((k, v) -> node.set(k, fromValue(v)));
    return node;
  }

  static JsonNode fromValue(Value value) {
    return switch (value.getKindCase()) {
      case NULL_VALUE, KIND_NOT_SET -> NODES.nullNode();
      case BOOL_VALUE -> NODES.booleanNode(value.getBoolValue());
      case STRING_VALUE -> NODES.textNode(value.getStringValue());
      case NUMBER_VALUE -> number(value.getNumberValue());
      case STRUCT_VALUE -> unwrapOutputValue(fromStruct(value.getStructValue()));
      case LIST_VALUE -> {
        ArrayNode array = NODES.arrayNode();
        value.getListValue().getValuesList().forEach(v -> array.add(fromValue(v)));
        yield array;
      }
    };
  }

  private static JsonNode number(double d) {
    // Integral numbers become longs so a value read back from a state file compares equal.
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return NODES.numberNode((long) d);
    }
    return NODES.numberNode(d);
  }

  /**
   * Output values (sent by SDKs when the monitor supports "outputValues") carry their secretness
   * and knownness; the engine stores them as plain, secret or unknown values.
   */
  private static JsonNode unwrapOutputValue(ObjectNode node) {
    if (!OUTPUT_SIG.equals(node.path(SIG_KEY).asText(null))) {
      return node;
    }
    JsonNode inner = node.has("value") ? node.get("value") : NODES.textNode(UNKNOWN);
    return node.path("secret").asBoolean(false) ? secret(inner) : inner;
  }

  static Struct toStruct(ObjectNode node) {
    Struct.Builder struct = Struct.newBuilder();
    node.fields().forEachRemaining(e -> struct.putFields(e.getKey(), toValue(e.getValue())));
    return struct.build();
  }

  static Value toValue(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
    }
    if (node.isBoolean()) {
      return Value.newBuilder().setBoolValue(node.booleanValue()).build();
    }
    if (node.isNumber()) {
      return Value.newBuilder().setNumberValue(node.doubleValue()).build();
    }
    if (node.isTextual()) {
      return Value.newBuilder().setStringValue(node.textValue()).build();
    }
    if (node.isArray()) {
      ListValue.Builder list = ListValue.newBuilder();
      node.forEach(element -> list.addValues(toValue(element)));
      return Value.newBuilder().setListValue(list).build();
    }
    return Value.newBuilder().setStructValue(toStruct((ObjectNode) node)).build();
  }

  static ObjectNode secret(JsonNode value) {
    if (isSecret(value)) {
      return (ObjectNode) value;
    }
    ObjectNode node = NODES.objectNode();
    node.put(SIG_KEY, SECRET_SIG);
    node.set("value", value);
    return node;
  }

  static boolean isSecret(JsonNode node) {
    return node != null && node.isObject() && SECRET_SIG.equals(node.path(SIG_KEY).asText(null));
  }

  /** The value with every secret replaced by its plaintext (what {@code --show-secrets} shows). */
  static JsonNode reveal(JsonNode node) {
    return map(node, secret -> reveal(secret.get("value")));
  }

  /** The value with every secret replaced by {@code "[secret]"}, as the CLI displays it. */
  static JsonNode mask(JsonNode node) {
    return map(node, secret -> NODES.textNode(MASK));
  }

  /** How secrets are kept at rest in the emulated backend. */
  static JsonNode seal(JsonNode node) {
    return map(
        node,
        secret -> {
          ObjectNode sealed = NODES.objectNode();
          sealed.put(SIG_KEY, SECRET_SIG);
          sealed.put(CIPHERTEXT, encode(secret.get("value")));
          return sealed;
        });
  }

  /**
   * Reads secrets back from any at-rest form: the emulator's ciphertext, {@code stack export
   * --show-secrets}'s {@code plaintext}, or the wire {@code value}.
   */
  static JsonNode unseal(JsonNode node) {
    return map(
        node,
        secret -> {
          if (secret.has(CIPHERTEXT)) {
            return secret(parse(decode(secret.get(CIPHERTEXT).asText())));
          }
          if (secret.has(PLAINTEXT)) {
            return secret(parse(secret.get(PLAINTEXT).asText()));
          }
          return secret(unseal(secret.path("value")));
        });
  }

  /** The shape {@code pulumi stack export --show-secrets} prints a secret in. */
  static JsonNode exportable(JsonNode node) {
    return map(
        node,
        secret -> {
          ObjectNode exported = NODES.objectNode();
          exported.put(SIG_KEY, SECRET_SIG);
          exported.put(PLAINTEXT, secret.get("value").toString());
          return exported;
        });
  }

  private interface SecretMapper {
    JsonNode apply(ObjectNode secret);
  }

  private static JsonNode map(JsonNode node, SecretMapper onSecret) {
    if (node == null) {
      return null;
    }
    if (isSecret(node)) {
      return onSecret.apply((ObjectNode) node);
    }
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      node.fields().forEachRemaining(e -> copy.set(e.getKey(), map(e.getValue(), onSecret)));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(element -> copy.add(map(element, onSecret)));
      return copy;
    }
    return node;
  }

  /** Deep equality where {@code 1}, {@code 1L} and {@code 1.0} are the same number. */
  static boolean same(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.equals(
        (x, y) -> {
          if (x.isNumber() && y.isNumber()) {
            return Double.compare(x.doubleValue(), y.doubleValue());
          }
          return x.equals(y) ? 0 : 1;
        },
        b);
  }

  /** The node at a dotted property path ({@code metadata.name}), or null. */
  static JsonNode at(JsonNode node, String path) {
    JsonNode current = node;
    for (String segment : path.split("\\.")) {
      if (current == null) {
        return null;
      }
      if (isSecret(current)) {
        current = current.get("value");
      }
      current = current.get(segment);
    }
    return current;
  }

  /** Sets a dotted property path, creating intermediate objects. */
  static void put(ObjectNode node, String path, JsonNode value) {
    String[] segments = path.split("\\.");
    ObjectNode current = node;
    for (int i = 0; i < segments.length - 1; i++) {
      JsonNode next = current.get(segments[i]);
      if (next == null || !next.isObject() || isSecret(next)) {
        next = current.putObject(segments[i]);
      }
      current = (ObjectNode) next;
    }
    current.set(segments[segments.length - 1], value);
  }

  /** Top-level keys whose values differ, the way the engine lists a step's {@code diffs}. */
  static List<String> diffKeys(ObjectNode olds, ObjectNode news) {
    List<String> keys = new ArrayList<>();
    Iterator<String> names = news.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!same(olds.get(key), news.get(key))) {
        keys.add(key);
      }
    }
    olds.fieldNames()
        .forEachRemaining(
            key -> {
              if (!news.has(key)) {
                keys.add(key);
              }
            });
    return keys;
  }

  static JsonNode fromJava(Object value) {
    if (value instanceof EmulatedCloud.SecretValue s) {
      return secret(fromJava(s.value()));
    }
    if (value instanceof JsonNode n) {
      return n.deepCopy();
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      map.forEach((k, v) -> node.set(String.valueOf(k), fromJava(v)));
      return node;
    }
    if (value instanceof Iterable<?> list) {
      ArrayNode node = NODES.arrayNode();
      list.forEach(v -> node.add(fromJava(v)));
      return node;
    }
    JsonNode node = JSON.valueToTree(value);
    return node.isNumber() ? number(node.doubleValue()) : node;
  }

  /** Plain Java values (maps, lists, strings, numbers, booleans, null), secrets revealed. */
  static Object toJava(JsonNode node) {
    JsonNode plain = reveal(node);
    if (plain == null || plain.isNull()) {
      return null;
    }
    if (plain.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      plain.fields().forEachRemaining(e -> map.put(e.getKey(), toJava(e.getValue())));
      return map;
    }
    if (plain.isArray()) {
      List<Object> list = new ArrayList<>();
      plain.forEach(element -> list.add(toJava(element)));
      return list;
    }
    if (plain.isIntegralNumber()) {
      return plain.longValue();
    }
    if (plain.isNumber()) {
      return plain.doubleValue();
    }
    return plain.isBoolean() ? plain.booleanValue() : plain.asText();
  }

  static String text(JsonNode node) {
    return node.isTextual() ? node.textValue() : node.toString();
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Single-line JSON, as config values of structured type are passed to programs. */
  static String compact(Object value) {
    try {
      return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  static String encode(JsonNode value) {
    return Base64.getEncoder().encodeToString(value.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
