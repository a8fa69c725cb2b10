package dev.allotment.pulumi.github.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The template repository a {@link dev.allotment.pulumi.github.Repository} was created from. */
@CustomType
public final class RepositoryTemplate {
  private @Nullable Boolean includeAllBranches;
  private String owner;
  private String repository;

  private RepositoryTemplate() {}

  /**
   * Whether the new repository should include all the branches from the template repository
   * (defaults to false, which includes only the default branch from the template).
   *
   * @return the value, if the provider reported one
   */
  public Optional<Boolean> includeAllBranches() {
    return Optional.ofNullable(this.includeAllBranches);
  }

  /**
   * The GitHub organization or user the template repository is owned by.
   *
   * @return the value
   */
  public String owner() {
    return this.owner;
  }

  /**
   * The name of the template repository.
   *
   * @return the value
   */
  public String repository() {
    return this.repository;
  }

  /**
   * Starts an empty builder; the Pulumi SDK uses it to deserialize provider outputs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RepositoryTemplate}. */
  @CustomType.Builder
  public static final class Builder {
    private final RepositoryTemplate value = new RepositoryTemplate();

    /** Creates an empty builder; public because the Pulumi SDK instantiates it reflectively. */
    public Builder() {}

    /**
     * Sets {@link RepositoryTemplate#includeAllBranches()}.
     *
     * @param includeAllBranches the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder includeAllBranches(@Nullable Boolean includeAllBranches) {
      value.includeAllBranches = includeAllBranches;
      return this;
    }

    /**
     * Sets {@link RepositoryTemplate#owner()}.
     *
     * @param owner the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder owner(String owner) {
      if (owner == null) {
        throw new MissingRequiredPropertyException("RepositoryTemplate", "owner");
      }
      value.owner = owner;
      return this;
    }

    /**
     * Sets {@link RepositoryTemplate#repository()}.
     *
     * @param repository the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder repository(String repository) {
      if (repository == null) {
        throw new MissingRequiredPropertyException("RepositoryTemplate", "repository");
      }
      value.repository = repository;
      return this;
    }

    /**
     * Returns the value.
     *
     * @return the value
     */
    public RepositoryTemplate build() {
      return value;
    }
  }
}
