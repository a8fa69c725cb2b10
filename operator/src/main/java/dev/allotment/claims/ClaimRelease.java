package dev.allotment.claims;

/**
 * Which of an owner's claims may go, and when. A claim protects a name for as long as
 * infrastructure of that name may be in the owner's stack, and no longer: otherwise one resource
 * that never gets an up (never approved, refused by a policy) could hold any number of names by
 * editing its spec.
 *
 * <p>What is known: a name is <i>applied</i> once an up was started with a program that derives it
 * (the claim is marked before the up is submitted, so no up can create a name whose claim is not
 * marked). Pulumi keeps a resource in the stack until an up whose program no longer declares it
 * succeeds; a failed up may have created it and left it in the state. So:
 *
 * <ul>
 *   <li>a name the current spec derives stays claimed: the next up needs it;
 *   <li>a name never applied is in no stack: it goes as soon as the spec stops deriving it;
 *   <li>an applied name the spec no longer derives goes once an up of the current spec has
 *       succeeded: that up deleted (a repository: archived) what carried it, and the stack no
 *       longer holds it. Until then, and after a failed up, it stays;
 *   <li>deleted with Retain, the stack and what it created stay: applied names stay claimed (for a
 *       successor of the same team and stage, see {@link NameClaims#retain}), the others go.
 * </ul>
 *
 * <p>A destroyed owner releases everything ({@link NameClaims#release}). A name that left the stack
 * but whose infrastructure outlives it (an archived repository) is then guarded by its provider,
 * whose create fails on an existing name, as after a destroy.
 */
public final class ClaimRelease {

  private ClaimRelease() {}

  /**
   * Whether a live owner's claim may go.
   *
   * @param derived the owner's current spec derives the name
   * @param applied an up was started with the name
   * @param upOfCurrentSpecSucceeded an up of exactly the current spec (which derives the names
   *     {@code derived} says) has just succeeded
   */
  public static boolean releasable(
      boolean derived, boolean applied, boolean upOfCurrentSpecSucceeded) {
    if (derived) {
      return false;
    }
    return !applied || upOfCurrentSpecSucceeded;
  }

  /** Whether the claim of an owner deleted with Retain stays (retained), rather than going. */
  public static boolean retainedOnDeletion(boolean applied) {
    return applied;
  }
}
