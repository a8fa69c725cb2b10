package dev.allotment.policy;

import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.TenancyRuleSpec;
import dev.allotment.status.Reason;
import dev.allotment.validation.SpecProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Tenancy: which namespaces may order for which teams and stages. Deny by default: a namespace
 * orders only when the platform bound it, with the label {@value NamespaceBinding#TENANT_LABEL} on
 * the Namespace ({@link #binding}) or with a PlatformPolicy tenancy rule. A namespace the operator
 * created is bound by the label only: a team picks the names of the namespaces it orders, so a
 * rule's glob could otherwise match one it made for itself.
 *
 * <p>A policy's tenancy rules say which namespaces may order for which teams and stages. When a
 * request matches no rule, the violation names the first of namespace, team and stage that no rule
 * accepts, and lists what would be accepted in its place, so the user learns whether to move the
 * resource or change its team or stage.
 */
final class Tenancy {

  static final String RULE = "tenancy";
  static final String ANY = "*";

  private Tenancy() {}

  /**
   * The binding's verdict on {@code request}: empty when the namespace's label allows it, or when
   * no label binds the namespace but PlatformPolicy tenancy rules exist (they decide, see {@link
   * #check}). A namespace neither labelled nor named by any rule is refused as not bound.
   */
  static Optional<TenancyRefusal> binding(
      PolicyRequest request, NamespaceBinding binding, List<PlatformPolicy> policies) {
    String namespace = PolicyViolation.abbreviate(request.namespace());
    if (binding.team().isPresent()) {
      String team = binding.team().get();
      List<SpecProblem> problems = new ArrayList<>();
      if (!team.equals(request.team())) {
        problems.add(
            new SpecProblem(
                "spec.team",
                "\""
                    + PolicyViolation.abbreviate(request.team())
                    + "\" is not the team of namespace "
                    + namespace
                    + ", which the platform bound to team \""
                    + PolicyViolation.abbreviate(team)
                    + "\" (label "
                    + NamespaceBinding.TENANT_LABEL
                    + " on the Namespace): order for another team from that team's namespace"));
      }
      if (!binding.allows(request.stage())) {
        problems.add(
            new SpecProblem(
                "spec.stage",
                "\""
                    + request.stage().value()
                    + "\" is not a stage namespace "
                    + namespace
                    + " may order for; allowed: "
                    + String.join(", ", binding.stages())
                    + " (annotation "
                    + NamespaceBinding.STAGES_ANNOTATION
                    + " on the Namespace)"));
      }
      return problems.isEmpty()
          ? Optional.empty()
          : Optional.of(new TenancyRefusal(Reason.TENANCY_VIOLATION, problems));
    }
    if (binding.createdByOperator()) {
      return Optional.of(
          notBound(
              "namespace "
                  + namespace
                  + " was created by Allotment (label "
                  + Groups.LABEL_KIND
                  + "), and a namespace the operator creates orders nothing by itself: order from"
                  + " the namespace the platform bound to your team, or have a platform engineer"
                  + " bind this one with "
                  + labelCommand(namespace)));
    }
    boolean rulesExist =
        policies.stream()
            .map(PlatformPolicy::getSpec)
            .filter(s -> s != null && s.getTenancy() != null)
            .anyMatch(s -> s.getTenancy().stream().anyMatch(r -> r != null));
    if (rulesExist) {
      return Optional.empty();
    }
    return Optional.of(
        notBound(
            "namespace "
                + namespace
                + " is not bound to a team, so it may order nothing: a platform engineer binds it"
                + " with "
                + labelCommand(namespace)
                + " (optionally `kubectl annotate namespace "
                + namespace
                + " "
                + NamespaceBinding.STAGES_ANNOTATION
                + "=development,test`), or with a PlatformPolicy tenancy rule"));
  }

  private static TenancyRefusal notBound(String message) {
    return new TenancyRefusal(
        Reason.NAMESPACE_NOT_BOUND, List.of(new SpecProblem("metadata.namespace", message)));
  }

  /** What a platform engineer runs to bind {@code namespace}. */
  private static String labelCommand(String namespace) {
    return "`kubectl label namespace "
        + namespace
        + " "
        + NamespaceBinding.TENANT_LABEL
        + "=<team>`";
  }

  /** Empty when {@code rules} is empty or one of them matches the request. */
  static Optional<PolicyViolation> check(
      PolicyRequest request, String policyName, List<TenancyRuleSpec> tenancy) {
    List<TenancyRuleSpec> rules = tenancy.stream().filter(r -> r != null).toList();
    if (rules.isEmpty() || rules.stream().anyMatch(r -> matches(r, request))) {
      return Optional.empty();
    }
    Predicate<TenancyRuleSpec> namespace = r -> glob(r.getNamespace(), request.namespace());
    Predicate<TenancyRuleSpec> team = r -> listed(r.getTeams(), request.team());
    Predicate<TenancyRuleSpec> stage = r -> listed(r.getStages(), request.stage().value());
    List<TenancyRuleSpec> inNamespace = rules.stream().filter(namespace).toList();
    if (inNamespace.isEmpty()) {
      // Where this team and stage may be ordered from instead.
      TreeSet<String> namespaces = new TreeSet<>();
      rules.stream()
          .filter(team.and(stage))
          .forEach(r -> namespaces.add(String.valueOf(r.getNamespace())));
      return Optional.of(
          violation(policyName, "metadata.namespace", request.namespace(), namespaces));
    }
    List<TenancyRuleSpec> forTeam = inNamespace.stream().filter(team).toList();
    if (forTeam.isEmpty()) {
      TreeSet<String> teams = new TreeSet<>();
      inNamespace.forEach(r -> teams.addAll(nonNull(r.getTeams())));
      return Optional.of(violation(policyName, "spec.team", request.team(), teams));
    }
    TreeSet<String> stages = new TreeSet<>();
    forTeam.forEach(r -> stages.addAll(nonNull(r.getStages())));
    return Optional.of(violation(policyName, "spec.stage", request.stage().value(), stages));
  }

  static boolean matches(TenancyRuleSpec rule, PolicyRequest request) {
    return glob(rule.getNamespace(), request.namespace())
        && listed(rule.getTeams(), request.team())
        && listed(rule.getStages(), request.stage().value());
  }

  private static boolean listed(List<String> values, String value) {
    List<String> list = nonNull(values);
    return list.contains(ANY) || list.contains(value);
  }

  /**
   * Whether {@code name} matches {@code pattern}, in which {@code *} stands for any run of
   * characters (none included) and every other character for itself. Written out rather than turned
   * into a regular expression, which the pattern (from a resource) could otherwise abuse; without
   * recursion, at most pattern length × name length steps.
   */
  static boolean glob(String pattern, String name) {
    if (pattern == null || name == null) {
      return false;
    }
    int p = 0;
    int n = 0;
    int star = -1;
    int starMatch = 0;
    while (n < name.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        starMatch = n;
      } else if (p < pattern.length() && pattern.charAt(p) == name.charAt(n)) {
        p++;
        n++;
      } else if (star >= 0) {
        p = star + 1;
        n = ++starMatch;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  private static PolicyViolation violation(
      String policyName, String field, String value, TreeSet<String> allowed) {
    return new PolicyViolation(policyName, RULE, field, value, List.copyOf(allowed));
  }

  private static List<String> nonNull(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
  }
}
