package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.automation.CommandResult;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pulumi config ...}: values live in the work directory's {@code Pulumi.<stack>.yaml} (see
 * {@link StackConfigFile}); JSON output has the real CLI's shape ({@code {"value": ..., "secret":
 * ...}}, the value of a secret elided unless {@code --show-secrets}). Property paths ({@code
 * --path}) are not emulated and fail loudly.
 */
final class ConfigCommands {

  private ConfigCommands() {}

  static CommandResult list(Invocation inv) throws Exception {
    CommandLine line =
        CommandLine.parse(inv.argv, 1, Set.of("--json", "--show-secrets"), Set.of("--stack"));
    StackId id = existingStack(inv, line);
    Map<String, ConfigEntry> config = read(inv, id);
    boolean show = line.has("--show-secrets");
    if (line.has("--json")) {
      ObjectNode json = PropertyValues.object();
      config.forEach(
          (k, v) -> {
            ObjectNode entry = json.putObject(k);
            if (!v.secret() || show) {
              entry.put("value", v.value());
            }
            entry.put("secret", v.secret());
          });
      inv.print(json.toPrettyString());
    } else {
      inv.print("KEY  VALUE");
      config.forEach(
          (k, v) -> inv.print(k + "  " + (v.secret() && !show ? PropertyValues.MASK : v.value())));
    }
    return inv.ok();
  }

  static CommandResult get(Invocation inv) throws Exception {
    CommandLine line = CommandLine.parse(inv.argv, 2, Set.of("--json"), Set.of("--stack"));
    StackId id = existingStack(inv, line);
    String key =
        StackConfigFile.qualify(
            id.project(),
            line.positional(0).orElseThrow(() -> inv.unsupported("config get without a key")));
    ConfigEntry entry = read(inv, id).get(key);
    if (entry == null) {
      throw inv.failure("configuration key '" + key + "' not found for stack '" + id.stack() + "'");
    }
    if (line.has("--json")) {
      ObjectNode json = PropertyValues.object();
      json.put("value", entry.value());
      json.put("secret", entry.secret());
      inv.print(json.toPrettyString());
    } else {
      inv.print(entry.value());
    }
    return inv.ok();
  }

  static CommandResult set(Invocation inv) throws Exception {
    CommandLine line =
        CommandLine.parse(inv.argv, 2, Set.of("--plaintext", "--secret"), Set.of("--stack"));
    StackId id = existingStack(inv, line);
    String key = line.positional(0).orElseThrow(() -> inv.unsupported("config set without a key"));
    String value =
        line.positional(1)
            .orElseThrow(() -> inv.unsupported("config set reading the value from stdin"));
    boolean secret = line.has("--secret");
    if (secret) {
      inv.requireSecretsManager(inv.load(inv.store(), id).secretsProvider);
    }
    Map<String, ConfigEntry> config = read(inv, id);
    config.put(StackConfigFile.qualify(id.project(), key), new ConfigEntry(value, secret));
    StackConfigFile.write(inv.workDir(), id, config);
    return inv.ok();
  }

  static CommandResult setAll(Invocation inv) throws Exception {
    CommandLine line =
        CommandLine.parse(inv.argv, 2, Set.of(), Set.of("--stack", "--plaintext", "--secret"));
    StackId id = existingStack(inv, line);
    if (!line.values("--secret").isEmpty()) {
      inv.requireSecretsManager(inv.load(inv.store(), id).secretsProvider);
    }
    Map<String, ConfigEntry> config = read(inv, id);
    for (String flag : List.of("--plaintext", "--secret")) {
      for (String pair : line.values(flag)) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw inv.failure("could not parse " + pair + " as a configuration key/value pair");
        }
        config.put(
            StackConfigFile.qualify(id.project(), pair.substring(0, eq)),
            new ConfigEntry(pair.substring(eq + 1), flag.equals("--secret")));
      }
    }
    StackConfigFile.write(inv.workDir(), id, config);
    return inv.ok();
  }

  static CommandResult remove(Invocation inv, boolean all) throws Exception {
    CommandLine line = CommandLine.parse(inv.argv, 2, Set.of(), Set.of("--stack"));
    StackId id = existingStack(inv, line);
    Map<String, ConfigEntry> config = read(inv, id);
    List<String> keys =
        all
            ? line.positionals()
            : line.positionals().subList(0, Math.min(1, line.positionals().size()));
    keys.forEach(k -> config.remove(StackConfigFile.qualify(id.project(), k)));
    StackConfigFile.write(inv.workDir(), id, config);
    return inv.ok();
  }

  private static StackId existingStack(Invocation inv, CommandLine line) throws Exception {
    StackId id = inv.stack(line);
    inv.load(inv.store(), id);
    return id;
  }

  private static Map<String, ConfigEntry> read(Invocation inv, StackId id) throws Exception {
    try {
      return StackConfigFile.read(inv.workDir(), id);
    } catch (IllegalStateException e) {
      throw inv.failure(e.getMessage());
    }
  }
}
