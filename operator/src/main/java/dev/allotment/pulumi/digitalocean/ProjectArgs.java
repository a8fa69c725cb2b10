package dev.allotment.pulumi.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Inputs of a {@link Project}. */
public final class ProjectArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final ProjectArgs Empty = new ProjectArgs();

  @Import(name = "name")
  private @Nullable Output<String> name;

  @Import(name = "description")
  private @Nullable Output<String> description;

  @Import(name = "purpose")
  private @Nullable Output<String> purpose;

  @Import(name = "environment")
  private @Nullable Output<String> environment;

  @Import(name = "isDefault")
  private @Nullable Output<Boolean> isDefault;

  @Import(name = "resources")
  private @Nullable Output<List<String>> resources;

  /** The name of the project. */
  public Optional<Output<String>> name() {
    return Optional.ofNullable(this.name);
  }

  /** The description of the project. */
  public Optional<Output<String>> description() {
    return Optional.ofNullable(this.description);
  }

  /** The purpose of the project (default {@code Web Application}). */
  public Optional<Output<String>> purpose() {
    return Optional.ofNullable(this.purpose);
  }

  /**
   * The environment of the project's resources: {@code Development}, {@code Staging} or {@code
   * Production}.
   */
  public Optional<Output<String>> environment() {
    return Optional.ofNullable(this.environment);
  }

  /** Whether this is the account's default project (default {@code false}). */
  public Optional<Output<Boolean>> isDefault() {
    return Optional.ofNullable(this.isDefault);
  }

  /**
   * DigitalOcean URNs of the resources in the project. Manage membership either here or with {@link
   * ProjectResources}, not both.
   */
  public Optional<Output<List<String>>> resources() {
    return Optional.ofNullable(this.resources);
  }

  private ProjectArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProjectArgs}. */
  public static final class Builder {
    private final ProjectArgs args = new ProjectArgs();

    private Builder() {}

    /**
     * Sets {@link ProjectArgs#name()}.
     *
     * @param name the value, possibly not yet known
     * @return this builder
     */
    public Builder name(@Nullable Output<String> name) {
      args.name = name;
      return this;
    }

    /**
     * Sets {@link ProjectArgs#name()}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      return name(Output.of(name));
    }

    /**
     * Sets {@link ProjectArgs#description()}.
     *
     * @param description the value, possibly not yet known
     * @return this builder
     */
    public Builder description(@Nullable Output<String> description) {
      args.description = description;
      return this;
    }

    /**
     * Sets {@link ProjectArgs#description()}.
     *
     * @param description the value
     * @return this builder
     */
    public Builder description(String description) {
      return description(Output.of(description));
    }

    /**
     * Sets {@link ProjectArgs#purpose()}.
     *
     * @param purpose the value, possibly not yet known
     * @return this builder
     */
    public Builder purpose(@Nullable Output<String> purpose) {
      args.purpose = purpose;
      return this;
    }

    /**
     * Sets {@link ProjectArgs#purpose()}.
     *
     * @param purpose the value
     * @return this builder
     */
    public Builder purpose(String purpose) {
      return purpose(Output.of(purpose));
    }

    /**
     * Sets {@link ProjectArgs#environment()}.
     *
     * @param environment the value, possibly not yet known
     * @return this builder
     */
    public Builder environment(@Nullable Output<String> environment) {
      args.environment = environment;
      return this;
    }

    /**
     * Sets {@link ProjectArgs#environment()}.
     *
     * @param environment the value
     * @return this builder
     */
    public Builder environment(String environment) {
      return environment(Output.of(environment));
    }

    /**
     * Sets {@link ProjectArgs#isDefault()}.
     *
     * @param isDefault the value, possibly not yet known
     * @return this builder
     */
    public Builder isDefault(@Nullable Output<Boolean> isDefault) {
      args.isDefault = isDefault;
      return this;
    }

    /**
     * Sets {@link ProjectArgs#isDefault()}.
     *
     * @param isDefault the value
     * @return this builder
     */
    public Builder isDefault(Boolean isDefault) {
      return isDefault(Output.of(isDefault));
    }

    /**
     * Sets {@link ProjectArgs#resources()}.
     *
     * @param resources the value, possibly not yet known
     * @return this builder
     */
    public Builder resources(@Nullable Output<List<String>> resources) {
      args.resources = resources;
      return this;
    }

    /**
     * Sets {@link ProjectArgs#resources()}.
     *
     * @param resources the value
     * @return this builder
     */
    public Builder resources(List<String> resources) {
      return resources(Output.of(resources));
    }

    /**
     * Sets {@link ProjectArgs#resources()}.
     *
     * @param resources the elements
     * @return this builder
     */
    public Builder resources(String... resources) {
      return resources(List.of(resources));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     */
    public ProjectArgs build() {
      return args;
    }
  }
}
