package dev.allotment.controller;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.definition.ClusterConnections;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.Optional;

/**
 * The Clusters as the TeamEnvironment controller's informer sees them: what a TeamEnvironment's
 * {@code clusterRef} is read from, without a GET per reconcile. Empty until that controller has
 * registered its event sources, which happens before it reconciles anything.
 */
public final class InformedClusters implements ClusterConnections.Clusters {

  private volatile InformerEventSource<Cluster, ?> informer;

  void attach(InformerEventSource<Cluster, ?> informer) {
    this.informer = informer;
  }

  @Override
  public Optional<Cluster> find(String namespace, String name) {
    InformerEventSource<Cluster, ?> current = informer;
    return current == null ? Optional.empty() : current.get(new ResourceID(name, namespace));
  }
}
