package dev.allotment.pulumi.github.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who may approve deployments to a {@link dev.allotment.pulumi.github.RepositoryEnvironment}. Both
 * lists hold numeric GitHub ids, not slugs or logins.
 */
public final class RepositoryEnvironmentReviewerArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final RepositoryEnvironmentReviewerArgs Empty =
      new RepositoryEnvironmentReviewerArgs();

  @Import(name = "teams")
  private @Nullable Output<List<Integer>> teams;

  @Import(name = "users")
  private @Nullable Output<List<Integer>> users;

  /**
   * Up to 6 IDs for teams who may review jobs that reference the environment. Reviewers must have
   * at least read access to the repository.
   */
  public Optional<Output<List<Integer>>> teams() {
    return Optional.ofNullable(this.teams);
  }

  /**
   * Up to 6 IDs for users who may review jobs that reference the environment. Reviewers must have
   * at least read access to the repository.
   */
  public Optional<Output<List<Integer>>> users() {
    return Optional.ofNullable(this.users);
  }

  private RepositoryEnvironmentReviewerArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RepositoryEnvironmentReviewerArgs}. */
  public static final class Builder {
    private final RepositoryEnvironmentReviewerArgs args = new RepositoryEnvironmentReviewerArgs();

    private Builder() {}

    /**
     * Sets {@link RepositoryEnvironmentReviewerArgs#teams()}.
     *
     * @param teams the value, possibly not yet known
     * @return this builder
     */
    public Builder teams(@Nullable Output<List<Integer>> teams) {
      args.teams = teams;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentReviewerArgs#teams()}.
     *
     * @param teams the value
     * @return this builder
     */
    public Builder teams(List<Integer> teams) {
      return teams(Output.of(teams));
    }

    /**
     * Sets {@link RepositoryEnvironmentReviewerArgs#teams()}.
     *
     * @param teams the elements
     * @return this builder
     */
    public Builder teams(Integer... teams) {
      return teams(List.of(teams));
    }

    /**
     * Sets {@link RepositoryEnvironmentReviewerArgs#users()}.
     *
     * @param users the value, possibly not yet known
     * @return this builder
     */
    public Builder users(@Nullable Output<List<Integer>> users) {
      args.users = users;
      return this;
    }

    /**
     * Sets {@link RepositoryEnvironmentReviewerArgs#users()}.
     *
     * @param users the value
     * @return this builder
     */
    public Builder users(List<Integer> users) {
      return users(Output.of(users));
    }

    /**
     * Sets {@link RepositoryEnvironmentReviewerArgs#users()}.
     *
     * @param users the elements
     * @return this builder
     */
    public Builder users(Integer... users) {
      return users(List.of(users));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     */
    public RepositoryEnvironmentReviewerArgs build() {
      return args;
    }
  }
}
