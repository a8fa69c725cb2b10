package dev.allotment.policy;

import static dev.allotment.api.v1alpha1.EgressPolicy.DenyAll;
import static dev.allotment.api.v1alpha1.EgressPolicy.DenyMetadata;
import static dev.allotment.api.v1alpha1.PodSecurityLevel.BASELINE;
import static dev.allotment.api.v1alpha1.PodSecurityLevel.PRIVILEGED;
import static dev.allotment.api.v1alpha1.PodSecurityLevel.RESTRICTED;
import static dev.allotment.api.v1alpha1.Stage.DEVELOPMENT;
import static dev.allotment.api.v1alpha1.Stage.PRODUCTION;
import static dev.allotment.policy.Policies.all;
import static dev.allotment.policy.Policies.baseline;
import static dev.allotment.policy.Policies.defaults;
import static dev.allotment.policy.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.program.NamespaceBaseline;
import dev.allotment.validation.SpecProblem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The namespace baseline per stage: safe defaults, set by policies only, the strictest value of
 * each setting when several policies give one.
 */
class NamespaceBaselinePolicyTest {

  static Stream<Arguments> combinations() {
    return Stream.of(
        row("no policy: the safe defaults", DEVELOPMENT, List.of(), NamespaceBaseline.DEFAULT),
        row(
            "a policy without namespace settings changes nothing",
            DEVELOPMENT,
            List.of(policy("p", defaults(DEVELOPMENT, ApprovalMode.Manual, "6h", null))),
            NamespaceBaseline.DEFAULT),
        row(
            "a policy relaxes development",
            DEVELOPMENT,
            List.of(policy("p", baseline(DEVELOPMENT, BASELINE, null, "200Gi,30,1,2"))),
            new NamespaceBaseline(BASELINE, DenyMetadata, "200Gi", 30, 1, 2)),
        row(
            "development's settings do not reach production",
            PRODUCTION,
            List.of(policy("p", baseline(DEVELOPMENT, PRIVILEGED, null, "200Gi,30,1,2"))),
            NamespaceBaseline.DEFAULT),
        row(
            "unset items keep their defaults",
            PRODUCTION,
            List.of(policy("p", baseline(PRODUCTION, null, DenyAll, ",,,1"))),
            new NamespaceBaseline(RESTRICTED, DenyAll, "50Gi", 10, 0, 1)),
        row(
            "approval settings and the baseline live side by side",
            PRODUCTION,
            List.of(
                policy(
                    "p",
                    all(
                        defaults(PRODUCTION, ApprovalMode.Manual, null, null),
                        baseline(PRODUCTION, BASELINE, null, null)))),
            new NamespaceBaseline(BASELINE, DenyMetadata, "50Gi", 10, 0, 0)),
        row(
            "several policies: the strictest of each",
            DEVELOPMENT,
            List.of(
                policy("a", baseline(DEVELOPMENT, PRIVILEGED, DenyAll, "500Gi,5,3,0")),
                policy("b", baseline(DEVELOPMENT, BASELINE, DenyMetadata, "1Ti,40,1,4"))),
            new NamespaceBaseline(BASELINE, DenyAll, "500Gi", 5, 1, 0)),
        row(
            "storage compares by size, not by text",
            DEVELOPMENT,
            List.of(
                policy("a", baseline(DEVELOPMENT, null, null, "2Ti")),
                policy("b", baseline(DEVELOPMENT, null, null, "900Gi"))),
            new NamespaceBaseline(RESTRICTED, DenyMetadata, "900Gi", 10, 0, 0)));
  }

  private static Arguments row(
      String description, Stage stage, List<PlatformPolicy> policies, NamespaceBaseline expected) {
    return Arguments.of(description, stage, policies, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("combinations")
  void policiesCombineStrictestFirst(
      String description, Stage stage, List<PlatformPolicy> policies, NamespaceBaseline expected) {
    assertThat(PolicyEvaluator.namespaceBaseline(stage, policies)).isEqualTo(expected);
    assertThat(PolicyEvaluator.namespaceBaselineProblems(stage, policies)).isEmpty();
  }

  @Test
  void malformedValuesAreNamedWithTheirPolicyFieldAndFix() {
    List<PlatformPolicy> policies =
        List.of(
            policy("wide", baseline(DEVELOPMENT, null, null, "50 GB,-1,,")),
            policy("fine", baseline(DEVELOPMENT, null, null, "20Gi,,,")));

    assertThat(PolicyEvaluator.namespaceBaselineProblems(DEVELOPMENT, policies))
        .containsExactly(
            new SpecProblem(
                "PlatformPolicy \"wide\" spec.defaults.development.namespaces.quota.storage",
                "\"50 GB\" is not a quantity of bytes; the platform team must write it like 50Gi"),
            new SpecProblem(
                "PlatformPolicy \"wide\" spec.defaults.development.namespaces.quota"
                    + ".persistentVolumeClaims",
                "must be 0 or more, got -1; the platform team must correct it"));
    // Another stage is not held up by them.
    assertThat(PolicyEvaluator.namespaceBaselineProblems(PRODUCTION, policies)).isEmpty();
    // Left out of the combination, which the operator never applies while they stand.
    assertThat(PolicyEvaluator.namespaceBaseline(DEVELOPMENT, policies).storage())
        .isEqualTo("20Gi");
  }
}
