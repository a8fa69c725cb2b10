package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;

/** The team's GitHub repository and where it lives. */
public class GitHubSpec {

  @Pattern("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$")
  @Size(max = 39)
  @JsonPropertyDescription("GitHub organization. Default: the operator's configured organization.")
  private String organization;

  @Pattern("^[A-Za-z0-9._-]+$")
  @Size(max = 100)
  @JsonPropertyDescription("Repository name. Default: <team>-<stage>.")
  private String repository;

  @JsonPropertyDescription("Repository visibility: private (default), internal or public.")
  private RepositoryVisibility visibility;

  @Pattern("^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$")
  @Size(max = 140)
  @JsonPropertyDescription(
      "Template repository to create the repository from, as <owner>/<repository>. Only used when"
          + " the repository is created.")
  private String template;

  public String getOrganization() {
    return organization;
  }

  public void setOrganization(String organization) {
    this.organization = organization;
  }

  public String getRepository() {
    return repository;
  }

  public void setRepository(String repository) {
    this.repository = repository;
  }

  public RepositoryVisibility getVisibility() {
    return visibility;
  }

  public void setVisibility(RepositoryVisibility visibility) {
    this.visibility = visibility;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }
}
