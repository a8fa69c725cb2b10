package dev.allotment.pulumi.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An explicit instance of the DigitalOcean resource plugin ({@code pulumi:providers:digitalocean}),
 * for example one per team and API token. Pass it to resources through {@link
 * CustomResourceOptions.Builder#provider} and to functions through {@link
 * com.pulumi.deployment.InvokeOptions}.
 */
@ResourceType(type = "pulumi:providers:digitalocean")
public class Provider extends ProviderResource {
  @Export(
      name = "apiEndpoint",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> apiEndpoint;

  @Export(
      name = "spacesAccessId",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> spacesAccessId;

  @Export(
      name = "spacesEndpoint",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> spacesEndpoint;

  @Export(
      name = "spacesSecretKey",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> spacesSecretKey;

  @Export(
      name = "token",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> token;

  /**
   * The URL to use for the DigitalOcean API.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> apiEndpoint() {
    return Codegen.optional(this.apiEndpoint);
  }

  /**
   * The access key ID for Spaces API operations.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> spacesAccessId() {
    return Codegen.optional(this.spacesAccessId);
  }

  /**
   * The URL to use for the DigitalOcean Spaces API.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> spacesEndpoint() {
    return Codegen.optional(this.spacesEndpoint);
  }

  /**
   * The secret access key for Spaces API operations (a secret output).
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> spacesSecretKey() {
    return Codegen.optional(this.spacesSecretKey);
  }

  /**
   * The token key for API operations (a secret output).
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> token() {
    return Codegen.optional(this.token);
  }

  /**
   * Declares the provider with no arguments.
   *
   * @param name the Pulumi name, unique per type within the stack
   */
  public Provider(String name) {
    this(name, ProviderArgs.Empty);
  }

  /**
   * Declares the provider.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public Provider(String name, @Nullable ProviderArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the provider.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public Provider(
      String name, @Nullable ProviderArgs args, @Nullable CustomResourceOptions options) {
    super(
        "digitalocean",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private static @Nullable ProviderArgs makeArgs(
      @Nullable ProviderArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? ProviderArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults =
        CustomResourceOptions.builder()
            .version(PluginVersion.get())
            .additionalSecretOutputs(List.of("spacesSecretKey", "token"))
            .build();
    return CustomResourceOptions.merge(defaults, options, id);
  }
}
