package dev.allotment.pulumi.digitalocean;

import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import dev.allotment.pulumi.digitalocean.enums.DropletSlug;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Inputs of a {@link KubernetesNodePool}. */
public final class KubernetesNodePoolArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final KubernetesNodePoolArgs Empty = new KubernetesNodePoolArgs();

  @Import(name = "clusterId", required = true)
  private Output<String> clusterId;

  @Import(name = "size", required = true)
  private Output<Either<String, DropletSlug>> size;

  @Import(name = "name")
  private @Nullable Output<String> name;

  @Import(name = "nodeCount")
  private @Nullable Output<Integer> nodeCount;

  @Import(name = "autoScale")
  private @Nullable Output<Boolean> autoScale;

  @Import(name = "minNodes")
  private @Nullable Output<Integer> minNodes;

  @Import(name = "maxNodes")
  private @Nullable Output<Integer> maxNodes;

  @Import(name = "labels")
  private @Nullable Output<Map<String, String>> labels;

  @Import(name = "tags")
  private @Nullable Output<List<String>> tags;

  /**
   * The ID of the cluster the node pool belongs to, e.g. {@link KubernetesCluster#id()}. Changing
   * it replaces the pool.
   */
  public Output<String> clusterId() {
    return this.clusterId;
  }

  /**
   * The slug of the Droplet size of the workers; the schema accepts any string or a {@link
   * DropletSlug}. Changing it replaces the pool.
   */
  public Output<Either<String, DropletSlug>> size() {
    return this.size;
  }

  /** A name for the node pool. */
  public Optional<Output<String>> name() {
    return Optional.ofNullable(this.name);
  }

  /**
   * The number of Droplet instances in the node pool. With auto-scaling, set it only to reset the
   * number of nodes explicitly; outside the min/max range the provider uses {@code minNodes}.
   */
  public Optional<Output<Integer>> nodeCount() {
    return Optional.ofNullable(this.nodeCount);
  }

  /** Enable auto-scaling of the number of nodes in the node pool within the given min/max range. */
  public Optional<Output<Boolean>> autoScale() {
    return Optional.ofNullable(this.autoScale);
  }

  /**
   * If auto-scaling is enabled, the minimum number of nodes the node pool can be scaled down to.
   */
  public Optional<Output<Integer>> minNodes() {
    return Optional.ofNullable(this.minNodes);
  }

  /** If auto-scaling is enabled, the maximum number of nodes the node pool can be scaled up to. */
  public Optional<Output<Integer>> maxNodes() {
    return Optional.ofNullable(this.maxNodes);
  }

  /** Key/value pairs applied to the nodes in the pool as Kubernetes node labels. */
  public Optional<Output<Map<String, String>>> labels() {
    return Optional.ofNullable(this.labels);
  }

  /** Tag names applied to the node pool. */
  public Optional<Output<List<String>>> tags() {
    return Optional.ofNullable(this.tags);
  }

  private KubernetesNodePoolArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link KubernetesNodePoolArgs}; {@link #build()} checks that required inputs are set.
   */
  public static final class Builder {
    private final KubernetesNodePoolArgs args = new KubernetesNodePoolArgs();

    private Builder() {}

    /**
     * Sets {@link KubernetesNodePoolArgs#clusterId()}.
     *
     * @param clusterId the value, possibly not yet known
     * @return this builder
     */
    public Builder clusterId(Output<String> clusterId) {
      args.clusterId = clusterId;
      return this;
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#clusterId()}.
     *
     * @param clusterId the value
     * @return this builder
     */
    public Builder clusterId(String clusterId) {
      return clusterId(Output.of(clusterId));
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#size()}.
     *
     * @param size the value, possibly not yet known
     * @return this builder
     */
    public Builder size(Output<Either<String, DropletSlug>> size) {
      args.size = size;
      return this;
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#size()}.
     *
     * @param size the value
     * @return this builder
     */
    public Builder size(Either<String, DropletSlug> size) {
      return size(Output.of(size));
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#size()} to a {@code String}.
     *
     * @param size the value
     * @return this builder
     */
    public Builder size(String size) {
      return size(Either.<String, DropletSlug>ofLeft(size));
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#size()} to a {@link DropletSlug}.
     *
     * @param size the value
     * @return this builder
     */
    public Builder size(DropletSlug size) {
      return size(Either.<String, DropletSlug>ofRight(size));
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#name()}.
     *
     * @param name the value, possibly not yet known
     * @return this builder
     */
    public Builder name(@Nullable Output<String> name) {
      args.name = name;
      return this;
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#name()}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      return name(Output.of(name));
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#nodeCount()}.
     *
     * @param nodeCount the value, possibly not yet known
     * @return this builder
     */
    public Builder nodeCount(@Nullable Output<Integer> nodeCount) {
      args.nodeCount = nodeCount;
      return this;
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#nodeCount()}.
     *
     * @param nodeCount the value
     * @return this builder
     */
    public Builder nodeCount(Integer nodeCount) {
      return nodeCount(Output.of(nodeCount));
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#autoScale()}.
     *
     * @param autoScale the value, possibly not yet known
     * @return this builder
     */
    public Builder autoScale(@Nullable Output<Boolean> autoScale) {
      args.autoScale = autoScale;
      return this;
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#autoScale()}.
     *
     * @param autoScale the value
     * @return this builder
     */
    public Builder autoScale(Boolean autoScale) {
      return autoScale(Output.of(autoScale));
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#minNodes()}.
     *
     * @param minNodes the value, possibly not yet known
     * @return this builder
     */
    public Builder minNodes(@Nullable Output<Integer> minNodes) {
      args.minNodes = minNodes;
      return this;
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#minNodes()}.
     *
     * @param minNodes the value
     * @return this builder
     */
    public Builder minNodes(Integer minNodes) {
      return minNodes(Output.of(minNodes));
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#maxNodes()}.
     *
     * @param maxNodes the value, possibly not yet known
     * @return this builder
     */
    public Builder maxNodes(@Nullable Output<Integer> maxNodes) {
      args.maxNodes = maxNodes;
      return this;
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#maxNodes()}.
     *
     * @param maxNodes the value
     * @return this builder
     */
    public Builder maxNodes(Integer maxNodes) {
      return maxNodes(Output.of(maxNodes));
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#labels()}.
     *
     * @param labels the value, possibly not yet known
     * @return this builder
     */
    public Builder labels(@Nullable Output<Map<String, String>> labels) {
      args.labels = labels;
      return this;
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#labels()}.
     *
     * @param labels the value
     * @return this builder
     */
    public Builder labels(Map<String, String> labels) {
      return labels(Output.of(labels));
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#tags()}.
     *
     * @param tags the value, possibly not yet known
     * @return this builder
     */
    public Builder tags(@Nullable Output<List<String>> tags) {
      args.tags = tags;
      return this;
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#tags()}.
     *
     * @param tags the value
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      return tags(Output.of(tags));
    }

    /**
     * Sets {@link KubernetesNodePoolArgs#tags()}.
     *
     * @param tags the elements
     * @return this builder
     */
    public Builder tags(String... tags) {
      return tags(List.of(tags));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if a required input was not set
     */
    public KubernetesNodePoolArgs build() {
      if (args.clusterId == null) {
        throw new MissingRequiredPropertyException("KubernetesNodePoolArgs", "clusterId");
      }
      if (args.size == null) {
        throw new MissingRequiredPropertyException("KubernetesNodePoolArgs", "size");
      }
      return args;
    }
  }
}
