package dev.allotment.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.RetryStatus;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import dev.allotment.api.v1alpha1.UpdateRecord;
import dev.allotment.decision.DeletionDecision.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeletionDecisionTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private static final List<String> NONE = List.of();

  static Stream<Arguments> table() {
    return Stream.of(
        // description, spec policy, retain required, status, destroyed, in flight, dependants,
        // expected action
        Arguments.of(
            "destroy succeeded",
            DeletionPolicy.Delete,
            false,
            applied(DeletionPolicy.Delete),
            true,
            false,
            NONE,
            Action.DESTROYED),
        Arguments.of(
            "an update still runs",
            DeletionPolicy.Delete,
            false,
            applied(DeletionPolicy.Delete),
            false,
            true,
            NONE,
            Action.WAIT_FOR_OPERATION),
        Arguments.of(
            "spec says Retain",
            DeletionPolicy.Retain,
            false,
            applied(DeletionPolicy.Retain),
            false,
            false,
            NONE,
            Action.RETAIN),
        Arguments.of(
            "Retain applied, Delete never applied",
            DeletionPolicy.Delete,
            false,
            applied(DeletionPolicy.Retain),
            false,
            false,
            NONE,
            Action.RETAIN),
        Arguments.of(
            "policy requires Retain",
            DeletionPolicy.Delete,
            true,
            applied(DeletionPolicy.Delete),
            false,
            false,
            NONE,
            Action.RETAIN),
        Arguments.of(
            "Retain even before any operation",
            DeletionPolicy.Retain,
            false,
            new StackResourceStatus(),
            false,
            false,
            NONE,
            Action.RETAIN),
        Arguments.of(
            "no operation ever ran",
            DeletionPolicy.Delete,
            false,
            new StackResourceStatus(),
            false,
            false,
            NONE,
            Action.RELEASE),
        Arguments.of(
            "no status at all",
            DeletionPolicy.Delete,
            false,
            null,
            false,
            false,
            NONE,
            Action.RELEASE),
        Arguments.of(
            "environments still on the cluster",
            DeletionPolicy.Delete,
            false,
            applied(DeletionPolicy.Delete),
            false,
            false,
            List.of("web", "api"),
            Action.WAIT_FOR_DEPENDANTS),
        Arguments.of(
            "destroy failed, backoff pending",
            DeletionPolicy.Delete,
            false,
            failed("destroy", NOW.plusSeconds(30)),
            false,
            false,
            NONE,
            Action.WAIT_FOR_BACKOFF),
        Arguments.of(
            "destroy failed, backoff over",
            DeletionPolicy.Delete,
            false,
            failed("destroy", NOW.minusSeconds(1)),
            false,
            false,
            NONE,
            Action.DESTROY),
        Arguments.of(
            "an up failed: its backoff does not hold the destroy",
            DeletionPolicy.Delete,
            false,
            failed("up", NOW.plusSeconds(30)),
            false,
            false,
            NONE,
            Action.DESTROY),
        Arguments.of(
            "up to date, Delete",
            DeletionPolicy.Delete,
            false,
            applied(DeletionPolicy.Delete),
            false,
            false,
            NONE,
            Action.DESTROY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(
      String description,
      DeletionPolicy spec,
      boolean retainRequired,
      StackResourceStatus status,
      boolean destroyed,
      boolean inFlight,
      List<String> dependants,
      Action expected) {
    assertThat(
            DeletionDecision.decide(
                    spec, retainRequired, status, destroyed, inFlight, dependants, NOW)
                .action())
        .isEqualTo(expected);
  }

  @Test
  void theBackoffIsTheTimeLeftUntilTheNextAttempt() {
    var result =
        DeletionDecision.decide(
            DeletionPolicy.Delete,
            false,
            failed("destroy", NOW.plusSeconds(30)),
            false,
            false,
            NONE,
            NOW);
    assertThat(result.delay()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void waitingForDependantsNamesThemSorted() {
    var result =
        DeletionDecision.decide(
            DeletionPolicy.Delete,
            false,
            applied(DeletionPolicy.Delete),
            false,
            false,
            List.of("web", "api"),
            NOW);
    assertThat(result.message())
        .isEqualTo("not destroyed while TeamEnvironments use it: api, web; delete them first");
  }

  @Test
  void retainSaysWhy() {
    var result =
        DeletionDecision.decide(
            DeletionPolicy.Delete, true, applied(DeletionPolicy.Delete), false, false, NONE, NOW);
    assertThat(result.message()).isEqualTo("a PlatformPolicy requires Retain for this stage");
  }

  private static StackResourceStatus applied(DeletionPolicy policy) {
    StackResourceStatus status = new StackResourceStatus();
    StackStatus stack = new StackStatus();
    stack.setAppliedFingerprint("a");
    stack.setDeletionPolicy(policy);
    UpdateRecord last = new UpdateRecord();
    last.setOperation("up");
    last.setResult("succeeded");
    stack.setLastUpdate(last);
    status.setStack(stack);
    return status;
  }

  private static StackResourceStatus failed(String operation, Instant nextAttempt) {
    StackResourceStatus status = applied(DeletionPolicy.Delete);
    status.getStack().getLastUpdate().setOperation(operation);
    status.getStack().getLastUpdate().setResult("failed");
    status.setRetry(new RetryStatus(1, nextAttempt.toString()));
    return status;
  }
}
