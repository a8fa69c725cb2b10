package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.policy.PolicySource;
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
import java.util.List;
import java.util.Set;

/**
 * Reconciles Clusters. It also watches TeamEnvironments, so that a deletion waiting for the
 * environments on the cluster goes on as soon as the last one is gone.
 */
@ControllerConfiguration(name = ClusterReconciler.NAME)
public final class ClusterReconciler implements Reconciler<Cluster>, Cleaner<Cluster> {

  public static final String NAME = "cluster";

  private final StackReconciler<Cluster> stacks;
  private final PolicySource policies;
  private final SimpleInboundEventSource<Cluster> operationFinished =
      new SimpleInboundEventSource<>("stack-operation-finished");

  public ClusterReconciler(StackReconciler<Cluster> stacks, PolicySource policies) {
    this.stacks = stacks;
    this.policies = policies;
  }

  @Override
  public List<EventSource<?, Cluster>> prepareEventSources(EventSourceContext<Cluster> context) {
    Policies.reevaluateOnChange(policies, context, operationFinished::propagateEvent);
    var dependants =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(TeamEnvironment.class, Cluster.class)
                .withName("dependant-teamenvironments")
                .withNamespacesInheritedFromController()
                .withSecondaryToPrimaryMapper(
                    (TeamEnvironment environment) ->
                        ClusterKind.clusterRef(environment)
                            .map(
                                name ->
                                    Set.of(
                                        new ResourceID(
                                            name, environment.getMetadata().getNamespace())))
                            .orElse(Set.of()))
                .build(),
            context);
    return List.of(operationFinished, dependants);
  }

  @Override
  public UpdateControl<Cluster> reconcile(Cluster resource, Context<Cluster> context) {
    return stacks.reconcile(resource, context, trigger(resource));
  }

  @Override
  public DeleteControl cleanup(Cluster resource, Context<Cluster> context) {
    return stacks.cleanup(resource, context, trigger(resource));
  }

  private Runnable trigger(Cluster resource) {
    ResourceID id = ResourceID.fromResource(resource);
    return () -> operationFinished.propagateEvent(id);
  }
}
