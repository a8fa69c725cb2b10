package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import java.util.Optional;

/**
 * A node-count limit per stage. A field per stage rather than a free map, so that a misspelt stage
 * is rejected instead of silently limiting nothing.
 */
public class NodeCountLimitsSpec {

  @Min(1)
  @Max(1000)
  @JsonPropertyDescription("Most nodes of a development Cluster.")
  private Integer development;

  @Min(1)
  @Max(1000)
  @JsonPropertyDescription("Most nodes of a test Cluster.")
  private Integer test;

  @Min(1)
  @Max(1000)
  @JsonPropertyDescription("Most nodes of a production Cluster.")
  private Integer production;

  /** The limit for {@code stage}, if this policy sets one. */
  public Optional<Integer> forStage(Stage stage) {
    return Optional.ofNullable(
        switch (stage) {
          case DEVELOPMENT -> development;
          case TEST -> test;
          case PRODUCTION -> production;
        });
  }

  public Integer getDevelopment() {
    return development;
  }

  public void setDevelopment(Integer development) {
    this.development = development;
  }

  public Integer getTest() {
    return test;
  }

  public void setTest(Integer test) {
    this.test = test;
  }

  public Integer getProduction() {
    return production;
  }

  public void setProduction(Integer production) {
    this.production = production;
  }
}
