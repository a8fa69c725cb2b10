package dev.allotment.program;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.LimitRange;
import com.pulumi.kubernetes.core.v1.LimitRangeArgs;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.ResourceQuota;
import com.pulumi.kubernetes.core.v1.ResourceQuotaArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.inputs.LimitRangeItemArgs;
import com.pulumi.kubernetes.core.v1.inputs.LimitRangeSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceQuotaSpecArgs;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.helm.v3.ReleaseArgs;
import com.pulumi.kubernetes.helm.v3.inputs.RepositoryOptsArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.CustomResourceOptions;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.config.ProgramDefaults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A virtual cluster on the hub: the vcluster Helm chart in namespace {@code vc-<team>-<name>}, its
 * kubeconfig read back from the Secret vcluster writes there. Cheap and fast, for development. The
 * host namespace runs every pod synced out of the virtual cluster, so it gets the platform's
 * baseline and a compute quota (see {@link ComputeQuota}) before the chart goes in (see {@link
 * NamespaceBaseline#forVclusterHost()}).
 */
final class VCluster {

  static final String CHART = "vcluster";

  /** Pinned so that a chart release never changes clusters behind the spec's back. */
  static final String CHART_VERSION = "0.21.2";

  private VCluster() {}

  static ClusterOutputs declare(ClusterModel model) {
    String namespaceName = model.vclusterNamespace();
    NamespaceBaseline baseline =
        model
            .vclusterHostBaseline()
            .orElseThrow(() -> new IllegalStateException("a vcluster model without its baseline"));
    ComputeQuota compute =
        model
            .vclusterHostCompute()
            .orElseThrow(() -> new IllegalStateException("a vcluster model without its compute"));
    Map<String, String> hard = new LinkedHashMap<>(compute.vclusterHostItems());
    hard.putAll(baseline.quotaItems());
    Map<String, String> labels =
        Map.of(
            Groups.LABEL_MANAGED_BY,
            Groups.MANAGED_BY,
            Groups.LABEL_TEAM,
            model.team(),
            Groups.LABEL_STAGE,
            model.stage().value());
    Map<String, String> namespaceLabels = new LinkedHashMap<>(labels);
    namespaceLabels.put(Groups.LABEL_KIND, "cluster");
    namespaceLabels.putAll(baseline.podSecurityLabels());
    // Created, never adopted: see TeamNamespace.
    var createOnly =
        new com.pulumi.kubernetes.Provider(
            TeamNamespace.CREATE_ONLY_PROVIDER,
            TeamNamespace.createOnly(java.util.Optional.empty()));
    var namespace =
        new Namespace(
            namespaceName,
            NamespaceArgs.builder()
                .metadata(
                    ObjectMetaArgs.builder().name(namespaceName).labels(namespaceLabels).build())
                .build(),
            CustomResourceOptions.builder().provider(createOnly).build());

    var inNamespace = CustomResourceOptions.builder().dependsOn(namespace).build();
    var quota =
        new ResourceQuota(
            namespaceName + "-quota",
            ResourceQuotaArgs.builder()
                .metadata(
                    ObjectMetaArgs.builder()
                        .name("platform-quota")
                        .namespace(namespaceName)
                        .labels(labels)
                        .build())
                .spec(ResourceQuotaSpecArgs.builder().hard(hard).build())
                .build(),
            inNamespace);
    // Without defaults, a quota on requests refuses every pod synced out of the virtual cluster
    // that declares none.
    var defaults =
        new LimitRange(
            namespaceName + "-limits",
            LimitRangeArgs.builder()
                .metadata(
                    ObjectMetaArgs.builder()
                        .name("platform-defaults")
                        .namespace(namespaceName)
                        .labels(labels)
                        .build())
                .spec(
                    LimitRangeSpecArgs.builder()
                        .limits(
                            LimitRangeItemArgs.builder()
                                .type("Container")
                                .defaultRequest(TeamNamespace.DEFAULT_REQUEST)
                                .default_(
                                    Map.of("memory", TeamNamespace.DEFAULT_LIMIT.get("memory")))
                                .build())
                        .build())
                .build(),
            inNamespace);
    var egress =
        NamespaceEgress.declare(
            namespaceName + "-egress", namespaceName, labels, baseline.egress(), inNamespace);

    var release =
        new Release(
            model.name(),
            ReleaseArgs.builder()
                .name(model.name())
                .namespace(namespaceName)
                .chart(CHART)
                .version(CHART_VERSION)
                .repositoryOpts(
                    RepositoryOptsArgs.builder()
                        .repo(
                            model
                                .vclusterChartRepository()
                                .orElse(ProgramDefaults.VCLUSTER_CHART_REPOSITORY))
                        .build())
                .values(values(model))
                .build(),
            CustomResourceOptions.builder().dependsOn(namespace, quota, defaults, egress).build());

    // vcluster writes its kubeconfig to Secret vc-<release> (key "config") once it is up. The id
    // waits for the release's status, so a preview of a release still to be installed (a new
    // Cluster under Manual approval) does not read a Secret that cannot exist yet: the engine
    // skips a read whose id is unknown.
    var kubeconfigSecret =
        Secret.get(
            model.name() + "-kubeconfig",
            release.status().applyValue(installed -> namespaceName + "/vc-" + model.name()),
            CustomResourceOptions.builder().dependsOn(release).build());
    Output<String> kubeconfig =
        kubeconfigSecret.data().applyValue(d -> ClusterOutputs.decode(d.get("config"))).asSecret();

    return new ClusterOutputs(
        Output.of(endpoint(model)),
        Output.of(namespaceName + "/" + model.name()),
        Output.of(model.version()),
        kubeconfig);
  }

  /** The API server as seen from the hub, where Argo CD runs. */
  static String endpoint(ClusterModel model) {
    return "https://" + model.name() + "." + model.vclusterNamespace() + ".svc:443";
  }

  /** Chart values: the API server reachable from the hub under its service name. */
  static Map<String, Object> values(ClusterModel model) {
    String serviceHost = model.name() + "." + model.vclusterNamespace() + ".svc";
    Map<String, Object> k8s = new LinkedHashMap<>();
    k8s.put("enabled", true);
    if (!ClusterModel.LATEST.equals(model.version())) {
      k8s.put("image", Map.of("tag", "v" + model.version()));
    }
    Map<String, Object> controlPlane = new LinkedHashMap<>();
    controlPlane.put("distro", Map.of("k8s", k8s));
    controlPlane.put("proxy", Map.of("extraSANs", List.of(serviceHost)));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("controlPlane", controlPlane);
    values.put("exportKubeConfig", Map.of("server", endpoint(model)));
    return values;
  }
}
