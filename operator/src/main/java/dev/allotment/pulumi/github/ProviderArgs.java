package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Inputs of the GitHub {@link Provider}. Unset inputs fall back to the provider's environment
 * variables.
 */
public final class ProviderArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final ProviderArgs Empty = new ProviderArgs();

  @Import(name = "baseUrl")
  private @Nullable Output<String> baseUrl;

  @Import(name = "cachePath")
  private @Nullable Output<String> cachePath;

  @Import(name = "legacyClient", json = true)
  private @Nullable Output<Boolean> legacyClient;

  @Import(name = "maxPerPage", json = true)
  private @Nullable Output<Integer> maxPerPage;

  @Import(name = "maxRetries", json = true)
  private @Nullable Output<Integer> maxRetries;

  @Import(name = "owner")
  private @Nullable Output<String> owner;

  @Import(name = "parallelRequests", json = true)
  private @Nullable Output<Boolean> parallelRequests;

  @Import(name = "readDelayMs", json = true)
  private @Nullable Output<Integer> readDelayMs;

  @Import(name = "retryDelayMs", json = true)
  private @Nullable Output<Integer> retryDelayMs;

  @Import(name = "retryableErrors", json = true)
  private @Nullable Output<List<Integer>> retryableErrors;

  @Import(name = "token")
  private @Nullable Output<String> token;

  @Import(name = "writeDelayMs", json = true)
  private @Nullable Output<Integer> writeDelayMs;

  /**
   * The base URL for the GitHub API; this defaults to the GitHub API URL. If you are using GitHub
   * Enterprise Server (GHES) or GitHub Enterprise Cloud with Data Residency (GHEC-DR), this is
   * required. This can also be set by the {@code GITHUB_BASE_URL} environment variable.
   */
  public Optional<Output<String>> baseUrl() {
    return Optional.ofNullable(this.baseUrl);
  }

  /**
   * The path to the cache directory for persisting GitHub API requests between runs; if not set
   * there will be no caching between runs. This can also be set by the {@code GITHUB_CACHE_PATH}
   * environment variable.
   */
  public Optional<Output<String>> cachePath() {
    return Optional.ofNullable(this.cachePath);
  }

  /**
   * Use the legacy GitHub client implementation; if set to {@code false}, the new client
   * implementation is used. This can also be set by the {@code GITHUB_LEGACY_CLIENT} environment
   * variable.
   */
  public Optional<Output<Boolean>> legacyClient() {
    return Optional.ofNullable(this.legacyClient);
  }

  /**
   * The maximum number of results per page for paginated API requests; this defaults to {@code
   * 100}. This can also be set by the {@code GITHUB_MAX_PER_PAGE} environment variable.
   */
  public Optional<Output<Integer>> maxPerPage() {
    return Optional.ofNullable(this.maxPerPage);
  }

  /** The maximum number of retries for failed requests; this defaults to {@code 3}. */
  public Optional<Output<Integer>> maxRetries() {
    return Optional.ofNullable(this.maxRetries);
  }

  /**
   * GitHub organization or user account to manage; this is required when authenticating using a
   * GitHub App. If the owner is not provided and a token is provided, the provider will attempt to
   * auto-detect the owner associated with the token.
   */
  public Optional<Output<String>> owner() {
    return Optional.ofNullable(this.owner);
  }

  /**
   * Allow the provider to make parallel API calls; this is experimental and may cause concurrency
   * and rate limiting issues. This is ignored for the REST API when {@code legacyClient} is {@code
   * false} since the new client implementation is designed to safely handle parallel requests.
   */
  public Optional<Output<Boolean>> parallelRequests() {
    return Optional.ofNullable(this.parallelRequests);
  }

  /**
   * The delay in milliseconds between read operations; this defaults to {@code 0}. This can be used
   * to mitigate rate limiting issues when performing a large number of read operations.
   */
  public Optional<Output<Integer>> readDelayMs() {
    return Optional.ofNullable(this.readDelayMs);
  }

  /**
   * The delay in milliseconds between retry attempts; this defaults to {@code 1000}. This setting
   * only applies when {@code maxRetries} is greater than {@code 0}.
   */
  public Optional<Output<Integer>> retryDelayMs() {
    return Optional.ofNullable(this.retryDelayMs);
  }

  /**
   * List of HTTP status codes that should be retried; if not set this uses the provider defaults.
   * This setting only applies when {@code maxRetries} is greater than {@code 0}.
   */
  public Optional<Output<List<Integer>>> retryableErrors() {
    return Optional.ofNullable(this.retryableErrors);
  }

  /**
   * GitHub OAuth or Personal Access Token (PAT) to use for authentication. This can also be set by
   * the {@code GITHUB_TOKEN} environment variable.
   */
  public Optional<Output<String>> token() {
    return Optional.ofNullable(this.token);
  }

  /**
   * The delay in milliseconds between write operations; this defaults to {@code 1000}. This is used
   * to mitigate the GitHub API's abuse rate limits when writing.
   */
  public Optional<Output<Integer>> writeDelayMs() {
    return Optional.ofNullable(this.writeDelayMs);
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
     * Sets {@link ProviderArgs#baseUrl()}.
     *
     * @param baseUrl the value, possibly not yet known
     * @return this builder
     */
    public Builder baseUrl(@Nullable Output<String> baseUrl) {
      args.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#baseUrl()}.
     *
     * @param baseUrl the value
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      return baseUrl(Output.of(baseUrl));
    }

    /**
     * Sets {@link ProviderArgs#cachePath()}.
     *
     * @param cachePath the value, possibly not yet known
     * @return this builder
     */
    public Builder cachePath(@Nullable Output<String> cachePath) {
      args.cachePath = cachePath;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#cachePath()}.
     *
     * @param cachePath the value
     * @return this builder
     */
    public Builder cachePath(String cachePath) {
      return cachePath(Output.of(cachePath));
    }

    /**
     * Sets {@link ProviderArgs#legacyClient()}.
     *
     * @param legacyClient the value, possibly not yet known
     * @return this builder
     */
    public Builder legacyClient(@Nullable Output<Boolean> legacyClient) {
      args.legacyClient = legacyClient;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#legacyClient()}.
     *
     * @param legacyClient the value
     * @return this builder
     */
    public Builder legacyClient(Boolean legacyClient) {
      return legacyClient(Output.of(legacyClient));
    }

    /**
     * Sets {@link ProviderArgs#maxPerPage()}.
     *
     * @param maxPerPage the value, possibly not yet known
     * @return this builder
     */
    public Builder maxPerPage(@Nullable Output<Integer> maxPerPage) {
      args.maxPerPage = maxPerPage;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#maxPerPage()}.
     *
     * @param maxPerPage the value
     * @return this builder
     */
    public Builder maxPerPage(Integer maxPerPage) {
      return maxPerPage(Output.of(maxPerPage));
    }

    /**
     * Sets {@link ProviderArgs#maxRetries()}.
     *
     * @param maxRetries the value, possibly not yet known
     * @return this builder
     */
    public Builder maxRetries(@Nullable Output<Integer> maxRetries) {
      args.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#maxRetries()}.
     *
     * @param maxRetries the value
     * @return this builder
     */
    public Builder maxRetries(Integer maxRetries) {
      return maxRetries(Output.of(maxRetries));
    }

    /**
     * Sets {@link ProviderArgs#owner()}.
     *
     * @param owner the value, possibly not yet known
     * @return this builder
     */
    public Builder owner(@Nullable Output<String> owner) {
      args.owner = owner;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#owner()}.
     *
     * @param owner the value
     * @return this builder
     */
    public Builder owner(String owner) {
      return owner(Output.of(owner));
    }

    /**
     * Sets {@link ProviderArgs#parallelRequests()}.
     *
     * @param parallelRequests the value, possibly not yet known
     * @return this builder
     */
    public Builder parallelRequests(@Nullable Output<Boolean> parallelRequests) {
      args.parallelRequests = parallelRequests;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#parallelRequests()}.
     *
     * @param parallelRequests the value
     * @return this builder
     */
    public Builder parallelRequests(Boolean parallelRequests) {
      return parallelRequests(Output.of(parallelRequests));
    }

    /**
     * Sets {@link ProviderArgs#readDelayMs()}.
     *
     * @param readDelayMs the value, possibly not yet known
     * @return this builder
     */
    public Builder readDelayMs(@Nullable Output<Integer> readDelayMs) {
      args.readDelayMs = readDelayMs;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#readDelayMs()}.
     *
     * @param readDelayMs the value
     * @return this builder
     */
    public Builder readDelayMs(Integer readDelayMs) {
      return readDelayMs(Output.of(readDelayMs));
    }

    /**
     * Sets {@link ProviderArgs#retryDelayMs()}.
     *
     * @param retryDelayMs the value, possibly not yet known
     * @return this builder
     */
    public Builder retryDelayMs(@Nullable Output<Integer> retryDelayMs) {
      args.retryDelayMs = retryDelayMs;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#retryDelayMs()}.
     *
     * @param retryDelayMs the value
     * @return this builder
     */
    public Builder retryDelayMs(Integer retryDelayMs) {
      return retryDelayMs(Output.of(retryDelayMs));
    }

    /**
     * Sets {@link ProviderArgs#retryableErrors()}.
     *
     * @param retryableErrors the value, possibly not yet known
     * @return this builder
     */
    public Builder retryableErrors(@Nullable Output<List<Integer>> retryableErrors) {
      args.retryableErrors = retryableErrors;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#retryableErrors()}.
     *
     * @param retryableErrors the value
     * @return this builder
     */
    public Builder retryableErrors(List<Integer> retryableErrors) {
      return retryableErrors(Output.of(retryableErrors));
    }

    /**
     * Sets {@link ProviderArgs#retryableErrors()}.
     *
     * @param retryableErrors the elements
     * @return this builder
     */
    public Builder retryableErrors(Integer... retryableErrors) {
      return retryableErrors(List.of(retryableErrors));
    }

    /**
     * Sets {@link ProviderArgs#token()}.
     *
     * @param token the value, possibly not yet known
     * @return this builder
     */
    public Builder token(@Nullable Output<String> token) {
      // The schema marks this input secret; wrapping keeps a caller's plain Output out of the
      // state file and logs in clear text.
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
     * Sets {@link ProviderArgs#writeDelayMs()}.
     *
     * @param writeDelayMs the value, possibly not yet known
     * @return this builder
     */
    public Builder writeDelayMs(@Nullable Output<Integer> writeDelayMs) {
      args.writeDelayMs = writeDelayMs;
      return this;
    }

    /**
     * Sets {@link ProviderArgs#writeDelayMs()}.
     *
     * @param writeDelayMs the value
     * @return this builder
     */
    public Builder writeDelayMs(Integer writeDelayMs) {
      return writeDelayMs(Output.of(writeDelayMs));
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
