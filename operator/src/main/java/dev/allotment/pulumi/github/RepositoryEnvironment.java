package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import dev.allotment.pulumi.github.outputs.RepositoryEnvironmentDeploymentBranchPolicy;
import dev.allotment.pulumi.github.outputs.RepositoryEnvironmentReviewer;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A deployment environment of a repository ({@code
 * github:index/repositoryEnvironment:RepositoryEnvironment}), with its protection rules.
 */
@ResourceType(type = "github:index/repositoryEnvironment:RepositoryEnvironment")
public class RepositoryEnvironment extends CustomResource {
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
      name = "reviewers",
      refs = {List.class, RepositoryEnvironmentReviewer.class},
      tree = "[0,1]")
  private Output</* @Nullable */ List<RepositoryEnvironmentReviewer>> reviewers;

  @Export(
      name = "preventSelfReview",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> preventSelfReview;

  @Export(
      name = "waitTimer",
      refs = {Integer.class},
      tree = "[0]")
  private Output</* @Nullable */ Integer> waitTimer;

  @Export(
      name = "canAdminsBypass",
      refs = {Boolean.class},
      tree = "[0]")
  private Output</* @Nullable */ Boolean> canAdminsBypass;

  @Export(
      name = "deploymentBranchPolicy",
      refs = {RepositoryEnvironmentDeploymentBranchPolicy.class},
      tree = "[0]")
  private Output</* @Nullable */ RepositoryEnvironmentDeploymentBranchPolicy>
      deploymentBranchPolicy;

  /**
   * The repository of the environment.
   *
   * @return the value
   */
  public Output<String> repository() {
    return this.repository;
  }

  /**
   * The ID of the repository.
   *
   * @return the value
   */
  public Output<Integer> repositoryId() {
    return this.repositoryId;
  }

  /**
   * The name of the environment.
   *
   * @return the value
   */
  public Output<String> environment() {
    return this.environment;
  }

  /**
   * The environment reviewers configuration.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<List<RepositoryEnvironmentReviewer>>> reviewers() {
    return Codegen.optional(this.reviewers);
  }

  /**
   * Whether or not a user who created the job is prevented from approving their own job. Defaults
   * to {@code false}.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> preventSelfReview() {
    return Codegen.optional(this.preventSelfReview);
  }

  /**
   * Amount of time to delay a job after the job is initially triggered.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Integer>> waitTimer() {
    return Codegen.optional(this.waitTimer);
  }

  /**
   * Can repository admins bypass the environment protections. Defaults to {@code true}.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<Boolean>> canAdminsBypass() {
    return Codegen.optional(this.canAdminsBypass);
  }

  /**
   * The deployment branch policy configuration.
   *
   * @return the value, empty if the provider reports none
   */
  public Output<Optional<RepositoryEnvironmentDeploymentBranchPolicy>> deploymentBranchPolicy() {
    return Codegen.optional(this.deploymentBranchPolicy);
  }

  /**
   * Declares the resource with no arguments.
   *
   * @param name the Pulumi name, unique per type within the stack
   */
  public RepositoryEnvironment(String name) {
    this(name, RepositoryEnvironmentArgs.Empty);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   */
  public RepositoryEnvironment(String name, @Nullable RepositoryEnvironmentArgs args) {
    this(name, args, null);
  }

  /**
   * Declares the resource.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param args the inputs
   * @param options resource options; the plugin version is added unless set here
   */
  public RepositoryEnvironment(
      String name,
      @Nullable RepositoryEnvironmentArgs args,
      @Nullable CustomResourceOptions options) {
    super(
        "github:index/repositoryEnvironment:RepositoryEnvironment",
        name,
        makeArgs(args, options),
        makeResourceOptions(options, Codegen.empty()),
        false);
  }

  private RepositoryEnvironment(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    super(
        "github:index/repositoryEnvironment:RepositoryEnvironment",
        name,
        null,
        makeResourceOptions(options, id),
        false);
  }

  private static @Nullable RepositoryEnvironmentArgs makeArgs(
      @Nullable RepositoryEnvironmentArgs args, @Nullable CustomResourceOptions options) {
    // A URN means the SDK is rehydrating a resource the engine already knows; inputs are not
    // resent.
    if (options != null && options.getUrn().isPresent()) {
      return null;
    }
    return args == null ? RepositoryEnvironmentArgs.Empty : args;
  }

  private static CustomResourceOptions makeResourceOptions(
      @Nullable CustomResourceOptions options, @Nullable Output<String> id) {
    var defaults = CustomResourceOptions.builder().version(PluginVersion.get()).build();
    return CustomResourceOptions.merge(defaults, options, id);
  }

  /**
   * Reads an existing repositoryEnvironment into the stack without managing it.
   *
   * @param name the Pulumi name, unique per type within the stack
   * @param id the provider id of the existing resource
   * @param options resource options
   * @return the read resource
   */
  public static RepositoryEnvironment get(
      String name, Output<String> id, @Nullable CustomResourceOptions options) {
    return new RepositoryEnvironment(name, id, options);
  }
}
