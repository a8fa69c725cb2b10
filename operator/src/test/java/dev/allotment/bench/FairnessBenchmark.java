package dev.allotment.bench;

import dev.allotment.AllotmentOperator;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.config.ProgramMode;
import dev.allotment.engine.OperationDeadlines;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.testing.ControlPlane;
import dev.allotment.testing.Examples;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Fair share of operation slots (BENCHMARKS.md, "One namespace floods"): team-flood creates F
 * TeamEnvironments at once; once each has reached the operator, team-quiet creates one. The time
 * team-quiet's environment takes to be Ready, against what first come, first served would give it:
 * behind every operation queued ahead of it, (queued + 1)·L/C.
 *
 * <p>Usage: {@code .ci/bench-fairness [F] [latency-ms] [slots]}; real control plane.
 */
public final class FairnessBenchmark {

  public static void main(String[] args) throws Exception {
    int flood = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 500);
    int slots = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    String row = run(flood, latency, slots);
    System.out.println(row);
    Files.writeString(
        Path.of("target/benchmark-results.md"),
        row + "\n",
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    System.exit(0);
  }

  private static String run(int flood, Duration latency, int slots) throws Exception {
    try (ControlPlane plane = ControlPlane.start()) {
      KubernetesClient client = plane.client();
      TestCluster.installCrds(client, true);
      for (String namespace : new String[] {"team-flood", "team-quiet"}) {
        client
            .namespaces()
            .resource(
                new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
            .create();
        // Every environment orders for a team of its own: a tenancy rule allows it.
        TestCluster.allowAnyTeam(client, namespace, "bench-tenancy-" + namespace);
      }
      Path state = Files.createTempDirectory("allotment-bench-fairness");
      var engine = new FixedLatencyEngine(latency);
      var config =
          new OperatorConfig(
              Set.of("team-flood", "team-quiet"),
              state,
              "file://" + state.resolve("backend"),
              "passphrase",
              slots,
              Duration.ofHours(1),
              Duration.ofMillis(300),
              Duration.ofSeconds(1),
              Duration.ofSeconds(1),
              ProgramDefaults.none(),
              ProgramMode.INLINE,
              Optional.empty(),
              "pulumi",
              OperationDeadlines.DEFAULTS,
              Optional.empty(),
              8080);
      try (var operator =
          new AllotmentOperator(
              client,
              config,
              engine,
              Clock.systemUTC(),
              Optional.empty(),
              new SimpleMeterRegistry())) {
        operator.start();
        for (int i = 0; i < flood; i++) {
          client.resource(environment("team-flood", "flood-" + i, "flood" + i)).create();
        }
        // Every flood environment has reached the operator: its operation is queued or running.
        await(() -> operator.operations().queued() + engine.started.get() >= flood);
        int queuedAhead = operator.operations().queued();
        long start = System.nanoTime();
        TeamEnvironment quiet =
            client.resource(environment("team-quiet", "quiet", "quiet")).create();
        await(
            () -> {
              TeamEnvironment current = client.resource(quiet).get();
              return current.getStatus() != null
                  && Conditions.isTrue(current.getStatus().getConditions(), ConditionType.READY);
            });
        double waited = (System.nanoTime() - start) / 1e9;
        // First come, first served, it would have waited for every operation queued ahead of it.
        double fifo = (queuedAhead + 1) * latency.toMillis() / 1000.0 / slots;
        return String.format(
            "| %d | %d ms | %d | %d | %.1f s | %.1f s |",
            flood, latency.toMillis(), slots, queuedAhead, waited, fifo);
      }
    }
  }

  private static TeamEnvironment environment(String namespace, String name, String team) {
    TeamEnvironment resource = Examples.development();
    resource.getMetadata().setName(name);
    resource.getMetadata().setNamespace(namespace);
    resource.getSpec().setTeam(team);
    return resource;
  }

  private static void await(java.util.function.BooleanSupplier condition) throws Exception {
    long end = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("benchmark condition not reached in 30 minutes");
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }
}
