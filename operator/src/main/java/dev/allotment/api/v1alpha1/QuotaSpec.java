package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;

/** Resource limits for the team's namespace, enforced with a ResourceQuota. */
public class QuotaSpec {

  /** A Kubernetes CPU quantity: whole or decimal cores, or millicores. */
  public static final String CPU_PATTERN = "^([0-9]+(\\.[0-9]+)?|[0-9]+m)$";

  /** A Kubernetes memory quantity with a binary or decimal suffix. */
  public static final String MEMORY_PATTERN = "^[0-9]+(Ki|Mi|Gi|Ti|K|M|G|T)?$";

  @Pattern(CPU_PATTERN)
  @JsonPropertyDescription(
      "Total CPU the namespace may request and use, e.g. \"4\" or \"2500m\". Default: 4.")
  private String cpu;

  @Pattern(MEMORY_PATTERN)
  @JsonPropertyDescription(
      "Total memory the namespace may request and use, e.g. \"8Gi\". Default: 8Gi.")
  private String memory;

  @Min(1)
  @Max(10000)
  @JsonPropertyDescription("Maximum number of pods in the namespace. Default: 50.")
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
