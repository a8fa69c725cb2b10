package dev.allotment.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FingerprintUpgradeTest {

  static Stream<Arguments> table() {
    return Stream.of(
        // description, applied, legacy, current, expected
        Arguments.of("old form of today's inputs", "old", "old", "new", Optional.of("new")),
        Arguments.of("already the new form", "new", "old", "new", Optional.empty()),
        Arguments.of("old form of other inputs", "older", "old", "new", Optional.empty()),
        Arguments.of("never applied", null, "old", "new", Optional.empty()),
        Arguments.of("both forms equal", "same", "same", "same", Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(
      String description,
      String applied,
      String legacy,
      String current,
      Optional<String> expected) {
    assertThat(FingerprintUpgrade.upgrade(applied, legacy, current)).isEqualTo(expected);
  }
}
