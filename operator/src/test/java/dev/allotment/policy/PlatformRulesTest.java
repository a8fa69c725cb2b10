package dev.allotment.policy;

import static dev.allotment.policy.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.ArgoCdPolicySpec;
import dev.allotment.api.v1alpha1.AzurePolicySpec;
import dev.allotment.api.v1alpha1.GitHubPolicySpec;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.Stage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for what a tenant could otherwise point the operator's credentials at: Azure subscriptions
 * and GitHub template repositories (hole 8), Argo CD projects (hole 6), and repository names (issue
 * 21, item 6).
 */
class PlatformRulesTest {

  private static PolicyRequest request(
      Optional<String> subscription, Optional<String> template, Optional<String> project) {
    return new PolicyRequest(
        PolicyRequest.TEAM_ENVIRONMENT,
        "team-payments",
        "payments-development",
        "payments",
        Stage.DEVELOPMENT,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        subscription,
        template,
        Optional.empty(),
        project,
        List.of(),
        List.of());
  }

  private static final PlatformPolicy RULES =
      policy(
          "guardrails",
          s -> {
            s.setAzure(new AzurePolicySpec());
            s.getAzure().setAllowedSubscriptions(List.of("11111111-2222-3333-4444-555555555555"));
            s.setGithub(new GitHubPolicySpec());
            s.getGithub().setAllowedTemplates(List.of("nordic-retail/template-*"));
            s.setArgocd(new ArgoCdPolicySpec());
            s.getArgocd().setAllowedProjects(List.of("team-{team}"));
          });

  @Test
  void aSubscriptionThePolicyDoesNotListIsRefused() {
    var violations =
        PolicyEvaluator.evaluate(
            request(
                Optional.of("deadbeef-0000-0000-0000-000000000000"),
                Optional.empty(),
                Optional.empty()),
            List.of(RULES));

    assertThat(violations)
        .extracting(PolicyViolation::message)
        .containsExactly(
            "spec.azure.subscriptionId \"deadbeef-0000-0000-0000-000000000000\" is not allowed by"
                + " PlatformPolicy \"guardrails\" (rule azure.allowedSubscriptions); allowed:"
                + " 11111111-2222-3333-4444-555555555555");
  }

  @Test
  void aTemplateOutsideThePlatformsIsRefusedAndGlobsMatch() {
    assertThat(
            PolicyEvaluator.evaluate(
                request(Optional.empty(), Optional.of("other-org/secret-repo"), Optional.empty()),
                List.of(RULES)))
        .extracting(PolicyViolation::rule)
        .containsExactly("github.allowedTemplates");
    assertThat(
            PolicyEvaluator.evaluate(
                request(
                    Optional.empty(), Optional.of("Nordic-Retail/template-java"), Optional.empty()),
                List.of(RULES)))
        .isEmpty();
  }

  @Test
  void argoCdProjectsAreTheTeamsOwnByDefaultAndAsThePolicySays() {
    assertThat(
            PolicyEvaluator.evaluate(
                request(Optional.empty(), Optional.empty(), Optional.of("payments")), List.of()))
        .isEmpty();
    assertThat(
            PolicyEvaluator.evaluate(
                request(Optional.empty(), Optional.empty(), Optional.of("checkout")), List.of()))
        .extracting(PolicyViolation::message)
        .singleElement()
        .asString()
        .contains("spec.argocd.project \"checkout\"")
        .contains("allowed: payments, team-payments");
    assertThat(
            PolicyEvaluator.evaluate(
                request(Optional.empty(), Optional.empty(), Optional.of("payments")),
                List.of(RULES)))
        .extracting(PolicyViolation::message)
        .singleElement()
        .asString()
        .contains("allowed: team-payments");
  }

  @Test
  void withoutTheListsEverySubscriptionAndTemplateIsAllowedAsBefore() {
    assertThat(
            PolicyEvaluator.evaluate(
                request(
                    Optional.of("deadbeef-0000-0000-0000-000000000000"),
                    Optional.of("other-org/x"),
                    Optional.empty()),
                List.of()))
        .isEmpty();
  }

  /**
   * Issue 21, item 6: repository names are global in an organization. Without a policy a team names
   * repositories only under {@code <team>-<stage>}, as its namespaces; a policy's globs ({@code
   * {team}}, {@code {stage}}) replace that.
   */
  @ParameterizedTest(name = "{0}/{1} asks for {2} under [{3}]: allowed {4}")
  @CsvSource({
    "payments, development, payments-development, , true",
    "payments, development, Payments-Development-API, , true",
    "payments, production, payments-production, , true",
    "payments, development, payments-production, , false",
    "payments, development, payments-prod, , false",
    "payments, development, payments-api, , false",
    "payments, development, checkout-development, , false",
    "payments, development, payments-api, {team}-*, true",
    "payments, development, checkout-api, {team}-*, false",
    "payments, test, payments-test-web, {team}-{stage}-*, true",
    "payments, test, payments-production-web, {team}-{stage}-*, false",
    "payments, development, shared-tools, shared-*, true",
    "payments, development, payments-development, shared-*, false"
  })
  void repositoriesAreTheTeamsAndStagesOwnOrAsThePolicySays(
      String team, String stage, String repository, String glob, boolean allowed) {
    PolicyRequest request =
        Policies.environment(
            "team-" + team,
            team,
            Stage.valueOf(stage.toUpperCase()),
            "westeurope",
            "nordic-retail",
            Optional.of(repository));
    List<PlatformPolicy> policies =
        glob == null
            ? List.of()
            : List.of(
                policy(
                    "repositories",
                    s -> {
                      s.setGithub(new GitHubPolicySpec());
                      s.getGithub().setAllowedRepositories(List.of(glob));
                    }));

    var violations = PolicyEvaluator.evaluate(request, policies);

    if (allowed) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations)
          .extracting(PolicyViolation::message)
          .singleElement()
          .asString()
          .startsWith("spec.github.repository \"" + repository + "\" is not allowed")
          .contains("rule github.allowedRepositories")
          .contains(
              "allowed: "
                  + (glob == null
                      ? team + "-" + stage + ", " + team + "-" + stage + "-*"
                      : glob.replace("{team}", team).replace("{stage}", stage)));
    }
  }
}
