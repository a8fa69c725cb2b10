package dev.allotment.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.OperationKind;
import dev.allotment.publish.ArgoCdClusterSecret;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Clusters: outputs, Argo CD registration, and their dependency with TeamEnvironments. */
class ClusterLifecycleTest {

  /** The keys Argo CD reads, from testdata/upstream/argocd/cluster-secret.md. */
  private static final Set<String> ARGOCD_DATA_KEYS =
      Set.of("name", "server", "config", "namespaces", "clusterResources", "project", "shard");

  private static final Set<String> ARGOCD_CONFIG_KEYS =
      Set.of(
          "username",
          "password",
          "bearerToken",
          "tlsClientConfig",
          "awsAuthConfig",
          "execProviderConfig",
          "proxyUrl",
          "disableCompression");

  private static final Set<String> ARGOCD_TLS_KEYS =
      Set.of("insecure", "serverName", "certData", "keyData", "caData");

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  /** Started once the test's Argo CD namespace exists; its defaults name that namespace. */
  @RegisterExtension
  final RunningOperator operator =
      RunningOperator.on(CLUSTER, engine).defaults(() -> this.defaults).startedByTheTest();

  private final StackResources<Cluster> clusters = new StackResources<>(CLUSTER, Cluster.class);
  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private String argocdNamespace;
  private ProgramDefaults defaults;

  @BeforeEach
  void startOperator() {
    argocdNamespace = CLUSTER.argoCdNamespace();
    defaults =
        new ProgramDefaults(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            argocdNamespace,
            false,
            "https://hub");
    operator.start();
  }

  @AfterEach
  void cleanUp() {
    engine.release();
    environments.deleteAll();
    clusters.deleteAll();
  }

  @Test
  void clusterBecomesReadyAndIsRegisteredWithArgoCd() throws Exception {
    Cluster created = clusters.apply(Examples.cluster("vcluster"));

    Cluster ready =
        clusters.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    assertThat(ready.getStatus().getOutputs())
        .containsKeys("endpoint", "clusterId", "kubernetesVersion")
        .doesNotContainKey("kubeconfig");
    Secret outputs = clusters.findOutputsSecret(created).orElseThrow();
    assertThat(StackResources.decoded(outputs, "kubeconfig")).contains("kind: Config");
    assertThat(outputs.getMetadata().getLabels()).containsEntry(Groups.LABEL_KIND, "cluster");

    Secret argo = argoCdSecret(created).orElseThrow();
    assertThat(argo.getMetadata().getLabels())
        .containsEntry("argocd.argoproj.io/secret-type", "cluster")
        .containsEntry(Groups.LABEL_TEAM, "payments")
        .containsEntry(Groups.LABEL_STAGE, "development")
        .containsEntry("env", "development");
    Map<String, String> data = argoData(argo);
    assertThat(ARGOCD_DATA_KEYS).containsAll(data.keySet());
    assertThat(data)
        .containsEntry("name", "payments-dev." + CLUSTER.namespace())
        .containsEntry("server", ready.getStatus().getOutputs().get("endpoint"))
        .containsEntry("project", "payments");
    JsonNode config = new ObjectMapper().readTree(data.get("config"));
    assertThat(ARGOCD_CONFIG_KEYS).containsAll(fieldNames(config));
    assertThat(ARGOCD_TLS_KEYS).containsAll(fieldNames(config.get("tlsClientConfig")));
    assertThat(config.get("bearerToken").asText())
        .isEqualTo(engine.clusterToken(StackResources.ref(created)));
    assertThat(config.get("tlsClientConfig").get("caData").asText()).isEqualTo("Y2EtZGF0YQ==");
    assertThat(config.get("tlsClientConfig").get("insecure").asBoolean()).isFalse();
  }

  @Test
  void rotatedKubeconfigUpdatesTheArgoCdSecret() throws Exception {
    Cluster created = clusters.apply(Examples.cluster("vcluster"));
    clusters.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    String before = bearerToken(argoCdSecret(created).orElseThrow());

    engine.rotateCredentials();
    Cluster changed =
        clusters.edit(created, c -> c.getSpec().getArgocd().getLabels().put("tier", "gold"));

    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () -> argoCdSecret(created).orElseThrow(),
            s -> s.getMetadata().getLabels().containsKey("tier"));
    String after = bearerToken(argoCdSecret(created).orElseThrow());
    assertThat(after)
        .isNotEqualTo(before)
        .isEqualTo(engine.clusterToken(StackResources.ref(changed)));
  }

  @Test
  void deleteRemovesTheArgoCdSecretBeforeDestroying() {
    Cluster created = clusters.apply(Examples.cluster("vcluster"));
    clusters.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(argoCdSecret(created)).isPresent();
    AtomicBoolean registeredAtDestroy = new AtomicBoolean(true);
    engine.beforeOperation(
        call -> {
          if (call.kind() == OperationKind.DESTROY) {
            registeredAtDestroy.set(argoCdSecret(created).isPresent());
          }
        });

    clusters.delete(created);

    clusters.awaitGone(created);
    assertThat(engine.count(OperationKind.DESTROY, StackResources.ref(created))).isEqualTo(1);
    assertThat(registeredAtDestroy).isFalse();
    assertThat(argoCdSecret(created)).isEmpty();
  }

  @Test
  void environmentWaitsForItsClusterThenDeploysOntoIt() {
    TeamEnvironment environment = environments.apply(Examples.onCluster());

    TeamEnvironment waiting =
        environments.awaitCondition(
            environment, ConditionType.RECONCILING, "True", Reason.WAITING_FOR_CLUSTER);
    assertThat(StackResources.condition(waiting, ConditionType.READY).getMessage())
        .contains("Cluster payments-dev does not exist");
    assertThat(engine.count(OperationKind.UP, StackResources.ref(environment))).isZero();

    clusters.apply(Examples.cluster("vcluster"));

    environments.awaitCondition(environment, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(engine.count(OperationKind.UP, StackResources.ref(environment))).isEqualTo(1);
  }

  @Test
  void clusterInUseIsNotDestroyedUntilItsEnvironmentsAreGone() {
    Cluster cluster = clusters.apply(Examples.cluster("vcluster"));
    clusters.awaitCondition(cluster, ConditionType.READY, "True", Reason.UP_TO_DATE);
    TeamEnvironment environment = environments.apply(Examples.onCluster());
    environments.awaitCondition(environment, ConditionType.READY, "True", Reason.UP_TO_DATE);

    clusters.delete(cluster);

    Cluster guarded =
        clusters.awaitCondition(
            cluster, ConditionType.RECONCILING, "True", Reason.DEPENDANTS_EXIST);
    assertThat(StackResources.condition(guarded, ConditionType.READY).getMessage())
        .contains("payments-development-vc");
    assertThat(engine.count(OperationKind.DESTROY, StackResources.ref(cluster))).isZero();
    assertThat(argoCdSecret(cluster)).as("still registered while in use").isPresent();

    environments.delete(environment);

    clusters.awaitGone(cluster);
    assertThat(engine.count(OperationKind.DESTROY, StackResources.ref(environment))).isEqualTo(1);
    assertThat(engine.count(OperationKind.DESTROY, StackResources.ref(cluster))).isEqualTo(1);
  }

  @Test
  void aPublicationThatFailsAfterTheUpdateIsReportedAndRetried() {
    engine.breakKubeconfig(true);
    Cluster created = clusters.apply(Examples.cluster("vcluster"));

    Cluster failed =
        clusters.awaitCondition(created, ConditionType.READY, "False", Reason.UPDATE_FAILED);
    assertThat(StackResources.condition(failed, ConditionType.READY).getMessage())
        .contains("the update succeeded but publishing its outputs failed")
        .doesNotContain("not a kubeconfig");
    assertThat(failed.getStatus().getRetry().getAttempts()).isGreaterThanOrEqualTo(1);
    assertThat(argoCdSecret(created)).isEmpty();

    engine.breakKubeconfig(false);

    clusters.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(argoCdSecret(created)).isPresent();
  }

  private Optional<Secret> argoCdSecret(Cluster cluster) {
    return Optional.ofNullable(
        CLUSTER
            .client()
            .secrets()
            .inNamespace(argocdNamespace)
            .withName("cluster-" + CLUSTER.namespace() + "." + cluster.getMetadata().getName())
            .get());
  }

  private static Map<String, String> argoData(Secret secret) {
    // A real API server moves stringData into data; the mock server keeps it as written.
    java.util.Set<String> keys = new java.util.TreeSet<>();
    Optional.ofNullable(secret.getData()).ifPresent(d -> keys.addAll(d.keySet()));
    Optional.ofNullable(secret.getStringData()).ifPresent(d -> keys.addAll(d.keySet()));
    Map<String, String> data = new java.util.TreeMap<>();
    keys.forEach(key -> data.put(key, StackResources.decoded(secret, key)));
    return data;
  }

  private static String bearerToken(Secret secret) throws Exception {
    return new ObjectMapper().readTree(argoData(secret).get("config")).get("bearerToken").asText();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static {
    // The Argo CD secret name is the contract users select on; keep the test honest about it.
    assertThat(ArgoCdClusterSecret.SECRET_TYPE_LABEL).isEqualTo("argocd.argoproj.io/secret-type");
  }
}
