package dev.allotment.pulumi;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.core.internal.Codegen;
import com.pulumi.core.internal.Internal;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import dev.allotment.pulumi.digitalocean.DigitaloceanFunctions;
import dev.allotment.pulumi.digitalocean.KubernetesCluster;
import dev.allotment.pulumi.digitalocean.KubernetesClusterArgs;
import dev.allotment.pulumi.digitalocean.KubernetesNodePool;
import dev.allotment.pulumi.digitalocean.KubernetesNodePoolArgs;
import dev.allotment.pulumi.digitalocean.Project;
import dev.allotment.pulumi.digitalocean.ProjectArgs;
import dev.allotment.pulumi.digitalocean.ProjectResources;
import dev.allotment.pulumi.digitalocean.ProjectResourcesArgs;
import dev.allotment.pulumi.digitalocean.Provider;
import dev.allotment.pulumi.digitalocean.ProviderArgs;
import dev.allotment.pulumi.digitalocean.enums.DropletSlug;
import dev.allotment.pulumi.digitalocean.enums.Region;
import dev.allotment.pulumi.digitalocean.inputs.GetKubernetesVersionsArgs;
import dev.allotment.pulumi.digitalocean.inputs.GetKubernetesVersionsPlainArgs;
import dev.allotment.pulumi.digitalocean.inputs.KubernetesClusterMaintenancePolicyArgs;
import dev.allotment.pulumi.digitalocean.inputs.KubernetesClusterNodePoolArgs;
import dev.allotment.pulumi.digitalocean.outputs.GetKubernetesVersionsResult;
import dev.allotment.pulumi.digitalocean.outputs.KubernetesClusterKubeConfig;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the DigitalOcean bindings through the real Pulumi SDK with mocks: the wire names the engine
 * receives are the schema's camelCase property names ({@code nodePool}, {@code autoScale}, {@code
 * minNodes}), never Terraform's snake_case, the function is invoked under its schema token, and the
 * kubeconfig comes back typed and secret.
 */
class DigitalOceanBindingsMocksTest {

  private static final String CLUSTER = "digitalocean:index/kubernetesCluster:KubernetesCluster";
  private static final String GET_KUBERNETES_VERSIONS =
      "digitalocean:index/getKubernetesVersions:getKubernetesVersions";
  private static final String RAW_CONFIG = "apiVersion: v1\nkind: Config\n";

  /** The bindings by token, to honour their additionalSecretOutputs as the engine would. */
  private static final Map<String, Class<?>> BINDINGS_BY_TOKEN =
      Map.of(
          CLUSTER,
          KubernetesCluster.class,
          "digitalocean:index/kubernetesNodePool:KubernetesNodePool",
          KubernetesNodePool.class,
          "digitalocean:index/project:Project",
          Project.class,
          "digitalocean:index/projectResources:ProjectResources",
          ProjectResources.class);

  /**
   * Echoes inputs back as state, adds what DigitalOcean computes, and records what it saw. The
   * Pulumi mock monitor ignores {@code additionalSecretOutputs}, so this does the engine's part:
   * outputs a binding asks to keep secret come back secret. A binding that forgets one therefore
   * fails below, not only in the schema check.
   */
  private static final class DigitalOceanMocks implements Mocks {
    final Map<String, Map<String, Object>> inputsByName = new ConcurrentHashMap<>();
    final List<CallArgs> calls = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
      inputsByName.put(args.name, args.inputs);
      Map<String, Object> state = new HashMap<>(args.inputs);
      if (args.type.equals(CLUSTER)) {
        state.put("endpoint", "https://doks.example");
        state.put("status", "running");
        state.put("clusterUrn", "do:kubernetes:" + args.name + "-id");
        state.put(
            "kubeConfigs",
            List.of(
                Map.of(
                    "rawConfig", RAW_CONFIG,
                    "host", "https://doks.example",
                    "token", "dok_example",
                    "expiresAt", "2026-09-01T00:00:00Z")));
        @SuppressWarnings("unchecked")
        Map<String, Object> pool = new HashMap<>((Map<String, Object>) args.inputs.get("nodePool"));
        pool.put("id", "pool-1");
        pool.put("actualNodeCount", 2);
        state.put("nodePool", pool);
      }
      for (String secret : secretOutputs(args.type)) {
        if (state.containsKey(secret)) {
          state.put(secret, Output.ofSecret(state.get(secret)));
        }
      }
      return CompletableFuture.completedFuture(
          ResourceResult.of(Optional.of(args.name + "-id"), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
      calls.add(args);
      if (!args.token.equals(GET_KUBERNETES_VERSIONS)) {
        return CompletableFuture.failedFuture(new IllegalArgumentException(args.token));
      }
      Map<String, Object> result = new HashMap<>();
      result.put("id", "versions");
      result.put("latestVersion", "1.33.1-do.0");
      result.put("validVersions", List.of("1.33.1-do.0", "1.33.0-do.2"));
      Optional.ofNullable(args.args.get("versionPrefix"))
          .ifPresent(p -> result.put("versionPrefix", p));
      return CompletableFuture.completedFuture(result);
    }

    private static List<String> secretOutputs(String type) {
      Class<?> binding = BINDINGS_BY_TOKEN.get(type);
      if (binding == null) {
        return List.of();
      }
      try {
        Method make =
            binding.getDeclaredMethod(
                "makeResourceOptions", CustomResourceOptions.class, Output.class);
        make.setAccessible(true);
        var options = (CustomResourceOptions) make.invoke(null, null, Codegen.empty());
        return options.getAdditionalSecretOutputs();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final DigitalOceanMocks mocks = new DigitalOceanMocks();

  @AfterEach
  void cleanUp() {
    PulumiTest.cleanup();
  }

  @Test
  void clusterAndFunctionReachTheEngineUnderSchemaNamesAndKubeConfigStaysSecret() {
    TestResult result =
        PulumiTest.withMocks(mocks)
            .runTest(
                ctx -> {
                  var digitalocean =
                      new Provider(
                          "do",
                          ProviderArgs.builder().token("dop_v1_example").httpRetryMax(4).build());
                  var versions =
                      DigitaloceanFunctions.getKubernetesVersions(
                          GetKubernetesVersionsArgs.builder().versionPrefix("1.33.").build(),
                          InvokeOptions.builder().provider(digitalocean).build());
                  var withProvider = CustomResourceOptions.builder().provider(digitalocean).build();
                  var cluster =
                      new KubernetesCluster(
                          "doks",
                          KubernetesClusterArgs.builder()
                              .name("allotment")
                              .region(Region.FRA1)
                              .version(
                                  versions.applyValue(GetKubernetesVersionsResult::latestVersion))
                              .ha(true)
                              .tags("allotment", "team-a")
                              .maintenancePolicy(
                                  KubernetesClusterMaintenancePolicyArgs.builder()
                                      .day("sunday")
                                      .startTime("03:00")
                                      .build())
                              .nodePool(
                                  KubernetesClusterNodePoolArgs.builder()
                                      .name("default")
                                      .size(DropletSlug.DropletS2VCPU4GB)
                                      .autoScale(true)
                                      .minNodes(1)
                                      .maxNodes(3)
                                      .labels(Map.of("pool", "default"))
                                      .build())
                              .build(),
                          withProvider);
                  new KubernetesNodePool(
                      "workers",
                      KubernetesNodePoolArgs.builder()
                          .clusterId(cluster.id())
                          .size(DropletSlug.DropletS4VCPU8GB)
                          .autoScale(true)
                          .minNodes(0)
                          .maxNodes(5)
                          .build(),
                      withProvider);
                  var project =
                      new Project(
                          "team-a",
                          ProjectArgs.builder()
                              .name("team-a")
                              .purpose("Service or API")
                              .environment("Production")
                              .build(),
                          withProvider);
                  new ProjectResources(
                      "team-a-resources",
                      ProjectResourcesArgs.builder()
                          .project(project.id())
                          .resources(cluster.clusterUrn().applyValue(List::of))
                          .build(),
                      withProvider);
                  ctx.export(
                      "plainLatest",
                      Output.of(
                          DigitaloceanFunctions.getKubernetesVersionsPlain(
                                  GetKubernetesVersionsPlainArgs.builder()
                                      .versionPrefix("1.32.")
                                      .build())
                              .thenApply(GetKubernetesVersionsResult::latestVersion)));
                })
            .throwOnError();
    KubernetesCluster cluster = only(result, KubernetesCluster.class);

    // Provider configuration other than strings travels JSON-encoded.
    assertThat(mocks.inputsByName.get("do"))
        .hasEntrySatisfying(
            "httpRetryMax",
            encoded -> assertThat(encoded).isInstanceOf(String.class).isIn("4", "4.0"));

    // Wire names are the schema's property names; the enum travels as its slug.
    Map<String, Object> clusterInputs = mocks.inputsByName.get("doks");
    assertThat(clusterInputs)
        .containsEntry("region", "fra1")
        .containsEntry("version", "1.33.1-do.0")
        .containsEntry("ha", true)
        .containsEntry("tags", List.of("allotment", "team-a"))
        .containsEntry("maintenancePolicy", Map.of("day", "sunday", "startTime", "03:00"))
        .containsEntry(
            "nodePool",
            Map.of(
                "name",
                "default",
                "size",
                "s-2vcpu-4gb",
                "autoScale",
                true,
                "minNodes",
                1.0,
                "maxNodes",
                3.0,
                "labels",
                Map.of("pool", "default")))
        .doesNotContainKeys("node_pool", "maintenance_policy");
    assertThat(mocks.inputsByName.get("workers"))
        .containsEntry("clusterId", "doks-id")
        .containsEntry("size", "s-4vcpu-8gb")
        .containsEntry("autoScale", true)
        .containsEntry("minNodes", 0.0)
        .containsEntry("maxNodes", 5.0)
        .doesNotContainKeys("cluster_id", "auto_scale", "min_nodes", "max_nodes");
    assertThat(mocks.inputsByName.get("team-a"))
        .containsEntry("purpose", "Service or API")
        .containsEntry("environment", "Production");
    assertThat(mocks.inputsByName.get("team-a-resources"))
        .containsEntry("project", "team-a-id")
        .containsEntry("resources", List.of("do:kubernetes:doks-id"));

    // Both forms of the function reach the engine under the schema token, with their inputs,
    // and the explicit provider of the Output form survives the added plugin version.
    assertThat(mocks.calls)
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.token).isEqualTo(GET_KUBERNETES_VERSIONS));
    assertThat(mocks.calls)
        .extracting(c -> c.args.get("versionPrefix"))
        .containsExactlyInAnyOrder("1.33.", "1.32.");
    assertThat(mocks.calls)
        .filteredOn(c -> "1.33.".equals(c.args.get("versionPrefix")))
        .singleElement()
        .satisfies(c -> assertThat(c.provider).contains("pulumi:providers:digitalocean::do"));
    assertThat(value(result.output("plainLatest"))).isEqualTo("1.33.1-do.0");

    // Outputs come back typed; the kubeconfig is secret, and so is anything derived from it.
    assertThat(isSecret(cluster.kubeConfigs())).isTrue();
    assertThat(isSecret(cluster.endpoint())).isFalse();
    Output<String> kubeconfig =
        cluster.kubeConfigs().applyValue(configs -> configs.get(0).rawConfig().orElseThrow());
    assertThat(isSecret(kubeconfig)).isTrue();
    assertThat(value(kubeconfig)).isEqualTo(RAW_CONFIG);
    assertThat(value(cluster.kubeConfigs()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.host()).contains("https://doks.example");
              assertThat(c.clientKey()).isEmpty();
            })
        .extracting(KubernetesClusterKubeConfig::token)
        .isEqualTo(Optional.of("dok_example"));
    assertThat(value(cluster.nodePool()))
        .satisfies(
            pool -> {
              assertThat(pool.name()).isEqualTo("default");
              assertThat(pool.size()).isEqualTo("s-2vcpu-4gb");
              assertThat(pool.autoScale()).contains(true);
              assertThat(pool.minNodes()).contains(1);
              assertThat(pool.maxNodes()).contains(3);
              assertThat(pool.actualNodeCount()).contains(2);
              assertThat(pool.labels()).containsEntry("pool", "default");
              assertThat(pool.tags()).isEmpty();
            });
    assertThat(value(cluster.region())).isEqualTo("fra1");
    assertThat(value(cluster.clusterUrn())).isEqualTo("do:kubernetes:doks-id");
  }

  private static <R extends Resource> R only(TestResult result, Class<R> type) {
    return result.resources().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow();
  }

  private static <T> T value(Output<T> output) {
    return PulumiTest.extractValue(output);
  }

  private static boolean isSecret(Output<?> output) {
    return Internal.of(output).isSecret().join();
  }
}
