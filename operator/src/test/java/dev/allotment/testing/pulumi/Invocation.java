package dev.allotment.testing.pulumi;

import com.pulumi.automation.CommandException;
import com.pulumi.automation.CommandResult;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.ConcurrentUpdateException;
import com.pulumi.automation.StackAlreadyExistsException;
import com.pulumi.automation.StackNotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One emulated CLI process: its argv, environment, work directory and output streams. Failures are
 * thrown as the exceptions the Automation API derives from a real CLI's exit code and stderr (a
 * custom {@code PulumiCommand} must throw them itself: LocalWorkspace never inspects exit codes).
 */
final class Invocation {

  private static final Set<String> PASSPHRASE_PROVIDERS = Set.of("passphrase", "default");

  final List<String> argv;
  final CommandRunOptions options;
  final EngineEventSink events;
  private final PulumiCliEmulator emulator;
  private final StringBuilder stderr = new StringBuilder();

  Invocation(PulumiCliEmulator emulator, List<String> argv, CommandRunOptions options) {
    this.emulator = emulator;
    this.argv = List.copyOf(argv);
    this.options = options == null ? CommandRunOptions.Empty : options;
    this.events = new EngineEventSink(this.options);
  }

  PulumiCliEmulator emulator() {
    return emulator;
  }

  Path workDir() {
    Path dir = options.workingDir();
    return dir == null ? Path.of("").toAbsolutePath() : dir.toAbsolutePath();
  }

  Optional<String> env(String name) {
    var additional = options.additionalEnv();
    if (additional != null && additional.containsKey(name)) {
      return Optional.ofNullable(additional.get(name));
    }
    return Optional.ofNullable(System.getenv(name));
  }

  ProjectFile project() throws CommandException {
    return ProjectFile.read(workDir())
        .orElseThrow(
            () ->
                failure(
                    "no Pulumi.yaml project file found (searching upwards from "
                        + workDir()
                        + "). If you have not created a project yet, use `pulumi new` to do so"));
  }

  /** Where the state lives: {@code Pulumi.yaml}'s backend, else {@code PULUMI_BACKEND_URL}. */
  BackendStore store() throws CommandException {
    Optional<String> url = project().backendUrl().or(() -> env("PULUMI_BACKEND_URL"));
    if (url.isEmpty() || url.get().isBlank()) {
      return emulator.store(emulator.backendDir());
    }
    String value = url.get();
    if (!value.startsWith("file://")) {
      throw unsupported("backend " + value + " (only file:// backends are emulated)");
    }
    String path = value.substring("file://".length());
    if (path.startsWith("~")) {
      path = System.getProperty("user.home") + path.substring(1);
    }
    Path root = Path.of(path);
    return emulator.store(root.isAbsolute() ? root : workDir().resolve(root));
  }

  /** The stack named by {@code --stack}, else the one selected in this work directory. */
  StackId stack(CommandLine line) throws CommandException {
    String project = project().name();
    Optional<String> named = line.value("--stack");
    if (named.isPresent()) {
      return StackId.of(project, named.get());
    }
    return emulator
        .selectedStack(workDir())
        .filter(id -> id.project().equals(project))
        .orElseThrow(
            () ->
                failure(
                    "no stack selected; please use `pulumi stack select` or `pulumi stack init`"
                        + " to choose one"));
  }

  /** Loads an existing stack, failing like the CLI when it does not exist. */
  StackRecord load(BackendStore store, StackId id) throws CommandException {
    return store.find(id).orElseThrow(() -> stackNotFound(id.stack()));
  }

  /**
   * The passphrase secrets manager the DIY backend uses by default cannot be built without a
   * passphrase; the real CLI fails then, and so does the emulator unless told otherwise.
   */
  void requireSecretsManager(String secretsProvider) throws CommandException {
    String provider = secretsProvider == null ? "passphrase" : secretsProvider;
    if (!emulator.requiresPassphrase() || !PASSPHRASE_PROVIDERS.contains(provider)) {
      return;
    }
    if (env("PULUMI_CONFIG_PASSPHRASE").isEmpty()
        && env("PULUMI_CONFIG_PASSPHRASE_FILE").isEmpty()) {
      throw failure(
          "constructing secrets manager of type \"passphrase\": passphrase must be set with"
              + " PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE environment variables");
    }
  }

  /** Text for the process's stdout, delivered line by line like a real process's. */
  void print(String text) {
    text.lines().forEach(events::out);
  }

  void error(String message) {
    String line = "error: " + message;
    stderr.append(line).append('\n');
    if (options.onStandardError() != null) {
      line.lines().forEach(options.onStandardError());
    }
  }

  CommandResult ok() {
    return new CommandResult(0, events.stdout(), stderr.toString());
  }

  CommandResult result(int code) {
    return new CommandResult(code, events.stdout(), stderr.toString());
  }

  CommandException failure(String message) {
    error(message);
    return new CommandException(result(255));
  }

  /** The CLI's error for a missing stack, which the Automation API maps by its wording. */
  StackNotFoundException stackNotFound(String stack) {
    error("no stack named '" + stack + "' found");
    return new StackNotFoundException(result(255));
  }

  StackAlreadyExistsException stackExists(StackId id) {
    error("stack '" + id.qualifiedName() + "' already exists");
    return new StackAlreadyExistsException(result(255));
  }

  /**
   * Takes the stack's lock for an update, as the file backend does; a preview takes none.
   *
   * @return the lock, or null for a preview
   */
  BackendStore.Lock lockUnlessPreview(BackendStore store, StackId id, boolean preview)
      throws ConcurrentUpdateException {
    if (preview) {
      return null;
    }
    try {
      return store.lock(id);
    } catch (BackendStore.LockedException e) {
      throw locked(e.getMessage());
    }
  }

  ConcurrentUpdateException locked(String diyMessage) {
    error(diyMessage);
    return new ConcurrentUpdateException(result(255));
  }

  CommandException unsupported(String what) {
    return failure(
        "the Pulumi CLI emulator does not support: "
            + what
            + " (argv: "
            + String.join(" ", argv)
            + ")");
  }
}
