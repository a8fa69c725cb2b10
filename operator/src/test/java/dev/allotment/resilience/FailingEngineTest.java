package dev.allotment.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationKind;
import dev.allotment.status.Backoff;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import dev.allotment.testing.TestConfigs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An engine that fails every time: the operator keeps retrying with capped exponential backoff,
 * records each attempt in status, and never spins.
 */
class FailingEngineTest {

  private static final Duration INITIAL = Duration.ofMillis(100);
  private static final Duration MAX = Duration.ofMillis(400);
  private static final Backoff BACKOFF = new Backoff(INITIAL, MAX);
  private static final Duration WINDOW = Duration.ofSeconds(3);
  private static final String FAILURE =
      "azure-native:resources:ResourceGroup rg-payments-development: quota exceeded in westeurope";

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  /** The operator's own configuration path, with a backoff short enough to watch. */
  @RegisterExtension
  final RunningOperator operator =
      RunningOperator.on(CLUSTER, engine)
          .configure(
              test ->
                  TestConfigs.fromEnvironment(
                      CLUSTER.namespace(),
                      test,
                      Map.of(
                          "ALLOTMENT_OPERATION_CONCURRENCY",
                          "2",
                          "ALLOTMENT_RESYNC_INTERVAL",
                          "1h",
                          "ALLOTMENT_RETRY_INITIAL_DELAY",
                          INITIAL.toMillis() + "ms",
                          "ALLOTMENT_RETRY_MAX_DELAY",
                          MAX.toMillis() + "ms")))
          .startedByTheTest();

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private final List<Instant> attempts = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startOperator() {
    engine.failNextUps(1_000, FAILURE);
    engine.beforeOperation(
        call -> {
          if (call.kind() == OperationKind.UP) {
            attempts.add(Instant.now());
          }
        });
    operator.start();
  }

  @AfterEach
  void cleanUp() {
    environments.deleteAll();
  }

  @Test
  void backoffIsCappedRecordedInStatusAndNeverAHotLoop() {
    TeamEnvironment created = environments.apply(Examples.development());

    // Watch the status while attempts pile up: attempt number -> what status said about it.
    Map<Integer, TeamEnvironment> seen = new ConcurrentSkipListMap<>();
    await()
        .atMost(StackResources.DEADLINE)
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              TeamEnvironment current = environments.get(created);
              if (current.getStatus() != null && current.getStatus().getRetry() != null) {
                seen.putIfAbsent(current.getStatus().getRetry().getAttempts(), current);
              }
              return !attempts.isEmpty()
                  && Duration.between(attempts.get(0), Instant.now()).compareTo(WINDOW) > 0
                  && seen.keySet().stream().anyMatch(n -> n >= 6);
            });

    // Each failure is reported with the engine's message and counted. The next attempt may be
    // running right now (the backoff is capped at a second here): look between two attempts.
    TeamEnvironment latest =
        environments.awaitCondition(created, ConditionType.READY, "False", Reason.UPDATE_FAILED);
    assertThat(StackResources.condition(latest, ConditionType.READY).getStatus())
        .isEqualTo("False");
    assertThat(StackResources.condition(latest, ConditionType.READY).getReason())
        .isEqualTo(Reason.UPDATE_FAILED);
    assertThat(StackResources.condition(latest, ConditionType.READY).getMessage())
        .contains(FAILURE);
    assertThat(StackResources.condition(latest, ConditionType.RECONCILING).getReason())
        .isEqualTo(Reason.RETRY_SCHEDULED);
    assertThat(latest.getStatus().getStack().getLastUpdate().getMessage()).contains(FAILURE);
    assertThat(new ArrayList<>(seen.keySet())).as("attempt counts seen in status").isSorted();

    // The announced delay doubles from the initial one, reaches the cap and stays there.
    for (var entry : seen.entrySet()) {
      int attempt = entry.getKey();
      String announced =
          StackResources.condition(entry.getValue(), ConditionType.RECONCILING).getMessage();
      assertThat(announced)
          .as("retry message after attempt %d", attempt)
          .isEqualTo(
              "attempt "
                  + attempt
                  + " failed; next attempt in "
                  + BACKOFF.delayAfter(attempt).toMillis()
                  + "ms");
    }
    assertThat(seen.keySet()).anyMatch(n -> BACKOFF.delayAfter(n).equals(MAX) && n >= 4);
    // Recorded next attempt times are spaced at least by the delays in between.
    List<Integer> numbers = new ArrayList<>(seen.keySet());
    for (int i = 1; i < numbers.size(); i++) {
      int from = numbers.get(i - 1);
      int to = numbers.get(i);
      Duration spacing =
          Duration.between(
              Instant.parse(seen.get(from).getStatus().getRetry().getNextAttemptTime()),
              Instant.parse(seen.get(to).getStatus().getRetry().getNextAttemptTime()));
      Duration delays = Duration.ZERO;
      for (int n = from + 1; n <= to; n++) {
        delays = delays.plus(BACKOFF.delayAfter(n));
      }
      assertThat(spacing).as("next attempt time %d to %d", from, to).isGreaterThanOrEqualTo(delays);
    }

    // No attempt comes before its backoff has passed: no hot loop, whatever triggers reconciles.
    List<Instant> starts = List.copyOf(attempts);
    for (int i = 1; i < starts.size(); i++) {
      assertThat(Duration.between(starts.get(i - 1), starts.get(i)))
          .as("time between attempt %d and %d", i, i + 1)
          .isGreaterThanOrEqualTo(BACKOFF.delayAfter(i));
    }
    Instant windowStart = starts.get(0);
    long inWindow = starts.stream().filter(t -> t.isBefore(windowStart.plus(WINDOW))).count();
    assertThat(inWindow)
        .as("attempts within %s of the first", WINDOW)
        .isBetween(3L, (long) mostAttemptsWithin(WINDOW));
  }

  /** The most attempts the backoff allows in a window that opens with an attempt. */
  private static int mostAttemptsWithin(Duration window) {
    int attempts = 1;
    Duration elapsed = BACKOFF.delayAfter(1);
    while (elapsed.compareTo(window) < 0) {
      attempts++;
      elapsed = elapsed.plus(BACKOFF.delayAfter(attempts));
    }
    return attempts;
  }
}
