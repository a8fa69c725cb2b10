package dev.allotment.policy;

import static dev.allotment.api.v1alpha1.Stage.DEVELOPMENT;
import static dev.allotment.api.v1alpha1.Stage.PRODUCTION;
import static dev.allotment.policy.Policies.compute;
import static dev.allotment.policy.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.QuotaSpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.program.ComputeQuota;
import dev.allotment.validation.SpecProblem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compute ceilings of a stage: what a spec may ask for, what it gets when it asks for nothing,
 * and a vcluster host's quota. The smallest ceiling wins; quantities compare by amount.
 */
class ComputeCeilingsTest {

  static Stream<Arguments> quotas() {
    return Stream.of(
        Arguments.of("no policy: the defaults", DEVELOPMENT, List.of(), ComputeQuota.DEFAULT),
        Arguments.of(
            "a ceiling above the default leaves the default",
            DEVELOPMENT,
            List.of(policy("p", compute(DEVELOPMENT, "16,64Gi,500"))),
            ComputeQuota.DEFAULT),
        Arguments.of(
            "a ceiling below the default lowers it",
            DEVELOPMENT,
            List.of(policy("p", compute(DEVELOPMENT, "2500m,,20"))),
            new ComputeQuota("2500m", "8Gi", 20)),
        Arguments.of(
            "another stage's ceilings do not apply",
            PRODUCTION,
            List.of(policy("p", compute(DEVELOPMENT, "1,1Gi,5"))),
            ComputeQuota.DEFAULT),
        Arguments.of(
            "several policies: the smallest, by amount not by text",
            DEVELOPMENT,
            List.of(
                policy("a", compute(DEVELOPMENT, "3,6000M,30")),
                policy("b", compute(DEVELOPMENT, "2900m,6Gi,40"))),
            new ComputeQuota("2900m", "6000M", 30)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotas")
  void theComputeOfANamespaceThatAsksForNone(
      String name, Stage stage, List<PlatformPolicy> policies, ComputeQuota expected) {
    assertThat(PolicyEvaluator.computeQuota(stage, policies)).isEqualTo(expected);
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("no policy: anything", "64,256Gi,1000", List.of(), List.of()),
        Arguments.of(
            "at the ceiling is allowed",
            "4,8Gi,50",
            List.of(policy("p", compute(DEVELOPMENT, "4000m,8192Mi,50"))),
            List.of()),
        Arguments.of(
            "cpu in millicores above whole cores",
            "4001m,,",
            List.of(policy("p", compute(DEVELOPMENT, "4"))),
            List.of("spec.kubernetes.quota.cpu")),
        Arguments.of(
            "every item above its ceiling",
            "8,16Gi,100",
            List.of(policy("p", compute(DEVELOPMENT, "4,8Gi,50"))),
            List.of(
                "spec.kubernetes.quota.cpu",
                "spec.kubernetes.quota.memory",
                "spec.kubernetes.quota.pods")),
        Arguments.of(
            "each policy whose ceiling is broken",
            ",10Gi,",
            List.of(
                policy("a", compute(DEVELOPMENT, ",8Gi,")),
                policy("b", compute(DEVELOPMENT, ",9Gi,"))),
            List.of("spec.kubernetes.quota.memory", "spec.kubernetes.quota.memory")),
        Arguments.of(
            "production's ceiling does not bind development",
            "8,,",
            List.of(policy("p", compute(PRODUCTION, "1"))),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void aSpecAboveACeilingIsRefused(
      String name, String requested, List<PlatformPolicy> policies, List<String> fields) {
    List<SpecProblem> problems =
        PolicyEvaluator.computeAboveCeiling(DEVELOPMENT, quota(requested), policies);
    assertThat(problems).extracting(SpecProblem::field).containsExactlyElementsOf(fields);
  }

  @Test
  void theMessageNamesFieldValueCeilingPolicyRuleAndTheFix() {
    List<SpecProblem> problems =
        PolicyEvaluator.computeAboveCeiling(
            PRODUCTION,
            quota("6,,"),
            List.of(
                policy("platform-guardrails", compute(PRODUCTION, "4")),
                policy("tighter", compute(PRODUCTION, "2"))));

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).field()).isEqualTo("spec.kubernetes.quota.cpu");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "\"6\" is above the ceiling 4 of PlatformPolicy \"platform-guardrails\" (rule"
                + " defaults.production.namespaces.quota.cpu): ask for at most 2 (leave it out to"
                + " get that), or ask the platform team to raise the ceiling");
  }

  @Test
  void aMalformedCeilingIsNamedAndIgnored() {
    var broken = policy("broken", compute(DEVELOPMENT, "four,8 GB,0"));

    assertThat(PolicyEvaluator.namespaceBaselineProblems(DEVELOPMENT, List.of(broken)))
        .extracting(SpecProblem::field)
        .containsExactly(
            "PlatformPolicy \"broken\" spec.defaults.development.namespaces.quota.cpu",
            "PlatformPolicy \"broken\" spec.defaults.development.namespaces.quota.memory",
            "PlatformPolicy \"broken\" spec.defaults.development.namespaces.quota.pods");
    assertThat(PolicyEvaluator.computeQuota(DEVELOPMENT, List.of(broken)))
        .isEqualTo(ComputeQuota.DEFAULT);
  }

  private static QuotaSpec quota(String items) {
    String[] parts = (items + ",,").split(",", -1);
    QuotaSpec quota = new QuotaSpec();
    quota.setCpu(parts[0].isEmpty() ? null : parts[0]);
    quota.setMemory(parts[1].isEmpty() ? null : parts[1]);
    quota.setPods(parts[2].isEmpty() ? null : Integer.valueOf(parts[2]));
    return quota;
  }
}
