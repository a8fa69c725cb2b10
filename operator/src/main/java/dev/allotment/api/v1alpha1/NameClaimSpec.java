package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** What is claimed, and by whom. */
public class NameClaimSpec {

  @JsonPropertyDescription(
      "What kind of name: namespace (<cluster>/<namespace>), environment (<team>-<stage>: resource"
          + " group, identity, GitHub teams), repository (<organization>/<repository>, lowercase),"
          + " cluster (<provider>/<cluster name>).")
  private String kind;

  @JsonPropertyDescription("The claimed name, in full.")
  private String name;

  @JsonPropertyDescription("The TeamEnvironment or Cluster that owns the name.")
  private NameClaimOwner owner;

  @JsonPropertyDescription("The owner's spec.team.")
  private String team;

  @JsonPropertyDescription("The owner's spec.stage.")
  private String stage;

  @JsonPropertyDescription(
      "The owner was deleted with deletionPolicy Retain: its infrastructure still carries the name,"
          + " so only a resource of the same team and stage may take the claim over.")
  private Boolean retained;

  @JsonPropertyDescription(
      "An up that derives this name was started: the owner's stack may hold infrastructure of this"
          + " name until an up without it succeeds, so the claim stays until then even when the"
          + " owner's spec no longer derives the name. A claim that was never applied goes as soon"
          + " as the spec stops deriving its name.")
  private Boolean applied;

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public NameClaimOwner getOwner() {
    return owner;
  }

  public void setOwner(NameClaimOwner owner) {
    this.owner = owner;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public Boolean getApplied() {
    return applied;
  }

  public void setApplied(Boolean applied) {
    this.applied = applied;
  }

  public Boolean getRetained() {
    return retained;
  }

  public void setRetained(Boolean retained) {
    this.retained = retained;
  }
}
