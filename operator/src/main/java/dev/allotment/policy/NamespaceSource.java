package dev.allotment.policy;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The hub's Namespace objects as they are now: where the platform binds a namespace to a team
 * ({@link NamespaceBinding}), and which namespaces already exist before a program would create
 * them. Tenants cannot edit Namespace objects (the {@code admin} role does not grant it), so what
 * this source reports is the platform's word.
 */
public interface NamespaceSource {

  /** The namespace, if it exists. */
  Optional<Namespace> get(String name);

  /** How the platform bound {@code namespace}; {@link NamespaceBinding#NONE} when it did not. */
  default NamespaceBinding binding(String namespace) {
    return get(namespace).map(NamespaceBinding::of).orElse(NamespaceBinding.NONE);
  }

  /**
   * Calls {@code listener} with a namespace's name after it was added, changed or deleted; with
   * {@code true} when it was deleted (which may free it for a resource that waited for it).
   */
  default void onChange(BiConsumer<String, Boolean> listener) {}

  /**
   * Fixed namespaces, for offline rendering and tests: each with its labels (and annotations, for
   * the stages a namespace may order for).
   */
  static NamespaceSource of(Map<String, Map<String, String>> labels, Map<String, String> stages) {
    return name -> {
      if (!labels.containsKey(name) && !stages.containsKey(name)) {
        return Optional.empty();
      }
      var builder =
          new NamespaceBuilder()
              .withNewMetadata()
              .withName(name)
              .withLabels(labels.getOrDefault(name, Map.of()));
      if (stages.containsKey(name)) {
        builder.addToAnnotations(NamespaceBinding.STAGES_ANNOTATION, stages.get(name));
      }
      return Optional.of(builder.endMetadata().build());
    };
  }

  /** No namespace exists and none is bound: every request is refused as unbound. */
  static NamespaceSource none() {
    return name -> Optional.empty();
  }

  /** Watches the hub's namespaces through an informer; close it with the operator. */
  final class Watching implements NamespaceSource, AutoCloseable {
    private final SharedIndexInformer<Namespace> informer;
    private final List<BiConsumer<String, Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean notifying;

    public Watching(KubernetesClient client) {
      this.informer = client.namespaces().runnableInformer(0);
      informer.addEventHandler(
          new ResourceEventHandler<>() {
            @Override
            public void onAdd(Namespace namespace) {
              changed(namespace, false);
            }

            @Override
            public void onUpdate(Namespace before, Namespace after) {
              if (!java.util.Objects.equals(
                      before.getMetadata().getLabels(), after.getMetadata().getLabels())
                  || !java.util.Objects.equals(
                      before.getMetadata().getAnnotations(), after.getMetadata().getAnnotations())
                  || !java.util.Objects.equals(
                      before.getMetadata().getDeletionTimestamp(),
                      after.getMetadata().getDeletionTimestamp())) {
                changed(after, false);
              }
            }

            @Override
            public void onDelete(Namespace namespace, boolean finalStateUnknown) {
              changed(namespace, true);
            }
          });
    }

    private void changed(Namespace namespace, boolean deleted) {
      if (!notifying) {
        return; // the initial list: every first reconcile reads the store anyway
      }
      String name = namespace.getMetadata().getName();
      listeners.forEach(l -> l.accept(name, deleted));
    }

    @Override
    public void onChange(BiConsumer<String, Boolean> listener) {
      listeners.add(listener);
    }

    /** Starts watching and waits for the first list, so that no decision misses a binding. */
    public void start() {
      informer.start().toCompletableFuture().join();
    }

    /**
     * Tells listeners about changes from now on; call it once the controllers that listen have
     * started (before, they have no cache to look resources up in).
     */
    public void notifyListeners() {
      notifying = true;
    }

    @Override
    public Optional<Namespace> get(String name) {
      return Optional.ofNullable(informer.getStore().getByKey(name));
    }

    @Override
    public void close() {
      informer.close();
    }
  }
}
