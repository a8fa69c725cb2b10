package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The emulated DIY ("file://") backend: one JSON file per stack under {@code
 * .pulumi/stacks/<project>/<stack>.json} and lock files under {@code
 * .pulumi/locks/organization/<project>/<stack>/<lock-id>.json}, the layout of the real
 * project-scoped DIY backend. Locking mirrors {@code pkg/backend/diy/lock.go}: an update writes its
 * own lock file and refuses to run while any other lock file exists; {@code pulumi cancel} deletes
 * them all. A lock file therefore outlives a crashed process, exactly like the real one.
 */
final class BackendStore {

  /**
   * Each emulated CLI process gets a pid no Linux system hands out (above the 2^22 pid_max limit),
   * so a liveness check on a crash-left lock finds the holder dead, like after a real crash.
   */
  private static final AtomicLong FAKE_PIDS = new AtomicLong(4_194_304L + 1000);

  private final Path root;

  BackendStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Path root() {
    return root;
  }

  String url() {
    return "file://" + root;
  }

  Path stackFile(StackId id) {
    return root.resolve(".pulumi")
        .resolve("stacks")
        .resolve(id.project())
        .resolve(id.stack() + ".json");
  }

  Path lockDir(StackId id) {
    return root.resolve(".pulumi")
        .resolve("locks")
        .resolve(StackId.ORGANIZATION)
        .resolve(id.project())
        .resolve(id.stack());
  }

  synchronized boolean exists(StackId id) {
    return Files.exists(stackFile(id));
  }

  synchronized Optional<StackRecord> find(StackId id) {
    Path file = stackFile(id);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      StackRecord record = PropertyValues.JSON.readValue(file.toFile(), StackRecord.class);
      record.resources.replaceAll(r -> r.mapValues(PropertyValues::unseal));
      record.pendingOperations.replaceAll(p -> p.mapValues(PropertyValues::unseal));
      return Optional.of(record);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  synchronized void save(StackRecord record) {
    StackRecord sealed = new StackRecord();
    sealed.project = record.project;
    sealed.stack = record.stack;
    sealed.secretsProvider = record.secretsProvider;
    sealed.tags = record.tags;
    sealed.history = record.history;
    sealed.resources =
        record.resources.stream().map(r -> r.mapValues(PropertyValues::seal)).toList();
    sealed.pendingOperations =
        record.pendingOperations.stream().map(p -> p.mapValues(PropertyValues::seal)).toList();
    Path file = stackFile(record.id());
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), record.stack, ".tmp");
      PropertyValues.JSON.writeValue(temp.toFile(), sealed);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  synchronized void delete(StackId id) {
    try {
      Files.deleteIfExists(stackFile(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized List<StackRecord> list(String project) {
    Path dir = root.resolve(".pulumi").resolve("stacks").resolve(project);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .map(n -> find(new StackId(project, n.substring(0, n.length() - 5))).orElseThrow())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Thrown with the DIY backend's own wording, which the Automation API maps to a conflict. */
  static final class LockedException extends Exception {
    LockedException(String message) {
      super(message);
    }
  }

  /** A held lock; its file is deleted on release unless the holder "crashed". */
  record Lock(StackId id, Path file) {}

  synchronized Lock lock(StackId id) throws LockedException {
    checkForLock(id);
    Path file = lockDir(id).resolve(UUID.randomUUID() + ".json");
    ObjectNode content = PropertyValues.object();
    content.put("pid", FAKE_PIDS.incrementAndGet());
    content.put("username", System.getProperty("user.name", "emulator"));
    content.put("hostname", hostname());
    content.put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lock(id, file);
  }

  synchronized void unlock(Lock lock) {
    try {
      // A `pulumi cancel` may have removed it already; the real CLI only warns about that.
      Files.deleteIfExists(lock.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code pulumi cancel} does on a DIY backend: delete every lock file of the stack. */
  synchronized int removeLocks(StackId id) {
    List<Path> locks = lockFiles(id);
    for (Path lock : locks) {
      try {
        Files.deleteIfExists(lock);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return locks.size();
  }

  synchronized List<Path> lockFiles(StackId id) {
    Path dir = lockDir(id);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkForLock(StackId id) throws LockedException {
    List<Path> locks = lockFiles(id);
    if (locks.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder("the stack is currently locked by ")
            .append(locks.size())
            .append(
                " lock(s). Either wait for the other process(es) to end or delete the lock file"
                    + " with `pulumi cancel`.");
    List<String> details = new ArrayList<>();
    for (Path lock : locks) {
      try {
        var content = PropertyValues.parse(Files.readString(lock));
        details.add(
            String.format(
                "%n  file://%s: created by %s@%s (pid %d) at %s",
                lock,
                content.path("username").asText(),
                content.path("hostname").asText(),
                content.path("pid").asLong(),
                content.path("timestamp").asText()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    details.forEach(message::append);
    throw new LockedException(message.toString());
  }

  private static String hostname() {
    return Hostname.NAME;
  }

  /** Resolved once: a reverse lookup can be slow on CI machines. */
  private static final class Hostname {
    static final String NAME = lookup();

    private static String lookup() {
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        return "localhost";
      }
    }
  }
}
