package dev.allotment.pulumi.github.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who may approve deployments to a {@link dev.allotment.pulumi.github.RepositoryEnvironment}, as
 * numeric GitHub ids.
 */
@CustomType
public final class RepositoryEnvironmentReviewer {
  private @Nullable List<Integer> teams;
  private @Nullable List<Integer> users;

  private RepositoryEnvironmentReviewer() {}

  /**
   * Up to 6 IDs for teams who may review jobs that reference the environment. Reviewers must have
   * at least read access to the repository.
   *
   * @return the value
   */
  public List<Integer> teams() {
    return this.teams == null ? List.of() : this.teams;
  }

  /**
   * Up to 6 IDs for users who may review jobs that reference the environment. Reviewers must have
   * at least read access to the repository.
   *
   * @return the value
   */
  public List<Integer> users() {
    return this.users == null ? List.of() : this.users;
  }

  /**
   * Starts an empty builder; the Pulumi SDK uses it to deserialize provider outputs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RepositoryEnvironmentReviewer}. */
  @CustomType.Builder
  public static final class Builder {
    private final RepositoryEnvironmentReviewer value = new RepositoryEnvironmentReviewer();

    /** Creates an empty builder; public because the Pulumi SDK instantiates it reflectively. */
    public Builder() {}

    /**
     * Sets {@link RepositoryEnvironmentReviewer#teams()}.
     *
     * @param teams the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder teams(@Nullable List<Integer> teams) {
      value.teams = teams;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentReviewer#users()}.
     *
     * @param users the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder users(@Nullable List<Integer> users) {
      value.users = users;
      return this;
    }

    /**
     * Returns the value.
     *
     * @return the value
     */
    public RepositoryEnvironmentReviewer build() {
      return value;
    }
  }
}
