package dev.allotment.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Backstage's scaffolder does with our template, reduced to the expressions the template uses:
 * form parameters (with their defaults) become the {@code fetch:template} step's values, the
 * skeleton's {@code {%- if values.x | length %} ... {%- endif %}} blocks (Nunjucks: the {@code -}
 * strips the whitespace before the tag) are kept or dropped, and its {@code ${{ values.x }}} and
 * {@code ${{ values.x | dump }}} (JSON, which YAML reads as a flow sequence) are substituted. Any
 * other expression or tag fails, so the template cannot silently outgrow this check.
 */
final class BackstageRendering {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WHOLE_PARAMETER =
      Pattern.compile("^\\$\\{\\{\\s*parameters\\.(\\w+)\\s*}}$");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}");
  private static final Pattern VALUE =
      Pattern.compile("^\\s*values\\.(\\w+)\\s*(\\|\\s*dump\\s*)?$");
  private static final Pattern IF_LENGTH =
      Pattern.compile(
          "\\s*\\{%-\\s*if\\s+values\\.(\\w+)\\s*\\|\\s*length\\s*%}"
              + "(.*?)\\s*\\{%-\\s*endif\\s*%}",
          Pattern.DOTALL);

  private BackstageRendering() {}

  /** The given parameters plus the defaults the form fills in for the others. */
  static Map<String, Object> withDefaults(JsonNode template, Map<String, Object> given) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    for (JsonNode page : template.at("/spec/parameters")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = page.path("properties").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        if (property.getValue().has("default")) {
          parameters.put(
              property.getKey(),
              JSON.convertValue(property.getValue().get("default"), Object.class));
        }
      }
    }
    parameters.putAll(given);
    return parameters;
  }

  /** The values of the template's {@code fetch:template} step for these parameters. */
  static Map<String, Object> fetchValues(JsonNode template, Map<String, Object> parameters) {
    JsonNode step = null;
    for (JsonNode candidate : template.at("/spec/steps")) {
      if ("fetch:template".equals(candidate.path("action").asText())) {
        step = candidate;
      }
    }
    if (step == null) {
      throw new AssertionError("the template has no fetch:template step");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = step.at("/input/values").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Matcher m = WHOLE_PARAMETER.matcher(entry.getValue().asText());
      if (!m.matches()) {
        throw new AssertionError(
            "values." + entry.getKey() + " is not a single ${{ parameters.x }} expression");
      }
      if (!parameters.containsKey(m.group(1))) {
        throw new AssertionError(
            "values."
                + entry.getKey()
                + " refers to parameter '"
                + m.group(1)
                + "', which is unset");
      }
      values.put(entry.getKey(), parameters.get(m.group(1)));
    }
    return values;
  }

  /** The skeleton file with every expression substituted. */
  static String render(String skeleton, Map<String, Object> values) {
    Matcher m = EXPRESSION.matcher(conditionals(skeleton, values));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Matcher value = VALUE.matcher(m.group(1));
      if (!value.matches()) {
        throw new AssertionError("unsupported expression in the skeleton: " + m.group());
      }
      String name = value.group(1);
      if (!values.containsKey(name)) {
        throw new AssertionError(
            "the skeleton uses values." + name + ", which the step does not set");
      }
      Object v = values.get(name);
      String text;
      if (value.group(2) != null) {
        text = json(v);
      } else if (v instanceof String || v instanceof Number || v instanceof Boolean) {
        text = String.valueOf(v);
      } else {
        throw new AssertionError("values." + name + " is a " + v + ": write it with | dump");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    if (out.indexOf("{%") >= 0) {
      throw new AssertionError("the skeleton uses Nunjucks tags, which this check cannot render");
    }
    return out.toString();
  }

  /** The skeleton with each block kept whose value is not empty, the others dropped. */
  private static String conditionals(String skeleton, Map<String, Object> values) {
    Matcher m = IF_LENGTH.matcher(skeleton);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object v = values.get(m.group(1));
      if (!(v instanceof Collection<?> || v instanceof String)) {
        throw new AssertionError("values." + m.group(1) + " is not a list or string: " + v);
      }
      boolean empty = v instanceof Collection<?> c ? c.isEmpty() : ((String) v).isEmpty();
      m.appendReplacement(out, Matcher.quoteReplacement(empty ? "" : m.group(2)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
