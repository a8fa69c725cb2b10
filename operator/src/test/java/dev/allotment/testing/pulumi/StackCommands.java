package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.automation.CommandException;
import com.pulumi.automation.CommandResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pulumi stack ...}, {@code cancel} and {@code whoami} against the emulated DIY backend,
 * with the real commands' JSON shapes and error wording.
 */
final class StackCommands {

  private static final Set<String> NONE = Set.of();

  private StackCommands() {}

  static CommandResult select(Invocation inv) throws Exception {
    CommandLine line = CommandLine.parse(inv.argv, 2, Set.of("--create"), Set.of("--stack"));
    String name =
        line.value("--stack")
            .or(() -> line.positional(0))
            .orElseThrow(() -> inv.unsupported("interactive stack selection"));
    StackId id = StackId.of(inv.project().name(), name);
    BackendStore store = inv.store();
    if (!store.exists(id)) {
      if (!line.has("--create")) {
        throw inv.stackNotFound(id.stack());
      }
      create(inv, store, id, null);
    }
    inv.emulator().select(inv.workDir(), id);
    return inv.ok();
  }

  static CommandResult init(Invocation inv) throws Exception {
    CommandLine line =
        CommandLine.parse(
            inv.argv, 2, Set.of("--no-select"), Set.of("--stack", "--secrets-provider"));
    String name =
        line.value("--stack")
            .or(() -> line.positional(0))
            .orElseThrow(() -> inv.unsupported("interactive stack init"));
    StackId id = StackId.of(inv.project().name(), name);
    BackendStore store = inv.store();
    if (store.exists(id)) {
      throw inv.stackExists(id);
    }
    create(inv, store, id, line.value("--secrets-provider").orElse(null));
    if (!line.has("--no-select")) {
      inv.emulator().select(inv.workDir(), id);
    }
    inv.print("Created stack '" + id.stack() + "'");
    return inv.ok();
  }

  private static void create(Invocation inv, BackendStore store, StackId id, String secrets)
      throws CommandException {
    inv.requireSecretsManager(secrets);
    StackRecord record = new StackRecord();
    record.project = id.project();
    record.stack = id.stack();
    record.secretsProvider = secrets == null ? "passphrase" : secrets;
    store.save(record);
  }

  static CommandResult list(Invocation inv) throws Exception {
    CommandLine line =
        CommandLine.parse(inv.argv, 2, Set.of("--json", "--all"), Set.of("--project"));
    String project = line.value("--project").orElse(inv.project().name());
    BackendStore store = inv.store();
    Optional<StackId> current = inv.emulator().selectedStack(inv.workDir());
    ArrayNode stacks = PropertyValues.JSON.createArrayNode();
    for (StackRecord record : store.list(project)) {
      ObjectNode summary = stacks.addObject();
      summary.put("name", record.stack);
      summary.put("current", current.map(record.id()::equals).orElse(false));
      if (!record.history.isEmpty()) {
        summary.put("lastUpdate", record.history.get(record.history.size() - 1).endTime());
        summary.put("resourceCount", record.resources.size());
      }
      summary.put("updateInProgress", !store.lockFiles(record.id()).isEmpty());
      summary.put("url", store.url());
    }
    if (line.has("--json")) {
      inv.print(stacks.toPrettyString());
    } else {
      inv.print("NAME  LAST UPDATE  RESOURCE COUNT");
      stacks.forEach(
          s ->
              inv.print(
                  s.path("name").asText()
                      + (s.path("current").asBoolean() ? "*" : "")
                      + "  "
                      + s.path("lastUpdate").asText("n/a")
                      + "  "
                      + s.path("resourceCount").asText("n/a")));
    }
    return inv.ok();
  }

  static CommandResult remove(Invocation inv) throws Exception {
    CommandLine line =
        CommandLine.parse(
            inv.argv, 2, Set.of("--yes", "--force", "--preserve-config"), Set.of("--stack"));
    StackId id =
        line.positional(0).isPresent()
            ? StackId.of(inv.project().name(), line.positional(0).get())
            : inv.stack(line);
    BackendStore store = inv.store();
    StackRecord record = inv.load(store, id);
    if (!record.resources.isEmpty() && !line.has("--force")) {
      throw inv.failure(
          "'"
              + id.stack()
              + "' still has resources; removal rejected. Possible actions:\n"
              + "- Make sure that '"
              + id.stack()
              + "' is the stack that you want to destroy\n"
              + "- Run `pulumi destroy` to delete the resources, then run `pulumi stack rm`\n"
              + "- Run `pulumi stack rm --force` to override this error");
    }
    store.delete(id);
    if (!line.has("--preserve-config")) {
      StackConfigFile.delete(inv.workDir(), id);
    }
    inv.emulator().unselect(id);
    inv.print("Stack '" + id.stack() + "' has been removed!");
    return inv.ok();
  }

  static CommandResult output(Invocation inv) throws Exception {
    CommandLine line =
        CommandLine.parse(
            inv.argv, 2, Set.of("--json", "--show-secrets", "--shell"), Set.of("--stack"));
    BackendStore store = inv.store();
    StackRecord record = inv.load(store, inv.stack(line));
    inv.requireSecretsManager(record.secretsProvider);
    ResourceState root = record.root();
    ObjectNode outputs =
        root == null || root.outputs() == null ? PropertyValues.object() : root.outputs();
    JsonNode shown =
        line.has("--show-secrets") ? PropertyValues.reveal(outputs) : PropertyValues.mask(outputs);
    Optional<String> property = line.positional(0);
    if (property.isPresent()) {
      JsonNode value = shown.get(property.get());
      if (value == null) {
        throw inv.failure("current stack does not have output property '" + property.get() + "'");
      }
      inv.print(line.has("--json") ? value.toPrettyString() : PropertyValues.text(value));
    } else if (line.has("--json")) {
      inv.print(shown.toPrettyString());
    } else {
      inv.print("Current stack outputs (" + shown.size() + "):");
      inv.print("    OUTPUT  VALUE");
      shown
          .fields()
          .forEachRemaining(
              e -> inv.print("    " + e.getKey() + "  " + PropertyValues.text(e.getValue())));
    }
    return inv.ok();
  }

  static CommandResult history(Invocation inv) throws Exception {
    CommandLine line =
        CommandLine.parse(
            inv.argv,
            2,
            Set.of("--json", "--show-secrets", "--full-dates"),
            Set.of("--stack", "--page-size", "--page"));
    BackendStore store = inv.store();
    StackRecord record = inv.load(store, inv.stack(line));
    boolean showSecrets = line.has("--show-secrets");
    if (showSecrets) {
      inv.requireSecretsManager(record.secretsProvider);
    }
    List<HistoryEntry> newestFirst = new ArrayList<>();
    for (int i = record.history.size() - 1; i >= 0; i--) {
      newestFirst.add(record.history.get(i).forDisplay(showSecrets));
    }
    int pageSize = line.value("--page-size").map(Integer::parseInt).orElse(0);
    if (pageSize > 0) {
      int page = Math.max(1, line.value("--page").map(Integer::parseInt).orElse(1));
      int from = Math.min(newestFirst.size(), (page - 1) * pageSize);
      newestFirst = newestFirst.subList(from, Math.min(newestFirst.size(), from + pageSize));
    }
    if (line.has("--json")) {
      inv.print(PropertyValues.write(newestFirst));
    } else {
      newestFirst.forEach(
          h ->
              inv.print(
                  "Version: "
                      + h.version()
                      + "\nUpdateKind: "
                      + h.kind()
                      + "\nStatus: "
                      + h.result()
                      + "\n"));
    }
    return inv.ok();
  }

  /**
   * {@code stack export}: the checkpoint as the real CLI exports it (version 3 deployment), with
   * secrets as {@code plaintext} for {@code --show-secrets} and as the emulator's ciphertext
   * otherwise.
   */
  static CommandResult export(Invocation inv) throws Exception {
    CommandLine line =
        CommandLine.parse(inv.argv, 2, Set.of("--show-secrets"), Set.of("--stack", "--file"));
    BackendStore store = inv.store();
    StackRecord record = inv.load(store, inv.stack(line));
    inv.requireSecretsManager(record.secretsProvider);
    boolean show = line.has("--show-secrets");
    ObjectNode exported = PropertyValues.object();
    exported.put("version", 3);
    ObjectNode deployment = exported.putObject("deployment");
    ObjectNode manifest = deployment.putObject("manifest");
    manifest.put("time", Instant.now().toString());
    manifest.put("magic", "");
    manifest.put("version", "v" + PulumiCliEmulator.VERSION);
    deployment.putObject("secrets_providers").put("type", record.secretsProvider);
    if (!record.resources.isEmpty()) {
      ArrayNode resources = deployment.putArray("resources");
      record.resources.forEach(
          r ->
              resources.add(
                  toJson(r.mapValues(show ? PropertyValues::exportable : PropertyValues::seal))));
    }
    if (!record.pendingOperations.isEmpty()) {
      ArrayNode pending = deployment.putArray("pending_operations");
      record.pendingOperations.forEach(
          p ->
              pending.add(
                  toJson(p.mapValues(show ? PropertyValues::exportable : PropertyValues::seal))));
    }
    String json = exported.toPrettyString();
    Optional<String> file = line.value("--file");
    if (file.isPresent()) {
      write(inv.workDir().resolve(file.get()), json);
    } else {
      inv.print(json);
    }
    return inv.ok();
  }

  /**
   * {@code stack import}: replaces the checkpoint's resources and pending operations with the
   * file's. This is the documented way to drop pending operations (export, edit, import).
   */
  static CommandResult importState(Invocation inv) throws Exception {
    CommandLine line =
        CommandLine.parse(inv.argv, 2, Set.of("--force"), Set.of("--stack", "--file"));
    BackendStore store = inv.store();
    StackId id = inv.stack(line);
    StackRecord record = inv.load(store, id);
    inv.requireSecretsManager(record.secretsProvider);
    Path file =
        inv.workDir()
            .resolve(line.value("--file").orElseThrow(() -> inv.unsupported("import from stdin")));
    JsonNode imported = PropertyValues.parse(Files.readString(file));
    if (imported.path("version").asInt() != 3) {
      throw inv.failure(
          "the stack '"
              + id.stack()
              + "' could not be imported: unsupported deployment version "
              + imported.path("version"));
    }
    JsonNode deployment = imported.path("deployment");
    List<ResourceState> resources = new ArrayList<>();
    for (JsonNode r : deployment.path("resources")) {
      resources.add(
          PropertyValues.JSON
              .treeToValue(r, ResourceState.class)
              .mapValues(PropertyValues::unseal));
    }
    List<PendingOperation> pending = new ArrayList<>();
    for (JsonNode p : deployment.path("pending_operations")) {
      pending.add(
          PropertyValues.JSON
              .treeToValue(p, PendingOperation.class)
              .mapValues(PropertyValues::unseal));
    }
    record.resources = resources;
    record.pendingOperations = pending;
    store.save(record);
    inv.print("Import complete.");
    return inv.ok();
  }

  static CommandResult tag(Invocation inv) throws Exception {
    String action = inv.argv.size() > 2 ? inv.argv.get(2) : "";
    CommandLine line = CommandLine.parse(inv.argv, 3, Set.of("--json"), Set.of("--stack"));
    BackendStore store = inv.store();
    StackRecord record = inv.load(store, inv.stack(line));
    switch (action) {
      case "get" -> {
        String key =
            line.positional(0).orElseThrow(() -> inv.unsupported("stack tag get without a name"));
        String value = record.tags.get(key);
        if (value == null) {
          throw inv.failure("stack tag '" + key + "' not found for stack '" + record.stack + "'");
        }
        inv.print(value);
      }
      case "set" -> {
        record.tags.put(
            line.positional(0).orElseThrow(() -> inv.unsupported("stack tag set without a name")),
            line.positional(1).orElseThrow(() -> inv.unsupported("stack tag set without a value")));
        store.save(record);
      }
      case "rm" -> {
        record.tags.remove(line.positional(0).orElseThrow(() -> inv.unsupported("stack tag rm")));
        store.save(record);
      }
      case "ls" -> inv.print(PropertyValues.write(record.tags));
      default -> throw inv.unsupported("stack tag " + action);
    }
    return inv.ok();
  }

  /**
   * {@code pulumi cancel} on a DIY backend deletes every lock file of the stack (supported since
   * CLI 3.26, pulumi/pulumi#9100). It does not stop a running update and leaves pending operations
   * alone.
   */
  static CommandResult cancel(Invocation inv) throws Exception {
    CommandLine line = CommandLine.parse(inv.argv, 1, Set.of("--yes"), Set.of("--stack"));
    StackId id =
        line.positional(0).isPresent()
            ? StackId.of(inv.project().name(), line.positional(0).get())
            : inv.stack(line);
    BackendStore store = inv.store();
    inv.load(store, id);
    store.removeLocks(id);
    inv.print("The currently running update for '" + id.stack() + "' has been canceled!");
    return inv.ok();
  }

  static CommandResult whoami(Invocation inv) throws Exception {
    CommandLine line = CommandLine.parse(inv.argv, 1, Set.of("--json"), NONE);
    String user = System.getProperty("user.name", "emulator");
    BackendStore store =
        ProjectFile.read(inv.workDir()).isPresent()
            ? inv.store()
            : inv.emulator().store(inv.emulator().backendDir());
    if (line.has("--json")) {
      ObjectNode who = PropertyValues.object();
      who.put("user", user);
      who.put("url", store.url());
      who.putArray("organizations");
      inv.print(who.toPrettyString());
    } else {
      inv.print(user);
    }
    return inv.ok();
  }

  private static JsonNode toJson(Object value) {
    return PropertyValues.JSON.valueToTree(value);
  }

  private static void write(Path file, String content) {
    try {
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
