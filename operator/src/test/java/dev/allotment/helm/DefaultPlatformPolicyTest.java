package dev.allotment.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationKind;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A fresh install is safe: the chart installs a PlatformPolicy that the real API server accepts,
 * and under it the operator refuses what the platform has not chosen (another subscription, a
 * template repository) and holds production changes for approval, while an ordinary development
 * order goes ahead.
 */
class DefaultPlatformPolicyTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, engine);

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);

  private static final String POLICY = Helm.RELEASE + "-defaults";
  private static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";

  @BeforeEach
  void installTheChartsPolicy() throws IOException {
    JsonNode policy =
        Helm.locate()
            .template(
                "--set",
                "defaults.githubOrganization=nordic-retail",
                "--set",
                "defaults.azure.subscriptionId=" + SUBSCRIPTION)
            .stream()
            .filter(d -> d.path("kind").asText().equals("PlatformPolicy"))
            .reduce(
                (a, b) -> {
                  throw new AssertionError("the chart renders more than one PlatformPolicy");
                })
            .orElseThrow(() -> new AssertionError("the chart renders no PlatformPolicy"));
    assertThat(policy.at("/metadata/name").asText()).isEqualTo(POLICY);
    assertThat(policy.at("/spec/azure/allowedSubscriptions").toString())
        .isEqualTo("[\"" + SUBSCRIPTION + "\"]");
    assertThat(policy.at("/spec/github/allowedOrganizations").toString())
        .isEqualTo("[\"nordic-retail\"]");
    assertThat(policy.at("/spec/github/allowedTemplates").toString()).isEqualTo("[]");
    assertThat(policy.at("/spec/clusters/maxNodeCount/production").asInt()).isEqualTo(10);

    var applied = CLUSTER.kubectl().run(policy.toString(), "apply", "--server-side", "-f", "-");
    assertThat(applied.ok()).as("the API server accepts the chart's policy: %s", applied).isTrue();
    PlatformPolicy installed =
        CLUSTER.client().resources(PlatformPolicy.class).withName(POLICY).get();
    assertThat(installed.getSpec().getRequireRetainFor()).hasSize(1);
    assertThat(installed.getSpec().getGithub().getAllowedTemplates()).isEmpty();
  }

  @AfterEach
  void removeIt() {
    environments.deleteAll();
    CLUSTER.client().resources(PlatformPolicy.class).withName(POLICY).delete();
  }

  @Test
  void anOrderInASubscriptionThePlatformDidNotChooseStallsUntilItMovesToOne() {
    TeamEnvironment elsewhere = Examples.development();
    elsewhere.getSpec().getAzure().setSubscriptionId("99999999-8888-7777-6666-555555555555");
    TeamEnvironment refused = environments.apply(elsewhere);

    assertThat(environments.awaitStalled(refused, Reason.POLICY_VIOLATION))
        .contains("spec.azure.subscriptionId")
        .contains("PlatformPolicy \"" + POLICY + "\"")
        .contains("azure.allowedSubscriptions")
        .contains(SUBSCRIPTION);
    assertThat(engine.count(OperationKind.UP)).isZero();

    TeamEnvironment moved =
        environments.edit(refused, r -> r.getSpec().getAzure().setSubscriptionId(SUBSCRIPTION));
    environments.awaitUpToDate(moved, StackResources.DEADLINE);
    assertThat(engine.count(OperationKind.UP)).isEqualTo(1);
  }

  @Test
  void productionNeedsAnAllowedTemplateAndWaitsForApproval() {
    // The example creates its repository from nordic-retail/service-template: not chosen yet
    // (and names a subscription the platform did not choose either).
    TeamEnvironment withTemplate = environments.apply(Examples.production());

    assertThat(environments.awaitStalled(withTemplate, Reason.POLICY_VIOLATION))
        .contains("spec.github.template")
        .contains("github.allowedTemplates")
        .contains("allowed: none");

    // Without the template, in the subscription the platform chose (the example names another).
    TeamEnvironment plain =
        environments.edit(
            withTemplate,
            r -> {
              r.getSpec().getGithub().setTemplate(null);
              r.getSpec().getAzure().setSubscriptionId(SUBSCRIPTION);
            });
    environments.awaitObserved(
        plain, ConditionType.READY, "False", Reason.AWAITING_APPROVAL, StackResources.DEADLINE);
    await().atMost(StackResources.DEADLINE).until(() -> engine.count(OperationKind.PREVIEW) >= 1);
    assertThat(engine.count(OperationKind.UP)).isZero();
  }
}
