package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.claims.NameClaims;
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

/** Reconciles TeamEnvironments; the lifecycle itself lives in {@link StackReconciler}. */
@ControllerConfiguration(name = TeamEnvironmentReconciler.NAME)
public final class TeamEnvironmentReconciler
    implements Reconciler<TeamEnvironment>, Cleaner<TeamEnvironment> {

  public static final String NAME = "teamenvironment";

  private final StackReconciler<TeamEnvironment> stacks;
  private final PolicySource policies;
  private final NamespaceSource namespaces;
  private final NameClaims claims;
  private final SimpleInboundEventSource<TeamEnvironment> operationFinished =
      new SimpleInboundEventSource<>("stack-operation-finished");

  public TeamEnvironmentReconciler(
      StackReconciler<TeamEnvironment> stacks,
      PolicySource policies,
      NamespaceSource namespaces,
      NameClaims claims) {
    this.stacks = stacks;
    this.policies = policies;
    this.namespaces = namespaces;
    this.claims = claims;
  }

  @Override
  public List<EventSource<?, TeamEnvironment>> prepareEventSources(
      EventSourceContext<TeamEnvironment> context) {
    Policies.reevaluateOnChange(policies, context, operationFinished::propagateEvent);
    Policies.reevaluateOnNamespaceChange(namespaces, context, operationFinished::propagateEvent);
    // A released name may be what a stalled resource waits for.
    claims.onRelease(
        () ->
            context
                .getPrimaryCache()
                .list()
                .map(ResourceID::fromResource)
                .forEach(operationFinished::propagateEvent));
    // A Cluster becoming Ready (or rotating its kubeconfig) wakes the environments placed on it.
    var clusters =
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
                                        .equals(ClusterKind.clusterRef(environment).orElse(null)))
                            .map(ResourceID::fromResource)
                            .collect(Collectors.toSet()))
                .build(),
            context);
    // A deleted or edited outputs Secret brings its owner back, which writes it again.
    var outputsSecrets =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Secret.class, TeamEnvironment.class)
                .withName("outputs-secrets")
                .withNamespacesInheritedFromController()
                .withLabelSelector(Groups.LABEL_KIND + "=teamenvironment")
                .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(TeamEnvironment.class))
                .build(),
            context);
    return List.of(operationFinished, clusters, outputsSecrets);
  }

  @Override
  public UpdateControl<TeamEnvironment> reconcile(
      TeamEnvironment resource, Context<TeamEnvironment> context) {
    return stacks.reconcile(resource, context, trigger(resource));
  }

  @Override
  public DeleteControl cleanup(TeamEnvironment resource, Context<TeamEnvironment> context) {
    Policies.wakeThoseWaitingForRoom(resource, context, operationFinished::propagateEvent);
    return stacks.cleanup(resource, context, trigger(resource));
  }

  private Runnable trigger(TeamEnvironment resource) {
    ResourceID id = ResourceID.fromResource(resource);
    return () -> operationFinished.propagateEvent(id);
  }
}
