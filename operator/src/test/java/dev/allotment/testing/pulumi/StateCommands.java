package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.automation.CommandResult;
import dev.allotment.testing.pulumi.EngineEventSink.Step;
import dev.allotment.testing.pulumi.FaultInjector.EmulatedCrashException;
import dev.allotment.testing.pulumi.FaultInjector.ProviderFailureException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pulumi refresh} and {@code pulumi destroy}, which work on the checkpoint without running
 * the program (the CLI's default for both).
 *
 * <p>Refresh reads every cloud resource: a missing one is reported as {@code delete} and dropped, a
 * changed one as {@code update} with its outputs adopted (and its inputs for the properties it
 * read, as providers do, so the next {@code up} puts the program's values back), the rest as {@code
 * same}. Refresh clears pending operations except interrupted creates, which are kept unless {@code
 * --clear-pending-creates} drops them or {@code --import-pending-creates <urn> <id>} adopts them
 * (the non-interactive CLI's behaviour). Destroy deletes everything in reverse order. Both take the
 * stack lock unless {@code --preview-only} (as the DIY backend since 3.229), and record history.
 */
final class StateCommands {

  private static final Set<String> SWITCHES =
      Set.of(
          "--yes",
          "--skip-preview",
          "--preview-only",
          "--expect-no-changes",
          "--diff",
          "--debug",
          "--json",
          "--show-secrets",
          "--suppress-outputs",
          "--suppress-permalink");

  private static final Set<String> VALUES =
      Set.of("--exec-kind", "--message", "--parallel", "--event-log", "--stack");

  private StateCommands() {}

  private interface Operation {
    boolean run(
        Invocation inv,
        CommandLine line,
        BackendStore store,
        StackRecord record,
        ChangeCounts counts)
        throws Exception;
  }

  static CommandResult refresh(Invocation inv) throws Exception {
    Set<String> switches = new HashSet<>(SWITCHES);
    switches.addAll(Set.of("--skip-pending-creates", "--clear-pending-creates"));
    Set<String> values = new HashSet<>(VALUES);
    values.add("--import-pending-creates");
    CommandLine line = CommandLine.parse(inv.argv, 1, switches, values);
    return locked(inv, line, "refresh", "Refreshing", StateCommands::refresh);
  }

  static CommandResult destroy(Invocation inv) throws Exception {
    CommandLine line = CommandLine.parse(inv.argv, 1, SWITCHES, VALUES);
    return locked(inv, line, "destroy", "Destroying", StateCommands::destroy);
  }

  private static CommandResult locked(
      Invocation inv, CommandLine line, String kind, String verb, Operation operation)
      throws Exception {
    boolean previewOnly = line.has("--preview-only");
    BackendStore store = inv.store();
    StackId id = inv.stack(line);
    StackRecord record = inv.load(store, id);
    inv.requireSecretsManager(record.secretsProvider);
    Map<String, ConfigEntry> config = StackConfigFile.read(inv.workDir(), id);
    BackendStore.Lock lock = inv.lockUnlessPreview(store, id, previewOnly);
    boolean crashed = false;
    try {
      Instant start = Instant.now();
      record = inv.load(store, id);
      inv.print(verb + " (" + id.stack() + "):");
      inv.events.prelude(config);
      ChangeCounts counts = new ChangeCounts();
      boolean succeeded = operation.run(inv, line, store, record, counts);
      boolean unexpected = line.has("--expect-no-changes") && counts.hasChanges();
      if (!previewOnly) {
        record.history.add(
            HistoryEntry.of(
                record,
                kind,
                start,
                succeeded && !unexpected,
                counts,
                line.value("--message").orElse(""),
                line.value("--exec-kind").orElse("auto.inline"),
                config));
        store.save(record);
      }
      inv.print("Resources:\n" + counts.describe());
      Duration duration = Duration.between(start, Instant.now());
      inv.print("Duration: " + duration.toSeconds() + "s");
      inv.events.summary(counts, duration);
      inv.events.cancel();
      if (!succeeded) {
        throw inv.failure(kind + " failed");
      }
      if (unexpected) {
        throw inv.failure("no changes were expected but changes occurred");
      }
      return inv.ok();
    } catch (EmulatedCrashException e) {
      crashed = true;
      throw ProgramCommands.Crash.of(inv, e);
    } finally {
      if (lock != null && !crashed) {
        store.unlock(lock);
      }
    }
  }

  private static boolean refresh(
      Invocation inv,
      CommandLine line,
      BackendStore store,
      StackRecord record,
      ChangeCounts counts) {
    boolean previewOnly = line.has("--preview-only");
    EmulatedProvider provider =
        new EmulatedProvider(inv.emulator().cloud(), inv.emulator().faults());
    List<ResourceState> refreshed = new ArrayList<>();
    boolean succeeded = true;
    for (ResourceState r : record.resources) {
      if (!succeeded || !ResourceState.isCloudResource(r.custom(), r.type())) {
        refreshed.add(r);
        if (succeeded && !ResourceState.isDefaultProvider(r.urn(), r.type())) {
          counts.add(ChangeCounts.SAME);
        }
        continue;
      }
      inv.events.resourcePre(
          new Step(ChangeCounts.REFRESH, r.urn(), r.type(), r, r, List.of()), previewOnly);
      Optional<ObjectNode> live;
      try {
        live = provider.read(r);
      } catch (ProviderFailureException e) {
        succeeded = false;
        refreshed.add(r);
        inv.events.diagnostic(r.urn(), "error", e.getMessage());
        inv.print(
            "Diagnostics:\n  "
                + r.type()
                + " ("
                + ResourceState.nameOf(r.urn())
                + "):\n    error: "
                + e.getMessage());
        continue;
      }
      String op;
      ResourceState now = null;
      if (live.isEmpty()) {
        op = ChangeCounts.DELETE;
      } else if (PropertyValues.same(live.get(), r.outputs())) {
        op = ChangeCounts.SAME;
        now = r;
      } else {
        op = ChangeCounts.UPDATE;
        ObjectNode inputs = r.inputs().deepCopy();
        r.inputs()
            .fieldNames()
            .forEachRemaining(
                k -> {
                  if (live.get().has(k)) {
                    inputs.set(k, live.get().get(k).deepCopy());
                  }
                });
        now = r.withInputsAndOutputs(inputs, live.get());
      }
      if (now != null) {
        refreshed.add(now);
      }
      counts.add(op);
      String eventOp = op.equals(ChangeCounts.SAME) ? ChangeCounts.REFRESH : op;
      inv.events.resourceOutputs(
          new Step(eventOp, r.urn(), r.type(), r, now, List.of()), previewOnly);
      if (!op.equals(ChangeCounts.SAME)) {
        inv.print(" ~  " + r.type() + " " + ResourceState.nameOf(r.urn()) + " " + op + "d");
      }
    }
    List<PendingOperation> kept = new ArrayList<>();
    Map<String, String> imports = pairs(line.values("--import-pending-creates"));
    for (PendingOperation op : record.pendingOperations) {
      if (!op.type().equals(PendingOperation.CREATING)) {
        continue;
      }
      String urn = op.resource().urn();
      if (imports.containsKey(urn)) {
        ObjectNode outputs = provider.readByUrn(urn).orElse(op.resource().inputs().deepCopy());
        refreshed.add(op.resource().withIdAndOutputs(imports.get(urn), outputs));
      } else if (!line.has("--clear-pending-creates")) {
        kept.add(op);
      }
    }
    if (!previewOnly) {
      record.resources = refreshed;
      record.pendingOperations = kept;
    }
    return succeeded;
  }

  private static boolean destroy(
      Invocation inv,
      CommandLine line,
      BackendStore store,
      StackRecord record,
      ChangeCounts counts) {
    boolean previewOnly = line.has("--preview-only");
    EmulatedProvider provider =
        new EmulatedProvider(inv.emulator().cloud(), inv.emulator().faults());
    List<ResourceState> reversed = new ArrayList<>(record.resources);
    Collections.reverse(reversed);
    SnapshotJournal journal =
        new SnapshotJournal(
            store, record, !previewOnly, PendingWarning.keptByUpdate(record.pendingOperations));
    for (ResourceState r : reversed) {
      String name = ResourceState.nameOf(r.urn());
      if (r.protect()) {
        String message =
            "unable to delete resource \""
                + r.urn()
                + "\"\nas it is currently marked for protection";
        inv.events.diagnostic(r.urn(), "error", message);
        inv.print("Diagnostics:\n  " + r.type() + " (" + name + "):\n    error: " + message);
        return false;
      }
      Step step = new Step(ChangeCounts.DELETE, r.urn(), r.type(), r, null, List.of());
      boolean counted = !ResourceState.isDefaultProvider(r.urn(), r.type());
      if (counted) {
        inv.events.resourcePre(step, previewOnly);
      }
      if (!previewOnly) {
        try {
          provider.delete(r, journal);
        } catch (ProviderFailureException e) {
          inv.events.diagnostic(r.urn(), "error", e.getMessage());
          inv.events.resourceFailed(step);
          inv.print(
              "Diagnostics:\n  " + r.type() + " (" + name + "):\n    error: " + e.getMessage());
          return false;
        }
      }
      if (counted) {
        counts.add(ChangeCounts.DELETE);
        inv.events.resourceOutputs(step, previewOnly);
        inv.print(" -  " + r.type() + " " + name + " deleted");
      }
    }
    if (!previewOnly) {
      journal.save();
    }
    return true;
  }

  private static Map<String, String> pairs(List<String> values) {
    Map<String, String> pairs = new HashMap<>();
    for (int i = 0; i + 1 < values.size(); i += 2) {
      pairs.put(values.get(i), values.get(i + 1));
    }
    return pairs;
  }
}
