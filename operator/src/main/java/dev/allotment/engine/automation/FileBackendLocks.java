package dev.allotment.engine.automation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allotment.engine.LockHolder;
import dev.allotment.engine.StackRef;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lock files of Pulumi's file ("diy") backend: {@code
 * <backend>/.pulumi/locks/organization/<project>/<stack>/<uuid>.json}, each holding the {@code
 * pid}, {@code username}, {@code hostname} and {@code timestamp} of the update that took it.
 */
final class FileBackendLocks {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FileBackendLocks() {}

  /** The directory of a {@code file://} backend (its query, if any, dropped). */
  static Optional<Path> directory(String backendUrl) {
    if (!backendUrl.startsWith("file://")) {
      return Optional.empty();
    }
    int query = backendUrl.indexOf('?');
    return Optional.of(
        Path.of(URI.create(query < 0 ? backendUrl : backendUrl.substring(0, query))));
  }

  /** The holders, or empty when the backend is not a local directory. */
  static Optional<List<LockHolder>> holders(String backendUrl, StackRef ref) throws IOException {
    Optional<Path> backend = directory(backendUrl);
    if (backend.isEmpty()) {
      return Optional.empty();
    }
    Path dir =
        backend
            .get()
            .resolve(".pulumi/locks/organization")
            .resolve(ref.project())
            .resolve(ref.stack());
    List<LockHolder> holders = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        holders.add(read(file));
      }
    } catch (NoSuchFileException nobody) {
      return Optional.of(List.of());
    }
    return Optional.of(holders);
  }

  private static LockHolder read(Path file) throws IOException {
    JsonNode lock = JSON.readTree(file.toFile());
    Instant since;
    try {
      since = Instant.parse(lock.path("timestamp").asText());
    } catch (DateTimeParseException e) {
      // An unreadable time: as old as the file, which the CLI wrote when it took the lock.
      since = Files.getLastModifiedTime(file).toInstant();
    }
    return new LockHolder(lock.path("pid").asLong(), lock.path("hostname").asText(), since);
  }
}
