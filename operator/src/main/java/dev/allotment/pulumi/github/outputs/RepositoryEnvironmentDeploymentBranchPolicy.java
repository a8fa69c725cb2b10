package dev.allotment.pulumi.github.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;

/** Which branches may deploy to a {@link dev.allotment.pulumi.github.RepositoryEnvironment}. */
@CustomType
public final class RepositoryEnvironmentDeploymentBranchPolicy {
  private Boolean customBranchPolicies;
  private Boolean protectedBranches;

  private RepositoryEnvironmentDeploymentBranchPolicy() {}

  /**
   * Whether only branches that match the specified name patterns can deploy to this environment.
   *
   * @return the value
   */
  public Boolean customBranchPolicies() {
    return this.customBranchPolicies;
  }

  /**
   * Whether only branches with branch protection rules can deploy to this environment.
   *
   * @return the value
   */
  public Boolean protectedBranches() {
    return this.protectedBranches;
  }

  /**
   * Starts an empty builder; the Pulumi SDK uses it to deserialize provider outputs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RepositoryEnvironmentDeploymentBranchPolicy}. */
  @CustomType.Builder
  public static final class Builder {
    private final RepositoryEnvironmentDeploymentBranchPolicy value =
        new RepositoryEnvironmentDeploymentBranchPolicy();

    /** Creates an empty builder; public because the Pulumi SDK instantiates it reflectively. */
    public Builder() {}

    /**
     * Sets {@link RepositoryEnvironmentDeploymentBranchPolicy#customBranchPolicies()}.
     *
     * @param customBranchPolicies the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder customBranchPolicies(Boolean customBranchPolicies) {
      if (customBranchPolicies == null) {
        throw new MissingRequiredPropertyException(
            "RepositoryEnvironmentDeploymentBranchPolicy", "customBranchPolicies");
      }
      value.customBranchPolicies = customBranchPolicies;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentDeploymentBranchPolicy#protectedBranches()}.
     *
     * @param protectedBranches the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder protectedBranches(Boolean protectedBranches) {
      if (protectedBranches == null) {
        throw new MissingRequiredPropertyException(
            "RepositoryEnvironmentDeploymentBranchPolicy", "protectedBranches");
      }
      value.protectedBranches = protectedBranches;
      return this;
    }

    /**
     * Returns the value.
     *
     * @return the value
     */
    public RepositoryEnvironmentDeploymentBranchPolicy build() {
      return value;
    }
  }
}
