package dev.allotment.claims;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/**
 * Every derived name has one owner: the first resource (by UID) that claims it. Another claimant is
 * refused, naming the owner; the claim is released when its owner is gone, except that a resource
 * deleted with Retain keeps the names its stack may hold for a successor of the same team and
 * stage; and a live owner's claims on names its spec no longer derives go as soon as no
 * infrastructure of theirs can be in its stack ({@link ClaimRelease}).
 */
public interface NameClaims {

  /**
   * Claims every name for {@code owner}; a name it owns already costs nothing.
   *
   * @return the first name another owns, as a message naming the owner; empty when all are ours
   */
  Optional<String> acquire(HasMetadata owner, String team, String stage, List<ClaimedName> names);

  /**
   * Before an up whose program derives {@code names}: marks the owner's claims on them applied (see
   * {@link ClaimRelease}). Returns once the marks are stored, so no up runs with an unmarked name.
   */
  void applying(HasMetadata owner, List<ClaimedName> names);

  /**
   * Releases the owner's claims on names its current spec no longer derives, where {@link
   * ClaimRelease#releasable} lets them go.
   *
   * @param derived the names the owner's current spec derives
   * @param upOfCurrentSpecSucceeded an up of exactly the current spec has just succeeded
   */
  void releaseUnderived(
      HasMetadata owner, List<ClaimedName> derived, boolean upOfCurrentSpecSucceeded);

  /**
   * The owner was deleted with Retain: the claims on names its stack may hold (applied ones) stay,
   * for the same team and stage only; the others go.
   */
  void retain(HasMetadata owner);

  /** The owner's infrastructure is gone: its claims go too. */
  void release(HasMetadata owner);

  /** Calls {@code listener} after a claim was released or changed hands. */
  default void onRelease(Runnable listener) {}

  /** No claims: for offline rendering, where no other resource exists. */
  NameClaims NONE =
      new NameClaims() {
        @Override
        public Optional<String> acquire(
            HasMetadata owner, String team, String stage, List<ClaimedName> names) {
          return Optional.empty();
        }

        @Override
        public void applying(HasMetadata owner, List<ClaimedName> names) {}

        @Override
        public void releaseUnderived(
            HasMetadata owner, List<ClaimedName> derived, boolean upOfCurrentSpecSucceeded) {}

        @Override
        public void retain(HasMetadata owner) {}

        @Override
        public void release(HasMetadata owner) {}
      };
}
