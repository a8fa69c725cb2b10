package dev.allotment.policy;

import dev.allotment.api.v1alpha1.DeletionPolicy;

/**
 * Which deletion policy holds when a resource is deleted. Pure: each branch is a row of a table
 * test. The spec alone is not enough: a team that may edit the resource could otherwise switch
 * production from Retain to Delete and delete it in one breath, past any approval. So the policy
 * the last successful update applied counts too, and the stricter of the two wins; a PlatformPolicy
 * can require Retain for the stage outright.
 */
public final class DeletionPolicies {

  /** The policy in force and why, for the event that reports it. */
  public record InForce(DeletionPolicy policy, String why) {}

  private DeletionPolicies() {}

  /**
   * @param spec the resource's deletion policy now (its spec, or the stage's default)
   * @param applied the policy the last successful up applied; null before the first one, or when it
   *     was recorded by an operator that did not record it
   * @param retainRequired a PlatformPolicy requires Retain for the resource's stage
   */
  public static InForce inForce(
      DeletionPolicy spec, DeletionPolicy applied, boolean retainRequired) {
    if (retainRequired) {
      return new InForce(DeletionPolicy.Retain, "a PlatformPolicy requires Retain for this stage");
    }
    if (applied == DeletionPolicy.Retain && spec == DeletionPolicy.Delete) {
      return new InForce(
          DeletionPolicy.Retain,
          "the last applied update had Retain; the change to Delete was never applied");
    }
    return new InForce(
        spec, spec == DeletionPolicy.Retain ? "the resource's deletionPolicy" : "deletionPolicy");
  }

  /**
   * The plan line a weakening adds: with Manual approval a change from Retain to Delete needs an
   * approval even when no cloud resource changes. Empty when nothing is weakened.
   */
  public static java.util.Optional<String> weakening(
      DeletionPolicy applied, DeletionPolicy desired) {
    return applied == DeletionPolicy.Retain && desired == DeletionPolicy.Delete
        ? java.util.Optional.of("update deletionPolicy Retain -> Delete")
        : java.util.Optional.empty();
  }
}
