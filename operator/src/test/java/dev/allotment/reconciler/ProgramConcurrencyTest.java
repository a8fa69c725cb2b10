package dev.allotment.reconciler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.AllotmentOperator;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.StackEngine;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.EmulatedPulumi;
import dev.allotment.testing.Examples;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import dev.allotment.testing.TestConfigs;
import dev.allotment.testing.pulumi.Gate;
import dev.allotment.testing.pulumi.PulumiCliEmulator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two updates at once, with {@code ALLOTMENT_OPERATION_CONCURRENCY} 2: each program is held inside
 * its run (its resource group's create waits at a gate) until the test lets it go. With programs in
 * processes of their own both programs are inside their run at the same time; inline, the second
 * program cannot start before the first has finished, because pulumi-java's inline language runtime
 * admits one program per JVM (pulumi-java issue #30).
 */
class ProgramConcurrencyTest {

  private static final Duration DEADLINE = StackResources.DEADLINE;

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  @TempDir Path state;

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private PulumiCliEmulator emulator;
  private OperatorConfig config;
  private AllotmentOperator operator;
  private Gate payments;
  private Gate checkout;

  @BeforeEach
  void setUp() {
    CLUSTER.allowAnyTeam(); // payments and checkout, from one namespace
    emulator = EmulatedPulumi.processEmulator(state.resolve("backend"));
    EmulatedPulumi.computeOutputsLikeTheRealProviders(emulator.cloud());
    config = TestConfigs.config(CLUSTER.namespace(), state, 2, ProgramDefaults.none());
    payments = emulator.faults().blockOn("rg-payments-development");
    checkout = emulator.faults().blockOn("rg-checkout-development");
  }

  @AfterEach
  void tearDown() {
    emulator.faults().clear();
    if (operator != null) {
      environments.deleteAll();
      operator.close();
    }
    emulator.close();
  }

  @Test
  void programsInTheirOwnProcessesRunAtTheSameTime() {
    start(
        EmulatedPulumi.processEngine(
            state, config, emulator, state.resolve("allotment-operator.jar")));

    bothProgramsRunAtOnceThenFinish(applyBoth(), 2);
  }

  @Test
  void inlineProgramsRunAtTheSameTimeToo() {
    start(EmulatedPulumi.productionEngine(state, config, emulator));

    bothProgramsRunAtOnceThenFinish(applyBoth(), 0);
  }

  /**
   * @param processes program JVMs running while both programs are held: one each, or none inline
   */
  private void bothProgramsRunAtOnceThenFinish(List<TeamEnvironment> created, int processes) {
    // Both programs are inside their run, each held at its resource group, before either may
    // go on.
    await()
        .atMost(DEADLINE)
        .untilAsserted(
            () -> {
              assertThat(payments.isReached()).as("payments program at its gate").isTrue();
              assertThat(checkout.isReached()).as("checkout program at its gate").isTrue();
            });
    assertThat(payments.isReleased() || checkout.isReleased()).isFalse();
    assertThat(emulator.runningPrograms()).isEqualTo(processes);

    payments.release();
    checkout.release();
    for (TeamEnvironment r : created) {
      TeamEnvironment ready =
          environments.awaitCondition(r, ConditionType.READY, "True", Reason.UP_TO_DATE);
      // Each stack got its own program's resources and outputs.
      assertThat(ready.getStatus().getOutputs())
          .containsEntry("resourceGroupName", "rg-" + r.getMetadata().getName());
    }
  }

  private void start(StackEngine engine) {
    operator =
        new AllotmentOperator(
            CLUSTER.client(), config, engine, Clock.systemUTC(), Optional.empty());
    operator.start();
  }

  /** payments-development and checkout-development: same stage, two teams, two stacks. */
  private List<TeamEnvironment> applyBoth() {
    TeamEnvironment checkoutEnvironment = Examples.development();
    checkoutEnvironment.getMetadata().setName("checkout-development");
    checkoutEnvironment.getSpec().setTeam("checkout");
    return List.of(
        environments.apply(Examples.development()), environments.apply(checkoutEnvironment));
  }
}
