package dev.allotment.pulumi.digitalocean.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.InvokeArgs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@link
 * dev.allotment.pulumi.digitalocean.DigitaloceanFunctions#getKubernetesVersionsPlain}: the same
 * inputs as {@link GetKubernetesVersionsArgs}, as plain values rather than outputs.
 */
public final class GetKubernetesVersionsPlainArgs extends InvokeArgs {

  /** Arguments with nothing set. */
  public static final GetKubernetesVersionsPlainArgs Empty = new GetKubernetesVersionsPlainArgs();

  @Import(name = "versionPrefix")
  private @Nullable String versionPrefix;

  /**
   * Only return versions starting with this prefix, e.g. {@code 1.33.} for the 1.33.x releases.
   *
   * @return the prefix, if set
   */
  public Optional<String> versionPrefix() {
    return Optional.ofNullable(this.versionPrefix);
  }

  private GetKubernetesVersionsPlainArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GetKubernetesVersionsPlainArgs}. */
  public static final class Builder {
    private final GetKubernetesVersionsPlainArgs args = new GetKubernetesVersionsPlainArgs();

    private Builder() {}

    /**
     * Sets {@link GetKubernetesVersionsPlainArgs#versionPrefix()}.
     *
     * @param versionPrefix the value
     * @return this builder
     */
    public Builder versionPrefix(@Nullable String versionPrefix) {
      args.versionPrefix = versionPrefix;
      return this;
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     */
    public GetKubernetesVersionsPlainArgs build() {
      return args;
    }
  }
}
