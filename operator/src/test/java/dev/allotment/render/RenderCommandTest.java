package dev.allotment.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.config.ProgramDefaults;
import dev.allotment.testing.Examples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RenderCommandTest {

  @TempDir Path temp;

  /** Namespace team-payments bound to team payments, as a platform engineer labels it. */
  static final Map<String, Map<String, String>> PAYMENTS =
      Map.of("team-payments", Map.of("platform.allotment.dev/team", "payments"));

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Examples.dir())) {
      return files
          .filter(
              f ->
                  f.getFileName().toString().startsWith("teamenvironment-")
                      || f.getFileName().toString().startsWith("cluster-"))
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
            .run(example, List.of(), PAYMENTS);

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

    int exit = command(out).run(manifest);

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("verdict: rejected")
        .contains("spec.team: 'Payments' is not a DNS label")
        .contains("spec.azure.location");
  }

  @Test
  void appliesThePlatformsPolicyOffline() throws IOException {
    var out = new ByteArrayOutputStream();
    var command = command(out);

    int allowed =
        command.run(
            Examples.dir().resolve("teamenvironment-development.yaml"),
            List.of(Examples.dir().resolve("platformpolicy.yaml")));
    Path checkout = temp.resolve("checkout.yaml");
    Files.writeString(
        checkout,
        Files.readString(Examples.dir().resolve("teamenvironment-on-cluster.yaml"))
            .replace("team: payments", "team: checkout"));
    int refused = command.run(checkout, List.of(Examples.dir().resolve("platformpolicy.yaml")));

    assertThat(allowed).isZero();
    assertThat(refused).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("policies: [platform-guardrails]")
        .contains("verdict: rejected (the operator would set Stalled, reason PolicyViolation)")
        .contains("(rule tenancy)");
  }

  /**
   * One attack of a hostile tenant per row (issue 12): the example it starts from, the edit, and
   * the reason the verdict must name. Each renders with namespace team-payments bound to payments
   * (except the unbound one) and exits 1.
   */
  static Stream<org.junit.jupiter.params.provider.Arguments> attacks() {
    return Stream.of(
        attack(
            "unbound namespace", "teamenvironment-development.yaml", "", "", "NamespaceNotBound"),
        attack(
            "another team from this namespace",
            "teamenvironment-development.yaml",
            "team: payments",
            "team: checkout",
            "TenancyViolation"),
        attack(
            "kube-system as team namespace",
            "teamenvironment-development.yaml",
            "kubernetes:",
            "kubernetes:\n    namespace: kube-system",
            "InvalidSpec"),
        attack(
            "another team's namespace",
            "teamenvironment-development.yaml",
            "kubernetes:",
            "kubernetes:\n    namespace: checkout-production",
            "InvalidSpec"),
        attack(
            "an existing namespace",
            "teamenvironment-development.yaml",
            "kubernetes:",
            "kubernetes:\n    namespace: payments-tools",
            "NamespaceTaken"),
        attack(
            "a vcluster name too long",
            "cluster-vcluster.yaml",
            "name: payments-dev",
            "name: payments-dev-" + "x".repeat(40),
            "InvalidSpec"),
        attack(
            "Argo CD registration elsewhere",
            "cluster-vcluster.yaml",
            "register: true",
            "register: true\n    namespace: team-checkout",
            "InvalidSpec"),
        attack(
            "a reserved Argo CD label",
            "cluster-vcluster.yaml",
            "purpose: sandbox",
            "env: production",
            "InvalidSpec"),
        attack(
            "another team's Argo CD project",
            "cluster-vcluster.yaml",
            "project: payments",
            "project: checkout",
            "PolicyViolation"),
        attack(
            "a subscription the policy does not list",
            "teamenvironment-development.yaml",
            "11111111-2222-3333-4444-555555555555",
            "deadbeef-2222-3333-4444-555555555555",
            "PolicyViolation"),
        attack(
            "a template the policy does not list",
            "teamenvironment-production.yaml",
            "nordic-retail/service-template",
            "other-org/private-repo",
            "PolicyViolation"));
  }

  private static org.junit.jupiter.params.provider.Arguments attack(
      String name, String example, String from, String to, String reason) {
    return org.junit.jupiter.params.provider.Arguments.of(name, example, from, to, reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void everyAttackIsRejectedOffline(
      String name, String example, String from, String to, String reason) throws IOException {
    Path manifest = temp.resolve("attack.yaml");
    String text = Files.readString(Examples.dir().resolve(example));
    Files.writeString(manifest, from.isEmpty() ? text : text.replace(from, to));
    // What the hub has: payments-tools exists and is not Allotment's.
    Path hub = temp.resolve("hub.yaml");
    Files.writeString(
        hub,
        String.join(
            "\n", "apiVersion: v1", "kind: Namespace", "metadata:", "  name: payments-tools", ""));
    // Unbound means bound by neither a label nor a policy's tenancy rule.
    boolean unbound = name.startsWith("unbound");
    Map<String, Map<String, String>> bindings = unbound ? Map.of() : PAYMENTS;
    List<Path> platform =
        unbound ? List.of(hub) : List.of(Examples.dir().resolve("platformpolicy.yaml"), hub);
    var out = new ByteArrayOutputStream();

    int exit = command(out).run(manifest, platform, bindings);

    assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("verdict: rejected (the operator would set Stalled, reason " + reason + ")");
  }

  @Test
  void showsTheNamespaceBindings() throws IOException {
    var out = new ByteArrayOutputStream();

    int exit =
        command(out)
            .run(Examples.dir().resolve("teamenvironment-development.yaml"), List.of(), PAYMENTS);

    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("namespace bindings: [team-payments -> team payments]");
  }

  @Test
  void aKindTheOperatorDoesNotActOnIsAnErrorNotSkipped() throws IOException {
    Path manifest = temp.resolve("mixed.yaml");
    Files.writeString(
        manifest,
        Files.readString(Examples.dir().resolve("teamenvironment-development.yaml"))
            + String.join(
                "\n",
                "---",
                "apiVersion: v1",
                "kind: ConfigMap",
                "metadata:",
                "  name: settings",
                "  namespace: team-payments",
                "data: {replicas: \"3\"}",
                ""));
    var out = new ByteArrayOutputStream();

    int exit = command(out).run(manifest, List.of(), PAYMENTS);

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("verdict: valid")
        .contains("ConfigMap team-payments/settings (v1, document 2)")
        .contains("verdict: not judged: render judges the kinds the operator acts on");
  }

  @Test
  void aVersionTheOperatorDoesNotServeIsAnError() throws IOException {
    Path manifest = temp.resolve("beta.yaml");
    Files.writeString(
        manifest,
        Files.readString(Examples.dir().resolve("teamenvironment-development.yaml"))
            .replace("platform.allotment.dev/v1alpha1", "platform.allotment.dev/v1beta1"));
    var out = new ByteArrayOutputStream();

    int exit = command(out).run(manifest, List.of(), PAYMENTS);

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("TeamEnvironment team-payments/payments-development")
        .contains(
            "the operator serves TeamEnvironment as platform.allotment.dev/v1alpha1, not"
                + " platform.allotment.dev/v1beta1")
        .doesNotContain("verdict: valid");
  }

  /** A file render cannot read at all, and what it says; one row per way of being malformed. */
  static Stream<org.junit.jupiter.params.provider.Arguments> malformed() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "not YAML", "kind: [TeamEnvironment\nmetadata: {name: x}\n", "not YAML at line"),
        org.junit.jupiter.params.provider.Arguments.of(
            "a scalar", "just some text\n", "(document 1): not a Kubernetes object"),
        org.junit.jupiter.params.provider.Arguments.of(
            "no kind",
            "apiVersion: platform.allotment.dev/v1alpha1\nmetadata: {name: x}\n",
            "(document 1): not a Kubernetes object: kind is required"),
        org.junit.jupiter.params.provider.Arguments.of(
            "no name in the second document",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n"
                + "apiVersion: platform.allotment.dev/v1alpha1\nkind: Cluster\nmetadata: {}\n",
            "(document 2): not a Kubernetes object: metadata.name is required"),
        org.junit.jupiter.params.provider.Arguments.of(
            "metadata of the wrong shape",
            "apiVersion: platform.allotment.dev/v1alpha1\nkind: TeamEnvironment\n"
                + "metadata: {name: x, labels: [a, b]}\n",
            "TeamEnvironment x does not fit its schema"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aMalformedFileIsAClearError(String name, String text, String message) throws IOException {
    Path manifest = temp.resolve("malformed.yaml");
    Files.writeString(manifest, text);

    assertThatThrownBy(() -> command(new ByteArrayOutputStream()).run(manifest))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(manifest.toString())
        .hasMessageContaining(message);
  }

  @Test
  void bindingsAndPoliciesInTheJudgedFileAreNotTrusted() throws IOException {
    // A team's own file that binds its namespace and grants itself every team and stage.
    Path manifest = temp.resolve("self-granted.yaml");
    Files.writeString(
        manifest,
        String.join(
                "\n",
                "apiVersion: v1",
                "kind: Namespace",
                "metadata:",
                "  name: team-payments",
                "  labels: {platform.allotment.dev/team: payments}",
                "---",
                "apiVersion: platform.allotment.dev/v1alpha1",
                "kind: PlatformPolicy",
                "metadata:",
                "  name: self-granted",
                "spec:",
                "  tenancy:",
                "    - namespace: team-payments",
                "      teams: [\"*\"]",
                "      stages: [\"*\"]",
                "---",
                "")
            + Files.readString(Examples.dir().resolve("teamenvironment-development.yaml")));
    var out = new ByteArrayOutputStream();

    int exit = command(out).run(manifest, List.of(), Map.of());

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).isEqualTo(1);
    assertThat(text)
        .contains("policies: none")
        .contains("namespace bindings: none")
        .contains("Namespace team-payments (v1, document 1)")
        .contains("PlatformPolicy self-granted (platform.allotment.dev/v1alpha1, document 2)")
        .contains("is not taken from the file being judged")
        .contains("verdict: rejected (the operator would set Stalled, reason NamespaceNotBound)");

    // The same documents passed as the platform's: trusted, and the environment valid.
    var trusted = new ByteArrayOutputStream();
    assertThat(command(trusted).run(manifest, List.of(manifest), Map.of()))
        .as(trusted.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(trusted.toString(StandardCharsets.UTF_8))
        .contains("policies: [self-granted]")
        .contains("namespace bindings: [team-payments -> team payments]")
        .doesNotContain("not judged");
  }

  @Test
  void aPolicyFileHoldsOnlyThePlatformsDocuments() throws IOException {
    Path manifest = Examples.dir().resolve("cluster-vcluster.yaml");
    Path notPolicies = Examples.dir().resolve("teamenvironment-development.yaml");

    assertThatThrownBy(
            () -> command(new ByteArrayOutputStream()).run(manifest, List.of(notPolicies)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(
            "TeamEnvironment team-payments/payments-development"
                + " (platform.allotment.dev/v1alpha1) is not the platform's");
  }

  private static RenderCommand command(ByteArrayOutputStream out) {
    return new RenderCommand(
        ProgramDefaults.none(), new PrintStream(out, true, StandardCharsets.UTF_8));
  }
}
