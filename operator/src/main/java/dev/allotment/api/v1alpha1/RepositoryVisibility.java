package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Visibility of a team's GitHub repository. */
public enum RepositoryVisibility {
  @JsonProperty("private")
  PRIVATE("private"),
  @JsonProperty("internal")
  INTERNAL("internal"),
  @JsonProperty("public")
  PUBLIC("public");

  private final String value;

  RepositoryVisibility(String value) {
    this.value = value;
  }

  /** The value GitHub's API expects. */
  public String value() {
    return value;
  }
}
