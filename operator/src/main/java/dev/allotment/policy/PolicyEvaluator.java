package dev.allotment.policy;

import dev.allotment.api.v1alpha1.ClusterPolicySpec;
import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.QuotaSpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TenancyRuleSpec;
import dev.allotment.program.ComputeQuota;
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
 *   <li>{@code github.allowedRepositories}: a TeamEnvironment's repository name, written or the
 *       default; without the rule, {@link #DEFAULT_REPOSITORIES};
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
 * is present but empty allows nothing: the chart's default policy ships {@code
 * azure.allowedSubscriptions}, {@code github.allowedOrganizations} and {@code
 * github.allowedTemplates} so, for the platform to fill in (the operator's default subscription,
 * never checked, stays allowed). An absent list allows everything.
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
  static final String GITHUB_REPOSITORIES = "github.allowedRepositories";
  static final String GITHUB_MEMBERS = "github.allowedMembers";
  static final String MAX_MEMBERS = "limits.maxMembersPerEnvironment";
  static final String MAX_TEAM_ENVIRONMENTS = "limits.maxTeamEnvironmentsPerNamespace";
  static final String MAX_CLUSTERS = "limits.maxClustersPerNamespace";

  /** Argo CD projects a team may use when no policy lists any. */
  static final List<String> DEFAULT_PROJECTS = List.of("{team}", "team-{team}");

  /**
   * Repository names a team may use when no policy lists any: the team's and stage's, as for
   * namespaces. Repository names are global in an organization, so without this a team could take
   * another team's default name before that team orders it, and a development order could take
   * production's.
   */
  static final List<String> DEFAULT_REPOSITORIES = List.of("{team}-{stage}", "{team}-{stage}-*");

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
    List<AllowedLists.ListRule> lists =
        List.of(
            new AllowedLists.ListRule(
                AZURE_LOCATIONS,
                request.azureLocationField(),
                request.azureLocation(),
                s -> s.getAzure() == null ? null : s.getAzure().getAllowedLocations()),
            new AllowedLists.ListRule(
                GITHUB_ORGANIZATIONS,
                "spec.github.organization",
                request.githubOrganization(),
                s -> s.getGithub() == null ? null : s.getGithub().getAllowedOrganizations()),
            new AllowedLists.ListRule(
                CLUSTER_PROVIDERS,
                "spec.provider",
                request.clusterProvider().map(PolicyEvaluator::providerName),
                s ->
                    clusters(s)
                        .map(c -> AllowedLists.providerNames(c.getAllowedProviders()))
                        .orElse(null)),
            new AllowedLists.ListRule(
                CLUSTER_REGIONS,
                "spec.region",
                request.region(),
                s -> clusters(s).map(ClusterPolicySpec::getAllowedRegions).orElse(null)),
            new AllowedLists.ListRule(
                CLUSTER_NODE_SIZES,
                "spec.nodePool.size",
                request.nodeSize(),
                s -> clusters(s).map(ClusterPolicySpec::getAllowedNodeSizes).orElse(null)));
    for (AllowedLists.ListRule rule : lists) {
      rule.value().ifPresent(value -> AllowedLists.allowedList(named, rule, value, violations));
    }
    // Subscriptions and templates as the other lists (absent: all); Argo CD projects and
    // repositories deny by default: without a policy, a team registers only into its own project
    // and names repositories only under its own and its stage's prefix.
    List<AllowedLists.ListRule> globs =
        List.of(
            new AllowedLists.ListRule(
                AZURE_SUBSCRIPTIONS,
                "spec.azure.subscriptionId",
                request.azureSubscription(),
                s -> s.getAzure() == null ? null : s.getAzure().getAllowedSubscriptions()),
            new AllowedLists.ListRule(
                GITHUB_TEMPLATES,
                "spec.github.template",
                request.githubTemplate(),
                s -> s.getGithub() == null ? null : s.getGithub().getAllowedTemplates()),
            new AllowedLists.ListRule(
                ARGOCD_PROJECTS,
                "spec.argocd.project",
                request.argocdProject(),
                s -> s.getArgocd() == null ? null : s.getArgocd().getAllowedProjects()),
            new AllowedLists.ListRule(
                GITHUB_REPOSITORIES,
                "spec.github.repository",
                request.githubRepository(),
                s -> s.getGithub() == null ? null : s.getGithub().getAllowedRepositories()));
    for (AllowedLists.ListRule rule : globs) {
      List<String> fallback =
          switch (rule.name()) {
            case ARGOCD_PROJECTS -> DEFAULT_PROJECTS;
            case GITHUB_REPOSITORIES -> DEFAULT_REPOSITORIES;
            default -> null;
          };
      rule.value()
          .ifPresent(
              v ->
                  AllowedLists.globList(
                      named, rule, v, fallback, request.team(), request.stage(), violations));
    }
    PolicyLimits.allowedMembers(named, "spec.owners", request.owners(), violations);
    PolicyLimits.allowedMembers(named, "spec.contributors", request.contributors(), violations);
    PolicyLimits.memberLimit(named, request, violations);
    request
        .nodeCount()
        .ifPresent(
            n ->
                PolicyLimits.nodeLimit(
                    named, request.stage(), "spec.nodePool.count", n, violations));
    request
        .autoScaleMax()
        .ifPresent(
            n ->
                PolicyLimits.nodeLimit(
                    named, request.stage(), "spec.nodePool.autoScale.max", n, violations));
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

  /**
   * The compute of a namespace of {@code stage} whose resource asks for none: CPU, memory and pods
   * each the smaller of {@link ComputeQuota#DEFAULT}'s and the strictest ceiling the policies set
   * in {@code defaults.<stage>.namespaces.quota}. A vcluster host namespace gets exactly this.
   */
  public static ComputeQuota computeQuota(Stage stage, List<PlatformPolicy> policies) {
    return ComputeCeilings.quota(stage, named(policies));
  }

  /**
   * A problem for each item of a TeamEnvironment's {@code spec.kubernetes.quota} above a policy's
   * ceiling for {@code stage}, naming the field, the policy, its rule and the strictest ceiling.
   */
  public static List<SpecProblem> computeAboveCeiling(
      Stage stage, QuotaSpec requested, List<PlatformPolicy> policies) {
    return ComputeCeilings.exceeded(stage, requested, named(policies));
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
   * limits.maxTeamEnvironmentsPerNamespace} or {@code limits.maxClustersPerNamespace}; see {@link
   * PolicyLimits#namespaceLimit}.
   *
   * @param resource the resource asking
   * @param others the other resources of its kind in its namespace
   * @return the problem, naming the cap and the count, when it is beyond the cap
   */
  public static Optional<SpecProblem> namespaceLimit(
      NamespaceMember resource, List<NamespaceMember> others, List<PlatformPolicy> policies) {
    return PolicyLimits.namespaceLimit(resource, others, policies);
  }

  static Optional<ClusterPolicySpec> clusters(PlatformPolicySpec spec) {
    return Optional.ofNullable(spec.getClusters());
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
}
