package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/** What a team orders: its environment for one stage across Azure, Kubernetes and GitHub. */
@ValidationRule(
    value = "self.team == oldSelf.team",
    message = "team is immutable: create a new TeamEnvironment instead")
@ValidationRule(
    value = "self.stage == oldSelf.stage",
    message = "stage is immutable: create a new TeamEnvironment instead")
@JsonDeserialize(using = TolerantSpecDeserializer.class)
public class TeamEnvironmentSpec extends SteeredSpec {

  /** A DNS label short enough that every derived name (rg-, -outputs, ...) stays valid. */
  public static final String TEAM_PATTERN = "^[a-z]([-a-z0-9]*[a-z0-9])?$";

  /**
   * A GitHub login. An item pattern rather than a CEL rule over the list: the API server bounds the
   * cost of CEL rules, and a regular expression over up to 200 unbounded strings exceeds it.
   */
  public static final String LOGIN_PATTERN = "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$";

  @Required
  @Pattern(TEAM_PATTERN)
  @Size(min = 2, max = 30)
  @JsonPropertyDescription(
      "Team name: a lowercase DNS label of 2 to 30 characters. Immutable. Names the namespace,"
          + " resource group, repository and GitHub team.")
  private String team;

  @Required
  @JsonPropertyDescription(
      "Stage this environment serves: development, test or production. Immutable.")
  private Stage stage;

  @Size(min = 1, max = 20)
  @JsonPropertyDescription(
      "GitHub logins of the team's owners: maintainers of the team, admins of the repository and,"
          + " for production, the required reviewers of deployments. At least one.")
  @Required
  private List<@Pattern(LOGIN_PATTERN) @Size(max = 39) String> owners;

  @Size(max = 200)
  @JsonPropertyDescription("GitHub logins of the team's other members (push access).")
  private List<@Pattern(LOGIN_PATTERN) @Size(max = 39) String> contributors;

  @JsonPropertyDescription(
      "Azure resource group, identity and role assignment. Defaults apply when omitted.")
  private AzureSpec azure;

  @JsonPropertyDescription("The team's Kubernetes namespace. Defaults apply when omitted.")
  private KubernetesSpec kubernetes;

  @JsonPropertyDescription("The team's GitHub repository. Defaults apply when omitted.")
  private GitHubSpec github;

  @JsonPropertyDescription(
      "Delete destroys the infrastructure when this resource is deleted; Retain keeps it and its"
          + " stack so a re-applied resource adopts it. Default: Retain for production, Delete"
          + " otherwise.")
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

  public List<String> getOwners() {
    return owners;
  }

  public void setOwners(List<String> owners) {
    this.owners = owners;
  }

  public List<String> getContributors() {
    return contributors;
  }

  public void setContributors(List<String> contributors) {
    this.contributors = contributors;
  }

  public AzureSpec getAzure() {
    return azure;
  }

  public void setAzure(AzureSpec azure) {
    this.azure = azure;
  }

  public KubernetesSpec getKubernetes() {
    return kubernetes;
  }

  public void setKubernetes(KubernetesSpec kubernetes) {
    this.kubernetes = kubernetes;
  }

  public GitHubSpec getGithub() {
    return github;
  }

  public void setGithub(GitHubSpec github) {
    this.github = github;
  }

  public DeletionPolicy getDeletionPolicy() {
    return deletionPolicy;
  }

  public void setDeletionPolicy(DeletionPolicy deletionPolicy) {
    this.deletionPolicy = deletionPolicy;
  }
}
