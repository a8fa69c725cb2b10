package dev.allotment.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.config.ProgramDefaults;
import dev.allotment.testing.Examples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RenderCommandTest {

  @TempDir Path temp;

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Examples.dir())) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("teamenvironment-"))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersEveryExampleWithoutCloudOrCluster(Path example) throws IOException {
    var out = new ByteArrayOutputStream();

    var defaults =
        new ProgramDefaults(
            Optional.empty(),
            Optional.of("99999999-8888-7777-6666-555555555555"),
            Optional.empty(),
            "argocd",
            false,
            "https://hub");
    int exit =
        new RenderCommand(defaults, new PrintStream(out, true, StandardCharsets.UTF_8))
            .run(example);

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(text).contains("kubeconfig: [secret]").contains("verdict: valid");
    if (example.getFileName().toString().startsWith("teamenvironment-")) {
      assertThat(text)
          .contains("azure-native:resources:ResourceGroup  rg-")
          .contains("github:index/repository:Repository");
    } else {
      assertThat(text).contains("Cluster team-payments/").contains("endpoint:");
    }
    assertThat(text).doesNotContain("kind: Config");
  }

  @Test
  void rejectsAnInvalidResourceNamingTheField() throws IOException {
    Path manifest = temp.resolve("bad.yaml");
    Files.writeString(
        manifest,
        String.join(
            "\n",
            "apiVersion: platform.allotment.dev/v1alpha1",
            "kind: TeamEnvironment",
            "metadata:",
            "  name: broken",
            "spec:",
            "  team: Payments",
            "  stage: development",
            "  owners: [alice]",
            ""));
    var out = new ByteArrayOutputStream();

    int exit =
        new RenderCommand(
                ProgramDefaults.none(), new PrintStream(out, true, StandardCharsets.UTF_8))
            .run(manifest);

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("verdict: rejected")
        .contains("spec.team: 'Payments' is not a DNS label")
        .contains("spec.azure.location");
  }

  @Test
  void appliesThePlatformsPolicyOffline() throws IOException {
    var out = new ByteArrayOutputStream();
    var command =
        new RenderCommand(
            ProgramDefaults.none(), new PrintStream(out, true, StandardCharsets.UTF_8));

    int allowed =
        command.run(
            Examples.dir().resolve("teamenvironment-development.yaml"),
            List.of(Examples.dir().resolve("platformpolicy.yaml")));
    int refused =
        command.run(
            Examples.dir().resolve("teamenvironment-on-cluster.yaml"),
            List.of(Examples.dir().resolve("platformpolicy.yaml")));

    assertThat(allowed).isZero();
    assertThat(refused).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("policies: [platform-guardrails]")
        .contains("verdict: rejected (the operator would set Stalled, reason PolicyViolation)")
        .contains("(rule tenancy)");
  }
}
