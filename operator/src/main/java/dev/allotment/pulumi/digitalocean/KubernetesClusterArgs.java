package dev.allotment.pulumi.digitalocean;

import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import dev.allotment.pulumi.digitalocean.enums.Region;
import dev.allotment.pulumi.digitalocean.inputs.KubernetesClusterMaintenancePolicyArgs;
import dev.allotment.pulumi.digitalocean.inputs.KubernetesClusterNodePoolArgs;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Inputs of a {@link KubernetesCluster}. */
public final class KubernetesClusterArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final KubernetesClusterArgs Empty = new KubernetesClusterArgs();

  @Import(name = "name")
  private @Nullable Output<String> name;

  @Import(name = "region", required = true)
  private Output<Either<String, Region>> region;

  @Import(name = "version", required = true)
  private Output<String> version;

  @Import(name = "nodePool", required = true)
  private Output<KubernetesClusterNodePoolArgs> nodePool;

  @Import(name = "autoUpgrade")
  private @Nullable Output<Boolean> autoUpgrade;

  @Import(name = "surgeUpgrade")
  private @Nullable Output<Boolean> surgeUpgrade;

  @Import(name = "ha")
  private @Nullable Output<Boolean> ha;

  @Import(name = "tags")
  private @Nullable Output<List<String>> tags;

  @Import(name = "vpcUuid")
  private @Nullable Output<String> vpcUuid;

  @Import(name = "maintenancePolicy")
  private @Nullable Output<KubernetesClusterMaintenancePolicyArgs> maintenancePolicy;

  @Import(name = "clusterSubnet")
  private @Nullable Output<String> clusterSubnet;

  @Import(name = "serviceSubnet")
  private @Nullable Output<String> serviceSubnet;

  @Import(name = "registryIntegration")
  private @Nullable Output<Boolean> registryIntegration;

  @Import(name = "destroyAllAssociatedResources")
  private @Nullable Output<Boolean> destroyAllAssociatedResources;

  @Import(name = "kubeconfigExpireSeconds")
  private @Nullable Output<Integer> kubeconfigExpireSeconds;

  /** A name for the Kubernetes cluster. */
  public Optional<Output<String>> name() {
    return Optional.ofNullable(this.name);
  }

  /**
   * The slug of the region of the cluster, e.g. {@code fra1}; the schema accepts any string or a
   * {@link Region}. Changing it replaces the cluster.
   */
  public Output<Either<String, Region>> region() {
    return this.region;
  }

  /**
   * The slug of the Kubernetes version, e.g. {@code 1.33.1-do.0}; see {@link
   * DigitaloceanFunctions#getKubernetesVersions}. Decreasing it replaces the cluster.
   */
  public Output<String> version() {
    return this.version;
  }

  /** The cluster's default node pool. */
  public Output<KubernetesClusterNodePoolArgs> nodePool() {
    return this.nodePool;
  }

  /**
   * Whether the cluster is upgraded automatically to new patch releases during its maintenance
   * window.
   */
  public Optional<Output<Boolean>> autoUpgrade() {
    return Optional.ofNullable(this.autoUpgrade);
  }

  /** Enable/disable surge upgrades for the cluster (default {@code true}). */
  public Optional<Output<Boolean>> surgeUpgrade() {
    return Optional.ofNullable(this.surgeUpgrade);
  }

  /** Enable the high availability control plane. Once enabled it cannot be disabled. */
  public Optional<Output<Boolean>> ha() {
    return Optional.ofNullable(this.ha);
  }

  /** Tag names applied to the cluster. */
  public Optional<Output<List<String>>> tags() {
    return Optional.ofNullable(this.tags);
  }

  /** The ID of the VPC of the cluster. Changing it replaces the cluster. */
  public Optional<Output<String>> vpcUuid() {
    return Optional.ofNullable(this.vpcUuid);
  }

  /** The cluster's maintenance window; the provider picks one if unset. */
  public Optional<Output<KubernetesClusterMaintenancePolicyArgs>> maintenancePolicy() {
    return Optional.ofNullable(this.maintenancePolicy);
  }

  /**
   * The range of IP addresses of the cluster's overlay (pod) network. Changing it replaces the
   * cluster.
   */
  public Optional<Output<String>> clusterSubnet() {
    return Optional.ofNullable(this.clusterSubnet);
  }

  /** The range of IP addresses of the cluster's services. Changing it replaces the cluster. */
  public Optional<Output<String>> serviceSubnet() {
    return Optional.ofNullable(this.serviceSubnet);
  }

  /** Enables the DigitalOcean container registry integration (default {@code false}). */
  public Optional<Output<Boolean>> registryIntegration() {
    return Optional.ofNullable(this.registryIntegration);
  }

  /**
   * <b>Use with caution.</b> When {@code true}, load balancers, volumes and volume snapshots
   * created through the Kubernetes API are destroyed together with the cluster.
   */
  public Optional<Output<Boolean>> destroyAllAssociatedResources() {
    return Optional.ofNullable(this.destroyAllAssociatedResources);
  }

  /**
   * How long the returned Kubernetes credentials are valid, in seconds; unset or 0 means 7 days.
   */
  public Optional<Output<Integer>> kubeconfigExpireSeconds() {
    return Optional.ofNullable(this.kubeconfigExpireSeconds);
  }

  private KubernetesClusterArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubernetesClusterArgs}; {@link #build()} checks that required inputs are set. */
  public static final class Builder {
    private final KubernetesClusterArgs args = new KubernetesClusterArgs();

    private Builder() {}

    /**
     * Sets {@link KubernetesClusterArgs#name()}.
     *
     * @param name the value, possibly not yet known
     * @return this builder
     */
    public Builder name(@Nullable Output<String> name) {
      args.name = name;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#name()}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      return name(Output.of(name));
    }

    /**
     * Sets {@link KubernetesClusterArgs#region()}.
     *
     * @param region the value, possibly not yet known
     * @return this builder
     */
    public Builder region(Output<Either<String, Region>> region) {
      args.region = region;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#region()}.
     *
     * @param region the value
     * @return this builder
     */
    public Builder region(Either<String, Region> region) {
      return region(Output.of(region));
    }

    /**
     * Sets {@link KubernetesClusterArgs#region()} to a {@code String}.
     *
     * @param region the value
     * @return this builder
     */
    public Builder region(String region) {
      return region(Either.<String, Region>ofLeft(region));
    }

    /**
     * Sets {@link KubernetesClusterArgs#region()} to a {@link Region}.
     *
     * @param region the value
     * @return this builder
     */
    public Builder region(Region region) {
      return region(Either.<String, Region>ofRight(region));
    }

    /**
     * Sets {@link KubernetesClusterArgs#version()}.
     *
     * @param version the value, possibly not yet known
     * @return this builder
     */
    public Builder version(Output<String> version) {
      args.version = version;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#version()}.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(String version) {
      return version(Output.of(version));
    }

    /**
     * Sets {@link KubernetesClusterArgs#nodePool()}.
     *
     * @param nodePool the value, possibly not yet known
     * @return this builder
     */
    public Builder nodePool(Output<KubernetesClusterNodePoolArgs> nodePool) {
      args.nodePool = nodePool;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#nodePool()}.
     *
     * @param nodePool the value
     * @return this builder
     */
    public Builder nodePool(KubernetesClusterNodePoolArgs nodePool) {
      return nodePool(Output.of(nodePool));
    }

    /**
     * Sets {@link KubernetesClusterArgs#autoUpgrade()}.
     *
     * @param autoUpgrade the value, possibly not yet known
     * @return this builder
     */
    public Builder autoUpgrade(@Nullable Output<Boolean> autoUpgrade) {
      args.autoUpgrade = autoUpgrade;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#autoUpgrade()}.
     *
     * @param autoUpgrade the value
     * @return this builder
     */
    public Builder autoUpgrade(Boolean autoUpgrade) {
      return autoUpgrade(Output.of(autoUpgrade));
    }

    /**
     * Sets {@link KubernetesClusterArgs#surgeUpgrade()}.
     *
     * @param surgeUpgrade the value, possibly not yet known
     * @return this builder
     */
    public Builder surgeUpgrade(@Nullable Output<Boolean> surgeUpgrade) {
      args.surgeUpgrade = surgeUpgrade;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#surgeUpgrade()}.
     *
     * @param surgeUpgrade the value
     * @return this builder
     */
    public Builder surgeUpgrade(Boolean surgeUpgrade) {
      return surgeUpgrade(Output.of(surgeUpgrade));
    }

    /**
     * Sets {@link KubernetesClusterArgs#ha()}.
     *
     * @param ha the value, possibly not yet known
     * @return this builder
     */
    public Builder ha(@Nullable Output<Boolean> ha) {
      args.ha = ha;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#ha()}.
     *
     * @param ha the value
     * @return this builder
     */
    public Builder ha(Boolean ha) {
      return ha(Output.of(ha));
    }

    /**
     * Sets {@link KubernetesClusterArgs#tags()}.
     *
     * @param tags the value, possibly not yet known
     * @return this builder
     */
    public Builder tags(@Nullable Output<List<String>> tags) {
      args.tags = tags;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#tags()}.
     *
     * @param tags the value
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      return tags(Output.of(tags));
    }

    /**
     * Sets {@link KubernetesClusterArgs#tags()}.
     *
     * @param tags the elements
     * @return this builder
     */
    public Builder tags(String... tags) {
      return tags(List.of(tags));
    }

    /**
     * Sets {@link KubernetesClusterArgs#vpcUuid()}.
     *
     * @param vpcUuid the value, possibly not yet known
     * @return this builder
     */
    public Builder vpcUuid(@Nullable Output<String> vpcUuid) {
      args.vpcUuid = vpcUuid;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#vpcUuid()}.
     *
     * @param vpcUuid the value
     * @return this builder
     */
    public Builder vpcUuid(String vpcUuid) {
      return vpcUuid(Output.of(vpcUuid));
    }

    /**
     * Sets {@link KubernetesClusterArgs#maintenancePolicy()}.
     *
     * @param maintenancePolicy the value, possibly not yet known
     * @return this builder
     */
    public Builder maintenancePolicy(
        @Nullable Output<KubernetesClusterMaintenancePolicyArgs> maintenancePolicy) {
      args.maintenancePolicy = maintenancePolicy;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#maintenancePolicy()}.
     *
     * @param maintenancePolicy the value
     * @return this builder
     */
    public Builder maintenancePolicy(KubernetesClusterMaintenancePolicyArgs maintenancePolicy) {
      return maintenancePolicy(Output.of(maintenancePolicy));
    }

    /**
     * Sets {@link KubernetesClusterArgs#clusterSubnet()}.
     *
     * @param clusterSubnet the value, possibly not yet known
     * @return this builder
     */
    public Builder clusterSubnet(@Nullable Output<String> clusterSubnet) {
      args.clusterSubnet = clusterSubnet;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#clusterSubnet()}.
     *
     * @param clusterSubnet the value
     * @return this builder
     */
    public Builder clusterSubnet(String clusterSubnet) {
      return clusterSubnet(Output.of(clusterSubnet));
    }

    /**
     * Sets {@link KubernetesClusterArgs#serviceSubnet()}.
     *
     * @param serviceSubnet the value, possibly not yet known
     * @return this builder
     */
    public Builder serviceSubnet(@Nullable Output<String> serviceSubnet) {
      args.serviceSubnet = serviceSubnet;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#serviceSubnet()}.
     *
     * @param serviceSubnet the value
     * @return this builder
     */
    public Builder serviceSubnet(String serviceSubnet) {
      return serviceSubnet(Output.of(serviceSubnet));
    }

    /**
     * Sets {@link KubernetesClusterArgs#registryIntegration()}.
     *
     * @param registryIntegration the value, possibly not yet known
     * @return this builder
     */
    public Builder registryIntegration(@Nullable Output<Boolean> registryIntegration) {
      args.registryIntegration = registryIntegration;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#registryIntegration()}.
     *
     * @param registryIntegration the value
     * @return this builder
     */
    public Builder registryIntegration(Boolean registryIntegration) {
      return registryIntegration(Output.of(registryIntegration));
    }

    /**
     * Sets {@link KubernetesClusterArgs#destroyAllAssociatedResources()}.
     *
     * @param destroyAllAssociatedResources the value, possibly not yet known
     * @return this builder
     */
    public Builder destroyAllAssociatedResources(
        @Nullable Output<Boolean> destroyAllAssociatedResources) {
      args.destroyAllAssociatedResources = destroyAllAssociatedResources;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#destroyAllAssociatedResources()}.
     *
     * @param destroyAllAssociatedResources the value
     * @return this builder
     */
    public Builder destroyAllAssociatedResources(Boolean destroyAllAssociatedResources) {
      return destroyAllAssociatedResources(Output.of(destroyAllAssociatedResources));
    }

    /**
     * Sets {@link KubernetesClusterArgs#kubeconfigExpireSeconds()}.
     *
     * @param kubeconfigExpireSeconds the value, possibly not yet known
     * @return this builder
     */
    public Builder kubeconfigExpireSeconds(@Nullable Output<Integer> kubeconfigExpireSeconds) {
      args.kubeconfigExpireSeconds = kubeconfigExpireSeconds;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterArgs#kubeconfigExpireSeconds()}.
     *
     * @param kubeconfigExpireSeconds the value
     * @return this builder
     */
    public Builder kubeconfigExpireSeconds(Integer kubeconfigExpireSeconds) {
      return kubeconfigExpireSeconds(Output.of(kubeconfigExpireSeconds));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if a required input was not set
     */
    public KubernetesClusterArgs build() {
      if (args.region == null) {
        throw new MissingRequiredPropertyException("KubernetesClusterArgs", "region");
      }
      if (args.version == null) {
        throw new MissingRequiredPropertyException("KubernetesClusterArgs", "version");
      }
      if (args.nodePool == null) {
        throw new MissingRequiredPropertyException("KubernetesClusterArgs", "nodePool");
      }
      return args;
    }
  }
}
