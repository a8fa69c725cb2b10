package dev.allotment.pulumi.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An additional node pool of a {@link KubernetesCluster} ({@code
 * digitalocean:index/kubernetesNodePool:KubernetesNodePool}).
 */
@ResourceType(type = "digitalocean:index/kubernetesNodePool:KubernetesNodePool")
public class KubernetesNodePool extends CustomResource {
  @Export(
      name = "clusterId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> clusterId;

  @Export(
      name = "size",
      refs = {String.class},
      tree = "[0]")
  private Output<String> size;

  @Export(
      name = "name",
      refs = {String.class},
      tree = "[0]")
  private Output<String> name;

  @Export(
      name = "actualNodeCount",
      refs = {Integer.class},
      tree = "[0]")
  private Output<Integer> actualNodeCount;

  @Export(
      name = "nodeCount",
      refs = {Integer.class},
      tree = "[0]")
  private Output</* @Nullable */ Integer> nodeCount;

  @Export(
      name = "autoScale",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> autoScale;

  @Export(
      name = "minNodes",
      refs = {Integer.class},
      tree = "[0]")
  private Output</* @Nullable */ Integer> minNodes;

  @Export(
      name = "maxNodes",
      refs = {Integer.class},
      tree = "[0]")
  private Output</* @Nullable */ Integer> maxNodes;

  @Export(
      name = "labels",
      refs = {Map.class, String.class},
      tree = "[0,1,1]")
  private Output</* @Nullable */ Map<String, String>> labels;

  @Export(
      name = "tags",
      refs = {List.class, String.class},
      tree = "[0,1]")
  private Output</* @Nullable */ List<String>> tags;

  /**
   * The ID of the cluster the node pool belongs to.
   *
   * @return the value
   */
  public Output<String> clusterId() {
    return this.clusterId;
  }

  /**
   * The slug of the Droplet size of the workers (a plain string on output).
   *
   * @return the value
   */
  public Output<String> size() {
    return this.size;
  }

  /**
   * A name for the node pool.
   *
   * @return the value
   */
  public Output<String> name() {
    return this.name;
  }

  /**
   * The actual number of nodes in the node pool, useful with auto-scaling.
   *
   * @return the value
   */
  public Output<Integer> actualNodeCount() {
    return this.actualNodeCount;
  }

  /**
   * The number of Droplet instances in the node pool. With auto-scaling, set it only to reset the
   * number of nodes explicitly; outside the min/max range the provider uses {@code minNodes}.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Integer>> nodeCount() {
    return Codegen.optional(this.nodeCount);
  }

  /**
   * Enable auto-scaling of the number of nodes in the node pool within the given min/max range.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> autoScale() {
    return Codegen.optional(this.autoScale);
  }

  /**
   * If auto-scaling is enabled, the minimum number of nodes the node pool can be scaled down to.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Integer>> minNodes() {
    return Codegen.optional(this.minNodes);
  }

  /**
   * If auto-scaling is enabled, the maximum number of nodes the node pool can be scaled up to.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Integer>> maxNodes() {
    return Codegen.optional(this.maxNodes);
  }

  /**
   * Key/value pairs applied to the nodes in the pool as Kubernetes node labels.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Map<String, String>>> labels() {
    return Codegen.optional(this.labels);
  }

  /**
   * Tag names applied to the node pool.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<List<String>>> tags() {
    return Codegen.optional(this.tags);
  }

  /**
   * Declares the resource with no arguments.
   *
   * @param name the Pulumi name, unique per type within the stack
   */
  public KubernetesNodePool(String name) {
    this(name, KubernetesNodePoolArgs.Empty);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public KubernetesNodePool(String name, @Nullable KubernetesNodePoolArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public KubernetesNodePool(
      String name, @Nullable KubernetesNodePoolArgs args, @Nullable CustomResourceOptions options) {
    super(
        "digitalocean:index/kubernetesNodePool:KubernetesNodePool",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private KubernetesNodePool(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(
        "digitalocean:index/kubernetesNodePool:KubernetesNodePool",
        name,
        null,
        makeResourceOptions(options, id),
        false);
  }

  private static @Nullable KubernetesNodePoolArgs makeArgs(
      @Nullable KubernetesNodePoolArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? KubernetesNodePoolArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults = CustomResourceOptions.builder().version(PluginVersion.get()).build();
    return CustomResourceOptions.merge(defaults, options, id);
  }

  /**
   * Reads an existing KubernetesNodePool into the stack without managing it.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param id the provider id of the existing resource
   * @param options resource options
   * @return the read resource
   */
  public static KubernetesNodePool get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new KubernetesNodePool(name, id, options);
  }
}
