package dev.allotment.policy;

import static dev.allotment.policy.Policies.all;
import static dev.allotment.policy.Policies.environment;
import static dev.allotment.policy.Policies.limits;
import static dev.allotment.policy.Policies.locations;
import static dev.allotment.policy.Policies.members;
import static dev.allotment.policy.Policies.policy;
import static dev.allotment.policy.Policies.withLogins;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.status.Reason;
import dev.allotment.validation.SpecProblem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may be in a team (github.allowedMembers) and the caps of spec.limits: members per
 * environment, TeamEnvironments and Clusters per namespace.
 */
class GitHubMembersAndLimitsTest {

  private static final PolicyRequest PAYMENTS =
      withLogins(environment(), List.of("alice-nordic"), List.of("bob-dev", "carol-dev"));

  static Stream<Arguments> reasons() {
    return Stream.of(
        Arguments.of(
            "logins not allowed only", members("alice-nordic"), Reason.GITHUB_LOGIN_NOT_ALLOWED),
        Arguments.of("too many logins only", limits(null, null, 2), Reason.MEMBER_LIMIT_REACHED),
        Arguments.of(
            "both: the general reason",
            all(members("alice-nordic"), limits(null, null, 2)),
            Reason.POLICY_VIOLATION),
        Arguments.of(
            "a login not allowed and a location not allowed: the general reason",
            all(members("alice-nordic", "bob-dev"), locations("swedencentral")),
            Reason.POLICY_VIOLATION),
        Arguments.of("a location only", locations("swedencentral"), Reason.POLICY_VIOLATION));
  }

  /** The condition reason is the rule's own when every violation is of that rule. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("reasons")
  void reasonNamesTheRuleWhenAllViolationsShareIt(
      String description, Consumer<PlatformPolicySpec> spec, String reason) {
    List<PolicyViolation> violations =
        PolicyEvaluator.evaluate(PAYMENTS, List.of(policy("guardrails", spec)));

    assertThat(violations).isNotEmpty();
    assertThat(PolicyEvaluator.reason(violations)).isEqualTo(reason);
  }

  @Test
  void aLoginNotAllowedNamesTheLoginThePolicyAndTheWayOut() {
    List<PolicyViolation> violations =
        PolicyEvaluator.evaluate(
            PAYMENTS, List.of(policy("org-members", members("alice-nordic", "bob-dev"))));

    assertThat(violations)
        .extracting(PolicyViolation::message)
        .singleElement()
        .asString()
        .startsWith(
            "spec.contributors \"carol-dev\" is not allowed by PlatformPolicy \"org-members\""
                + " (rule github.allowedMembers)")
        .endsWith("allowed: members the policy lists; ask the platform team to add one")
        // The organization's people are not for a tenant's status message.
        .doesNotContain("alice-nordic");
  }

  @Test
  void theLowestMemberCapWinsAndEveryPolicyItBreaksIsNamed() {
    List<PolicyViolation> violations =
        PolicyEvaluator.evaluate(
            PAYMENTS,
            List.of(policy("a-loose", limits(null, null, 2)), policy("b-strict", limits(1, 1, 1))));

    assertThat(violations)
        .extracting(PolicyViolation::message)
        .containsExactly(
            "spec.owners and spec.contributors \"3 logins\" is not allowed by PlatformPolicy"
                + " \"a-loose\" (rule limits.maxMembersPerEnvironment); allowed: at most 1 logins",
            "spec.owners and spec.contributors \"3 logins\" is not allowed by PlatformPolicy"
                + " \"b-strict\" (rule limits.maxMembersPerEnvironment); allowed: at most 1 logins");
  }

  // ---- resources per namespace

  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

  private static NamespaceMember environmentCreatedAt(
      int second, String name, boolean hasStack, boolean deleting) {
    return new NamespaceMember(
        PolicyRequest.TEAM_ENVIRONMENT,
        "team-payments",
        name,
        T0.plusSeconds(second),
        hasStack,
        deleting);
  }

  private static NamespaceMember fresh(int second, String name) {
    return environmentCreatedAt(second, name, false, false);
  }

  private static NamespaceMember running(int second, String name) {
    return environmentCreatedAt(second, name, true, false);
  }

  static Stream<Arguments> namespaceCaps() {
    return Stream.of(
        cap("no cap", null, fresh(9, "new"), List.of(running(1, "a"), running(2, "b")), false),
        cap("room left", 3, fresh(9, "new"), List.of(running(1, "a"), running(2, "b")), false),
        cap(
            "full: a new one is stalled",
            2,
            fresh(9, "new"),
            List.of(running(1, "a"), running(2, "b")),
            true),
        cap(
            "those created later do not count",
            1,
            fresh(1, "first"),
            List.of(fresh(2, "b"), running(3, "c")),
            false),
        cap("the same second: the name decides", 1, fresh(1, "b"), List.of(fresh(1, "a")), true),
        cap(
            "a cap lowered later never stalls one that has a stack",
            1,
            running(3, "c"),
            List.of(running(1, "a"), running(2, "b")),
            false),
        cap(
            "one being deleted makes room",
            2,
            fresh(9, "new"),
            List.of(running(1, "a"), environmentCreatedAt(2, "b", true, true)),
            false),
        cap(
            "earlier ones waiting for room count too: first come, first served",
            2,
            fresh(9, "new"),
            List.of(running(1, "a"), fresh(2, "waiting")),
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namespaceCaps")
  void capsResourcesPerNamespaceInCreationOrder(
      String description,
      Integer cap,
      NamespaceMember resource,
      List<NamespaceMember> others,
      boolean stalled) {
    Optional<SpecProblem> problem =
        PolicyEvaluator.namespaceLimit(
            resource, others, List.of(policy("caps", limits(cap, null, null))));

    assertThat(problem.isPresent()).isEqualTo(stalled);
  }

  @Test
  void theNamespaceProblemNamesTheCapTheCountAndTheWayOut() {
    List<NamespaceMember> three =
        IntStream.range(0, 3).mapToObj(i -> running(i, "env-" + i)).toList();
    List<PlatformPolicy> policies =
        List.of(policy("a-loose", limits(5, null, null)), policy("b-strict", limits(3, 1, null)));

    Optional<SpecProblem> problem =
        PolicyEvaluator.namespaceLimit(fresh(9, "new"), three, policies);

    assertThat(problem)
        .map(SpecProblem::toString)
        .contains(
            "metadata.namespace: team-payments already holds 3 TeamEnvironments created before"
                + " this one, and PlatformPolicy \"b-strict\" allows at most 3 per namespace (rule"
                + " limits.maxTeamEnvironmentsPerNamespace): delete one of them, or ask the"
                + " platform team to raise the cap");
  }

  @Test
  void clustersAreCountedOnTheirOwnCap() {
    NamespaceMember cluster =
        new NamespaceMember(
            PolicyRequest.CLUSTER, "team-payments", "c2", T0.plusSeconds(9), false, false);
    NamespaceMember earlier =
        new NamespaceMember(PolicyRequest.CLUSTER, "team-payments", "c1", T0, true, false);
    List<PlatformPolicy> environmentsOnly = List.of(policy("caps", limits(1, null, null)));
    List<PlatformPolicy> clustersToo = List.of(policy("caps", limits(5, 1, null)));

    assertThat(PolicyEvaluator.namespaceLimit(cluster, List.of(earlier), environmentsOnly))
        .isEmpty();
    assertThat(PolicyEvaluator.namespaceLimit(cluster, List.of(earlier), clustersToo))
        .map(SpecProblem::message)
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .contains("already holds 1 Cluster created before this one")
                    .contains("limits.maxClustersPerNamespace"));
  }

  private static Arguments cap(
      String description,
      Integer cap,
      NamespaceMember resource,
      List<NamespaceMember> others,
      boolean stalled) {
    return Arguments.of(description, cap, resource, others, stalled);
  }
}
