package dev.allotment.pulumi.github.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.InvokeArgs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Arguments of {@link dev.allotment.pulumi.github.GithubFunctions#getOrganization}. */
public final class GetOrganizationArgs extends InvokeArgs {

  /** Arguments with nothing set. */
  public static final GetOrganizationArgs Empty = new GetOrganizationArgs();

  @Import(name = "name", required = true)
  private Output<String> name;

  @Import(name = "ignoreArchivedRepos")
  private @Nullable Output<Boolean> ignoreArchivedRepos;

  @Import(name = "summaryOnly")
  private @Nullable Output<Boolean> summaryOnly;

  /** The name of the organization. */
  public Output<String> name() {
    return this.name;
  }

  /** Whether to leave archived repositories out of the result's repositories. Default false. */
  public Optional<Output<Boolean>> ignoreArchivedRepos() {
    return Optional.ofNullable(this.ignoreArchivedRepos);
  }

  /**
   * Whether to leave repositories, members and the other lists out of the result. Default false;
   * leave it so when the members are what you need.
   */
  public Optional<Output<Boolean>> summaryOnly() {
    return Optional.ofNullable(this.summaryOnly);
  }

  private GetOrganizationArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GetOrganizationArgs}; {@link #build()} checks that required inputs are set. */
  public static final class Builder {
    private final GetOrganizationArgs args = new GetOrganizationArgs();

    private Builder() {}

    /**
     * Sets {@link GetOrganizationArgs#name()}.
     *
     * @param name the value, possibly not yet known
     * @return this builder
     */
    public Builder name(Output<String> name) {
      args.name = name;
      return this;
    }

    /**
     * Sets {@link GetOrganizationArgs#name()}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      return name(Output.of(name));
    }

    /**
     * Sets {@link GetOrganizationArgs#ignoreArchivedRepos()}.
     *
     * @param ignoreArchivedRepos the value, possibly not yet known
     * @return this builder
     */
    public Builder ignoreArchivedRepos(@Nullable Output<Boolean> ignoreArchivedRepos) {
      args.ignoreArchivedRepos = ignoreArchivedRepos;
      return this;
    }

    /**
     * Sets {@link GetOrganizationArgs#ignoreArchivedRepos()}.
     *
     * @param ignoreArchivedRepos the value
     * @return this builder
     */
    public Builder ignoreArchivedRepos(Boolean ignoreArchivedRepos) {
      return ignoreArchivedRepos(Output.of(ignoreArchivedRepos));
    }

    /**
     * Sets {@link GetOrganizationArgs#summaryOnly()}.
     *
     * @param summaryOnly the value, possibly not yet known
     * @return this builder
     */
    public Builder summaryOnly(@Nullable Output<Boolean> summaryOnly) {
      args.summaryOnly = summaryOnly;
      return this;
    }

    /**
     * Sets {@link GetOrganizationArgs#summaryOnly()}.
     *
     * @param summaryOnly the value
     * @return this builder
     */
    public Builder summaryOnly(Boolean summaryOnly) {
      return summaryOnly(Output.of(summaryOnly));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if a required input was not set
     */
    public GetOrganizationArgs build() {
      if (args.name == null) {
        throw new MissingRequiredPropertyException("GetOrganizationArgs", "name");
      }
      return args;
    }
  }
}
