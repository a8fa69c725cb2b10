package dev.allotment.engine.automation;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandException;
import com.pulumi.automation.CommandResult;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.ConcurrentUpdateException;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.StackAlreadyExistsException;
import com.pulumi.automation.StackNotFoundException;
import com.pulumi.automation.Version;
import com.pulumi.automation.events.internal.EventsServer;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The Pulumi CLI, run for the Automation API with what pulumi-java's own {@code LocalPulumiCommand}
 * lacks: a binary named by configuration (not only {@code pulumi} on the JVM's {@code PATH}), a
 * deadline after which the CLI and every process it started (language host, providers) are killed,
 * and the same on interruption (operator shutdown). Engine events always stream over gRPC ({@code
 * --event-log tcp://...}), never through the event-log file that pulumi-java 1.36.1 reads without a
 * timeout and that never ends when the CLI fails before the engine starts.
 *
 * <p>One {@link Operation} per stack operation carries its deadline; {@link #operation} makes one.
 */
public final class PulumiCli {

  /** Older CLIs can only write the event-log file, which pulumi-java may wait on forever. */
  public static final Version MINIMUM_VERSION = Version.of(3, 206, 0);

  /**
   * The first CLI process mode cannot use: from 3.209 the CLI hands a language host its runtime
   * options only over RPC, and pulumi-language-java 1.16 (the newest the Go module proxy serves)
   * reads {@code binary}, the jar process mode runs, only from its command line.
   */
  public static final Version PROCESS_MODE_LIMIT = Version.of(3, 209, 0);

  private static final Pattern NOT_FOUND = Pattern.compile("no stack named.*found");
  private static final Pattern ALREADY_EXISTS = Pattern.compile("stack.*already exists");
  private static final List<String> LOCKED =
      List.of(
          "[409] Conflict: Another update is currently in progress.",
          "the stack is currently locked by");
  private static final int MAX_EVENT_MESSAGE = 400 * 1024 * 1024;

  private final Path binary;
  private final Version version;

  private PulumiCli(Path binary, Version version) {
    this.binary = binary;
    this.version = version;
  }

  /**
   * The CLI at {@code binary} (a path, or a name looked up on {@code PATH}), after checking that it
   * runs and is recent enough.
   */
  public static PulumiCli locate(String binary) throws AutomationException {
    Path path = resolve(binary);
    CommandResult result;
    try {
      Process process =
          new ProcessBuilder(path.toString(), "version").redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AutomationException(path + " version did not answer within 30 s");
      }
      result = new CommandResult(process.exitValue(), out, "");
    } catch (IOException e) {
      throw new AutomationException("cannot run the Pulumi CLI at " + path + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AutomationException("interrupted while asking " + path + " its version", e);
    }
    String text = result.standardOutput().strip();
    Version version =
        Version.tryParse(text.startsWith("v") ? text.substring(1) : text)
            .orElseThrow(
                () ->
                    new AutomationException(
                        path + " reports no version ('" + text + "'): a CLI built without one"));
    if (version.compareTo(MINIMUM_VERSION) < 0 || version.majorVersion() != 3) {
      throw new AutomationException(
          "the Pulumi CLI at "
              + path
              + " is "
              + version
              + "; Allotment needs 3.x from "
              + MINIMUM_VERSION
              + " (older CLIs report engine events only through a file that is never closed when"
              + " an operation fails before the engine starts)");
    }
    return new PulumiCli(path, version);
  }

  /**
   * As {@link #locate(String)}, and refuses a CLI that cannot run programs the way {@code
   * execution} asks: process mode needs one older than {@link #PROCESS_MODE_LIMIT}.
   */
  public static PulumiCli locate(String binary, ProgramExecution execution)
      throws AutomationException {
    PulumiCli cli = locate(binary);
    if (execution instanceof ProgramExecution.Process
        && cli.version.compareTo(PROCESS_MODE_LIMIT) >= 0) {
      throw new AutomationException(
          "the Pulumi CLI at "
              + cli.binary
              + " is "
              + cli.version
              + "; process mode (ALLOTMENT_PROGRAM_MODE=process) needs a CLI from "
              + MINIMUM_VERSION
              + " up to but not including "
              + PROCESS_MODE_LIMIT
              + " (newer CLIs pass the program's jar to pulumi-language-java 1.16 in a way it"
              + " does not read): point ALLOTMENT_PULUMI_BINARY at such a CLI (tools/assets.sh"
              + " pulumi builds 3.207.0), or set ALLOTMENT_PROGRAM_MODE=inline");
    }
    return cli;
  }

  public Version version() {
    return version;
  }

  public Path binary() {
    return binary;
  }

  /**
   * A command for one stack operation, killed with its process tree when it passes the deadline.
   */
  public Operation operation(String description, Instant deadline) {
    return new Operation(description, deadline);
  }

  /** Thrown when an operation ran past its deadline and its CLI was killed. */
  public static final class DeadlineExceededException extends AutomationException {
    public DeadlineExceededException(String message) {
      super(message);
    }
  }

  /** The CLI for one operation. */
  public final class Operation implements PulumiCommand {

    private final String description;
    private final Instant deadline;

    private Operation(String description, Instant deadline) {
      this.description = description;
      this.deadline = deadline;
    }

    @Override
    public Version version() {
      return version;
    }

    @Override
    public CommandResult run(List<String> args, CommandRunOptions options)
        throws AutomationException {
      EventsServer events =
          options.onEngineEvent() == null ? null : new EventsServer(options.onEngineEvent());
      Server server = null;
      try {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(args);
        if (!command.contains("--non-interactive")) {
          command.add("--non-interactive");
        }
        Map<String, String> env = new HashMap<>(options.additionalEnv());
        if (events != null) {
          server =
              NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                  .maxInboundMessageSize(MAX_EVENT_MESSAGE)
                  .addService(events)
                  .build()
                  .start();
          command.add("--event-log");
          command.add("tcp://127.0.0.1:" + server.getPort());
          env.put("PULUMI_DEBUG_COMMANDS", "true");
        }
        // Plugins installed beside the CLI (language host, Kubernetes provider) come first.
        String path = env.getOrDefault("PATH", System.getenv().getOrDefault("PATH", ""));
        env.put("PATH", binary.getParent() + (path.isEmpty() ? "" : File.pathSeparator + path));
        CommandResult result = execute(command, env, options);
        if (events != null) {
          // A CLI that failed before its engine started may never have connected: wait less.
          awaitEvents(events, result.code() == 0 ? Duration.ofSeconds(10) : Duration.ofSeconds(2));
        }
        if (result.code() != 0) {
          throw failure(result);
        }
        return result;
      } catch (IOException e) {
        throw new AutomationException("cannot run " + binary + ": " + e.getMessage(), e);
      } finally {
        if (server != null) {
          server.shutdownNow();
        }
      }
    }

    private CommandResult execute(
        List<String> command, Map<String, String> env, CommandRunOptions options)
        throws IOException, AutomationException {
      ProcessBuilder builder = new ProcessBuilder(command);
      if (options.workingDir() != null) {
        builder.directory(options.workingDir().toFile());
      }
      builder.environment().putAll(env);
      Process process = builder.start();
      CompletableFuture<String> stdout = ProcessTree.drain(process.getInputStream(), options, true);
      CompletableFuture<String> stderr =
          ProcessTree.drain(process.getErrorStream(), options, false);
      try (OutputStream in = process.getOutputStream()) {
        if (options.standardInput() != null) {
          in.write(options.standardInput().getBytes(StandardCharsets.UTF_8));
        }
      }
      try {
        long remaining = Duration.between(Instant.now(), deadline).toMillis();
        if (remaining <= 0 || !process.waitFor(remaining, TimeUnit.MILLISECONDS)) {
          ProcessTree.kill(process);
          throw new DeadlineExceededException(
              description
                  + " ran past its deadline; the Pulumi CLI and the processes it started were"
                  + " stopped");
        }
      } catch (InterruptedException e) {
        ProcessTree.kill(process);
        Thread.currentThread().interrupt();
        throw new AutomationException(
            description + " was interrupted; the Pulumi CLI was stopped", e);
      }
      return new CommandResult(process.exitValue(), stdout.join(), stderr.join());
    }
  }

  /** The CLI closes its event stream before it exits; give the last events time to arrive. */
  private static void awaitEvents(EventsServer events, Duration patience) {
    try {
      events.getCompletionFuture().get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Events that never came: the operation's result still stands on the CLI's exit code.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static CommandException failure(CommandResult result) {
    String stderr = result.standardError();
    if (NOT_FOUND.matcher(stderr).find()) {
      return new StackNotFoundException(result);
    }
    if (ALREADY_EXISTS.matcher(stderr).find()) {
      return new StackAlreadyExistsException(result);
    }
    if (LOCKED.stream().anyMatch(stderr::contains)) {
      return new ConcurrentUpdateException(result);
    }
    return new CommandException(result);
  }

  private static Path resolve(String binary) throws AutomationException {
    Path given = Path.of(binary);
    if (given.isAbsolute() || binary.contains(File.separator)) {
      return given.toAbsolutePath();
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir).resolve(binary);
      if (candidate.toFile().canExecute()) {
        return candidate.toAbsolutePath();
      }
    }
    throw new AutomationException(
        "the Pulumi CLI '" + binary + "' is not on PATH; set ALLOTMENT_PULUMI_BINARY to its path");
  }
}
