package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;

/**
 * Caps that keep one team from taking the operator's share of everyone: operation slots, and the
 * shared GitHub token's rate limit. Each kind is counted on its own in its namespace, because a
 * Cluster and a TeamEnvironment cost very differently.
 */
public class LimitsPolicySpec {

  @Min(1)
  @JsonPropertyDescription(
      "Most TeamEnvironments one namespace may hold. Counted in order of creation: the ones"
          + " beyond the cap stall (NamespaceLimitReached) until others are deleted. One that"
          + " already has a stack is never stalled, so lowering the cap stops only new ones."
          + " Resources being deleted do not count. Absent: no cap.")
  private Integer maxTeamEnvironmentsPerNamespace;

  @Min(1)
  @JsonPropertyDescription(
      "Most Clusters one namespace may hold, counted as maxTeamEnvironmentsPerNamespace is."
          + " Absent: no cap.")
  private Integer maxClustersPerNamespace;

  @Min(1)
  @Max(220)
  @JsonPropertyDescription(
      "Most GitHub logins (owners and contributors together) one TeamEnvironment may list; more"
          + " stall it (MemberLimitReached) before anything runs. Every login is a team membership"
          + " the shared GitHub token keeps in sync. Absent: the spec's own limits (20 owners, 200"
          + " contributors).")
  private Integer maxMembersPerEnvironment;

  public Integer getMaxTeamEnvironmentsPerNamespace() {
    return maxTeamEnvironmentsPerNamespace;
  }

  public void setMaxTeamEnvironmentsPerNamespace(Integer maxTeamEnvironmentsPerNamespace) {
    this.maxTeamEnvironmentsPerNamespace = maxTeamEnvironmentsPerNamespace;
  }

  public Integer getMaxClustersPerNamespace() {
    return maxClustersPerNamespace;
  }

  public void setMaxClustersPerNamespace(Integer maxClustersPerNamespace) {
    this.maxClustersPerNamespace = maxClustersPerNamespace;
  }

  public Integer getMaxMembersPerEnvironment() {
    return maxMembersPerEnvironment;
  }

  public void setMaxMembersPerEnvironment(Integer maxMembersPerEnvironment) {
    this.maxMembersPerEnvironment = maxMembersPerEnvironment;
  }
}
