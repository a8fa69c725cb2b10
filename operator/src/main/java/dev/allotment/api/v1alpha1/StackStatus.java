package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The Pulumi stack behind a resource and its operations. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StackStatus {

  @JsonPropertyDescription(
      "Stack name, derived from namespace and name so a re-applied resource adopts it.")
  private String name;

  @JsonPropertyDescription("The operation in progress, if any.")
  private UpdateRecord currentUpdate;

  @JsonPropertyDescription("The last finished operation.")
  private UpdateRecord lastUpdate;

  @JsonPropertyDescription(
      "Fingerprint of the inputs of the last successful up; when the desired fingerprint equals"
          + " it, no Pulumi operation is needed.")
  private String appliedFingerprint;

  @JsonPropertyDescription(
      "The deletion policy in force: the one the last successful up applied. Deleting the resource"
          + " destroys the stack only when both this and the spec say Delete, so a Retain cannot be"
          + " escaped by editing the spec just before deleting; weakening it is a change like any"
          + " other (with approval: Manual, it needs an approval).")
  private DeletionPolicy deletionPolicy;

  public DeletionPolicy getDeletionPolicy() {
    return deletionPolicy;
  }

  public void setDeletionPolicy(DeletionPolicy deletionPolicy) {
    this.deletionPolicy = deletionPolicy;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public UpdateRecord getCurrentUpdate() {
    return currentUpdate;
  }

  public void setCurrentUpdate(UpdateRecord currentUpdate) {
    this.currentUpdate = currentUpdate;
  }

  public UpdateRecord getLastUpdate() {
    return lastUpdate;
  }

  public void setLastUpdate(UpdateRecord lastUpdate) {
    this.lastUpdate = lastUpdate;
  }

  public String getAppliedFingerprint() {
    return appliedFingerprint;
  }

  public void setAppliedFingerprint(String appliedFingerprint) {
    this.appliedFingerprint = appliedFingerprint;
  }
}
