package dev.allotment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allotment.examples.RepositoryPaths;
import dev.allotment.testing.TestAssets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The provider SDKs under {@code sdks/} are generated, never written by hand: they must be exactly
 * what Pulumi's Java generator makes of the committed schemas. On failure, run {@code
 * tools/gen-sdks.sh} and commit the result.
 */
class GeneratedSdksInSyncTest {

  /** What each SDK reports to the engine, read from the classpath the programs run with. */
  private static final Map<String, Supplier<String>> SDK_VERSIONS =
      Map.of(
          "github", com.pulumi.github.Utilities::getVersion,
          "digitalocean", com.pulumi.digitalocean.Utilities::getVersion,
          "azuread", com.pulumi.azuread.Utilities::getVersion);

  @Test
  void committedSdksEqualAFreshGeneration() throws IOException, InterruptedException {
    Path root = RepositoryPaths.root();
    Path log = Files.createTempFile("gen-sdks-", ".log");
    try {
      // The pinned CLI and Java host, found or built (minutes when cold, without a deadline) the
      // way every real-engine test gets them; handed over, the script's own lookup is instant.
      TestAssets pulumi = TestAssets.pulumi();
      ProcessBuilder builder =
          new ProcessBuilder("bash", root.resolve("tools/gen-sdks.sh").toString(), "--check")
              .directory(root.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      for (String name : List.of("PULUMI", "PULUMI_LANGUAGE_JAVA", "PULUMI_RESOURCE_KUBERNETES")) {
        builder.environment().put("TEST_ASSET_" + name, pulumi.path(name).toString());
      }
      Process process = builder.start();
      assertThat(process.waitFor(5, TimeUnit.MINUTES))
          .as("tools/gen-sdks.sh --check ended")
          .isTrue();
      assertThat(process.exitValue())
          .as("tools/gen-sdks.sh --check said:%n%s", Files.readString(log, StandardCharsets.UTF_8))
          .isZero();
    } finally {
      Files.delete(log);
    }
  }

  @Test
  void eachSdkAsksForThePluginVersionOfItsSchema() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (var sdk : SDK_VERSIONS.entrySet()) {
      Path schema =
          RepositoryPaths.root().resolve("sdks").resolve(sdk.getKey()).resolve("schema.json");
      String version = json.readTree(schema.toFile()).path("version").asText();
      assertThat(version).as("version in %s", schema).matches("\\d+\\.\\d+\\.\\d+");
      assertThat(sdk.getValue().get())
          .as("version the %s SDK reports", sdk.getKey())
          .isEqualTo(version);
    }
  }

  /**
   * A provider input that defaults from the environment makes the generated {@code ProviderArgs}
   * read the operator's credentials (GITHUB_TOKEN, DIGITALOCEAN_TOKEN, ARM_CLIENT_SECRET) into
   * every explicit provider, and so into the stack's state; the pruned schemas drop those defaults
   * and the plugins read their own environment.
   */
  @Test
  void noProviderArgsReadTheProgramsEnvironment() throws IOException {
    try (var files = Files.walk(RepositoryPaths.root().resolve("sdks"))) {
      List<Path> providerArgs =
          files.filter(f -> f.getFileName().toString().equals("ProviderArgs.java")).toList();
      assertThat(providerArgs).hasSize(SDK_VERSIONS.size());
      for (Path file : providerArgs) {
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
            .as("%s", RepositoryPaths.root().relativize(file))
            .doesNotContain(".env(");
      }
    }
  }
}
