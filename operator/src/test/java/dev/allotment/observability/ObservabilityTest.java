package dev.allotment.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a platform engineer scrapes and probes: metrics, liveness, readiness. */
class ObservabilityTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  @RegisterExtension
  final RunningOperator operator =
      RunningOperator.on(CLUSTER, engine).registry(registry).startedByTheTest();

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private final HttpClient http = HttpClient.newHttpClient();
  private HttpEndpoints endpoints;

  @BeforeEach
  void start() throws Exception {
    endpoints = new HttpEndpoints(0, () -> true, () -> operator.get().ready(), registry::scrape);
    endpoints.start();
    operator.start();
  }

  @AfterEach
  void stop() {
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

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoints.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
