package dev.allotment.claims;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/**
 * Every derived name has one owner: the first resource (by UID) that claims it. Another claimant is
 * refused, naming the owner; the claim is released when its owner is gone, except that a resource
 * deleted with Retain keeps it for a successor of the same team and stage.
 */
public interface NameClaims {

  /**
   * Claims every name for {@code owner}; a name it owns already costs nothing.
   *
   * @return the first name another owns, as a message naming the owner; empty when all are ours
   */
  Optional<String> acquire(HasMetadata owner, String team, String stage, List<ClaimedName> names);

  /** The owner was deleted with Retain: its claims stay, for the same team and stage only. */
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
        public void retain(HasMetadata owner) {}

        @Override
        public void release(HasMetadata owner) {}
      };
}
