package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Optional;

/**
 * Approval, drift, namespace baseline and Entra ID group role settings per stage; a field per stage
 * so a misspelt stage is rejected.
 */
public class PolicyDefaultsSpec {

  @JsonPropertyDescription("Settings for development TeamEnvironments and Clusters.")
  private StageSettingsSpec development;

  @JsonPropertyDescription("Settings for test TeamEnvironments and Clusters.")
  private StageSettingsSpec test;

  @JsonPropertyDescription("Settings for production TeamEnvironments and Clusters.")
  private StageSettingsSpec production;

  /** The settings for {@code stage}, if this policy has any. */
  public Optional<StageSettingsSpec> forStage(Stage stage) {
    return Optional.ofNullable(
        switch (stage) {
          case DEVELOPMENT -> development;
          case TEST -> test;
          case PRODUCTION -> production;
        });
  }

  public StageSettingsSpec getDevelopment() {
    return development;
  }

  public void setDevelopment(StageSettingsSpec development) {
    this.development = development;
  }

  public StageSettingsSpec getTest() {
    return test;
  }

  public void setTest(StageSettingsSpec test) {
    this.test = test;
  }

  public StageSettingsSpec getProduction() {
    return production;
  }

  public void setProduction(StageSettingsSpec production) {
    this.production = production;
  }
}
