package dev.allotment.testing;

import dev.allotment.examples.RepositoryPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real binaries the tests run, as {@code tools/assets.sh} finds or builds them: it honours
 * {@code KUBEBUILDER_ASSETS}, {@code PULUMI_ASSETS} and the {@code TEST_ASSET_*} variables, else
 * builds the pinned Go modules into the user's cache. Asked once per group and JVM.
 */
public final class TestAssets {

  private static final Map<String, TestAssets> GROUPS = new ConcurrentHashMap<>();

  private final String group;
  private final Map<String, Path> paths;

  private TestAssets(String group, Map<String, Path> paths) {
    this.group = group;
    this.paths = paths;
  }

  /** etcd, kube-apiserver, kube-controller-manager and kubectl. */
  public static TestAssets kubernetes() {
    return GROUPS.computeIfAbsent("kubernetes", TestAssets::resolve);
  }

  /** The Pulumi CLI, the Java language host and the Kubernetes provider, in one directory. */
  public static TestAssets pulumi() {
    return GROUPS.computeIfAbsent("pulumi", TestAssets::resolve);
  }

  /** The binary named like the script's output ({@code ETCD}, {@code KUBECTL}, ...). */
  public Path path(String name) {
    Path path = paths.get(name);
    if (path == null) {
      throw new IllegalStateException(
          "tools/assets.sh " + group + " named no " + name + " (it named " + paths.keySet() + ")");
    }
    return path;
  }

  private static TestAssets resolve(String group) {
    Path script = RepositoryPaths.root().resolve("tools").resolve("assets.sh");
    try {
      Path log = Files.createTempFile("allotment-assets-", ".log");
      // Progress goes to the build's own output: a cold build takes minutes.
      Process process =
          new ProcessBuilder("bash", script.toString(), group)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .redirectOutput(log.toFile())
              .start();
      int exit = process.waitFor();
      String out = Files.readString(log, StandardCharsets.UTF_8);
      Files.delete(log);
      if (exit != 0) {
        throw new IllegalStateException(
            script
                + " "
                + group
                + " failed (exit "
                + exit
                + "); its error is in the test output above. Run it by hand to see why, or point"
                + " KUBEBUILDER_ASSETS at existing binaries (README, Development).");
      }
      Map<String, Path> paths = new LinkedHashMap<>();
      for (String line : out.split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          paths.put(line.substring(0, eq), Path.of(line.substring(eq + 1)));
        }
      }
      return new TestAssets(group, Map.copyOf(paths));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + script, e);
    }
  }
}
