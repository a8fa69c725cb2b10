package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A team in a GitHub organization ({@code github:index/team:Team}). Its {@link #id()} is the
 * numeric team id as a string; {@link TeamMembership} and {@link TeamRepository} accept it (or the
 * slug) as {@code teamId}.
 */
@ResourceType(type = "github:index/team:Team")
public class Team extends CustomResource {
  @Export(
      name = "name",
      refs = {String.class},
      tree = "[0]")
  private Output<String> name;

  @Export(
      name = "slug",
      refs = {String.class},
      tree = "[0]")
  private Output<String> slug;

  @Export(
      name = "nodeId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> nodeId;

  @Export(
      name = "description",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> description;

  @Export(
      name = "privacy",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> privacy;

  @Export(
      name = "parentTeamId",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> parentTeamId;

  @Export(
      name = "parentTeamReadId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> parentTeamReadId;

  @Export(
      name = "parentTeamReadSlug",
      refs = {String.class},
      tree = "[0]")
  private Output<String> parentTeamReadSlug;

  @Export(
      name = "notificationSetting",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> notificationSetting;

  @Export(
      name = "ldapDn",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> ldapDn;

  @Export(
      name = "membersCount",
      refs = {Integer.class},
      tree = "[0]")
  private Output<Integer> membersCount;

  @Export(
      name = "etag",
      refs = {String.class},
      tree = "[0]")
  private Output<String> etag;

  /**
   * The name of the team.
   *
   * @return the value
   */
  public Output<String> name() {
    return this.name;
  }

  /**
   * The slug of the created team, which may or may not differ from {@code name}, depending on
   * whether {@code name} contains "URL-unsafe" characters.
   *
   * @return the value
   */
  public Output<String> slug() {
    return this.slug;
  }

  /**
   * The Node ID of the created team.
   *
   * @return the value
   */
  public Output<String> nodeId() {
    return this.nodeId;
  }

  /**
   * A description of the team.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> description() {
    return Codegen.optional(this.description);
  }

  /**
   * The level of privacy for the team. Must be one of {@code secret} (default) or {@code closed}.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> privacy() {
    return Codegen.optional(this.privacy);
  }

  /**
   * The ID or slug of the parent team, if this is a nested team.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> parentTeamId() {
    return Codegen.optional(this.parentTeamId);
  }

  /**
   * The id of the parent team read in Github.
   *
   * @return the value
   */
  public Output<String> parentTeamReadId() {
    return this.parentTeamReadId;
  }

  /**
   * The id of the parent team read in Github.
   *
   * @return the value
   */
  public Output<String> parentTeamReadSlug() {
    return this.parentTeamReadSlug;
  }

  /**
   * The notification setting for the team. Must be one of {@code notificationsEnabled} (default) or
   * {@code notificationsDisabled}.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> notificationSetting() {
    return Codegen.optional(this.notificationSetting);
  }

  /**
   * The LDAP Distinguished Name of the group where membership will be synchronized. Only available
   * in GitHub Enterprise Server.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> ldapDn() {
    return Codegen.optional(this.ldapDn);
  }

  /**
   * The provider's {@code membersCount} output.
   *
   * @return the value
   */
  public Output<Integer> membersCount() {
    return this.membersCount;
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
  public Team(String name) {
    this(name, TeamArgs.Empty);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public Team(String name, @Nullable TeamArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public Team(String name, @Nullable TeamArgs args, @Nullable CustomResourceOptions options) {
    super(
        "github:index/team:Team",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private Team(String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super("github:index/team:Team", name, null, makeResourceOptions(options, id), false);
  }

  private static @Nullable TeamArgs makeArgs(
      @Nullable TeamArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? TeamArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults = CustomResourceOptions.builder().version(PluginVersion.get()).build();
    return CustomResourceOptions.merge(defaults, options, id);
  }

  /**
   * Reads an existing team into the stack without managing it.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param id the provider id of the existing resource
   * @param options resource options
   * @return the read resource
   */
  public static Team get(String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new Team(name, id, options);
  }
}
