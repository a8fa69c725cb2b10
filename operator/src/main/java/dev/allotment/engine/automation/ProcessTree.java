package dev.allotment.engine.automation;

import com.pulumi.automation.CommandRunOptions;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A CLI process and the processes it started: its output read to the end, and all of it killed. */
final class ProcessTree {

  private ProcessTree() {}

  /** Kills the CLI and everything below it: language host, program JVM, provider plugins. */
  static void kill(Process process) {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Reads a stream of the CLI to its end on a thread of its own: the CLI blocks when a pipe is
   * full, so each stream needs a reader for the whole operation, and such blocking readers must not
   * take threads of a shared pool (the common pool has one thread on two cores).
   */
  static CompletableFuture<String> drain(
      InputStream stream, CommandRunOptions options, boolean stdout) {
    var consumer = stdout ? options.onStandardOutput() : options.onStandardError();
    var result = new CompletableFuture<String>();
    Thread reader =
        new Thread(
            () -> {
              var all = new ByteArrayOutputStream();
              try (var lines =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  all.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
                  if (consumer != null) {
                    consumer.accept(line);
                  }
                }
                result.complete(all.toString(StandardCharsets.UTF_8));
              } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
              }
            },
            "pulumi-" + (stdout ? "stdout" : "stderr"));
    reader.setDaemon(true);
    reader.start();
    return result;
  }
}
