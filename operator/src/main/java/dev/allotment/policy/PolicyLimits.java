package dev.allotment.policy;

import static dev.allotment.policy.PolicyEvaluator.GITHUB_MEMBERS;
import static dev.allotment.policy.PolicyEvaluator.MAX_CLUSTERS;
import static dev.allotment.policy.PolicyEvaluator.MAX_MEMBERS;
import static dev.allotment.policy.PolicyEvaluator.MAX_NODE_COUNT;
import static dev.allotment.policy.PolicyEvaluator.MAX_TEAM_ENVIRONMENTS;

import dev.allotment.api.v1alpha1.ClusterPolicySpec;
import dev.allotment.api.v1alpha1.GitHubPolicySpec;
import dev.allotment.api.v1alpha1.LimitsPolicySpec;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.policy.PolicyEvaluator.Named;
import dev.allotment.validation.SpecProblem;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The counting rules of {@link PolicyEvaluator}: who may be listed ({@code github.allowedMembers})
 * and how many ({@code limits.maxMembersPerEnvironment}), node counts per stage, and resources per
 * namespace ({@code limits.maxTeamEnvironmentsPerNamespace}, {@code
 * limits.maxClustersPerNamespace}). The strictest limit of all policies is what is allowed.
 */
final class PolicyLimits {

  private PolicyLimits() {}

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
  static Optional<SpecProblem> namespaceLimit(
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
        PolicyEvaluator.named(policies).stream()
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
  static void allowedMembers(
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
          logins.stream()
              .filter(login -> !AllowedLists.containsIgnoreCase(allowed.get(), login))
              .toList();
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

  static void nodeLimit(
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
  static void memberLimit(List<Named> policies, PolicyRequest request, List<PolicyViolation> out) {
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
}
