package dev.allotment.realengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.config.ProgramMode;
import dev.allotment.definition.ClusterConnections;
import dev.allotment.definition.StackDefinition;
import dev.allotment.definition.TeamEnvironmentDefinition;
import dev.allotment.engine.ProgramInputs;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.StackResult;
import dev.allotment.engine.automation.ProgramExecution;
import dev.allotment.policy.NamespaceBinding;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicySource;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.LauncherJar;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Program mode {@code process} on the real engine: the CLI starts Pulumi's Java language host,
 * which runs the operator's jar in a JVM of its own for the program; its inputs travel as stack
 * configuration, the cluster kubeconfig as a secret written through standard input.
 */
class ProcessModeOnRealEngineTest {

  private static final String PROJECT = "allotment-teamenvironment";
  private static final String REPOSITORY = "github:index/repository:Repository";
  private static final ClusterConnections NO_CLUSTERS =
      (namespace, name, team, stage) -> {
        throw new AssertionError("no Cluster here");
      };

  @RegisterExtension static final TestCluster CLUSTER = TestCluster.forAnyTeam();

  private final RealEngine real = RealEngine.inProcessMode();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, real);

  private final StackResources<TeamEnvironment> environments = operator.environments();

  @Test
  void aProgramRunByTheJavaLanguageHostCreatesTheEnvironment() throws Exception {
    TeamEnvironment created = environments.apply(Examples.development("real-process"));

    TeamEnvironment ready =
        environments.awaitCondition(
            created, ConditionType.READY, "True", Reason.UP_TO_DATE, RealEngine.OPERATION);

    assertThat(ready.getStatus().getOutputs())
        .containsEntry("namespace", "real-process-development")
        .containsEntry("resourceGroupName", "rg-real-process-development");
    assertThat(CLUSTER.client().namespaces().withName("real-process-development").get())
        .isNotNull();
    assertThat(real.pulumi().github().objects(REPOSITORY))
        .singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo("real-process-development"));
    // A local Java program: the project names the jar; the inputs are the stack's configuration,
    // the cluster credential slot a secret.
    StackRef ref = StackResources.ref(created);
    Path workDir = real.workDirectory(ref);
    assertThat(Files.readString(workDir.resolve("Pulumi.yaml")))
        .contains("name: java")
        .contains("binary: " + real.programJar());
    assertThat(Files.readString(workDir.resolve("Pulumi." + ref.stack() + ".yaml")))
        .contains("allotment:kind: teamenvironment")
        .contains("allotment:spec:")
        .contains("allotment:defaults:")
        .containsPattern("allotment:clusterKubeconfig:\\s+secure:");

    environments.delete(created);
    environments.awaitGone(created, RealEngine.OPERATION);
    assertThat(real.pulumi().github().objects(REPOSITORY)).isEmpty();
  }

  @Test
  void programsInTheirOwnProcessesRunAtTheSameTime() {
    // GitHub holds every repository create: each program stays inside its run.
    real.pulumi().github().hang(REPOSITORY);
    List<TeamEnvironment> created =
        List.of(
            environments.apply(Examples.development("real-left")),
            environments.apply(Examples.development("real-right")));

    // Both programs reached GitHub while the other still runs: two programs, two JVMs at once.
    await()
        .atMost(RealEngine.OPERATION)
        .until(() -> real.pulumi().github().creates(REPOSITORY) == 2);
    String jar = real.programJar().toString();
    assertThat(
            ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").endsWith("/java"))
                .filter(p -> p.info().commandLine().orElse("").contains(jar)))
        .hasSize(2);

    real.pulumi().github().heal(REPOSITORY);
    for (TeamEnvironment environment : created) {
      TeamEnvironment ready =
          environments.awaitCondition(
              environment, ConditionType.READY, "True", Reason.UP_TO_DATE, RealEngine.OPERATION);
      assertThat(ready.getStatus().getOutputs())
          .containsEntry("resourceGroupName", "rg-" + environment.getMetadata().getName());
    }
  }

  @Test
  void aStackUpdatedInlineMovesToProcessModeWithoutAChange() throws Exception {
    TeamEnvironment resource = Examples.development("real-move");
    // The resource's namespace is bound to its team, as a platform engineer binds it.
    var kind =
        new TeamEnvironmentDefinition(
            ProgramDefaults.none(),
            NO_CLUSTERS,
            PolicySource.none(),
            NamespaceSource.of(
                Map.of(
                    resource.getMetadata().getNamespace(),
                    Map.of(NamespaceBinding.TENANT_LABEL, "real-move")),
                Map.of()));
    StackRequest request = request(kind, resource);
    StackEngine inline = real.standalone(ProgramMode.INLINE);
    StackEngine process = real.standalone(ProgramMode.PROCESS);
    assertThat(upAsTheOperatorWould(inline, request).resourceChanges()).containsKey("create");

    try {
      // Same work directory, now with the project of a local program: the program run from the
      // stack's configuration declares exactly what the inline one did.
      StackResult up = process.up(request);

      // Not one cloud or Kubernetes resource changes. (Pulumi's own resources may: the explicit
      // create-only Kubernetes provider of the namespace shows as one update on a mode switch.)
      assertThat(up.changedResources()).isEmpty();
      assertThat(up.resourceChanges())
          .containsKey("same")
          .doesNotContainKeys("create", "delete", "replace");
      assertThat(up.outputs().get("resourceGroupName").value())
          .isEqualTo("rg-real-move-development");

      // A preview runs the program too (dry run) and sees a spec change.
      resource.getSpec().getContributors().add("erin-dev");
      StackResult preview = process.preview(request(kind, resource));
      assertThat(preview.resourceChanges()).containsEntry("create", 1);
      // A plan line names the step and a digest of its inputs (what an approval binds to).
      assertThat(preview.changedResources())
          .singleElement()
          .asString()
          .matches(
              "create github:index/teamMembership:TeamMembership real-move-development-erin-dev"
                  + " inputs [0-9a-f]{12}");
    } finally {
      process.destroy(request);
    }
  }

  @Test
  void anExceptionOfTheProgramProcessIsTheFailureMessage() {
    // No defaults and no spec: the program process refuses its configuration.
    var inputs = new ProgramInputs(Map.of("allotment:kind", "teamenvironment"), Map.of());

    assertThatThrownBy(() -> real.standalone(ProgramMode.PROCESS).up(broken(inputs)))
        .isInstanceOf(StackOperationException.class)
        .hasMessageStartingWith(
            "java.lang.IllegalStateException: the stack configuration holds no"
                + " allotment:defaults")
        // The report starts with the program's command line and ends with stack frames.
        .hasMessageNotContaining("Running program")
        .hasMessageNotContaining("at dev.allotment");
  }

  @Test
  void aProgramProcessThatDiesBeforeItRunsLeavesItsStderrInTheMessage() {
    Path jar = LauncherJar.write(operator.state(), "dev.allotment.NoSuchMain");
    StackEngine engine = real.standalone(ProgramExecution.process(jar));
    var inputs = new ProgramInputs(Map.of("allotment:kind", "teamenvironment"), Map.of());

    assertThatThrownBy(() -> engine.up(broken(inputs)))
        .isInstanceOf(StackOperationException.class)
        .hasMessageContaining("exited with non-zero exit code: 1")
        .hasMessageContaining(
            "program stderr: Error: Could not find or load main class dev.allotment.NoSuchMain");
  }

  /**
   * An up, tried a second time when the Kubernetes provider crashed, as the operator retries it.
   * The pinned provider sometimes panics with a nil object in Create while it awaits the deployer's
   * service-account token Secret (provider.go:1695, "exited prematurely"); the next up finds the
   * Secret and goes on.
   */
  private static StackResult upAsTheOperatorWould(StackEngine engine, StackRequest request)
      throws StackOperationException {
    try {
      return engine.up(request);
    } catch (StackOperationException e) {
      if (!String.valueOf(e.getMessage()).contains("exited prematurely")) {
        throw e;
      }
      return engine.up(request);
    }
  }

  private static StackRequest broken(ProgramInputs inputs) {
    return new StackRequest(StackRef.of(PROJECT, CLUSTER.namespace(), "broken"), ctx -> {}, inputs);
  }

  private static StackRequest request(TeamEnvironmentDefinition kind, TeamEnvironment resource)
      throws Exception {
    StackDefinition.Prepared prepared = kind.prepare(resource);
    return new StackRequest(kind.stackRef(resource), prepared.program(), prepared.inputs());
  }
}
