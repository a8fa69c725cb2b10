package dev.allotment.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.AutoScaleSpec;
import dev.allotment.api.v1alpha1.ClusterSpec;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.testing.Examples;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClusterValidatorTest {

  private static final ProgramDefaults WITH_AZURE =
      new ProgramDefaults(
          Optional.empty(),
          Optional.of("99999999-8888-7777-6666-555555555555"),
          Optional.empty(),
          "argocd",
          false,
          "https://hub");

  @Test
  void examplesAreValid() {
    for (String provider : List.of("digitalocean", "azure", "vcluster")) {
      assertThat(ClusterValidator.validate(Examples.cluster(provider).getSpec(), WITH_AZURE))
          .as(provider)
          .isEmpty();
    }
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        row("digitalocean", "no region", s -> s.setRegion(null), "spec.region", "ams3"),
        row(
            "digitalocean",
            "bad region",
            s -> s.setRegion("Amsterdam 3"),
            "spec.region",
            "not a region"),
        row(
            "digitalocean",
            "no node size",
            s -> s.getNodePool().setSize(null),
            "spec.nodePool.size",
            "s-2vcpu-4gb"),
        row(
            "digitalocean",
            "zero nodes",
            s -> s.getNodePool().setCount(0),
            "spec.nodePool.count",
            "between 1 and 1000"),
        row(
            "digitalocean",
            "min above max",
            s -> s.getNodePool().setAutoScale(scale(5, 3)),
            "spec.nodePool.autoScale.min",
            "must not exceed max"),
        row(
            "digitalocean",
            "count outside bounds",
            s -> s.getNodePool().setAutoScale(scale(4, 6)),
            "spec.nodePool.count",
            "within autoScale"),
        row(
            "digitalocean",
            "bad version",
            s -> s.setVersion("v1.31-latest"),
            "spec.version",
            "latest, 1.31 or 1.31.1"),
        row(
            "vcluster",
            "missing provider",
            s -> s.setProvider(null),
            "spec.provider",
            "digitalocean, azure, vcluster"),
        row(
            "vcluster",
            "missing node pool",
            s -> s.setNodePool(null),
            "spec.nodePool",
            "size and count"),
        row(
            "vcluster",
            "bad Argo CD label",
            s -> s.getArgocd().setLabels(Map.of("env", "dev env")),
            "spec.argocd.labels",
            "label"),
        row("vcluster", "bad team", s -> s.setTeam("Payments"), "spec.team", "DNS label"),
        row(
            "digitalocean",
            "autoscale beyond 1000",
            s -> s.getNodePool().setAutoScale(scale(3, 5000)),
            "spec.nodePool.autoScale",
            "between 1 and 1000"),
        row(
            "vcluster",
            "bad Argo CD project",
            s -> s.getArgocd().setProject("Team Payments"),
            "spec.argocd.project",
            "Argo CD project name"),
        row(
            "vcluster",
            "too many Argo CD labels",
            s ->
                s.getArgocd()
                    .setLabels(
                        java.util.stream.IntStream.range(0, 21)
                            .boxed()
                            .collect(java.util.stream.Collectors.toMap(i -> "l" + i, i -> "v"))),
            "spec.argocd.labels",
            "at most 20"),
        row(
            "vcluster",
            "bad drift interval",
            s -> s.setDriftInterval("every day"),
            "spec.driftInterval",
            "not a duration"));
  }

  private static AutoScaleSpec scale(int min, int max) {
    var scale = new AutoScaleSpec();
    scale.setMin(min);
    scale.setMax(max);
    return scale;
  }

  private static Arguments row(
      String example, String name, Consumer<ClusterSpec> change, String field, String hint) {
    return Arguments.of(example, name, change, field, hint);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("problems")
  void namesTheFieldAndTheFix(
      String example, String name, Consumer<ClusterSpec> change, String field, String hint) {
    ClusterSpec spec = Examples.cluster(example).getSpec();
    change.accept(spec);

    assertThat(ClusterValidator.validate(spec, WITH_AZURE))
        .filteredOn(p -> p.field().equals(field))
        .first()
        .satisfies(p -> assertThat(p.message()).contains(hint));
  }

  @Test
  void vclusterNeedsNoRegionOrSize() {
    ClusterSpec spec = Examples.cluster("vcluster").getSpec();
    spec.setRegion(null);
    spec.getNodePool().setSize(null);
    assertThat(ClusterValidator.validate(spec, ProgramDefaults.none())).isEmpty();
  }

  @Test
  void azureNeedsTheOperatorsSubscription() {
    assertThat(
            ClusterValidator.validate(Examples.cluster("azure").getSpec(), ProgramDefaults.none()))
        .extracting(SpecProblem::message)
        .anySatisfy(m -> assertThat(m).contains("ALLOTMENT_AZURE_SUBSCRIPTION_ID"));
  }
}
