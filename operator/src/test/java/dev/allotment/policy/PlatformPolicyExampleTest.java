package dev.allotment.policy;

import static dev.allotment.policy.PolicyRequestTest.DEFAULTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.DriftPolicy;
import dev.allotment.api.v1alpha1.EgressPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PodSecurityLevel;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.program.ClusterModel;
import dev.allotment.program.NamespaceBaseline;
import dev.allotment.program.TeamEnvironmentModel;
import dev.allotment.testing.Examples;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The retailer's guardrails in examples/platformpolicy.yaml, against the other examples. */
class PlatformPolicyExampleTest {

  private static final PlatformPolicy GUARDRAILS =
      Examples.load("platformpolicy.yaml", PlatformPolicy.class);

  @Test
  void isAClusterScopedPolicyThatReadsAsWritten() {
    assertThat(GUARDRAILS).isNotInstanceOf(Namespaced.class);
    assertThat(HasMetadata.getPlural(PlatformPolicy.class)).isEqualTo("platformpolicies");
    assertThat(GUARDRAILS.getMetadata().getName()).isEqualTo("platform-guardrails");
    var spec = GUARDRAILS.getSpec();
    assertThat(spec.getAzure().getAllowedLocations())
        .containsExactly("westeurope", "swedencentral", "northeurope");
    assertThat(spec.getClusters().getAllowedProviders())
        .containsExactly(
            ClusterProvider.VCLUSTER, ClusterProvider.DIGITALOCEAN, ClusterProvider.AZURE);
    assertThat(spec.getClusters().getMaxNodeCount().forStage(Stage.PRODUCTION)).contains(20);
    assertThat(spec.getGithub().getAllowedOrganizations()).containsExactly("nordic-retail");
    assertThat(spec.getTenancy()).hasSize(3);
    assertThat(spec.getRequireManualApprovalFor()).containsExactly(Stage.PRODUCTION);
  }

  @Test
  void theNamespaceBaselinePerStageReadsAsWritten() {
    assertThat(PolicyEvaluator.namespaceBaseline(Stage.DEVELOPMENT, List.of(GUARDRAILS)))
        .isEqualTo(
            new NamespaceBaseline(
                PodSecurityLevel.RESTRICTED, EgressPolicy.DenyMetadata, "100Gi", 20, 0, 0));
    assertThat(PolicyEvaluator.namespaceBaseline(Stage.TEST, List.of(GUARDRAILS)))
        .isEqualTo(NamespaceBaseline.DEFAULT);
    assertThat(PolicyEvaluator.namespaceBaseline(Stage.PRODUCTION, List.of(GUARDRAILS)))
        .isEqualTo(
            new NamespaceBaseline(
                PodSecurityLevel.RESTRICTED, EgressPolicy.DenyAll, "500Gi", 50, 1, 0));
  }

  static Stream<Arguments> allowedExamples() throws Exception {
    return Stream.of(
        Arguments.of("teamenvironment-development.yaml", environment(Examples.development())),
        Arguments.of("teamenvironment-production.yaml", environment(Examples.production())),
        Arguments.of("teamenvironment-on-cluster.yaml", environment(Examples.onCluster())),
        Arguments.of("cluster-digitalocean.yaml", cluster("digitalocean")),
        Arguments.of("cluster-azure.yaml", cluster("azure")),
        Arguments.of("cluster-vcluster.yaml", cluster("vcluster")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowedExamples")
  void theExamplesKeepToTheGuardrails(String file, PolicyRequest request) {
    assertThat(PolicyEvaluator.evaluate(request, List.of(GUARDRAILS))).isEmpty();
  }

  @Test
  void checkoutMayNotOrderFromThePaymentsNamespace() throws Exception {
    TeamEnvironment checkout = Examples.onCluster();
    checkout.getSpec().setTeam("checkout");
    assertThat(PolicyEvaluator.evaluate(environment(checkout), List.of(GUARDRAILS)))
        .extracting(PolicyViolation::message)
        .containsExactly(
            "spec.team \"checkout\" is not allowed by PlatformPolicy \"platform-guardrails\" (rule"
                + " tenancy); allowed: payments");
  }

  @Test
  void aLocationOutsideTheEuIsRejectedWithTheAllowedOnes() throws Exception {
    TeamEnvironment production = Examples.production();
    production.getSpec().getAzure().setLocation("eastus");

    assertThat(PolicyEvaluator.evaluate(environment(production), List.of(GUARDRAILS)))
        .extracting(PolicyViolation::message)
        .containsExactly(
            "spec.azure.location \"eastus\" is not allowed by PlatformPolicy"
                + " \"platform-guardrails\" (rule azure.allowedLocations); allowed: westeurope,"
                + " swedencentral, northeurope");
  }

  @Test
  void aTooLargeDevelopmentClusterIsRejected() throws Exception {
    Cluster cluster = Examples.cluster("digitalocean");
    cluster.getSpec().setStage(Stage.DEVELOPMENT);

    assertThat(
            PolicyEvaluator.evaluate(
                PolicyRequest.of(ClusterModel.resolve(cluster, DEFAULTS)), List.of(GUARDRAILS)))
        .extracting(PolicyViolation::message)
        .containsExactly(
            "spec.nodePool.autoScale.max \"6\" is not allowed by PlatformPolicy"
                + " \"platform-guardrails\" (rule clusters.maxNodeCount.development); allowed: at"
                + " most 3");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"team-payments", "platform"})
  void theNamespacesThatMayOrderForPayments(String namespace) throws Exception {
    TeamEnvironmentModel model =
        TeamEnvironmentModel.resolve(Examples.production().getSpec(), DEFAULTS);

    assertThat(
            PolicyEvaluator.evaluate(
                PolicyRequest.of(model, namespace, "payments-production"), List.of(GUARDRAILS)))
        .isEmpty();
  }

  static Stream<Arguments> settings() {
    return Stream.of(
        Arguments.of(
            Stage.DEVELOPMENT,
            SpecSettings.NONE,
            new EffectiveSettings(
                ApprovalMode.Automatic, Optional.of(Duration.ofHours(6)), DriftPolicy.Report)),
        Arguments.of(Stage.TEST, SpecSettings.NONE, EffectiveSettings.DEFAULT),
        Arguments.of(
            Stage.PRODUCTION,
            SpecSettings.NONE,
            new EffectiveSettings(
                ApprovalMode.Manual, Optional.of(Duration.ofMinutes(30)), DriftPolicy.Correct)),
        Arguments.of(
            Stage.PRODUCTION,
            SpecSettings.of(ApprovalMode.Automatic, "2h", DriftPolicy.Report),
            new EffectiveSettings(
                ApprovalMode.Manual, Optional.of(Duration.ofMinutes(30)), DriftPolicy.Correct)),
        Arguments.of(
            Stage.DEVELOPMENT,
            SpecSettings.of(ApprovalMode.Manual, "1h", DriftPolicy.Correct),
            new EffectiveSettings(
                ApprovalMode.Manual, Optional.of(Duration.ofHours(1)), DriftPolicy.Correct)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("settings")
  void settingsPerStage(Stage stage, SpecSettings spec, EffectiveSettings expected) {
    EffectiveSettings settings = PolicyEvaluator.settingsFor(stage, List.of(GUARDRAILS), spec);

    assertThat(settings).isEqualTo(expected);
    assertThat(settings.manualApproval()).isEqualTo(expected.approval() == ApprovalMode.Manual);
  }

  private static PolicyRequest environment(TeamEnvironment resource) throws Exception {
    return PolicyRequest.of(
        TeamEnvironmentModel.resolve(resource.getSpec(), DEFAULTS),
        resource.getMetadata().getNamespace(),
        resource.getMetadata().getName());
  }

  private static PolicyRequest cluster(String provider) throws Exception {
    return PolicyRequest.of(ClusterModel.resolve(Examples.cluster(provider), DEFAULTS));
  }
}
