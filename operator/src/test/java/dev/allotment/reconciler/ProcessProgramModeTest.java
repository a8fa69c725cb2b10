package dev.allotment.reconciler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.AllotmentOperator;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.ProgramInputs;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.StackResult;
import dev.allotment.policy.PolicySource;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.EmulatedPulumi;
import dev.allotment.testing.Examples;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import dev.allotment.testing.TestConfigs;
import dev.allotment.testing.pulumi.PulumiCliEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Program mode {@code process} end to end: the production engine writes a local Java program's
 * project and the program's inputs as stack configuration, and the emulated CLI runs the program as
 * Pulumi's Java language host does, in a child JVM that sees only the {@code PULUMI_*} variables
 * and rebuilds the model from the configuration.
 */
class ProcessProgramModeTest {

  private static final String PROJECT = "allotment-teamenvironment";
  private static final StackRef BROKEN = StackRef.of(PROJECT, "team-x", "broken");
  private static final ClusterConnections NO_CLUSTERS =
      (namespace, name) -> {
        throw new AssertionError("no Cluster here");
      };

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  @TempDir Path state;

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private PulumiCliEmulator emulator;
  private OperatorConfig config;
  private StackEngine engine;
  private Path binary;
  private AllotmentOperator operator;

  @BeforeEach
  void setUp() {
    emulator = EmulatedPulumi.processEmulator(state.resolve("backend"));
    EmulatedPulumi.computeOutputsLikeTheRealProviders(emulator.cloud());
    config = TestConfigs.config(CLUSTER.namespace(), state, 2, ProgramDefaults.none());
    binary = state.resolve("opt/allotment-operator.jar");
    engine = EmulatedPulumi.processEngine(state, config, emulator, binary);
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
  void createBecomesReadyWithTheProgramRunInItsOwnProcess() throws Exception {
    operator =
        new AllotmentOperator(
            CLUSTER.client(), config, engine, Clock.systemUTC(), Optional.empty());
    operator.start();

    TeamEnvironment created = environments.apply(Examples.development());
    TeamEnvironment ready =
        environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    assertThat(ready.getStatus().getStack().getLastUpdate().getResourceChanges().get("create"))
        .isGreaterThan(20);
    assertThat(ready.getStatus().getOutputs())
        .containsEntry("resourceGroupName", "rg-payments-development")
        .containsEntry("namespace", "payments-development")
        .containsEntry("azureClientId", "0c1e2d3f-0000-4000-8000-00000000c11e")
        .containsEntry("repository", "nordic-retail/payments-development")
        .doesNotContainKey("kubeconfig");
    assertThat(
            StackResources.decoded(
                environments.findOutputsSecret(created).orElseThrow(), "kubeconfig"))
        .contains("token: " + EmulatedPulumi.DEPLOYER_TOKEN);

    // A local program: no inline language runtime (--client), the project names the jar.
    List<String> up =
        emulator.invocations().stream().filter(argv -> argv.get(0).equals("up")).findFirst().get();
    assertThat(up).noneMatch(a -> a.startsWith("--client")).contains("auto.local");
    Path workDir = state.resolve("workspaces").resolve(PROJECT).resolve(stack(created));
    assertThat(Files.readString(workDir.resolve("Pulumi.yaml")))
        .contains("name: java")
        .contains("binary: " + binary);
    // Inputs in the stack's configuration; the cluster credential slot is a secret.
    String stackConfig = Files.readString(workDir.resolve("Pulumi." + stack(created) + ".yaml"));
    assertThat(stackConfig)
        .contains("allotment:kind: teamenvironment")
        .contains("allotment:spec:")
        .contains("allotment:defaults:")
        .containsPattern("allotment:clusterKubeconfig:\\s+secure:");
  }

  @Test
  void aStackUpdatedInlineMovesToProcessModeWithoutAChange() throws Exception {
    var kind =
        new TeamEnvironmentKind(
            ProgramDefaults.none(), NO_CLUSTERS, PolicySource.none(), Examples.bindings());
    TeamEnvironment resource = Examples.development();
    StackKind.Prepared prepared = kind.prepare(resource);
    var request = new StackRequest(kind.stackRef(resource), prepared.program(), prepared.inputs());
    StackEngine inline = EmulatedPulumi.productionEngine(state, config, emulator);
    assertThat(inline.up(request).resourceChanges()).containsKey("create");

    // Same work directory, now with the project of a local program (the old Pulumi.yaml is
    // replaced) and the program run from configuration: it declares exactly the same.
    StackResult up = engine.up(request);

    assertThat(up.resourceChanges()).containsOnlyKeys("same");
    assertThat(up.outputs().get("resourceGroupName").value()).isEqualTo("rg-payments-development");

    // A preview runs the program too (dry run) and sees a spec change.
    resource.getSpec().getContributors().add("erin-dev");
    StackKind.Prepared changed = kind.prepare(resource);
    StackResult preview =
        engine.preview(
            new StackRequest(kind.stackRef(resource), changed.program(), changed.inputs()));
    assertThat(preview.resourceChanges()).containsEntry("create", 1);
    assertThat(preview.changedResources())
        .containsExactly(
            "create github:index/teamMembership:TeamMembership payments-development-erin-dev");
  }

  @Test
  void anExceptionOfTheProgramProcessIsTheFailureMessage() {
    // No defaults and no spec: the program process rejects its configuration.
    var inputs = new ProgramInputs(Map.of("allotment:kind", "teamenvironment"), Map.of());

    assertThatThrownBy(() -> engine.up(new StackRequest(BROKEN, ctx -> {}, inputs)))
        .isInstanceOf(StackOperationException.class)
        .hasMessageStartingWith(
            "java.lang.IllegalStateException: the stack configuration holds no"
                + " allotment:defaults")
        // The SDK's report starts with the program's command line and ends with stack frames.
        .hasMessageNotContaining("Running program")
        .hasMessageNotContaining("at dev.allotment");
  }

  @Test
  void aProgramProcessThatDiesBeforeItRunsLeavesItsStderrInTheMessage() {
    List<String> command = new ArrayList<>(EmulatedPulumi.programCommand());
    command.set(command.size() - 1, "dev.allotment.NoSuchMain");
    try (var broken =
        PulumiCliEmulator.builder()
            .backendDir(state.resolve("backend"))
            .localProgramCommand(binary -> command)
            .build()) {
      StackEngine brokenEngine = EmulatedPulumi.processEngine(state, config, broken, binary);
      var inputs = new ProgramInputs(Map.of("allotment:kind", "teamenvironment"), Map.of());

      assertThatThrownBy(() -> brokenEngine.up(new StackRequest(BROKEN, ctx -> {}, inputs)))
          .isInstanceOf(StackOperationException.class)
          .hasMessageContaining("exit status 1")
          .hasMessageContaining(
              "program stderr: Error: Could not find or load main class dev.allotment.NoSuchMain");
    }
  }

  private static String stack(TeamEnvironment resource) {
    return StackResources.ref(resource).stack();
  }
}
