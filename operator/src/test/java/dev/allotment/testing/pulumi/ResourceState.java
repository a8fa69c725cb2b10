package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One resource of a checkpoint, in the shape {@code pulumi stack export} prints it (the subset the
 * emulator needs). Values use the engine's wire format (see {@link PropertyValues}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ResourceState(
    String urn,
    boolean custom,
    String id,
    String type,
    ObjectNode inputs,
    ObjectNode outputs,
    String parent,
    boolean protect,
    List<String> dependencies,
    String provider,
    List<String> additionalSecretOutputs) {

  static final String STACK_TYPE = "pulumi:pulumi:Stack";
  static final String PROVIDER_TYPE_PREFIX = "pulumi:providers:";

  ResourceState withOutputs(ObjectNode newOutputs) {
    return new ResourceState(
        urn,
        custom,
        id,
        type,
        inputs,
        newOutputs,
        parent,
        protect,
        dependencies,
        provider,
        additionalSecretOutputs);
  }

  ResourceState withIdAndOutputs(String newId, ObjectNode newOutputs) {
    return new ResourceState(
        urn,
        custom,
        newId,
        type,
        inputs,
        newOutputs,
        parent,
        protect,
        dependencies,
        provider,
        additionalSecretOutputs);
  }

  ResourceState withInputsAndOutputs(ObjectNode newInputs, ObjectNode newOutputs) {
    return new ResourceState(
        urn,
        custom,
        id,
        type,
        newInputs,
        newOutputs,
        parent,
        protect,
        dependencies,
        provider,
        additionalSecretOutputs);
  }

  ResourceState mapValues(UnaryOperator<JsonNode> f) {
    return new ResourceState(
        urn,
        custom,
        id,
        type,
        inputs == null ? null : (ObjectNode) f.apply(inputs),
        outputs == null ? null : (ObjectNode) f.apply(outputs),
        parent,
        protect,
        dependencies,
        provider,
        additionalSecretOutputs);
  }

  static String nameOf(String urn) {
    return urn.substring(urn.lastIndexOf("::") + 2);
  }

  static boolean isProviderType(String type) {
    return type.startsWith(PROVIDER_TYPE_PREFIX);
  }

  static boolean isDefaultProvider(String urn, String type) {
    return isProviderType(type) && nameOf(urn).startsWith("default");
  }

  /** Provider resources and the stack are engine bookkeeping, not objects in a cloud. */
  static boolean isCloudResource(boolean custom, String type) {
    return custom && !isProviderType(type);
  }
}
