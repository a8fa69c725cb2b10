package dev.allotment.policy;

import dev.allotment.api.v1alpha1.NamespaceBaselineSpec;
import dev.allotment.api.v1alpha1.NamespaceQuotaSpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.StageSettingsSpec;
import dev.allotment.program.NamespaceBaseline;
import dev.allotment.validation.SpecProblem;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The namespace baseline of a stage under the PlatformPolicies (see {@link
 * PolicyEvaluator#namespaceBaseline}): each setting is the strictest any policy gives for the stage
 * (restricted over baseline over privileged, DenyAll over DenyMetadata, the smallest quota item),
 * or {@link NamespaceBaseline#DEFAULT}'s when no policy sets it. Both enums are declared from the
 * most permissive to the strictest, so the strictest is the greatest.
 */
final class NamespaceBaselines {

  private static final Pattern STORAGE = Pattern.compile(NamespaceQuotaSpec.STORAGE_PATTERN);

  private NamespaceBaselines() {}

  /** The combined baseline; a malformed value (see {@link #problems}) is left out. */
  static NamespaceBaseline combine(Stage stage, List<PolicyEvaluator.Named> policies) {
    List<NamespaceBaselineSpec> specs =
        policies.stream().flatMap(p -> settings(p, stage).stream()).toList();
    List<NamespaceQuotaSpec> quotas =
        specs.stream().map(NamespaceBaselineSpec::getQuota).filter(Objects::nonNull).toList();
    NamespaceBaseline fallback = NamespaceBaseline.DEFAULT;
    return new NamespaceBaseline(
        specs.stream()
            .map(NamespaceBaselineSpec::getPodSecurity)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(fallback.podSecurity()),
        specs.stream()
            .map(NamespaceBaselineSpec::getEgress)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(fallback.egress()),
        quotas.stream()
            .map(NamespaceQuotaSpec::getStorage)
            .filter(NamespaceBaselines::isStorage)
            .min(Comparator.comparing(s -> Quantity.getAmountInBytes(new Quantity(s))))
            .orElse(fallback.storage()),
        smallest(quotas, NamespaceQuotaSpec::getPersistentVolumeClaims)
            .orElse(fallback.persistentVolumeClaims()),
        smallest(quotas, NamespaceQuotaSpec::getLoadBalancers).orElse(fallback.loadBalancers()),
        smallest(quotas, NamespaceQuotaSpec::getNodePorts).orElse(fallback.nodePorts()));
  }

  /**
   * Every malformed baseline value the policies give for {@code stage}, each naming the policy, the
   * field and the fix. Only a policy stored around the CRD's schema has one.
   */
  static List<SpecProblem> problems(Stage stage, List<PolicyEvaluator.Named> policies) {
    List<SpecProblem> problems = new ArrayList<>();
    for (PolicyEvaluator.Named policy : policies) {
      Optional<NamespaceQuotaSpec> quota =
          settings(policy, stage).map(NamespaceBaselineSpec::getQuota);
      if (quota.isEmpty()) {
        continue;
      }
      String prefix =
          "PlatformPolicy \""
              + PolicyViolation.abbreviate(policy.name())
              + "\" spec.defaults."
              + stage.value()
              + ".namespaces.quota.";
      String storage = quota.get().getStorage();
      if (storage != null && !isStorage(storage)) {
        problems.add(
            new SpecProblem(
                prefix + "storage",
                "\""
                    + PolicyViolation.abbreviate(storage)
                    + "\" is not a quantity of bytes; the platform team must write it like 50Gi"));
      }
      count(prefix + "persistentVolumeClaims", quota.get().getPersistentVolumeClaims(), problems);
      count(prefix + "loadBalancers", quota.get().getLoadBalancers(), problems);
      count(prefix + "nodePorts", quota.get().getNodePorts(), problems);
      ComputeCeilings.malformed(prefix, quota.get(), problems);
    }
    return List.copyOf(problems);
  }

  private static Optional<NamespaceBaselineSpec> settings(
      PolicyEvaluator.Named policy, Stage stage) {
    return policy
        .spec()
        .flatMap(s -> Optional.ofNullable(s.getDefaults()))
        .flatMap(d -> d.forStage(stage))
        .map(StageSettingsSpec::getNamespaces);
  }

  private static boolean isStorage(String value) {
    return value != null && STORAGE.matcher(value).matches();
  }

  private static Optional<Integer> smallest(
      List<NamespaceQuotaSpec> quotas, Function<NamespaceQuotaSpec, Integer> item) {
    return quotas.stream()
        .map(item)
        .filter(n -> n != null && n >= 0)
        .min(Comparator.naturalOrder());
  }

  private static void count(String field, Integer value, List<SpecProblem> problems) {
    if (value != null && value < 0) {
      problems.add(
          new SpecProblem(
              field, "must be 0 or more, got " + value + "; the platform team must correct it"));
    }
  }
}
