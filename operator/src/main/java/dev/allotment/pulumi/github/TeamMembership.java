package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A user's membership in a GitHub team ({@code github:index/teamMembership:TeamMembership}). */
@ResourceType(type = "github:index/teamMembership:TeamMembership")
public class TeamMembership extends CustomResource {
  @Export(
      name = "teamId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> teamId;

  @Export(
      name = "username",
      refs = {String.class},
      tree = "[0]")
  private Output<String> username;

  @Export(
      name = "role",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> role;

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
   * The user to add to the team.
   *
   * @return the value
   */
  public Output<String> username() {
    return this.username;
  }

  /**
   * The role of the user within the team. Must be one of {@code member} or {@code maintainer}.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> role() {
    return Codegen.optional(this.role);
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
  public TeamMembership(String name) {
    this(name, TeamMembershipArgs.Empty);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public TeamMembership(String name, @Nullable TeamMembershipArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public TeamMembership(
      String name, @Nullable TeamMembershipArgs args, @Nullable CustomResourceOptions options) {
    super(
        "github:index/teamMembership:TeamMembership",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private TeamMembership(String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(
        "github:index/teamMembership:TeamMembership",
        name,
        null,
        makeResourceOptions(options, id),
        false);
  }

  private static @Nullable TeamMembershipArgs makeArgs(
      @Nullable TeamMembershipArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? TeamMembershipArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults = CustomResourceOptions.builder().version(PluginVersion.get()).build();
    return CustomResourceOptions.merge(defaults, options, id);
  }

  /**
   * Reads an existing teamMembership into the stack without managing it.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param id the provider id of the existing resource
   * @param options resource options
   * @return the read resource
   */
  public static TeamMembership get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new TeamMembership(name, id, options);
  }
}
