package dev.allotment.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationKind;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The platform's PlatformPolicies as teams meet them: refusals, changes, forced approval. */
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

  private PlatformPolicy policy(List<String> locations, List<Stage> manualStages) {
    PlatformPolicy policy =
        CLUSTER
            .client()
            .getKubernetesSerialization()
            .unmarshal(
                String.join(
                    "\n",
                    "apiVersion: platform.allotment.dev/v1alpha1",
                    "kind: PlatformPolicy",
                    "metadata:",
                    "  name: " + policyName,
                    "spec:",
                    "  azure:",
                    "    allowedLocations: [" + String.join(", ", locations) + "]"),
                PlatformPolicy.class);
    policy.getSpec().setRequireManualApprovalFor(manualStages);
    return policy;
  }

  @Test
  void aRequestThePolicyForbidsStallsNamingRuleFieldAndAllowedValues() {
    CLUSTER.client().resource(policy(List.of("swedencentral", "northeurope"), List.of())).create();
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () ->
                CLUSTER.client().resources(PlatformPolicy.class).withName(policyName).get()
                    != null);

    TeamEnvironment created = environments.apply(Examples.development());

    TeamEnvironment stalled =
        environments.awaitCondition(
            created, ConditionType.STALLED, "True", Reason.POLICY_VIOLATION);
    assertThat(StackResources.condition(stalled, ConditionType.STALLED).getMessage())
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
    CLUSTER
        .client()
        .resource(policy(List.of("westeurope", "swedencentral"), List.of(Stage.PRODUCTION)))
        .create();
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () ->
                CLUSTER.client().resources(PlatformPolicy.class).withName(policyName).get()
                    != null);

    TeamEnvironment production = Examples.production();
    assertThat(production.getSpec().getApproval()).isNull();
    TeamEnvironment created = environments.apply(production);

    environments.awaitCondition(created, ConditionType.READY, "False", Reason.AWAITING_APPROVAL);
    assertThat(engine.count(OperationKind.PREVIEW)).isEqualTo(1);
    assertThat(engine.count(OperationKind.UP)).isZero();
  }
}
