package dev.allotment.testing;

import dev.allotment.AllotmentOperator;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.OperationDeadlines;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.automation.ProgramExecution;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The operator on the real Pulumi engine, for each test: the test clouds and the CLI environment
 * ({@link RealPulumi}), an engine that records what reaches it, and the operator on the test
 * cluster's namespace. Register it after the {@link TestCluster}.
 */
public final class RealEngine implements BeforeEachCallback, AfterEachCallback {

  /** How long one real Pulumi operation may take in a test, slow machine included. */
  public static final Duration OPERATION = Duration.ofMinutes(4);

  private final TestCluster cluster;
  private final boolean processMode;
  private final StackResources<TeamEnvironment> environments;
  private Path state;
  private RealPulumi pulumi;
  private OperatorConfig config;
  private RecordingStackEngine engine;
  private AllotmentOperator operator;
  private ProgramDefaults defaults = ProgramDefaults.none();

  /** Programs run inline, in the operator's JVM. */
  public RealEngine(TestCluster cluster) {
    this(cluster, false);
  }

  private RealEngine(TestCluster cluster, boolean processMode) {
    this.cluster = cluster;
    this.processMode = processMode;
    this.environments = new StackResources<>(cluster, TeamEnvironment.class);
  }

  /**
   * Programs run in process mode: Pulumi's Java language host (the one {@code tools/assets.sh}
   * builds) runs {@code java -jar} of a launcher jar whose manifest puts this test JVM's classpath
   * behind the operator's main class, as the image's jar does with its {@code lib/}.
   */
  public static RealEngine inProcessMode(TestCluster cluster) {
    return new RealEngine(cluster, true);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    try {
      state = Files.createTempDirectory("allotment-real-engine-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Each test orders for teams of its own (names must not collide) from its one namespace.
    cluster.allowAnyTeam();
    pulumi = RealPulumi.start(cluster, state.resolve("pulumi-home"));
    restart(2, OperationDeadlines.DEFAULTS, new SimpleMeterRegistry());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    // A test that failed while a cloud hung would otherwise wait here for operations that cannot
    // finish.
    pulumi.healAll();
    if (operator == null) {
      restart(2, OperationDeadlines.DEFAULTS, new SimpleMeterRegistry());
    }
    environments.deleteAll(OPERATION);
    operator.close();
    pulumi.close();
    try (var paths = Files.walk(state)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops the operator and starts a new one over the same state, with this many operation slots and
   * these deadlines; its metrics go to {@code registry}.
   */
  public void restart(int slots, OperationDeadlines deadlines, MeterRegistry registry) {
    restart(slots, deadlines, registry, Map.of());
  }

  /** The same, with the Pulumi CLI's environment changed by {@code environment}. */
  public void restart(
      int slots,
      OperationDeadlines deadlines,
      MeterRegistry registry,
      Map<String, String> environment) {
    if (operator != null) {
      operator.close();
    }
    config = TestConfigs.config(cluster.namespace(), state, slots, defaults);
    engine =
        new RecordingStackEngine(
            pulumi.engine(config, deadlines, environment, execution(processMode)));
    operator =
        new AllotmentOperator(
            cluster.client(), config, engine, Clock.systemUTC(), Optional.empty(), registry);
    operator.start();
  }

  /** Restarts the operator with these program defaults, kept for later restarts. */
  public void useDefaults(ProgramDefaults defaults) {
    this.defaults = defaults;
    restart(2, OperationDeadlines.DEFAULTS, new SimpleMeterRegistry());
  }

  /** Stops the operator; the next {@link #restart} (or the cleanup) starts a new one. */
  public void stop() {
    if (operator != null) {
      operator.close();
      operator = null;
    }
  }

  /**
   * An engine of its own on the operator's state (same work directories, backend and test clouds),
   * for a test that drives stacks without the operator: programs inline or in process mode.
   */
  public StackEngine engine(boolean inProcessMode) {
    return pulumi.engine(config, OperationDeadlines.DEFAULTS, Map.of(), execution(inProcessMode));
  }

  /** The jar process mode runs programs from (see {@link #inProcessMode}). */
  public Path programJar() {
    return LauncherJar.write(state);
  }

  private ProgramExecution execution(boolean inProcessMode) {
    return inProcessMode ? ProgramExecution.process(programJar()) : ProgramExecution.inline();
  }

  /** The example development environment, for a team of its own (names must not collide). */
  public static TeamEnvironment environment(String team) {
    TeamEnvironment environment = Examples.development();
    environment.getSpec().setTeam(team);
    environment.getMetadata().setName(team + "-development");
    return environment;
  }

  public StackResources<TeamEnvironment> environments() {
    return environments;
  }

  public RealPulumi pulumi() {
    return pulumi;
  }

  public RecordingStackEngine engine() {
    return engine;
  }

  public AllotmentOperator operator() {
    return operator;
  }

  /** The operator's state directory: work directories and the file backend. */
  public Path state() {
    return state;
  }
}
