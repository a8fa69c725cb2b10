package dev.allotment.pulumi.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Assigns resources to a {@link Project} ({@code
 * digitalocean:index/projectResources:ProjectResources}), for resources created outside the
 * project's own {@code resources} input.
 */
@ResourceType(type = "digitalocean:index/projectResources:ProjectResources")
public class ProjectResources extends CustomResource {
  @Export(
      name = "project",
      refs = {String.class},
      tree = "[0]")
  private Output<String> project;

  @Export(
      name = "resources",
      refs = {List.class, String.class},
      tree = "[0,1]")
  private Output<List<String>> resources;

  /**
   * The ID of the project.
   *
   * @return the value
   */
  public Output<String> project() {
    return this.project;
  }

  /**
   * DigitalOcean URNs of the assigned resources.
   *
   * @return the value
   */
  public Output<List<String>> resources() {
    return this.resources;
  }

  /**
   * Declares the resource with no arguments.
   *
   * @param name the Pulumi name, unique per type within the stack
   */
  public ProjectResources(String name) {
    this(name, ProjectResourcesArgs.Empty);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public ProjectResources(String name, @Nullable ProjectResourcesArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public ProjectResources(
      String name, @Nullable ProjectResourcesArgs args, @Nullable CustomResourceOptions options) {
    super(
        "digitalocean:index/projectResources:ProjectResources",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private ProjectResources(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(
        "digitalocean:index/projectResources:ProjectResources",
        name,
        null,
        makeResourceOptions(options, id),
        false);
  }

  private static @Nullable ProjectResourcesArgs makeArgs(
      @Nullable ProjectResourcesArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? ProjectResourcesArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults = CustomResourceOptions.builder().version(PluginVersion.get()).build();
    return CustomResourceOptions.merge(defaults, options, id);
  }

  /**
   * Reads an existing ProjectResources into the stack without managing it.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param id the provider id of the existing resource
   * @param options resource options
   * @return the read resource
   */
  public static ProjectResources get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new ProjectResources(name, id, options);
  }
}
