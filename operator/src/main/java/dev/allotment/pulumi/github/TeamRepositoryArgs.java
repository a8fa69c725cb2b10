package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Inputs of a {@link TeamRepository}. */
public final class TeamRepositoryArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final TeamRepositoryArgs Empty = new TeamRepositoryArgs();

  @Import(name = "teamId", required = true)
  private Output<String> teamId;

  @Import(name = "repository", required = true)
  private Output<String> repository;

  @Import(name = "permission")
  private @Nullable Output<String> permission;

  /** The GitHub team id or the GitHub team slug. */
  public Output<String> teamId() {
    return this.teamId;
  }

  /** The repository to add to the team. */
  public Output<String> repository() {
    return this.repository;
  }

  /**
   * The permissions of team members regarding the repository. Must be one of {@code pull}, {@code
   * triage}, {@code push}, {@code maintain}, {@code admin} or the name of an existing custom
   * repository role within the organisation.
   */
  public Optional<Output<String>> permission() {
    return Optional.ofNullable(this.permission);
  }

  private TeamRepositoryArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TeamRepositoryArgs}; {@link #build()} checks that required inputs are set. */
  public static final class Builder {
    private final TeamRepositoryArgs args = new TeamRepositoryArgs();

    private Builder() {}

    /**
     * Sets {@link TeamRepositoryArgs#teamId()}.
     *
     * @param teamId the value, possibly not yet known
     * @return this builder
     */
    public Builder teamId(Output<String> teamId) {
      args.teamId = teamId;
      return this;
    }

    /**
     * Sets {@link TeamRepositoryArgs#teamId()}.
     *
     * @param teamId the value
     * @return this builder
     */
    public Builder teamId(String teamId) {
      return teamId(Output.of(teamId));
    }

    /**
     * Sets {@link TeamRepositoryArgs#repository()}.
     *
     * @param repository the value, possibly not yet known
     * @return this builder
     */
    public Builder repository(Output<String> repository) {
      args.repository = repository;
      return this;
    }

    /**
     * Sets {@link TeamRepositoryArgs#repository()}.
     *
     * @param repository the value
     * @return this builder
     */
    public Builder repository(String repository) {
      return repository(Output.of(repository));
    }

    /**
     * Sets {@link TeamRepositoryArgs#permission()}.
     *
     * @param permission the value, possibly not yet known
     * @return this builder
     */
    public Builder permission(@Nullable Output<String> permission) {
      args.permission = permission;
      return this;
    }

    /**
     * Sets {@link TeamRepositoryArgs#permission()}.
     *
     * @param permission the value
     * @return this builder
     */
    public Builder permission(String permission) {
      return permission(Output.of(permission));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if a required input was not set
     */
    public TeamRepositoryArgs build() {
      if (args.teamId == null) {
        throw new MissingRequiredPropertyException("TeamRepositoryArgs", "teamId");
      }
      if (args.repository == null) {
        throw new MissingRequiredPropertyException("TeamRepositoryArgs", "repository");
      }
      return args;
    }
  }
}
