package dev.allotment.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationKind;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TcpProxy;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operator's connection to the API server drops, stays down while users change things, and
 * comes back: every change made meanwhile is reconciled, none is lost.
 *
 * <p>The operator talks to the test control plane through a {@link TcpProxy}; the test's own client
 * goes straight to the API server, so users keep working while the operator is cut off. TLS passes
 * through the proxy unchanged: the server's certificate names 127.0.0.1, the proxy's address too.
 */
class WatchReconnectTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();
  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private TcpProxy proxy;
  private KubernetesClient operatorClient;

  /** Started behind the proxy once the proxy runs. */
  @RegisterExtension
  final RunningOperator operator =
      RunningOperator.on(CLUSTER, engine).client(() -> operatorClient).startedByTheTest();

  @BeforeEach
  void startOperatorBehindAProxy() {
    // An existing cluster's certificate names its own address, not a loopback proxy's.
    Assumptions.assumeFalse(
        TestCluster.useExistingCluster(), "needs an API server on loopback behind a proxy");
    URI server = URI.create(CLUSTER.client().getMasterUrl().toString());
    CLUSTER.allowAnyTeam(); // three teams from one namespace
    proxy = TcpProxy.to(server.getHost(), server.getPort());
    operatorClient =
        new KubernetesClientBuilder()
            .withConfig(
                new ConfigBuilder(CLUSTER.client().getConfiguration())
                    .withMasterUrl(
                        server.getScheme() + "://" + server.getHost() + ":" + proxy.port() + "/")
                    // Reconnect quickly once the server is reachable again.
                    .withWatchReconnectInterval(100)
                    .withRequestRetryBackoffInterval(50)
                    .build())
            .withHttpClientFactory(new JdkHttpClientFactory())
            .build();
    operator.start();
  }

  @AfterEach
  void stop() {
    if (proxy == null) {
      return;
    }
    proxy.resume();
    environments.deleteAll();
    operator.stop();
    operatorClient.close();
    proxy.close();
  }

  @Test
  void changesMadeWhileTheWatchIsDownAreAllReconciledWhenItComesBack() {
    TeamEnvironment edited = environments.apply(named(Examples.development(), "edited"));
    TeamEnvironment deleted = environments.apply(named(Examples.development(), "deleted"));
    environments.awaitCondition(edited, ConditionType.READY, "True", Reason.UP_TO_DATE);
    environments.awaitCondition(deleted, ConditionType.READY, "True", Reason.UP_TO_DATE);

    proxy.pause();
    int dropped = proxy.cut();
    assertThat(dropped).as("live connections the cut dropped, the watches among them").isPositive();

    // While the operator is cut off: a new resource, a spec change and a deletion.
    TeamEnvironment added = environments.apply(named(Examples.development(), "added"));
    TeamEnvironment changed =
        environments.edit(edited, r -> r.getSpec().getContributors().add("erin-dev"));
    environments.delete(deleted);
    // The operator could not have seen any of it: its reconnects are refused.
    await().atMost(StackResources.DEADLINE).until(() -> proxy.refused() > 0);
    assertThat(engine.count(OperationKind.UP, StackResources.ref(added))).isZero();
    assertThat(engine.count(OperationKind.DESTROY)).isZero();
    assertThat(environments.get(deleted).getMetadata().getFinalizers()).isNotEmpty();

    int acceptedBefore = proxy.accepted();
    proxy.resume();

    TeamEnvironment addedReady =
        environments.awaitCondition(added, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(addedReady.getStatus().getObservedGeneration())
        .isEqualTo(addedReady.getMetadata().getGeneration());
    TeamEnvironment editedReady = environments.awaitUpToDate(changed, StackResources.DEADLINE);
    assertThat(editedReady.getStatus().getStack().getLastUpdate().getResourceChanges())
        .containsEntry("update", 1);
    environments.awaitGone(deleted);
    assertThat(engine.count(OperationKind.DESTROY, StackResources.ref(deleted))).isEqualTo(1);

    assertThat(engine.count(OperationKind.UP, StackResources.ref(added))).isEqualTo(1);
    assertThat(engine.count(OperationKind.UP, StackResources.ref(edited))).isEqualTo(2);
    assertThat(proxy.accepted()).as("connections after the resume").isGreaterThan(acceptedBefore);
    await().atMost(StackResources.DEADLINE).until(() -> operator.get().ready());
  }

  /**
   * An environment of a team of its own: every derived name has one owner, so three environments of
   * one team and stage would claim one resource group, namespace and repository.
   */
  private static TeamEnvironment named(TeamEnvironment environment, String name) {
    environment.getMetadata().setName(name);
    environment.getSpec().setTeam(name);
    return environment;
  }
}
