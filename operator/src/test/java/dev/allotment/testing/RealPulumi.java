package dev.allotment.testing;

import dev.allotment.config.OperatorConfig;
import dev.allotment.engine.LockRecoveringStackEngine;
import dev.allotment.engine.OperationDeadlines;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.automation.AutomationApiStackEngine;
import dev.allotment.engine.automation.ProgramExecution;
import dev.allotment.engine.automation.PulumiCli;
import dev.allotment.testing.cloud.CloudProvider;
import dev.allotment.testing.cloud.EntraDirectory;
import dev.allotment.testing.cloud.GitHubOrganization;
import dev.allotment.testing.cloud.TestClouds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real Pulumi engine for tests: the CLI {@code tools/assets.sh} builds, with the real
 * Kubernetes provider pointed at the test control plane, and Azure, Entra ID, GitHub and
 * DigitalOcean served by test providers at the plugin boundary ({@link TestClouds}). What the
 * operator's {@code run} builds, save the environment the CLI gets.
 */
public final class RealPulumi implements AutoCloseable {

  private final PulumiCli cli;
  private final CloudProvider azure;
  private final CloudProvider github;
  private final GitHubOrganization organization = GitHubOrganization.ofExampleMembers();
  private final CloudProvider digitalOcean;
  private final EntraDirectory directory = EntraDirectory.ofExampleUsers();
  private final CloudProvider entra;
  private final Map<String, String> environment;

  private RealPulumi(Path kubeconfig, Path home) {
    try {
      this.cli = PulumiCli.locate(TestAssets.pulumi().path("PULUMI").toString());
    } catch (com.pulumi.automation.AutomationException e) {
      throw new IllegalStateException("the Pulumi CLI from tools/assets.sh does not run", e);
    }
    this.azure = TestClouds.azureNative();
    this.github = TestClouds.github(organization);
    this.digitalOcean = TestClouds.digitalOcean();
    this.entra = TestClouds.azuread(directory);
    Map<String, String> env = new LinkedHashMap<>();
    env.put(
        "PULUMI_DEBUG_PROVIDERS",
        String.join(
            ",",
            List.of(
                azure.debugProvider(),
                github.debugProvider(),
                digitalOcean.debugProvider(),
                entra.debugProvider())));
    // Nothing is downloaded: the clouds are the test providers, Kubernetes is the binary beside
    // the CLI.
    env.put("PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION", "true");
    env.put("PULUMI_SKIP_UPDATE_CHECK", "true");
    env.put("PULUMI_HOME", home.toString());
    env.put("KUBECONFIG", kubeconfig.toString());
    this.environment = Map.copyOf(env);
  }

  /**
   * Starts the test clouds; the Kubernetes provider uses {@code cluster}'s kubeconfig, the CLI
   * keeps its plugins and credentials under {@code home}.
   */
  public static RealPulumi start(TestCluster cluster, Path home) {
    return start(cluster.kubeconfig(), home);
  }

  /** The same for the cluster of {@code kubeconfig}. */
  public static RealPulumi start(Path kubeconfig, Path home) {
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RealPulumi(kubeconfig, home);
  }

  public CloudProvider azure() {
    return azure;
  }

  public CloudProvider github() {
    return github;
  }

  /** The organization behind {@link #github()}: its members, and the invitations it sent. */
  public GitHubOrganization githubOrganization() {
    return organization;
  }

  public CloudProvider digitalOcean() {
    return digitalOcean;
  }

  /** Entra ID, through the azuread provider: groups. */
  public CloudProvider entra() {
    return entra;
  }

  /** The users behind {@link #entra()}. */
  public EntraDirectory entraDirectory() {
    return directory;
  }

  public PulumiCli cli() {
    return cli;
  }

  /** The environment the CLI runs with, beyond the test JVM's own. */
  public Map<String, String> environment() {
    return environment;
  }

  /** The engine {@code run} builds: lock recovery over the Automation API on the real CLI. */
  public StackEngine engine(OperatorConfig config, OperationDeadlines deadlines) {
    return engine(config, deadlines, Map.of());
  }

  /** The same, the CLI's environment changed by {@code overrides}. */
  public StackEngine engine(
      OperatorConfig config, OperationDeadlines deadlines, Map<String, String> overrides) {
    return engine(config, deadlines, overrides, ProgramExecution.inline());
  }

  /** The same, with programs run as {@code execution} says. */
  public StackEngine engine(
      OperatorConfig config,
      OperationDeadlines deadlines,
      Map<String, String> overrides,
      ProgramExecution execution) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.putAll(overrides);
    return new LockRecoveringStackEngine(
        new AutomationApiStackEngine(
            config.stateDirectory().resolve("workspaces"),
            config.backendUrl(),
            config.secretsProvider(),
            new AutomationApiStackEngine.Cli(cli, env, deadlines),
            execution),
        deadlines);
  }

  /** Removes every fault a test injected into the clouds. */
  public void healAll() {
    List.of(azure, github, digitalOcean, entra).forEach(CloudProvider::healAll);
  }

  @Override
  public void close() {
    azure.close();
    github.close();
    digitalOcean.close();
    entra.close();
  }
}
