package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/** The cluster's worker nodes. */
public class NodePoolSpec {

  @Size(max = 64)
  @Required
  @Pattern("^[A-Za-z0-9_.-]+$")
  @JsonPropertyDescription(
      "Node size in the provider's terms, e.g. s-2vcpu-4gb (DigitalOcean) or Standard_D2s_v5"
          + " (Azure). Ignored by vcluster.")
  private String size;

  @Required
  @Min(1)
  @Max(1000)
  @JsonPropertyDescription("Number of nodes (the initial count when autoScale is set).")
  private Integer count;

  @JsonPropertyDescription("Auto-scaling bounds; omit for a fixed-size pool.")
  private AutoScaleSpec autoScale;

  public String getSize() {
    return size;
  }

  public void setSize(String size) {
    this.size = size;
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public AutoScaleSpec getAutoScale() {
    return autoScale;
  }

  public void setAutoScale(AutoScaleSpec autoScale) {
    this.autoScale = autoScale;
  }
}
