package dev.allotment.engine.automation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandException;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.ConcurrentUpdateException;
import com.pulumi.automation.ConfigValue;
import com.pulumi.automation.DestroyOptions;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.OperationType;
import com.pulumi.automation.OutputValue;
import com.pulumi.automation.PreviewOptions;
import com.pulumi.automation.ProjectBackend;
import com.pulumi.automation.ProjectRuntime;
import com.pulumi.automation.ProjectRuntimeName;
import com.pulumi.automation.ProjectRuntimeOptions;
import com.pulumi.automation.ProjectSettings;
import com.pulumi.automation.ProjectSettingsConflictException;
import com.pulumi.automation.RefreshOptions;
import com.pulumi.automation.StackDeployment;
import com.pulumi.automation.UpOptions;
import com.pulumi.automation.UpdateSummary;
import com.pulumi.automation.WorkspaceStack;
import com.pulumi.automation.events.EngineEvent;
import dev.allotment.engine.LockHolder;
import dev.allotment.engine.OperationDeadlines;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.ProgramRefusal;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOperationException.Reason;
import dev.allotment.engine.StackOutput;
import dev.allotment.engine.StackProgram;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.StackResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link StackEngine} on the Pulumi Automation API: a {@link LocalWorkspace} per stack, each in its
 * own work directory. The Automation API runs {@code up}, {@code destroy} and friends on the
 * workspace's selected stack without passing {@code --stack}, so two stacks must never share a
 * workspace; a directory per stack makes that structural.
 *
 * <p>Programs run as {@link ProgramExecution} says: inline, in this JVM, or as a local Java program
 * of the work directory's project that Pulumi's Java language host starts in a JVM of its own for
 * every up and preview. In the second case the request's {@link dev.allotment.engine.ProgramInputs}
 * are written to the stack's configuration first, secret ones as secrets, and nothing else reaches
 * the program.
 *
 * <p>Credentials reach the CLI through the operator's process environment, which the CLI inherits;
 * they never pass through this class.
 */
public final class AutomationApiStackEngine implements StackEngine {

  private static final Logger LOG = LoggerFactory.getLogger(AutomationApiStackEngine.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final int MAX_MESSAGE_LENGTH = 4000;

  /** How the Java SDK reports a program's exception to the engine, command line first. */
  private static final Pattern UNHANDLED_EXCEPTION =
      Pattern.compile(
          "^Running program \\[PID: \\d+\\]\\(.*?\\) failed with an unhandled exception:\\s*",
          Pattern.DOTALL);

  private static final Pattern STACK_FRAME =
      Pattern.compile("^\\s+(at \\S.*|\\.\\.\\. \\d+ more)$");

  /**
   * Errors that only say that something failed: the language host's exit status, the engine's
   * closing line. Alone they are not worth a status message; the program's stderr is.
   */
  private static final Pattern GENERIC_ERROR =
      Pattern.compile(
          "^(an unhandled error occurred: )?(exit status \\d+|(program|'[^']*') exited with non-zero"
              + " exit code: \\d+)$|^(update|preview|refresh|destroy) failed$");

  private final Path workspaces;
  private final String backendUrl;
  private final String secretsProvider;
  private final ProgramExecution execution;
  private final Cli cli;

  /**
   * The real Pulumi CLI with what each operation runs with.
   *
   * @param cli the CLI binary
   * @param environment added to the CLI's environment (which inherits the operator's)
   * @param deadlines when each kind of operation is stopped
   */
  public record Cli(PulumiCli cli, Map<String, String> environment, OperationDeadlines deadlines) {
    public Cli {
      environment = Map.copyOf(environment);
    }
  }

  /**
   * The engine: the real Pulumi CLI, each operation killed with its processes at its deadline.
   *
   * @param workspaces root of the per-stack work directories
   * @param execution where programs run
   */
  public AutomationApiStackEngine(
      Path workspaces,
      String backendUrl,
      String secretsProvider,
      Cli cli,
      ProgramExecution execution) {
    this.workspaces = workspaces;
    this.backendUrl = backendUrl;
    this.secretsProvider = secretsProvider;
    this.execution = execution;
    this.cli = cli;
  }

  @Override
  public StackResult up(StackRequest request) throws StackOperationException {
    return run(
        request,
        OperationKind.UP,
        (stack, events) -> {
          var result = stack.up(UpOptions.builder().onEvent(events).build());
          return new Outcome(changes(result.summary()), outputs(result.outputs()));
        });
  }

  @Override
  public StackResult preview(StackRequest request) throws StackOperationException {
    return run(
        request,
        OperationKind.PREVIEW,
        (stack, events) -> {
          var result = stack.preview(PreviewOptions.builder().onEvent(events).build());
          return new Outcome(changes(result.changeSummary()), Map.of());
        });
  }

  @Override
  public StackResult refresh(StackRequest request) throws StackOperationException {
    return run(
        request,
        OperationKind.REFRESH,
        (stack, events) -> {
          var result = stack.refresh(RefreshOptions.builder().onEvent(events).build());
          return new Outcome(changes(result.summary()), outputs(stack.getOutputs()));
        });
  }

  @Override
  public StackResult destroy(StackRequest request) throws StackOperationException {
    return run(
        request,
        OperationKind.DESTROY,
        (stack, events) ->
            new Outcome(
                changes(stack.destroy(DestroyOptions.builder().onEvent(events).build()).summary()),
                Map.of()));
  }

  @Override
  public Map<String, StackOutput> outputs(StackRef ref) throws StackOperationException {
    try (var stack = select(ref, ctx -> {}, "reading the outputs")) {
      return outputs(stack.getOutputs());
    } catch (Exception e) {
      throw translate(e, List.of(), List.of());
    }
  }

  @Override
  public void cancel(StackRef ref) throws StackOperationException {
    try (var stack = select(ref, ctx -> {}, "cancelling the lock")) {
      stack.cancel();
    } catch (Exception e) {
      throw translate(e, List.of(), List.of());
    }
  }

  /**
   * Resolves what an update that died left in the checkpoint: resources whose import id follows
   * from their inputs are adopted, the other pending creates are forgotten, because their providers
   * create them idempotently on the next update (Azure's PUTs, Kubernetes' server-side apply,
   * GitHub's secrets and variables). With the real CLI the checkpoint is rewritten ({@code stack
   * export}, {@link PendingCreates#resolve}, {@code stack import}) and then refreshed, which reads
   * the adopted resources' real state; the CLI's {@code refresh --import-pending-creates} would
   * drop them.
   */
  @Override
  public void resolvePendingOperations(StackRef ref) throws StackOperationException {
    try (var stack = select(ref, ctx -> {}, "resolving pending operations")) {
      StackDeployment exported = stack.exportStack();
      List<PendingCreates.Pending> pending = PendingCreates.of(exported.deployment());
      if (pending.isEmpty() && !exported.deployment().containsKey("pending_operations")) {
        return;
      }
      PendingCreates.Resolved resolved = PendingCreates.resolve(exported.deployment());
      stack.importStack(
          StackDeployment.fromJson(
              JSON.writeValueAsString(
                  Map.of("version", exported.version(), "deployment", resolved.deployment()))));
      LOG.info(
          "stack {}: adopted {} and forgot {} pending operations of an update that died",
          ref,
          resolved.adopted(),
          resolved.forgotten());
      if (resolved.adopted() > 0) {
        stack.refresh(RefreshOptions.builder().build());
      }
    } catch (Exception e) {
      throw translate(e, List.of(), List.of());
    }
  }

  @Override
  public Optional<List<LockHolder>> lockHolders(StackRef ref) throws StackOperationException {
    try {
      return FileBackendLocks.holders(backendUrl, ref);
    } catch (IOException e) {
      throw new StackOperationException(
          Reason.UNAVAILABLE, "cannot read the lock files of stack " + ref + ": " + e, e);
    }
  }

  private StackResult run(StackRequest request, OperationKind kind, Operation operation)
      throws StackOperationException {
    Instant start = Instant.now();
    var events = new EngineEventCollector(kind == OperationKind.REFRESH);
    try (var stack = select(request.ref(), request.program(), kind)) {
      if (execution instanceof ProgramExecution.Process && !request.inputs().isEmpty()) {
        writeConfig(stack, request);
      }
      Outcome outcome = operation.run(stack, events);
      return new StackResult(
          kind,
          start,
          Instant.now(),
          outcome.changes(),
          outcome.outputs(),
          events.changedResources());
    } catch (Exception e) {
      // Only a program process has stderr lines of its own to tell; inline the program reports
      // through the engine, and other plugins' stderr is no business of a status message.
      throw translate(
          e,
          events.errors(),
          execution instanceof ProgramExecution.Process ? events.stderr() : List.of());
    }
  }

  /**
   * Writes the program's inputs to the stack's configuration. The Automation API only passes values
   * as command-line arguments ({@code config set-all --secret k=v}), where any process of the pod
   * can read them in {@code /proc/<pid>/cmdline} and a value is limited to 128 KiB. Secret values
   * go through {@code pulumi config set <key> --secret} on standard input instead; plain values
   * stay on the command line. Only keys ever appear in messages.
   */
  private void writeConfig(WorkspaceStack stack, StackRequest request) throws AutomationException {
    Map<String, ConfigValue> plain = new LinkedHashMap<>();
    request.config().forEach((key, value) -> plain.put(key, new ConfigValue(value, false)));
    if (!plain.isEmpty()) {
      stack.setAllConfig(plain);
    }
    Path workDir = workspaces.resolve(request.ref().project()).resolve(request.ref().stack());
    var command =
        cli.cli()
            .operation(
                "writing the secret configuration of stack " + request.ref(),
                Instant.now().plus(cli.deadlines().housekeeping()));
    for (var secret : request.secretConfig().entrySet()) {
      command.run(
          List.of("config", "set", "--stack", request.ref().stack(), "--secret", secret.getKey()),
          CommandRunOptions.builder()
              .workingDir(workDir)
              .additionalEnv(cli.environment())
              .standardInput(secret.getValue())
              .build());
    }
  }

  private WorkspaceStack select(StackRef ref, StackProgram program, OperationKind kind)
      throws AutomationException {
    Duration limit = cli.deadlines().of(kind);
    return select(
        ref,
        program,
        kind.value() + " of stack " + ref + " (deadline " + human(limit) + ")",
        Instant.now().plus(limit));
  }

  private WorkspaceStack select(StackRef ref, StackProgram program, String housekeeping)
      throws AutomationException {
    Duration limit = cli.deadlines().housekeeping();
    return select(
        ref,
        program,
        housekeeping + " of stack " + ref + " (deadline " + human(limit) + ")",
        Instant.now().plus(limit));
  }

  private static String human(Duration duration) {
    return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + "m" : duration.toSeconds() + "s";
  }

  private WorkspaceStack select(
      StackRef ref, StackProgram program, String description, Instant deadline)
      throws AutomationException {
    Path workDir = workspaces.resolve(ref.project()).resolve(ref.stack());
    try {
      Files.createDirectories(workDir);
      // The file backend does not create its own directory (a fresh state volume has none).
      Optional<Path> backend = FileBackendLocks.directory(backendUrl);
      if (backend.isPresent()) {
        Files.createDirectories(backend.get());
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
    options.pulumiCommand(cli.cli().operation(description, deadline));
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

  /**
   * An exception a program reported, without the program's command line and stack frames: {@code
   * java.lang.IllegalStateException: ...}, with its causes.
   */
  static String programError(String message) {
    Matcher m = UNHANDLED_EXCEPTION.matcher(message);
    if (!m.find()) {
      return message;
    }
    return message
        .substring(m.end())
        .lines()
        .filter(l -> !l.isBlank() && !STACK_FRAME.matcher(l).matches())
        .map(String::strip)
        .collect(Collectors.joining("; "));
  }

  private static StackOperationException translate(
      Exception e, List<String> engineErrors, List<String> programStderr) {
    if (e instanceof StackOperationException soe) {
      return soe;
    }
    Optional<PulumiCli.DeadlineExceededException> deadline = deadlineExceeded(e);
    if (deadline.isPresent()) {
      return new StackOperationException(Reason.DEADLINE_EXCEEDED, firstLine(deadline.get()), e);
    }
    if (e instanceof ConcurrentUpdateException) {
      return new StackOperationException(
          Reason.LOCKED, "the stack is locked by another update: " + firstLine(e), e);
    }
    // A program's refusal is a decision of the program, not a failure to retry blindly; it can
    // only travel as text, so the program marks it (see ProgramRefusal).
    Optional<StackOperationException> refused =
        ProgramRefusal.in(
            engineErrors.isEmpty()
                ? List.of(Optional.ofNullable(e.getMessage()).orElse(""))
                : engineErrors,
            e);
    if (refused.isPresent()) {
      return refused.get();
    }
    String message =
        engineErrors.isEmpty()
            ? (e instanceof CommandException ce ? commandMessage(ce) : firstLine(e))
            : engineErrors.stream()
                .map(AutomationApiStackEngine::programError)
                .collect(Collectors.joining("; "));
    if (!programStderr.isEmpty()
        && engineErrors.stream().allMatch(m -> GENERIC_ERROR.matcher(m).matches())) {
      // A program process that died before it could tell the engine why (a JVM that did not
      // start, ran out of memory, was killed): its stderr is all there is to go by.
      message += "; program stderr: " + String.join(" | ", programStderr);
    }
    Reason reason = e instanceof CommandException ? Reason.FAILED : Reason.UNAVAILABLE;
    return new StackOperationException(reason, truncate(message), e);
  }

  /** The deadline the CLI ran past, wherever the Automation API wrapped it. */
  private static Optional<PulumiCli.DeadlineExceededException> deadlineExceeded(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PulumiCli.DeadlineExceededException exceeded) {
        return Optional.of(exceeded);
      }
    }
    return Optional.empty();
  }

  private static String commandMessage(CommandException e) {
    // CommandException's message carries the CLI's stderr ("code: N", "stdout: ...", "stderr:
    // ..."), where the engine writes "error: ...".
    String text = Optional.ofNullable(e.getMessage()).orElse("the Pulumi CLI failed");
    return text.lines()
        .map(String::strip)
        .map(l -> l.startsWith("stderr:") ? l.substring("stderr:".length()).strip() : l)
        .filter(l -> l.startsWith("error:"))
        .map(l -> l.substring("error:".length()).strip())
        .reduce((a, b) -> a + "; " + b)
        .orElse(text.strip());
  }

  private static String firstLine(Throwable e) {
    String message = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    return message.lines().findFirst().orElse(message);
  }

  private static String truncate(String message) {
    return message.length() <= MAX_MESSAGE_LENGTH
        ? message
        : message.substring(0, MAX_MESSAGE_LENGTH) + "…";
  }

  private static Map<String, StackOutput> outputs(Map<String, OutputValue> values) {
    Map<String, StackOutput> result = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          // Programs export strings only; anything else would be a programming error upstream.
          String text = value.value() == null ? "" : value.value().toString();
          result.put(key, new StackOutput(text, value.isSecret()));
        });
    return result;
  }

  private static Map<String, Integer> changes(UpdateSummary summary) {
    return summary == null ? Map.of() : changes(summary.resourceChanges());
  }

  private static Map<String, Integer> changes(Map<OperationType, Integer> byOperation) {
    Map<String, Integer> changes = new LinkedHashMap<>();
    if (byOperation != null) {
      byOperation.forEach((op, n) -> changes.put(changeKey(op.name()), n));
    }
    return changes;
  }

  /** {@code CREATE_REPLACEMENT} → {@code create-replacement}, as the CLI prints it. */
  static String changeKey(String operationType) {
    return operationType.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private record Outcome(Map<String, Integer> changes, Map<String, StackOutput> outputs) {}

  @FunctionalInterface
  private interface Operation {
    Outcome run(WorkspaceStack stack, Consumer<EngineEvent> events) throws Exception;
  }
}
