package dev.allotment.policy;

import static dev.allotment.api.v1alpha1.EntraGroupRole.Contributor;
import static dev.allotment.api.v1alpha1.EntraGroupRole.Reader;
import static dev.allotment.api.v1alpha1.Stage.DEVELOPMENT;
import static dev.allotment.api.v1alpha1.Stage.PRODUCTION;
import static dev.allotment.api.v1alpha1.Stage.TEST;
import static dev.allotment.policy.Policies.all;
import static dev.allotment.policy.Policies.baseline;
import static dev.allotment.policy.Policies.entraGroupRole;
import static dev.allotment.policy.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.EgressPolicy;
import dev.allotment.api.v1alpha1.EntraGroupRole;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.Stage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role of a stage's Entra ID groups: Reader for production and Contributor otherwise, unless
 * the policies set it; the least privileged wins when they disagree.
 */
class EntraGroupRolePolicyTest {

  static Stream<Arguments> roles() {
    return Stream.of(
        row("no policy: production reads", PRODUCTION, List.of(), Reader),
        row("no policy: development contributes", DEVELOPMENT, List.of(), Contributor),
        row("no policy: test contributes", TEST, List.of(), Contributor),
        row(
            "a policy without the role keeps the default",
            PRODUCTION,
            List.of(policy("p", baseline(PRODUCTION, null, EgressPolicy.DenyAll, null))),
            Reader),
        row(
            "a policy lets production's group contribute",
            PRODUCTION,
            List.of(policy("p", entraGroupRole(PRODUCTION, Contributor))),
            Contributor),
        row(
            "a policy makes test read-only",
            TEST,
            List.of(policy("p", entraGroupRole(TEST, Reader))),
            Reader),
        row(
            "another stage's role does not apply",
            DEVELOPMENT,
            List.of(policy("p", entraGroupRole(PRODUCTION, Reader))),
            Contributor),
        row(
            "Reader wins when policies disagree",
            PRODUCTION,
            List.of(
                policy("a", entraGroupRole(PRODUCTION, Contributor)),
                policy("b", entraGroupRole(PRODUCTION, Reader))),
            Reader),
        row(
            "the role and the baseline live side by side",
            DEVELOPMENT,
            List.of(
                policy(
                    "p",
                    all(
                        baseline(DEVELOPMENT, null, EgressPolicy.DenyAll, null),
                        entraGroupRole(DEVELOPMENT, Reader)))),
            Reader));
  }

  private static Arguments row(
      String name, Stage stage, List<PlatformPolicy> policies, EntraGroupRole expected) {
    return Arguments.of(name, stage, policies, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  void roleOfTheStage(
      String name, Stage stage, List<PlatformPolicy> policies, EntraGroupRole expected) {
    Optional<EntraGroupRole> fromPolicies = EntraGroupRoles.of(stage, policies);

    assertThat(fromPolicies.orElse(EntraGroupRole.defaultFor(stage))).isEqualTo(expected);
  }
}
