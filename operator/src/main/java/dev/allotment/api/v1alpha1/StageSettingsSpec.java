package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/**
 * How changes of one stage are approved, how often and how drift is handled, the baseline of the
 * namespaces the operator creates for it, and the role of its teams' Entra ID groups.
 */
public class StageSettingsSpec {

  /** A whole number of seconds, minutes or hours, e.g. 30m or 6h. */
  public static final String DRIFT_INTERVAL_PATTERN = "^[0-9]+(s|m|h)$";

  @JsonPropertyDescription(
      "Automatic applies planned changes at once; Manual waits until someone approves the plan."
          + " Default: Automatic. Manual wins when policies disagree, and a resource may ask for"
          + " Manual itself.")
  private ApprovalMode approval;

  @Pattern(DRIFT_INTERVAL_PATTERN)
  @Size(max = 10)
  @ValidationRule(
      value = "duration(self) >= duration('1m')",
      message = "driftInterval must be at least 1m")
  @JsonPropertyDescription(
      "How often the operator checks the real infrastructure for drift, as seconds, minutes or"
          + " hours: 30m, 6h (at least 1m). Absent: no periodic drift check. The shortest interval"
          + " wins when policies disagree; a resource may ask for a shorter one.")
  private String driftInterval;

  @JsonPropertyDescription(
      "Report records drift in status and events; Correct also applies the stack again to undo it"
          + " (subject to approval). Default: Report. Correct wins when policies disagree, and a"
          + " resource may ask for Correct itself.")
  private DriftPolicy driftPolicy;

  @JsonPropertyDescription(
      "The Pod Security level, egress, storage quota and compute ceilings of the namespaces the"
          + " operator creates"
          + " for this stage (team namespaces and vcluster host namespaces). Only policies set"
          + " them; a resource's spec cannot.")
  private NamespaceBaselineSpec namespaces;

  @JsonPropertyDescription(
      "The role a TeamEnvironment's Entra ID group (spec.azure.entraGroup) gets on the team's"
          + " resource group: Reader or Contributor. Default: Reader for production, Contributor"
          + " otherwise. Reader wins when policies disagree; a resource's spec cannot set it.")
  private EntraGroupRole entraGroupRole;

  public ApprovalMode getApproval() {
    return approval;
  }

  public void setApproval(ApprovalMode approval) {
    this.approval = approval;
  }

  public String getDriftInterval() {
    return driftInterval;
  }

  public void setDriftInterval(String driftInterval) {
    this.driftInterval = driftInterval;
  }

  public DriftPolicy getDriftPolicy() {
    return driftPolicy;
  }

  public void setDriftPolicy(DriftPolicy driftPolicy) {
    this.driftPolicy = driftPolicy;
  }

  public NamespaceBaselineSpec getNamespaces() {
    return namespaces;
  }

  public void setNamespaces(NamespaceBaselineSpec namespaces) {
    this.namespaces = namespaces;
  }

  public EntraGroupRole getEntraGroupRole() {
    return entraGroupRole;
  }

  public void setEntraGroupRole(EntraGroupRole entraGroupRole) {
    this.entraGroupRole = entraGroupRole;
  }
}
