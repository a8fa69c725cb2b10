package dev.allotment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.examples.RepositoryPaths;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.RealPulumi;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestAssets;
import dev.allotment.testing.TestCluster;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar the build ships, {@code operator/target/allotment-operator.jar} with its {@code lib/},
 * run as the README and the image run it ({@code java -jar}, nothing of the test classpath). An
 * integration test (failsafe): Maven runs it after {@code package} has built the jar.
 */
class ShippedJarIT {

  @RegisterExtension static final TestCluster CLUSTER = TestCluster.forAnyTeam();

  private static final Path TARGET = RepositoryPaths.root().resolve("operator").resolve("target");
  private static final Path JAR = TARGET.resolve("allotment-operator.jar");

  /** How long a command of the jar may take on a busy 2-core machine (a JVM start and a render). */
  private static final Duration COMMAND = Duration.ofMinutes(3);

  @TempDir Path temp;

  @Test
  void theJarRunsTheOperatorsMainFromItsOwnLib() throws IOException {
    Manifest manifest;
    try (JarFile jar = new JarFile(JAR.toFile())) {
      manifest = jar.getManifest();
    }
    String main = manifest.getMainAttributes().getValue("Main-Class");
    List<String> classPath =
        Arrays.asList(manifest.getMainAttributes().getValue("Class-Path").trim().split(" +"));

    assertThat(main).isEqualTo("dev.allotment.Main");
    assertThat(classPath)
        .isNotEmpty()
        .allSatisfy(entry -> assertThat(entry).startsWith("lib/"))
        .allSatisfy(entry -> assertThat(TARGET.resolve(entry)).isRegularFile())
        // The test scope stays out of the operator.
        .noneMatch(entry -> entry.matches("lib/(junit|assertj|awaitility|mockwebserver).*"));
  }

  @Test
  void theReadmesMainCommandRendersTheExample() throws Exception {
    List<String> command = readmeMainCommand();

    Result render = run(command, temp.resolve("render.out"));

    assertThat(render.exit()).as(render.output()).isZero();
    assertThat(render.output())
        .contains("TeamEnvironment team-payments/payments-development")
        .contains("azure-native:resources:ResourceGroup  rg-payments-development")
        .contains("verdict: valid");
  }

  @Test
  void renderRefusesAMalformedFileWithoutAStackTrace() throws Exception {
    Path broken = temp.resolve("broken.yaml");
    Files.writeString(broken, "apiVersion: platform.allotment.dev/v1alpha1\nkind: [TeamEnv\n");

    Result render =
        run(
            List.of(java(), "-jar", JAR.toString(), "render", "-f", broken.toString()),
            temp.resolve("render.out"));

    assertThat(render.exit()).as(render.output()).isEqualTo(2);
    assertThat(render.output()).contains(broken.toString()).doesNotContain("\tat ");
  }

  @Test
  void runStartsAnOperatorThatAnswersItsProbesAndBringsAnEnvironmentUp() throws Exception {
    Path state = temp.resolve("state");
    Files.createDirectories(state);
    int port = freePort();
    StackResources<TeamEnvironment> environments =
        new StackResources<>(CLUSTER, TeamEnvironment.class);
    try (RealPulumi pulumi = RealPulumi.start(CLUSTER, state.resolve("pulumi-home"))) {
      // Configured by environment as the chart configures it; programs run in process mode (the
      // chart's default), from this very jar, which the operator finds itself.
      var builder =
          new ProcessBuilder(java(), "-Xmx512m", "-jar", JAR.toString(), "run")
              .redirectErrorStream(true)
              .redirectOutput(temp.resolve("operator.log").toFile());
      Map<String, String> env = builder.environment();
      env.putAll(pulumi.environment());
      env.put("KUBECONFIG", CLUSTER.kubeconfig().toString());
      env.put("ALLOTMENT_WATCH_NAMESPACES", CLUSTER.namespace());
      env.put("ALLOTMENT_STATE_DIR", state.toString());
      env.put("PULUMI_CONFIG_PASSPHRASE", "test-only-passphrase");
      env.put("ALLOTMENT_PULUMI_BINARY", TestAssets.pulumi().path("PULUMI").toString());
      env.put("ALLOTMENT_HTTP_PORT", Integer.toString(port));
      env.remove("ALLOTMENT_PROGRAM_MODE");
      env.remove("ALLOTMENT_PROGRAM_BINARY");
      Process operator = builder.start();
      try {
        await()
            .atMost(COMMAND)
            .ignoreExceptions()
            .until(() -> status(port, "/healthz") == 200 && status(port, "/readyz") == 200);

        TeamEnvironment created = environments.apply(Examples.development("shipped"));
        environments.awaitCondition(
            created, ConditionType.READY, "True", Reason.UP_TO_DATE, RealEngine.OPERATION);
        assertThat(CLUSTER.client().namespaces().withName("shipped-development").get()).isNotNull();
        assertThat(get(port, "/metrics"))
            .contains(
                "allotment_stack_operations_seconds_count{kind=\"teamenvironment\",operation=\"up\",result=\"succeeded\"} 1");

        environments.delete(created);
        environments.awaitGone(created, RealEngine.OPERATION);
      } finally {
        environments.deleteAll(RealEngine.OPERATION);
        operator.destroy();
        if (!operator.waitFor(30, TimeUnit.SECONDS)) {
          operator.destroyForcibly();
        }
      }
    }
    assertThat(CLUSTER.client().namespaces().withName("shipped-development").get())
        .satisfiesAnyOf(
            n -> assertThat(n).isNull(),
            n -> assertThat(n.getMetadata().getDeletionTimestamp()).isNotNull());
  }

  /**
   * The README's main command, from its {@code java -jar} on (its build half is what Maven has just
   * done), with this JVM's {@code java}.
   */
  private static List<String> readmeMainCommand() throws IOException {
    String readme = Files.readString(RepositoryPaths.root().resolve("README.md"));
    Matcher main =
        Pattern.compile("&& (java -jar operator/target/allotment-operator\\.jar render[^\\n]*)")
            .matcher(readme.replace("\\\n", " "));
    assertThat(main.find()).as("the README's main command").isTrue();
    List<String> command = new ArrayList<>(Arrays.asList(main.group(1).trim().split("\\s+")));
    command.set(0, java());
    return command;
  }

  private record Result(int exit, String output) {}

  /** Runs the command in the repository root, as the README's reader would. */
  private static Result run(List<String> command, Path output) throws Exception {
    Process process =
        new ProcessBuilder(command)
            .directory(RepositoryPaths.root().toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(COMMAND.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "not done within " + COMMAND + ": " + command + "\n" + Files.readString(output));
    }
    return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElseThrow();
  }

  private static int status(int port, String path) throws Exception {
    return request(port, path).statusCode();
  }

  private static String get(int port, String path) throws Exception {
    return request(port, path).body();
  }

  private static HttpResponse<String> request(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
