package dev.allotment.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.RetryStatus;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import dev.allotment.api.v1alpha1.UpdateRecord;
import dev.allotment.decision.UpdateDecision.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UpdateDecisionTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  static Stream<Arguments> table() {
    return Stream.of(
        // description, status, desired fingerprint, in flight, expected action
        Arguments.of("new resource", status(null, null, null), Optional.of("a"), false, Action.UP),
        Arguments.of(
            "operation running",
            status(null, null, null),
            Optional.of("a"),
            true,
            Action.WAIT_FOR_OPERATION),
        Arguments.of(
            "running wins over invalid spec",
            status(null, null, null),
            Optional.empty(),
            true,
            Action.WAIT_FOR_OPERATION),
        Arguments.of(
            "invalid spec", status("a", "succeeded", null), Optional.empty(), false, Action.STALL),
        Arguments.of(
            "applied and unchanged",
            status("a", "succeeded", null),
            Optional.of("a"),
            false,
            Action.UP_TO_DATE),
        Arguments.of(
            "spec changed", status("a", "succeeded", null), Optional.of("b"), false, Action.UP),
        Arguments.of(
            "same inputs failed, backoff pending",
            failed("b", NOW.plusSeconds(30)),
            Optional.of("b"),
            false,
            Action.WAIT_FOR_BACKOFF),
        Arguments.of(
            "same inputs failed, backoff over",
            failed("b", NOW.minusSeconds(1)),
            Optional.of("b"),
            false,
            Action.UP),
        Arguments.of(
            "spec changed after failure: retry at once",
            failed("b", NOW.plusSeconds(30)),
            Optional.of("c"),
            false,
            Action.UP),
        Arguments.of(
            "failed with no retry recorded",
            status("a", "failed", "b"),
            Optional.of("b"),
            false,
            Action.UP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(
      String description,
      StackResourceStatus status,
      Optional<String> desired,
      boolean inFlight,
      Action expected) {
    assertThat(UpdateDecision.decide(status, desired, inFlight, NOW).action()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void waitsOnlyForBackoff(
      String description,
      StackResourceStatus status,
      Optional<String> desired,
      boolean inFlight,
      Action expected) {
    var result = UpdateDecision.decide(status, desired, inFlight, NOW);
    if (expected == Action.WAIT_FOR_BACKOFF) {
      assertThat(result.delay()).isEqualTo(Duration.ofSeconds(30));
    } else {
      assertThat(result.delay()).isZero();
    }
  }

  private static StackResourceStatus status(
      String applied, String lastResult, String lastFingerprint) {
    var status = new StackResourceStatus();
    if (applied == null && lastResult == null) {
      return status;
    }
    var stack = new StackStatus();
    stack.setAppliedFingerprint(applied);
    var last = new UpdateRecord();
    last.setResult(lastResult);
    last.setFingerprint(lastFingerprint == null ? applied : lastFingerprint);
    stack.setLastUpdate(last);
    status.setStack(stack);
    return status;
  }

  private static StackResourceStatus failed(String fingerprint, Instant nextAttempt) {
    var status = status("a", "failed", fingerprint);
    status.setRetry(new RetryStatus(1, nextAttempt.toString()));
    return status;
  }
}
