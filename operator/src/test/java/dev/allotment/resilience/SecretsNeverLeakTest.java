package dev.allotment.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.StackRef;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Secret stack outputs reach the outputs Secret (and Argo CD's cluster Secret) and nothing else the
 * operator writes: no status, no Event, no log line at any level the operator logs, no metric.
 */
class SecretsNeverLeakTest {

  /** Logged more verbosely than in production, so that debug output is checked too. */
  private static final Map<String, Level> VERBOSE =
      Map.of(
          "dev.allotment", Level.TRACE,
          "io.javaoperatorsdk", Level.DEBUG,
          "com.pulumi", Level.DEBUG);

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private final StackResources<Cluster> clusters = new StackResources<>(CLUSTER, Cluster.class);
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Map<String, Level> previousLevels = new LinkedHashMap<>();
  private String argocdNamespace;

  private final RealEngine real = RealEngine.inline();

  /** Each test starts it: on the real engine, or on a fake one of its own. */
  @RegisterExtension
  final RunningOperator operator =
      RunningOperator.on(CLUSTER, real)
          .defaults(this::defaults)
          .registry(metrics)
          .startedByTheTest();

  @BeforeEach
  void captureLogs() {
    logs.setName("secrets-never-leak");
    logs.start();
    root().addAppender(logs);
    VERBOSE.forEach(
        (name, level) -> {
          Logger logger = (Logger) LoggerFactory.getLogger(name);
          previousLevels.put(name, logger.getLevel());
          logger.setLevel(level);
        });
    argocdNamespace = CLUSTER.argoCdNamespace();
  }

  @AfterEach
  void stop() {
    environments.deleteAll(RealEngine.OPERATION);
    clusters.deleteAll();
    root().detachAppender(logs);
    logs.stop();
    previousLevels.forEach(
        (name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
  }

  @Test
  void scriptedSecretOutputsStayInTheirSecrets() {
    FakeStackEngine engine = new FakeStackEngine();
    operator.start(engine);
    Cluster cluster = clusters.apply(Examples.cluster("vcluster"));
    clusters.awaitCondition(cluster, ConditionType.READY, "True", Reason.UP_TO_DATE);
    // An environment on that cluster: the operator reads the cluster's kubeconfig to build it.
    TeamEnvironment onCluster = environments.apply(Examples.onCluster());
    // Development is on the cluster; the team's test stage on the hub.
    TeamEnvironment test = Examples.development();
    test.getMetadata().setName("payments-test");
    test.getSpec().setStage(Stage.TEST);
    TeamEnvironment plain = environments.apply(test);
    environments.awaitCondition(onCluster, ConditionType.READY, "True", Reason.UP_TO_DATE);
    environments.awaitCondition(plain, ConditionType.READY, "True", Reason.UP_TO_DATE);
    // A second update with new credentials, and a failed one on the way.
    engine.rotateCredentials();
    engine.failNextUps(1, "github:index/repository:Repository: 502 Bad Gateway");
    TeamEnvironment edited =
        environments.edit(plain, r -> r.getSpec().getContributors().add("erin-dev"));
    Cluster editedCluster = clusters.edit(cluster, c -> c.getSpec().getNodePool().setCount(2));
    environments.awaitUpToDate(edited, StackResources.DEADLINE);
    clusters.awaitUpToDate(editedCluster, StackResources.DEADLINE);

    StackRef clusterRef = StackResources.ref(cluster);
    Map<String, String> secrets = new LinkedHashMap<>();
    secrets.put("cluster token (first)", "token-1-" + clusterRef.stack());
    secrets.put("cluster token (rotated)", engine.clusterToken(clusterRef));
    secrets.put(
        "kubeconfig of " + plain.getMetadata().getName(),
        FakeStackEngine.secretValue(StackResources.ref(plain)));
    secrets.put(
        "kubeconfig of " + onCluster.getMetadata().getName(),
        FakeStackEngine.secretValue(StackResources.ref(onCluster)));

    // Where they belong: not a vacuous pass.
    assertThat(kubeconfigIn(clusters, cluster)).contains(engine.clusterToken(clusterRef));
    assertThat(kubeconfigIn(environments, plain))
        .isEqualTo(FakeStackEngine.secretValue(StackResources.ref(plain)));
    assertThat(kubeconfigIn(environments, onCluster))
        .isEqualTo(FakeStackEngine.secretValue(StackResources.ref(onCluster)));

    assertNowhereElse(secrets);
  }

  @Test
  void secretOutputsOfTheRealProgramStayInTheirSecrets() {
    operator.start();
    CLUSTER.bindNamespace("leak");
    TeamEnvironment created = environments.apply(Examples.development("leak"));
    environments.awaitCondition(
        created, ConditionType.READY, "True", Reason.UP_TO_DATE, RealEngine.OPERATION);
    // The deployer's token, as the API server's token controller made it.
    String token =
        CLUSTER.client().secrets().inNamespace("leak-development").list().getItems().stream()
            .filter(s -> "kubernetes.io/service-account-token".equals(s.getType()))
            .map(s -> StackResources.decoded(s, "token"))
            .findFirst()
            .orElseThrow();

    assertThat(kubeconfigIn(environments, created)).contains("token: " + token);

    // The CLI's output is logged too (at debug): neither the token nor the passphrase is in it.
    assertNowhereElse(
        Map.of(
            "deployer token",
            token,
            "secrets passphrase",
            System.getenv("PULUMI_CONFIG_PASSPHRASE")));
  }

  private ProgramDefaults defaults() {
    return new ProgramDefaults(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        argocdNamespace,
        false,
        "https://hub.example.com");
  }

  private static String kubeconfigIn(StackResources<?> resources, CustomResource<?, ?> owner) {
    return StackResources.decoded(resources.findOutputsSecret(owner).orElseThrow(), "kubeconfig");
  }

  /** Every secret, plain and base64-encoded, is absent from all the operator wrote but Secrets. */
  private void assertNowhereElse(Map<String, String> secrets) {
    KubernetesClient client = CLUSTER.client();
    Map<String, String> written = new LinkedHashMap<>();
    for (var kind : List.of(TeamEnvironment.class, Cluster.class)) {
      client
          .resources(kind)
          .inNamespace(CLUSTER.namespace())
          .list()
          .getItems()
          .forEach(
              r ->
                  written.put(
                      kind.getSimpleName() + " " + r.getMetadata().getName(),
                      client.getKubernetesSerialization().asJson(r)));
    }
    for (String namespace : List.of(CLUSTER.namespace(), argocdNamespace)) {
      client
          .v1()
          .events()
          .inNamespace(namespace)
          .list()
          .getItems()
          .forEach(
              e ->
                  written.put(
                      "event " + e.getReason() + " " + e.getMetadata().getName(),
                      client.getKubernetesSerialization().asJson(e)));
    }
    List<ILoggingEvent> captured = List.copyOf(logs.list);
    for (int i = 0; i < captured.size(); i++) {
      written.put(
          "log line " + i + " (" + captured.get(i).getLoggerName() + ")", text(captured.get(i)));
    }
    for (Meter meter : metrics.getMeters()) {
      written.put("metric " + meter.getId().getName(), meter.getId().toString());
    }
    assertThat(written.keySet())
        .as("what was scanned")
        .anyMatch(k -> k.startsWith("event "))
        .anyMatch(k -> k.startsWith("log line "))
        .anyMatch(k -> k.startsWith("TeamEnvironment "))
        .anyMatch(k -> k.startsWith("metric "));

    List<String> leaks = new ArrayList<>();
    secrets.forEach(
        (what, value) -> {
          List<String> forms =
              List.of(
                  value,
                  Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
          written.forEach(
              (where, text) -> {
                if (forms.stream().anyMatch(text::contains)) {
                  leaks.add(what + " in " + where);
                }
              });
        });
    assertThat(leaks).as("secret values outside their Secrets").isEmpty();
  }

  /** A log event as a log shipper would see it: message, arguments, exceptions, MDC. */
  private static String text(ILoggingEvent event) {
    StringBuilder text = new StringBuilder(event.getFormattedMessage());
    if (event.getArgumentArray() != null) {
      for (Object argument : event.getArgumentArray()) {
        text.append(' ').append(argument);
      }
    }
    text.append(' ').append(event.getMDCPropertyMap());
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
      for (IThrowableProxy suppressed : t.getSuppressed()) {
        text.append(' ').append(suppressed.getMessage());
      }
    }
    return text.toString();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
