package dev.allotment.policy;

import dev.allotment.validation.SpecProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One way a request breaks a PlatformPolicy: which policy, which of its rules, and the field, value
 * and allowed values, so that the message tells the user what to change.
 *
 * @param policyName the PlatformPolicy's metadata.name
 * @param rule the rule's path in the policy's spec, e.g. {@code azure.allowedLocations} or {@code
 *     clusters.maxNodeCount.production}
 * @param field the offending field of the resource, e.g. {@code spec.azure.location}
 * @param value the offending value, as written
 * @param allowedValues what every PlatformPolicy together allows for that field (empty: nothing),
 *     e.g. {@code [westeurope, swedencentral]} or {@code [at most 10]}
 */
public record PolicyViolation(
    String policyName, String rule, String field, String value, List<String> allowedValues) {

  /** Longest value shown in a message; status messages must stay readable and safe. */
  static final int MAX_VALUE_LENGTH = 64;

  /** Most allowed values listed in a message. */
  static final int MAX_LISTED = 10;

  public PolicyViolation {
    allowedValues = List.copyOf(allowedValues);
  }

  /**
   * E.g. {@code spec.azure.location "eastus" is not allowed by PlatformPolicy "platform-guardrails"
   * (rule azure.allowedLocations); allowed: westeurope, swedencentral}.
   */
  public String message() {
    return field + " " + detail();
  }

  /** The violation as a spec problem, for the same Stalled path as an invalid spec. */
  public SpecProblem toSpecProblem() {
    return new SpecProblem(field, detail());
  }

  @Override
  public String toString() {
    return message();
  }

  private String detail() {
    return "\""
        + abbreviate(value)
        + "\" is not allowed by PlatformPolicy \""
        + abbreviate(policyName)
        + "\" (rule "
        + rule
        + "); allowed: "
        + allowed();
  }

  private String allowed() {
    if (allowedValues.isEmpty()) {
      return "none";
    }
    String listed =
        allowedValues.stream()
            .limit(MAX_LISTED)
            .map(PolicyViolation::abbreviate)
            .collect(Collectors.joining(", "));
    int more = allowedValues.size() - MAX_LISTED;
    return more > 0 ? listed + " and " + more + " more" : listed;
  }

  /**
   * Keeps hostile or huge values out of status messages: printable ASCII only, at most {@value
   * #MAX_VALUE_LENGTH} characters (as the spec validators do).
   */
  static String abbreviate(String value) {
    if (value == null) {
      return "null";
    }
    String printable = value.replaceAll("[^\\x20-\\x7E]", "?");
    return printable.length() <= MAX_VALUE_LENGTH
        ? printable
        : printable.substring(0, MAX_VALUE_LENGTH) + "…";
  }
}
