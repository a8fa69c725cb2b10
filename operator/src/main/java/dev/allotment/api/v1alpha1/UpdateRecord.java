package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** One Pulumi operation on the resource's stack, as the user sees it in status. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class UpdateRecord {

  @JsonPropertyDescription("Operation: up, destroy, preview or refresh.")
  private String operation;

  @JsonPropertyDescription("Result: running, succeeded or failed.")
  private String result;

  @JsonPropertyDescription("When the operation started (RFC 3339).")
  private String startTime;

  @JsonPropertyDescription("When the operation ended (RFC 3339); empty while it runs.")
  private String endTime;

  @JsonPropertyDescription(
      "Resources touched by the operation, by kind of change (create, update, delete, same,"
          + " replace).")
  private Map<String, Integer> resourceChanges;

  @JsonPropertyDescription("The engine's message when the operation failed.")
  private String message;

  @JsonPropertyDescription(
      "Fingerprint of the spec, program version and operator configuration the operation ran"
          + " with.")
  private String fingerprint;

  @JsonPropertyDescription(
      "For up and preview: the deletion policy of the spec the operation applies (Retain or"
          + " Delete).")
  private DeletionPolicy deletionPolicy;

  public DeletionPolicy getDeletionPolicy() {
    return deletionPolicy;
  }

  public void setDeletionPolicy(DeletionPolicy deletionPolicy) {
    this.deletionPolicy = deletionPolicy;
  }

  public String getOperation() {
    return operation;
  }

  public void setOperation(String operation) {
    this.operation = operation;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public String getStartTime() {
    return startTime;
  }

  public void setStartTime(String startTime) {
    this.startTime = startTime;
  }

  public String getEndTime() {
    return endTime;
  }

  public void setEndTime(String endTime) {
    this.endTime = endTime;
  }

  public Map<String, Integer> getResourceChanges() {
    return resourceChanges;
  }

  public void setResourceChanges(Map<String, Integer> resourceChanges) {
    this.resourceChanges = resourceChanges;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public void setFingerprint(String fingerprint) {
    this.fingerprint = fingerprint;
  }
}
