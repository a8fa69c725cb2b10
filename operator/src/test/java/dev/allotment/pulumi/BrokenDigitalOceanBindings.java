package dev.allotment.pulumi;

import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.CustomType;
import com.pulumi.core.annotations.EnumType;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.InvokeArgs;
import com.pulumi.resources.ResourceArgs;
import dev.allotment.pulumi.digitalocean.KubernetesClusterArgs;
import dev.allotment.pulumi.digitalocean.enums.DropletSlug;
import dev.allotment.pulumi.digitalocean.inputs.GetKubernetesVersionsArgs;
import dev.allotment.pulumi.digitalocean.inputs.GetKubernetesVersionsPlainArgs;
import dev.allotment.pulumi.digitalocean.inputs.KubernetesClusterNodePoolArgs;
import dev.allotment.pulumi.digitalocean.outputs.GetKubernetesVersionsResult;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Test-only DigitalOcean bindings, each well formed except for one planted mistake, so that {@link
 * DigitalOceanBindingSchemaConformanceTest} can prove the checker catches it, in particular in the
 * parts only DigitalOcean exercises: enums inside a {@code oneOf}, and functions. Only the
 * commented line in each is wrong. The function bodies are never run.
 */
final class BrokenDigitalOceanBindings {
  static final String CLUSTER = "digitalocean:index/kubernetesCluster:KubernetesCluster";
  static final String NODE_POOL = "digitalocean:index/kubernetesNodePool:KubernetesNodePool";
  static final String VERSION = "4.76.0";

  private BrokenDigitalOceanBindings() {}

  private static CustomResourceOptions versioned(
      CustomResourceOptions options, Output<String> id, String... secrets) {
    return CustomResourceOptions.merge(
        CustomResourceOptions.builder()
            .version(VERSION)
            .additionalSecretOutputs(List.of(secrets))
            .build(),
        options,
        id);
  }

  // ------------------------------------------------------------------ resources

  /** A region enum with a value DigitalOcean's schema does not know. */
  @EnumType
  enum MisspelledRegion {
    FRA1("fra1"),
    NYC4("nyc4"); // wrong: there is no nyc4 in the schema's Region enum

    private final String value;

    MisspelledRegion(String value) {
      this.value = value;
    }

    @EnumType.Converter
    public String getValue() {
      return value;
    }
  }

  @ResourceType(type = CLUSTER)
  static class WrongRegionEnum extends CustomResource {
    public WrongRegionEnum(String name, WrongRegionEnumArgs args, CustomResourceOptions options) {
      super(CLUSTER, name, args, options, false);
    }

    public static WrongRegionEnum get(
        String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return versioned(options, id, "kubeConfigs");
    }
  }

  static final class WrongRegionEnumArgs extends ResourceArgs {
    public static final WrongRegionEnumArgs Empty = new WrongRegionEnumArgs();

    @Import(name = "region", required = true)
    private Output<Either<String, MisspelledRegion>> region;

    @Import(name = "version", required = true)
    private Output<String> version;

    @Import(name = "nodePool", required = true)
    private Output<KubernetesClusterNodePoolArgs> nodePool;

    public Output<Either<String, MisspelledRegion>> region() {
      return region;
    }

    public Output<String> version() {
      return version;
    }

    public Output<KubernetesClusterNodePoolArgs> nodePool() {
      return nodePool;
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private final WrongRegionEnumArgs args = new WrongRegionEnumArgs();

      public Builder region(Output<Either<String, MisspelledRegion>> region) {
        args.region = region;
        return this;
      }

      public Builder region(Either<String, MisspelledRegion> region) {
        return region(Output.of(region));
      }

      public Builder version(Output<String> version) {
        args.version = version;
        return this;
      }

      public Builder version(String version) {
        return version(Output.of(version));
      }

      public Builder nodePool(Output<KubernetesClusterNodePoolArgs> nodePool) {
        args.nodePool = nodePool;
        return this;
      }

      public Builder nodePool(KubernetesClusterNodePoolArgs nodePool) {
        return nodePool(Output.of(nodePool));
      }

      public WrongRegionEnumArgs build() {
        if (args.region == null || args.version == null || args.nodePool == null) {
          throw new MissingRequiredPropertyException(
              "WrongRegionEnumArgs", "region/version/nodePool");
        }
        return args;
      }
    }
  }

  /** A cluster that forgets to keep its kubeconfig secret. */
  @ResourceType(type = CLUSTER)
  static class KubeConfigsNotSecret extends CustomResource {
    public KubeConfigsNotSecret(
        String name, KubernetesClusterArgs args, CustomResourceOptions options) {
      super(CLUSTER, name, args, options, false);
    }

    public static KubeConfigsNotSecret get(
        String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return versioned(options, id); // wrong: kubeConfigs is a secret output
    }
  }

  /** A node pool that spells a wire name the way Terraform does rather than Pulumi. */
  @ResourceType(type = NODE_POOL)
  static class SnakeCaseNodePool extends CustomResource {
    public SnakeCaseNodePool(
        String name, SnakeCaseNodePoolArgs args, CustomResourceOptions options) {
      super(NODE_POOL, name, args, options, false);
    }

    public static SnakeCaseNodePool get(
        String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return versioned(options, id);
    }
  }

  static final class SnakeCaseNodePoolArgs extends ResourceArgs {
    public static final SnakeCaseNodePoolArgs Empty = new SnakeCaseNodePoolArgs();

    @Import(name = "clusterId", required = true)
    private Output<String> clusterId;

    @Import(name = "size", required = true)
    private Output<Either<String, DropletSlug>> size;

    @Import(name = "min_nodes") // wrong: Pulumi's wire name is minNodes
    private Output<Integer> minNodes;

    public Output<String> clusterId() {
      return clusterId;
    }

    public Output<Either<String, DropletSlug>> size() {
      return size;
    }

    public Optional<Output<Integer>> minNodes() {
      return Optional.ofNullable(minNodes);
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private final SnakeCaseNodePoolArgs args = new SnakeCaseNodePoolArgs();

      public Builder clusterId(Output<String> clusterId) {
        args.clusterId = clusterId;
        return this;
      }

      public Builder clusterId(String clusterId) {
        return clusterId(Output.of(clusterId));
      }

      public Builder size(Output<Either<String, DropletSlug>> size) {
        args.size = size;
        return this;
      }

      public Builder size(Either<String, DropletSlug> size) {
        return size(Output.of(size));
      }

      public Builder minNodes(Output<Integer> minNodes) {
        args.minNodes = minNodes;
        return this;
      }

      public Builder minNodes(Integer minNodes) {
        return minNodes(Output.of(minNodes));
      }

      public SnakeCaseNodePoolArgs build() {
        if (args.clusterId == null || args.size == null) {
          throw new MissingRequiredPropertyException("SnakeCaseNodePoolArgs", "clusterId/size");
        }
        return args;
      }
    }
  }

  // ------------------------------------------------------------------ functions

  /** getKubernetesVersions whose Args misspell the one input. */
  static final class MisspelledInputFunctions {
    private MisspelledInputFunctions() {}

    public static Output<GetKubernetesVersionsResult> getKubernetesVersions(
        MisspelledVersionsArgs args) {
      return getKubernetesVersions(args, InvokeOptions.Empty);
    }

    public static Output<GetKubernetesVersionsResult> getKubernetesVersions(
        MisspelledVersionsArgs args, InvokeOptions options) {
      throw new UnsupportedOperationException();
    }

    public static CompletableFuture<GetKubernetesVersionsResult> getKubernetesVersionsPlain(
        GetKubernetesVersionsPlainArgs args) {
      return getKubernetesVersionsPlain(args, InvokeOptions.Empty);
    }

    public static CompletableFuture<GetKubernetesVersionsResult> getKubernetesVersionsPlain(
        GetKubernetesVersionsPlainArgs args, InvokeOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  static final class MisspelledVersionsArgs extends InvokeArgs {
    public static final MisspelledVersionsArgs Empty = new MisspelledVersionsArgs();

    @Import(name = "versionPrefx") // wrong: the input is versionPrefix
    private Output<String> versionPrefix;

    public Optional<Output<String>> versionPrefix() {
      return Optional.ofNullable(versionPrefix);
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private final MisspelledVersionsArgs args = new MisspelledVersionsArgs();

      public Builder versionPrefix(Output<String> versionPrefix) {
        args.versionPrefix = versionPrefix;
        return this;
      }

      public Builder versionPrefix(String versionPrefix) {
        return versionPrefix(Output.of(versionPrefix));
      }

      public MisspelledVersionsArgs build() {
        return args;
      }
    }
  }

  /** getKubernetesVersionsPlain that takes the Output-valued Args. */
  static final class PlainFormWithOutputArgsFunctions {
    private PlainFormWithOutputArgsFunctions() {}

    public static Output<GetKubernetesVersionsResult> getKubernetesVersions(
        GetKubernetesVersionsArgs args) {
      return getKubernetesVersions(args, InvokeOptions.Empty);
    }

    public static Output<GetKubernetesVersionsResult> getKubernetesVersions(
        GetKubernetesVersionsArgs args, InvokeOptions options) {
      throw new UnsupportedOperationException();
    }

    public static CompletableFuture<GetKubernetesVersionsResult> getKubernetesVersionsPlain(
        GetKubernetesVersionsArgs args) { // wrong: the plain form takes plain values
      return getKubernetesVersionsPlain(args, InvokeOptions.Empty);
    }

    public static CompletableFuture<GetKubernetesVersionsResult> getKubernetesVersionsPlain(
        GetKubernetesVersionsArgs args, InvokeOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  /** getKubernetesVersions without a way to pass a provider to the Output form. */
  static final class NoInvokeOptionsFunctions {
    private NoInvokeOptionsFunctions() {}

    public static Output<GetKubernetesVersionsResult> getKubernetesVersions(
        GetKubernetesVersionsArgs args) { // wrong: no (args, InvokeOptions) overload
      throw new UnsupportedOperationException();
    }

    public static CompletableFuture<GetKubernetesVersionsResult> getKubernetesVersionsPlain(
        GetKubernetesVersionsPlainArgs args) {
      return getKubernetesVersionsPlain(args, InvokeOptions.Empty);
    }

    public static CompletableFuture<GetKubernetesVersionsResult> getKubernetesVersionsPlain(
        GetKubernetesVersionsPlainArgs args, InvokeOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  /** getKubernetesVersions whose result types the version list as one string. */
  static final class WrongResultFunctions {
    private WrongResultFunctions() {}

    public static Output<StringVersionsResult> getKubernetesVersions(
        GetKubernetesVersionsArgs args) {
      return getKubernetesVersions(args, InvokeOptions.Empty);
    }

    public static Output<StringVersionsResult> getKubernetesVersions(
        GetKubernetesVersionsArgs args, InvokeOptions options) {
      throw new UnsupportedOperationException();
    }

    public static CompletableFuture<StringVersionsResult> getKubernetesVersionsPlain(
        GetKubernetesVersionsPlainArgs args) {
      return getKubernetesVersionsPlain(args, InvokeOptions.Empty);
    }

    public static CompletableFuture<StringVersionsResult> getKubernetesVersionsPlain(
        GetKubernetesVersionsPlainArgs args, InvokeOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  @CustomType
  static final class StringVersionsResult {
    @CustomType.Builder
    static final class Builder {
      public Builder() {}

      @CustomType.Setter
      public Builder id(String id) {
        return this;
      }

      @CustomType.Setter
      public Builder latestVersion(String latestVersion) {
        return this;
      }

      @CustomType.Setter
      public Builder validVersions(String validVersions) { // wrong: the schema has a list
        return this;
      }

      public StringVersionsResult build() {
        return new StringVersionsResult();
      }
    }
  }

  /** getKubernetesVersions whose result forgets the id the schema promises. */
  static final class IncompleteResultFunctions {
    private IncompleteResultFunctions() {}

    public static Output<NoIdResult> getKubernetesVersions(GetKubernetesVersionsArgs args) {
      return getKubernetesVersions(args, InvokeOptions.Empty);
    }

    public static Output<NoIdResult> getKubernetesVersions(
        GetKubernetesVersionsArgs args, InvokeOptions options) {
      throw new UnsupportedOperationException();
    }

    public static CompletableFuture<NoIdResult> getKubernetesVersionsPlain(
        GetKubernetesVersionsPlainArgs args) {
      return getKubernetesVersionsPlain(args, InvokeOptions.Empty);
    }

    public static CompletableFuture<NoIdResult> getKubernetesVersionsPlain(
        GetKubernetesVersionsPlainArgs args, InvokeOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  @CustomType
  static final class NoIdResult {
    @CustomType.Builder
    static final class Builder {
      public Builder() {}

      // wrong: no setter for the required output id

      @CustomType.Setter
      public Builder latestVersion(String latestVersion) {
        return this;
      }

      @CustomType.Setter
      public Builder validVersions(List<String> validVersions) {
        return this;
      }

      public NoIdResult build() {
        return new NoIdResult();
      }
    }
  }
}
