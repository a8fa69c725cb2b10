package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

/** Inputs of an {@link ActionsEnvironmentVariable}. */
public final class ActionsEnvironmentVariableArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final ActionsEnvironmentVariableArgs Empty = new ActionsEnvironmentVariableArgs();

  @Import(name = "repository", required = true)
  private Output<String> repository;

  @Import(name = "environment", required = true)
  private Output<String> environment;

  @Import(name = "variableName", required = true)
  private Output<String> variableName;

  @Import(name = "value", required = true)
  private Output<String> value;

  /** Name of the repository. */
  public Output<String> repository() {
    return this.repository;
  }

  /** Name of the environment. */
  public Output<String> environment() {
    return this.environment;
  }

  /** Name of the variable. */
  public Output<String> variableName() {
    return this.variableName;
  }

  /** Value of the variable. */
  public Output<String> value() {
    return this.value;
  }

  private ActionsEnvironmentVariableArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ActionsEnvironmentVariableArgs}; {@link #build()} checks that required inputs are
   * set.
   */
  public static final class Builder {
    private final ActionsEnvironmentVariableArgs args = new ActionsEnvironmentVariableArgs();

    private Builder() {}

    /**
     * Sets {@link ActionsEnvironmentVariableArgs#repository()}.
     *
     * @param repository the value, possibly not yet known
     * @return this builder
     */
    public Builder repository(Output<String> repository) {
      args.repository = repository;
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentVariableArgs#repository()}.
     *
     * @param repository the value
     * @return this builder
     */
    public Builder repository(String repository) {
      return repository(Output.of(repository));
    }

    /**
     * Sets {@link ActionsEnvironmentVariableArgs#environment()}.
     *
     * @param environment the value, possibly not yet known
     * @return this builder
     */
    public Builder environment(Output<String> environment) {
      args.environment = environment;
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentVariableArgs#environment()}.
     *
     * @param environment the value
     * @return this builder
     */
    public Builder environment(String environment) {
      return environment(Output.of(environment));
    }

    /**
     * Sets {@link ActionsEnvironmentVariableArgs#variableName()}.
     *
     * @param variableName the value, possibly not yet known
     * @return this builder
     */
    public Builder variableName(Output<String> variableName) {
      args.variableName = variableName;
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentVariableArgs#variableName()}.
     *
     * @param variableName the value
     * @return this builder
     */
    public Builder variableName(String variableName) {
      return variableName(Output.of(variableName));
    }

    /**
     * Sets {@link ActionsEnvironmentVariableArgs#value()}.
     *
     * @param value the value, possibly not yet known
     * @return this builder
     */
    public Builder value(Output<String> value) {
      args.value = value;
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentVariableArgs#value()}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder value(String value) {
      return value(Output.of(value));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if a required input was not set
     */
    public ActionsEnvironmentVariableArgs build() {
      if (args.repository == null) {
        throw new MissingRequiredPropertyException("ActionsEnvironmentVariableArgs", "repository");
      }
      if (args.environment == null) {
        throw new MissingRequiredPropertyException("ActionsEnvironmentVariableArgs", "environment");
      }
      if (args.variableName == null) {
        throw new MissingRequiredPropertyException(
            "ActionsEnvironmentVariableArgs", "variableName");
      }
      if (args.value == null) {
        throw new MissingRequiredPropertyException("ActionsEnvironmentVariableArgs", "value");
      }
      return args;
    }
  }
}
