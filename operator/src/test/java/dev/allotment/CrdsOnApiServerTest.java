package dev.allotment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.examples.RepositoryPaths;
import dev.allotment.testing.Examples;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  private static TeamEnvironment withTeam(TeamEnvironment environment, String team) {
    environment.getSpec().setTeam(team);
    return environment;
  }
}
