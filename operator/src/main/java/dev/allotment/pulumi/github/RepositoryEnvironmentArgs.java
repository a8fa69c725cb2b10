package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import dev.allotment.pulumi.github.inputs.RepositoryEnvironmentDeploymentBranchPolicyArgs;
import dev.allotment.pulumi.github.inputs.RepositoryEnvironmentReviewerArgs;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Inputs of a {@link RepositoryEnvironment}. */
public final class RepositoryEnvironmentArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final RepositoryEnvironmentArgs Empty = new RepositoryEnvironmentArgs();

  @Import(name = "repository", required = true)
  private Output<String> repository;

  @Import(name = "environment", required = true)
  private Output<String> environment;

  @Import(name = "reviewers")
  private @Nullable Output<List<RepositoryEnvironmentReviewerArgs>> reviewers;

  @Import(name = "preventSelfReview")
  private @Nullable Output<Boolean> preventSelfReview;

  @Import(name = "waitTimer")
  private @Nullable Output<Integer> waitTimer;

  @Import(name = "canAdminsBypass")
  private @Nullable Output<Boolean> canAdminsBypass;

  @Import(name = "deploymentBranchPolicy")
  private @Nullable Output<RepositoryEnvironmentDeploymentBranchPolicyArgs> deploymentBranchPolicy;

  /** The repository of the environment. */
  public Output<String> repository() {
    return this.repository;
  }

  /** The name of the environment. */
  public Output<String> environment() {
    return this.environment;
  }

  /** The environment reviewers configuration. */
  public Optional<Output<List<RepositoryEnvironmentReviewerArgs>>> reviewers() {
    return Optional.ofNullable(this.reviewers);
  }

  /**
   * Whether or not a user who created the job is prevented from approving their own job. Defaults
   * to {@code false}.
   */
  public Optional<Output<Boolean>> preventSelfReview() {
    return Optional.ofNullable(this.preventSelfReview);
  }

  /** Amount of time to delay a job after the job is initially triggered. */
  public Optional<Output<Integer>> waitTimer() {
    return Optional.ofNullable(this.waitTimer);
  }

  /** Can repository admins bypass the environment protections. Defaults to {@code true}. */
  public Optional<Output<Boolean>> canAdminsBypass() {
    return Optional.ofNullable(this.canAdminsBypass);
  }

  /** The deployment branch policy configuration. */
  public Optional<Output<RepositoryEnvironmentDeploymentBranchPolicyArgs>>
      deploymentBranchPolicy() {
    return Optional.ofNullable(this.deploymentBranchPolicy);
  }

  private RepositoryEnvironmentArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link RepositoryEnvironmentArgs}; {@link #build()} checks that required inputs are set.
   */
  public static final class Builder {
    private final RepositoryEnvironmentArgs args = new RepositoryEnvironmentArgs();

    private Builder() {}

    /**
     * Sets {@link RepositoryEnvironmentArgs#repository()}.
     *
     * @param repository the value, possibly not yet known
     * @return this builder
     */
    public Builder repository(Output<String> repository) {
      args.repository = repository;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#repository()}.
     *
     * @param repository the value
     * @return this builder
     */
    public Builder repository(String repository) {
      return repository(Output.of(repository));
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#environment()}.
     *
     * @param environment the value, possibly not yet known
     * @return this builder
     */
    public Builder environment(Output<String> environment) {
      args.environment = environment;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#environment()}.
     *
     * @param environment the value
     * @return this builder
     */
    public Builder environment(String environment) {
      return environment(Output.of(environment));
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#reviewers()}.
     *
     * @param reviewers the value, possibly not yet known
     * @return this builder
     */
    public Builder reviewers(@Nullable Output<List<RepositoryEnvironmentReviewerArgs>> reviewers) {
      args.reviewers = reviewers;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#reviewers()}.
     *
     * @param reviewers the value
     * @return this builder
     */
    public Builder reviewers(List<RepositoryEnvironmentReviewerArgs> reviewers) {
      return reviewers(Output.of(reviewers));
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#reviewers()}.
     *
     * @param reviewers the elements
     * @return this builder
     */
    public Builder reviewers(RepositoryEnvironmentReviewerArgs... reviewers) {
      return reviewers(List.of(reviewers));
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#preventSelfReview()}.
     *
     * @param preventSelfReview the value, possibly not yet known
     * @return this builder
     */
    public Builder preventSelfReview(@Nullable Output<Boolean> preventSelfReview) {
      args.preventSelfReview = preventSelfReview;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#preventSelfReview()}.
     *
     * @param preventSelfReview the value
     * @return this builder
     */
    public Builder preventSelfReview(Boolean preventSelfReview) {
      return preventSelfReview(Output.of(preventSelfReview));
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#waitTimer()}.
     *
     * @param waitTimer the value, possibly not yet known
     * @return this builder
     */
    public Builder waitTimer(@Nullable Output<Integer> waitTimer) {
      args.waitTimer = waitTimer;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#waitTimer()}.
     *
     * @param waitTimer the value
     * @return this builder
     */
    public Builder waitTimer(Integer waitTimer) {
      return waitTimer(Output.of(waitTimer));
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#canAdminsBypass()}.
     *
     * @param canAdminsBypass the value, possibly not yet known
     * @return this builder
     */
    public Builder canAdminsBypass(@Nullable Output<Boolean> canAdminsBypass) {
      args.canAdminsBypass = canAdminsBypass;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#canAdminsBypass()}.
     *
     * @param canAdminsBypass the value
     * @return this builder
     */
    public Builder canAdminsBypass(Boolean canAdminsBypass) {
      return canAdminsBypass(Output.of(canAdminsBypass));
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#deploymentBranchPolicy()}.
     *
     * @param deploymentBranchPolicy the value, possibly not yet known
     * @return this builder
     */
    public Builder deploymentBranchPolicy(
        @Nullable Output<RepositoryEnvironmentDeploymentBranchPolicyArgs> deploymentBranchPolicy) {
      args.deploymentBranchPolicy = deploymentBranchPolicy;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentArgs#deploymentBranchPolicy()}.
     *
     * @param deploymentBranchPolicy the value
     * @return this builder
     */
    public Builder deploymentBranchPolicy(
        RepositoryEnvironmentDeploymentBranchPolicyArgs deploymentBranchPolicy) {
      return deploymentBranchPolicy(Output.of(deploymentBranchPolicy));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if a required input was not set
     */
    public RepositoryEnvironmentArgs build() {
      if (args.repository == null) {
        throw new MissingRequiredPropertyException("RepositoryEnvironmentArgs", "repository");
      }
      if (args.environment == null) {
        throw new MissingRequiredPropertyException("RepositoryEnvironmentArgs", "environment");
      }
      return args;
    }
  }
}
