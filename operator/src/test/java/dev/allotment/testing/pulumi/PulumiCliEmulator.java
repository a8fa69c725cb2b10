package dev.allotment.testing.pulumi;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandResult;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.Version;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An in-process emulator of the Pulumi CLI (3.190.0) with a DIY file backend, for tests. Plug it
 * into the real Automation API with {@code LocalWorkspaceOptions.builder().pulumiCommand(emulator)}
 * (or {@link #workspaceOptions()}): {@code LocalWorkspace}, {@code WorkspaceStack}, the Java
 * language host and the inline program with its resource classes all run for real; only the
 * CLI/engine and the providers are emulated.
 *
 * <pre>{@code
 * var emulator = new PulumiCliEmulator(tempDir.resolve("backend"));
 * var stack = LocalWorkspace.createOrSelectStack("proj", "dev", program,
 *     emulator.workspaceOptions().workDir(tempDir.resolve("work")).build());
 * emulator.cloud().onCreateOrUpdate("kubernetes:core/v1:Namespace", r -> Map.of("status", ...));
 * emulator.faults().failOn("kubernetes:core/v1:Namespace", "namespaces is forbidden");
 * }</pre>
 *
 * <p>Commands: {@code version}, {@code whoami}, {@code stack select|init|ls|rm|output|history|
 * export|import|tag}, {@code config [get|set|set-all|rm|rm-all]}, {@code up}, {@code preview},
 * {@code refresh}, {@code destroy}, {@code cancel}, {@code plugin install|ls|rm} (no-ops). Anything
 * else, including unknown flags, fails with "the Pulumi CLI emulator does not support: ...".
 *
 * <p>Behaviours mirrored from the real CLI (see the classes named for details):
 *
 * <ul>
 *   <li>Failures are thrown as the Automation API would classify the real CLI's stderr: {@code
 *       StackNotFoundException} ("no stack named 'x' found"), {@code StackAlreadyExistsException},
 *       {@code ConcurrentUpdateException} ("the stack is currently locked by 1 lock(s)..." from
 *       {@code pkg/backend/diy/lock.go}), else {@code CommandException} with exit code 255, the
 *       display text (with its "Diagnostics:" section) on stdout and "error: update failed" on
 *       stderr.
 *   <li>{@code up/preview/refresh/destroy} act on the stack selected in the work directory (the
 *       Automation API never passes {@code --stack} to them); the selection is remembered per work
 *       directory, like the CLI's workspace file.
 *   <li>Locks, checkpoints, pending operations: see {@link BackendStore}, {@link SnapshotJournal},
 *       {@link PendingWarning}, {@link StateCommands}.
 *   <li>Engine events are delivered through {@code CommandRunOptions.onEngineEvent()} since a
 *       custom {@code PulumiCommand} gets no {@code --event-log}: see {@link EngineEventSink}.
 *   <li>{@code stack output --json} prints the outputs as JSON values, secrets as "[secret]" unless
 *       {@code --show-secrets}; like the real CLI, non-string outputs then break {@code
 *       LocalWorkspace.getStackOutputs}, which parses them as strings.
 *   <li>With the default passphrase secrets provider, commands fail like the CLI when neither
 *       {@code PULUMI_CONFIG_PASSPHRASE} nor {@code PULUMI_CONFIG_PASSPHRASE_FILE} is set.
 * </ul>
 *
 * <p>Programs: an inline program ({@code up --client=<address>}) runs through the Automation API's
 * language runtime at that address. A local program (no {@code --client}; the work directory's
 * {@code Pulumi.yaml} says {@code runtime: {name: java, options: {binary: <jar>}}}) runs as
 * Pulumi's Java language host runs it: a child process {@code java -jar <jar>} per {@code up} and
 * {@code preview}, the engine's addresses and the stack's configuration in {@code PULUMI_*}
 * variables (see {@link LocalProgramHost}); {@link Builder#localProgramCommand} replaces that
 * command.
 *
 * <p>The backend directory is the one given here unless the project's {@code Pulumi.yaml} or {@code
 * PULUMI_BACKEND_URL} names another {@code file://} backend (other schemes fail loudly).
 */
public final class PulumiCliEmulator implements PulumiCommand, AutoCloseable {

  /** New enough for the file event-log code path of Automation API 1.36.1 (below 3.206). */
  public static final Version VERSION = Version.of(3, 190, 0);

  private final Path backendDir;
  private final Duration programTimeout;
  private final boolean requirePassphrase;
  private final Function<Path, List<String>> localProgramCommand;
  private final Set<Process> programs = ConcurrentHashMap.newKeySet();
  private final EmulatedCloud cloud = new EmulatedCloud();
  private final FaultInjector faults = new FaultInjector();
  private final Map<Path, BackendStore> stores = new ConcurrentHashMap<>();
  private final Map<Path, StackId> selected = new ConcurrentHashMap<>();
  private final List<List<String>> invocations = new CopyOnWriteArrayList<>();

  public PulumiCliEmulator(Path backendDir) {
    this(builder().backendDir(backendDir));
  }

  private PulumiCliEmulator(Builder builder) {
    this.backendDir =
        Objects.requireNonNull(builder.backendDir, "backendDir").toAbsolutePath().normalize();
    this.programTimeout = builder.programTimeout;
    this.requirePassphrase = builder.requirePassphrase;
    this.localProgramCommand = builder.localProgramCommand;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private Path backendDir;
    private Duration programTimeout = Duration.ofMinutes(5);
    private boolean requirePassphrase = true;
    private Function<Path, List<String>> localProgramCommand = Builder::javaJar;

    private Builder() {}

    /** What the real Java language host runs for a {@code .jar} binary. */
    private static List<String> javaJar(Path binary) {
      return List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-jar",
          binary.toString());
    }

    /** Where the emulated DIY backend keeps stacks and locks. */
    public Builder backendDir(Path dir) {
      this.backendDir = dir;
      return this;
    }

    /** How long an {@code up}/{@code preview} waits for the program to finish. */
    public Builder programTimeout(Duration timeout) {
      this.programTimeout = timeout;
      return this;
    }

    /** Whether the passphrase secrets provider insists on a passphrase, as the real one does. */
    public Builder requirePassphrase(boolean require) {
      this.requirePassphrase = require;
      return this;
    }

    /**
     * The command that runs a local program, given the {@code binary} its {@code Pulumi.yaml} names
     * (resolved against the work directory); by default {@code java -jar <binary>}, as Pulumi's
     * Java language host runs a jar. Tests without a built jar run the program's main class from
     * their own classpath instead.
     */
    public Builder localProgramCommand(Function<Path, List<String>> command) {
      this.localProgramCommand = Objects.requireNonNull(command, "command");
      return this;
    }

    public PulumiCliEmulator build() {
      return new PulumiCliEmulator(this);
    }
  }

  /** {@code LocalWorkspaceOptions} with this emulator as the CLI. */
  public LocalWorkspaceOptions.Builder workspaceOptions() {
    return LocalWorkspaceOptions.builder().pulumiCommand(this);
  }

  /** The emulated providers' world: inspect it, mutate or delete objects to create drift. */
  public EmulatedCloud cloud() {
    return cloud;
  }

  public FaultInjector faults() {
    return faults;
  }

  public Path backendDir() {
    return backendDir;
  }

  /** The stack's checkpoint file in the default backend directory. */
  public Path stateFile(String project, String stack) {
    return store(backendDir).stackFile(new StackId(project, stack));
  }

  /** Lock files of a stack in the default backend directory; a crashed update leaves one. */
  public List<Path> lockFiles(String project, String stack) {
    return store(backendDir).lockFiles(new StackId(project, stack));
  }

  public boolean isLocked(String project, String stack) {
    return !lockFiles(project, stack).isEmpty();
  }

  /** Program processes running now; an inline program runs in the caller's JVM instead. */
  public int runningPrograms() {
    return programs.size();
  }

  /** Every argv this emulator was run with, in order. */
  public List<List<String>> invocations() {
    return List.copyOf(invocations);
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public CommandResult run(List<String> args, CommandRunOptions options)
      throws AutomationException {
    invocations.add(List.copyOf(args));
    Invocation inv = new Invocation(this, args, options);
    try {
      CommandResult result = dispatch(inv);
      if (inv.events.consumerFailure() != null) {
        throw new AutomationException(
            "the engine event consumer failed", inv.events.consumerFailure());
      }
      return result;
    } catch (CommandLine.UnknownFlagException e) {
      throw inv.unsupported("flag " + e.getMessage());
    } catch (AutomationException e) {
      throw e;
    } catch (Exception e) {
      throw new AutomationException(
          "the Pulumi CLI emulator failed on: " + String.join(" ", args), e);
    }
  }

  private CommandResult dispatch(Invocation inv) throws Exception {
    List<String> args = inv.argv;
    String command = args.isEmpty() ? "" : args.get(0);
    String sub = args.size() > 1 && !args.get(1).startsWith("-") ? args.get(1) : "";
    return switch (command) {
      case "version" -> {
        inv.print("v" + VERSION);
        yield inv.ok();
      }
      case "whoami" -> StackCommands.whoami(inv);
      case "stack" ->
          switch (sub) {
            case "select" -> StackCommands.select(inv);
            case "init" -> StackCommands.init(inv);
            case "ls" -> StackCommands.list(inv);
            case "rm" -> StackCommands.remove(inv);
            case "output" -> StackCommands.output(inv);
            case "history" -> StackCommands.history(inv);
            case "export" -> StackCommands.export(inv);
            case "import" -> StackCommands.importState(inv);
            case "tag" -> StackCommands.tag(inv);
            default -> throw inv.unsupported("stack " + sub);
          };
      case "config" ->
          switch (sub) {
            case "" -> ConfigCommands.list(inv);
            case "get" -> ConfigCommands.get(inv);
            case "set" -> ConfigCommands.set(inv);
            case "set-all" -> ConfigCommands.setAll(inv);
            case "rm" -> ConfigCommands.remove(inv, false);
            case "rm-all" -> ConfigCommands.remove(inv, true);
            default -> throw inv.unsupported("config " + sub);
          };
      case "up" -> ProgramCommands.run(inv, false);
      case "preview" -> ProgramCommands.run(inv, true);
      case "refresh" -> StateCommands.refresh(inv);
      case "destroy" -> StateCommands.destroy(inv);
      case "cancel" -> StackCommands.cancel(inv);
      case "plugin" -> plugin(inv, sub);
      default -> throw inv.unsupported(command);
    };
  }

  /** Providers are emulated, so there is nothing to install. */
  private static CommandResult plugin(Invocation inv, String sub) throws Exception {
    switch (sub) {
      case "install", "rm" -> {
        return inv.ok();
      }
      case "ls" -> {
        inv.print("[]");
        return inv.ok();
      }
      default -> throw inv.unsupported("plugin " + sub);
    }
  }

  /**
   * Releases every gate, so no emulated provider call stays blocked after a test, and kills program
   * processes still running.
   */
  @Override
  public void close() {
    faults.clear();
    programs.forEach(Process::destroyForcibly);
  }

  // ---- shared with the command implementations ----

  BackendStore store(Path root) {
    return stores.computeIfAbsent(root.toAbsolutePath().normalize(), BackendStore::new);
  }

  Duration programTimeout() {
    return programTimeout;
  }

  List<String> localProgramCommand(Path binary) {
    return List.copyOf(localProgramCommand.apply(binary));
  }

  void started(Process program) {
    programs.add(program);
  }

  void finished(Process program) {
    programs.remove(program);
  }

  boolean requiresPassphrase() {
    return requirePassphrase;
  }

  Optional<StackId> selectedStack(Path workDir) {
    return Optional.ofNullable(selected.get(workDir.toAbsolutePath().normalize()));
  }

  void select(Path workDir, StackId id) {
    selected.put(workDir.toAbsolutePath().normalize(), id);
  }

  void unselect(StackId id) {
    selected.values().removeIf(id::equals);
  }
}
