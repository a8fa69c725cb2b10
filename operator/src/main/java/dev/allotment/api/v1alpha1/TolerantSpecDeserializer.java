package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads a spec that does not fit its Java type (a string where a list belongs, an unknown enum
 * value) into an empty spec that says what was wrong, instead of failing. A failure here would stop
 * the informer and with it the operator; with the problem kept, the validators report it as {@code
 * InvalidSpec} naming the field. A real API server refuses such objects already; they arrive where
 * the CRD is missing, older, or newer than the operator.
 */
public final class TolerantSpecDeserializer extends JsonDeserializer<Object>
    implements ContextualDeserializer {

  /** Disables this deserializer for the inner, normal read. */
  @JsonDeserialize
  private abstract static class Plain {}

  private static final Map<Class<?>, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

  private final JavaType type;

  public TolerantSpecDeserializer() {
    this(null);
  }

  private TolerantSpecDeserializer(JavaType type) {
    this.type = type;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    JavaType target = property != null ? property.getType() : ctxt.getContextualType();
    return new TolerantSpecDeserializer(target);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
    JsonNode node = parser.readValueAsTree();
    Class<?> raw = type.getRawClass();
    ObjectMapper mapper =
        MAPPERS.computeIfAbsent(raw, c -> strict(((ObjectMapper) parser.getCodec()).copy(), c));
    try {
      return mapper.treeToValue(node, raw);
    } catch (JsonMappingException e) {
      try {
        Object empty = raw.getDeclaredConstructor().newInstance();
        if (empty instanceof Malformable spec) {
          spec.setMalformed(describe(e));
        }
        return empty;
      } catch (ReflectiveOperationException impossible) {
        throw e;
      }
    }
  }

  /**
   * The inner mapper: without this deserializer, and strict about scalars, so that {@code stage:
   * 1}, {@code team: true} or {@code count: 1.5} are reported instead of silently turned into
   * {@code test}, {@code "true"} or 1.
   */
  private static ObjectMapper strict(ObjectMapper mapper, Class<?> spec) {
    mapper.addMixIn(spec, Plain.class);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }

  /** {@code spec.owners: cannot read "alice" as a list}, from Jackson's path and message. */
  static String describe(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining());
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    message = cut < 0 ? message : message.substring(0, cut);
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return "spec"
        + path
        + ": has the wrong type or an unknown value ("
        + message
        + "); fix the field";
  }

  /** A spec that can carry the reason it could not be read. */
  public interface Malformable {
    @JsonIgnore
    String getMalformed();

    void setMalformed(String problem);
  }
}
