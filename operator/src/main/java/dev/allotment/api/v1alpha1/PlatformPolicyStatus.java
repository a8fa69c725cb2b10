package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether the operator has read the policy and applies it as written, and which rules it carries.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PlatformPolicyStatus {

  @JsonPropertyDescription("The metadata.generation this status describes.")
  private Long observedGeneration;

  @JsonPropertyDescription(
      "The operator's conditions on the policy in the Kubernetes condition shape: Ready=True"
          + " (reason Accepted) when it applies every value of this generation, Ready=False (reason"
          + " InvalidPolicy) naming each value it cannot apply and the fix.")
  private List<Condition> conditions = new ArrayList<>();

  @JsonPropertyDescription(
      "The settings this generation gives, as paths under spec, e.g. azure.allowedLocations,"
          + " defaults.production.approval, tenancy.")
  private List<String> rules = new ArrayList<>();

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

  public List<String> getRules() {
    return rules;
  }

  public void setRules(List<String> rules) {
    this.rules = rules == null ? new ArrayList<>() : rules;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlatformPolicyStatus other
        && Objects.equals(observedGeneration, other.observedGeneration)
        && Objects.equals(conditions, other.conditions)
        && Objects.equals(rules, other.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(observedGeneration, conditions, rules);
  }
}
