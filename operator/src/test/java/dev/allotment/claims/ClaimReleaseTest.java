package dev.allotment.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which claims a live or retained owner lets go (issue 21, item 7), row by row. */
class ClaimReleaseTest {

  @ParameterizedTest(name = "derived {0}, applied {1}, up of the spec succeeded {2}: release {3}")
  @CsvSource({
    // The current spec needs it: never released while the owner lives.
    "true, false, false, false",
    "true, true, false, false",
    "true, true, true, false",
    // Never in any up: in no stack, goes at once.
    "false, false, false, true",
    "false, false, true, true",
    // In an up: stays until an up of the current spec (which drops it) succeeded.
    "false, true, false, false",
    "false, true, true, true"
  })
  void aLiveOwnersClaimGoesOnlyWhenNoStackCanHoldItsName(
      boolean derived, boolean applied, boolean upSucceeded, boolean released) {
    assertThat(ClaimRelease.releasable(derived, applied, upSucceeded)).isEqualTo(released);
  }

  @ParameterizedTest(name = "applied {0}: retained {1}")
  @CsvSource({"true, true", "false, false"})
  void deletedWithRetainOnlyWhatTheStackMayHoldStaysClaimed(boolean applied, boolean retained) {
    assertThat(ClaimRelease.retainedOnDeletion(applied)).isEqualTo(retained);
  }
}
