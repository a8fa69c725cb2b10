package dev.allotment.config;

import dev.allotment.engine.OperationDeadlines;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The operator's configuration: one immutable object, read once from the environment (the Helm
 * chart sets these variables). Credentials are never part of it: the Pulumi CLI reads them from the
 * process environment itself, so they cannot leak through this object's {@code toString}.
 *
 * @param watchNamespaces namespaces to watch; empty means all ({@code ALLOTMENT_WATCH_NAMESPACES},
 *     comma-separated)
 * @param stateDirectory root of the per-stack work directories and of the default file backend
 *     ({@code ALLOTMENT_STATE_DIR}, default {@code /var/lib/allotment})
 * @param backendUrl Pulumi state backend ({@code PULUMI_BACKEND_URL}, default {@code
 *     file://<stateDirectory>/backend})
 * @param secretsProvider Pulumi secrets provider for new stacks ({@code
 *     ALLOTMENT_SECRETS_PROVIDER}, default {@code passphrase}, which reads {@code
 *     PULUMI_CONFIG_PASSPHRASE})
 * @param operationConcurrency Pulumi operations run at once ({@code
 *     ALLOTMENT_OPERATION_CONCURRENCY}, default 4)
 * @param resyncInterval how often an unchanged resource is looked at again ({@code
 *     ALLOTMENT_RESYNC_INTERVAL}, default 10m)
 * @param retryInitialDelay first backoff after a failed operation ({@code
 *     ALLOTMENT_RETRY_INITIAL_DELAY}, default 10s)
 * @param retryMaxDelay backoff cap ({@code ALLOTMENT_RETRY_MAX_DELAY}, default 10m)
 * @param minimumDriftInterval the most frequent drift check allowed, whatever a spec asks ({@code
 *     ALLOTMENT_MIN_DRIFT_INTERVAL}, default 10m)
 * @param programDefaults what programs read (see {@link ProgramDefaults}), and the operator's own
 *     namespace, which no team may name ({@code POD_NAMESPACE}, which the chart sets from the pod;
 *     default {@code allotment-system})
 * @param programMode where programs run ({@code ALLOTMENT_PROGRAM_MODE}, default {@code inline};
 *     see {@link ProgramMode})
 * @param programBinary the jar the Java language host runs in process mode ({@code
 *     ALLOTMENT_PROGRAM_BINARY}, default the jar the operator runs from; empty when the operator
 *     does not run from a jar and nothing is set)
 * @param pulumiBinary the Pulumi CLI: a path, or a name looked up on {@code PATH} ({@code
 *     ALLOTMENT_PULUMI_BINARY}, default {@code pulumi})
 * @param deadlines how long each kind of operation may run before its CLI is killed ({@code
 *     ALLOTMENT_DEADLINE_UP}, {@code _PREVIEW}, {@code _REFRESH}, {@code _DESTROY}, {@code
 *     _HOUSEKEEPING}; see {@link OperationDeadlines})
 * @param leaderElectionNamespace where the leader election lease lives; empty runs without leader
 *     election, for a single replica ({@code ALLOTMENT_LEADER_ELECTION_NAMESPACE})
 * @param httpPort metrics, liveness and readiness ({@code ALLOTMENT_HTTP_PORT}, default 8080)
 */
public record OperatorConfig(
    Set<String> watchNamespaces,
    Path stateDirectory,
    String backendUrl,
    String secretsProvider,
    int operationConcurrency,
    Duration resyncInterval,
    Duration retryInitialDelay,
    Duration retryMaxDelay,
    Duration minimumDriftInterval,
    ProgramDefaults programDefaults,
    ProgramMode programMode,
    Optional<Path> programBinary,
    String pulumiBinary,
    OperationDeadlines deadlines,
    Optional<String> leaderElectionNamespace,
    int httpPort) {

  private static final Pattern DURATION = Pattern.compile("^([0-9]+)(ms|s|m|h)$");

  public OperatorConfig {
    watchNamespaces = Set.copyOf(watchNamespaces);
    if (operationConcurrency < 1) {
      throw new ConfigException(
          "ALLOTMENT_OPERATION_CONCURRENCY must be at least 1, got " + operationConcurrency);
    }
    if (retryMaxDelay.compareTo(retryInitialDelay) < 0) {
      throw new ConfigException(
          "ALLOTMENT_RETRY_MAX_DELAY must not be shorter than ALLOTMENT_RETRY_INITIAL_DELAY");
    }
    programBinary
        .filter(b -> !isJar(b))
        .ifPresent(
            b -> {
              throw new ConfigException(
                  "ALLOTMENT_PROGRAM_BINARY must be a .jar file (Pulumi's Java language host runs"
                      + " it with java -jar), got '"
                      + b
                      + "'");
            });
    if (httpPort < 1 || httpPort > 65535) {
      throw new ConfigException("ALLOTMENT_HTTP_PORT must be a port number, got " + httpPort);
    }
  }

  /**
   * The jar programs run from in process mode, checked before the operator starts.
   *
   * @throws ConfigException when there is none (the operator does not run from a jar and {@code
   *     ALLOTMENT_PROGRAM_BINARY} is not set) or it does not exist
   */
  public Path requireProgramBinary() {
    Path binary =
        programBinary.orElseThrow(
            () ->
                new ConfigException(
                    "ALLOTMENT_PROGRAM_MODE=process runs every program from the operator's jar,"
                        + " but the operator does not run from a jar: set"
                        + " ALLOTMENT_PROGRAM_BINARY to the operator jar, or use"
                        + " ALLOTMENT_PROGRAM_MODE=inline"));
    if (!Files.isRegularFile(binary)) {
      throw new ConfigException(
          "ALLOTMENT_PROGRAM_BINARY names " + binary + ", which is not a file");
    }
    return binary;
  }

  /** Reads the configuration from environment variables, applying the documented defaults. */
  public static OperatorConfig fromEnvironment(Map<String, String> env) {
    return fromEnvironment(env, () -> jarOf(OperatorConfig.class));
  }

  /**
   * @param operatorJar the jar the operator runs from, if it runs from one: the default of {@code
   *     ALLOTMENT_PROGRAM_BINARY}
   */
  static OperatorConfig fromEnvironment(
      Map<String, String> env, Supplier<Optional<Path>> operatorJar) {
    Path stateDir = Path.of(env.getOrDefault("ALLOTMENT_STATE_DIR", "/var/lib/allotment"));
    return new OperatorConfig(
        list(env.get("ALLOTMENT_WATCH_NAMESPACES")),
        stateDir,
        nonBlank(env.get("PULUMI_BACKEND_URL"))
            .orElse("file://" + stateDir.resolve("backend").toAbsolutePath()),
        nonBlank(env.get("ALLOTMENT_SECRETS_PROVIDER")).orElse("passphrase"),
        integer(env, "ALLOTMENT_OPERATION_CONCURRENCY", 4),
        duration(env, "ALLOTMENT_RESYNC_INTERVAL", Duration.ofMinutes(10)),
        duration(env, "ALLOTMENT_RETRY_INITIAL_DELAY", Duration.ofSeconds(10)),
        duration(env, "ALLOTMENT_RETRY_MAX_DELAY", Duration.ofMinutes(10)),
        duration(env, "ALLOTMENT_MIN_DRIFT_INTERVAL", Duration.ofMinutes(10)),
        programDefaultsFrom(env),
        nonBlank(env.get("ALLOTMENT_PROGRAM_MODE"))
            .map(ProgramMode::parse)
            .orElse(ProgramMode.INLINE),
        nonBlank(env.get("ALLOTMENT_PROGRAM_BINARY"))
            // The language host runs it from the stack's work directory: never relative.
            .map(b -> Path.of(b.trim()).toAbsolutePath())
            .or(operatorJar),
        nonBlank(env.get("ALLOTMENT_PULUMI_BINARY")).orElse("pulumi"),
        new OperationDeadlines(
            duration(env, "ALLOTMENT_DEADLINE_UP", OperationDeadlines.DEFAULTS.up()),
            duration(env, "ALLOTMENT_DEADLINE_PREVIEW", OperationDeadlines.DEFAULTS.preview()),
            duration(env, "ALLOTMENT_DEADLINE_REFRESH", OperationDeadlines.DEFAULTS.refresh()),
            duration(env, "ALLOTMENT_DEADLINE_DESTROY", OperationDeadlines.DEFAULTS.destroy()),
            duration(
                env,
                "ALLOTMENT_DEADLINE_HOUSEKEEPING",
                OperationDeadlines.DEFAULTS.housekeeping())),
        nonBlank(env.get("ALLOTMENT_LEADER_ELECTION_NAMESPACE")).map(String::trim),
        integer(env, "ALLOTMENT_HTTP_PORT", 8080));
  }

  private static ProgramDefaults programDefaultsFrom(Map<String, String> env) {
    return new ProgramDefaults(
        nonBlank(env.get("ALLOTMENT_GITHUB_ORGANIZATION")),
        nonBlank(env.get("ALLOTMENT_AZURE_SUBSCRIPTION_ID")),
        nonBlank(env.get("ALLOTMENT_AZURE_LOCATION")),
        nonBlank(env.get("ALLOTMENT_ARGOCD_NAMESPACE")).orElse("argocd"),
        Boolean.parseBoolean(env.getOrDefault("ALLOTMENT_MESH_INJECTION", "false")),
        nonBlank(env.get("ALLOTMENT_HUB_API_SERVER")).orElse(ProgramDefaults.IN_CLUSTER_API_SERVER),
        nonBlank(env.get("ALLOTMENT_VCLUSTER_CHART_REPOSITORY"))
            .orElse(ProgramDefaults.VCLUSTER_CHART_REPOSITORY),
        nonBlank(env.get("POD_NAMESPACE"))
            .map(String::trim)
            .orElse(ProgramDefaults.OPERATOR_NAMESPACE));
  }

  /**
   * The jar a class was loaded from; empty when it comes from a directory (target/classes in a
   * build or an IDE) or its origin is unknown.
   */
  static Optional<Path> jarOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(location) && isJar(location)
          ? Optional.of(location.toAbsolutePath())
          : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isJar(Path path) {
    return path.getFileName() != null
        && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
  }

  /** Parses {@code 500ms}, {@code 30s}, {@code 10m} or {@code 2h}. */
  static Duration parseDuration(String name, String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new ConfigException(
          name + " must be a duration like 30s, 10m or 2h, got '" + text.trim() + "'");
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }

  private static Duration duration(Map<String, String> env, String name, Duration fallback) {
    return nonBlank(env.get(name)).map(v -> parseDuration(name, v)).orElse(fallback);
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    Optional<String> value = nonBlank(env.get(name));
    try {
      return value.map(v -> Integer.parseInt(v.trim())).orElse(fallback);
    } catch (NumberFormatException e) {
      throw new ConfigException(
          name
              + (name.endsWith("_PORT") ? " must be a port number" : " must be a whole number")
              + ", got '"
              + value.get()
              + "'");
    }
  }

  private static Set<String> list(String text) {
    return nonBlank(text)
        .map(t -> Arrays.stream(t.split(",")).map(String::trim).filter(s -> !s.isEmpty()))
        .map(s -> s.collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
