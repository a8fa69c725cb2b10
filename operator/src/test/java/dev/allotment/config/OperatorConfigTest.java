package dev.allotment.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorConfigTest {

  @Test
  void defaultsAreDocumentedValues() {
    OperatorConfig config = OperatorConfig.fromEnvironment(Map.of());

    assertThat(config.watchNamespaces()).isEmpty();
    assertThat(config.stateDirectory()).isEqualTo(Path.of("/var/lib/allotment"));
    assertThat(config.backendUrl()).isEqualTo("file:///var/lib/allotment/backend");
    assertThat(config.secretsProvider()).isEqualTo("passphrase");
    assertThat(config.operationConcurrency()).isEqualTo(4);
    assertThat(config.resyncInterval()).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.retryInitialDelay()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.retryMaxDelay()).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.minimumDriftInterval()).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.programDefaults()).isEqualTo(ProgramDefaults.none());
    assertThat(config.programDefaults().operatorNamespace()).isEqualTo("allotment-system");
    assertThat(config.programMode()).isEqualTo(ProgramMode.INLINE);
    // The tests run from target/classes, not from a jar: there is no default program binary.
    assertThat(config.programBinary()).isEmpty();
    assertThat(config.leaderElectionNamespace()).isEmpty();
    assertThat(config.httpPort()).isEqualTo(8080);
  }

  @Test
  void readsEveryVariable() {
    OperatorConfig config =
        OperatorConfig.fromEnvironment(
            Map.ofEntries(
                Map.entry("ALLOTMENT_WATCH_NAMESPACES", "team-a, team-b,"),
                Map.entry("ALLOTMENT_STATE_DIR", "/data"),
                Map.entry("PULUMI_BACKEND_URL", "azblob://state"),
                Map.entry("ALLOTMENT_SECRETS_PROVIDER", "azurekeyvault://vault/keys/pulumi"),
                Map.entry("ALLOTMENT_OPERATION_CONCURRENCY", "8"),
                Map.entry("ALLOTMENT_RESYNC_INTERVAL", "2h"),
                Map.entry("ALLOTMENT_RETRY_INITIAL_DELAY", "500ms"),
                Map.entry("ALLOTMENT_RETRY_MAX_DELAY", "30s"),
                Map.entry("ALLOTMENT_MIN_DRIFT_INTERVAL", "5m"),
                Map.entry("ALLOTMENT_GITHUB_ORGANIZATION", "nordic-retail"),
                Map.entry(
                    "ALLOTMENT_AZURE_SUBSCRIPTION_ID", "11111111-2222-3333-4444-555555555555"),
                Map.entry("ALLOTMENT_AZURE_LOCATION", "westeurope"),
                Map.entry("ALLOTMENT_ARGOCD_NAMESPACE", "gitops"),
                Map.entry("ALLOTMENT_MESH_INJECTION", "true"),
                Map.entry("ALLOTMENT_HUB_API_SERVER", "https://hub.example.com:6443"),
                Map.entry("ALLOTMENT_PROGRAM_MODE", "process"),
                Map.entry("ALLOTMENT_PROGRAM_BINARY", "/opt/allotment/allotment-operator.jar"),
                Map.entry("ALLOTMENT_LEADER_ELECTION_NAMESPACE", "allotment-system"),
                Map.entry("ALLOTMENT_HTTP_PORT", "9090"),
                Map.entry("POD_NAMESPACE", "platform-ops")));

    assertThat(config.watchNamespaces()).isEqualTo(Set.of("team-a", "team-b"));
    assertThat(config.backendUrl()).isEqualTo("azblob://state");
    assertThat(config.operationConcurrency()).isEqualTo(8);
    assertThat(config.resyncInterval()).isEqualTo(Duration.ofHours(2));
    assertThat(config.retryInitialDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.minimumDriftInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.programDefaults())
        .isEqualTo(
            new ProgramDefaults(
                    Optional.of("nordic-retail"),
                    Optional.of("11111111-2222-3333-4444-555555555555"),
                    Optional.of("westeurope"),
                    "gitops",
                    true,
                    "https://hub.example.com:6443")
                .withOperatorNamespace("platform-ops"));
    assertThat(config.programMode()).isEqualTo(ProgramMode.PROCESS);
    assertThat(config.programBinary()).contains(Path.of("/opt/allotment/allotment-operator.jar"));
    assertThat(config.leaderElectionNamespace()).contains("allotment-system");
    assertThat(config.httpPort()).isEqualTo(9090);
  }

  @Test
  void theProgramBinaryDefaultsToTheJarTheOperatorRunsFrom() {
    Path jar = Path.of("/opt/allotment/allotment-operator.jar");

    assertThat(OperatorConfig.fromEnvironment(Map.of(), () -> Optional.of(jar)).programBinary())
        .contains(jar);
    assertThat(
            OperatorConfig.fromEnvironment(
                    Map.of("ALLOTMENT_PROGRAM_BINARY", "/srv/other.jar"), () -> Optional.of(jar))
                .programBinary())
        .contains(Path.of("/srv/other.jar"));
    // Where a class comes from: a jar for Pulumi's SDK, target/classes for the operator here.
    assertThat(OperatorConfig.jarOf(com.pulumi.Pulumi.class))
        .hasValueSatisfying(p -> assertThat(p.toString()).endsWith(".jar"));
    assertThat(OperatorConfig.jarOf(OperatorConfig.class)).isEmpty();
  }

  @Test
  void processModeWithoutAJarStopsTheOperatorWithWhatToDo(@TempDir Path dir) throws Exception {
    OperatorConfig fromClasses = OperatorConfig.fromEnvironment(Map.of(), Optional::empty);

    assertThatThrownBy(fromClasses::requireProgramBinary)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("set ALLOTMENT_PROGRAM_BINARY")
        .hasMessageContaining("ALLOTMENT_PROGRAM_MODE=inline");
    assertThatThrownBy(
            () ->
                OperatorConfig.fromEnvironment(
                        Map.of("ALLOTMENT_PROGRAM_BINARY", dir.resolve("gone.jar").toString()))
                    .requireProgramBinary())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ALLOTMENT_PROGRAM_BINARY")
        .hasMessageContaining("not a file");
    Path jar = Files.createFile(dir.resolve("allotment-operator.jar"));
    assertThat(
            OperatorConfig.fromEnvironment(Map.of("ALLOTMENT_PROGRAM_BINARY", jar.toString()))
                .requireProgramBinary())
        .isEqualTo(jar);
  }

  @Test
  void badValuesNameTheVariable() {
    assertThatThrownBy(
            () ->
                OperatorConfig.fromEnvironment(Map.of("ALLOTMENT_RESYNC_INTERVAL", "ten minutes")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ALLOTMENT_RESYNC_INTERVAL")
        .hasMessageContaining("10m");
    assertThatThrownBy(
            () -> OperatorConfig.fromEnvironment(Map.of("ALLOTMENT_OPERATION_CONCURRENCY", "0")))
        .hasMessageContaining("ALLOTMENT_OPERATION_CONCURRENCY");
    assertThatThrownBy(
            () -> OperatorConfig.fromEnvironment(Map.of("ALLOTMENT_OPERATION_CONCURRENCY", "many")))
        .hasMessageContaining("whole number");
    assertThatThrownBy(
            () ->
                OperatorConfig.fromEnvironment(
                    Map.of(
                        "ALLOTMENT_RETRY_INITIAL_DELAY", "1h", "ALLOTMENT_RETRY_MAX_DELAY", "1m")))
        .hasMessageContaining("ALLOTMENT_RETRY_MAX_DELAY");
    assertThatThrownBy(
            () -> OperatorConfig.fromEnvironment(Map.of("ALLOTMENT_PROGRAM_MODE", "sidecar")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ALLOTMENT_PROGRAM_MODE must be process or inline");
    assertThatThrownBy(
            () ->
                OperatorConfig.fromEnvironment(
                    Map.of("ALLOTMENT_PROGRAM_BINARY", "/opt/allotment/classes")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ALLOTMENT_PROGRAM_BINARY must be a .jar");
    assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of("ALLOTMENT_HTTP_PORT", "http")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ALLOTMENT_HTTP_PORT must be a port number");
    assertThatThrownBy(() -> OperatorConfig.fromEnvironment(Map.of("ALLOTMENT_HTTP_PORT", "70000")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ALLOTMENT_HTTP_PORT must be a port number");
  }
}
