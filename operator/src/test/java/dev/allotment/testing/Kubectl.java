package dev.allotment.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real kubectl against the test cluster, run as a user would. */
public final class Kubectl {

  /** What one kubectl call printed. */
  public record Result(int exitCode, String stdout, String stderr) {
    public boolean ok() {
      return exitCode == 0;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n" + stdout + stderr;
    }
  }

  private final Path binary;
  private final Map<String, String> environment;

  Kubectl(Path binary, Map<String, String> environment) {
    this.binary = binary;
    this.environment = environment;
  }

  /** Runs kubectl with the arguments, feeding {@code stdin} (may be null). */
  public Result run(String stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(List.of(args));
    try {
      Path in = Files.createTempFile("kubectl-in", ".yaml");
      Path out = Files.createTempFile("kubectl-out", ".txt");
      Path err = Files.createTempFile("kubectl-err", ".txt");
      try {
        Files.writeString(in, stdin == null ? "" : stdin, StandardCharsets.UTF_8);
        ProcessBuilder builder =
            new ProcessBuilder(command)
                .redirectInput(in.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new AssertionError("kubectl " + String.join(" ", args) + " ran over 2 minutes");
        }
        return new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * {@code kubectl apply --server-side --dry-run=server -f -} of the manifest, taking over fields
   * other managers hold (the tests install our CRDs with their own client first).
   */
  public Result dryRunApply(String manifest, String namespace) {
    return run(
        manifest,
        "apply",
        "--server-side",
        "--dry-run=server",
        "--field-manager=allotment-tests",
        "--force-conflicts",
        "--namespace=" + namespace,
        "-f",
        "-");
  }
}
