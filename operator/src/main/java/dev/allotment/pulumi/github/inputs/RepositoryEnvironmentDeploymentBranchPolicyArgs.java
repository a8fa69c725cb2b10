package dev.allotment.pulumi.github.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

/**
 * Which branches may deploy to a {@link dev.allotment.pulumi.github.RepositoryEnvironment}. Exactly
 * one of the two flags should be {@code true}.
 */
public final class RepositoryEnvironmentDeploymentBranchPolicyArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final RepositoryEnvironmentDeploymentBranchPolicyArgs Empty =
      new RepositoryEnvironmentDeploymentBranchPolicyArgs();

  @Import(name = "customBranchPolicies", required = true)
  private Output<Boolean> customBranchPolicies;

  @Import(name = "protectedBranches", required = true)
  private Output<Boolean> protectedBranches;

  /**
   * Whether only branches that match the specified name patterns can deploy to this environment.
   */
  public Output<Boolean> customBranchPolicies() {
    return this.customBranchPolicies;
  }

  /** Whether only branches with branch protection rules can deploy to this environment. */
  public Output<Boolean> protectedBranches() {
    return this.protectedBranches;
  }

  private RepositoryEnvironmentDeploymentBranchPolicyArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link RepositoryEnvironmentDeploymentBranchPolicyArgs}; {@link #build()} checks that
   * required inputs are set.
   */
  public static final class Builder {
    private final RepositoryEnvironmentDeploymentBranchPolicyArgs args =
        new RepositoryEnvironmentDeploymentBranchPolicyArgs();

    private Builder() {}

    /**
     * Sets {@link RepositoryEnvironmentDeploymentBranchPolicyArgs#customBranchPolicies()}.
     *
     * @param customBranchPolicies the value, possibly not yet known
     * @return this builder
     */
    public Builder customBranchPolicies(Output<Boolean> customBranchPolicies) {
      args.customBranchPolicies = customBranchPolicies;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentDeploymentBranchPolicyArgs#customBranchPolicies()}.
     *
     * @param customBranchPolicies the value
     * @return this builder
     */
    public Builder customBranchPolicies(Boolean customBranchPolicies) {
      return customBranchPolicies(Output.of(customBranchPolicies));
    }

    /**
     * Sets {@link RepositoryEnvironmentDeploymentBranchPolicyArgs#protectedBranches()}.
     *
     * @param protectedBranches the value, possibly not yet known
     * @return this builder
     */
    public Builder protectedBranches(Output<Boolean> protectedBranches) {
      args.protectedBranches = protectedBranches;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentDeploymentBranchPolicyArgs#protectedBranches()}.
     *
     * @param protectedBranches the value
     * @return this builder
     */
    public Builder protectedBranches(Boolean protectedBranches) {
      return protectedBranches(Output.of(protectedBranches));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if a required input was not set
     */
    public RepositoryEnvironmentDeploymentBranchPolicyArgs build() {
      if (args.customBranchPolicies == null) {
        throw new MissingRequiredPropertyException(
            "RepositoryEnvironmentDeploymentBranchPolicyArgs", "customBranchPolicies");
      }
      if (args.protectedBranches == null) {
        throw new MissingRequiredPropertyException(
            "RepositoryEnvironmentDeploymentBranchPolicyArgs", "protectedBranches");
      }
      return args;
    }
  }
}
