package dev.allotment.pulumi.digitalocean.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import dev.allotment.pulumi.digitalocean.enums.DropletSlug;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The default node pool of a {@link dev.allotment.pulumi.digitalocean.KubernetesCluster} (schema
 * type {@code KubernetesClusterNodePool}). Further pools are separate {@link
 * dev.allotment.pulumi.digitalocean.KubernetesNodePool} resources.
 */
public final class KubernetesClusterNodePoolArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final KubernetesClusterNodePoolArgs Empty = new KubernetesClusterNodePoolArgs();

  @Import(name = "name", required = true)
  private Output<String> name;

  @Import(name = "size", required = true)
  private Output<String> size;

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

  /** A name for the node pool. */
  public Output<String> name() {
    return this.name;
  }

  /**
   * The slug identifier for the type of Droplet to be used as workers in the node pool, e.g. {@code
   * s-2vcpu-4gb}. The schema types it as a plain string here (unlike {@code KubernetesNodePool}),
   * so {@link DropletSlug} values are sent as their slug.
   */
  public Output<String> size() {
    return this.size;
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

  private KubernetesClusterNodePoolArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link KubernetesClusterNodePoolArgs}; {@link #build()} checks that required inputs are
   * set.
   */
  public static final class Builder {
    private final KubernetesClusterNodePoolArgs args = new KubernetesClusterNodePoolArgs();

    private Builder() {}

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#name()}.
     *
     * @param name the value, possibly not yet known
     * @return this builder
     */
    public Builder name(Output<String> name) {
      args.name = name;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#name()}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      return name(Output.of(name));
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#size()}.
     *
     * @param size the value, possibly not yet known
     * @return this builder
     */
    public Builder size(Output<String> size) {
      args.size = size;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#size()}.
     *
     * @param size the value
     * @return this builder
     */
    public Builder size(String size) {
      return size(Output.of(size));
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#size()} from a known Droplet size.
     *
     * @param size the value
     * @return this builder
     */
    public Builder size(DropletSlug size) {
      return size(size.getValue());
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#nodeCount()}.
     *
     * @param nodeCount the value, possibly not yet known
     * @return this builder
     */
    public Builder nodeCount(@Nullable Output<Integer> nodeCount) {
      args.nodeCount = nodeCount;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#nodeCount()}.
     *
     * @param nodeCount the value
     * @return this builder
     */
    public Builder nodeCount(Integer nodeCount) {
      return nodeCount(Output.of(nodeCount));
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#autoScale()}.
     *
     * @param autoScale the value, possibly not yet known
     * @return this builder
     */
    public Builder autoScale(@Nullable Output<Boolean> autoScale) {
      args.autoScale = autoScale;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#autoScale()}.
     *
     * @param autoScale the value
     * @return this builder
     */
    public Builder autoScale(Boolean autoScale) {
      return autoScale(Output.of(autoScale));
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#minNodes()}.
     *
     * @param minNodes the value, possibly not yet known
     * @return this builder
     */
    public Builder minNodes(@Nullable Output<Integer> minNodes) {
      args.minNodes = minNodes;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#minNodes()}.
     *
     * @param minNodes the value
     * @return this builder
     */
    public Builder minNodes(Integer minNodes) {
      return minNodes(Output.of(minNodes));
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#maxNodes()}.
     *
     * @param maxNodes the value, possibly not yet known
     * @return this builder
     */
    public Builder maxNodes(@Nullable Output<Integer> maxNodes) {
      args.maxNodes = maxNodes;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#maxNodes()}.
     *
     * @param maxNodes the value
     * @return this builder
     */
    public Builder maxNodes(Integer maxNodes) {
      return maxNodes(Output.of(maxNodes));
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#labels()}.
     *
     * @param labels the value, possibly not yet known
     * @return this builder
     */
    public Builder labels(@Nullable Output<Map<String, String>> labels) {
      args.labels = labels;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#labels()}.
     *
     * @param labels the value
     * @return this builder
     */
    public Builder labels(Map<String, String> labels) {
      return labels(Output.of(labels));
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#tags()}.
     *
     * @param tags the value, possibly not yet known
     * @return this builder
     */
    public Builder tags(@Nullable Output<List<String>> tags) {
      args.tags = tags;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#tags()}.
     *
     * @param tags the value
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      return tags(Output.of(tags));
    }

    /**
     * Sets {@link KubernetesClusterNodePoolArgs#tags()}.
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
    public KubernetesClusterNodePoolArgs build() {
      if (args.name == null) {
        throw new MissingRequiredPropertyException("KubernetesClusterNodePoolArgs", "name");
      }
      if (args.size == null) {
        throw new MissingRequiredPropertyException("KubernetesClusterNodePoolArgs", "size");
      }
      return args;
    }
  }
}
