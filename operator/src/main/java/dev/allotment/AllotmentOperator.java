package dev.allotment;

import dev.allotment.claims.ClaimsOnApiServer;
import dev.allotment.config.OperatorConfig;
import dev.allotment.controller.ClusterReconciler;
import dev.allotment.controller.InformedClusters;
import dev.allotment.controller.PlatformPolicyReconciler;
import dev.allotment.controller.SpecOrSteeringChanged;
import dev.allotment.controller.TeamEnvironmentReconciler;
import dev.allotment.definition.ClusterConnections;
import dev.allotment.definition.ClusterDefinition;
import dev.allotment.definition.TeamEnvironmentDefinition;
import dev.allotment.engine.OperationDeadlines;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperations;
import dev.allotment.lifecycle.EventRecorder;
import dev.allotment.lifecycle.Lifecycles;
import dev.allotment.observability.HttpEndpoints;
import dev.allotment.observability.OperatorMetrics;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicySource;
import dev.allotment.publish.ArgoCdRegistration;
import dev.allotment.publish.PublishingStep;
import dev.allotment.publish.SecretPublisher;
import dev.allotment.status.Backoff;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.ControllerConfigurationOverrider;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The operator assembled: controllers, the operation executor and their collaborators, built from
 * one {@link OperatorConfig}. Tests build it the same way with a test client and engine.
 */
public final class AllotmentOperator implements AutoCloseable {

  private final Operator operator;
  private final StackOperations operations;
  private final OperatorMetrics metrics;
  private final PolicySource.Watching policies;
  private final NamespaceSource.Watching namespaces;
  private final ClaimsOnApiServer claims;
  private final OperationDeadlines deadlines;

  /** An operator whose metrics nobody scrapes; for tests. */
  public AllotmentOperator(
      KubernetesClient client,
      OperatorConfig config,
      StackEngine engine,
      Clock clock,
      Optional<LeaderElectionConfiguration> leaderElection) {
    this(client, config, engine, clock, leaderElection, new SimpleMeterRegistry());
  }

  /**
   * @param leaderElection lease to hold before reconciling; empty to run without (one replica)
   * @param registry where reconcile and operation metrics go
   */
  public AllotmentOperator(
      KubernetesClient client,
      OperatorConfig config,
      StackEngine engine,
      Clock clock,
      Optional<LeaderElectionConfiguration> leaderElection,
      MeterRegistry registry) {
    this.operations = new StackOperations(config.operationConcurrency(), clock);
    this.deadlines = config.deadlines();
    this.policies = new PolicySource.Watching(client);
    this.namespaces = new NamespaceSource.Watching(client);
    this.claims = new ClaimsOnApiServer(client);
    this.metrics = new OperatorMetrics(registry);
    metrics.watch(operations);
    this.operator =
        new Operator(
            o -> {
              o.withKubernetesClient(client)
                  // Per-resource meters would grow with every resource; dashboards need totals.
                  .withMetrics(MicrometerMetrics.withoutPerResourceMetrics(registry))
                  .withCloseClientOnStop(false)
                  // Merge patches behave the same on every API server, and the operator is the
                  // only writer of its resources' status.
                  .withUseSSAToPatchPrimaryResource(false)
                  // JOSDK clones every resource it hands over; a spec that could not be read
                  // must keep saying why (see TolerantSpecDeserializer).
                  .withResourceCloner(new MalformedSpecKeepingCloner(client));
              leaderElection.ifPresent(o::withLeaderElectionConfiguration);
            });
    var secrets = new SecretPublisher(client);
    var events = new EventRecorder(client, clock, metrics);
    var lifecycles =
        new Lifecycles(
            engine,
            operations,
            secrets,
            events,
            new Backoff(config.retryInitialDelay(), config.retryMaxDelay()),
            metrics,
            policies,
            claims,
            config.minimumDriftInterval(),
            config.resyncInterval(),
            clock);
    var clusters = new InformedClusters();
    var teamEnvironments =
        lifecycles.of(
            new TeamEnvironmentDefinition(
                config.programDefaults(),
                ClusterConnections.of(clusters, engine),
                policies,
                namespaces),
            PublishingStep.none());
    var clusterStacks =
        lifecycles.of(
            new ClusterDefinition(config.programDefaults(), policies, namespaces),
            new ArgoCdRegistration(config.programDefaults(), secrets));
    operator.register(
        new TeamEnvironmentReconciler(teamEnvironments, clusters, policies, namespaces, claims),
        c -> watch(c, config));
    operator.register(
        new ClusterReconciler(clusterStacks, policies, namespaces, claims), c -> watch(c, config));
    // Cluster-scoped: every policy, whatever namespaces are watched.
    operator.register(new PlatformPolicyReconciler(clock));
  }

  private static <R extends HasMetadata> void watch(
      ControllerConfigurationOverrider<R> controller, OperatorConfig config) {
    controller.withReconciliationMaxInterval(config.resyncInterval());
    // Annotation changes (approve, paused) must reach the reconciler; our own status writes
    // must not. The filter says which is which.
    controller.withGenerationAware(false);
    controller.withOnUpdateFilter(new SpecOrSteeringChanged<>());
    if (!config.watchNamespaces().isEmpty()) {
      controller.settingNamespaces(config.watchNamespaces());
    }
  }

  public void start() {
    // Policies and namespace bindings first: no resource is decided on without the platform's
    // rules.
    policies.start();
    namespaces.start();
    claims.start();
    operator.start();
    namespaces.notifyListeners();
    claims.notifyListeners();
  }

  /** Operations running or queued; for health and metrics. */
  public StackOperations operations() {
    return operations;
  }

  /**
   * How long past its deadline an operation may still hold its slot: the kill of its CLI and the
   * recording of the failure take seconds, not minutes.
   */
  static final Duration WEDGE_GRACE = Duration.ofMinutes(2);

  /**
   * The liveness probe: false once an operation slot is wedged past its deadline, so that the
   * kubelet restarts the pod (the next operator recovers the stack's lock).
   */
  public boolean live() {
    return operations.wedged(deadlines, WEDGE_GRACE).isEmpty();
  }

  /**
   * The operator's HTTP port: {@code metrics} and this operator's {@link #live liveness} and {@link
   * #ready readiness}, not yet started.
   *
   * @throws IOException when the port cannot be bound
   */
  public HttpEndpoints httpEndpoints(int port, Supplier<String> metrics) throws IOException {
    return new HttpEndpoints(port, this::live, this::ready, metrics);
  }

  /** Controllers started and every informer healthy: the readiness probe. */
  public boolean ready() {
    var runtime = operator.getRuntimeInfo();
    return runtime.isStarted() && runtime.allEventSourcesAreHealthy();
  }

  @Override
  public void close() {
    operator.stop();
    operations.close();
    policies.close();
    namespaces.close();
    claims.close();
  }
}
