package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text GitHub Actions variable scoped to a repository environment ({@code
 * github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable}).
 */
@ResourceType(type = "github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable")
public class ActionsEnvironmentVariable extends CustomResource {
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
      name = "variableName",
      refs = {String.class},
      tree = "[0]")
  private Output<String> variableName;

  @Export(
      name = "value",
      refs = {String.class},
      tree = "[0]")
  private Output<String> value;

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
   * Name of the variable.
   *
   * @return the value
   */
  public Output<String> variableName() {
    return this.variableName;
  }

  /**
   * Value of the variable.
   *
   * @return the value
   */
  public Output<String> value() {
    return this.value;
  }

  /**
   * Date the variable was created.
   *
   * @return the value
   */
  public Output<String> createdAt() {
    return this.createdAt;
  }

  /**
   * Date the variable was last updated.
   *
   * @return the value
   */
  public Output<String> updatedAt() {
    return this.updatedAt;
  }

  /**
   * Declares the resource with no arguments.
   *
   * @param name the Pulumi name, unique per type within the stack
   */
  public ActionsEnvironmentVariable(String name) {
    this(name, ActionsEnvironmentVariableArgs.Empty);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public ActionsEnvironmentVariable(String name, @Nullable ActionsEnvironmentVariableArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public ActionsEnvironmentVariable(
      String name,
      @Nullable ActionsEnvironmentVariableArgs args,
      @Nullable CustomResourceOptions options) {
    super(
        "github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private ActionsEnvironmentVariable(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(
        "github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable",
        name,
        null,
        makeResourceOptions(options, id),
        false);
  }

  private static @Nullable ActionsEnvironmentVariableArgs makeArgs(
      @Nullable ActionsEnvironmentVariableArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? ActionsEnvironmentVariableArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults = CustomResourceOptions.builder().version(PluginVersion.get()).build();
    return CustomResourceOptions.merge(defaults, options, id);
  }

  /**
   * Reads an existing actionsEnvironmentVariable into the stack without managing it.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param id the provider id of the existing resource
   * @param options resource options
   * @return the read resource
   */
  public static ActionsEnvironmentVariable get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new ActionsEnvironmentVariable(name, id, options);
  }
}
