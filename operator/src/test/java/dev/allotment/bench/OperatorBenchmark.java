package dev.allotment.bench;

import dev.allotment.AllotmentOperator;
import dev.allotment.api.v1alpha1.Annotations;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.testing.ControlPlane;
import dev.allotment.testing.Examples;
import dev.allotment.testing.TestCluster;
import dev.allotment.testing.TestConfigs;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The scale benchmark of BENCHMARKS.md: the real operator on fabric8's mock server or on a real
 * control plane ({@link ControlPlane}, a fresh one per size), with an engine of fixed latency L per
 * operation and C operation slots. Run it with the command in BENCHMARKS.md; arguments: {@code
 * N[,N...] [L-millis] [C] [mock|real]}.
 */
public final class OperatorBenchmark {

  private static final String NAMESPACE = "bench";

  private final int n;
  private final Duration latency;
  private final int slots;
  private final boolean realApiServer;

  private OperatorBenchmark(int n, Duration latency, int slots, boolean realApiServer) {
    this.n = n;
    this.latency = latency;
    this.slots = slots;
    this.realApiServer = realApiServer;
  }

  public static void main(String[] args) throws Exception {
    List<Integer> sizes =
        Arrays.stream((args.length > 0 ? args[0] : "100,1000").split(","))
            .map(String::trim)
            .map(Integer::parseInt)
            .toList();
    Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 200);
    int slots = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    String api = args.length > 3 ? args[3] : "mock";
    if (!api.equals("mock") && !api.equals("real")) {
      throw new IllegalArgumentException("API server must be mock or real, not " + api);
    }
    StringBuilder report = new StringBuilder();
    report.append(environment(api));
    for (int size : sizes) {
      report
          .append(new OperatorBenchmark(size, latency, slots, api.equals("real")).run())
          .append('\n');
    }
    System.out.println(report);
    Path out = Path.of("target", "benchmark-results.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.exit(0);
  }

  private String run() throws Exception {
    var counter = new RequestCounter();
    KubernetesMockServer server = null;
    ControlPlane plane = null;
    KubernetesClient driver;
    KubernetesClient operatorClient;
    if (realApiServer) {
      plane = ControlPlane.start();
      driver = plane.client();
      operatorClient =
          new KubernetesClientBuilder()
              .withConfig(plane.config())
              .withHttpClientFactory(new JdkHttpClientFactory())
              .withHttpClientBuilderConsumer(h -> h.addOrReplaceInterceptor("count", counter))
              .build();
    } else {
      server = TestCluster.startMockServer();
      driver = server.createClient(new JdkHttpClientFactory());
      operatorClient =
          server.createClient(
              b ->
                  b.withHttpClientFactory(new JdkHttpClientFactory())
                      .withHttpClientBuilderConsumer(
                          h -> h.addOrReplaceInterceptor("count", counter)));
    }
    TestCluster.installCrds(driver, realApiServer);
    driver
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .create();
    // Every resource orders for a team of its own from one namespace: a tenancy rule allows it.
    TestCluster.allowAnyTeam(driver, NAMESPACE, "bench-tenancy");
    Path state = Files.createTempDirectory("allotment-bench");
    var engine = new FixedLatencyEngine(latency);
    var registry = new SimpleMeterRegistry();
    var config = TestConfigs.config(NAMESPACE, state, slots, ProgramDefaults.none());

    Map<String, Long> readyAt = new ConcurrentHashMap<>();
    Map<String, Long> pausedAt = new ConcurrentHashMap<>();
    var informer =
        driver
            .resources(TeamEnvironment.class)
            .inNamespace(NAMESPACE)
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(TeamEnvironment r) {
                    onUpdate(null, r);
                  }

                  @Override
                  public void onUpdate(TeamEnvironment old, TeamEnvironment r) {
                    if (r.getStatus() == null) {
                      return;
                    }
                    long now = System.nanoTime();
                    if (Conditions.isTrue(r.getStatus().getConditions(), ConditionType.READY)) {
                      readyAt.putIfAbsent(r.getMetadata().getName(), now);
                    }
                    if (Boolean.TRUE.equals(r.getStatus().getPaused())) {
                      pausedAt.putIfAbsent(r.getMetadata().getName(), now);
                    }
                  }

                  @Override
                  public void onDelete(TeamEnvironment r, boolean unknown) {}
                });

    // 1. N environments created at once: time until all are Ready, against N*L/C.
    var operator =
        new AllotmentOperator(
            operatorClient, config, engine, Clock.systemUTC(), Optional.empty(), registry);
    operator.start();
    long t0 = System.nanoTime();
    createAll(driver, "env-", n, false, new ConcurrentHashMap<>());
    await(() -> readyAt.size() >= n, Duration.ofMinutes(30));
    double seconds = (System.nanoTime() - t0) / 1e9;
    double ideal = n * latency.toMillis() / 1000.0 / slots;

    // 2. While every slot is busy with new work: latency of reconciles that need no Pulumi call.
    int busyBatch = slots * 20;
    int quick = Math.min(200, Math.max(20, n / 5));
    Map<String, Long> created = new ConcurrentHashMap<>();
    createAll(driver, "busy-", busyBatch, false, new ConcurrentHashMap<>());
    await(() -> engine.started.get() >= n + slots, Duration.ofMinutes(5));
    createAll(driver, "paused-", quick, true, created);
    await(() -> created.keySet().stream().allMatch(pausedAt::containsKey), Duration.ofMinutes(10));
    List<Long> latencies = new ArrayList<>();
    created.forEach((name, start) -> latencies.add((pausedAt.get(name) - start) / 1_000_000));
    latencies.sort(Long::compare);
    await(() -> readyAt.size() >= n + busyBatch, Duration.ofMinutes(30));
    int total = n + busyBatch + quick;

    // 3. Restart with every resource reconciled: Pulumi operations and status writes.
    operator.close();
    counter.reset();
    long opsBefore = engine.started.get();
    var restartRegistry = new SimpleMeterRegistry();
    var restarted =
        new AllotmentOperator(
            operatorClient, config, engine, Clock.systemUTC(), Optional.empty(), restartRegistry);
    restarted.start();
    await(() -> reconciles(restartRegistry) >= total, Duration.ofMinutes(10));
    long opsAfterRestart = engine.started.get() - opsBefore;
    long statusWrites = counter.get("status-write");
    double reconciles = reconciles(restartRegistry);
    long perReconcileRequests = counter.total() - counter.get("watch") - listRequests(counter);

    // The API server's own cost at this size: one GET of one resource, 50 times.
    List<Long> gets = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      long start = System.nanoTime();
      driver.resources(TeamEnvironment.class).inNamespace(NAMESPACE).withName("env-0").get();
      gets.add((System.nanoTime() - start) / 1_000_000);
    }
    gets.sort(Long::compare);

    // 4. Memory with every resource cached.
    System.gc();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long rss = rssBytes();

    restarted.close();
    informer.close();
    driver.close();
    operatorClient.close();
    if (server != null) {
      server.destroy();
    }
    if (plane != null) {
      plane.close();
    }

    return String.format(
        "| %d | %d ms | %d | %.1f s | %.1f s | %.3f | %d ms | %d ms | %d | %d | %.2f | %d MiB | %d MiB | %d ms |",
        n,
        latency.toMillis(),
        slots,
        seconds,
        ideal,
        seconds / ideal,
        percentile(latencies, 50),
        percentile(latencies, 99),
        opsAfterRestart,
        statusWrites,
        perReconcileRequests / Math.max(1, reconciles),
        heap / (1024 * 1024),
        rss / (1024 * 1024),
        percentile(gets, 50));
  }

  private static long listRequests(RequestCounter counter) {
    // The informers' initial lists; everything else of kind get-or-list came from reconciles.
    return Math.min(counter.get("get-or-list"), 4);
  }

  private static double reconciles(SimpleMeterRegistry registry) {
    return registry.getMeters().stream()
        .filter(m -> m.getId().getName().contains("reconciliations.started"))
        .filter(Counter.class::isInstance)
        .mapToDouble(m -> ((Counter) m).count())
        .sum();
  }

  private static void createAll(
      KubernetesClient client, String prefix, int count, boolean paused, Map<String, Long> created)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < count; i++) {
      int index = i;
      pool.execute(
          () -> {
            TeamEnvironment resource = Examples.development();
            String name = prefix + index;
            resource.getMetadata().setName(name);
            resource.getMetadata().setNamespace(NAMESPACE);
            resource.getSpec().setTeam("t" + prefix.replace("-", "") + index);
            if (paused) {
              resource.getMetadata().getAnnotations().put(Annotations.PAUSED, "true");
            }
            created.put(name, System.nanoTime());
            client.resource(resource).create();
          });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
  }

  private static void await(BooleanSupplier condition, Duration deadline)
      throws InterruptedException {
    long end = System.nanoTime() + deadline.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("benchmark condition not reached within " + deadline);
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  private static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  private static long rssBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return -1;
  }

  private static String environment(String api) {
    var runtime = ManagementFactory.getRuntimeMXBean();
    return String.format(
        "%n<!-- API server: %s; %s, %d cores, JVM %s %s, flags %s -->%n"
            + "| N | L | C | all Ready | ideal N·L/C | ratio | no-op p50 | no-op p99 | ops after restart | status writes after restart | API requests per unchanged reconcile | heap after GC | RSS | API GET p50 |%n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|%n",
        api,
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(),
        runtime.getVmName(),
        runtime.getVmVersion(),
        runtime.getInputArguments());
  }
}
