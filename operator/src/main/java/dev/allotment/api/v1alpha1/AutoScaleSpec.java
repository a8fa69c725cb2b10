package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;

/** Node pool auto-scaling bounds. */
@ValidationRule(value = "self.min <= self.max", message = "autoScale.min must not exceed max")
public class AutoScaleSpec {

  @Required
  @Min(1)
  @Max(1000)
  @JsonPropertyDescription("Fewest nodes.")
  private Integer min;

  @Required
  @Min(1)
  @Max(1000)
  @JsonPropertyDescription("Most nodes.")
  private Integer max;

  public Integer getMin() {
    return min;
  }

  public void setMin(Integer min) {
    this.min = min;
  }

  public Integer getMax() {
    return max;
  }

  public void setMax(Integer max) {
    this.max = max;
  }
}
