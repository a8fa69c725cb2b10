package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Status shared by every kind backed by a Pulumi stack. Secret outputs never appear here: they are
 * only in the Secret named by {@code outputsSecretRef}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StackResourceStatus {

  @JsonPropertyDescription("The metadata.generation this status describes.")
  private Long observedGeneration;

  @JsonPropertyDescription(
      "Ready, Reconciling and Stalled, in the Kubernetes condition shape (kstatus), so that"
          + " kubectl wait --for=condition=Ready and Argo CD health checks work.")
  private List<Condition> conditions = new ArrayList<>();

  @JsonPropertyDescription("The Pulumi stack and its operations.")
  private StackStatus stack;

  @JsonPropertyDescription("Non-secret stack outputs. Secret outputs are only in the Secret.")
  private Map<String, String> outputs;

  @JsonPropertyDescription("The Secret holding every stack output, secret ones included.")
  private SecretReference outputsSecretRef;

  @JsonPropertyDescription("Backoff after failed operations.")
  private RetryStatus retry;

  @JsonPropertyDescription("The plan awaiting approval and the last approval (approval: Manual).")
  private ApprovalStatus approval;

  @JsonPropertyDescription("The last drift check.")
  private DriftStatus drift;

  @JsonPropertyDescription(
      "True while the annotation platform.allotment.dev/paused stops Pulumi operations.")
  private Boolean paused;

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions == null ? new ArrayList<>() : conditions;
  }

  public StackStatus getStack() {
    return stack;
  }

  public void setStack(StackStatus stack) {
    this.stack = stack;
  }

  public Map<String, String> getOutputs() {
    return outputs;
  }

  public void setOutputs(Map<String, String> outputs) {
    this.outputs = outputs;
  }

  public SecretReference getOutputsSecretRef() {
    return outputsSecretRef;
  }

  public void setOutputsSecretRef(SecretReference outputsSecretRef) {
    this.outputsSecretRef = outputsSecretRef;
  }

  public ApprovalStatus getApproval() {
    return approval;
  }

  public void setApproval(ApprovalStatus approval) {
    this.approval = approval;
  }

  public DriftStatus getDrift() {
    return drift;
  }

  public void setDrift(DriftStatus drift) {
    this.drift = drift;
  }

  public Boolean getPaused() {
    return paused;
  }

  public void setPaused(Boolean paused) {
    this.paused = paused;
  }

  public RetryStatus getRetry() {
    return retry;
  }

  public void setRetry(RetryStatus retry) {
    this.retry = retry;
  }
}
