package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The delivery stage an environment or cluster serves. */
public enum Stage {
  @JsonProperty("development")
  DEVELOPMENT("development"),
  @JsonProperty("test")
  TEST("test"),
  @JsonProperty("production")
  PRODUCTION("production");

  private final String value;

  Stage(String value) {
    this.value = value;
  }

  /** The name used in manifests, resource names and GitHub environments. */
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
