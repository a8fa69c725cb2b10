package dev.allotment.pulumi.github.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The template repository a {@link dev.allotment.pulumi.github.Repository} is created from. */
public final class RepositoryTemplateArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final RepositoryTemplateArgs Empty = new RepositoryTemplateArgs();

  @Import(name = "includeAllBranches")
  private @Nullable Output<Boolean> includeAllBranches;

  @Import(name = "owner", required = true)
  private Output<String> owner;

  @Import(name = "repository", required = true)
  private Output<String> repository;

  /**
   * Whether the new repository should include all the branches from the template repository
   * (defaults to false, which includes only the default branch from the template).
   */
  public Optional<Output<Boolean>> includeAllBranches() {
    return Optional.ofNullable(this.includeAllBranches);
  }

  /** The GitHub organization or user the template repository is owned by. */
  public Output<String> owner() {
    return this.owner;
  }

  /** The name of the template repository. */
  public Output<String> repository() {
    return this.repository;
  }

  private RepositoryTemplateArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link RepositoryTemplateArgs}; {@link #build()} checks that required inputs are set.
   */
  public static final class Builder {
    private final RepositoryTemplateArgs args = new RepositoryTemplateArgs();

    private Builder() {}

    /**
     * Sets {@link RepositoryTemplateArgs#includeAllBranches()}.
     *
     * @param includeAllBranches the value, possibly not yet known
     * @return this builder
     */
    public Builder includeAllBranches(@Nullable Output<Boolean> includeAllBranches) {
      args.includeAllBranches = includeAllBranches;
      return this;
    }

    /**
     * Sets {@link RepositoryTemplateArgs#includeAllBranches()}.
     *
     * @param includeAllBranches the value
     * @return this builder
     */
    public Builder includeAllBranches(Boolean includeAllBranches) {
      return includeAllBranches(Output.of(includeAllBranches));
    }

    /**
     * Sets {@link RepositoryTemplateArgs#owner()}.
     *
     * @param owner the value, possibly not yet known
     * @return this builder
     */
    public Builder owner(Output<String> owner) {
      args.owner = owner;
      return this;
    }

    /**
     * Sets {@link RepositoryTemplateArgs#owner()}.
     *
     * @param owner the value
     * @return this builder
     */
    public Builder owner(String owner) {
      return owner(Output.of(owner));
    }

    /**
     * Sets {@link RepositoryTemplateArgs#repository()}.
     *
     * @param repository the value, possibly not yet known
     * @return this builder
     */
    public Builder repository(Output<String> repository) {
      args.repository = repository;
      return this;
    }

    /**
     * Sets {@link RepositoryTemplateArgs#repository()}.
     *
     * @param repository the value
     * @return this builder
     */
    public Builder repository(String repository) {
      return repository(Output.of(repository));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if a required input was not set
     */
    public RepositoryTemplateArgs build() {
      if (args.owner == null) {
        throw new MissingRequiredPropertyException("RepositoryTemplateArgs", "owner");
      }
      if (args.repository == null) {
        throw new MissingRequiredPropertyException("RepositoryTemplateArgs", "repository");
      }
      return args;
    }
  }
}
