package dev.allotment.policy;

import dev.allotment.watch.Watch;
import dev.allotment.watch.Watched;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.Map;
import java.util.Optional;
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
  final class Watching implements NamespaceSource, Watched {
    private final Watch<Namespace, BiConsumer<String, Boolean>> watch;

    public Watching(KubernetesClient client) {
      this.watch = new Watch<>(client.namespaces().runnableInformer(0));
      watch
          .informer()
          .addEventHandler(
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
                          before.getMetadata().getAnnotations(),
                          after.getMetadata().getAnnotations())
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
      String name = namespace.getMetadata().getName();
      watch.tell(l -> l.accept(name, deleted));
    }

    @Override
    public void onChange(BiConsumer<String, Boolean> listener) {
      watch.listen(listener);
    }

    @Override
    public Watch<Namespace, BiConsumer<String, Boolean>> watch() {
      return watch;
    }

    @Override
    public Optional<Namespace> get(String name) {
      return Optional.ofNullable(watch.store().getByKey(name));
    }
  }
}
