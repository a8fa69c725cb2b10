package dev.allotment.policy;

import static dev.allotment.policy.Policies.all;
import static dev.allotment.policy.Policies.environment;
import static dev.allotment.policy.Policies.policy;
import static dev.allotment.policy.Policies.tenancy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.Stage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which namespaces may order for which teams and stages. */
class TenancyPolicyTest {

  private static final PlatformPolicy TENANCY =
      policy(
          "tenancy",
          all(
              tenancy("team-payments", "payments", "*"),
              tenancy("team-checkout", "checkout", "development,test"),
              tenancy("sandbox-*", "*", "development"),
              tenancy("platform", "*", "*")));

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "team-payments, team-payments, true",
    "team-payments, team-payments-x, false",
    "team-payments, team-payment, false",
    "team-*, team-payments, true",
    "team-*, team-, true",
    "team-*, team, false",
    "team-*, platform, false",
    "*, anything, true",
    "*-sandbox, payments-sandbox, true",
    "*-sandbox, payments-sandbox-2, false",
    "team-*-dev, team-a-dev, true",
    "team-*-dev, team-a-b-dev, true",
    "team-*-dev, team-dev, false",
    "*ab, aab, true",
    "a*a, a, false",
    "**, x, true",
    "t*m*s, teams, true",
    "t*m*s, teamx, false",
  })
  void namespaceGlobs(String pattern, String namespace, boolean matches) {
    assertThat(Tenancy.glob(pattern, namespace)).isEqualTo(matches);
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        // namespace, team, stage, expected violation "field=value allowed: ..." or none
        Arguments.of("team-payments", "payments", Stage.PRODUCTION, null),
        Arguments.of("team-checkout", "checkout", Stage.TEST, null),
        Arguments.of("sandbox-anna", "search", Stage.DEVELOPMENT, null),
        Arguments.of("platform", "anyone", Stage.PRODUCTION, null),
        Arguments.of(
            "team-payments", "checkout", Stage.DEVELOPMENT, "spec.team=checkout allowed: payments"),
        Arguments.of(
            "team-checkout",
            "checkout",
            Stage.PRODUCTION,
            "spec.stage=production allowed: development, test"),
        Arguments.of("sandbox-anna", "search", Stage.TEST, "spec.stage=test allowed: development"),
        Arguments.of(
            "team-search",
            "search",
            Stage.DEVELOPMENT,
            "metadata.namespace=team-search allowed: platform, sandbox-*"),
        Arguments.of(
            "team-search",
            "payments",
            Stage.PRODUCTION,
            "metadata.namespace=team-search allowed: platform, team-payments"));
  }

  @ParameterizedTest(name = "{0} orders for {1} {2}")
  @MethodSource("requests")
  void decides(String namespace, String team, Stage stage, String expected) {
    List<PolicyViolation> violations =
        PolicyEvaluator.evaluate(
            environment(namespace, team, stage, "westeurope", "nordic-retail"), List.of(TENANCY));

    assertThat(violations)
        .extracting(
            v -> v.field() + "=" + v.value() + " allowed: " + String.join(", ", v.allowedValues()))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    assertThat(violations).allMatch(v -> v.rule().equals("tenancy"));
  }

  @Test
  void noRuleAnywhereForTheTeamAndStage() {
    PlatformPolicy teamsOnly = policy("p", tenancy("team-payments", "payments", "*"));

    assertThat(
            PolicyEvaluator.evaluate(
                environment("team-search", "search", Stage.TEST, "westeurope", "nordic-retail"),
                List.of(teamsOnly)))
        .extracting(PolicyViolation::message)
        .containsExactly(
            "metadata.namespace \"team-search\" is not allowed by PlatformPolicy \"p\" (rule"
                + " tenancy); allowed: none");
  }

  @Test
  void emptyTenancyAllowsEveryNamespace() {
    PlatformPolicy empty = policy("p", s -> s.setTenancy(List.of()));

    assertThat(
            PolicyEvaluator.evaluate(
                environment("anywhere", "search", Stage.TEST, "westeurope", "nordic-retail"),
                List.of(empty)))
        .isEmpty();
  }
}
