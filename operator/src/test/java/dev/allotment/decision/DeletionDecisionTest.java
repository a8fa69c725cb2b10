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
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeletionDecisionTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  static Stream<Arguments> table() {
    return Stream.of(
        row("destroy succeeded", Action.DESTROYED, d -> d.destroyed = true),
        row("an update still runs", Action.WAIT_FOR_OPERATION, d -> d.inFlight = true),
        row(
            "spec says Retain",
            Action.RETAIN,
            d -> d.spec = DeletionPolicy.Retain,
            d -> d.status = applied(DeletionPolicy.Retain)),
        row(
            "Retain applied, Delete never applied",
            Action.RETAIN,
            d -> d.status = applied(DeletionPolicy.Retain)),
        row("policy requires Retain", Action.RETAIN, d -> d.retainRequired = true),
        row(
            "Retain even before any operation",
            Action.RETAIN,
            d -> d.spec = DeletionPolicy.Retain,
            d -> d.status = new StackResourceStatus()),
        row("no operation ever ran", Action.RELEASE, d -> d.status = new StackResourceStatus()),
        row("no status at all", Action.RELEASE, d -> d.status = null),
        row(
            "environments still on the cluster",
            Action.WAIT_FOR_DEPENDANTS,
            d -> d.dependants = List.of("web", "api")),
        row(
            "destroy failed, backoff pending",
            Action.WAIT_FOR_BACKOFF,
            d -> d.status = failed("destroy", NOW.plusSeconds(30))),
        row(
            "destroy failed, backoff over",
            Action.DESTROY,
            d -> d.status = failed("destroy", NOW.minusSeconds(1))),
        row(
            "an up failed: its backoff does not hold the destroy",
            Action.DESTROY,
            d -> d.status = failed("up", NOW.plusSeconds(30))),
        row(
            "destroy refused: the stack is another team's or stage's",
            Action.LEAVE_FOREIGN_STACK,
            d -> d.refused = DeletionDecision.Refusal.FOREIGN_STACK),
        row(
            "destroy refused: the stack records Retain",
            Action.RETAIN,
            d -> d.refused = DeletionDecision.Refusal.STACK_RETAINED),
        row(
            "a refusal wins over a spec that says Delete and a failed-destroy backoff",
            Action.RETAIN,
            d -> d.status = failed("destroy", NOW.plusSeconds(30)),
            d -> d.refused = DeletionDecision.Refusal.STACK_RETAINED),
        row("up to date, Delete", Action.DESTROY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(String description, Deleting deleting, Action expected) {
    assertThat(deleting.decide().action()).isEqualTo(expected);
  }

  @Test
  void theBackoffIsTheTimeLeftUntilTheNextAttempt() {
    var result = deleting(d -> d.status = failed("destroy", NOW.plusSeconds(30))).decide();
    assertThat(result.delay()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void waitingForDependantsNamesThemSorted() {
    var result = deleting(d -> d.dependants = List.of("web", "api")).decide();
    assertThat(result.message())
        .isEqualTo("not destroyed while TeamEnvironments use it: api, web; delete them first");
  }

  @Test
  void retainSaysWhy() {
    var result = deleting(d -> d.retainRequired = true).decide();
    assertThat(result.message()).isEqualTo("a PlatformPolicy requires Retain for this stage");
  }

  /**
   * What the decision sees of a resource being deleted: unless changed, spec and status say Delete,
   * its stack is up to date, nothing runs on it and nothing depends on it.
   */
  private static final class Deleting {
    DeletionPolicy spec = DeletionPolicy.Delete;
    boolean retainRequired;
    StackResourceStatus status = applied(DeletionPolicy.Delete);
    boolean destroyed;
    DeletionDecision.Refusal refused = DeletionDecision.Refusal.NONE;
    boolean inFlight;
    List<String> dependants = List.of();

    DeletionDecision.Result decide() {
      return DeletionDecision.decide(
          spec, retainRequired, status, destroyed, refused, inFlight, dependants, NOW);
    }
  }

  @SafeVarargs
  private static Deleting deleting(Consumer<Deleting>... changes) {
    Deleting deleting = new Deleting();
    for (Consumer<Deleting> change : changes) {
      change.accept(deleting);
    }
    return deleting;
  }

  @SafeVarargs
  private static Arguments row(String description, Action expected, Consumer<Deleting>... changes) {
    return Arguments.of(description, deleting(changes), expected);
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
