package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The last drift check. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DriftStatus {

  @JsonPropertyDescription("When the last drift check finished (RFC 3339).")
  private String lastCheckTime;

  @JsonPropertyDescription("Result of the last check: InSync, Drifted or Failed.")
  private String result;

  @JsonPropertyDescription("Resources that differed from the stack: operation, type, name.")
  private List<String> resources;

  @JsonPropertyDescription(
      "A drift found under driftPolicy Correct that an update must still undo.")
  private Boolean correctionPending;

  public String getLastCheckTime() {
    return lastCheckTime;
  }

  public void setLastCheckTime(String lastCheckTime) {
    this.lastCheckTime = lastCheckTime;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public List<String> getResources() {
    return resources;
  }

  public void setResources(List<String> resources) {
    this.resources = resources;
  }

  public Boolean getCorrectionPending() {
    return correctionPending;
  }

  public void setCorrectionPending(Boolean correctionPending) {
    this.correctionPending = correctionPending;
  }
}
