package dev.allotment.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.api.v1alpha1.NamespaceBaselineSpec;
import dev.allotment.api.v1alpha1.NamespaceQuotaSpec;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.PolicyDefaultsSpec;
import dev.allotment.api.v1alpha1.StageSettingsSpec;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.policy.PolicySource;
import dev.allotment.program.ComputeQuota;
import dev.allotment.program.ProgramConfig;
import dev.allotment.render.DeclaredResource;
import dev.allotment.render.ProgramRenderer;
import dev.allotment.render.Rendering;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.cloud.GitHubOrganization;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A PlatformPolicy's compute ceilings reach the programs of its stage: a team namespace that asks
 * for nothing gets at most the ceiling, one that asks for more is refused, and a vcluster host
 * namespace gets the ceiling (or the default) as its compute quota, with container defaults so that
 * pods declaring no resources still run. The program process rebuilds the same models.
 */
class ComputeCeilingsFromPolicyTest {

  private static final ProgramDefaults DEFAULTS = ProgramDefaults.none();

  private final ProgramRenderer renderer = new ProgramRenderer();

  /** development: at most 2 CPUs, 4Gi and 20 pods per namespace. */
  private static PlatformPolicy smallDevelopment() {
    var quota = new NamespaceQuotaSpec();
    quota.setCpu("2");
    quota.setMemory("4Gi");
    quota.setPods(20);
    var namespaces = new NamespaceBaselineSpec();
    namespaces.setQuota(quota);
    var development = new StageSettingsSpec();
    development.setNamespaces(namespaces);
    var defaults = new PolicyDefaultsSpec();
    defaults.setDevelopment(development);
    var spec = new PlatformPolicySpec();
    spec.setDefaults(defaults);
    var policy = new PlatformPolicy();
    policy.setMetadata(new ObjectMetaBuilder().withName("small-development").build());
    policy.setSpec(spec);
    return policy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> hard(DeclaredResource quota) {
    return (Map<String, Object>) quota.input("spec.hard").orElseThrow();
  }

  private static final PolicySource SMALL = () -> List.of(smallDevelopment());

  private static TeamEnvironmentDefinition environments(PolicySource policies) {
    return new TeamEnvironmentDefinition(
        DEFAULTS, (n, c, team, stage) -> null, policies, Examples.bindings());
  }

  @Test
  void aSpecAboveTheCeilingStallsNamingFieldCeilingPolicyAndFix() {
    // The example asks for 4 CPUs, 8Gi and 40 pods.
    assertThatThrownBy(() -> environments(SMALL).prepare(Examples.development()))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.COMPUTE_QUOTA_ABOVE_CEILING);
              assertThat(e.problems())
                  .extracting(p -> p.field())
                  .containsExactly(
                      "spec.kubernetes.quota.cpu",
                      "spec.kubernetes.quota.memory",
                      "spec.kubernetes.quota.pods");
            })
        .hasMessageContaining(
            "spec.kubernetes.quota.cpu: \"4\" is above the ceiling 2 of PlatformPolicy"
                + " \"small-development\" (rule defaults.development.namespaces.quota.cpu): ask"
                + " for at most 2");
  }

  @Test
  void aSpecThatAsksForNothingGetsTheCeilingAndSurvivesTheProgramProcess() throws Exception {
    TeamEnvironment environment = Examples.development();
    environment.getSpec().getKubernetes().setQuota(null);
    StackDefinition.Prepared prepared = environments(SMALL).prepare(environment);

    Rendering rendering =
        renderer.render("p", "s", prepared.program(), GitHubOrganization.EXAMPLE_MEMBERS);

    assertThat(hard(rendering.ofType("kubernetes:core/v1:ResourceQuota").get(0)))
        .containsEntry("requests.cpu", "2")
        .containsEntry("limits.cpu", "2")
        .containsEntry("requests.memory", "4Gi")
        .containsEntry("limits.memory", "4Gi")
        .containsEntry("pods", "20");
    var resolved = (ProgramConfig.OfTeamEnvironment) ProgramConfig.resolve(prepared.inputs());
    assertThat(resolved.model().cpuQuota()).isEqualTo("2");
    assertThat(resolved.model().podQuota()).isEqualTo(20);
    // The ceiling is in the fingerprint: lowering it updates the namespace.
    assertThat(prepared.fingerprint())
        .isNotEqualTo(environments(List::of).prepare(environment).fingerprint());
  }

  @Test
  void theVclusterHostGetsAComputeQuotaAndContainerDefaults() throws Exception {
    String host = "vc-payments-payments-dev";
    for (var policies : List.<PolicySource>of(List::of, SMALL)) {
      var clusters = new ClusterDefinition(DEFAULTS, policies, Examples.bindings());
      StackDefinition.Prepared prepared = clusters.prepare(Examples.cluster("vcluster"));
      ComputeQuota expected =
          policies == SMALL ? new ComputeQuota("2", "4Gi", 20) : ComputeQuota.DEFAULT;

      Rendering rendering =
          renderer.render("p", "s", prepared.program(), GitHubOrganization.EXAMPLE_MEMBERS);

      assertThat(hard(rendering.get("kubernetes:core/v1:ResourceQuota", host + "-quota")))
          .containsEntry("requests.cpu", expected.cpu())
          .containsEntry("requests.memory", expected.memory())
          .containsEntry("limits.memory", expected.memory())
          .containsEntry("pods", Integer.toString(expected.pods()))
          .doesNotContainKey("limits.cpu");
      assertThat(
              rendering
                  .get("kubernetes:core/v1:LimitRange", host + "-limits")
                  .input("spec.limits.0.defaultRequest"))
          .contains(Map.of("cpu", "100m", "memory", "128Mi"));
      var resolved = (ProgramConfig.OfCluster) ProgramConfig.resolve(prepared.inputs());
      assertThat(resolved.model().vclusterHostCompute()).contains(expected);
    }
  }
}
