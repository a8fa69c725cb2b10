package dev.allotment.policy;

import static dev.allotment.api.v1alpha1.DeletionPolicy.Delete;
import static dev.allotment.api.v1alpha1.DeletionPolicy.Retain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which deletion policy holds when a resource is deleted. */
class DeletionPoliciesTest {

  static Stream<Arguments> table() {
    return Stream.of(
        // spec, last applied, policy requires Retain -> in force
        Arguments.of(Delete, null, false, Delete),
        Arguments.of(Retain, null, false, Retain),
        Arguments.of(Delete, Delete, false, Delete),
        Arguments.of(Retain, Retain, false, Retain),
        // Weakened in the spec but never applied: the applied Retain holds.
        Arguments.of(Delete, Retain, false, Retain),
        // Strengthened in the spec: holds at once, no update needed to be safer.
        Arguments.of(Retain, Delete, false, Retain),
        // A policy requiring Retain wins over everything.
        Arguments.of(Delete, Delete, true, Retain),
        Arguments.of(Delete, null, true, Retain));
  }

  @ParameterizedTest(name = "spec {0}, applied {1}, required {2} -> {3}")
  @MethodSource("table")
  void theStricterOfSpecAndAppliedHoldsUnlessAPolicyRequiresRetain(
      DeletionPolicy spec, DeletionPolicy applied, boolean required, DeletionPolicy inForce) {
    assertThat(DeletionPolicies.inForce(spec, applied, required).policy()).isEqualTo(inForce);
  }

  @ParameterizedTest(name = "applied {0}, desired {1}")
  @MethodSource("weakenings")
  void onlyRetainToDeleteIsAWeakeningToApprove(
      DeletionPolicy applied, DeletionPolicy desired, boolean weakening) {
    assertThat(DeletionPolicies.weakening(applied, desired).isPresent()).isEqualTo(weakening);
  }

  static Stream<Arguments> weakenings() {
    return Stream.of(
        Arguments.of(Retain, Delete, true),
        Arguments.of(Delete, Retain, false),
        Arguments.of(Retain, Retain, false),
        Arguments.of(null, Delete, false),
        Arguments.of(Delete, Delete, false));
  }
}
