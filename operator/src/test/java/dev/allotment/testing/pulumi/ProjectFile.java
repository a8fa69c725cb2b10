package dev.allotment.testing.pulumi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The parts of a work directory's {@code Pulumi.yaml} the CLI needs: project name, backend, and the
 * runtime with its {@code binary} option (what the language host runs for a local program).
 */
record ProjectFile(
    String name, Optional<String> backendUrl, String runtime, Optional<String> binary) {

  private static final String[] NAMES = {"Pulumi.yaml", "Pulumi.yml", "Pulumi.json"};

  /**
   * Empty when there is no project file, where the real CLI fails "no Pulumi.yaml project file
   * found".
   */
  static Optional<ProjectFile> read(Path workDir) {
    for (String name : NAMES) {
      Path file = workDir.resolve(name);
      if (Files.exists(file)) {
        try {
          Object loaded = new Yaml().load(Files.readString(file));
          if (!(loaded instanceof Map<?, ?> map) || map.get("name") == null) {
            throw new IllegalStateException(file + " has no project name");
          }
          Optional<String> backend = Optional.empty();
          if (map.get("backend") instanceof Map<?, ?> b && b.get("url") != null) {
            backend = Optional.of(String.valueOf(b.get("url")));
          }
          String runtime = "";
          Optional<String> binary = Optional.empty();
          if (map.get("runtime") instanceof Map<?, ?> r) {
            runtime = String.valueOf(r.get("name"));
            if (r.get("options") instanceof Map<?, ?> o && o.get("binary") != null) {
              binary = Optional.of(String.valueOf(o.get("binary")));
            }
          } else if (map.get("runtime") != null) {
            runtime = String.valueOf(map.get("runtime"));
          }
          return Optional.of(
              new ProjectFile(String.valueOf(map.get("name")), backend, runtime, binary));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return Optional.empty();
  }
}
