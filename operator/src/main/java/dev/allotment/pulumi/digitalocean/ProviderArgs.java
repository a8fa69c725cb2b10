package dev.allotment.pulumi.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Inputs of the DigitalOcean {@link Provider}. Unset inputs fall back to the provider's environment
 * variables ({@code DIGITALOCEAN_TOKEN}, {@code DIGITALOCEAN_API_URL}, ...).
 */
public final class ProviderArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final ProviderArgs Empty = new ProviderArgs();

  @Import(name = "apiEndpoint")
  private @Nullable Output<String> apiEndpoint;

  @Import(name = "httpRetryMax", json = true)
  private @Nullable Output<Integer> httpRetryMax;

  @Import(name = "httpRetryWaitMax", json = true)
  private @Nullable Output<Double> httpRetryWaitMax;

  @Import(name = "httpRetryWaitMin", json = true)
  private @Nullable Output<Double> httpRetryWaitMin;

  @Import(name = "requestsPerSecond", json = true)
  private @Nullable Output<Double> requestsPerSecond;

  @Import(name = "spacesAccessId")
  private @Nullable Output<String> spacesAccessId;

  @Import(name = "spacesEndpoint")
  private @Nullable Output<String> spacesEndpoint;

  @Import(name = "spacesSecretKey")
  private @Nullable Output<String> spacesSecretKey;

  @Import(name = "token")
  private @Nullable Output<String> token;

  /** The URL to use for the DigitalOcean API; defaults to {@code https://api.digitalocean.com}. */
  public Optional<Output<String>> apiEndpoint() {
    return Optional.ofNullable(this.apiEndpoint);
  }

  /** The maximum number of retries on a failed API request. */
  public Optional<Output<Integer>> httpRetryMax() {
    return Optional.ofNullable(this.httpRetryMax);
  }

  /** The maximum wait time (in seconds) between failed API requests. */
  public Optional<Output<Double>> httpRetryWaitMax() {
    return Optional.ofNullable(this.httpRetryWaitMax);
  }

  /** The minimum wait time (in seconds) between failed API requests. */
  public Optional<Output<Double>> httpRetryWaitMin() {
    return Optional.ofNullable(this.httpRetryWaitMin);
  }

  /** The rate of requests per second to limit the HTTP client. */
  public Optional<Output<Double>> requestsPerSecond() {
    return Optional.ofNullable(this.requestsPerSecond);
  }

  /** The access key ID for Spaces API operations. */
  public Optional<Output<String>> spacesAccessId() {
    return Optional.ofNullable(this.spacesAccessId);
  }

  /** The URL to use for the DigitalOcean Spaces API. */
  public Optional<Output<String>> spacesEndpoint() {
    return Optional.ofNullable(this.spacesEndpoint);
  }

  /** The secret access key for Spaces API operations. The builder keeps it secret. */
  public Optional<Output<String>> spacesSecretKey() {
    return Optional.ofNullable(this.spacesSecretKey);
  }

  /** The token key for API operations. The builder keeps it secret. */
  public Optional<Output<String>> token() {
    return Optional.ofNullable(this.token);
  }

  private ProviderArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProviderArgs}. */
  public static final class Builder {
    private final ProviderArgs args = new ProviderArgs();

    private Builder() {}

    /**
     * Sets {@link ProviderArgs#apiEndpoint()}.
     *
     * @param apiEndpoint the value, possibly not yet known
     * @return this builder
     */
    public Builder apiEndpoint(@Nullable Output<String> apiEndpoint) {
      args.apiEndpoint = apiEndpoint;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#apiEndpoint()}.
     *
     * @param apiEndpoint the value
     * @return this builder
     */
    public Builder apiEndpoint(String apiEndpoint) {
      return apiEndpoint(Output.of(apiEndpoint));
    }

    /**
     * Sets {@link ProviderArgs#httpRetryMax()}.
     *
     * @param httpRetryMax the value, possibly not yet known
     * @return this builder
     */
    public Builder httpRetryMax(@Nullable Output<Integer> httpRetryMax) {
      args.httpRetryMax = httpRetryMax;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#httpRetryMax()}.
     *
     * @param httpRetryMax the value
     * @return this builder
     */
    public Builder httpRetryMax(Integer httpRetryMax) {
      return httpRetryMax(Output.of(httpRetryMax));
    }

    /**
     * Sets {@link ProviderArgs#httpRetryWaitMax()}.
     *
     * @param httpRetryWaitMax the value, possibly not yet known
     * @return this builder
     */
    public Builder httpRetryWaitMax(@Nullable Output<Double> httpRetryWaitMax) {
      args.httpRetryWaitMax = httpRetryWaitMax;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#httpRetryWaitMax()}.
     *
     * @param httpRetryWaitMax the value
     * @return this builder
     */
    public Builder httpRetryWaitMax(Double httpRetryWaitMax) {
      return httpRetryWaitMax(Output.of(httpRetryWaitMax));
    }

    /**
     * Sets {@link ProviderArgs#httpRetryWaitMin()}.
     *
     * @param httpRetryWaitMin the value, possibly not yet known
     * @return this builder
     */
    public Builder httpRetryWaitMin(@Nullable Output<Double> httpRetryWaitMin) {
      args.httpRetryWaitMin = httpRetryWaitMin;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#httpRetryWaitMin()}.
     *
     * @param httpRetryWaitMin the value
     * @return this builder
     */
    public Builder httpRetryWaitMin(Double httpRetryWaitMin) {
      return httpRetryWaitMin(Output.of(httpRetryWaitMin));
    }

    /**
     * Sets {@link ProviderArgs#requestsPerSecond()}.
     *
     * @param requestsPerSecond the value, possibly not yet known
     * @return this builder
     */
    public Builder requestsPerSecond(@Nullable Output<Double> requestsPerSecond) {
      args.requestsPerSecond = requestsPerSecond;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#requestsPerSecond()}.
     *
     * @param requestsPerSecond the value
     * @return this builder
     */
    public Builder requestsPerSecond(Double requestsPerSecond) {
      return requestsPerSecond(Output.of(requestsPerSecond));
    }

    /**
     * Sets {@link ProviderArgs#spacesAccessId()}.
     *
     * @param spacesAccessId the value, possibly not yet known
     * @return this builder
     */
    public Builder spacesAccessId(@Nullable Output<String> spacesAccessId) {
      args.spacesAccessId = spacesAccessId;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#spacesAccessId()}.
     *
     * @param spacesAccessId the value
     * @return this builder
     */
    public Builder spacesAccessId(String spacesAccessId) {
      return spacesAccessId(Output.of(spacesAccessId));
    }

    /**
     * Sets {@link ProviderArgs#spacesEndpoint()}.
     *
     * @param spacesEndpoint the value, possibly not yet known
     * @return this builder
     */
    public Builder spacesEndpoint(@Nullable Output<String> spacesEndpoint) {
      args.spacesEndpoint = spacesEndpoint;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#spacesEndpoint()}.
     *
     * @param spacesEndpoint the value
     * @return this builder
     */
    public Builder spacesEndpoint(String spacesEndpoint) {
      return spacesEndpoint(Output.of(spacesEndpoint));
    }

    /**
     * Sets {@link ProviderArgs#spacesSecretKey()}.
     *
     * @param spacesSecretKey the value, possibly not yet known
     * @return this builder
     */
    public Builder spacesSecretKey(@Nullable Output<String> spacesSecretKey) {
      // Kept secret even when the caller passes a plain Output, so it never reaches the state
      // file or logs in clear text (the schema does not mark it secret).
      args.spacesSecretKey = spacesSecretKey == null ? null : spacesSecretKey.asSecret();
      return this;
    }

    /**
     * Sets {@link ProviderArgs#spacesSecretKey()}.
     *
     * @param spacesSecretKey the value
     * @return this builder
     */
    public Builder spacesSecretKey(String spacesSecretKey) {
      return spacesSecretKey(Output.of(spacesSecretKey));
    }

    /**
     * Sets {@link ProviderArgs#token()}.
     *
     * @param token the value, possibly not yet known
     * @return this builder
     */
    public Builder token(@Nullable Output<String> token) {
      // Kept secret even when the caller passes a plain Output, so it never reaches the state
      // file or logs in clear text (the schema does not mark it secret).
      args.token = token == null ? null : token.asSecret();
      return this;
    }

    /**
     * Sets {@link ProviderArgs#token()}.
     *
     * @param token the value
     * @return this builder
     */
    public Builder token(String token) {
      return token(Output.of(token));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     */
    public ProviderArgs build() {
      return args;
    }
  }
}
