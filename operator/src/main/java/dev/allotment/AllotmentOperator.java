package dev.allotment;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.OperatorConfig;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperations;
import dev.allotment.publish.EventRecorder;
import dev.allotment.publish.SecretPublisher;
import dev.allotment.reconciler.StackReconciler;
import dev.allotment.reconciler.TeamEnvironmentKind;
import dev.allotment.reconciler.TeamEnvironmentReconciler;
import dev.allotment.status.Backoff;
import dev.allotment.status.StatusTransitions;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import java.time.Clock;
import java.util.Optional;

/**
 * The operator assembled: controllers, the operation executor and their collaborators, built from
 * one {@link OperatorConfig}. Tests build it the same way with a test client and engine.
 */
public final class AllotmentOperator implements AutoCloseable {

  private final Operator operator;
  private final StackOperations operations;

  /**
   * @param leaderElection lease to hold before reconciling; empty to run without (one replica)
   */
  public AllotmentOperator(
      KubernetesClient client,
      OperatorConfig config,
      StackEngine engine,
      Clock clock,
      Optional<LeaderElectionConfiguration> leaderElection) {
    this.operations = new StackOperations(config.operationConcurrency(), clock);
    this.operator =
        new Operator(
            o -> {
              o.withKubernetesClient(client)
                  .withCloseClientOnStop(false)
                  // Merge patches behave the same on every API server, and the operator is the
                  // only writer of its resources' status.
                  .withUseSSAToPatchPrimaryResource(false);
              leaderElection.ifPresent(o::withLeaderElectionConfiguration);
            });
    var secrets = new SecretPublisher(client);
    var events = new EventRecorder(client, clock);
    var transitions =
        new StatusTransitions(new Backoff(config.retryInitialDelay(), config.retryMaxDelay()));
    var teamEnvironments =
        new StackReconciler<TeamEnvironment>(
            new TeamEnvironmentKind(config.programDefaults()),
            engine,
            operations,
            secrets,
            events,
            transitions,
            config.resyncInterval(),
            clock);
    operator.register(
        new TeamEnvironmentReconciler(teamEnvironments),
        c -> {
          c.withReconciliationMaxInterval(config.resyncInterval());
          if (!config.watchNamespaces().isEmpty()) {
            c.settingNamespaces(config.watchNamespaces());
          }
        });
  }

  public void start() {
    operator.start();
  }

  /** Operations running or queued; for health and metrics. */
  public StackOperations operations() {
    return operations;
  }

  @Override
  public void close() {
    operator.stop();
    operations.close();
  }
}
