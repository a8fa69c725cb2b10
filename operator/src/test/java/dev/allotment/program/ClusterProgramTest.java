package dev.allotment.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.render.DeclaredResource;
import dev.allotment.render.ProgramRenderer;
import dev.allotment.render.Rendering;
import dev.allotment.testing.Examples;
import dev.allotment.testing.cloud.GitHubOrganization;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Cluster program for each provider, evaluated with Pulumi's mocks on the examples. */
class ClusterProgramTest {

  private static final ProgramDefaults DEFAULTS =
      new ProgramDefaults(
          Optional.of("nordic-retail"),
          Optional.of("99999999-8888-7777-6666-555555555555"),
          Optional.of("westeurope"),
          "argocd",
          false,
          "https://hub");

  private final ProgramRenderer renderer = new ProgramRenderer();

  private Rendering render(Cluster cluster) throws Exception {
    return renderer.render(
        "allotment-cluster", "test", ClusterProgram.of(ClusterModel.resolve(cluster, DEFAULTS)));
  }

  @Test
  void everyProviderExportsTheSameOutputsWithTheKubeconfigSecret() throws Exception {
    for (String provider : List.of("digitalocean", "azure", "vcluster")) {
      Rendering rendering = render(Examples.cluster(provider));
      assertThat(rendering.outputs())
          .as(provider)
          .containsKeys("endpoint", "clusterId", "kubernetesVersion", "kubeconfig");
      assertThat(rendering.secretOutputs()).as(provider).containsExactly("kubeconfig");
    }
  }

  @Test
  void digitalOceanClusterHasAnAutoScalingNodePool() throws Exception {
    Rendering rendering = render(Examples.cluster("digitalocean"));

    DeclaredResource cluster =
        rendering.get(
            "digitalocean:index/kubernetesCluster:KubernetesCluster",
            "payments-production-payments-prod-ams");
    assertThat(cluster.text("region")).contains("ams3");
    assertThat(cluster.text("nodePool.size")).contains("s-4vcpu-8gb");
    assertThat(cluster.input("nodePool.nodeCount")).contains(3.0);
    assertThat(cluster.input("nodePool.autoScale")).contains(true);
    assertThat(cluster.input("nodePool.minNodes")).contains(3.0);
    assertThat(cluster.input("nodePool.maxNodes")).contains(6.0);
    assertThat(cluster.input("tags"))
        .contains(List.of("team:payments", "stage:production", "managed-by:allotment"));
  }

  @Test
  void digitalOceanVersionResolvesThroughTheProvidersFunction() throws Exception {
    Rendering rendering = render(Examples.cluster("digitalocean"));

    assertThat(rendering.invokes())
        .singleElement()
        .satisfies(
            invoke -> {
              assertThat(invoke.type())
                  .isEqualTo("digitalocean:index/getKubernetesVersions:getKubernetesVersions");
              // "1.31" must select 1.31.x releases, not 1.310.
              assertThat(invoke.text("versionPrefix")).contains("1.31.");
            });
    assertThat(
            rendering
                .ofType("digitalocean:index/kubernetesCluster:KubernetesCluster")
                .get(0)
                .text("version"))
        .contains(ProgramRenderer.COMPUTED);
  }

  @Test
  void digitalOceanLatestAsksForNoPrefixAndFixedReleasesAskNothing() throws Exception {
    Cluster latest = Examples.cluster("digitalocean");
    latest.getSpec().setVersion("latest");
    assertThat(render(latest).invokes())
        .singleElement()
        .satisfies(i -> assertThat(i.input("versionPrefix")).isEmpty());

    Cluster pinned = Examples.cluster("digitalocean");
    pinned.getSpec().setVersion("1.31.1-do.0");
    Rendering rendering = render(pinned);
    assertThat(rendering.invokes()).isEmpty();
    assertThat(
            rendering
                .ofType("digitalocean:index/kubernetesCluster:KubernetesCluster")
                .get(0)
                .text("version"))
        .contains("1.31.1-do.0");
  }

  @Test
  void fixedSizeNodePoolDoesNotAutoScale() throws Exception {
    Cluster fixed = Examples.cluster("digitalocean");
    fixed.getSpec().getNodePool().setAutoScale(null);
    DeclaredResource cluster =
        render(fixed).ofType("digitalocean:index/kubernetesCluster:KubernetesCluster").get(0);
    assertThat(cluster.input("nodePool.autoScale")).contains(false);
    assertThat(cluster.input("nodePool.minNodes")).isEmpty();
  }

  @Test
  void aksClusterLivesInTheTeamsResourceGroupWithASystemIdentity() throws Exception {
    Rendering rendering = render(Examples.cluster("azure"));

    DeclaredResource aks =
        rendering.get(
            "azure-native:containerservice:ManagedCluster", "payments-test-payments-test-aks");
    assertThat(aks.text("resourceGroupName")).contains("rg-payments-test");
    assertThat(aks.text("location")).contains("westeurope");
    assertThat(aks.text("identity.type")).contains("SystemAssigned");
    assertThat(aks.text("agentPoolProfiles.0.vmSize")).contains("Standard_D4s_v5");
    assertThat(aks.input("agentPoolProfiles.0.count")).contains(2.0);
    assertThat(aks.text("agentPoolProfiles.0.mode")).contains("System");
    assertThat(aks.input("agentPoolProfiles.0.enableAutoScaling")).contains(false);
    assertThat(aks.input("kubernetesVersion")).as("latest leaves the version to AKS").isEmpty();
    assertThat(rendering.get("pulumi:providers:azure-native", "azure").text("subscriptionId"))
        .contains("99999999-8888-7777-6666-555555555555");
    assertThat(rendering.invokes())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.type())
                  .isEqualTo("azure-native:containerservice:listManagedClusterUserCredentials");
              assertThat(i.text("resourceGroupName")).contains("rg-payments-test");
            });
  }

  @Test
  void vclusterIsAHelmReleaseOnTheHubReachableByItsServiceName() throws Exception {
    Rendering rendering = render(Examples.cluster("vcluster"));

    assertThat(
            rendering
                .get("kubernetes:core/v1:Namespace", "vc-payments-payments-dev")
                .text("metadata.name"))
        .contains("vc-payments-payments-dev");
    DeclaredResource release = rendering.get("kubernetes:helm.sh/v3:Release", "payments-dev");
    assertThat(release.text("chart")).contains("vcluster");
    assertThat(release.text("version")).contains(VCluster.CHART_VERSION);
    assertThat(release.text("namespace")).contains("vc-payments-payments-dev");
    assertThat(release.text("repositoryOpts.repo")).contains("https://charts.loft.sh");
    assertThat(release.input("values.exportKubeConfig"))
        .contains(Map.of("server", "https://payments-dev.vc-payments-payments-dev.svc:443"));
    assertThat(release.input("values.controlPlane.distro.k8s.image.tag")).contains("v1.31");
    assertThat(release.input("values.controlPlane.proxy.extraSANs"))
        .contains(List.of("payments-dev.vc-payments-payments-dev.svc"));
    assertThat(rendering.outputs().get("endpoint"))
        .isEqualTo("https://payments-dev.vc-payments-payments-dev.svc:443");
  }

  /**
   * The vcluster's host namespace runs the virtual cluster's control plane and every pod synced out
   * of it: Pod Security baseline (vcluster's control plane runs as root, which restricted refuses),
   * no egress to the metadata range, the storage and exposure quota with room for the vcluster's
   * own volume, and the default compute quota.
   */
  @Test
  void theVclusterHostNamespaceGetsTheBaseline() throws Exception {
    Rendering rendering = render(Examples.cluster("vcluster"));
    String host = "vc-payments-payments-dev";

    assertThat(rendering.get("kubernetes:core/v1:Namespace", host).input("metadata.labels"))
        .contains(
            Map.of(
                "app.kubernetes.io/managed-by", "allotment",
                "platform.allotment.dev/team", "payments",
                "platform.allotment.dev/stage", "development",
                "platform.allotment.dev/kind", "cluster",
                "pod-security.kubernetes.io/enforce", "baseline",
                "pod-security.kubernetes.io/enforce-version", "latest",
                "pod-security.kubernetes.io/warn", "baseline",
                "pod-security.kubernetes.io/warn-version", "latest",
                "pod-security.kubernetes.io/audit", "baseline",
                "pod-security.kubernetes.io/audit-version", "latest"));
    DeclaredResource egress =
        rendering.get("kubernetes:networking.k8s.io/v1:NetworkPolicy", host + "-egress");
    assertThat(egress.text("metadata.namespace")).contains(host);
    assertThat(egress.input("spec.policyTypes")).contains(List.of("Egress"));
    assertThat(egress.input("spec.egress.0.to.0.ipBlock"))
        .contains(Map.of("cidr", "0.0.0.0/0", "except", List.of("169.254.0.0/16")));
    DeclaredResource quota = rendering.get("kubernetes:core/v1:ResourceQuota", host + "-quota");
    assertThat(quota.text("metadata.namespace")).contains(host);
    assertThat(quota.input("spec.hard"))
        .contains(
            Map.of(
                "requests.storage", "55Gi",
                "persistentvolumeclaims", "11",
                "services.loadbalancers", "0",
                "services.nodeports", "0",
                "requests.cpu", "4",
                "requests.memory", "8Gi",
                "limits.memory", "8Gi",
                "pods", "50"));
  }

  @Test
  void teamEnvironmentOnAClusterUsesAnExplicitProviderFromItsKubeconfig() throws Exception {
    var model =
        TeamEnvironmentModel.resolve(Examples.onCluster().getSpec(), DEFAULTS)
            .onCluster("https://payments-dev.vc-payments-dev.svc:443", "digest");
    Rendering rendering =
        renderer.render(
            "allotment-teamenvironment",
            "test",
            TeamEnvironmentProgram.of(model, Optional.of("apiVersion: v1\nkind: Config\n")),
            GitHubOrganization.EXAMPLE_MEMBERS);

    DeclaredResource provider =
        rendering.get("pulumi:providers:kubernetes", "cluster-payments-dev");
    assertThat(provider.input("kubeconfig")).isPresent();
    assertThat(rendering.outputs().get("kubernetesServer"))
        .isEqualTo("https://payments-dev.vc-payments-dev.svc:443");
    assertThat(rendering.outputs().get("kubeconfig"))
        .contains("server: https://payments-dev.vc-payments-dev.svc:443");
  }
}
