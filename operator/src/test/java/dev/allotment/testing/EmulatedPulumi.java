package dev.allotment.testing;

import dev.allotment.config.OperatorConfig;
import dev.allotment.engine.LockRecoveringStackEngine;
import dev.allotment.engine.OperationDeadlines;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.automation.AutomationApiStackEngine;
import dev.allotment.engine.automation.ProgramExecution;
import dev.allotment.testing.pulumi.EmulatedCloud;
import dev.allotment.testing.pulumi.PulumiCliEmulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The production engine over the Pulumi CLI emulator, with the emulated providers computing what
 * the real ones would: what tests of the real Automation API path share.
 */
public final class EmulatedPulumi {

  /**
   * The deployer token the emulated Kubernetes provider hands out in the token Secret; it ends up
   * in the secret {@code kubeconfig} output and must never appear anywhere else.
   */
  public static final String DEPLOYER_TOKEN = "deployer-token-7c4f1e9a2b";

  private EmulatedPulumi() {}

  /**
   * The engine {@code run} builds, with the emulator instead of the {@code pulumi} binary: lock
   * recovery over the Automation API adapter, work directories under {@code <state>/workspaces}.
   */
  public static StackEngine productionEngine(
      Path state, OperatorConfig config, PulumiCliEmulator emulator) {
    return new LockRecoveringStackEngine(
        new AutomationApiStackEngine(
            state.resolve("workspaces"),
            config.backendUrl(),
            config.secretsProvider(),
            Optional.of(emulator)),
        OperationDeadlines.DEFAULTS);
  }

  /**
   * The engine {@code run} builds in program mode {@code process}: programs run as local Java
   * programs of the stacks' projects, from {@code binary}, each in a JVM of its own. Use it with an
   * emulator from {@link #processEmulator}, which starts {@link #programCommand} instead of {@code
   * java -jar <binary>} since the tests run before any jar is built.
   */
  public static StackEngine processEngine(
      Path state, OperatorConfig config, PulumiCliEmulator emulator, Path binary) {
    return new LockRecoveringStackEngine(
        new AutomationApiStackEngine(
            state.resolve("workspaces"),
            config.backendUrl(),
            config.secretsProvider(),
            Optional.of(emulator),
            ProgramExecution.process(binary)),
        OperationDeadlines.DEFAULTS);
  }

  /** An emulator whose local programs run {@link #programCommand}. */
  public static PulumiCliEmulator processEmulator(Path backendDir) {
    return PulumiCliEmulator.builder()
        .backendDir(backendDir)
        .localProgramCommand(binary -> programCommand())
        .build();
  }

  /**
   * What the language host's {@code java -jar allotment-operator.jar} amounts to, from the test
   * JVM's classpath: the operator's main class without arguments, which sees {@code PULUMI_MONITOR}
   * and runs its stack's program. Tuned for a short-lived JVM on a small machine.
   */
  public static List<String> programCommand() {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",
        "-cp",
        System.getProperty("java.class.path"),
        "dev.allotment.Main");
  }

  /** The values only a real provider knows, which the TeamEnvironment program reads. */
  public static void computeOutputsLikeTheRealProviders(EmulatedCloud cloud) {
    cloud
        .onCreateOrUpdate(
            "azure-native:resources:ResourceGroup",
            r -> Map.of("name", r.inputs().get("resourceGroupName")))
        .onCreateOrUpdate(
            "azure-native:managedidentity:UserAssignedIdentity",
            r ->
                Map.of(
                    "name", r.inputs().get("resourceName"),
                    "clientId", "0c1e2d3f-0000-4000-8000-00000000c11e",
                    "principalId", "0c1e2d3f-0000-4000-8000-0000000000a1",
                    "tenantId", "0c1e2d3f-0000-4000-8000-00000000fe11"))
        .onCreateOrUpdate(
            "kubernetes:core/v1:Secret",
            r ->
                Map.of(
                    "data",
                    EmulatedCloud.secret(
                        Map.of("token", base64(DEPLOYER_TOKEN), "ca.crt", base64("ca")))))
        .onCreateOrUpdate(
            "github:index/repository:Repository",
            r ->
                Map.of(
                    "fullName", "nordic-retail/" + r.inputs().get("name"),
                    "htmlUrl", "https://github.com/nordic-retail/" + r.inputs().get("name")))
        .numericIds("github:index/team:Team")
        .idsFromInput("github:index/repository:Repository", "name");
  }

  public static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
