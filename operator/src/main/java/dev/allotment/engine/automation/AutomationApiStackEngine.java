package dev.allotment.engine.automation;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandException;
import com.pulumi.automation.ConcurrentUpdateException;
import com.pulumi.automation.ConfigValue;
import com.pulumi.automation.DestroyOptions;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.OperationType;
import com.pulumi.automation.OutputValue;
import com.pulumi.automation.PreviewOptions;
import com.pulumi.automation.ProjectBackend;
import com.pulumi.automation.ProjectRuntimeName;
import com.pulumi.automation.ProjectSettings;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.RefreshOptions;
import com.pulumi.automation.UpOptions;
import com.pulumi.automation.UpdateSummary;
import com.pulumi.automation.WorkspaceStack;
import com.pulumi.automation.events.EngineEvent;
import dev.allotment.engine.OperationKind;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@link StackEngine} on the Pulumi Automation API: a {@link LocalWorkspace} with an inline
 * program, one work directory per stack. The Automation API runs {@code up}, {@code destroy} and
 * friends on the workspace's selected stack without passing {@code --stack}, so two stacks must
 * never share a workspace; a directory per stack makes that structural.
 *
 * <p>Credentials reach the CLI through the operator's process environment, which the CLI inherits;
 * they never pass through this class.
 */
public final class AutomationApiStackEngine implements StackEngine {

  private static final int MAX_MESSAGE_LENGTH = 4000;

  private final Path workspaces;
  private final String backendUrl;
  private final String secretsProvider;
  private final Optional<PulumiCommand> command;

  /**
   * @param workspaces root of the per-stack work directories
   * @param command the CLI to run; empty for the {@code pulumi} binary on {@code PATH}
   */
  public AutomationApiStackEngine(
      Path workspaces, String backendUrl, String secretsProvider, Optional<PulumiCommand> command) {
    this.workspaces = workspaces;
    this.backendUrl = backendUrl;
    this.secretsProvider = secretsProvider;
    this.command = command;
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
    try (var stack = select(ref, ctx -> {})) {
      return outputs(stack.getOutputs());
    } catch (Exception e) {
      throw translate(e, List.of());
    }
  }

  @Override
  public void cancel(StackRef ref) throws StackOperationException {
    try (var stack = select(ref, ctx -> {})) {
      stack.cancel();
    } catch (Exception e) {
      throw translate(e, List.of());
    }
  }

  private StackResult run(StackRequest request, OperationKind kind, Operation operation)
      throws StackOperationException {
    Instant start = Instant.now();
    var events = new EngineEventCollector(kind == OperationKind.REFRESH);
    try (var stack = select(request.ref(), request.program())) {
      if (!request.config().isEmpty()) {
        stack.setAllConfig(
            request.config().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new ConfigValue(e.getValue()))));
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
      throw translate(e, events.errors());
    }
  }

  private WorkspaceStack select(StackRef ref, StackProgram program) throws AutomationException {
    Path workDir = workspaces.resolve(ref.project()).resolve(ref.stack());
    try {
      Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new AutomationException("cannot create work directory " + workDir, e);
    }
    var options =
        LocalWorkspaceOptions.builder()
            .workDir(workDir)
            .program(program::run)
            .secretsProvider(secretsProvider)
            .projectSettings(
                ProjectSettings.builder(ref.project(), ProjectRuntimeName.JAVA)
                    .backend(ProjectBackend.builder().url(backendUrl).build())
                    .build());
    command.ifPresent(options::pulumiCommand);
    return WorkspaceStack.createOrSelect(ref.stack(), LocalWorkspace.create(options.build()));
  }

  private static StackOperationException translate(Exception e, List<String> engineErrors) {
    if (e instanceof StackOperationException soe) {
      return soe;
    }
    if (e instanceof ConcurrentUpdateException) {
      return new StackOperationException(
          Reason.LOCKED, "the stack is locked by another update: " + firstLine(e), e);
    }
    String message =
        engineErrors.isEmpty()
            ? (e instanceof CommandException ce ? commandMessage(ce) : firstLine(e))
            : String.join("; ", engineErrors);
    Reason reason = e instanceof CommandException ? Reason.FAILED : Reason.UNAVAILABLE;
    return new StackOperationException(reason, truncate(message), e);
  }

  private static String commandMessage(CommandException e) {
    // CommandException's message carries the CLI's stderr, where the engine writes "error: ...".
    String text = Optional.ofNullable(e.getMessage()).orElse("the Pulumi CLI failed");
    return text.lines()
        .map(String::strip)
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
