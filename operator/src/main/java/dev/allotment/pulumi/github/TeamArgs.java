package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Inputs of a {@link Team}. */
public final class TeamArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final TeamArgs Empty = new TeamArgs();

  @Import(name = "name")
  private @Nullable Output<String> name;

  @Import(name = "description")
  private @Nullable Output<String> description;

  @Import(name = "privacy")
  private @Nullable Output<String> privacy;

  @Import(name = "parentTeamId")
  private @Nullable Output<String> parentTeamId;

  @Import(name = "notificationSetting")
  private @Nullable Output<String> notificationSetting;

  @Import(name = "ldapDn")
  private @Nullable Output<String> ldapDn;

  /**
   * The name of the team. Set it explicitly: left unset, Pulumi derives one from the resource name
   * plus a random suffix.
   */
  public Optional<Output<String>> name() {
    return Optional.ofNullable(this.name);
  }

  /** A description of the team. */
  public Optional<Output<String>> description() {
    return Optional.ofNullable(this.description);
  }

  /**
   * The level of privacy for the team. Must be one of {@code secret} (default) or {@code closed}.
   */
  public Optional<Output<String>> privacy() {
    return Optional.ofNullable(this.privacy);
  }

  /** The ID or slug of the parent team, if this is a nested team. */
  public Optional<Output<String>> parentTeamId() {
    return Optional.ofNullable(this.parentTeamId);
  }

  /**
   * The notification setting for the team. Must be one of {@code notificationsEnabled} (default) or
   * {@code notificationsDisabled}.
   */
  public Optional<Output<String>> notificationSetting() {
    return Optional.ofNullable(this.notificationSetting);
  }

  /**
   * The LDAP Distinguished Name of the group where membership will be synchronized. Only available
   * in GitHub Enterprise Server.
   */
  public Optional<Output<String>> ldapDn() {
    return Optional.ofNullable(this.ldapDn);
  }

  private TeamArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TeamArgs}. */
  public static final class Builder {
    private final TeamArgs args = new TeamArgs();

    private Builder() {}

    /**
     * Sets {@link TeamArgs#name()}.
     *
     * @param name the value, possibly not yet known
     * @return this builder
     */
    public Builder name(@Nullable Output<String> name) {
      args.name = name;
      return this;
    }

    /**
     * Sets {@link TeamArgs#name()}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      return name(Output.of(name));
    }

    /**
     * Sets {@link TeamArgs#description()}.
     *
     * @param description the value, possibly not yet known
     * @return this builder
     */
    public Builder description(@Nullable Output<String> description) {
      args.description = description;
      return this;
    }

    /**
     * Sets {@link TeamArgs#description()}.
     *
     * @param description the value
     * @return this builder
     */
    public Builder description(String description) {
      return description(Output.of(description));
    }

    /**
     * Sets {@link TeamArgs#privacy()}.
     *
     * @param privacy the value, possibly not yet known
     * @return this builder
     */
    public Builder privacy(@Nullable Output<String> privacy) {
      args.privacy = privacy;
      return this;
    }

    /**
     * Sets {@link TeamArgs#privacy()}.
     *
     * @param privacy the value
     * @return this builder
     */
    public Builder privacy(String privacy) {
      return privacy(Output.of(privacy));
    }

    /**
     * Sets {@link TeamArgs#parentTeamId()}.
     *
     * @param parentTeamId the value, possibly not yet known
     * @return this builder
     */
    public Builder parentTeamId(@Nullable Output<String> parentTeamId) {
      args.parentTeamId = parentTeamId;
      return this;
    }

    /**
     * Sets {@link TeamArgs#parentTeamId()}.
     *
     * @param parentTeamId the value
     * @return this builder
     */
    public Builder parentTeamId(String parentTeamId) {
      return parentTeamId(Output.of(parentTeamId));
    }

    /**
     * Sets {@link TeamArgs#notificationSetting()}.
     *
     * @param notificationSetting the value, possibly not yet known
     * @return this builder
     */
    public Builder notificationSetting(@Nullable Output<String> notificationSetting) {
      args.notificationSetting = notificationSetting;
      return this;
    }

    /**
     * Sets {@link TeamArgs#notificationSetting()}.
     *
     * @param notificationSetting the value
     * @return this builder
     */
    public Builder notificationSetting(String notificationSetting) {
      return notificationSetting(Output.of(notificationSetting));
    }

    /**
     * Sets {@link TeamArgs#ldapDn()}.
     *
     * @param ldapDn the value, possibly not yet known
     * @return this builder
     */
    public Builder ldapDn(@Nullable Output<String> ldapDn) {
      args.ldapDn = ldapDn;
      return this;
    }

    /**
     * Sets {@link TeamArgs#ldapDn()}.
     *
     * @param ldapDn the value
     * @return this builder
     */
    public Builder ldapDn(String ldapDn) {
      return ldapDn(Output.of(ldapDn));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     */
    public TeamArgs build() {
      return args;
    }
  }
}
