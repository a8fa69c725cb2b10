package dev.allotment.lifecycle;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.List;
import java.util.Optional;

/**
 * What a reconcile reads from and writes to the cluster about its resource: the controller's
 * informer caches and status write in the operator (see {@code controller}), the API server itself
 * in tests that drive the lifecycle directly.
 */
public interface ResourceAccess<R> {

  /** The outputs Secret of this name in the resource's namespace, as last observed. */
  Optional<Secret> outputsSecret(String name);

  /** The other resources of the same kind in the resource's namespace, as last observed. */
  List<R> othersInNamespace(R resource);

  /** Writes the resource's status; returns the resource as stored. */
  R writeStatus(R resource, StackResourceStatus status);
}
