package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;

/** The spec fields that steer how changes are applied: the same for every kind. */
public abstract class SteeredSpec implements OperationsSpec, TolerantSpecDeserializer.Malformable {

  @JsonIgnore private String malformed;

  /** Why the spec could not be read, when it could not; the validators report it. */
  @Override
  @JsonIgnore
  public String getMalformed() {
    return malformed;
  }

  @Override
  @JsonIgnore
  public void setMalformed(String problem) {
    this.malformed = problem;
  }

  @JsonPropertyDescription(
      "Automatic applies changes at once; Manual previews them and waits for the annotation"
          + " platform.allotment.dev/approve to carry the plan's hash. A PlatformPolicy may force"
          + " Manual. Default: the policy's, else Automatic.")
  private ApprovalMode approval;

  @JsonPropertyDescription(
      "What a drift check does when reality differs: Report, or Correct by updating. Default: the"
          + " policy's, else Report.")
  private DriftPolicy driftPolicy;

  @Pattern("^[0-9]+(s|m|h)$")
  @Size(max = 10)
  @JsonPropertyDescription(
      "How often to check for drift, e.g. 30m or 6h. A PlatformPolicy's interval applies when it"
          + " is shorter. Default: the policy's, else no drift checks.")
  private String driftInterval;

  public ApprovalMode getApproval() {
    return approval;
  }

  public void setApproval(ApprovalMode approval) {
    this.approval = approval;
  }

  public DriftPolicy getDriftPolicy() {
    return driftPolicy;
  }

  public void setDriftPolicy(DriftPolicy driftPolicy) {
    this.driftPolicy = driftPolicy;
  }

  public String getDriftInterval() {
    return driftInterval;
  }

  public void setDriftInterval(String driftInterval) {
    this.driftInterval = driftInterval;
  }
}
