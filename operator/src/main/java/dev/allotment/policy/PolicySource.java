package dev.allotment.policy;

import dev.allotment.api.v1alpha1.PlatformPolicy;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.List;
import java.util.Objects;

/** The platform's PlatformPolicies as they are now. */
public interface PolicySource {

  List<PlatformPolicy> current();

  /**
   * Calls {@code listener} after every change of the policies, once {@link #current()} already
   * returns the changed list.
   */
  default void onChange(Runnable listener) {}

  /** No policies: everything the specs ask for is allowed. */
  static PolicySource none() {
    return List::of;
  }

  /** Watches PlatformPolicies through an informer; close it with the operator. */
  final class Watching implements PolicySource, AutoCloseable {
    private final SharedIndexInformer<PlatformPolicy> informer;
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Watching(KubernetesClient client) {
      this.informer = client.resources(PlatformPolicy.class).runnableInformer(0);
      // Handlers run after the informer's store took the change: listeners read the new list.
      informer.addEventHandler(
          new io.fabric8.kubernetes.client.informers.ResourceEventHandler<>() {
            @Override
            public void onAdd(PlatformPolicy policy) {
              listeners.forEach(Runnable::run);
            }

            @Override
            public void onUpdate(PlatformPolicy before, PlatformPolicy after) {
              // The operator writes each policy's status: only a spec change (a new generation)
              // changes what the policies decide.
              if (!Objects.equals(
                  before.getMetadata().getGeneration(), after.getMetadata().getGeneration())) {
                listeners.forEach(Runnable::run);
              }
            }

            @Override
            public void onDelete(PlatformPolicy policy, boolean finalStateUnknown) {
              listeners.forEach(Runnable::run);
            }
          });
    }

    @Override
    public void onChange(Runnable listener) {
      listeners.add(listener);
    }

    /** Starts watching and waits until the first list arrived, so no decision misses a policy. */
    public void start() {
      informer.start().toCompletableFuture().join();
    }

    @Override
    public List<PlatformPolicy> current() {
      return informer.getStore().list();
    }

    @Override
    public void close() {
      informer.close();
    }
  }
}
