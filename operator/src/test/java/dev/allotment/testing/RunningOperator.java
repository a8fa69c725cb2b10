package dev.allotment.testing;

import dev.allotment.AllotmentOperator;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.StackEngine;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The operator for each test that needs one: built the way {@code Main} builds it, on the test
 * cluster's namespace with {@link TestConfigs}' configuration, started before the test (and before
 * its {@code @BeforeEach} methods) and closed after it (after its {@code @AfterEach} methods, which
 * may still need it to remove finalizers).
 *
 * <pre>{@code
 * @RegisterExtension static final TestCluster CLUSTER = new TestCluster();
 * private final FakeStackEngine engine = new FakeStackEngine();
 * @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, engine);
 * }</pre>
 *
 * A test that must prepare something first declares it {@link #startedByTheTest()} and calls {@link
 * #start()}. On the real Pulumi engine, the test passes a {@link RealEngine} instead of an engine;
 * before the operator stops, it destroys the TeamEnvironments the test left.
 */
public final class RunningOperator implements BeforeEachCallback, AfterEachCallback {

  private final TestCluster cluster;
  private StackEngine engine;
  private final RealEngine real;
  private int concurrency = 2;
  private Supplier<ProgramDefaults> defaults = ProgramDefaults::none;
  private UnaryOperator<OperatorConfig> configure = UnaryOperator.identity();
  private Supplier<KubernetesClient> client;
  private MeterRegistry registry = new SimpleMeterRegistry();
  private Clock clock = Clock.systemUTC();
  private boolean startedByTheTest;
  private Path state;
  private AllotmentOperator operator;

  private RunningOperator(TestCluster cluster, StackEngine engine, RealEngine real) {
    this.cluster = cluster;
    this.engine = engine;
    this.real = real;
    this.client = cluster::client;
  }

  /**
   * The operator on {@code cluster}'s namespace with {@code engine} behind the port (a test may
   * pass another to {@link #start(StackEngine)}).
   */
  public static RunningOperator on(TestCluster cluster, StackEngine engine) {
    return new RunningOperator(cluster, engine, null);
  }

  /** The operator on {@code cluster}'s namespace on the real Pulumi engine. */
  public static RunningOperator on(TestCluster cluster, RealEngine real) {
    return new RunningOperator(cluster, null, real);
  }

  /** Operation slots; 2 unless told. */
  public RunningOperator concurrency(int slots) {
    this.concurrency = slots;
    return this;
  }

  /** Program defaults, read when the operator starts; none unless told. */
  public RunningOperator defaults(Supplier<ProgramDefaults> defaults) {
    this.defaults = defaults;
    return this;
  }

  /** Changes to the test configuration, e.g. a backoff short enough to watch. */
  public RunningOperator configure(UnaryOperator<OperatorConfig> configure) {
    this.configure = configure;
    return this;
  }

  /** The operator's own client, e.g. one through a proxy; the test cluster's unless told. */
  public RunningOperator client(Supplier<KubernetesClient> client) {
    this.client = client;
    return this;
  }

  /** Where the operator's metrics go. */
  public RunningOperator registry(MeterRegistry registry) {
    this.registry = registry;
    return this;
  }

  /** The operator's clock, e.g. a {@link MovableClock}; the system's unless told. */
  public RunningOperator clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** The test prepares something first, then calls {@link #start()}. */
  public RunningOperator startedByTheTest() {
    this.startedByTheTest = true;
    return this;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    state = Files.createTempDirectory("allotment-operator-");
    if (!startedByTheTest) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (real != null && real.started()) {
        destroyWhatTheTestLeft();
      }
    } finally {
      stop();
      if (real != null) {
        real.close();
      }
      delete(state);
    }
  }

  /** Real stacks and their finalizers go with the operator's help, given real operations' time. */
  private void destroyWhatTheTestLeft() {
    // A test that failed while a cloud hung would otherwise wait here for operations that cannot
    // finish.
    real.pulumi().healAll();
    if (operator == null) {
      start();
    }
    environments().deleteAll(RealEngine.OPERATION);
  }

  /**
   * Starts the operator with another engine behind the port, kept for later restarts (instead of
   * the real engine, if it was on it).
   */
  public AllotmentOperator start(StackEngine engine) {
    this.engine = engine;
    return start();
  }

  /** Starts the operator (a running one is stopped first, its state kept). */
  public AllotmentOperator start() {
    stop();
    OperatorConfig config =
        configure.apply(
            TestConfigs.config(cluster.namespace(), state, concurrency, defaults.get()));
    StackEngine port = engine != null ? engine : real.engineFor(cluster, config);
    operator = new AllotmentOperator(client.get(), config, port, clock, Optional.empty(), registry);
    operator.start();
    return operator;
  }

  /** Restarts the operator over the same state with this many operation slots. */
  public AllotmentOperator restart(int slots) {
    concurrency = slots;
    return start();
  }

  /** Stops the operator, if it runs. */
  public void stop() {
    if (operator != null) {
      operator.close();
      operator = null;
    }
  }

  /** The running operator. */
  public AllotmentOperator get() {
    if (operator == null) {
      throw new IllegalStateException("the operator is not running");
    }
    return operator;
  }

  /** The TeamEnvironments of the operator's namespace, as a user drives and observes them. */
  public StackResources<TeamEnvironment> environments() {
    return new StackResources<>(cluster, TeamEnvironment.class);
  }

  /** The operator's state directory (work directories, the file backend). */
  public Path state() {
    return state;
  }

  private static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
