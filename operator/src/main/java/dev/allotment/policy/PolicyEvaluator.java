package dev.allotment.policy;

import dev.allotment.api.v1alpha1.ClusterPolicySpec;
import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.GitHubPolicySpec;
import dev.allotment.api.v1alpha1.LimitsPolicySpec;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TenancyRuleSpec;
import dev.allotment.program.NamespaceBaseline;
import dev.allotment.status.Reason;
import dev.allotment.validation.DriftInterval;
import dev.allotment.validation.SpecProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides what the PlatformPolicies allow. Pure: requests and policies in, violations or settings
 * out; the same input always gives the same output in the same order.
 *
 * <p>Several policies combine as described on {@link PlatformPolicy}: a request must satisfy each
 * of them, so allowed lists intersect and the strictest node limit wins. A violation is reported
 * for every policy the request breaks; its allowed values are what all policies together allow, so
 * that following the message cannot run into the next policy.
 *
 * <p>Rules and the request values they check (an empty request value is not checked):
 *
 * <ul>
 *   <li>{@code tenancy}: namespace, team and stage (every request);
 *   <li>{@code azure.allowedLocations}: a TeamEnvironment's {@code spec.azure.location}, an azure
 *       Cluster's {@code spec.region};
 *   <li>{@code github.allowedOrganizations}: a TeamEnvironment's {@code spec.github.organization};
 *   <li>{@code clusters.allowedProviders}, {@code clusters.allowedRegions}, {@code
 *       clusters.allowedNodeSizes}, {@code clusters.maxNodeCount.<stage>} (count and auto-scaling
 *       maximum): a Cluster's provider, region and node pool;
 *   <li>{@code github.allowedMembers}, {@code limits.maxMembersPerEnvironment}: a TeamEnvironment's
 *       owners and contributors.
 * </ul>
 *
 * <p>{@code limits.maxTeamEnvironmentsPerNamespace} and {@code limits.maxClustersPerNamespace}
 * depend on the other resources of the namespace, not on the request alone: see {@link
 * #namespaceLimit}.
 *
 * <p>Allowed lists are compared case-insensitively (Azure and GitHub treat names so). A list that
 * is present but empty allows nothing (the CRD requires at least one entry, so only a policy
 * written around the schema has one); an absent list allows everything.
 */
public final class PolicyEvaluator {

  static final String AZURE_LOCATIONS = "azure.allowedLocations";
  static final String GITHUB_ORGANIZATIONS = "github.allowedOrganizations";
  static final String CLUSTER_PROVIDERS = "clusters.allowedProviders";
  static final String CLUSTER_REGIONS = "clusters.allowedRegions";
  static final String CLUSTER_NODE_SIZES = "clusters.allowedNodeSizes";
  static final String MAX_NODE_COUNT = "clusters.maxNodeCount";
  static final String AZURE_SUBSCRIPTIONS = "azure.allowedSubscriptions";
  static final String GITHUB_TEMPLATES = "github.allowedTemplates";
  static final String ARGOCD_PROJECTS = "argocd.allowedProjects";
  static final String GITHUB_MEMBERS = "github.allowedMembers";
  static final String MAX_MEMBERS = "limits.maxMembersPerEnvironment";
  static final String MAX_TEAM_ENVIRONMENTS = "limits.maxTeamEnvironmentsPerNamespace";
  static final String MAX_CLUSTERS = "limits.maxClustersPerNamespace";

  /** Argo CD projects a team may use when no policy lists any. */
  static final List<String> DEFAULT_PROJECTS = List.of("{team}", "team-{team}");

  private PolicyEvaluator() {}

  /**
   * Every violation of {@code request} against {@code policies}; empty when it is allowed. Ordered
   * by rule (tenancy, Azure, GitHub, cluster provider, region, node size, node count), then by
   * policy name.
   */
  public static List<PolicyViolation> evaluate(
      PolicyRequest request, List<PlatformPolicy> policies) {
    List<Named> named = named(policies);
    List<PolicyViolation> violations = new ArrayList<>();
    for (Named policy : named) {
      List<TenancyRuleSpec> rules =
          policy.spec().map(PlatformPolicySpec::getTenancy).orElse(List.of());
      Tenancy.check(request, policy.name(), rules).ifPresent(violations::add);
    }
    List<ListRule> lists =
        List.of(
            new ListRule(
                AZURE_LOCATIONS,
                request.azureLocationField(),
                request.azureLocation(),
                s -> s.getAzure() == null ? null : s.getAzure().getAllowedLocations()),
            new ListRule(
                GITHUB_ORGANIZATIONS,
                "spec.github.organization",
                request.githubOrganization(),
                s -> s.getGithub() == null ? null : s.getGithub().getAllowedOrganizations()),
            new ListRule(
                CLUSTER_PROVIDERS,
                "spec.provider",
                request.clusterProvider().map(PolicyEvaluator::providerName),
                s -> clusters(s).map(c -> providerNames(c.getAllowedProviders())).orElse(null)),
            new ListRule(
                CLUSTER_REGIONS,
                "spec.region",
                request.region(),
                s -> clusters(s).map(ClusterPolicySpec::getAllowedRegions).orElse(null)),
            new ListRule(
                CLUSTER_NODE_SIZES,
                "spec.nodePool.size",
                request.nodeSize(),
                s -> clusters(s).map(ClusterPolicySpec::getAllowedNodeSizes).orElse(null)));
    for (ListRule rule : lists) {
      rule.value().ifPresent(value -> allowedList(named, rule, value, violations));
    }
    // Subscriptions and templates as the other lists (absent: all); Argo CD projects deny by
    // default: without a policy, a team registers only into its own project.
    request
        .azureSubscription()
        .ifPresent(
            v ->
                globList(
                    named,
                    AZURE_SUBSCRIPTIONS,
                    "spec.azure.subscriptionId",
                    v,
                    s -> s.getAzure() == null ? null : s.getAzure().getAllowedSubscriptions(),
                    null,
                    request.team(),
                    violations));
    request
        .githubTemplate()
        .ifPresent(
            v ->
                globList(
                    named,
                    GITHUB_TEMPLATES,
                    "spec.github.template",
                    v,
                    s -> s.getGithub() == null ? null : s.getGithub().getAllowedTemplates(),
                    null,
                    request.team(),
                    violations));
    request
        .argocdProject()
        .ifPresent(
            v ->
                globList(
                    named,
                    ARGOCD_PROJECTS,
                    "spec.argocd.project",
                    v,
                    s -> s.getArgocd() == null ? null : s.getArgocd().getAllowedProjects(),
                    DEFAULT_PROJECTS,
                    request.team(),
                    violations));
    allowedMembers(named, "spec.owners", request.owners(), violations);
    allowedMembers(named, "spec.contributors", request.contributors(), violations);
    memberLimit(named, request, violations);
    request
        .nodeCount()
        .ifPresent(n -> nodeLimit(named, request.stage(), "spec.nodePool.count", n, violations));
    request
        .autoScaleMax()
        .ifPresent(
            n -> nodeLimit(named, request.stage(), "spec.nodePool.autoScale.max", n, violations));
    return List.copyOf(violations);
  }

  /**
   * The tenancy verdict on {@code request} beyond the policies' own tenancy rules: whether the
   * namespace is bound at all, and whether its binding (label and stages annotation on the
   * Namespace) allows the request's team and stage. Empty when it does; {@link #evaluate} then
   * applies the policies' rules.
   *
   * @param binding how the platform bound the request's namespace
   */
  public static Optional<TenancyRefusal> tenancy(
      PolicyRequest request, NamespaceBinding binding, List<PlatformPolicy> policies) {
    return Tenancy.binding(request, binding, policies);
  }

  /** The approval and drift settings of {@code stage} under {@code policies} alone. */
  public static EffectiveSettings settingsFor(Stage stage, List<PlatformPolicy> policies) {
    return settingsFor(stage, policies, SpecSettings.NONE);
  }

  /**
   * The approval and drift settings of a resource of {@code stage}: the policies' settings,
   * combined (Manual over Automatic, the shortest drift interval, Correct over Report), then
   * tightened by what the resource's own spec asks for. The spec can make them stricter, never
   * weaker:
   *
   * <ul>
   *   <li>approval is Manual when any policy's {@code defaults.<stage>.approval} is Manual, any
   *       policy lists the stage in {@code requireManualApprovalFor}, or the spec asks for Manual;
   *       otherwise Automatic (policy Manual beats spec Automatic);
   *   <li>the drift interval is the shortest of the policies' and the spec's; the spec's is used
   *       only when shorter; none of them set means no periodic drift check, and the result is
   *       never below {@link DriftInterval#MINIMUM};
   *   <li>the drift policy is Correct when any policy or the spec says Correct; otherwise Report.
   * </ul>
   */
  public static EffectiveSettings settingsFor(
      Stage stage, List<PlatformPolicy> policies, SpecSettings spec) {
    return settingsFor(stage, policies, spec, DriftInterval.MINIMUM);
  }

  /**
   * As {@link #settingsFor(Stage, List, SpecSettings)}, with the operator's own floor for drift
   * intervals instead of {@link DriftInterval#MINIMUM} ({@code ALLOTMENT_MIN_DRIFT_INTERVAL}).
   */
  public static EffectiveSettings settingsFor(
      Stage stage, List<PlatformPolicy> policies, SpecSettings spec, Duration minimumInterval) {
    return EffectiveSettings.combine(
        stage,
        named(policies).stream().flatMap(p -> p.spec().stream()).toList(),
        spec,
        minimumInterval);
  }

  /**
   * The baseline of the namespaces the operator creates for {@code stage}: team namespaces, and
   * vcluster host namespaces (see {@link NamespaceBaseline#forVclusterHost()}). Each setting of
   * {@code defaults.<stage>.namespaces} is the strictest the policies give: the most restrictive
   * Pod Security level, DenyAll over DenyMetadata, the smallest quota item; a setting no policy
   * gives is {@link NamespaceBaseline#DEFAULT}'s. A resource's spec has no say. Malformed values
   * are left out here; {@link #namespaceBaselineProblems} names them.
   */
  public static NamespaceBaseline namespaceBaseline(Stage stage, List<PlatformPolicy> policies) {
    return NamespaceBaselines.combine(stage, named(policies));
  }

  /**
   * The malformed values of {@code defaults.<stage>.namespaces} in the policies (possible only in a
   * policy stored around the CRD's schema), each naming the policy, the field and the fix.
   */
  public static List<SpecProblem> namespaceBaselineProblems(
      Stage stage, List<PlatformPolicy> policies) {
    return NamespaceBaselines.problems(stage, named(policies));
  }

  private static void allowedList(
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
   * for the request's team). Every policy that has the list must allow the value; when none has it,
   * {@code fallback} decides (null: everything is allowed).
   */
  private static void globList(
      List<Named> policies,
      String rule,
      String field,
      String value,
      Function<PlatformPolicySpec, List<String>> list,
      List<String> fallback,
      String team,
      List<PolicyViolation> violations) {
    List<Named> having = new ArrayList<>();
    for (Named policy : policies) {
      if (policy.spec().map(list).isPresent()) {
        having.add(policy);
      }
    }
    Function<List<String>, List<String>> expand =
        values ->
            values.stream().filter(v -> v != null).map(v -> v.replace("{team}", team)).toList();
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

  /**
   * The condition reason for {@code violations}: {@code GitHubLoginNotAllowed} or {@code
   * MemberLimitReached} when every one is of that rule, else {@code PolicyViolation}.
   */
  public static String reason(List<PolicyViolation> violations) {
    Function<PolicyViolation, String> reasonOf =
        v ->
            switch (v.rule()) {
              case GITHUB_MEMBERS -> Reason.GITHUB_LOGIN_NOT_ALLOWED;
              case MAX_MEMBERS -> Reason.MEMBER_LIMIT_REACHED;
              default -> Reason.POLICY_VIOLATION;
            };
    List<String> reasons = violations.stream().map(reasonOf).distinct().toList();
    return reasons.size() == 1 ? reasons.get(0) : Reason.POLICY_VIOLATION;
  }

  /**
   * Whether a namespace has room for one more resource of a kind under the policies' {@code
   * limits.maxTeamEnvironmentsPerNamespace} or {@code limits.maxClustersPerNamespace} (the lowest
   * cap wins). Resources count in order of creation, so the verdict on one never depends on those
   * created after it; one that already has a stack is always allowed, so a cap lowered later stops
   * only new ones; one being deleted does not count.
   *
   * @param resource the resource asking
   * @param others the other resources of its kind in its namespace
   * @return the problem, naming the cap and the count, when it is beyond the cap
   */
  public static Optional<SpecProblem> namespaceLimit(
      NamespaceMember resource, List<NamespaceMember> others, List<PlatformPolicy> policies) {
    if (resource.hasStack()) {
      return Optional.empty();
    }
    boolean cluster = PolicyRequest.CLUSTER.equals(resource.kind());
    String rule = cluster ? MAX_CLUSTERS : MAX_TEAM_ENVIRONMENTS;
    Function<LimitsPolicySpec, Integer> cap =
        cluster
            ? LimitsPolicySpec::getMaxClustersPerNamespace
            : LimitsPolicySpec::getMaxTeamEnvironmentsPerNamespace;
    Optional<Named> strictest =
        named(policies).stream()
            .filter(p -> limits(p).map(cap).isPresent())
            .min(Comparator.comparing(p -> limits(p).map(cap).orElseThrow()));
    if (strictest.isEmpty()) {
      return Optional.empty();
    }
    int max = limits(strictest.get()).map(cap).orElseThrow();
    long before =
        others.stream().filter(o -> !o.deleting()).filter(o -> o.createdBefore(resource)).count();
    if (before < max) {
      return Optional.empty();
    }
    return Optional.of(
        new SpecProblem(
            "metadata.namespace",
            resource.namespace()
                + " already holds "
                + before
                + " "
                + resource.kind()
                + (before == 1 ? "" : "s")
                + " created before this one, and PlatformPolicy \""
                + PolicyViolation.abbreviate(strictest.get().name())
                + "\" allows at most "
                + max
                + " per namespace (rule "
                + rule
                + "): delete one of them, or ask the platform team to raise the cap"));
  }

  /** Each login outside a policy's {@code github.allowedMembers}, named with its field. */
  private static void allowedMembers(
      List<Named> policies, String field, List<String> logins, List<PolicyViolation> out) {
    for (Named policy : policies) {
      Optional<List<String>> allowed =
          policy
              .spec()
              .map(PlatformPolicySpec::getGithub)
              .map(GitHubPolicySpec::getAllowedMembers)
              .map(values -> values.stream().filter(v -> v != null).toList());
      if (allowed.isEmpty()) {
        continue;
      }
      List<String> outside =
          logins.stream().filter(login -> !containsIgnoreCase(allowed.get(), login)).toList();
      if (!outside.isEmpty()) {
        out.add(
            new PolicyViolation(
                policy.name(),
                GITHUB_MEMBERS,
                field,
                String.join(", ", outside),
                // The list is the organization's people: not for a tenant's status message.
                List.of("members the policy lists; ask the platform team to add one")));
      }
    }
  }

  private static Optional<LimitsPolicySpec> limits(Named policy) {
    return policy.spec().map(PlatformPolicySpec::getLimits);
  }

  private static void nodeLimit(
      List<Named> policies, Stage stage, String field, int value, List<PolicyViolation> out) {
    atMost(
        policies,
        p ->
            p.spec()
                .flatMap(PolicyEvaluator::clusters)
                .map(ClusterPolicySpec::getMaxNodeCount)
                .flatMap(l -> l.forStage(stage)),
        MAX_NODE_COUNT + "." + stage.value(),
        field,
        value,
        "",
        out);
  }

  /** Owners and contributors together beyond a policy's {@code limits.maxMembersPerEnvironment}. */
  private static void memberLimit(
      List<Named> policies, PolicyRequest request, List<PolicyViolation> out) {
    atMost(
        policies,
        p -> limits(p).map(LimitsPolicySpec::getMaxMembersPerEnvironment),
        MAX_MEMBERS,
        "spec.owners and spec.contributors",
        request.owners().size() + request.contributors().size(),
        " logins",
        out);
  }

  /**
   * A violation for each policy whose {@code limit} {@code value} exceeds; what is allowed is the
   * strictest limit of all.
   *
   * @param unit what is counted, for the message: "" or e.g. " logins"
   */
  private static void atMost(
      List<Named> policies,
      Function<Named, Optional<Integer>> limit,
      String rule,
      String field,
      int value,
      String unit,
      List<PolicyViolation> out) {
    Optional<Integer> strictest =
        policies.stream().flatMap(p -> limit.apply(p).stream()).min(Integer::compare);
    for (Named policy : policies) {
      limit
          .apply(policy)
          .filter(max -> value > max)
          .ifPresent(
              max ->
                  out.add(
                      new PolicyViolation(
                          policy.name(),
                          rule,
                          field,
                          value + unit,
                          List.of("at most " + strictest.orElseThrow() + unit))));
    }
  }

  private static Optional<ClusterPolicySpec> clusters(PlatformPolicySpec spec) {
    return Optional.ofNullable(spec.getClusters());
  }

  private static boolean containsIgnoreCase(List<String> values, String value) {
    return values.stream().anyMatch(v -> v != null && v.equalsIgnoreCase(value));
  }

  private static List<String> providerNames(List<ClusterProvider> providers) {
    if (providers == null) {
      return null;
    }
    return providers.stream().filter(p -> p != null).map(PolicyEvaluator::providerName).toList();
  }

  /** The provider's name as written in manifests. */
  static String providerName(ClusterProvider provider) {
    return provider.name().toLowerCase(Locale.ROOT);
  }

  /** Policies sorted by name, so that the output does not depend on the informer's order. */
  static List<Named> named(List<PlatformPolicy> policies) {
    return policies.stream()
        .map(
            p ->
                new Named(
                    p.getMetadata() == null || p.getMetadata().getName() == null
                        ? ""
                        : p.getMetadata().getName(),
                    Optional.ofNullable(p.getSpec())))
        .sorted(Comparator.comparing(Named::name))
        .toList();
  }

  /** A policy's name and spec; a policy without spec restricts nothing. */
  record Named(String name, Optional<PlatformPolicySpec> spec) {}

  /**
   * An allowed-list rule: its name, the request's field and value, and where a policy keeps the
   * list (null when the policy has none).
   */
  private record ListRule(
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
