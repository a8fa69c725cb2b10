package dev.allotment.pulumi.digitalocean.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The default node pool a {@link dev.allotment.pulumi.digitalocean.KubernetesCluster} reports. */
@CustomType
public final class KubernetesClusterNodePool {
  private @Nullable String id;
  private String name;
  private String size;
  private @Nullable Integer actualNodeCount;
  private @Nullable Integer nodeCount;
  private @Nullable Boolean autoScale;
  private @Nullable Integer minNodes;
  private @Nullable Integer maxNodes;
  private @Nullable Map<String, String> labels;
  private @Nullable List<String> tags;

  private KubernetesClusterNodePool() {}

  /**
   * The id of the node pool.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> id() {
    return Optional.ofNullable(this.id);
  }

  /**
   * A name for the node pool.
   *
   * @return the value
   */
  public String name() {
    return this.name;
  }

  /**
   * The slug of the Droplet size of the workers.
   *
   * @return the value
   */
  public String size() {
    return this.size;
  }

  /**
   * The actual number of nodes in the node pool, useful with auto-scaling.
   *
   * @return the value, if the provider reported one
   */
  public Optional<Integer> actualNodeCount() {
    return Optional.ofNullable(this.actualNodeCount);
  }

  /**
   * The number of Droplet instances in the node pool. With auto-scaling, set it only to reset the
   * number of nodes explicitly; outside the min/max range the provider uses {@code minNodes}.
   *
   * @return the value, if the provider reported one
   */
  public Optional<Integer> nodeCount() {
    return Optional.ofNullable(this.nodeCount);
  }

  /**
   * Enable auto-scaling of the number of nodes in the node pool within the given min/max range.
   *
   * @return the value, if the provider reported one
   */
  public Optional<Boolean> autoScale() {
    return Optional.ofNullable(this.autoScale);
  }

  /**
   * If auto-scaling is enabled, the minimum number of nodes the node pool can be scaled down to.
   *
   * @return the value, if the provider reported one
   */
  public Optional<Integer> minNodes() {
    return Optional.ofNullable(this.minNodes);
  }

  /**
   * If auto-scaling is enabled, the maximum number of nodes the node pool can be scaled up to.
   *
   * @return the value, if the provider reported one
   */
  public Optional<Integer> maxNodes() {
    return Optional.ofNullable(this.maxNodes);
  }

  /**
   * Key/value pairs applied to the nodes in the pool as Kubernetes node labels.
   *
   * @return the value, empty if the provider reported none
   */
  public Map<String, String> labels() {
    return this.labels == null ? Map.of() : this.labels;
  }

  /**
   * Tag names applied to the node pool.
   *
   * @return the value, empty if the provider reported none
   */
  public List<String> tags() {
    return this.tags == null ? List.of() : this.tags;
  }

  /**
   * Starts an empty builder; the Pulumi SDK uses it to deserialize provider outputs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubernetesClusterNodePool}. */
  @CustomType.Builder
  public static final class Builder {
    private final KubernetesClusterNodePool value = new KubernetesClusterNodePool();

    /** Creates an empty builder; public because the Pulumi SDK instantiates it reflectively. */
    public Builder() {}

    /**
     * Sets {@link KubernetesClusterNodePool#id()}.
     *
     * @param id the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder id(@Nullable String id) {
      value.id = id;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePool#name()}.
     *
     * @param name the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder name(String name) {
      if (name == null) {
        throw new MissingRequiredPropertyException("KubernetesClusterNodePool", "name");
      }
      value.name = name;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePool#size()}.
     *
     * @param size the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder size(String size) {
      if (size == null) {
        throw new MissingRequiredPropertyException("KubernetesClusterNodePool", "size");
      }
      value.size = size;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePool#actualNodeCount()}.
     *
     * @param actualNodeCount the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder actualNodeCount(@Nullable Integer actualNodeCount) {
      value.actualNodeCount = actualNodeCount;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePool#nodeCount()}.
     *
     * @param nodeCount the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder nodeCount(@Nullable Integer nodeCount) {
      value.nodeCount = nodeCount;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePool#autoScale()}.
     *
     * @param autoScale the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder autoScale(@Nullable Boolean autoScale) {
      value.autoScale = autoScale;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePool#minNodes()}.
     *
     * @param minNodes the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder minNodes(@Nullable Integer minNodes) {
      value.minNodes = minNodes;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePool#maxNodes()}.
     *
     * @param maxNodes the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder maxNodes(@Nullable Integer maxNodes) {
      value.maxNodes = maxNodes;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePool#labels()}.
     *
     * @param labels the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder labels(@Nullable Map<String, String> labels) {
      value.labels = labels;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterNodePool#tags()}.
     *
     * @param tags the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder tags(@Nullable List<String> tags) {
      value.tags = tags;
      return this;
    }

    /**
     * Returns the value.
     *
     * @return the value
     */
    public KubernetesClusterNodePool build() {
      return value;
    }
  }
}
