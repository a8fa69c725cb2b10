package dev.allotment.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackRef;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A resource deleted while its {@code pulumi up} runs: the update is not abandoned half-way; it
 * finishes, then destroy runs, and only then is the finalizer removed.
 */
class DeleteDuringUpdateTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, engine);
  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);

  /** What the engine saw when an operation started. */
  record Start(
      OperationKind kind,
      Instant at,
      int othersRunning,
      boolean deployed,
      boolean finalizerPresent) {}

  @AfterEach
  void cleanUp() {
    engine.release();
    environments.deleteAll();
  }

  @Test
  void theRunningUpdateFinishesThenDestroyRunsThenTheFinalizerGoes() {
    List<Start> starts = new CopyOnWriteArrayList<>();
    engine.beforeOperation(
        call ->
            starts.add(
                new Start(
                    call.kind(),
                    Instant.now(),
                    engine.running(),
                    engine.isDeployed(call.ref()),
                    environments
                        .find(Examples.development())
                        .map(r -> !r.getMetadata().getFinalizers().isEmpty())
                        .orElse(false))));
    engine.hold();
    TeamEnvironment created = environments.apply(Examples.development());
    StackRef ref = StackResources.ref(created);
    environments.awaitCondition(created, ConditionType.RECONCILING, "True", Reason.UPDATE_RUNNING);
    await().atMost(StackResources.DEADLINE).until(() -> engine.running() == 1);

    environments.delete(created);

    // While the update runs, the resource stays, marked for deletion, and nothing is destroyed.
    await()
        .during(Duration.ofMillis(500))
        .atMost(StackResources.DEADLINE)
        .until(
            () ->
                engine.count(OperationKind.DESTROY) == 0
                    && environments
                        .find(created)
                        .filter(r -> r.getMetadata().getDeletionTimestamp() != null)
                        .filter(r -> !r.getMetadata().getFinalizers().isEmpty())
                        .isPresent());

    Instant released = Instant.now();
    engine.release();

    environments.awaitGone(created);
    assertThat(starts)
        .extracting(Start::kind)
        .containsExactly(OperationKind.UP, OperationKind.DESTROY);
    Start destroy = starts.get(1);
    assertThat(destroy.at()).as("destroy started after the update was let go").isAfter(released);
    assertThat(destroy.othersRunning()).as("operations running when destroy started").isZero();
    assertThat(destroy.deployed()).as("the update had deployed the stack").isTrue();
    assertThat(destroy.finalizerPresent()).as("finalizer held while destroying").isTrue();
    assertThat(engine.count(OperationKind.UP, ref)).isEqualTo(1);
    assertThat(engine.count(OperationKind.DESTROY, ref)).isEqualTo(1);
    assertThat(engine.isDeployed(ref)).isFalse();
    assertThat(environments.findOutputsSecret(created)).isEmpty();
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () -> environments.eventReasons(created),
            r ->
                r.containsAll(
                    List.of(
                        Reason.UPDATE_STARTED,
                        Reason.UPDATE_SUCCEEDED,
                        Reason.DESTROY_STARTED,
                        Reason.DESTROY_SUCCEEDED)));
  }
}
