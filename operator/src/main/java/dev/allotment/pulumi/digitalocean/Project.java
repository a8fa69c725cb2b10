package dev.allotment.pulumi.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A DigitalOcean project ({@code digitalocean:index/project:Project}), which groups resources. */
@ResourceType(type = "digitalocean:index/project:Project")
public class Project extends CustomResource {
  @Export(
      name = "name",
      refs = {String.class},
      tree = "[0]")
  private Output<String> name;

  @Export(
      name = "description",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> description;

  @Export(
      name = "purpose",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> purpose;

  @Export(
      name = "environment",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> environment;

  @Export(
      name = "isDefault",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> isDefault;

  @Export(
      name = "resources",
      refs = {List.class, String.class},
      tree = "[0,1]")
  private Output<List<String>> resources;

  @Export(
      name = "ownerId",
      refs = {Integer.class},
      tree = "[0]")
  private Output<Integer> ownerId;

  @Export(
      name = "ownerUuid",
      refs = {String.class},
      tree = "[0]")
  private Output<String> ownerUuid;

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
   * The name of the project.
   *
   * @return the value
   */
  public Output<String> name() {
    return this.name;
  }

  /**
   * The description of the project.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> description() {
    return Codegen.optional(this.description);
  }

  /**
   * The purpose of the project.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> purpose() {
    return Codegen.optional(this.purpose);
  }

  /**
   * The environment of the project's resources.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> environment() {
    return Codegen.optional(this.environment);
  }

  /**
   * Whether this is the account's default project.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> isDefault() {
    return Codegen.optional(this.isDefault);
  }

  /**
   * DigitalOcean URNs of the resources in the project.
   *
   * @return the value
   */
  public Output<List<String>> resources() {
    return this.resources;
  }

  /**
   * The id of the project owner.
   *
   * @return the value
   */
  public Output<Integer> ownerId() {
    return this.ownerId;
  }

  /**
   * The UUID of the project owner.
   *
   * @return the value
   */
  public Output<String> ownerUuid() {
    return this.ownerUuid;
  }

  /**
   * When the project was created (ISO 8601).
   *
   * @return the value
   */
  public Output<String> createdAt() {
    return this.createdAt;
  }

  /**
   * When the project was last updated (ISO 8601).
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
  public Project(String name) {
    this(name, ProjectArgs.Empty);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public Project(String name, @Nullable ProjectArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public Project(String name, @Nullable ProjectArgs args, @Nullable CustomResourceOptions options) {
    super(
        "digitalocean:index/project:Project",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private Project(String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(
        "digitalocean:index/project:Project", name, null, makeResourceOptions(options, id), false);
  }

  private static @Nullable ProjectArgs makeArgs(
      @Nullable ProjectArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? ProjectArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults = CustomResourceOptions.builder().version(PluginVersion.get()).build();
    return CustomResourceOptions.merge(defaults, options, id);
  }

  /**
   * Reads an existing Project into the stack without managing it.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param id the provider id of the existing resource
   * @param options resource options
   * @return the read resource
   */
  public static Project get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new Project(name, id, options);
  }
}
