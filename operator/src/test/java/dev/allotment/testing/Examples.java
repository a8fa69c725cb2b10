package dev.allotment.testing;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.KubernetesSpec;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.policy.NamespaceBinding;
import dev.allotment.policy.NamespaceSource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Loads the manifests in the repository's {@code examples/} folder, as users apply them. */
public final class Examples {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private Examples() {}

  /** The repository's examples folder; tests run with the module folder as working directory. */
  public static Path dir() {
    Path fromModule = Path.of("..", "examples");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("examples");
  }

  public static <T> T load(String file, Class<T> type) {
    try (InputStream in = Files.newInputStream(dir().resolve(file))) {
      return SERIALIZATION.unmarshal(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bindings the examples are written for: namespace team-payments orders for team payments,
   * team-checkout for checkout (labels a platform engineer sets on the Namespaces).
   */
  public static NamespaceSource bindings() {
    return NamespaceSource.of(
        Map.of(
            "team-payments", Map.of(NamespaceBinding.TENANT_LABEL, "payments"),
            "team-checkout", Map.of(NamespaceBinding.TENANT_LABEL, "checkout")),
        Map.of());
  }

  public static TeamEnvironment development() {
    return load("teamenvironment-development.yaml", TeamEnvironment.class);
  }

  /**
   * The example development environment for a team of its own, named after it: names must not
   * collide, and the namespace must be allowed to order for that team.
   */
  public static TeamEnvironment development(String team) {
    TeamEnvironment environment = development();
    environment.getSpec().setTeam(team);
    environment.getMetadata().setName(team + "-development");
    return environment;
  }

  /** The example development environment, its namespace named by the spec. */
  public static TeamEnvironment developmentIn(String namespace) {
    TeamEnvironment environment = development();
    if (environment.getSpec().getKubernetes() == null) {
      environment.getSpec().setKubernetes(new KubernetesSpec());
    }
    environment.getSpec().getKubernetes().setNamespace(namespace);
    return environment;
  }

  public static Cluster cluster(String provider) {
    return load("cluster-" + provider + ".yaml", Cluster.class);
  }

  public static TeamEnvironment onCluster() {
    return load("teamenvironment-on-cluster.yaml", TeamEnvironment.class);
  }

  public static TeamEnvironment production() {
    return load("teamenvironment-production.yaml", TeamEnvironment.class);
  }
}
