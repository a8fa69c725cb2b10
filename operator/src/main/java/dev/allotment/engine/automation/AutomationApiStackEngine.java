package dev.allotment.engine.automation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.automation.AutomationException;
import com.pulumi.automation.DestroyOptions;
import com.pulumi.automation.OperationType;
import com.pulumi.automation.OutputValue;
import com.pulumi.automation.PreviewOptions;
import com.pulumi.automation.PreviewResult;
import com.pulumi.automation.RefreshOptions;
import com.pulumi.automation.StackDeployment;
import com.pulumi.automation.UpOptions;
import com.pulumi.automation.UpResult;
import com.pulumi.automation.UpdateResult;
import com.pulumi.automation.UpdateSummary;
import com.pulumi.automation.WorkspaceStack;
import com.pulumi.automation.events.EngineEvent;
import dev.allotment.engine.LockHolder;
import dev.allotment.engine.OperationDeadlines;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOperationException.Reason;
import dev.allotment.engine.StackOutput;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.StackResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link StackEngine} on the Pulumi Automation API: a workspace per stack ({@link
 * StackWorkspaces}), failures translated by {@link EngineErrors}.
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

  private final String backendUrl;
  private final ProgramExecution execution;
  private final StackWorkspaces workspaces;

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
    this.backendUrl = backendUrl;
    this.execution = execution;
    this.workspaces = new StackWorkspaces(workspaces, backendUrl, secretsProvider, execution, cli);
  }

  @Override
  public StackResult up(StackRequest request) throws StackOperationException {
    return run(request, OperationKind.UP);
  }

  @Override
  public StackResult preview(StackRequest request) throws StackOperationException {
    return run(request, OperationKind.PREVIEW);
  }

  @Override
  public StackResult refresh(StackRequest request) throws StackOperationException {
    return run(request, OperationKind.REFRESH);
  }

  @Override
  public StackResult destroy(StackRequest request) throws StackOperationException {
    return run(request, OperationKind.DESTROY);
  }

  @Override
  public Map<String, StackOutput> outputs(StackRef ref) throws StackOperationException {
    return housekeeping(ref, "reading the outputs", stack -> outputs(stack.getOutputs()));
  }

  @Override
  public void cancel(StackRef ref) throws StackOperationException {
    housekeeping(
        ref,
        "cancelling the lock",
        stack -> {
          stack.cancel();
          return null;
        });
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
    housekeeping(ref, "resolving pending operations", stack -> resolvePending(ref, stack));
  }

  /** Whether the checkpoint had pending operations to resolve. */
  private static boolean resolvePending(StackRef ref, WorkspaceStack stack) throws Exception {
    StackDeployment exported = stack.exportStack();
    List<PendingCreates.Pending> pending = PendingCreates.of(exported.deployment());
    if (pending.isEmpty() && !exported.deployment().containsKey("pending_operations")) {
      return false;
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
    return true;
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

  private StackResult run(StackRequest request, OperationKind kind) throws StackOperationException {
    Instant start = Instant.now();
    var events =
        new EngineEventCollector(kind == OperationKind.REFRESH, kind == OperationKind.PREVIEW);
    try (var stack = workspaces.forOperation(request.ref(), request.program(), kind)) {
      if (execution instanceof ProgramExecution.Process && !request.inputs().isEmpty()) {
        workspaces.writeConfig(stack, request);
      }
      Outcome outcome = operate(stack, kind, events);
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
      throw EngineErrors.translate(
          e,
          events.errors(),
          execution instanceof ProgramExecution.Process ? events.stderr() : List.of());
    }
  }

  private <T> T housekeeping(StackRef ref, String what, Housekeeping<T> work)
      throws StackOperationException {
    try (var stack = workspaces.forHousekeeping(ref, what)) {
      return work.run(stack);
    } catch (Exception e) {
      throw EngineErrors.translate(e);
    }
  }

  /** Runs the operation on the selected stack: what changed, and the outputs after an up. */
  private static Outcome operate(
      WorkspaceStack stack, OperationKind kind, Consumer<EngineEvent> events)
      throws AutomationException {
    return switch (kind) {
      case UP -> {
        UpResult result = stack.up(UpOptions.builder().onEvent(events).build());
        yield new Outcome(changes(result.summary()), outputs(result.outputs()));
      }
      case PREVIEW -> {
        PreviewResult result = stack.preview(PreviewOptions.builder().onEvent(events).build());
        yield new Outcome(changes(result.changeSummary()), Map.of());
      }
      case REFRESH -> {
        UpdateResult result = stack.refresh(RefreshOptions.builder().onEvent(events).build());
        yield new Outcome(changes(result.summary()), outputs(stack.getOutputs()));
      }
      case DESTROY -> {
        UpdateResult result = stack.destroy(DestroyOptions.builder().onEvent(events).build());
        yield new Outcome(changes(result.summary()), Map.of());
      }
    };
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
  private interface Housekeeping<T> {
    T run(WorkspaceStack stack) throws Exception;
  }
}
