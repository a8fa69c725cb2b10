package dev.allotment.testing.pulumi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/** The parts of a work directory's {@code Pulumi.yaml} the CLI needs: project name and backend. */
record ProjectFile(String name, Optional<String> backendUrl) {

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
          return Optional.of(new ProjectFile(String.valueOf(map.get("name")), backend));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return Optional.empty();
  }
}
