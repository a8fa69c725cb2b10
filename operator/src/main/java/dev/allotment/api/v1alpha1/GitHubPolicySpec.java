package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** Where team repositories may live, and who may be in their teams. */
public class GitHubPolicySpec {

  @Size(max = 100)
  @JsonPropertyDescription(
      "GitHub organizations TeamEnvironments may create repositories and teams in"
          + " (spec.github.organization, also when it comes from the operator's default), e.g."
          + " [nordic-retail]. Compared case-insensitively, as GitHub does. Empty ([]): none."
          + " Absent: every organization.")
  private List<@Pattern("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$") @Size(max = 39) String>
      allowedOrganizations;

  @Size(max = 100)
  @JsonPropertyDescription(
      "Template repositories TeamEnvironments may create their repository from"
          + " (spec.github.template), as <owner>/<repository>; * matches any characters, e.g."
          + " [nordic-retail/template-*]. Compared case-insensitively. Empty ([]): none. Absent:"
          + " every repository the operator's GitHub token can read, which may include ones the"
          + " team cannot.")
  private List<
          @Pattern("^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}/[A-Za-z0-9._*-]{1,100}$") @Size(max = 140)
          String>
      allowedTemplates;

  @Size(min = 1, max = 100)
  @JsonPropertyDescription(
      "Repository names TeamEnvironments may create (spec.github.repository, also the default"
          + " <team>-<stage>); * matches any characters, {team} stands for the team and {stage} for"
          + " the stage, e.g. [\"{team}-{stage}\", \"{team}-{stage}-*\"]. Compared"
          + " case-insensitively, as GitHub does. Absent: {team}-{stage} and {team}-{stage}-*, so"
          + " that a team takes neither another team's names nor another stage's. A list without"
          + " {team} lets every team take those names. Names starting with '.' (the organization's"
          + " .github and the like) are refused whatever the list says.")
  private List<@Pattern("^[A-Za-z0-9._*{}-]{1,140}$") @Size(max = 140) String> allowedRepositories;

  @Size(min = 1, max = 10000)
  @JsonPropertyDescription(
      "GitHub logins TeamEnvironments may list as owners and contributors (spec.owners,"
          + " spec.contributors): the members of the organization the platform keeps, e.g."
          + " [alice-nordic, bob-dev]. Compared case-insensitively, as GitHub does. A login outside"
          + " the list stalls the TeamEnvironment (GitHubLoginNotAllowed) before anything runs."
          + " Independently of this list, the program asks GitHub and adds nobody who is not a"
          + " member: Allotment never invites into an organization. Absent: every login.")
  private List<@Pattern(TeamEnvironmentSpec.LOGIN_PATTERN) @Size(max = 39) String> allowedMembers;

  public List<String> getAllowedRepositories() {
    return allowedRepositories;
  }

  public void setAllowedRepositories(List<String> allowedRepositories) {
    this.allowedRepositories = allowedRepositories;
  }

  public List<String> getAllowedMembers() {
    return allowedMembers;
  }

  public void setAllowedMembers(List<String> allowedMembers) {
    this.allowedMembers = allowedMembers;
  }

  public List<String> getAllowedTemplates() {
    return allowedTemplates;
  }

  public void setAllowedTemplates(List<String> allowedTemplates) {
    this.allowedTemplates = allowedTemplates;
  }

  public List<String> getAllowedOrganizations() {
    return allowedOrganizations;
  }

  public void setAllowedOrganizations(List<String> allowedOrganizations) {
    this.allowedOrganizations = allowedOrganizations;
  }
}
