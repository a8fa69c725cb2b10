package dev.allotment.engine.automation;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.ConfigValue;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.ProjectBackend;
import com.pulumi.automation.ProjectRuntime;
import com.pulumi.automation.ProjectRuntimeName;
import com.pulumi.automation.ProjectRuntimeOptions;
import com.pulumi.automation.ProjectSettings;
import com.pulumi.automation.ProjectSettingsConflictException;
import com.pulumi.automation.WorkspaceStack;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackProgram;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LocalWorkspace} per stack, each in a work directory of its own, whose CLI is stopped at
 * the deadline of what it is selected for. The Automation API runs {@code up}, {@code destroy} and
 * friends on the workspace's selected stack without passing {@code --stack}, so two stacks must
 * never share a workspace; a directory per stack makes that structural.
 */
final class StackWorkspaces {

  private static final Logger LOG = LoggerFactory.getLogger(StackWorkspaces.class);

  private static final StackProgram NO_PROGRAM = ctx -> {};

  private final Path root;
  private final String backendUrl;
  private final String secretsProvider;
  private final ProgramExecution execution;
  private final AutomationApiStackEngine.Cli cli;

  StackWorkspaces(
      Path root,
      String backendUrl,
      String secretsProvider,
      ProgramExecution execution,
      AutomationApiStackEngine.Cli cli) {
    this.root = root;
    this.backendUrl = backendUrl;
    this.secretsProvider = secretsProvider;
    this.execution = execution;
    this.cli = cli;
  }

  /** The stack, selected (or created) for an operation of {@code kind} running {@code program}. */
  WorkspaceStack forOperation(StackRef ref, StackProgram program, OperationKind kind)
      throws AutomationException {
    return select(ref, program, kind.value(), cli.deadlines().of(kind));
  }

  /** The stack, selected for housekeeping that runs no program ({@code "reading the outputs"}). */
  WorkspaceStack forHousekeeping(StackRef ref, String what) throws AutomationException {
    return select(ref, NO_PROGRAM, what, cli.deadlines().housekeeping());
  }

  /**
   * Writes the program's inputs to the stack's configuration. The Automation API only passes values
   * as command-line arguments ({@code config set-all --secret k=v}), where any process of the pod
   * can read them in {@code /proc/<pid>/cmdline} and a value is limited to 128 KiB. Secret values
   * go through {@code pulumi config set <key> --secret} on standard input instead; plain values
   * stay on the command line. Only keys ever appear in messages.
   */
  void writeConfig(WorkspaceStack stack, StackRequest request) throws AutomationException {
    Map<String, ConfigValue> plain = new LinkedHashMap<>();
    request.config().forEach((key, value) -> plain.put(key, new ConfigValue(value, false)));
    if (!plain.isEmpty()) {
      stack.setAllConfig(plain);
    }
    var command =
        cli.cli()
            .operation(
                "writing the secret configuration of stack " + request.ref(),
                Instant.now().plus(cli.deadlines().housekeeping()));
    for (var secret : request.secretConfig().entrySet()) {
      command.run(
          List.of("config", "set", "--stack", request.ref().stack(), "--secret", secret.getKey()),
          CommandRunOptions.builder()
              .workingDir(workDir(request.ref()))
              .additionalEnv(cli.environment())
              .standardInput(secret.getValue())
              .build());
    }
  }

  private Path workDir(StackRef ref) {
    return root.resolve(ref.project()).resolve(ref.stack());
  }

  private WorkspaceStack select(StackRef ref, StackProgram program, String what, Duration limit)
      throws AutomationException {
    Path workDir = workDir(ref);
    try {
      Files.createDirectories(workDir);
      // The file backend does not create its own directory (a fresh state volume has none).
      Optional<Path> backend = FileBackendLocks.directory(backendUrl);
      if (backend.isPresent()) {
        Files.createDirectories(backend.get());
      }
      for (Path removed : FileBackendAttributes.repair(backendUrl, ref)) {
        LOG.warn(
            "stack {}: removed {}, an attribute file a killed Pulumi CLI left unreadable (every"
                + " command on the stack failed with 'failed to load checkpoint: EOF')",
            ref,
            removed);
      }
    } catch (IOException e) {
      throw new AutomationException("cannot create work directory " + workDir, e);
    }
    var options =
        LocalWorkspaceOptions.builder()
            .workDir(workDir)
            .secretsProvider(secretsProvider)
            .projectSettings(projectSettings(ref));
    if (execution instanceof ProgramExecution.Inline) {
      options.program(program::run);
    }
    String description = what + " of stack " + ref + " (deadline " + human(limit) + ")";
    options.pulumiCommand(cli.cli().operation(description, Instant.now().plus(limit)));
    options.environmentVariables(cli.environment());
    LocalWorkspace workspace;
    try {
      workspace = LocalWorkspace.create(options.build());
    } catch (ProjectSettingsConflictException e) {
      // The Pulumi.yaml of another program mode or jar: ours is the only writer, so replace it.
      deleteProjectFiles(workDir);
      workspace = LocalWorkspace.create(options.build());
    }
    return WorkspaceStack.createOrSelect(ref.stack(), workspace);
  }

  private static String human(Duration duration) {
    return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + "m" : duration.toSeconds() + "s";
  }

  /**
   * The project: a Java program, run inline or from the jar the Java language host starts, and the
   * state backend.
   */
  private ProjectSettings projectSettings(StackRef ref) {
    ProjectBackend backend = ProjectBackend.builder().url(backendUrl).build();
    if (execution instanceof ProgramExecution.Process process) {
      return ProjectSettings.builder(
              ref.project(),
              ProjectRuntime.builder(ProjectRuntimeName.JAVA)
                  .options(
                      ProjectRuntimeOptions.builder().binary(process.binary().toString()).build())
                  .build())
          .backend(backend)
          .build();
    }
    return ProjectSettings.builder(ref.project(), ProjectRuntimeName.JAVA).backend(backend).build();
  }

  private static void deleteProjectFiles(Path workDir) throws AutomationException {
    try {
      for (String name : List.of("Pulumi.yaml", "Pulumi.yml", "Pulumi.json")) {
        Files.deleteIfExists(workDir.resolve(name));
      }
    } catch (IOException e) {
      throw new AutomationException("cannot replace the project file in " + workDir, e);
    }
  }
}
