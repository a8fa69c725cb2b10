package dev.allotment.policy;

import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.policy.PolicyEvaluator.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The allowed-list rules of {@link PolicyEvaluator}: plain lists (locations, organizations,
 * providers, regions, node sizes), which intersect across policies, and glob lists (subscriptions,
 * templates, Argo CD projects), compared case-insensitively.
 */
final class AllowedLists {

  private AllowedLists() {}

  static void allowedList(
      List<Named> policies, ListRule rule, String value, List<PolicyViolation> violations) {
    List<Named> having = new ArrayList<>();
    List<String> combined = null;
    for (Named policy : policies) {
      Optional<List<String>> allowed = rule.allowedBy(policy);
      if (allowed.isEmpty()) {
        continue;
      }
      having.add(policy);
      List<String> values = allowed.get();
      combined =
          combined == null
              ? values.stream().distinct().toList()
              : combined.stream().filter(v -> containsIgnoreCase(values, v)).toList();
    }
    for (Named policy : having) {
      if (!containsIgnoreCase(rule.allowedBy(policy).orElseThrow(), value)) {
        violations.add(
            new PolicyViolation(policy.name(), rule.name(), rule.field(), value, combined));
      }
    }
  }

  /**
   * An allowed-list rule of globs ({@code *}, compared case-insensitively, {@code {team}} standing
   * for the request's team and {@code {stage}} for its stage). Every policy that has the list must
   * allow the value; when none has it, {@code fallback} decides (null: everything is allowed).
   */
  static void globList(
      List<Named> policies,
      ListRule globs,
      String value,
      List<String> fallback,
      String team,
      Stage stage,
      List<PolicyViolation> violations) {
    String rule = globs.name();
    String field = globs.field();
    Function<PlatformPolicySpec, List<String>> list = globs.list();
    List<Named> having = new ArrayList<>();
    for (Named policy : policies) {
      if (policy.spec().map(list).isPresent()) {
        having.add(policy);
      }
    }
    Function<List<String>, List<String>> expand =
        values ->
            values.stream()
                .filter(v -> v != null)
                .map(v -> v.replace("{team}", team).replace("{stage}", stage.value()))
                .toList();
    if (having.isEmpty()) {
      if (fallback == null) {
        return;
      }
      List<String> allowed = expand.apply(fallback);
      if (!matchesAny(allowed, value)) {
        violations.add(
            new PolicyViolation("(none: " + rule + " is not set)", rule, field, value, allowed));
      }
      return;
    }
    List<String> combined = null;
    for (Named policy : having) {
      List<String> allowed = expand.apply(policy.spec().map(list).orElseThrow());
      combined =
          combined == null
              ? allowed
              : combined.stream().filter(a -> matchesAny(allowed, a)).toList();
    }
    for (Named policy : having) {
      if (!matchesAny(expand.apply(policy.spec().map(list).orElseThrow()), value)) {
        violations.add(new PolicyViolation(policy.name(), rule, field, value, combined));
      }
    }
  }

  private static boolean matchesAny(List<String> patterns, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return patterns.stream().anyMatch(p -> Tenancy.glob(p.toLowerCase(Locale.ROOT), lower));
  }

  static boolean containsIgnoreCase(List<String> values, String value) {
    return values.stream().anyMatch(v -> v != null && v.equalsIgnoreCase(value));
  }

  static List<String> providerNames(List<ClusterProvider> providers) {
    if (providers == null) {
      return null;
    }
    return providers.stream().filter(p -> p != null).map(PolicyEvaluator::providerName).toList();
  }

  /**
   * An allowed-list rule: its name, the request's field and value, and where a policy keeps the
   * list (null when the policy has none).
   */
  record ListRule(
      String name,
      String field,
      Optional<String> value,
      Function<PlatformPolicySpec, List<String>> list) {

    /** The policy's list without null entries; empty when the policy has no such list. */
    Optional<List<String>> allowedBy(Named policy) {
      return policy.spec().map(list).map(values -> values.stream().filter(v -> v != null).toList());
    }
  }
}
