package dev.allotment.testing.pulumi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Stack configuration where the real CLI keeps it: {@code config:} of the work directory's {@code
 * Pulumi.<stack>.yaml}, keys project-qualified, secrets as {@code {secure: ...}}. Keeping the file
 * format means config passed through {@code LocalWorkspaceOptions.stackSettings} is read too. The
 * "ciphertext" is base64 behind a {@code v1:emulated:} prefix: not secret, but never plaintext.
 */
final class StackConfigFile {

  private static final String SECURE_PREFIX = "v1:emulated:";
  private static final String[] EXTENSIONS = {".yaml", ".yml", ".json"};

  private StackConfigFile() {}

  /** Keys without a namespace belong to the project, as {@code pulumi config set} assumes. */
  static String qualify(String project, String key) {
    return key.contains(":") ? key : project + ":" + key;
  }

  static Path path(Path workDir, StackId id) {
    for (String ext : EXTENSIONS) {
      Path candidate = workDir.resolve("Pulumi." + id.stack() + ext);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    return workDir.resolve("Pulumi." + id.stack() + ".yaml");
  }

  static Map<String, ConfigEntry> read(Path workDir, StackId id) {
    Map<String, ConfigEntry> config = new TreeMap<>();
    Object section = load(path(workDir, id)).get("config");
    if (!(section instanceof Map<?, ?> entries)) {
      return config;
    }
    entries.forEach(
        (k, v) -> {
          String key = qualify(id.project(), String.valueOf(k));
          if (v instanceof Map<?, ?> m && m.size() == 1 && m.get("secure") != null) {
            config.put(key, new ConfigEntry(unseal(key, String.valueOf(m.get("secure"))), true));
          } else if (v instanceof Map<?, ?> || v instanceof Iterable<?>) {
            config.put(key, new ConfigEntry(PropertyValues.compact(v), false));
          } else {
            config.put(key, new ConfigEntry(v == null ? "" : String.valueOf(v), false));
          }
        });
    return config;
  }

  static void write(Path workDir, StackId id, Map<String, ConfigEntry> config) {
    Path file = path(workDir, id);
    Map<String, Object> document = load(file);
    Map<String, Object> section = new LinkedHashMap<>();
    config.forEach(
        (k, v) -> section.put(k, v.secret() ? Map.of("secure", seal(v.value())) : v.value()));
    if (section.isEmpty()) {
      document.remove("config");
    } else {
      document.put("config", section);
    }
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    try {
      Files.writeString(file, new Yaml(options).dump(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path workDir, StackId id) {
    try {
      Files.deleteIfExists(path(workDir, id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String seal(String plaintext) {
    return SECURE_PREFIX
        + Base64.getEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8));
  }

  static String unseal(String key, String ciphertext) {
    if (!ciphertext.startsWith(SECURE_PREFIX)) {
      throw new IllegalStateException(
          "cannot decrypt secure config value "
              + key
              + ": it was not written by the Pulumi CLI emulator");
    }
    return new String(
        Base64.getDecoder().decode(ciphertext.substring(SECURE_PREFIX.length())),
        StandardCharsets.UTF_8);
  }

  private static Map<String, Object> load(Path file) {
    if (!Files.exists(file)) {
      return new LinkedHashMap<>();
    }
    try {
      Object loaded = new Yaml().load(Files.readString(file));
      Map<String, Object> document = new LinkedHashMap<>();
      if (loaded instanceof Map<?, ?> map) {
        map.forEach((k, v) -> document.put(String.valueOf(k), v));
      }
      return document;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
