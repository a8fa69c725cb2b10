package dev.allotment.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.AzurePolicySpec;
import dev.allotment.api.v1alpha1.GitHubPolicySpec;
import dev.allotment.api.v1alpha1.LimitsPolicySpec;
import dev.allotment.api.v1alpha1.NamespaceBaselineSpec;
import dev.allotment.api.v1alpha1.NamespaceQuotaSpec;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.PolicyDefaultsSpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.StageSettingsSpec;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationKind;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.PlatformPolicies;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform's PlatformPolicies as teams meet them: refusals, changes, forced approval; who may
 * be in a team (github.allowedMembers) and how much one namespace may order (limits).
 */
class PolicyEnforcementTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, engine);

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private final String policyName = "guardrails-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void stop() {
    environments.deleteAll();
    CLUSTER.client().resources(PlatformPolicy.class).withName(policyName).delete();
  }

  @Test
  void aRequestThePolicyForbidsStallsNamingRuleFieldAndAllowedValues() {
    applyPolicy(allowedLocations("swedencentral", "northeurope"));

    TeamEnvironment created = environments.apply(Examples.development());

    assertThat(environments.awaitStalled(created, Reason.POLICY_VIOLATION))
        .contains("spec.azure.location")
        .contains("\"westeurope\"")
        .contains("PlatformPolicy \"" + policyName + "\"")
        .contains("azure.allowedLocations")
        .contains("swedencentral, northeurope");
    assertThat(engine.count(OperationKind.UP)).isZero();
    await()
        .atMost(StackResources.DEADLINE)
        .until(() -> environments.eventReasons(created), r -> r.contains(Reason.POLICY_VIOLATION));

    // The platform team widens the policy: the waiting environment goes ahead by itself.
    CLUSTER
        .client()
        .resources(PlatformPolicy.class)
        .withName(policyName)
        .edit(
            p -> {
              p.getSpec().getAzure().setAllowedLocations(List.of("westeurope", "swedencentral"));
              return p;
            });

    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(engine.count(OperationKind.UP)).isEqualTo(1);
  }

  @Test
  void thePolicyCanForceManualApprovalForProduction() {
    applyPolicy(
        allowedLocations("westeurope", "swedencentral")
            .andThen(s -> s.setRequireManualApprovalFor(List.of(Stage.PRODUCTION))));

    TeamEnvironment production = Examples.production();
    assertThat(production.getSpec().getApproval()).isNull();
    TeamEnvironment created = environments.apply(production);

    environments.awaitCondition(created, ConditionType.READY, "False", Reason.AWAITING_APPROVAL);
    assertThat(engine.count(OperationKind.PREVIEW)).isEqualTo(1);
    assertThat(engine.count(OperationKind.UP)).isZero();
  }

  /** Creates or replaces the test's policy and waits until the API server has it. */
  private void applyPolicy(Consumer<PlatformPolicySpec> spec) {
    PlatformPolicies.apply(CLUSTER.client(), policyName, spec);
  }

  private static Consumer<PlatformPolicySpec> allowedLocations(String... locations) {
    return s -> {
      s.setAzure(new AzurePolicySpec());
      s.getAzure().setAllowedLocations(List.of(locations));
    };
  }

  private static Consumer<PlatformPolicySpec> allowedMembers(String... logins) {
    return s -> {
      s.setGithub(new GitHubPolicySpec());
      s.getGithub().setAllowedMembers(List.of(logins));
    };
  }

  private static Consumer<PlatformPolicySpec> limits(Consumer<LimitsPolicySpec> limits) {
    return s -> {
      s.setLimits(new LimitsPolicySpec());
      limits.accept(s.getLimits());
    };
  }

  private static Consumer<PlatformPolicySpec> developmentCompute(
      String cpu, String memory, Integer pods) {
    return s -> {
      var quota = new NamespaceQuotaSpec();
      quota.setCpu(cpu);
      quota.setMemory(memory);
      quota.setPods(pods);
      var namespaces = new NamespaceBaselineSpec();
      namespaces.setQuota(quota);
      var development = new StageSettingsSpec();
      development.setNamespaces(namespaces);
      s.setDefaults(new PolicyDefaultsSpec());
      s.getDefaults().setDevelopment(development);
    };
  }

  @Test
  void aComputeQuotaAboveTheStagesCeilingStallsUntilTheSpecAsksForLess() {
    applyPolicy(developmentCompute("2", "16Gi", 100));

    // The example asks for 4 CPUs.
    TeamEnvironment created = environments.apply(Examples.development());

    assertThat(environments.awaitStalled(created, Reason.COMPUTE_QUOTA_ABOVE_CEILING))
        .contains("spec.kubernetes.quota.cpu")
        .contains("\"4\" is above the ceiling 2")
        .contains("PlatformPolicy \"" + policyName + "\"")
        .contains("rule defaults.development.namespaces.quota.cpu")
        .contains("ask for at most 2")
        .doesNotContain("spec.kubernetes.quota.memory");
    assertThat(engine.count(OperationKind.UP)).isZero();

    TeamEnvironment fixed =
        environments.edit(created, r -> r.getSpec().getKubernetes().getQuota().setCpu("1500m"));
    environments.awaitUpToDate(fixed, StackResources.DEADLINE);
    assertThat(engine.count(OperationKind.UP)).isEqualTo(1);
  }

  @Test
  void aLoginOutsideTheAllowListStallsNamingItBeforeAnythingRuns() {
    applyPolicy(allowedMembers("alice-nordic", "BOB-DEV"));

    TeamEnvironment created = environments.apply(Examples.development());

    assertThat(environments.awaitStalled(created, Reason.GITHUB_LOGIN_NOT_ALLOWED))
        .contains("spec.contributors")
        .contains("\"carol-dev\"")
        .contains("PlatformPolicy \"" + policyName + "\"")
        .contains("github.allowedMembers")
        .doesNotContain("bob-dev");
    assertThat(engine.count(OperationKind.UP)).isZero();
    assertThat(engine.count(OperationKind.PREVIEW)).isZero();

    // carol-dev joined the organization and the platform lists her: the environment goes ahead.
    applyPolicy(allowedMembers("alice-nordic", "bob-dev", "carol-dev"));
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
  }

  @Test
  void tooManyLoginsStallNamingTheCountAndTheCap() {
    applyPolicy(limits(l -> l.setMaxMembersPerEnvironment(2)));

    TeamEnvironment created = environments.apply(Examples.development());

    assertThat(environments.awaitStalled(created, Reason.MEMBER_LIMIT_REACHED))
        .contains("\"3 logins\"")
        .contains("at most 2 logins")
        .contains("limits.maxMembersPerEnvironment");
    assertThat(engine.count(OperationKind.UP)).isZero();
  }

  @Test
  void aFullNamespaceStallsTheNewestUntilAnotherIsDeleted() {
    CLUSTER.allowAnyTeam();
    applyPolicy(limits(l -> l.setMaxTeamEnvironmentsPerNamespace(1)));
    TeamEnvironment first = environments.apply(Examples.development("cap-a"));
    environments.awaitCondition(first, ConditionType.READY, "True", Reason.UP_TO_DATE);

    TeamEnvironment second = environments.apply(Examples.development("cap-b"));

    assertThat(environments.awaitStalled(second, Reason.NAMESPACE_LIMIT_REACHED))
        .contains("already holds 1 TeamEnvironment created before this one")
        .contains("PlatformPolicy \"" + policyName + "\" allows at most 1 per namespace")
        .contains("limits.maxTeamEnvironmentsPerNamespace");
    assertThat(engine.count(OperationKind.UP, StackResources.ref(second))).isZero();

    environments.delete(first);

    environments.awaitCondition(second, ConditionType.READY, "True", Reason.UP_TO_DATE);
  }

  @Test
  void aCapLoweredLaterStopsOnlyNewEnvironments() {
    CLUSTER.allowAnyTeam();
    applyPolicy(limits(l -> l.setMaxTeamEnvironmentsPerNamespace(2)));
    TeamEnvironment first = environments.apply(Examples.development("low-a"));
    TeamEnvironment second = environments.apply(Examples.development("low-b"));
    environments.awaitCondition(first, ConditionType.READY, "True", Reason.UP_TO_DATE);
    environments.awaitCondition(second, ConditionType.READY, "True", Reason.UP_TO_DATE);

    applyPolicy(limits(l -> l.setMaxTeamEnvironmentsPerNamespace(1)));
    TeamEnvironment third = environments.apply(Examples.development("low-c"));

    // Stalled under either cap; the message shows when the operator applies the lowered one.
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () -> environments.get(third),
            r ->
                StackResources.hasCondition(
                        r, ConditionType.STALLED, "True", Reason.NAMESPACE_LIMIT_REACHED)
                    && StackResources.condition(r, ConditionType.STALLED)
                        .getMessage()
                        .contains(
                            "already holds 2 TeamEnvironments created before this one, and"
                                + " PlatformPolicy \""
                                + policyName
                                + "\" allows at most 1"));
    // The second, beyond the lowered cap, keeps working: its change is applied.
    TeamEnvironment changed =
        environments.edit(second, r -> r.getSpec().getContributors().add("erin-dev"));
    environments.awaitUpToDate(changed, StackResources.DEADLINE);
    assertThat(engine.count(OperationKind.UP, StackResources.ref(second))).isEqualTo(2);
    assertThat(engine.count(OperationKind.UP, StackResources.ref(third))).isZero();
  }
}
