package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** Where Clusters may be registered with Argo CD. */
public class ArgoCdPolicySpec {

  @Size(min = 1, max = 100)
  @JsonPropertyDescription(
      "Argo CD projects a Cluster may be confined to (spec.argocd.project), where {team} stands for"
          + " the Cluster's spec.team, e.g. [\"{team}\", \"team-{team}\"]. Absent in every policy:"
          + " {team} and team-{team}.")
  private List<@Pattern("^[a-z0-9{}]([-a-z0-9{}]*[a-z0-9{}])?$") @Size(max = 70) String>
      allowedProjects;

  public List<String> getAllowedProjects() {
    return allowedProjects;
  }

  public void setAllowedProjects(List<String> allowedProjects) {
    this.allowedProjects = allowedProjects;
  }
}
