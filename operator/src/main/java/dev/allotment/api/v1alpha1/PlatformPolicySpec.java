package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/**
 * What the platform team owns. Every field is optional: an absent one restricts nothing. How
 * several PlatformPolicies combine is described on {@link PlatformPolicy}.
 */
public class PlatformPolicySpec {

  @JsonPropertyDescription(
      "Where TeamEnvironments may create Azure resources (and azure Clusters may run).")
  private AzurePolicySpec azure;

  @JsonPropertyDescription(
      "Which Clusters may be ordered: providers, regions, node sizes and node counts.")
  private ClusterPolicySpec clusters;

  @JsonPropertyDescription(
      "Where TeamEnvironments may create GitHub repositories, and who may be in their teams.")
  private GitHubPolicySpec github;

  @JsonPropertyDescription("Which Argo CD projects Clusters may be registered into.")
  private ArgoCdPolicySpec argocd;

  @JsonPropertyDescription(
      "Caps per namespace and per environment, so that one team cannot take everyone's operation"
          + " slots or the shared GitHub token's rate limit. Several policies: the lowest cap wins.")
  private LimitsPolicySpec limits;

  @Size(max = 200)
  @JsonPropertyDescription(
      "Which namespaces may order TeamEnvironments and Clusters for which teams and stages. When"
          + " the list is not empty, a resource is allowed only if some rule matches its namespace,"
          + " team and stage. A rule also binds the namespaces it names: a namespace that neither"
          + " carries the label platform.allotment.dev/tenant nor is named by a rule orders nothing."
          + " A namespace the operator created is bound by that label only, never by a rule.")
  private List<TenancyRuleSpec> tenancy;

  @JsonPropertyDescription(
      "Approval and drift settings per stage, the baseline of the namespaces the operator"
          + " creates for it, and the role of the teams' Entra ID groups. A resource's own spec may"
          + " make approval and drift stricter (Manual approval, a shorter drift interval,"
          + " Correct), never weaker; the namespace baseline and the group role are the policies'"
          + " alone.")
  private PolicyDefaultsSpec defaults;

  @Size(max = 3)
  @JsonPropertyDescription(
      "Stages whose changes always wait for a manual approval, e.g. [production], whatever"
          + " defaults or the resource's spec say.")
  private List<Stage> requireManualApprovalFor;

  @Size(max = 3)
  @JsonPropertyDescription(
      "Stages whose resources are always retained when deleted, e.g. [production]: the stack and"
          + " its infrastructure stay whatever the resource's deletionPolicy says.")
  private List<Stage> requireRetainFor;

  @Size(max = 3)
  @JsonPropertyDescription(
      "Stages whose resources cannot be paused, e.g. [production]: the"
          + " platform.allotment.dev/paused annotation is ignored (with a Warning event), so"
          + " updates, approvals and drift correction go on.")
  private List<Stage> forbidPauseFor;

  public AzurePolicySpec getAzure() {
    return azure;
  }

  public void setAzure(AzurePolicySpec azure) {
    this.azure = azure;
  }

  public ClusterPolicySpec getClusters() {
    return clusters;
  }

  public void setClusters(ClusterPolicySpec clusters) {
    this.clusters = clusters;
  }

  public GitHubPolicySpec getGithub() {
    return github;
  }

  public void setGithub(GitHubPolicySpec github) {
    this.github = github;
  }

  public ArgoCdPolicySpec getArgocd() {
    return argocd;
  }

  public void setArgocd(ArgoCdPolicySpec argocd) {
    this.argocd = argocd;
  }

  public LimitsPolicySpec getLimits() {
    return limits;
  }

  public void setLimits(LimitsPolicySpec limits) {
    this.limits = limits;
  }

  public List<TenancyRuleSpec> getTenancy() {
    return tenancy;
  }

  public void setTenancy(List<TenancyRuleSpec> tenancy) {
    this.tenancy = tenancy;
  }

  public PolicyDefaultsSpec getDefaults() {
    return defaults;
  }

  public void setDefaults(PolicyDefaultsSpec defaults) {
    this.defaults = defaults;
  }

  public List<Stage> getRequireManualApprovalFor() {
    return requireManualApprovalFor;
  }

  public void setRequireManualApprovalFor(List<Stage> requireManualApprovalFor) {
    this.requireManualApprovalFor = requireManualApprovalFor;
  }

  public List<Stage> getRequireRetainFor() {
    return requireRetainFor;
  }

  public void setRequireRetainFor(List<Stage> requireRetainFor) {
    this.requireRetainFor = requireRetainFor;
  }

  public List<Stage> getForbidPauseFor() {
    return forbidPauseFor;
  }

  public void setForbidPauseFor(List<Stage> forbidPauseFor) {
    this.forbidPauseFor = forbidPauseFor;
  }
}
