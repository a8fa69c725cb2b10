package dev.allotment.policy;

import static dev.allotment.policy.Policies.all;
import static dev.allotment.policy.Policies.baseline;
import static dev.allotment.policy.Policies.defaults;
import static dev.allotment.policy.Policies.locations;
import static dev.allotment.policy.Policies.maxNodes;
import static dev.allotment.policy.Policies.policy;
import static dev.allotment.policy.Policies.requireManual;
import static dev.allotment.policy.Policies.tenancy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.DriftPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.validation.SpecProblem;
import org.junit.jupiter.api.Test;

/** What a PlatformPolicy's status says about it: the rules it carries and what is malformed. */
class PolicyReviewTest {

  @Test
  void rulesAreTheSettingsThePolicyGivesAsPathsUnderSpec() {
    PlatformPolicy policy =
        policy(
            "guardrails",
            all(
                locations("westeurope"),
                maxNodes(Stage.PRODUCTION, 6),
                tenancy("team-*", "*", "*"),
                defaults(Stage.PRODUCTION, ApprovalMode.Manual, null, DriftPolicy.Correct),
                requireManual(Stage.PRODUCTION)));

    PolicyReview review = PolicyReview.of(policy);

    assertThat(review.accepted()).isTrue();
    assertThat(review.rules())
        .containsExactlyInAnyOrder(
            "azure.allowedLocations",
            "clusters.maxNodeCount.production",
            "tenancy",
            "defaults.production.approval",
            "defaults.production.driftPolicy",
            "requireManualApprovalFor");
  }

  @Test
  void aPolicyWithoutSettingsCarriesNoRule() {
    assertThat(PolicyReview.of(policy("empty", s -> {})))
        .isEqualTo(new PolicyReview(java.util.List.of(), java.util.List.of()));
  }

  @Test
  void malformedValuesAreProblemsNamingPolicyFieldAndFix() {
    // Only a policy stored around the CRD's schema holds them.
    PlatformPolicy policy =
        policy(
            "relaxed",
            all(
                baseline(Stage.TEST, null, null, "lots,-1"),
                defaults(Stage.PRODUCTION, null, "often", null)));

    PolicyReview review = PolicyReview.of(policy);

    assertThat(review.accepted()).isFalse();
    assertThat(review.problems())
        .extracting(SpecProblem::toString)
        .containsExactly(
            "PlatformPolicy \"relaxed\" spec.defaults.test.namespaces.quota.storage: \"lots\" is"
                + " not a quantity of bytes; the platform team must write it like 50Gi",
            "PlatformPolicy \"relaxed\" spec.defaults.test.namespaces.quota.persistentVolumeClaims:"
                + " must be 0 or more, got -1; the platform team must correct it",
            "PlatformPolicy \"relaxed\" spec.defaults.production.driftInterval: \"often\" is not a"
                + " whole number of seconds, minutes or hours such as 30m or 6h, so it is ignored;"
                + " the platform team must correct it");
  }
}
