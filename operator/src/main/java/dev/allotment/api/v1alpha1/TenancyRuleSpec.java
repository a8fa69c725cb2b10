package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** Which teams and stages the namespaces matching {@code namespace} may order for. */
public class TenancyRuleSpec {

  /** A namespace name in which '*' stands for any run of characters. */
  public static final String NAMESPACE_GLOB_PATTERN = "^[a-z0-9*]([-a-z0-9*]*[a-z0-9*])?$";

  @Required
  @Pattern(NAMESPACE_GLOB_PATTERN)
  @Size(min = 1, max = 63)
  @JsonPropertyDescription(
      "Namespace of the TeamEnvironment or Cluster: an exact name (team-payments) or a glob in"
          + " which * matches any characters (team-*, *-sandbox, *).")
  private String namespace;

  @Required
  @Size(min = 1, max = 100)
  @JsonPropertyDescription(
      "Teams (spec.team) those namespaces may order for, or [\"*\"] for every team.")
  private List<@Pattern("^([a-z]([-a-z0-9]*[a-z0-9])?|[*])$") @Size(max = 30) String> teams;

  @Required
  @Size(min = 1, max = 4)
  @JsonPropertyDescription(
      "Stages (spec.stage) those namespaces may order for: development, test, production, or"
          + " [\"*\"] for every stage.")
  private List<@Pattern("^(development|test|production|[*])$") String> stages;

  public TenancyRuleSpec() {}

  public TenancyRuleSpec(String namespace, List<String> teams, List<String> stages) {
    this.namespace = namespace;
    this.teams = teams;
    this.stages = stages;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public List<String> getTeams() {
    return teams;
  }

  public void setTeams(List<String> teams) {
    this.teams = teams;
  }

  public List<String> getStages() {
    return stages;
  }

  public void setStages(List<String> stages) {
    this.stages = stages;
  }
}
