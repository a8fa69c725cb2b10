package dev.allotment.realengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestAssets;
import dev.allotment.testing.TestCluster;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operator's pod dies in the middle of a {@code pulumi up}: its JVM and everything under it
 * (the CLI, the Kubernetes provider) are killed at once, as the kubelet does, with no chance to
 * release the stack's lock or record anything. A new operator over the same state heals the lock
 * and the pending create and finishes, creating nothing twice.
 */
class OperatorKilledOnRealEngineTest {

  private static final String REPOSITORY = "github:index/repository:Repository";

  @RegisterExtension static final TestCluster CLUSTER = TestCluster.forAnyTeam();

  private final RealEngine real = RealEngine.inline();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, real);

  private final StackResources<TeamEnvironment> environments = operator.environments();

  @Test
  void aNewOperatorHealsWhatAKilledOneLeftAndCreatesNothingTwice() throws Exception {
    // The operator runs as a process of its own, as in its pod; GitHub creates the repository but
    // its answer never arrives, so the update is mid-flight with a pending create.
    operator.stop();
    real.pulumi().github().hangAfterCreate(REPOSITORY);
    Process pod = startOperatorProcess();
    TeamEnvironment created;
    try {
      created = environments.apply(Examples.development("real-killed"));
      await()
          .atMost(RealEngine.OPERATION)
          .until(
              () ->
                  real.pulumi().github().objects(REPOSITORY).size() == 1
                      && pod.descendants().anyMatch(OperatorKilledOnRealEngineTest::isCli));
    } finally {
      killWithEverythingUnderIt(pod);
    }
    real.pulumi().github().heal(REPOSITORY);

    // What the dead pod left: the stack's lock, and a status that says the update runs.
    Path locks = real.locks(StackResources.ref(created));
    assertThat(lockFiles(locks)).hasSize(1);
    TeamEnvironment interrupted = environments.get(created);
    assertThat(StackResources.condition(interrupted, ConditionType.RECONCILING).getReason())
        .isEqualTo(Reason.UPDATE_RUNNING);
    assertThat(interrupted.getStatus().getStack().getCurrentUpdate().getResult())
        .isEqualTo("running");

    operator.start();

    TeamEnvironment ready =
        environments.awaitCondition(
            created, ConditionType.READY, "True", Reason.UP_TO_DATE, RealEngine.OPERATION);
    assertThat(ready.getStatus().getStack().getCurrentUpdate()).isNull();
    assertThat(ready.getStatus().getStack().getLastUpdate().getResult()).isEqualTo("succeeded");
    assertThat(ready.getStatus().getOutputs())
        .containsEntry("repository", "nordic-retail/real-killed-development");
    // The repository the dead update created is the one the stack manages: adopted, not created a
    // second time (GitHub refuses a second repository of one name).
    assertThat(real.pulumi().github().creates(REPOSITORY)).isEqualTo(1);
    assertThat(real.pulumi().github().objects(REPOSITORY)).hasSize(1);
    assertThat(lockFiles(locks)).isEmpty();
  }

  /** {@code java -jar} of the operator, configured by environment as the Helm chart does. */
  private Process startOperatorProcess() throws IOException {
    Path state = operator.state();
    var command =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx512m",
                "-jar",
                real.programJar().toString())
            .redirectErrorStream(true)
            .redirectOutput(state.resolve("operator.log").toFile());
    Map<String, String> env = command.environment();
    env.putAll(real.pulumi().environment());
    env.put("KUBECONFIG", CLUSTER.kubeconfig().toString());
    env.put("ALLOTMENT_WATCH_NAMESPACES", CLUSTER.namespace());
    env.put("ALLOTMENT_STATE_DIR", state.toString());
    env.put("PULUMI_BACKEND_URL", "file://" + state.resolve("backend"));
    env.put("ALLOTMENT_PROGRAM_MODE", "inline");
    env.put("ALLOTMENT_PULUMI_BINARY", TestAssets.pulumi().path("PULUMI").toString());
    env.put("ALLOTMENT_HTTP_PORT", Integer.toString(freePort()));
    env.put("ALLOTMENT_RETRY_INITIAL_DELAY", "1s");
    return command.start();
  }

  /**
   * Stops the process and all its descendants first, then kills them: nothing under it sees its
   * parent go and gets a chance to clean up.
   */
  private static void killWithEverythingUnderIt(Process process) throws Exception {
    List<ProcessHandle> tree =
        Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
    List<String> stop = new ArrayList<>(List.of("kill", "-STOP"));
    tree.forEach(p -> stop.add(Long.toString(p.pid())));
    new ProcessBuilder(stop).inheritIO().start().waitFor();
    tree.forEach(ProcessHandle::destroyForcibly);
    await()
        .atMost(StackResources.DEADLINE)
        .until(() -> tree.stream().noneMatch(ProcessHandle::isAlive));
  }

  private static boolean isCli(ProcessHandle process) {
    return process.info().command().orElse("").endsWith("/pulumi");
  }

  /** The lock files (the file backend keeps an {@code .attrs} file beside each). */
  private static List<Path> lockFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).toList();
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
