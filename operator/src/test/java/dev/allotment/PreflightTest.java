package dev.allotment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's start-up checks. On fabric8's mock server: the test control plane is shared by the
 * test classes and has our CRDs installed, and these tests need an API server without them.
 */
class PreflightTest {

  private KubernetesMockServer server;

  @BeforeEach
  void start() {
    server = TestCluster.startMockServer();
  }

  @AfterEach
  void stop() {
    server.destroy();
  }

  @Test
  void missingCrdsAreNamedWithTheFix() {
    try (var client = server.createClient(new JdkHttpClientFactory())) {
      assertThat(Preflight.check(client))
          .containsExactly(
              "CustomResourceDefinition teamenvironments.platform.allotment.dev is not installed:"
                  + " kubectl apply -f crds/",
              "CustomResourceDefinition clusters.platform.allotment.dev is not installed:"
                  + " kubectl apply -f crds/",
              "CustomResourceDefinition platformpolicies.platform.allotment.dev is not installed:"
                  + " kubectl apply -f crds/",
              "CustomResourceDefinition nameclaims.platform.allotment.dev is not installed:"
                  + " kubectl apply -f crds/");
    }
  }

  @Test
  void passesWhenTheCrdsArePresent() {
    try (var client = server.createClient(new JdkHttpClientFactory())) {
      for (String name : Preflight.CRDS) {
        client.load(crdFile(name)).create();
      }
      assertThat(Preflight.check(client)).isEmpty();
    }
  }

  private static java.io.InputStream crdFile(String name) {
    try {
      return java.nio.file.Files.newInputStream(
          java.nio.file.Path.of("..", "crds", name + ".yaml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void unreachableApiServerIsReported() {
    try (var client =
        new KubernetesClientBuilder()
            .withHttpClientFactory(new JdkHttpClientFactory())
            .withConfig(
                new io.fabric8.kubernetes.client.ConfigBuilder()
                    .withMasterUrl("https://127.0.0.1:1")
                    .withRequestRetryBackoffLimit(0)
                    .build())
            .build()) {
      assertThat(Preflight.check(client))
          .singleElement()
          .asString()
          .startsWith("cannot reach the Kubernetes API at https://127.0.0.1:1/")
          .endsWith("check the current kube context or KUBECONFIG");
    }
  }
}
