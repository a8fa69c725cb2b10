package dev.allotment.pulumi.github;

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
 * An explicit instance of the GitHub resource plugin ({@code pulumi:providers:github}), for example
 * one per organization and token. Pass it to resources through {@link
 * CustomResourceOptions.Builder#provider}.
 */
@ResourceType(type = "pulumi:providers:github")
public class Provider extends ProviderResource {
  @Export(
      name = "baseUrl",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> baseUrl;

  @Export(
      name = "cachePath",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> cachePath;

  @Export(
      name = "owner",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> owner;

  @Export(
      name = "token",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> token;

  /**
   * The base URL for the GitHub API; this defaults to the GitHub API URL. If you are using GitHub
   * Enterprise Server (GHES) or GitHub Enterprise Cloud with Data Residency (GHEC-DR), this is
   * required. This can also be set by the {@code GITHUB_BASE_URL} environment variable.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> baseUrl() {
    return Codegen.optional(this.baseUrl);
  }

  /**
   * The path to the cache directory for persisting GitHub API requests between runs; if not set
   * there will be no caching between runs. This can also be set by the {@code GITHUB_CACHE_PATH}
   * environment variable.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> cachePath() {
    return Codegen.optional(this.cachePath);
  }

  /**
   * GitHub organization or user account to manage; this is required when authenticating using a
   * GitHub App. If the owner is not provided and a token is provided, the provider will attempt to
   * auto-detect the owner associated with the token.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> owner() {
    return Codegen.optional(this.owner);
  }

  /**
   * GitHub OAuth or Personal Access Token (PAT) to use for authentication. This can also be set by
   * the {@code GITHUB_TOKEN} environment variable.
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
        "github",
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
            .additionalSecretOutputs(List.of("token"))
            .build();
    return CustomResourceOptions.merge(defaults, options, id);
  }
}
