package dev.allotment.controller;

import dev.allotment.api.v1alpha1.Annotations;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which updates of a primary resource deserve a reconcile: a new generation (the spec changed),
 * deletion starting, finalizers changing, or one of the annotations users steer the operator with
 * (approve, paused). JOSDK's generation-aware filter would drop the annotation changes; status
 * writes, which are ours, are still dropped here.
 */
public final class SpecOrSteeringChanged<R extends HasMetadata> implements OnUpdateFilter<R> {

  static final List<String> STEERING =
      List.of(Annotations.APPROVE, Annotations.APPROVED_BY, Annotations.PAUSED);

  @Override
  public boolean accept(R updated, R previous) {
    var now = updated.getMetadata();
    var before = previous.getMetadata();
    return !Objects.equals(now.getGeneration(), before.getGeneration())
        || now.getDeletionTimestamp() != null
        || !Objects.equals(now.getFinalizers(), before.getFinalizers())
        || STEERING.stream()
            .anyMatch(
                a ->
                    !Objects.equals(get(now.getAnnotations(), a), get(before.getAnnotations(), a)));
  }

  private static Optional<String> get(Map<String, String> annotations, String name) {
    return Optional.ofNullable(annotations).map(a -> a.get(name));
  }
}
