package dev.allotment.pulumi.digitalocean.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** When a {@link dev.allotment.pulumi.digitalocean.KubernetesCluster} may be upgraded. */
public final class KubernetesClusterMaintenancePolicyArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final KubernetesClusterMaintenancePolicyArgs Empty =
      new KubernetesClusterMaintenancePolicyArgs();

  @Import(name = "day")
  private @Nullable Output<String> day;

  @Import(name = "duration")
  private @Nullable Output<String> duration;

  @Import(name = "startTime")
  private @Nullable Output<String> startTime;

  /** The day of the maintenance window: {@code monday} through {@code sunday}, or {@code any}. */
  public Optional<Output<String>> day() {
    return Optional.ofNullable(this.day);
  }

  /** The duration of the maintenance window, e.g. {@code 04:00}. */
  public Optional<Output<String>> duration() {
    return Optional.ofNullable(this.duration);
  }

  /** The start time of the maintenance window in UTC, as {@code HH:MM} (e.g. {@code 15:00}). */
  public Optional<Output<String>> startTime() {
    return Optional.ofNullable(this.startTime);
  }

  private KubernetesClusterMaintenancePolicyArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubernetesClusterMaintenancePolicyArgs}. */
  public static final class Builder {
    private final KubernetesClusterMaintenancePolicyArgs args =
        new KubernetesClusterMaintenancePolicyArgs();

    private Builder() {}

    /**
     * Sets {@link KubernetesClusterMaintenancePolicyArgs#day()}.
     *
     * @param day the value, possibly not yet known
     * @return this builder
     */
    public Builder day(@Nullable Output<String> day) {
      args.day = day;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterMaintenancePolicyArgs#day()}.
     *
     * @param day the value
     * @return this builder
     */
    public Builder day(String day) {
      return day(Output.of(day));
    }

    /**
     * Sets {@link KubernetesClusterMaintenancePolicyArgs#duration()}.
     *
     * @param duration the value, possibly not yet known
     * @return this builder
     */
    public Builder duration(@Nullable Output<String> duration) {
      args.duration = duration;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterMaintenancePolicyArgs#duration()}.
     *
     * @param duration the value
     * @return this builder
     */
    public Builder duration(String duration) {
      return duration(Output.of(duration));
    }

    /**
     * Sets {@link KubernetesClusterMaintenancePolicyArgs#startTime()}.
     *
     * @param startTime the value, possibly not yet known
     * @return this builder
     */
    public Builder startTime(@Nullable Output<String> startTime) {
      args.startTime = startTime;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterMaintenancePolicyArgs#startTime()}.
     *
     * @param startTime the value
     * @return this builder
     */
    public Builder startTime(String startTime) {
      return startTime(Output.of(startTime));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     */
    public KubernetesClusterMaintenancePolicyArgs build() {
      return args;
    }
  }
}
