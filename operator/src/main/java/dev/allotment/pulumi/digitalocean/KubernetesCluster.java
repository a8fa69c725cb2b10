package dev.allotment.pulumi.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.allotment.pulumi.digitalocean.outputs.KubernetesClusterKubeConfig;
import dev.allotment.pulumi.digitalocean.outputs.KubernetesClusterMaintenancePolicy;
import dev.allotment.pulumi.digitalocean.outputs.KubernetesClusterNodePool;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A DigitalOcean Kubernetes (DOKS) cluster with its default node pool ({@code
 * digitalocean:index/kubernetesCluster:KubernetesCluster}).
 *
 * <p>{@link #kubeConfigs()} is a secret output (the resource requests it through {@code
 * additionalSecretOutputs}); read the kubeconfig with {@code cluster.kubeConfigs().applyValue(c ->
 * c.get(0).rawConfig().orElseThrow())}, which stays secret. The schema has no {@code urn} property:
 * the Pulumi URN is {@link #urn()}, DigitalOcean's own is {@link #clusterUrn()} (use that one with
 * {@link ProjectResources}).
 */
@ResourceType(type = "digitalocean:index/kubernetesCluster:KubernetesCluster")
public class KubernetesCluster extends CustomResource {
  @Export(
      name = "name",
      refs = {String.class},
      tree = "[0]")
  private Output<String> name;

  @Export(
      name = "region",
      refs = {String.class},
      tree = "[0]")
  private Output<String> region;

  @Export(
      name = "version",
      refs = {String.class},
      tree = "[0]")
  private Output<String> version;

  @Export(
      name = "nodePool",
      refs = {KubernetesClusterNodePool.class},
      tree = "[0]")
  private Output<KubernetesClusterNodePool> nodePool;

  @Export(
      name = "endpoint",
      refs = {String.class},
      tree = "[0]")
  private Output<String> endpoint;

  @Export(
      name = "clusterSubnet",
      refs = {String.class},
      tree = "[0]")
  private Output<String> clusterSubnet;

  @Export(
      name = "serviceSubnet",
      refs = {String.class},
      tree = "[0]")
  private Output<String> serviceSubnet;

  @Export(
      name = "ipv4Address",
      refs = {String.class},
      tree = "[0]")
  private Output<String> ipv4Address;

  @Export(
      name = "status",
      refs = {String.class},
      tree = "[0]")
  private Output<String> status;

  @Export(
      name = "clusterUrn",
      refs = {String.class},
      tree = "[0]")
  private Output<String> clusterUrn;

  @Export(
      name = "kubeConfigs",
      refs = {List.class, KubernetesClusterKubeConfig.class},
      tree = "[0,1]")
  private Output<List<KubernetesClusterKubeConfig>> kubeConfigs;

  @Export(
      name = "vpcUuid",
      refs = {String.class},
      tree = "[0]")
  private Output<String> vpcUuid;

  @Export(
      name = "ha",
      refs = {Boolean.class},
      tree = "[0]")
  private Output<Boolean> ha;

  @Export(
      name = "maintenancePolicy",
      refs = {KubernetesClusterMaintenancePolicy.class},
      tree = "[0]")
  private Output<KubernetesClusterMaintenancePolicy> maintenancePolicy;

  @Export(
      name = "createdAt",
      refs = {String.class},
      tree = "[0]")
  private Output<String> createdAt;

  @Export(
      name = "updatedAt",
      refs = {String.class},
      tree = "[0]")
  private Output<String> updatedAt;

  @Export(
      name = "autoUpgrade",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> autoUpgrade;

  @Export(
      name = "surgeUpgrade",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> surgeUpgrade;

  @Export(
      name = "tags",
      refs = {List.class, String.class},
      tree = "[0,1]")
  private Output</* @Nullable */ List<String>> tags;

  @Export(
      name = "registryIntegration",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> registryIntegration;

  @Export(
      name = "destroyAllAssociatedResources",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> destroyAllAssociatedResources;

  @Export(
      name = "kubeconfigExpireSeconds",
      refs = {Integer.class},
      tree = "[0]")
  private Output</* @Nullable */ Integer> kubeconfigExpireSeconds;

  /**
   * The name of the cluster.
   *
   * @return the value
   */
  public Output<String> name() {
    return this.name;
  }

  /**
   * The slug of the region of the cluster (a plain string on output).
   *
   * @return the value
   */
  public Output<String> region() {
    return this.region;
  }

  /**
   * The slug of the Kubernetes version of the cluster.
   *
   * @return the value
   */
  public Output<String> version() {
    return this.version;
  }

  /**
   * The cluster's default node pool.
   *
   * @return the value
   */
  public Output<KubernetesClusterNodePool> nodePool() {
    return this.nodePool;
  }

  /**
   * The base URL of the API server.
   *
   * @return the value
   */
  public Output<String> endpoint() {
    return this.endpoint;
  }

  /**
   * The range of IP addresses of the overlay (pod) network.
   *
   * @return the value
   */
  public Output<String> clusterSubnet() {
    return this.clusterSubnet;
  }

  /**
   * The range of IP addresses of the services.
   *
   * @return the value
   */
  public Output<String> serviceSubnet() {
    return this.serviceSubnet;
  }

  /**
   * The public IPv4 address of the control plane; not set for a high availability control plane.
   *
   * @return the value
   */
  public Output<String> ipv4Address() {
    return this.ipv4Address;
  }

  /**
   * The status of the cluster, e.g. {@code running}.
   *
   * @return the value
   */
  public Output<String> status() {
    return this.status;
  }

  /**
   * DigitalOcean's uniform resource name of the cluster, e.g. {@code do:kubernetes:<id>}.
   *
   * @return the value
   */
  public Output<String> clusterUrn() {
    return this.clusterUrn;
  }

  /**
   * The cluster's credentials; a secret output.
   *
   * @return the value
   */
  public Output<List<KubernetesClusterKubeConfig>> kubeConfigs() {
    return this.kubeConfigs;
  }

  /**
   * The ID of the VPC of the cluster.
   *
   * @return the value
   */
  public Output<String> vpcUuid() {
    return this.vpcUuid;
  }

  /**
   * Whether the control plane is highly available.
   *
   * @return the value
   */
  public Output<Boolean> ha() {
    return this.ha;
  }

  /**
   * The cluster's maintenance window.
   *
   * @return the value
   */
  public Output<KubernetesClusterMaintenancePolicy> maintenancePolicy() {
    return this.maintenancePolicy;
  }

  /**
   * When the cluster was created.
   *
   * @return the value
   */
  public Output<String> createdAt() {
    return this.createdAt;
  }

  /**
   * When the cluster was last updated.
   *
   * @return the value
   */
  public Output<String> updatedAt() {
    return this.updatedAt;
  }

  /**
   * Whether the cluster is upgraded automatically to new patch releases.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> autoUpgrade() {
    return Codegen.optional(this.autoUpgrade);
  }

  /**
   * Whether surge upgrades are enabled.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> surgeUpgrade() {
    return Codegen.optional(this.surgeUpgrade);
  }

  /**
   * Tag names applied to the cluster.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<List<String>>> tags() {
    return Codegen.optional(this.tags);
  }

  /**
   * Whether the container registry integration is enabled.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> registryIntegration() {
    return Codegen.optional(this.registryIntegration);
  }

  /**
   * Whether associated load balancers and volumes are destroyed with the cluster.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> destroyAllAssociatedResources() {
    return Codegen.optional(this.destroyAllAssociatedResources);
  }

  /**
   * How long the returned Kubernetes credentials are valid, in seconds.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Integer>> kubeconfigExpireSeconds() {
    return Codegen.optional(this.kubeconfigExpireSeconds);
  }

  /**
   * Declares the resource with no arguments.
   *
   * @param name the Pulumi name, unique per type within the stack
   */
  public KubernetesCluster(String name) {
    this(name, KubernetesClusterArgs.Empty);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public KubernetesCluster(String name, @Nullable KubernetesClusterArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public KubernetesCluster(
      String name, @Nullable KubernetesClusterArgs args, @Nullable CustomResourceOptions options) {
    super(
        "digitalocean:index/kubernetesCluster:KubernetesCluster",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private KubernetesCluster(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(
        "digitalocean:index/kubernetesCluster:KubernetesCluster",
        name,
        null,
        makeResourceOptions(options, id),
        false);
  }

  private static @Nullable KubernetesClusterArgs makeArgs(
      @Nullable KubernetesClusterArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? KubernetesClusterArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults =
        CustomResourceOptions.builder()
            .version(PluginVersion.get())
            .additionalSecretOutputs(List.of("kubeConfigs"))
            .build();
    return CustomResourceOptions.merge(defaults, options, id);
  }

  /**
   * Reads an existing KubernetesCluster into the stack without managing it.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param id the provider id of the existing resource
   * @param options resource options
   * @return the read resource
   */
  public static KubernetesCluster get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new KubernetesCluster(name, id, options);
  }
}
