package dev.allotment.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.StageSettingsSpec;
import dev.allotment.validation.DriftInterval;
import dev.allotment.validation.SpecProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the operator makes of one PlatformPolicy by itself, for the policy's status: the rules it
 * carries and the values it cannot apply. Pure.
 *
 * @param rules the settings the policy gives, as paths under {@code spec} ({@code
 *     azure.allowedLocations}, {@code defaults.production.approval}, {@code tenancy}), in the order
 *     of the spec
 * @param problems malformed values (possible only in a policy stored around the CRD's schema, e.g.
 *     under an older CRD), each naming the policy, the field and the fix: a malformed namespace
 *     baseline stalls the stage's resources with reason {@code InvalidPolicy}; a malformed drift
 *     interval is ignored
 */
public record PolicyReview(List<String> rules, List<SpecProblem> problems) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public PolicyReview {
    rules = List.copyOf(rules);
    problems = List.copyOf(problems);
  }

  public static PolicyReview of(PlatformPolicy policy) {
    List<String> rules = new ArrayList<>();
    if (policy.getSpec() != null) {
      collect(JSON.valueToTree(policy.getSpec()), "", rules);
    }
    List<SpecProblem> problems = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      problems.addAll(PolicyEvaluator.namespaceBaselineProblems(stage, List.of(policy)));
      driftInterval(policy, stage).ifPresent(problems::add);
    }
    return new PolicyReview(rules, problems);
  }

  /** Whether the operator applies every value of the policy as written. */
  public boolean accepted() {
    return problems.isEmpty();
  }

  /** Lists and values are rules; objects are walked into; absent settings are none. */
  private static void collect(JsonNode node, String path, List<String> rules) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (!node.isObject()) {
      rules.add(path);
      return;
    }
    for (String name : (Iterable<String>) node::fieldNames) {
      collect(node.get(name), path.isEmpty() ? name : path + "." + name, rules);
    }
  }

  private static Optional<SpecProblem> driftInterval(PlatformPolicy policy, Stage stage) {
    String interval =
        Optional.ofNullable(policy.getSpec())
            .map(PlatformPolicySpec::getDefaults)
            .flatMap(d -> d.forStage(stage))
            .map(StageSettingsSpec::getDriftInterval)
            .orElse(null);
    if (interval == null || DriftInterval.parse(interval).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        new SpecProblem(
            "PlatformPolicy \""
                + PolicyViolation.abbreviate(policy.getMetadata().getName())
                + "\" spec.defaults."
                + stage.value()
                + ".driftInterval",
            "\""
                + PolicyViolation.abbreviate(interval)
                + "\" is not a whole number of seconds, minutes or hours such as 30m or 6h, so it"
                + " is ignored; the platform team must correct it"));
  }
}
