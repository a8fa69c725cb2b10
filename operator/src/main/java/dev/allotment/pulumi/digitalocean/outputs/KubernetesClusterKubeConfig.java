package dev.allotment.pulumi.digitalocean.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Credentials for a {@link dev.allotment.pulumi.digitalocean.KubernetesCluster}. The cluster's
 * {@code kubeConfigs} output is secret, so values read from it stay secret in the stack.
 */
@CustomType
public final class KubernetesClusterKubeConfig {
  private @Nullable String rawConfig;
  private @Nullable String host;
  private @Nullable String clusterCaCertificate;
  private @Nullable String clientCertificate;
  private @Nullable String clientKey;
  private @Nullable String token;
  private @Nullable String expiresAt;

  private KubernetesClusterKubeConfig() {}

  /**
   * The full contents of the cluster's kubeconfig file.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> rawConfig() {
    return Optional.ofNullable(this.rawConfig);
  }

  /**
   * The URL of the API server.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> host() {
    return Optional.ofNullable(this.host);
  }

  /**
   * The base64 encoded public certificate of the cluster's certificate authority.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> clusterCaCertificate() {
    return Optional.ofNullable(this.clusterCaCertificate);
  }

  /**
   * The base64 encoded public client certificate; only when the cluster does not support token
   * authentication.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> clientCertificate() {
    return Optional.ofNullable(this.clientCertificate);
  }

  /**
   * The base64 encoded private client key; only when the cluster does not support token
   * authentication.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> clientKey() {
    return Optional.ofNullable(this.clientKey);
  }

  /**
   * The DigitalOcean API access token clients use to access the cluster.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> token() {
    return Optional.ofNullable(this.token);
  }

  /**
   * When the credentials expire and need to be regenerated.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> expiresAt() {
    return Optional.ofNullable(this.expiresAt);
  }

  /**
   * Starts an empty builder; the Pulumi SDK uses it to deserialize provider outputs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubernetesClusterKubeConfig}. */
  @CustomType.Builder
  public static final class Builder {
    private final KubernetesClusterKubeConfig value = new KubernetesClusterKubeConfig();

    /** Creates an empty builder; public because the Pulumi SDK instantiates it reflectively. */
    public Builder() {}

    /**
     * Sets {@link KubernetesClusterKubeConfig#rawConfig()}.
     *
     * @param rawConfig the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder rawConfig(@Nullable String rawConfig) {
      value.rawConfig = rawConfig;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterKubeConfig#host()}.
     *
     * @param host the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder host(@Nullable String host) {
      value.host = host;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterKubeConfig#clusterCaCertificate()}.
     *
     * @param clusterCaCertificate the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder clusterCaCertificate(@Nullable String clusterCaCertificate) {
      value.clusterCaCertificate = clusterCaCertificate;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterKubeConfig#clientCertificate()}.
     *
     * @param clientCertificate the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder clientCertificate(@Nullable String clientCertificate) {
      value.clientCertificate = clientCertificate;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterKubeConfig#clientKey()}.
     *
     * @param clientKey the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder clientKey(@Nullable String clientKey) {
      value.clientKey = clientKey;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterKubeConfig#token()}.
     *
     * @param token the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder token(@Nullable String token) {
      value.token = token;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterKubeConfig#expiresAt()}.
     *
     * @param expiresAt the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder expiresAt(@Nullable String expiresAt) {
      value.expiresAt = expiresAt;
      return this;
    }

    /**
     * Returns the value.
     *
     * @return the value
     */
    public KubernetesClusterKubeConfig build() {
      return value;
    }
  }
}
