package dev.allotment.examples;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks manifests of Kubernetes' built-in kinds (ConfigMap, Deployment, Role, ...) for fields the
 * API does not have, using fabric8's model: it reads unknown fields into {@code
 * additionalProperties} instead of failing, so any entry there is a misspelt or misplaced field. No
 * OpenAPI document of the built-in kinds is at hand; this catches the mistakes that matter in
 * hand-written manifests and chart templates.
 */
public final class KnownFields {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

  /** Problems found, and whether the kind is namespaced. */
  public record Result(List<String> problems, boolean namespaced) {}

  private KnownFields() {}

  /** Empty when fabric8 does not know the manifest's apiVersion and kind. */
  public static Optional<Result> check(JsonNode manifest) {
    KubernetesResource resource;
    try {
      resource = SERIALIZATION.unmarshal(manifest.toString(), KubernetesResource.class);
    } catch (RuntimeException e) {
      return Optional.of(new Result(List.of("not a valid object: " + e.getMessage()), true));
    }
    if (resource == null
        || resource instanceof GenericKubernetesResource
        || !resource.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
      return Optional.empty();
    }
    List<String> problems = new ArrayList<>();
    walk(resource, "", problems);
    return Optional.of(new Result(problems, resource instanceof Namespaced));
  }

  private static void walk(Object value, String path, List<String> problems) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", problems);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "." + k, problems));
      return;
    }
    if (value == null || !value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
      return;
    }
    additionalProperties(value)
        .keySet()
        .forEach(field -> problems.add(path + "." + field + ": unknown field"));
    for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        if (property == null || Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        try {
          walk(field.get(value), path + "." + property.value(), problems);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private static Map<?, ?> additionalProperties(Object value) {
    try {
      Method getter = value.getClass().getMethod("getAdditionalProperties");
      Object extra = getter.invoke(value);
      return extra instanceof Map<?, ?> map ? map : Map.of();
    } catch (NoSuchMethodException e) {
      return Map.of();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
