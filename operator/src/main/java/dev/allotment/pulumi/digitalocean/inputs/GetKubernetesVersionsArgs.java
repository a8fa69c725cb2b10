package dev.allotment.pulumi.digitalocean.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.InvokeArgs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@link
 * dev.allotment.pulumi.digitalocean.DigitaloceanFunctions#getKubernetesVersions}.
 */
public final class GetKubernetesVersionsArgs extends InvokeArgs {

  /** Arguments with nothing set. */
  public static final GetKubernetesVersionsArgs Empty = new GetKubernetesVersionsArgs();

  @Import(name = "versionPrefix")
  private @Nullable Output<String> versionPrefix;

  /** Only return versions starting with this prefix, e.g. {@code 1.33.} for the 1.33.x releases. */
  public Optional<Output<String>> versionPrefix() {
    return Optional.ofNullable(this.versionPrefix);
  }

  private GetKubernetesVersionsArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GetKubernetesVersionsArgs}. */
  public static final class Builder {
    private final GetKubernetesVersionsArgs args = new GetKubernetesVersionsArgs();

    private Builder() {}

    /**
     * Sets {@link GetKubernetesVersionsArgs#versionPrefix()}.
     *
     * @param versionPrefix the value, possibly not yet known
     * @return this builder
     */
    public Builder versionPrefix(@Nullable Output<String> versionPrefix) {
      args.versionPrefix = versionPrefix;
      return this;
    }

    /**
     * Sets {@link GetKubernetesVersionsArgs#versionPrefix()}.
     *
     * @param versionPrefix the value
     * @return this builder
     */
    public Builder versionPrefix(String versionPrefix) {
      return versionPrefix(Output.of(versionPrefix));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     */
    public GetKubernetesVersionsArgs build() {
      return args;
    }
  }
}
