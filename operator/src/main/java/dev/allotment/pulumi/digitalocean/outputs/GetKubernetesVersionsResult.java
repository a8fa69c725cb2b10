package dev.allotment.pulumi.digitalocean.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Kubernetes versions DigitalOcean offers, as {@link
 * dev.allotment.pulumi.digitalocean.DigitaloceanFunctions#getKubernetesVersions} returns them.
 */
@CustomType
public final class GetKubernetesVersionsResult {
  private String id;
  private String latestVersion;
  private List<String> validVersions;
  private @Nullable String versionPrefix;

  private GetKubernetesVersionsResult() {}

  /**
   * The provider-assigned id of this lookup.
   *
   * @return the value
   */
  public String id() {
    return this.id;
  }

  /**
   * The most recent version available (matching the prefix, if one was given), e.g. {@code
   * 1.33.1-do.0}; pass it to {@link
   * dev.allotment.pulumi.digitalocean.KubernetesClusterArgs.Builder#version(String)}.
   *
   * @return the value
   */
  public String latestVersion() {
    return this.latestVersion;
  }

  /**
   * All available versions (matching the prefix, if one was given).
   *
   * @return the value
   */
  public List<String> validVersions() {
    return this.validVersions;
  }

  /**
   * The prefix the lookup was given.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> versionPrefix() {
    return Optional.ofNullable(this.versionPrefix);
  }

  /**
   * Starts an empty builder; the Pulumi SDK uses it to deserialize provider outputs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GetKubernetesVersionsResult}. */
  @CustomType.Builder
  public static final class Builder {
    private final GetKubernetesVersionsResult value = new GetKubernetesVersionsResult();

    /** Creates an empty builder; public because the Pulumi SDK instantiates it reflectively. */
    public Builder() {}

    /**
     * Sets {@link GetKubernetesVersionsResult#id()}.
     *
     * @param id the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder id(String id) {
      if (id == null) {
        throw new MissingRequiredPropertyException("GetKubernetesVersionsResult", "id");
      }
      value.id = id;
      return this;
    }

    /**
     * Sets {@link GetKubernetesVersionsResult#latestVersion()}.
     *
     * @param latestVersion the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder latestVersion(String latestVersion) {
      if (latestVersion == null) {
        throw new MissingRequiredPropertyException("GetKubernetesVersionsResult", "latestVersion");
      }
      value.latestVersion = latestVersion;
      return this;
    }

    /**
     * Sets {@link GetKubernetesVersionsResult#validVersions()}.
     *
     * @param validVersions the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder validVersions(List<String> validVersions) {
      if (validVersions == null) {
        throw new MissingRequiredPropertyException("GetKubernetesVersionsResult", "validVersions");
      }
      value.validVersions = validVersions;
      return this;
    }

    /**
     * Sets {@link GetKubernetesVersionsResult#versionPrefix()}.
     *
     * @param versionPrefix the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder versionPrefix(@Nullable String versionPrefix) {
      value.versionPrefix = versionPrefix;
      return this;
    }

    /**
     * Returns the value.
     *
     * @return the value
     */
    public GetKubernetesVersionsResult build() {
      return value;
    }
  }
}
