package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Inputs of a {@link TeamMembership}. */
public final class TeamMembershipArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final TeamMembershipArgs Empty = new TeamMembershipArgs();

  @Import(name = "teamId", required = true)
  private Output<String> teamId;

  @Import(name = "username", required = true)
  private Output<String> username;

  @Import(name = "role")
  private @Nullable Output<String> role;

  /** The GitHub team id or the GitHub team slug. */
  public Output<String> teamId() {
    return this.teamId;
  }

  /** The user to add to the team. */
  public Output<String> username() {
    return this.username;
  }

  /** The role of the user within the team. Must be one of {@code member} or {@code maintainer}. */
  public Optional<Output<String>> role() {
    return Optional.ofNullable(this.role);
  }

  private TeamMembershipArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TeamMembershipArgs}; {@link #build()} checks that required inputs are set. */
  public static final class Builder {
    private final TeamMembershipArgs args = new TeamMembershipArgs();

    private Builder() {}

    /**
     * Sets {@link TeamMembershipArgs#teamId()}.
     *
     * @param teamId the value, possibly not yet known
     * @return this builder
     */
    public Builder teamId(Output<String> teamId) {
      args.teamId = teamId;
      return this;
    }

    /**
     * Sets {@link TeamMembershipArgs#teamId()}.
     *
     * @param teamId the value
     * @return this builder
     */
    public Builder teamId(String teamId) {
      return teamId(Output.of(teamId));
    }

    /**
     * Sets {@link TeamMembershipArgs#username()}.
     *
     * @param username the value, possibly not yet known
     * @return this builder
     */
    public Builder username(Output<String> username) {
      args.username = username;
      return this;
    }

    /**
     * Sets {@link TeamMembershipArgs#username()}.
     *
     * @param username the value
     * @return this builder
     */
    public Builder username(String username) {
      return username(Output.of(username));
    }

    /**
     * Sets {@link TeamMembershipArgs#role()}.
     *
     * @param role the value, possibly not yet known
     * @return this builder
     */
    public Builder role(@Nullable Output<String> role) {
      args.role = role;
      return this;
    }

    /**
     * Sets {@link TeamMembershipArgs#role()}.
     *
     * @param role the value
     * @return this builder
     */
    public Builder role(String role) {
      return role(Output.of(role));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if a required input was not set
     */
    public TeamMembershipArgs build() {
      if (args.teamId == null) {
        throw new MissingRequiredPropertyException("TeamMembershipArgs", "teamId");
      }
      if (args.username == null) {
        throw new MissingRequiredPropertyException("TeamMembershipArgs", "username");
      }
      return args;
    }
  }
}
