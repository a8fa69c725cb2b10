package dev.allotment.testing;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Kubernetes API for integration tests: fabric8's mock server in CRUD mode by default, or the
 * cluster of {@code KUBECONFIG} when {@code USE_EXISTING_CLUSTER=true}. Either way the CRDs built
 * from our classes are installed and each test gets a namespace of its own.
 */
public final class TestCluster
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  private static final Path GENERATED_CRDS = Path.of("target", "classes", "META-INF", "fabric8");

  private KubernetesMockServer server;
  private KubernetesClient client;
  private String namespace;

  public static boolean useExistingCluster() {
    return Boolean.parseBoolean(System.getenv("USE_EXISTING_CLUSTER"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (useExistingCluster()) {
      client = new KubernetesClientBuilder().build();
    } else {
      server =
          new KubernetesMockServer(
              new Context(),
              new MockWebServer(),
              new HashMap<>(),
              new KubernetesCrudDispatcher(),
              false);
      server.init();
      // The mock server needs vert.x on the test classpath; the operator uses the JDK client.
      client = server.createClient(new JdkHttpClientFactory());
    }
    installCrds();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    namespace = "allotment-test-" + UUID.randomUUID().toString().substring(0, 8);
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .create();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    client.namespaces().withName(namespace).delete();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    client.close();
    if (server != null) {
      server.destroy();
    }
  }

  public KubernetesClient client() {
    return client;
  }

  /** The current test's namespace. */
  public String namespace() {
    return namespace;
  }

  private void installCrds() {
    installCrds(client, useExistingCluster());
  }

  /** Installs the CRDs the build generated; on a real cluster, waits until they are served. */
  public static void installCrds(KubernetesClient client, boolean waitEstablished) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(GENERATED_CRDS, "*.yml")) {
      for (Path file : files) {
        CustomResourceDefinition crd;
        try (InputStream in = Files.newInputStream(file)) {
          crd = client.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class);
        }
        client
            .apiextensions()
            .v1()
            .customResourceDefinitions()
            .resource(crd)
            .createOr(NonDeletingOperation::update);
        if (waitEstablished) {
          client
              .apiextensions()
              .v1()
              .customResourceDefinitions()
              .withName(crd.getMetadata().getName())
              .waitUntilCondition(
                  c ->
                      c.getStatus() != null
                          && c.getStatus().getConditions().stream()
                              .anyMatch(
                                  cond ->
                                      "Established".equals(cond.getType())
                                          && "True".equals(cond.getStatus())),
                  Duration.ofSeconds(30).toMillis(),
                  TimeUnit.MILLISECONDS);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read generated CRDs in " + GENERATED_CRDS, e);
    }
  }
}
