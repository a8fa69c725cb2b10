package dev.allotment.controller;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.claims.NameClaims;
import dev.allotment.definition.ClusterConnections;
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
import java.util.Set;

/**
 * Reconciles Clusters. It also watches TeamEnvironments, so that a deletion waiting for the
 * environments on the cluster goes on as soon as the last one is gone.
 */
@ControllerConfiguration(name = ClusterReconciler.NAME)
public final class ClusterReconciler implements Reconciler<Cluster>, Cleaner<Cluster> {

  public static final String NAME = "cluster";

  private final StackLifecycle<Cluster> lifecycle;
  private final PolicySource policies;
  private final NamespaceSource namespaces;
  private final NameClaims claims;
  private final SimpleInboundEventSource<Cluster> operationFinished =
      new SimpleInboundEventSource<>("stack-operation-finished");

  public ClusterReconciler(
      StackLifecycle<Cluster> lifecycle,
      PolicySource policies,
      NamespaceSource namespaces,
      NameClaims claims) {
    this.lifecycle = lifecycle;
    this.policies = policies;
    this.namespaces = namespaces;
    this.claims = claims;
  }

  @Override
  public List<EventSource<?, Cluster>> prepareEventSources(EventSourceContext<Cluster> context) {
    Wakeups.register(context, policies, namespaces, claims, operationFinished::propagateEvent);
    var dependants =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(TeamEnvironment.class, Cluster.class)
                .withName("dependant-teamenvironments")
                .withNamespacesInheritedFromController()
                .withSecondaryToPrimaryMapper(
                    (TeamEnvironment environment) ->
                        ClusterDefinition.clusterRef(environment)
                            .map(
                                name ->
                                    Set.of(
                                        new ResourceID(
                                            name, environment.getMetadata().getNamespace())))
                            .orElse(Set.of()))
                .build(),
            context);
    // A deleted or edited outputs Secret brings its owner back, which writes it again. Only the
    // operator can write a Secret with this label where the chart's admission policy runs; the
    // store keeps little of any Secret (see OutputsSecretStore).
    var outputsSecrets =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Secret.class, Cluster.class)
                .withName("outputs-secrets")
                .withNamespacesInheritedFromController()
                .withLabelSelector(Groups.LABEL_KIND + "=cluster")
                .withItemStore(new OutputsSecretStore())
                .withInformerListLimit(OutputsSecretStore.LIST_PAGE)
                .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(Cluster.class))
                .build(),
            context);
    return List.of(operationFinished, dependants, outputsSecrets);
  }

  @Override
  public UpdateControl<Cluster> reconcile(Cluster resource, Context<Cluster> context) {
    return lifecycle.reconcile(resource, new InformerAccess<>(context), trigger(resource));
  }

  @Override
  public DeleteControl cleanup(Cluster resource, Context<Cluster> context) {
    Wakeups.thoseWaitingForRoom(resource, context, operationFinished::propagateEvent);
    return lifecycle.cleanup(
        resource, dependants(resource, context), new InformerAccess<>(context), trigger(resource));
  }

  /**
   * The TeamEnvironments placed on the cluster, from the informer's cache. One of another team or
   * stage is refused the cluster (see {@link ClusterConnections#placementRefused}), so naming it
   * does not hold the cluster's deletion up.
   */
  private static List<String> dependants(Cluster cluster, Context<Cluster> context) {
    return context.getSecondaryResources(TeamEnvironment.class).stream()
        .filter(t -> cluster.getMetadata().getNamespace().equals(t.getMetadata().getNamespace()))
        .filter(
            t ->
                cluster
                    .getMetadata()
                    .getName()
                    .equals(ClusterDefinition.clusterRef(t).orElse(null)))
        .filter(t -> mayBePlacedOn(cluster, t))
        .map(t -> t.getMetadata().getName())
        .sorted()
        .toList();
  }

  private static boolean mayBePlacedOn(Cluster cluster, TeamEnvironment environment) {
    var spec = environment.getSpec();
    return spec != null
        && spec.getTeam() != null
        && spec.getStage() != null
        && ClusterConnections.placementRefused(cluster, spec.getTeam(), spec.getStage()).isEmpty();
  }

  private Runnable trigger(Cluster resource) {
    ResourceID id = ResourceID.fromResource(resource);
    return () -> operationFinished.propagateEvent(id);
  }
}
