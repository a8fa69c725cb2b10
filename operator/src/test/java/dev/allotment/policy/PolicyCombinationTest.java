package dev.allotment.policy;

import static dev.allotment.policy.Policies.cluster;
import static dev.allotment.policy.Policies.environment;
import static dev.allotment.policy.Policies.locations;
import static dev.allotment.policy.Policies.maxNodes;
import static dev.allotment.policy.Policies.organizations;
import static dev.allotment.policy.Policies.policy;
import static dev.allotment.policy.Policies.providers;
import static dev.allotment.policy.Policies.tenancy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.Stage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several PlatformPolicies: a request must satisfy each; allowed lists intersect, the strictest
 * limit wins, and every violation lists what all policies together allow.
 */
class PolicyCombinationTest {

  static Stream<Arguments> combinations() {
    return Stream.of(
        // description, policies, request, expected "policy rule field=value allowed: ..."
        row(
            "value every policy allows",
            List.of(
                policy("a", locations("westeurope", "swedencentral")),
                policy("b", locations("westeurope", "northeurope"))),
            at("westeurope")),
        row(
            "value one policy rejects: allowed is the intersection",
            List.of(
                policy("a", locations("westeurope", "swedencentral")),
                policy("b", locations("northeurope", "westeurope"))),
            at("swedencentral"),
            "b azure.allowedLocations spec.azure.location=swedencentral allowed: westeurope"),
        row(
            "value both reject: one violation per policy",
            List.of(
                policy("a", locations("westeurope", "swedencentral")),
                policy("b", locations("westeurope", "northeurope"))),
            at("eastus"),
            "a azure.allowedLocations spec.azure.location=eastus allowed: westeurope",
            "b azure.allowedLocations spec.azure.location=eastus allowed: westeurope"),
        row(
            "disjoint lists allow nothing",
            List.of(policy("a", locations("westeurope")), policy("b", locations("northeurope"))),
            at("westeurope"),
            "b azure.allowedLocations spec.azure.location=westeurope allowed: none"),
        row(
            "a policy without the list does not widen or narrow it",
            List.of(policy("a", locations("westeurope")), policy("b", organizations("acme"))),
            at("northeurope"),
            "a azure.allowedLocations spec.azure.location=northeurope allowed: westeurope",
            "b github.allowedOrganizations spec.github.organization=nordic-retail allowed: acme"),
        row(
            "policies split by concern each have their say",
            List.of(
                policy("azure", locations("westeurope")),
                policy("github", organizations("nordic-retail"))),
            at("westeurope")),
        row(
            "strictest node limit wins",
            List.of(
                policy("a", maxNodes(Stage.PRODUCTION, 10)),
                policy("b", maxNodes(Stage.PRODUCTION, 5))),
            cluster(ClusterProvider.DIGITALOCEAN, "ams3", "s-4vcpu-8gb", 3, 7),
            "b clusters.maxNodeCount.production spec.nodePool.autoScale.max=7 allowed: at most 5"),
        row(
            "above both limits: each policy names the strictest",
            List.of(
                policy("a", maxNodes(Stage.PRODUCTION, 10)),
                policy("b", maxNodes(Stage.PRODUCTION, 5))),
            cluster(ClusterProvider.DIGITALOCEAN, "ams3", "s-4vcpu-8gb", 12, null),
            "a clusters.maxNodeCount.production spec.nodePool.count=12 allowed: at most 5",
            "b clusters.maxNodeCount.production spec.nodePool.count=12 allowed: at most 5"),
        row(
            "limits of different stages do not mix",
            List.of(
                policy("a", maxNodes(Stage.DEVELOPMENT, 1)),
                policy("b", maxNodes(Stage.PRODUCTION, 6))),
            cluster()),
        row(
            "providers intersect",
            List.of(
                policy("a", providers(ClusterProvider.DIGITALOCEAN, ClusterProvider.VCLUSTER)),
                policy("b", providers(ClusterProvider.AZURE, ClusterProvider.VCLUSTER))),
            cluster(),
            "b clusters.allowedProviders spec.provider=digitalocean allowed: vcluster"),
        row(
            "tenancy of one policy, none in the other",
            List.of(policy("a", tenancy("team-payments", "payments", "*")), policy("b", s -> {})),
            at("westeurope")),
        row(
            "each policy with tenancy must have a matching rule",
            List.of(
                policy("a", tenancy("team-payments", "payments", "*")),
                policy("b", tenancy("team-*", "checkout", "*"))),
            at("westeurope"),
            "b tenancy spec.team=payments allowed: checkout"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("combinations")
  void combines(
      String description,
      List<PlatformPolicy> policies,
      PolicyRequest request,
      List<String> expected) {
    assertThat(PolicyEvaluator.evaluate(request, policies))
        .extracting(
            v ->
                v.policyName()
                    + " "
                    + v.rule()
                    + " "
                    + v.field()
                    + "="
                    + v.value()
                    + " allowed: "
                    + (v.allowedValues().isEmpty() ? "none" : String.join(", ", v.allowedValues())))
        .containsExactlyElementsOf(expected);
  }

  private static PolicyRequest at(String location) {
    return environment("team-payments", "payments", Stage.DEVELOPMENT, location, "nordic-retail");
  }

  private static Arguments row(
      String description,
      List<PlatformPolicy> policies,
      PolicyRequest request,
      String... expected) {
    return Arguments.of(description, policies, request, List.of(expected));
  }
}
