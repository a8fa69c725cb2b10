package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A team's access to a repository ({@code github:index/teamRepository:TeamRepository}). */
@ResourceType(type = "github:index/teamRepository:TeamRepository")
public class TeamRepository extends CustomResource {
  @Export(
      name = "teamId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> teamId;

  @Export(
      name = "repository",
      refs = {String.class},
      tree = "[0]")
  private Output<String> repository;

  @Export(
      name = "permission",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> permission;

  @Export(
      name = "etag",
      refs = {String.class},
      tree = "[0]")
  private Output<String> etag;

  /**
   * The GitHub team id or the GitHub team slug.
   *
   * @return the value
   */
  public Output<String> teamId() {
    return this.teamId;
  }

  /**
   * The repository to add to the team.
   *
   * @return the value
   */
  public Output<String> repository() {
    return this.repository;
  }

  /**
   * The permissions of team members regarding the repository. Must be one of {@code pull}, {@code
   * triage}, {@code push}, {@code maintain}, {@code admin} or the name of an existing custom
   * repository role within the organisation.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> permission() {
    return Codegen.optional(this.permission);
  }

  /**
   * The provider's {@code etag} output.
   *
   * @return the value
   */
  public Output<String> etag() {
    return this.etag;
  }

  /**
   * Declares the resource with no arguments.
   *
   * @param name the Pulumi name, unique per type within the stack
   */
  public TeamRepository(String name) {
    this(name, TeamRepositoryArgs.Empty);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public TeamRepository(String name, @Nullable TeamRepositoryArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public TeamRepository(
      String name, @Nullable TeamRepositoryArgs args, @Nullable CustomResourceOptions options) {
    super(
        "github:index/teamRepository:TeamRepository",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private TeamRepository(String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(
        "github:index/teamRepository:TeamRepository",
        name,
        null,
        makeResourceOptions(options, id),
        false);
  }

  private static @Nullable TeamRepositoryArgs makeArgs(
      @Nullable TeamRepositoryArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? TeamRepositoryArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults = CustomResourceOptions.builder().version(PluginVersion.get()).build();
    return CustomResourceOptions.merge(defaults, options, id);
  }

  /**
   * Reads an existing teamRepository into the stack without managing it.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param id the provider id of the existing resource
   * @param options resource options
   * @return the read resource
   */
  public static TeamRepository get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new TeamRepository(name, id, options);
  }
}
