package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A GitHub Actions secret scoped to a repository environment ({@code
 * github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret}). Its value outputs are secret.
 */
@ResourceType(type = "github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret")
public class ActionsEnvironmentSecret extends CustomResource {
  @Export(
      name = "repository",
      refs = {String.class},
      tree = "[0]")
  private Output<String> repository;

  @Export(
      name = "repositoryId",
      refs = {Integer.class},
      tree = "[0]")
  private Output<Integer> repositoryId;

  @Export(
      name = "environment",
      refs = {String.class},
      tree = "[0]")
  private Output<String> environment;

  @Export(
      name = "secretName",
      refs = {String.class},
      tree = "[0]")
  private Output<String> secretName;

  @Export(
      name = "value",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> value;

  @Export(
      name = "valueEncrypted",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> valueEncrypted;

  @Export(
      name = "keyId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> keyId;

  @Export(
      name = "plaintextValue",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> plaintextValue;

  @Export(
      name = "encryptedValue",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> encryptedValue;

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
      name = "remoteUpdatedAt",
      refs = {String.class},
      tree = "[0]")
  private Output<String> remoteUpdatedAt;

  /**
   * Name of the repository.
   *
   * @return the value
   */
  public Output<String> repository() {
    return this.repository;
  }

  /**
   * ID of the repository.
   *
   * @return the value
   */
  public Output<Integer> repositoryId() {
    return this.repositoryId;
  }

  /**
   * Name of the environment.
   *
   * @return the value
   */
  public Output<String> environment() {
    return this.environment;
  }

  /**
   * Name of the secret.
   *
   * @return the value
   */
  public Output<String> secretName() {
    return this.secretName;
  }

  /**
   * Plaintext value of the secret to be encrypted. This conflicts with {@code valueEncrypted},
   * {@code encryptedValue} &amp; {@code plaintextValue}.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> value() {
    return Codegen.optional(this.value);
  }

  /**
   * Encrypted value of the secret using the GitHub public key in Base64 format, {@code keyId} is
   * required with this value. This conflicts with {@code value}, {@code encryptedValue} &amp;
   * {@code plaintextValue}.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> valueEncrypted() {
    return Codegen.optional(this.valueEncrypted);
  }

  /**
   * ID of the public key used to encrypt the secret, required when setting {@code encryptedValue}.
   *
   * @return the value
   */
  public Output<String> keyId() {
    return this.keyId;
  }

  /**
   * Please use {@code value}.
   *
   * @return the value, empty if the provider reports none
   * @deprecated Use {@link #value()}; the provider deprecates this property.
   */
  @Deprecated
  public Output<Optional<String>> plaintextValue() {
    return Codegen.optional(this.plaintextValue);
  }

  /**
   * Please use {@code valueEncrypted}.
   *
   * @return the value, empty if the provider reports none
   * @deprecated Use {@link #valueEncrypted()}; the provider deprecates this property.
   */
  @Deprecated
  public Output<Optional<String>> encryptedValue() {
    return Codegen.optional(this.encryptedValue);
  }

  /**
   * Date the secret was created.
   *
   * @return the value
   */
  public Output<String> createdAt() {
    return this.createdAt;
  }

  /**
   * Date the secret was last updated by the provider.
   *
   * @return the value
   */
  public Output<String> updatedAt() {
    return this.updatedAt;
  }

  /**
   * Date the secret was last updated in GitHub.
   *
   * @return the value
   */
  public Output<String> remoteUpdatedAt() {
    return this.remoteUpdatedAt;
  }

  /**
   * Declares the resource with no arguments.
   *
   * @param name the Pulumi name, unique per type within the stack
   */
  public ActionsEnvironmentSecret(String name) {
    this(name, ActionsEnvironmentSecretArgs.Empty);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public ActionsEnvironmentSecret(String name, @Nullable ActionsEnvironmentSecretArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public ActionsEnvironmentSecret(
      String name,
      @Nullable ActionsEnvironmentSecretArgs args,
      @Nullable CustomResourceOptions options) {
    super(
        "github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private ActionsEnvironmentSecret(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(
        "github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret",
        name,
        null,
        makeResourceOptions(options, id),
        false);
  }

  private static @Nullable ActionsEnvironmentSecretArgs makeArgs(
      @Nullable ActionsEnvironmentSecretArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? ActionsEnvironmentSecretArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults =
        CustomResourceOptions.builder()
            .version(PluginVersion.get())
            .additionalSecretOutputs(
                List.of("encryptedValue", "plaintextValue", "value", "valueEncrypted"))
            .build();
    return CustomResourceOptions.merge(defaults, options, id);
  }

  /**
   * Reads an existing actionsEnvironmentSecret into the stack without managing it.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param id the provider id of the existing resource
   * @param options resource options
   * @return the read resource
   */
  public static ActionsEnvironmentSecret get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new ActionsEnvironmentSecret(name, id, options);
  }
}
