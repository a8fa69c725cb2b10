package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.allotment.pulumi.github.outputs.RepositoryTemplate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A GitHub repository ({@code github:index/repository:Repository}). Its {@link #id()} is the
 * repository name; {@link #repoId()} is the numeric id.
 */
@ResourceType(type = "github:index/repository:Repository")
public class Repository extends CustomResource {
  @Export(
      name = "name",
      refs = {String.class},
      tree = "[0]")
  private Output<String> name;

  @Export(
      name = "fullName",
      refs = {String.class},
      tree = "[0]")
  private Output<String> fullName;

  @Export(
      name = "htmlUrl",
      refs = {String.class},
      tree = "[0]")
  private Output<String> htmlUrl;

  @Export(
      name = "repoId",
      refs = {Integer.class},
      tree = "[0]")
  private Output<Integer> repoId;

  @Export(
      name = "nodeId",
      refs = {String.class},
      tree = "[0]")
  private Output<String> nodeId;

  @Export(
      name = "visibility",
      refs = {String.class},
      tree = "[0]")
  private Output<String> visibility;

  @Export(
      name = "description",
      refs = {String.class},
      tree = "[0]")
  private Output</* @Nullable */ String> description;

  @Export(
      name = "defaultBranch",
      refs = {String.class},
      tree = "[0]")
  private Output<String> defaultBranch;

  @Export(
      name = "gitCloneUrl",
      refs = {String.class},
      tree = "[0]")
  private Output<String> gitCloneUrl;

  @Export(
      name = "httpCloneUrl",
      refs = {String.class},
      tree = "[0]")
  private Output<String> httpCloneUrl;

  @Export(
      name = "sshCloneUrl",
      refs = {String.class},
      tree = "[0]")
  private Output<String> sshCloneUrl;

  @Export(
      name = "svnUrl",
      refs = {String.class},
      tree = "[0]")
  private Output<String> svnUrl;

  @Export(
      name = "template",
      refs = {RepositoryTemplate.class},
      tree = "[0]")
  private Output</* @Nullable */ RepositoryTemplate> template;

  @Export(
      name = "topics",
      refs = {List.class, String.class},
      tree = "[0,1]")
  private Output<List<String>> topics;

  @Export(
      name = "archived",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> archived;

  @Export(
      name = "archiveOnDestroy",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> archiveOnDestroy;

  @Export(
      name = "autoInit",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> autoInit;

  @Export(
      name = "hasIssues",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> hasIssues;

  @Export(
      name = "deleteBranchOnMerge",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> deleteBranchOnMerge;

  @Export(
      name = "vulnerabilityAlerts",
      refs = {Boolean.class},
      tree = "[0]")
  private Output<Boolean> vulnerabilityAlerts;

  @Export(
      name = "etag",
      refs = {String.class},
      tree = "[0]")
  private Output<String> etag;

  /**
   * The name of the repository.
   *
   * @return the value
   */
  public Output<String> name() {
    return this.name;
  }

  /**
   * A string of the form "orgname/reponame".
   *
   * @return the value
   */
  public Output<String> fullName() {
    return this.fullName;
  }

  /**
   * The absolute URL (including scheme) of the rendered GitHub Pages site e.g. {@code
   * https://username.github.io}.
   *
   * @return the value
   */
  public Output<String> htmlUrl() {
    return this.htmlUrl;
  }

  /**
   * GitHub ID for the repository.
   *
   * @return the value
   */
  public Output<Integer> repoId() {
    return this.repoId;
  }

  /**
   * GraphQL global node id for use with v4 API.
   *
   * @return the value
   */
  public Output<String> nodeId() {
    return this.nodeId;
  }

  /**
   * Can be {@code public} or {@code private}. If your organization is associated with an enterprise
   * account using GitHub Enterprise Cloud or GitHub Enterprise Server 2.20+, visibility can also be
   * {@code internal}.
   *
   * @return the value
   */
  public Output<String> visibility() {
    return this.visibility;
  }

  /**
   * A description of the repository.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<String>> description() {
    return Codegen.optional(this.description);
  }

  /**
   * (Deprecated: Use {@code github.BranchDefault} resource instead) The name of the default branch
   * of the repository. NOTE: This can only be set after a repository has already been created, and
   * after a correct reference has been created for the target branch inside the repository.
   *
   * @return the value
   */
  public Output<String> defaultBranch() {
    return this.defaultBranch;
  }

  /**
   * URL that can be provided to {@code git clone} to clone the repository anonymously via the git
   * protocol.
   *
   * @return the value
   */
  public Output<String> gitCloneUrl() {
    return this.gitCloneUrl;
  }

  /**
   * URL that can be provided to {@code git clone} to clone the repository via HTTPS.
   *
   * @return the value
   */
  public Output<String> httpCloneUrl() {
    return this.httpCloneUrl;
  }

  /**
   * URL that can be provided to {@code git clone} to clone the repository via SSH.
   *
   * @return the value
   */
  public Output<String> sshCloneUrl() {
    return this.sshCloneUrl;
  }

  /**
   * URL that can be provided to {@code svn checkout} to check out the repository via GitHub's
   * Subversion protocol emulation.
   *
   * @return the value
   */
  public Output<String> svnUrl() {
    return this.svnUrl;
  }

  /**
   * Use a template repository to create this resource. See Template Repositories below for details.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<RepositoryTemplate>> template() {
    return Codegen.optional(this.template);
  }

  /**
   * The list of topics of the repository.
   *
   * @return the value
   */
  public Output<List<String>> topics() {
    return this.topics;
  }

  /**
   * Specifies if the repository should be archived. Defaults to {@code false}.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> archived() {
    return Codegen.optional(this.archived);
  }

  /**
   * Set to {@code true} to archive the repository instead of deleting on destroy.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> archiveOnDestroy() {
    return Codegen.optional(this.archiveOnDestroy);
  }

  /**
   * Set to {@code true} to produce an initial commit in the repository.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> autoInit() {
    return Codegen.optional(this.autoInit);
  }

  /**
   * Set to {@code true} to enable the GitHub Issues features on the repository.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> hasIssues() {
    return Codegen.optional(this.hasIssues);
  }

  /**
   * Automatically delete head branch after a pull request is merged. Defaults to {@code false}.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> deleteBranchOnMerge() {
    return Codegen.optional(this.deleteBranchOnMerge);
  }

  /**
   * Configure Dependabot security alerts for vulnerable dependencies; set to {@code true} to
   * enable, set to {@code false} to disable, and leave unset for the default behavior. Configuring
   * this requires that alerts are not being explicitly configured at the organization level.
   *
   * @return the value
   */
  public Output<Boolean> vulnerabilityAlerts() {
    return this.vulnerabilityAlerts;
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
  public Repository(String name) {
    this(name, RepositoryArgs.Empty);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public Repository(String name, @Nullable RepositoryArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public Repository(
      String name, @Nullable RepositoryArgs args, @Nullable CustomResourceOptions options) {
    super(
        "github:index/repository:Repository",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private Repository(String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(
        "github:index/repository:Repository", name, null, makeResourceOptions(options, id), false);
  }

  private static @Nullable RepositoryArgs makeArgs(
      @Nullable RepositoryArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? RepositoryArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults = CustomResourceOptions.builder().version(PluginVersion.get()).build();
    return CustomResourceOptions.merge(defaults, options, id);
  }

  /**
   * Reads an existing repository into the stack without managing it.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param id the provider id of the existing resource
   * @param options resource options
   * @return the read resource
   */
  public static Repository get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new Repository(name, id, options);
  }
}
