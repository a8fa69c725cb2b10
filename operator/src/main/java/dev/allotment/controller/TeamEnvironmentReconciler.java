package dev.allotment.controller;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.claims.NameClaims;
import dev.allotment.definition.ClusterDefinition;
import dev.allotment.lifecycle.StackLifecycle;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicySource;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.inbound.SimpleInboundEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import java.util.List;
import java.util.stream.Collectors;

/** Reconciles TeamEnvironments; the lifecycle itself lives in {@link StackLifecycle}. */
@ControllerConfiguration(name = TeamEnvironmentReconciler.NAME)
public final class TeamEnvironmentReconciler
    implements Reconciler<TeamEnvironment>, Cleaner<TeamEnvironment> {

  public static final String NAME = "teamenvironment";

  private final StackLifecycle<TeamEnvironment> lifecycle;
  private final InformedClusters clusters;
  private final PolicySource policies;
  private final NamespaceSource namespaces;
  private final NameClaims claims;
  private final SimpleInboundEventSource<TeamEnvironment> operationFinished =
      new SimpleInboundEventSource<>("stack-operation-finished");

  public TeamEnvironmentReconciler(
      StackLifecycle<TeamEnvironment> lifecycle,
      InformedClusters clusters,
      PolicySource policies,
      NamespaceSource namespaces,
      NameClaims claims) {
    this.clusters = clusters;
    this.lifecycle = lifecycle;
    this.policies = policies;
    this.namespaces = namespaces;
    this.claims = claims;
  }

  @Override
  public List<EventSource<?, TeamEnvironment>> prepareEventSources(
      EventSourceContext<TeamEnvironment> context) {
    Wakeups.register(context, policies, namespaces, claims, operationFinished::propagateEvent);
    // A Cluster becoming Ready (or rotating its kubeconfig) wakes the environments placed on it.
    var referencedClusters =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Cluster.class, TeamEnvironment.class)
                .withName("referenced-clusters")
                .withNamespacesInheritedFromController()
                .withSecondaryToPrimaryMapper(
                    (Cluster cluster) ->
                        context
                            .getPrimaryCache()
                            .list(
                                cluster.getMetadata().getNamespace(),
                                environment ->
                                    cluster
                                        .getMetadata()
                                        .getName()
                                        .equals(
                                            ClusterDefinition.clusterRef(environment).orElse(null)))
                            .map(ResourceID::fromResource)
                            .collect(Collectors.toSet()))
                .build(),
            context);
    // A deleted or edited outputs Secret brings its owner back, which writes it again. Only the
    // operator can write a Secret with this label where the chart's admission policy runs; the
    // store keeps little of any Secret (see OutputsSecretStore).
    var outputsSecrets =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Secret.class, TeamEnvironment.class)
                .withName("outputs-secrets")
                .withNamespacesInheritedFromController()
                .withLabelSelector(Groups.LABEL_KIND + "=teamenvironment")
                .withItemStore(new OutputsSecretStore())
                .withInformerListLimit(OutputsSecretStore.LIST_PAGE)
                .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(TeamEnvironment.class))
                .build(),
            context);
    // The same informer answers where a clusterRef leads, without a GET per reconcile.
    clusters.attach(referencedClusters);
    return List.of(operationFinished, referencedClusters, outputsSecrets);
  }

  @Override
  public UpdateControl<TeamEnvironment> reconcile(
      TeamEnvironment resource, Context<TeamEnvironment> context) {
    return lifecycle.reconcile(resource, new InformerAccess<>(context), trigger(resource));
  }

  @Override
  public DeleteControl cleanup(TeamEnvironment resource, Context<TeamEnvironment> context) {
    Wakeups.thoseWaitingForRoom(resource, context, operationFinished::propagateEvent);
    return lifecycle.cleanup(resource, List.of(), new InformerAccess<>(context), trigger(resource));
  }

  private Runnable trigger(TeamEnvironment resource) {
    ResourceID id = ResourceID.fromResource(resource);
    return () -> operationFinished.propagateEvent(id);
  }
}
