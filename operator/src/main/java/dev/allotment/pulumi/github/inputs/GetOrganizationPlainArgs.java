package dev.allotment.pulumi.github.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.InvokeArgs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@link dev.allotment.pulumi.github.GithubFunctions#getOrganizationPlain}: the same
 * inputs as {@link GetOrganizationArgs}, as plain values rather than outputs.
 */
public final class GetOrganizationPlainArgs extends InvokeArgs {

  /** Arguments with nothing set. */
  public static final GetOrganizationPlainArgs Empty = new GetOrganizationPlainArgs();

  @Import(name = "name", required = true)
  private String name;

  @Import(name = "ignoreArchivedRepos")
  private @Nullable Boolean ignoreArchivedRepos;

  @Import(name = "summaryOnly")
  private @Nullable Boolean summaryOnly;

  /**
   * The name of the organization.
   *
   * @return the name
   */
  public String name() {
    return this.name;
  }

  /**
   * Whether to leave archived repositories out of the result's repositories. Default false.
   *
   * @return the value, if set
   */
  public Optional<Boolean> ignoreArchivedRepos() {
    return Optional.ofNullable(this.ignoreArchivedRepos);
  }

  /**
   * Whether to leave repositories, members and the other lists out of the result. Default false.
   *
   * @return the value, if set
   */
  public Optional<Boolean> summaryOnly() {
    return Optional.ofNullable(this.summaryOnly);
  }

  private GetOrganizationPlainArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GetOrganizationPlainArgs}; {@link #build()} checks the required name. */
  public static final class Builder {
    private final GetOrganizationPlainArgs args = new GetOrganizationPlainArgs();

    private Builder() {}

    /**
     * Sets {@link GetOrganizationPlainArgs#name()}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      args.name = name;
      return this;
    }

    /**
     * Sets {@link GetOrganizationPlainArgs#ignoreArchivedRepos()}.
     *
     * @param ignoreArchivedRepos the value
     * @return this builder
     */
    public Builder ignoreArchivedRepos(@Nullable Boolean ignoreArchivedRepos) {
      args.ignoreArchivedRepos = ignoreArchivedRepos;
      return this;
    }

    /**
     * Sets {@link GetOrganizationPlainArgs#summaryOnly()}.
     *
     * @param summaryOnly the value
     * @return this builder
     */
    public Builder summaryOnly(@Nullable Boolean summaryOnly) {
      args.summaryOnly = summaryOnly;
      return this;
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if the name was not set
     */
    public GetOrganizationPlainArgs build() {
      if (args.name == null) {
        throw new MissingRequiredPropertyException("GetOrganizationPlainArgs", "name");
      }
      return args;
    }
  }
}
