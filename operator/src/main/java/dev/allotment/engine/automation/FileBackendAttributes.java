package dev.allotment.engine.automation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allotment.engine.StackRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The attribute files of Pulumi's file ("diy") backend. The backend stores objects through Go CDK's
 * fileblob, which keeps beside each object {@code <object>.attrs} (content type, MD5) and reads it
 * on every access of the object. It writes an object atomically (a temporary file, then a rename)
 * but its attribute file in place ({@code os.Create}, then the JSON): a CLI killed between the two
 * leaves the attribute file empty, and from then on every command on the stack fails with "failed
 * to load checkpoint: EOF". A missing attribute file reads as the defaults, so removing an
 * unreadable one loses nothing and makes the checkpoint load again.
 */
final class FileBackendAttributes {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FileBackendAttributes() {}

  /**
   * Removes the unreadable attribute files the stack's commands read: the backend's {@code
   * meta.yaml}, the stack's checkpoint and its backups, the stack's lock files. Returns those it
   * removed; nothing for a backend that is not a local directory.
   */
  static List<Path> repair(String backendUrl, StackRef ref) throws IOException {
    Optional<Path> backend = FileBackendLocks.directory(backendUrl);
    if (backend.isEmpty()) {
      return List.of();
    }
    Path pulumi = backend.get().resolve(".pulumi");
    List<Path> candidates = new ArrayList<>();
    candidates.add(pulumi.resolve("meta.yaml.attrs"));
    String checkpoint = ref.stack() + ".json";
    candidates.addAll(
        attributes(
            pulumi.resolve("stacks").resolve(ref.project()), name -> name.startsWith(checkpoint)));
    candidates.addAll(
        attributes(
            pulumi
                .resolve("locks")
                .resolve("organization")
                .resolve(ref.project())
                .resolve(ref.stack()),
            name -> true));
    List<Path> removed = new ArrayList<>();
    for (Path file : candidates) {
      if (Files.isRegularFile(file) && !readable(file)) {
        Files.deleteIfExists(file);
        removed.add(file);
      }
    }
    return removed;
  }

  private static List<Path> attributes(Path directory, Predicate<String> belongs)
      throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(
              f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".attrs") && belongs.test(name);
              })
          .toList();
    }
  }

  /** Whether fileblob can read it: a JSON object. */
  private static boolean readable(Path file) {
    try {
      return JSON.readTree(file.toFile()).isObject();
    } catch (IOException e) {
      return false;
    }
  }
}
