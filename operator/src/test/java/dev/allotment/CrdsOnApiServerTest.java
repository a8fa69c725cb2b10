package dev.allotment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.examples.RepositoryPaths;
import dev.allotment.testing.Examples;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What users install is accepted by a real kube-apiserver: every CRD under {@code crds/} and in the
 * Helm chart becomes Established (the API server checks the schema, including the estimated cost of
 * every CEL rule, which no mock does), and the rules in them hold.
 */
class CrdsOnApiServerTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  @TestFactory
  Stream<DynamicTest> everyShippedCrdIsEstablished() throws IOException {
    List<Path> files;
    try (Stream<Path> committed = Files.list(RepositoryPaths.crds());
        Stream<Path> chart = Files.list(RepositoryPaths.chart().resolve("crds"))) {
      files =
          Stream.concat(committed, chart)
              .filter(f -> f.getFileName().toString().endsWith(".yaml"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(6);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    RepositoryPaths.root().relativize(file).toString(),
                    () -> {
                      CustomResourceDefinition crd =
                          TestCluster.installCrd(CLUSTER.client(), file, true);
                      assertThat(crd.getSpec().getGroup()).isEqualTo("platform.allotment.dev");
                    }));
  }

  @Test
  void teamAndStageCannotBeChanged() {
    TeamEnvironment environment = Examples.development();
    environment.getMetadata().setNamespace(CLUSTER.namespace());
    CLUSTER.client().resource(environment).create();

    var resource =
        CLUSTER
            .client()
            .resources(TeamEnvironment.class)
            .inNamespace(CLUSTER.namespace())
            .withName(environment.getMetadata().getName());
    assertThatThrownBy(() -> resource.edit(e -> withTeam(e, "checkout")))
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("team is immutable");
  }

  @Test
  void clusterProviderCannotBeChanged() {
    Cluster cluster = Examples.cluster("vcluster");
    cluster.getMetadata().setNamespace(CLUSTER.namespace());
    CLUSTER.client().resource(cluster).create();

    var resource =
        CLUSTER
            .client()
            .resources(Cluster.class)
            .inNamespace(CLUSTER.namespace())
            .withName(cluster.getMetadata().getName());
    assertThatThrownBy(
            () ->
                resource.edit(
                    c -> {
                      c.getSpec().setProvider(dev.allotment.api.v1alpha1.ClusterProvider.AZURE);
                      return c;
                    }))
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("provider is immutable");
  }

  @Test
  void loginsThatAreNotGitHubLoginsAreRefusedNamingTheItem() {
    TeamEnvironment environment = Examples.development();
    environment.getMetadata().setNamespace(CLUSTER.namespace());
    environment.getSpec().setContributors(List.of("bob-dev", "not a login"));

    assertThatThrownBy(() -> CLUSTER.client().resource(environment).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("spec.contributors[1]");
  }

  @Test
  void aPolicysNamespaceBaselineWithAMalformedValueIsRefusedNamingTheFieldAndTheFix() {
    // The API server checks the CEL rules only of an object that passes the schema: two policies.
    assertThatThrownBy(
            () ->
                createPolicy(Map.of("podSecurity", "superuser", "quota", Map.of("nodePorts", -1))))
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining(
            "spec.defaults.development.namespaces.podSecurity: Unsupported value: \"superuser\":"
                + " supported values: \"baseline\", \"privileged\", \"restricted\"")
        .hasMessageContaining(
            "spec.defaults.development.namespaces.quota.nodePorts in body should be greater than"
                + " or equal to 0");
    assertThatThrownBy(() -> createPolicy(Map.of("quota", Map.of("storage", "50 GB"))))
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("spec.defaults.development.namespaces.quota.storage: Invalid value:")
        .hasMessageContaining("storage must be a quantity of bytes such as 50Gi or 500Gi");
  }

  @Test
  void oversizedSpecMapsAndStringsAreRefusedBeforeTheOperatorEverReadsThem() {
    // What a tenant writes is cached by the operator: every map and string of a spec is bounded.
    Map<String, String> manyTags = new java.util.TreeMap<>();
    for (int i = 0; i < 41; i++) {
      manyTags.put("tag-" + i, "v");
    }
    String longName = "k".repeat(513);
    String longValue = "v".repeat(257);
    for (var tags :
        List.<Map<String, String>>of(
            manyTags, Map.of(longName, "v"), Map.of("cost-center", longValue))) {
      TeamEnvironment environment = Examples.development();
      environment.getMetadata().setNamespace(CLUSTER.namespace());
      environment.getSpec().getAzure().setTags(tags);
      assertThatThrownBy(() -> CLUSTER.client().resource(environment).create())
          .isInstanceOf(KubernetesClientException.class)
          .hasMessageContaining("spec.azure.tags");
    }
    TeamEnvironment longLocation = Examples.development();
    longLocation.getMetadata().setNamespace(CLUSTER.namespace());
    longLocation.getSpec().getAzure().setLocation("w".repeat(41));
    assertThatThrownBy(() -> CLUSTER.client().resource(longLocation).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("spec.azure.location");

    Cluster cluster = Examples.cluster("vcluster");
    cluster.getMetadata().setNamespace(CLUSTER.namespace());
    cluster.getMetadata().setName("long-label");
    cluster.getSpec().getArgocd().setLabels(Map.of("tier", "t".repeat(64)));
    assertThatThrownBy(() -> CLUSTER.client().resource(cluster).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("spec.argocd.labels");
  }

  /** Creates a PlatformPolicy with {@code namespaces} for development; deletes it if it passes. */
  private static void createPolicy(Map<String, Object> namespaces) {
    var policies =
        CLUSTER
            .client()
            .genericKubernetesResources("platform.allotment.dev/v1alpha1", "PlatformPolicy");
    String name = "baseline-" + CLUSTER.namespace();
    try {
      policies
          .resource(
              new GenericKubernetesResourceBuilder()
                  .withApiVersion("platform.allotment.dev/v1alpha1")
                  .withKind("PlatformPolicy")
                  .withNewMetadata()
                  .withName(name)
                  .endMetadata()
                  .addToAdditionalProperties(
                      "spec",
                      Map.of("defaults", Map.of("development", Map.of("namespaces", namespaces))))
                  .build())
          .create();
    } finally {
      policies.withName(name).delete();
    }
  }

  private static TeamEnvironment withTeam(TeamEnvironment environment, String team) {
    environment.getSpec().setTeam(team);
    return environment;
  }
}
