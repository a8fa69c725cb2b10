package dev.allotment.bench;

import dev.allotment.AllotmentOperator;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.OperationDeadlines;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.automation.ProgramExecution;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.ControlPlane;
import dev.allotment.testing.Examples;
import dev.allotment.testing.LauncherJar;
import dev.allotment.testing.RealPulumi;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestAssets;
import dev.allotment.testing.TestCluster;
import dev.allotment.testing.TestConfigs;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The operator on the real engine against the bare CLI (BENCHMARKS.md, "The real engine"): for each
 * program mode, the time from creating a TeamEnvironment to Ready, and what the operation's
 * processes (the CLI, its plugins, the program's JVM in process mode) and the operator's JVM use
 * meanwhile; then, in the process-mode stack's work directory, the same program destroyed and
 * created again by {@code pulumi up} run by hand, as a platform engineer would.
 *
 * <p>Usage: {@code .ci/bench-engine [runs]}.
 */
public final class EngineBenchmark {

  private static final String NAMESPACE = "bench";
  private static final Duration DEADLINE = Duration.ofMinutes(10);

  private final int runs;
  private final List<String> rows = new ArrayList<>();

  private EngineBenchmark(int runs) {
    this.runs = runs;
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    String table = new EngineBenchmark(runs).run();
    System.out.println(table);
    Path results = Path.of("target/benchmark-results.md");
    Files.writeString(
        results,
        table + "\n",
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    System.exit(0);
  }

  private String run() throws Exception {
    try (ControlPlane plane = ControlPlane.start()) {
      KubernetesClient client = plane.client();
      TestCluster.installCrds(client, true);
      client
          .namespaces()
          .resource(
              new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
          .create();
      // Each run orders for a team of its own from one namespace: a tenancy rule allows it.
      TestCluster.allowAnyTeam(client, NAMESPACE, "bench-tenancy");
      Set<Long> baseline = descendants();
      for (boolean processMode : List.of(false, true)) {
        measure(plane, client, processMode, baseline);
      }
    }
    return String.join(
        "\n",
        "| mode | run | apply → Ready | bare `pulumi up` | ratio | peak RSS of the operation's"
            + " processes | operator JVM RSS growth | CPU of the operation (processes + operator"
            + " JVM) |",
        "|---|---|---|---|---|---|---|---|",
        String.join("\n", rows));
  }

  private void measure(
      ControlPlane plane, KubernetesClient client, boolean processMode, Set<Long> baseline)
      throws Exception {
    Path state = Files.createTempDirectory("allotment-bench-engine");
    RealPulumi pulumi = RealPulumi.start(plane.adminKubeconfig(), state.resolve("pulumi-home"));
    OperatorConfig config = TestConfigs.config(NAMESPACE, state, 2, ProgramDefaults.none());
    ProgramExecution execution =
        processMode
            ? ProgramExecution.process(LauncherJar.write(state))
            : ProgramExecution.inline();
    var operator =
        new AllotmentOperator(
            client,
            config,
            pulumi.engine(config, OperationDeadlines.DEFAULTS, Map.of(), execution),
            Clock.systemUTC(),
            Optional.empty(),
            new SimpleMeterRegistry());
    operator.start();
    try {
      for (int run = 1; run <= runs; run++) {
        String team = (processMode ? "process" : "inline") + "-" + run;
        TeamEnvironment ordered = Examples.development(team);
        ordered.getMetadata().setNamespace(NAMESPACE);
        long rssBefore = rss(ProcessHandle.current().pid());
        long cpuBefore = jvmCpuNanos();
        var sampler = new Sampler(baseline);
        sampler.start();
        long start = System.nanoTime();
        TeamEnvironment created = client.resource(ordered).create();
        awaitReady(client, created);
        Duration operatorTime = Duration.ofNanos(System.nanoTime() - start);
        sampler.stop();
        long cpu = sampler.childCpuNanos() + (jvmCpuNanos() - cpuBefore);
        long jvmGrowth = Math.max(0, sampler.peakJvmRss() - rssBefore);

        String bare = "–";
        String ratio = "–";
        if (processMode) {
          Duration byHand = bareUp(pulumi, state, StackResources.ref(created));
          bare = seconds(byHand);
          ratio = String.format("%.2f", operatorTime.toMillis() / (double) byHand.toMillis());
        }
        rows.add(
            String.format(
                "| %s | %d | %s | %s | %s | %d MiB | %d MiB | %.1f s |",
                processMode ? "process" : "inline",
                run,
                seconds(operatorTime),
                bare,
                ratio,
                sampler.peakChildRss() / (1024 * 1024),
                jvmGrowth / (1024 * 1024),
                cpu / 1e9));
        System.err.println(rows.get(rows.size() - 1));
        client.resource(created).delete();
        awaitGone(client, created);
      }
    } finally {
      operator.close();
      pulumi.close();
    }
  }

  /** {@code pulumi destroy}, then a timed {@code pulumi up}, in the stack's work directory. */
  private static Duration bareUp(RealPulumi pulumi, Path state, StackRef ref) throws Exception {
    Path workDir = state.resolve("workspaces").resolve(ref.project()).resolve(ref.stack());
    cli(pulumi, workDir, "destroy", "--yes", "--skip-preview", "--non-interactive");
    long start = System.nanoTime();
    cli(pulumi, workDir, "up", "--yes", "--skip-preview", "--non-interactive");
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static void cli(RealPulumi pulumi, Path workDir, String... args) throws Exception {
    Path binary = TestAssets.pulumi().path("PULUMI");
    List<String> command = new ArrayList<>(List.of(binary.toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--stack", workDirStack(workDir)));
    var builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("bench-" + args[0] + ".log").toFile());
    builder.environment().putAll(pulumi.environment());
    builder.environment().put("PATH", binary.getParent() + ":" + System.getenv("PATH"));
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          "pulumi "
              + args[0]
              + " failed: "
              + Files.readString(workDir.resolve("bench-" + args[0] + ".log")));
    }
  }

  private static String workDirStack(Path workDir) {
    return workDir.getFileName().toString();
  }

  private static void awaitReady(KubernetesClient client, TeamEnvironment created)
      throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      TeamEnvironment current = client.resource(created).get();
      if (current != null
          && StackResources.hasCondition(current, ConditionType.READY, "True", Reason.UP_TO_DATE)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(created.getMetadata().getName() + " not Ready in " + DEADLINE);
  }

  private static void awaitGone(KubernetesClient client, TeamEnvironment created)
      throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (client.resource(created).get() != null) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(created.getMetadata().getName() + " not gone");
      }
      Thread.sleep(200);
    }
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }

  private static Set<Long> descendants() {
    return ProcessHandle.current()
        .descendants()
        .map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }

  private static long jvmCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Resident set size from {@code /proc}, in bytes; 0 for a process that is gone. */
  static long rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException gone) {
      // The process ended between listing and reading.
    }
    return 0;
  }

  /**
   * Samples, every 100 ms, the RSS of the processes the operation started (descendants of this JVM
   * that were not there before: the CLI, plugins, the program's JVM) and of this JVM; sums each
   * such process's last CPU time seen.
   */
  private static final class Sampler {
    private final Set<Long> baseline;
    private final AtomicLong peakChildRss = new AtomicLong();
    private final AtomicLong peakJvmRss = new AtomicLong();
    private final Map<Long, Long> cpu = new HashMap<>();
    private volatile boolean running = true;
    private Thread thread;

    Sampler(Set<Long> baseline) {
      this.baseline = baseline;
    }

    void start() {
      thread =
          new Thread(
              () -> {
                while (running) {
                  sample();
                  try {
                    Thread.sleep(100);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "sampler");
      thread.start();
    }

    private void sample() {
      long total = 0;
      for (ProcessHandle p :
          ProcessHandle.current().descendants().filter(p -> !baseline.contains(p.pid())).toList()) {
        total += rss(p.pid());
        p.info()
            .totalCpuDuration()
            .ifPresent(
                d -> {
                  synchronized (cpu) {
                    cpu.put(p.pid(), d.toNanos());
                  }
                });
      }
      peakChildRss.accumulateAndGet(total, Math::max);
      peakJvmRss.accumulateAndGet(rss(ProcessHandle.current().pid()), Math::max);
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long peakChildRss() {
      return peakChildRss.get();
    }

    long peakJvmRss() {
      return peakJvmRss.get();
    }

    long childCpuNanos() {
      synchronized (cpu) {
        return cpu.values().stream().mapToLong(Long::longValue).sum();
      }
    }
  }
}
