package dev.allotment.testing;

import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.config.ProgramMode;
import dev.allotment.engine.OperationDeadlines;
import java.nio.file.Path;
import java.time.Duration;
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
}
