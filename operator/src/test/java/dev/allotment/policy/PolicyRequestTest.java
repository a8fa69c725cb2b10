package dev.allotment.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.program.ClusterModel;
import dev.allotment.program.TeamEnvironmentModel;
import dev.allotment.testing.Examples;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Requests are built from the resolved models, so operator defaults are checked too. */
class PolicyRequestTest {

  static final ProgramDefaults DEFAULTS =
      new ProgramDefaults(
          Optional.of("nordic-retail"),
          Optional.of("99999999-8888-7777-6666-555555555555"),
          Optional.of("westeurope"),
          "argocd",
          false,
          "https://hub");

  @Test
  void teamEnvironment() throws Exception {
    var resource = Examples.development();
    TeamEnvironmentModel model = TeamEnvironmentModel.resolve(resource.getSpec(), DEFAULTS);

    PolicyRequest request =
        PolicyRequest.of(
            model, "team-payments", "payments-development", DEFAULTS.azureSubscriptionId());

    assertThat(request)
        .isEqualTo(
            new PolicyRequest(
                "TeamEnvironment",
                "team-payments",
                "payments-development",
                "payments",
                Stage.DEVELOPMENT,
                Optional.of("westeurope"),
                Optional.of("nordic-retail"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                // Not the operator's default subscription: a policy may restrict it.
                Optional.of("11111111-2222-3333-4444-555555555555"),
                Optional.empty(),
                // The repository, default or written: its name is the team's and stage's.
                Optional.of("payments-development"),
                Optional.empty(),
                List.of("alice-nordic"),
                List.of("bob-dev", "carol-dev")));
  }

  @Test
  void teamEnvironmentWithOperatorDefaults() throws Exception {
    var resource = Examples.development();
    resource.getSpec().setAzure(null);
    resource.getSpec().setGithub(null);

    PolicyRequest request =
        PolicyRequest.of(
            TeamEnvironmentModel.resolve(resource.getSpec(), DEFAULTS), "team-payments", "x");

    assertThat(request.azureLocation()).contains("westeurope");
    assertThat(request.githubOrganization()).contains("nordic-retail");
  }

  @Test
  void digitalOceanCluster() throws Exception {
    PolicyRequest request =
        PolicyRequest.of(ClusterModel.resolve(Examples.cluster("digitalocean"), DEFAULTS));

    assertThat(request)
        .isEqualTo(
            new PolicyRequest(
                "Cluster",
                "team-payments",
                "payments-prod-ams",
                "payments",
                Stage.PRODUCTION,
                Optional.empty(),
                Optional.empty(),
                Optional.of(ClusterProvider.DIGITALOCEAN),
                Optional.of("ams3"),
                Optional.of("s-4vcpu-8gb"),
                Optional.of(3),
                Optional.of(6),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                // Registered with Argo CD: the project is checked against the policies.
                Optional.of("payments"),
                List.of(),
                List.of()));
  }

  @Test
  void azureClusterRegionIsItsAzureLocation() throws Exception {
    PolicyRequest request =
        PolicyRequest.of(ClusterModel.resolve(Examples.cluster("azure"), DEFAULTS));

    assertThat(request.azureLocation()).contains("westeurope");
    assertThat(request.region()).contains("westeurope");
    assertThat(request.nodeSize()).contains("Standard_D4s_v5");
    assertThat(request.nodeCount()).contains(2);
    assertThat(request.autoScaleMax()).isEmpty();
    assertThat(request.azureLocationField()).isEqualTo("spec.region");
  }

  @Test
  void vclusterHasNoNodesOfItsOwn() throws Exception {
    PolicyRequest request =
        PolicyRequest.of(ClusterModel.resolve(Examples.cluster("vcluster"), DEFAULTS));

    assertThat(request.clusterProvider()).contains(ClusterProvider.VCLUSTER);
    assertThat(request.region()).isEmpty();
    assertThat(request.nodeSize()).isEmpty();
    assertThat(request.nodeCount()).isEmpty();
    assertThat(request.autoScaleMax()).isEmpty();
    assertThat(request.azureLocation()).isEmpty();
  }
}
