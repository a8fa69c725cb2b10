package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The plan waiting for approval, and the last approval given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ApprovalStatus {

  @JsonPropertyDescription(
      "Hash of the planned changes; approve by setting it as the annotation"
          + " platform.allotment.dev/approve.")
  private String planHash;

  @JsonPropertyDescription("The planned changes, one line per resource: operation, type, name.")
  private List<String> plan;

  @JsonPropertyDescription("Fingerprint of the inputs the plan was made for.")
  private String fingerprint;

  @JsonPropertyDescription("When the plan was recorded (RFC 3339).")
  private String plannedAt;

  @JsonPropertyDescription("Hash of the last approved plan.")
  private String approvedHash;

  @JsonPropertyDescription(
      "Who approved it, as given in the annotation platform.allotment.dev/approved-by.")
  private String approvedBy;

  @JsonPropertyDescription("When the approval was acted on (RFC 3339).")
  private String approvedAt;

  public String getPlanHash() {
    return planHash;
  }

  public void setPlanHash(String planHash) {
    this.planHash = planHash;
  }

  public List<String> getPlan() {
    return plan;
  }

  public void setPlan(List<String> plan) {
    this.plan = plan;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public void setFingerprint(String fingerprint) {
    this.fingerprint = fingerprint;
  }

  public String getPlannedAt() {
    return plannedAt;
  }

  public void setPlannedAt(String plannedAt) {
    this.plannedAt = plannedAt;
  }

  public String getApprovedHash() {
    return approvedHash;
  }

  public void setApprovedHash(String approvedHash) {
    this.approvedHash = approvedHash;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public void setApprovedBy(String approvedBy) {
    this.approvedBy = approvedBy;
  }

  public String getApprovedAt() {
    return approvedAt;
  }

  public void setApprovedAt(String approvedAt) {
    this.approvedAt = approvedAt;
  }
}
