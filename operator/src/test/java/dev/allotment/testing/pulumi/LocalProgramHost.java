package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.automation.CommandException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import pulumirpc.Language.RunRequest;

/**
 * Runs a local program (no {@code --client}) the way Pulumi's Java language host does for a project
 * with {@code runtime: {name: java, options: {binary: <jar>}}}: one process per {@code up}/{@code
 * preview}, {@code java -jar <binary>} without arguments (pulumi-java {@code executor_jar.go}),
 * started in the project directory with the CLI's environment plus what {@code constructEnv} of
 * {@code pulumi-language-java} adds: {@code PULUMI_MONITOR}, {@code PULUMI_ENGINE}, {@code
 * PULUMI_ORGANIZATION}, {@code PULUMI_PROJECT}, {@code PULUMI_STACK}, {@code PULUMI_PWD}, {@code
 * PULUMI_DRY_RUN}, {@code PULUMI_PARALLEL}, {@code PULUMI_CONFIG} (a JSON object of
 * project-qualified keys) and {@code PULUMI_CONFIG_SECRET_KEYS} (a JSON array).
 *
 * <p>Like the real host, the program's output is kept and shown only when it fails: the engine
 * turns the host's stdout and stderr lines into {@code info} and {@code info#err} diagnostics, and
 * the run's error is Go's {@code exit status <n>}. Tests may replace {@code java -jar <binary>} by
 * another command ({@link PulumiCliEmulator.Builder#localProgramCommand}), for example the test
 * JVM's classpath when no jar has been built.
 */
final class LocalProgramHost {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Invocation inv;
  private final List<String> command;

  private LocalProgramHost(Invocation inv, List<String> command) {
    this.inv = inv;
    this.command = command;
  }

  /** The host for the work directory's project; fails like the CLI for what it cannot run. */
  static LocalProgramHost forProject(Invocation inv) throws CommandException {
    ProjectFile project = inv.project();
    if (!"java".equals(project.runtime())) {
      throw inv.unsupported(
          "a local program of runtime '" + project.runtime() + "' (only java is emulated)");
    }
    if (project.binary().isEmpty()) {
      throw inv.unsupported(
          "a local Java program without runtime.options.binary (Maven, Gradle and JBang projects"
              + " are not emulated)");
    }
    Path binary = inv.workDir().resolve(project.binary().get());
    return new LocalProgramHost(inv, inv.emulator().localProgramCommand(binary));
  }

  LanguageHostClient.Outcome run(RunRequest request, Duration timeout)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile("pulumi-program-", ".out");
    Path errors = Files.createTempFile("pulumi-program-", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(inv.workDir().toFile())
              .redirectOutput(output.toFile())
              .redirectError(errors.toFile());
      environment(builder.environment(), request);
      Process process = builder.start();
      inv.emulator().started(process);
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly().waitFor();
          return new LanguageHostClient.Outcome(
              "the program did not finish within " + timeout + "; killed", false);
        }
      } finally {
        inv.emulator().finished(process);
      }
      if (process.exitValue() == 0) {
        return new LanguageHostClient.Outcome("", false);
      }
      show(output, "info");
      show(errors, "info#err");
      return new LanguageHostClient.Outcome("exit status " + process.exitValue(), false);
    } finally {
      Files.deleteIfExists(output);
      Files.deleteIfExists(errors);
    }
  }

  /** The CLI's environment (with the workspace's variables), then the language host's. */
  private void environment(Map<String, String> env, RunRequest request) {
    Map<String, String> additional = inv.options.additionalEnv();
    if (additional != null) {
      env.putAll(additional);
    }
    Map<String, String> host = new TreeMap<>();
    host.put("PULUMI_MONITOR", request.getMonitorAddress());
    host.put("PULUMI_ENGINE", request.getArgsCount() > 0 ? request.getArgs(0) : "");
    host.put("PULUMI_ORGANIZATION", request.getOrganization());
    host.put("PULUMI_PROJECT", request.getProject());
    host.put("PULUMI_STACK", request.getStack());
    host.put("PULUMI_PWD", request.getPwd());
    host.put("PULUMI_DRY_RUN", Boolean.toString(request.getDryRun()));
    host.put("PULUMI_PARALLEL", Integer.toString(request.getParallel()));
    host.put("PULUMI_CONFIG", json(new TreeMap<>(request.getConfigMap())));
    host.put("PULUMI_CONFIG_SECRET_KEYS", json(request.getConfigSecretKeysList()));
    // constructEnv adds a variable only when it has a value.
    host.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            env.put(k, v);
          }
        });
  }

  /** Output of the language host's process is the engine's, not a resource's: no URN. */
  private void show(Path file, String severity) throws IOException {
    List<String> lines = new ArrayList<>();
    Files.readString(file, StandardCharsets.UTF_8).lines().forEach(lines::add);
    for (String line : lines) {
      inv.print(line);
      inv.events.diagnostic(null, severity, line);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
