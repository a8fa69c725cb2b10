package dev.allotment.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.Annotations;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.testing.Examples;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecOrSteeringChangedTest {

  static Stream<Arguments> table() {
    return Stream.of(
        row("status only", r -> r.getStatus().setObservedGeneration(7L), false),
        row("unrelated annotation", r -> r.getMetadata().getAnnotations().put("note", "x"), false),
        row("label", r -> r.getMetadata().getLabels().put("a", "b"), false),
        row("new generation", r -> r.getMetadata().setGeneration(2L), true),
        row("approve", r -> r.getMetadata().getAnnotations().put(Annotations.APPROVE, "abc"), true),
        row("paused", r -> r.getMetadata().getAnnotations().put(Annotations.PAUSED, "true"), true),
        row("unpaused", r -> r.getMetadata().getAnnotations().remove(Annotations.PAUSED), true),
        row("deletion", r -> r.getMetadata().setDeletionTimestamp("2026-11-21T00:00:00Z"), true),
        row("finalizer", r -> r.getMetadata().getFinalizers().add("x/y"), true));
  }

  private static Arguments row(String name, Consumer<TeamEnvironment> change, boolean reconcile) {
    return Arguments.of(name, change, reconcile);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void reconcilesOnlyForSpecDeletionAndSteering(
      String name, Consumer<TeamEnvironment> change, boolean reconcile) {
    TeamEnvironment before = Examples.development();
    before.getMetadata().setGeneration(1L);
    before.getMetadata().getAnnotations().put(Annotations.PAUSED, "false");
    TeamEnvironment after = Examples.development();
    after.getMetadata().setGeneration(1L);
    after.getMetadata().getAnnotations().put(Annotations.PAUSED, "false");

    change.accept(after);

    assertThat(new SpecOrSteeringChanged<TeamEnvironment>().accept(after, before))
        .isEqualTo(reconcile);
  }
}
