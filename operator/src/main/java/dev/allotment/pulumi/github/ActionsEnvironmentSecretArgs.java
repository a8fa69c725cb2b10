package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Inputs of an {@link ActionsEnvironmentSecret}. Set exactly one of {@code value} or {@code
 * valueEncrypted}.
 */
public final class ActionsEnvironmentSecretArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final ActionsEnvironmentSecretArgs Empty = new ActionsEnvironmentSecretArgs();

  @Import(name = "repository", required = true)
  private Output<String> repository;

  @Import(name = "environment", required = true)
  private Output<String> environment;

  @Import(name = "secretName", required = true)
  private Output<String> secretName;

  @Import(name = "value")
  private @Nullable Output<String> value;

  @Import(name = "valueEncrypted")
  private @Nullable Output<String> valueEncrypted;

  @Import(name = "keyId")
  private @Nullable Output<String> keyId;

  @Import(name = "plaintextValue")
  private @Nullable Output<String> plaintextValue;

  @Import(name = "encryptedValue")
  private @Nullable Output<String> encryptedValue;

  /** Name of the repository. */
  public Output<String> repository() {
    return this.repository;
  }

  /** Name of the environment. */
  public Output<String> environment() {
    return this.environment;
  }

  /** Name of the secret. */
  public Output<String> secretName() {
    return this.secretName;
  }

  /**
   * Plaintext value of the secret to be encrypted. This conflicts with {@code valueEncrypted},
   * {@code encryptedValue} &amp; {@code plaintextValue}.
   */
  public Optional<Output<String>> value() {
    return Optional.ofNullable(this.value);
  }

  /**
   * Encrypted value of the secret using the GitHub public key in Base64 format, {@code keyId} is
   * required with this value. This conflicts with {@code value}, {@code encryptedValue} &amp;
   * {@code plaintextValue}.
   */
  public Optional<Output<String>> valueEncrypted() {
    return Optional.ofNullable(this.valueEncrypted);
  }

  /**
   * ID of the public key used to encrypt the secret, required when setting {@code encryptedValue}.
   */
  public Optional<Output<String>> keyId() {
    return Optional.ofNullable(this.keyId);
  }

  /**
   * Please use {@code value}.
   *
   * @deprecated Use {@link #value()}; the provider deprecates this input.
   */
  @Deprecated
  public Optional<Output<String>> plaintextValue() {
    return Optional.ofNullable(this.plaintextValue);
  }

  /**
   * Please use {@code valueEncrypted}.
   *
   * @deprecated Use {@link #valueEncrypted()}; the provider deprecates this input.
   */
  @Deprecated
  public Optional<Output<String>> encryptedValue() {
    return Optional.ofNullable(this.encryptedValue);
  }

  private ActionsEnvironmentSecretArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ActionsEnvironmentSecretArgs}; {@link #build()} checks that required inputs are
   * set.
   */
  public static final class Builder {
    private final ActionsEnvironmentSecretArgs args = new ActionsEnvironmentSecretArgs();

    private Builder() {}

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#repository()}.
     *
     * @param repository the value, possibly not yet known
     * @return this builder
     */
    public Builder repository(Output<String> repository) {
      args.repository = repository;
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#repository()}.
     *
     * @param repository the value
     * @return this builder
     */
    public Builder repository(String repository) {
      return repository(Output.of(repository));
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#environment()}.
     *
     * @param environment the value, possibly not yet known
     * @return this builder
     */
    public Builder environment(Output<String> environment) {
      args.environment = environment;
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#environment()}.
     *
     * @param environment the value
     * @return this builder
     */
    public Builder environment(String environment) {
      return environment(Output.of(environment));
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#secretName()}.
     *
     * @param secretName the value, possibly not yet known
     * @return this builder
     */
    public Builder secretName(Output<String> secretName) {
      args.secretName = secretName;
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#secretName()}.
     *
     * @param secretName the value
     * @return this builder
     */
    public Builder secretName(String secretName) {
      return secretName(Output.of(secretName));
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#value()}.
     *
     * @param value the value, possibly not yet known
     * @return this builder
     */
    public Builder value(@Nullable Output<String> value) {
      // The schema marks this input secret; wrapping keeps a caller's plain Output out of the
      // state file and logs in clear text.
      args.value = value == null ? null : value.asSecret();
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#value()}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder value(String value) {
      return value(Output.of(value));
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#valueEncrypted()}.
     *
     * @param valueEncrypted the value, possibly not yet known
     * @return this builder
     */
    public Builder valueEncrypted(@Nullable Output<String> valueEncrypted) {
      // The schema marks this input secret; wrapping keeps a caller's plain Output out of the
      // state file and logs in clear text.
      args.valueEncrypted = valueEncrypted == null ? null : valueEncrypted.asSecret();
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#valueEncrypted()}.
     *
     * @param valueEncrypted the value
     * @return this builder
     */
    public Builder valueEncrypted(String valueEncrypted) {
      return valueEncrypted(Output.of(valueEncrypted));
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#keyId()}.
     *
     * @param keyId the value, possibly not yet known
     * @return this builder
     */
    public Builder keyId(@Nullable Output<String> keyId) {
      args.keyId = keyId;
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#keyId()}.
     *
     * @param keyId the value
     * @return this builder
     */
    public Builder keyId(String keyId) {
      return keyId(Output.of(keyId));
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#plaintextValue()}.
     *
     * @param plaintextValue the value, possibly not yet known
     * @return this builder
     * @deprecated Use {@link #value(String)}; the provider deprecates this input.
     */
    @Deprecated
    public Builder plaintextValue(@Nullable Output<String> plaintextValue) {
      // The schema marks this input secret; wrapping keeps a caller's plain Output out of the
      // state file and logs in clear text.
      args.plaintextValue = plaintextValue == null ? null : plaintextValue.asSecret();
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#plaintextValue()}.
     *
     * @param plaintextValue the value
     * @return this builder
     * @deprecated Use {@link #value(String)}; the provider deprecates this input.
     */
    @Deprecated
    public Builder plaintextValue(String plaintextValue) {
      return plaintextValue(Output.of(plaintextValue));
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#encryptedValue()}.
     *
     * @param encryptedValue the value, possibly not yet known
     * @return this builder
     * @deprecated Use {@link #valueEncrypted(String)}; the provider deprecates this input.
     */
    @Deprecated
    public Builder encryptedValue(@Nullable Output<String> encryptedValue) {
      // The schema marks this input secret; wrapping keeps a caller's plain Output out of the
      // state file and logs in clear text.
      args.encryptedValue = encryptedValue == null ? null : encryptedValue.asSecret();
      return this;
    }

    /**
     * Sets {@link ActionsEnvironmentSecretArgs#encryptedValue()}.
     *
     * @param encryptedValue the value
     * @return this builder
     * @deprecated Use {@link #valueEncrypted(String)}; the provider deprecates this input.
     */
    @Deprecated
    public Builder encryptedValue(String encryptedValue) {
      return encryptedValue(Output.of(encryptedValue));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if a required input was not set
     */
    public ActionsEnvironmentSecretArgs build() {
      if (args.repository == null) {
        throw new MissingRequiredPropertyException("ActionsEnvironmentSecretArgs", "repository");
      }
      if (args.environment == null) {
        throw new MissingRequiredPropertyException("ActionsEnvironmentSecretArgs", "environment");
      }
      if (args.secretName == null) {
        throw new MissingRequiredPropertyException("ActionsEnvironmentSecretArgs", "secretName");
      }
      return args;
    }
  }
}
