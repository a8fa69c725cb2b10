package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandException;
import com.pulumi.automation.CommandResult;
import dev.allotment.testing.pulumi.FaultInjector.EmulatedCrashException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pulumirpc.Language.RunRequest;

/**
 * {@code pulumi up} and {@code pulumi preview}: serve the engine, run the program, then report like
 * the CLI. An inline program runs through the Automation API's language host at {@code --client};
 * without {@code --client} the work directory's Java program runs in a process of its own, as
 * Pulumi's Java language host runs it (see {@link LocalProgramHost}).
 *
 * <p>Mirrored behaviour of the real CLI with a DIY backend: {@code up} takes the stack lock ({@code
 * preview} does not, as {@code diyBackend.Preview} does not); a failed {@code up} still records a
 * "failed" history entry and keeps the steps that completed; a preview persists nothing and records
 * no history; previous pending operations produce the engine's warning and pending creates survive
 * the update (only {@code refresh} or {@code stack import} clear them).
 */
final class ProgramCommands {

  private static final Set<String> SWITCHES =
      Set.of(
          "--yes",
          "--skip-preview",
          "--diff",
          "--debug",
          "--json",
          "--expect-no-changes",
          "--show-secrets",
          "--show-sames",
          "--show-reads",
          "--show-replacement-steps",
          "--suppress-outputs",
          "--suppress-permalink");

  private static final Set<String> VALUES =
      Set.of(
          "--client",
          "--exec-kind",
          "--message",
          "--parallel",
          "--replace",
          "--event-log",
          "--stack");

  private ProgramCommands() {}

  static CommandResult run(Invocation inv, boolean preview) throws Exception {
    CommandLine line = CommandLine.parse(inv.argv, 1, SWITCHES, VALUES);
    Optional<String> client = line.value("--client");
    Optional<LocalProgramHost> local =
        client.isPresent() ? Optional.empty() : Optional.of(LocalProgramHost.forProject(inv));
    ProgramHost host =
        (request, timeout) ->
            local.isPresent()
                ? local.get().run(request, timeout)
                : LanguageHostClient.run(client.get(), request, timeout);
    BackendStore store = inv.store();
    StackId id = inv.stack(line);
    StackRecord record = inv.load(store, id);
    inv.requireSecretsManager(record.secretsProvider);
    Map<String, ConfigEntry> config = config(inv, id);

    BackendStore.Lock lock = inv.lockUnlessPreview(store, id, preview);
    boolean crashed = false;
    try {
      return execute(inv, line, host, store, inv.load(store, id), config, preview);
    } catch (EmulatedCrashException e) {
      crashed = true;
      throw Crash.of(inv, e);
    } finally {
      if (lock != null && !crashed) {
        store.unlock(lock);
      }
    }
  }

  /** Runs the program: answers when it has finished, like {@code LanguageRuntime.Run}. */
  @FunctionalInterface
  private interface ProgramHost {
    LanguageHostClient.Outcome run(RunRequest request, Duration timeout) throws Exception;
  }

  private static CommandResult execute(
      Invocation inv,
      CommandLine line,
      ProgramHost host,
      BackendStore store,
      StackRecord record,
      Map<String, ConfigEntry> config,
      boolean preview)
      throws Exception {
    Instant start = Instant.now();
    StackId id = record.id();
    EngineEventSink events = inv.events;
    inv.print((preview ? "Previewing update" : "Updating") + " (" + id.stack() + "):");
    events.prelude(config);
    if (!preview) {
      PendingWarning.emit(events, record.pendingOperations);
    }
    List<ResourceState> previous = List.copyOf(record.resources);
    SnapshotJournal journal =
        new SnapshotJournal(
            store, record, !preview, PendingWarning.keptByUpdate(record.pendingOperations));
    ProgramDeployment deployment =
        new ProgramDeployment(
            id,
            preview,
            previous,
            journal,
            inv.emulator().cloud(),
            inv.emulator().faults(),
            events,
            Set.copyOf(line.values("--replace")));

    LanguageHostClient.Outcome outcome;
    try (MonitorServer monitor = MonitorServer.start(deployment)) {
      outcome =
          host.run(
              runRequest(inv, id, config, preview, monitor.address(), line),
              inv.emulator().programTimeout());
    }
    if (deployment.crash() != null) {
      throw deployment.crash();
    }
    boolean programFailed = outcome.failed() || !deployment.programErrors().isEmpty();
    if (!programFailed && !deployment.halted()) {
      deployment.deleteUndeclared();
    }
    if (deployment.crash() != null) {
      throw deployment.crash();
    }
    // After a failed step the program only dies of the monitor going away; the engine reports
    // the step's error, not that.
    boolean reportProgramError =
        !deployment.halted() && !outcome.bail() && !outcome.error().isEmpty();
    if (reportProgramError) {
      events.diagnostic(deployment.rootUrn(), "error", outcome.error());
    }
    boolean failed = programFailed || deployment.halted();
    boolean unexpectedChanges = line.has("--expect-no-changes") && deployment.counts().hasChanges();

    String kind = preview ? "preview" : "update";
    if (failed) {
      printDiagnostics(inv, id, deployment, reportProgramError ? outcome.error() : "");
      events.diagnostic(deployment.rootUrn(), "error", kind + " failed");
    } else if (!preview) {
      printOutputs(inv, journal);
    }
    if (!preview) {
      journal.save();
      record.history.add(
          HistoryEntry.of(
              record,
              "update",
              start,
              !failed && !unexpectedChanges,
              deployment.counts(),
              line.value("--message").orElse(""),
              line.value("--exec-kind").orElse("auto.inline"),
              config));
      store.save(record);
    }
    inv.print("Resources:\n" + deployment.counts().describe());
    Duration duration = Duration.between(start, Instant.now());
    inv.print("Duration: " + duration.toSeconds() + "s");
    events.summary(deployment.counts(), duration);
    events.cancel();
    if (failed) {
      throw inv.failure(kind + " failed");
    }
    if (unexpectedChanges) {
      throw inv.failure("no changes were expected but changes occurred");
    }
    return inv.ok();
  }

  private static Map<String, ConfigEntry> config(Invocation inv, StackId id)
      throws CommandException {
    try {
      return StackConfigFile.read(inv.workDir(), id);
    } catch (IllegalStateException e) {
      throw inv.failure(e.getMessage());
    }
  }

  /**
   * What the engine sends the language host: the Java runtime needs the monitor address, project,
   * stack, config with project-qualified keys (and which are secret), dry-run flag, organization,
   * and the engine address as {@code args[0]}.
   */
  private static RunRequest runRequest(
      Invocation inv,
      StackId id,
      Map<String, ConfigEntry> config,
      boolean preview,
      String monitorAddress,
      CommandLine line) {
    RunRequest.Builder request =
        RunRequest.newBuilder()
            .setProject(id.project())
            .setStack(id.stack())
            .setPwd(inv.workDir().toString())
            .setProgram(".")
            .addArgs(monitorAddress)
            .setDryRun(preview)
            .setParallel(line.value("--parallel").map(Integer::parseInt).orElse(16))
            .setMonitorAddress(monitorAddress)
            .setOrganization(StackId.ORGANIZATION);
    config.forEach(
        (k, v) -> {
          request.putConfig(k, v.value());
          if (v.secret()) {
            request.addConfigSecretKeys(k);
          }
        });
    return request.build();
  }

  private static void printOutputs(Invocation inv, SnapshotJournal journal) {
    journal.resources().stream()
        .filter(r -> ResourceState.STACK_TYPE.equals(r.type()) && r.outputs() != null)
        .findFirst()
        .filter(r -> r.outputs().size() > 0)
        .ifPresent(
            root -> {
              inv.print("Outputs:");
              JsonNode masked = PropertyValues.mask(root.outputs());
              masked
                  .fields()
                  .forEachRemaining(
                      e -> inv.print("    " + e.getKey() + ": " + e.getValue().toString()));
            });
  }

  private static void printDiagnostics(
      Invocation inv, StackId id, ProgramDeployment deployment, String programError) {
    inv.print("Diagnostics:");
    deployment.diagnostics().forEach(d -> inv.print("  " + d + "\n"));
    StringBuilder stack =
        new StringBuilder("  " + ResourceState.STACK_TYPE + " (" + id.rootName() + "):");
    deployment.programErrors().forEach(e -> stack.append("\n    error: ").append(e.strip()));
    if (!programError.isEmpty()) {
      stack.append("\n    error: ").append(programError.strip());
    }
    String kind = inv.argv.get(0).equals("preview") ? "preview" : "update";
    stack.append("\n    error: ").append(kind).append(" failed");
    inv.print(stack.toString());
  }

  /** Exceptions a dead CLI process leaves its caller with. */
  static final class Crash {
    private Crash() {}

    /**
     * Like a process killed mid-update: exit code 137 and whatever it printed so far. Stderr names
     * the emulated crash so a test failure is easy to read; no real CLI would print it.
     */
    static AutomationException of(Invocation inv, EmulatedCrashException e) {
      String stderr =
          "signal: killed (emulated crash of the Pulumi CLI during the "
              + e.operation
              + " of "
              + e.urn
              + "; its lock file and pending operation were left behind)\n";
      return new CommandException(new CommandResult(137, inv.events.stdout(), stderr));
    }
  }
}
