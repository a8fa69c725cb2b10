package dev.allotment.testing;

import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramMode;
import dev.allotment.engine.OperationDeadlines;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.automation.ProgramExecution;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The real Pulumi engine behind a {@link RunningOperator}: the Automation API adapter on the CLI
 * {@code tools/assets.sh} builds, with the test clouds ({@link RealPulumi}), over the operator's
 * state directory (work directories and the file backend). The clouds start with the operator's
 * first start in a test and stop after it; what reaches the operator's engine is recorded.
 *
 * <pre>{@code
 * private final RealEngine real = RealEngine.inline();
 * @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, real);
 * }</pre>
 */
public final class RealEngine implements AutoCloseable {

  /** How long one real Pulumi operation may take in a test, slow machine included. */
  public static final Duration OPERATION = Duration.ofMinutes(4);

  private final ProgramMode mode;
  private OperationDeadlines deadlines = OperationDeadlines.DEFAULTS;
  private Map<String, String> cliEnvironment = Map.of();
  private RealPulumi pulumi;
  private OperatorConfig config;
  private RecordingStackEngine engine;

  private RealEngine(ProgramMode mode) {
    this.mode = mode;
  }

  /** Programs run inline, in the operator's JVM. */
  public static RealEngine inline() {
    return new RealEngine(ProgramMode.INLINE);
  }

  /**
   * Programs run in process mode: Pulumi's Java language host (the one {@code tools/assets.sh}
   * builds) runs {@code java -jar} of a launcher jar whose manifest puts this test JVM's classpath
   * behind the operator's main class, as the image's jar does with its {@code lib/}.
   */
  public static RealEngine inProcessMode() {
    return new RealEngine(ProgramMode.PROCESS);
  }

  /** The engine for an operator of this configuration, started on {@code cluster}. */
  StackEngine engineFor(TestCluster cluster, OperatorConfig config) {
    if (pulumi == null) {
      pulumi = RealPulumi.start(cluster, config.stateDirectory().resolve("pulumi-home"));
    }
    this.config = config;
    engine =
        new RecordingStackEngine(pulumi.engine(config, deadlines, cliEnvironment, execution(mode)));
    return engine;
  }

  /** Whether an operator has run on it in this test (and its clouds run). */
  boolean started() {
    return pulumi != null;
  }

  /** Operation deadlines from the operator's next start on; the defaults unless told. */
  public RealEngine deadlines(OperationDeadlines deadlines) {
    this.deadlines = deadlines;
    return this;
  }

  /**
   * Changes to the Pulumi CLI's environment from the operator's next start on; none unless told.
   */
  public RealEngine cliEnvironment(Map<String, String> changes) {
    this.cliEnvironment = Map.copyOf(changes);
    return this;
  }

  /** The engine behind the running operator, recording the operations that reach it. */
  public RecordingStackEngine engine() {
    return require(engine);
  }

  /**
   * An engine of its own on the operator's state (same work directories, backend and test clouds),
   * for a test that drives stacks without the operator.
   */
  public StackEngine standalone(ProgramMode mode) {
    return standalone(execution(mode));
  }

  /** The same, with programs run as {@code execution} says. */
  public StackEngine standalone(ProgramExecution execution) {
    return require(pulumi)
        .engine(require(config), OperationDeadlines.DEFAULTS, Map.of(), execution);
  }

  /** The jar process mode runs programs from (see {@link #inProcessMode}). */
  public Path programJar() {
    return LauncherJar.write(require(config).stateDirectory());
  }

  /** The stack's directory of locks in the file backend. */
  public Path locks(StackRef ref) {
    return stackDirectory("backend/.pulumi/locks/organization", ref);
  }

  /** The file backend's directory of the stack's project: {@code <stack>.json}, its backups. */
  public Path checkpoints(StackRef ref) {
    return require(config)
        .stateDirectory()
        .resolve("backend/.pulumi/stacks")
        .resolve(ref.project());
  }

  /** The stack's work directory (its Pulumi project and stack settings). */
  public Path workDirectory(StackRef ref) {
    return stackDirectory("workspaces", ref);
  }

  private Path stackDirectory(String parent, StackRef ref) {
    return require(config)
        .stateDirectory()
        .resolve(parent)
        .resolve(ref.project())
        .resolve(ref.stack());
  }

  /** The CLI and the test clouds. */
  public RealPulumi pulumi() {
    return require(pulumi);
  }

  private ProgramExecution execution(ProgramMode mode) {
    return mode == ProgramMode.PROCESS
        ? ProgramExecution.process(programJar())
        : ProgramExecution.inline();
  }

  private static <T> T require(T startedWithTheOperator) {
    if (startedWithTheOperator == null) {
      throw new IllegalStateException("no operator has run on the real engine in this test");
    }
    return startedWithTheOperator;
  }

  /** Stops the test clouds; the next start in a test starts new ones. */
  @Override
  public void close() {
    if (pulumi != null) {
      pulumi.close();
      pulumi = null;
      config = null;
      engine = null;
    }
  }
}
