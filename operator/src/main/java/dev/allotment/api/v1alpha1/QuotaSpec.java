package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;

/** Resource limits for the team's namespace, enforced with a ResourceQuota. */
public class QuotaSpec {

  /** A Kubernetes CPU quantity: whole or decimal cores, or millicores. */
  public static final String CPU_PATTERN = "^([0-9]+(\\.[0-9]+)?|[0-9]+m)$";

  /** A Kubernetes memory quantity with a binary or decimal suffix. */
  public static final String MEMORY_PATTERN = "^[0-9]+(Ki|Mi|Gi|Ti|K|M|G|T)?$";

  @Pattern(CPU_PATTERN)
  @Size(max = 20)
  @JsonPropertyDescription(
      "Total CPU the namespace may request and use, e.g. \"4\" or \"2500m\". At most the"
          + " PlatformPolicies' ceiling for the stage (defaults.<stage>.namespaces.quota.cpu;"
          + " more stalls, ComputeQuotaAboveCeiling). Default: 4, or the ceiling where lower.")
  private String cpu;

  @Pattern(MEMORY_PATTERN)
  @Size(max = 20)
  @JsonPropertyDescription(
      "Total memory the namespace may request and use, e.g. \"8Gi\". At most the stage's"
          + " ceiling, as cpu. Default: 8Gi, or the ceiling where lower.")
  private String memory;

  @Min(1)
  @Max(10000)
  @JsonPropertyDescription(
      "Maximum number of pods in the namespace. At most the stage's ceiling, as cpu. Default: 50,"
          + " or the ceiling where lower.")
  private Integer pods;

  public String getCpu() {
    return cpu;
  }

  public void setCpu(String cpu) {
    this.cpu = cpu;
  }

  public String getMemory() {
    return memory;
  }

  public void setMemory(String memory) {
    this.memory = memory;
  }

  public Integer getPods() {
    return pods;
  }

  public void setPods(Integer pods) {
    this.pods = pods;
  }
}
