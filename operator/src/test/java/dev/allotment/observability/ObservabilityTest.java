package dev.allotment.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.MovableClock;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import dev.allotment.testing.TestConfigs;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a platform engineer scrapes and probes: metrics, liveness, readiness, served as {@code Main}
 * serves them ({@link dev.allotment.AllotmentOperator#httpEndpoints}).
 */
class ObservabilityTest {

  /** The up deadline of this operator, configured as the chart configures it. */
  private static final Duration UP_DEADLINE = Duration.ofSeconds(20);

  /** How long past its deadline a slot may be held before liveness fails (the README's). */
  private static final Duration WEDGE_GRACE = Duration.ofMinutes(2);

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final MovableClock clock = MovableClock.system();

  @RegisterExtension
  final RunningOperator operator =
      RunningOperator.on(CLUSTER, engine)
          .registry(registry)
          .clock(clock)
          .configure(
              test ->
                  TestConfigs.fromEnvironment(
                      CLUSTER.namespace(),
                      test,
                      Map.of(
                          "ALLOTMENT_PROGRAM_MODE",
                          "inline",
                          "ALLOTMENT_DEADLINE_UP",
                          UP_DEADLINE.toSeconds() + "s")))
          .startedByTheTest();

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private final HttpClient http = HttpClient.newHttpClient();
  private HttpEndpoints endpoints;

  @BeforeEach
  void start() throws Exception {
    endpoints = operator.start().httpEndpoints(0, registry::scrape);
    endpoints.start();
  }

  @AfterEach
  void stop() {
    engine.release();
    environments.deleteAll();
    endpoints.close();
  }

  @Test
  void probesAnswerAndMetricsCountOperationsResourcesAndEvents() throws Exception {
    assertThat(get("/healthz").statusCode()).isEqualTo(200);
    await().atMost(StackResources.DEADLINE).until(() -> get("/readyz").statusCode() == 200);

    TeamEnvironment created = environments.apply(Examples.development());
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    String metrics = get("/metrics").body();
    assertThat(metrics)
        .contains(
            "allotment_stack_operations_seconds_count{kind=\"teamenvironment\",operation=\"up\",result=\"succeeded\"} 1")
        .contains("allotment_resources{kind=\"teamenvironment\",state=\"ready\"} 1")
        .contains("allotment_events_total{kind=\"teamenvironment\",reason=\"UpdateSucceeded\"} 1")
        .contains("allotment_stack_operations_running")
        .contains("allotment_stack_operations_queued");
    // JOSDK's own reconcile metrics share the registry.
    assertThat(metrics).containsPattern("operator_sdk_[a-z_]*reconciliations");
    assertThat(metrics).doesNotContain(FakeStackEngine.secretValue(StackResources.ref(created)));
  }

  @Test
  void failedOperationsAreCountedByResult() throws Exception {
    engine.failNextUps(1, "quota exceeded");
    TeamEnvironment created = environments.apply(Examples.development());
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    assertThat(get("/metrics").body())
        .contains("operation=\"up\",result=\"failed\"} 1")
        .contains("operation=\"up\",result=\"succeeded\"} 1");
  }

  @Test
  void livenessFailsOnceASlotIsHeldPastItsDeadlineAndTheGrace() throws Exception {
    engine.hold();
    TeamEnvironment created = environments.apply(Examples.development());
    await().atMost(StackResources.DEADLINE).until(() -> engine.running() == 1);
    assertThat(get("/healthz").statusCode()).as("an up running").isEqualTo(200);

    // The operation's CLI should have been killed at the deadline; within the grace the kill and
    // its recording may still be under way.
    clock.advance(UP_DEADLINE.plus(WEDGE_GRACE).minusSeconds(10));
    assertThat(get("/healthz").statusCode()).as("within the grace").isEqualTo(200);

    // Past it the slot is wedged: the kubelet is to restart the pod.
    clock.advance(Duration.ofSeconds(20));
    HttpResponse<String> wedged = get("/healthz");
    assertThat(wedged.statusCode()).as("wedged").isEqualTo(503);
    assertThat(wedged.body()).isEqualTo("not ok\n");
    assertThat(get("/readyz").statusCode()).as("still ready").isEqualTo(200);

    // The operation ends after all: its slot is free, and the probe passes again.
    engine.release();
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    await().atMost(StackResources.DEADLINE).until(() -> get("/healthz").statusCode() == 200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoints.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
