package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Map;

/** Registration of the cluster with Argo CD as a deployment target. */
public class ArgoCdSpec {

  @JsonPropertyDescription("Write an Argo CD cluster Secret for this cluster. Default: false.")
  private Boolean register;

  @Size(max = 63)
  @Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
  @JsonPropertyDescription(
      "Deprecated: Argo CD's namespace is the platform's (ALLOTMENT_ARGOCD_NAMESPACE). Only that"
          + " value is accepted; leave the field out.")
  private String namespace;

  @Size(max = 63)
  @Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
  @JsonPropertyDescription(
      "Argo CD project the cluster is confined to. Must be one the PlatformPolicies allow for the"
          + " team (argocd.allowedProjects); without such a rule, <team> or team-<team>.")
  private String project;

  @Size(max = 20)
  @ValidationRule(
      value = "self.all(k, size(k) <= 317)",
      message = "label keys must be at most 317 characters (a 253-character prefix, / and 63)")
  @JsonPropertyDescription(
      "Extra labels on the cluster Secret, at most 20, e.g. for ApplicationSet selectors. Reserved"
          + " keys are refused: env in any case (the operator sets it from spec.stage), and every"
          + " key whose prefix is allotment.dev, argoproj.io, kubernetes.io or k8s.io or a"
          + " subdomain of one (platform.allotment.dev/*, argocd.argoproj.io/*,"
          + " app.kubernetes.io/*).")
  private Map<String, @Size(max = 63) String> labels;

  public Boolean getRegister() {
    return register;
  }

  public void setRegister(Boolean register) {
    this.register = register;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }
}
