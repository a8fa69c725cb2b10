package dev.allotment.pulumi.digitalocean.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The maintenance window a {@link dev.allotment.pulumi.digitalocean.KubernetesCluster} reports. */
@CustomType
public final class KubernetesClusterMaintenancePolicy {
  private @Nullable String day;
  private @Nullable String duration;
  private @Nullable String startTime;

  private KubernetesClusterMaintenancePolicy() {}

  /**
   * The day of the maintenance window: {@code monday} through {@code sunday}, or {@code any}.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> day() {
    return Optional.ofNullable(this.day);
  }

  /**
   * The duration of the maintenance window, e.g. {@code 04:00}.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> duration() {
    return Optional.ofNullable(this.duration);
  }

  /**
   * The start time of the maintenance window in UTC, as {@code HH:MM}.
   *
   * @return the value, if the provider reported one
   */
  public Optional<String> startTime() {
    return Optional.ofNullable(this.startTime);
  }

  /**
   * Starts an empty builder; the Pulumi SDK uses it to deserialize provider outputs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubernetesClusterMaintenancePolicy}. */
  @CustomType.Builder
  public static final class Builder {
    private final KubernetesClusterMaintenancePolicy value =
        new KubernetesClusterMaintenancePolicy();

    /** Creates an empty builder; public because the Pulumi SDK instantiates it reflectively. */
    public Builder() {}

    /**
     * Sets {@link KubernetesClusterMaintenancePolicy#day()}.
     *
     * @param day the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder day(@Nullable String day) {
      value.day = day;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterMaintenancePolicy#duration()}.
     *
     * @param duration the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder duration(@Nullable String duration) {
      value.duration = duration;
      return this;
    }

    /**
     * Sets {@link KubernetesClusterMaintenancePolicy#startTime()}.
     *
     * @param startTime the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder startTime(@Nullable String startTime) {
      value.startTime = startTime;
      return this;
    }

    /**
     * Returns the value.
     *
     * @return the value
     */
    public KubernetesClusterMaintenancePolicy build() {
      return value;
    }
  }
}
