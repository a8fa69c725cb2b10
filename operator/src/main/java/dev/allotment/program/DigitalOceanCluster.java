package dev.allotment.program;

import com.pulumi.core.Output;
import com.pulumi.digitalocean.DigitaloceanFunctions;
import com.pulumi.digitalocean.KubernetesCluster;
import com.pulumi.digitalocean.KubernetesClusterArgs;
import com.pulumi.digitalocean.inputs.GetKubernetesVersionsArgs;
import com.pulumi.digitalocean.inputs.KubernetesClusterNodePoolArgs;
import com.pulumi.digitalocean.outputs.KubernetesClusterKubeConfig;
import dev.allotment.api.v1alpha1.Groups;
import java.util.List;
import java.util.Optional;

/**
 * A DigitalOcean Kubernetes cluster with its default node pool. The version the spec names ({@code
 * latest}, {@code 1.31}, {@code 1.31.1}) is resolved to a DigitalOcean release ({@code
 * 1.31.1-do.0}) by the provider's getKubernetesVersions function.
 */
final class DigitalOceanCluster {

  private DigitalOceanCluster() {}

  static ClusterOutputs declare(ClusterModel model) {
    var pool =
        KubernetesClusterNodePoolArgs.builder()
            .name(model.clusterName() + "-default")
            .size(model.nodeSize().orElseThrow())
            .nodeCount(model.nodeCount())
            .autoScale(model.autoScale())
            .tags(tags(model));
    model.minNodes().ifPresent(pool::minNodes);
    model.maxNodes().ifPresent(pool::maxNodes);

    var cluster =
        new KubernetesCluster(
            model.clusterName(),
            KubernetesClusterArgs.builder()
                .name(model.clusterName())
                .region(model.region().orElseThrow())
                .version(resolveVersion(model.version()))
                .nodePool(pool.build())
                .tags(tags(model))
                .build());

    Output<String> kubeconfig =
        cluster
            .kubeConfigs()
            .applyValue(
                configs ->
                    Optional.ofNullable(configs).orElse(List.of()).stream()
                        .findFirst()
                        .flatMap(KubernetesClusterKubeConfig::rawConfig)
                        .orElse(""))
            .asSecret();
    return new ClusterOutputs(cluster.endpoint(), cluster.id(), cluster.version(), kubeconfig);
  }

  /** The newest DigitalOcean release matching what the spec asks for. */
  static Output<String> resolveVersion(String version) {
    if (version.contains("-do.")) {
      return Output.of(version);
    }
    var args = GetKubernetesVersionsArgs.builder();
    if (!ClusterModel.LATEST.equals(version)) {
      // "1.31" must not match "1.310": DigitalOcean versions are <major>.<minor>.<patch>-do.<n>.
      args.versionPrefix(
          version + (version.chars().filter(c -> c == '.').count() == 1 ? "." : "-"));
    }
    return DigitaloceanFunctions.getKubernetesVersions(args.build())
        .applyValue(result -> result.latestVersion());
  }

  private static List<String> tags(ClusterModel model) {
    return List.of(
        Groups.TAG_TEAM + ":" + model.team(),
        Groups.TAG_STAGE + ":" + model.stage().value(),
        Groups.TAG_MANAGED_BY + ":" + Groups.MANAGED_BY);
  }
}
