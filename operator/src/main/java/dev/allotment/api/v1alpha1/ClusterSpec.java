package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/** A Kubernetes cluster ordered for a team and stage. */
@ValidationRule(
    value = "self.team == oldSelf.team",
    message = "team is immutable: create a new Cluster instead")
@ValidationRule(
    value = "self.stage == oldSelf.stage",
    message = "stage is immutable: create a new Cluster instead")
@ValidationRule(
    value = "self.provider == oldSelf.provider",
    message = "provider is immutable: create a new Cluster instead")
@JsonDeserialize(using = TolerantSpecDeserializer.class)
public class ClusterSpec extends SteeredSpec {

  @Required
  @Pattern(TeamEnvironmentSpec.TEAM_PATTERN)
  @Size(min = 2, max = 30)
  @JsonPropertyDescription("Team that owns the cluster. Immutable.")
  private String team;

  @Required
  @JsonPropertyDescription("Stage the cluster serves. Immutable.")
  private Stage stage;

  @Required
  @JsonPropertyDescription("Where the cluster runs: digitalocean, azure or vcluster. Immutable.")
  private ClusterProvider provider;

  @Size(max = 64)
  @Pattern("^[a-z0-9]+$")
  @JsonPropertyDescription(
      "Provider region, e.g. ams3 (DigitalOcean) or westeurope (Azure). Not used by vcluster.")
  private String region;

  @Size(max = 32)
  @Pattern("^(latest|[0-9]+\\.[0-9]+(\\.[0-9]+)?(-do\\.[0-9]+)?)$")
  @JsonPropertyDescription("Kubernetes version, e.g. 1.31, or latest. Default: latest.")
  private String version;

  @Required
  @JsonPropertyDescription("Worker nodes.")
  private NodePoolSpec nodePool;

  @JsonPropertyDescription("Registration with Argo CD.")
  private ArgoCdSpec argocd;

  @JsonPropertyDescription(
      "Delete destroys the cluster when this resource is deleted; Retain keeps it. Default:"
          + " Retain for production, Delete otherwise.")
  private DeletionPolicy deletionPolicy;

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public Stage getStage() {
    return stage;
  }

  public void setStage(Stage stage) {
    this.stage = stage;
  }

  public ClusterProvider getProvider() {
    return provider;
  }

  public void setProvider(ClusterProvider provider) {
    this.provider = provider;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public NodePoolSpec getNodePool() {
    return nodePool;
  }

  public void setNodePool(NodePoolSpec nodePool) {
    this.nodePool = nodePool;
  }

  public ArgoCdSpec getArgocd() {
    return argocd;
  }

  public void setArgocd(ArgoCdSpec argocd) {
    this.argocd = argocd;
  }

  public DeletionPolicy getDeletionPolicy() {
    return deletionPolicy;
  }

  public void setDeletionPolicy(DeletionPolicy deletionPolicy) {
    this.deletionPolicy = deletionPolicy;
  }
}
