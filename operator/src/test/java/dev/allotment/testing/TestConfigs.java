package dev.allotment.testing;

import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.config.ProgramMode;
import dev.allotment.engine.OperationDeadlines;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Operator configuration for integration tests: one namespace, fast backoff, no resync noise.
 * Programs run inline (the engine a test builds decides; see {@code RealEngine}).
 */
public final class TestConfigs {

  private TestConfigs() {}

  public static OperatorConfig config(
      String namespace, Path state, int concurrency, ProgramDefaults defaults) {
    return new OperatorConfig(
        Set.of(namespace),
        state,
        "file://" + state.resolve("backend"),
        "passphrase",
        concurrency,
        Duration.ofHours(1),
        Duration.ofMillis(300),
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        defaults,
        ProgramMode.INLINE,
        Optional.empty(),
        "pulumi",
        OperationDeadlines.DEFAULTS,
        Optional.empty(),
        8080);
  }

  /**
   * The configuration {@code Main} reads from {@code variables}, as the chart sets them, on the
   * test's namespace and the state directory of {@code test} (the configuration the test operator
   * would have had).
   */
  public static OperatorConfig fromEnvironment(
      String namespace, OperatorConfig test, Map<String, String> variables) {
    Map<String, String> env = new HashMap<>(variables);
    env.put("ALLOTMENT_WATCH_NAMESPACES", namespace);
    env.put("ALLOTMENT_STATE_DIR", test.stateDirectory().toString());
    return OperatorConfig.fromEnvironment(env);
  }
}
