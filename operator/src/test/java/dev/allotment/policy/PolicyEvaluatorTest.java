package dev.allotment.policy;

import static dev.allotment.policy.Policies.all;
import static dev.allotment.policy.Policies.cluster;
import static dev.allotment.policy.Policies.environment;
import static dev.allotment.policy.Policies.limits;
import static dev.allotment.policy.Policies.locations;
import static dev.allotment.policy.Policies.maxNodes;
import static dev.allotment.policy.Policies.members;
import static dev.allotment.policy.Policies.nodeSizes;
import static dev.allotment.policy.Policies.organizations;
import static dev.allotment.policy.Policies.policy;
import static dev.allotment.policy.Policies.providers;
import static dev.allotment.policy.Policies.regions;
import static dev.allotment.policy.Policies.tenancy;
import static dev.allotment.policy.Policies.vcluster;
import static dev.allotment.policy.Policies.withLogins;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of a single PlatformPolicy, allowed and violated. */
class PolicyEvaluatorTest {

  private static final PolicyRequest VCLUSTER = vcluster();

  /** A TeamEnvironment of one owner and two contributors. */
  private static final PolicyRequest TEAM =
      withLogins(environment(), List.of("alice-nordic"), List.of("bob-dev", "carol-dev"));

  static Stream<Arguments> rules() {
    return Stream.of(
        // description, policy, request, expected violations as "rule field=value"
        row("no restriction", s -> {}, environment()),
        row("location allowed", locations("westeurope", "northeurope"), environment()),
        row(
            "location not allowed",
            locations("swedencentral", "northeurope"),
            environment(),
            "azure.allowedLocations spec.azure.location=westeurope"),
        row("location compared case-insensitively", locations("WestEurope"), environment()),
        row(
            "present but empty list allows nothing",
            locations(),
            environment(),
            "azure.allowedLocations spec.azure.location=westeurope"),
        row("organization allowed", organizations("nordic-retail"), environment()),
        row(
            "organization compared case-insensitively, as GitHub does",
            organizations("Nordic-Retail"),
            environment()),
        row(
            "organization not allowed",
            organizations("acme"),
            environment(),
            "github.allowedOrganizations spec.github.organization=nordic-retail"),
        row(
            "provider allowed",
            providers(ClusterProvider.DIGITALOCEAN, ClusterProvider.VCLUSTER),
            cluster()),
        row(
            "provider not allowed",
            providers(ClusterProvider.AZURE, ClusterProvider.VCLUSTER),
            cluster(),
            "clusters.allowedProviders spec.provider=digitalocean"),
        row("region allowed", regions("ams3", "fra1"), cluster()),
        row(
            "region not allowed",
            regions("fra1"),
            cluster(),
            "clusters.allowedRegions spec.region=ams3"),
        row(
            "azure cluster region is also an Azure location",
            locations("westeurope"),
            cluster(ClusterProvider.AZURE, "eastus", "Standard_D4s_v5", 2, null),
            "azure.allowedLocations spec.region=eastus"),
        row(
            "Azure locations do not limit DigitalOcean regions",
            locations("westeurope"),
            cluster()),
        row("node size allowed", nodeSizes("s-2vcpu-4gb", "s-4vcpu-8gb"), cluster()),
        row(
            "node size compared case-insensitively",
            nodeSizes("Standard_D4s_v5"),
            cluster(ClusterProvider.AZURE, "westeurope", "standard_d4s_v5", 2, null)),
        row(
            "node size not allowed",
            nodeSizes("s-2vcpu-4gb"),
            cluster(),
            "clusters.allowedNodeSizes spec.nodePool.size=s-4vcpu-8gb"),
        row("node count at the limit", maxNodes(Stage.PRODUCTION, 6), cluster()),
        row(
            "auto-scaling maximum above the limit",
            maxNodes(Stage.PRODUCTION, 5),
            cluster(),
            "clusters.maxNodeCount.production spec.nodePool.autoScale.max=6"),
        row(
            "count and maximum above the limit",
            maxNodes(Stage.PRODUCTION, 2),
            cluster(),
            "clusters.maxNodeCount.production spec.nodePool.count=3",
            "clusters.maxNodeCount.production spec.nodePool.autoScale.max=6"),
        row(
            "fixed-size pool above the limit",
            maxNodes(Stage.PRODUCTION, 2),
            cluster(ClusterProvider.DIGITALOCEAN, "ams3", "s-4vcpu-8gb", 4, null),
            "clusters.maxNodeCount.production spec.nodePool.count=4"),
        row("limit of another stage does not apply", maxNodes(Stage.DEVELOPMENT, 1), cluster()),
        row(
            "cluster rules do not apply to TeamEnvironments",
            all(
                providers(ClusterProvider.AZURE),
                regions("fra1"),
                nodeSizes("x"),
                maxNodes(Stage.DEVELOPMENT, 1)),
            environment()),
        row("GitHub rules do not apply to Clusters", organizations("acme"), cluster()),
        row(
            "a vcluster is checked for its provider only: it runs on the hub's nodes",
            all(
                regions("fra1"),
                nodeSizes("x"),
                maxNodes(Stage.DEVELOPMENT, 1),
                locations("westeurope")),
            VCLUSTER),
        row(
            "vcluster not among the providers",
            providers(ClusterProvider.DIGITALOCEAN),
            VCLUSTER,
            "clusters.allowedProviders spec.provider=vcluster"),
        row("tenancy rule matches", tenancy("team-payments", "payments", "*"), environment()),
        row(
            "tenancy rule of another namespace",
            tenancy("team-checkout", "checkout", "*"),
            environment(),
            "tenancy metadata.namespace=team-payments"),
        row(
            "every login allowed, compared case-insensitively",
            members("Alice-Nordic", "BOB-dev", "carol-dev", "dave-lead"),
            TEAM),
        row(
            "a login not allowed, named with its field",
            members("alice-nordic", "bob-dev"),
            TEAM,
            "github.allowedMembers spec.contributors=carol-dev"),
        row(
            "logins not allowed in both fields: one violation per field, every login named",
            members("dave-lead"),
            TEAM,
            "github.allowedMembers spec.owners=alice-nordic",
            "github.allowedMembers spec.contributors=bob-dev, carol-dev"),
        row("logins within the cap", limits(null, null, 3), TEAM),
        row(
            "logins beyond the cap: owners and contributors count together",
            limits(null, null, 2),
            TEAM,
            "limits.maxMembersPerEnvironment spec.owners and spec.contributors=3 logins"),
        row(
            "every rule broken: tenancy first, then Azure, GitHub, provider, region, size, nodes",
            all(
                tenancy("platform", "*", "*"),
                locations("swedencentral"),
                organizations("acme"),
                providers(ClusterProvider.VCLUSTER),
                regions("fra1"),
                nodeSizes("s-2vcpu-4gb"),
                maxNodes(Stage.PRODUCTION, 1)),
            cluster(ClusterProvider.AZURE, "eastus", "Standard_D8s_v5", 2, 4),
            "tenancy metadata.namespace=team-payments",
            "azure.allowedLocations spec.region=eastus",
            "clusters.allowedProviders spec.provider=azure",
            "clusters.allowedRegions spec.region=eastus",
            "clusters.allowedNodeSizes spec.nodePool.size=Standard_D8s_v5",
            "clusters.maxNodeCount.production spec.nodePool.count=2",
            "clusters.maxNodeCount.production spec.nodePool.autoScale.max=4"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void evaluates(
      String description,
      Consumer<PlatformPolicySpec> spec,
      PolicyRequest request,
      List<String> expected) {
    List<PolicyViolation> violations =
        PolicyEvaluator.evaluate(request, List.of(policy("guardrails", spec)));

    assertThat(violations)
        .extracting(v -> v.rule() + " " + v.field() + "=" + v.value())
        .containsExactlyElementsOf(expected);
    assertThat(violations).allMatch(v -> v.policyName().equals("guardrails"));
  }

  @Test
  void messageNamesTheFieldTheValueThePolicyTheRuleAndWhatIsAllowed() {
    PolicyRequest eastus =
        environment("team-payments", "payments", Stage.PRODUCTION, "eastus", "nordic-retail");

    List<PolicyViolation> violations =
        PolicyEvaluator.evaluate(
            eastus,
            List.of(policy("platform-guardrails", locations("westeurope", "swedencentral"))));

    assertThat(violations)
        .extracting(PolicyViolation::message)
        .containsExactly(
            "spec.azure.location \"eastus\" is not allowed by PlatformPolicy"
                + " \"platform-guardrails\" (rule azure.allowedLocations); allowed: westeurope,"
                + " swedencentral");
    assertThat(violations.get(0).toSpecProblem().toString())
        .isEqualTo(violations.get(0).message().replaceFirst(" ", ": "));
  }

  @Test
  void nodeLimitMessageStatesTheLimit() {
    List<PolicyViolation> violations =
        PolicyEvaluator.evaluate(
            cluster(), List.of(policy("sizes", maxNodes(Stage.PRODUCTION, 5))));

    assertThat(violations)
        .extracting(PolicyViolation::message)
        .containsExactly(
            "spec.nodePool.autoScale.max \"6\" is not allowed by PlatformPolicy \"sizes\" (rule"
                + " clusters.maxNodeCount.production); allowed: at most 5");
  }

  @Test
  void hostileValuesAreAbbreviatedAndMadePrintable() {
    String hostile = "\u001b[31mevil\n" + "x".repeat(500);
    PolicyRequest request =
        environment("team-payments", "payments", Stage.DEVELOPMENT, hostile, "nordic-retail");

    String message =
        PolicyEvaluator.evaluate(request, List.of(policy("p", locations("westeurope"))))
            .get(0)
            .message();

    String shown = message.substring(message.indexOf('"') + 1, message.indexOf("\" is not"));
    assertThat(shown).hasSize(65).endsWith("…").startsWith("?[31mevil?xxx");
    assertThat(message).doesNotContain("\n", "\u001b");
  }

  @Test
  void longAllowedListsAreCut() {
    String[] many = IntStream.range(0, 25).mapToObj(i -> "region" + i).toArray(String[]::new);

    String message =
        PolicyEvaluator.evaluate(cluster(), List.of(policy("p", regions(many)))).get(0).message();

    assertThat(message)
        .endsWith(
            "allowed: region0, region1, region2, region3, region4, region5,"
                + " region6, region7, region8, region9 and 15 more");
  }

  @Test
  void aPolicyWithoutSpecRestrictsNothing() {
    PlatformPolicy empty = policy("empty", s -> {});
    empty.setSpec(null);

    assertThat(PolicyEvaluator.evaluate(cluster(), List.of(empty))).isEmpty();
    assertThat(PolicyEvaluator.evaluate(environment(), List.of())).isEmpty();
  }

  @Test
  void resultDoesNotDependOnTheOrderOfThePolicies() {
    List<PlatformPolicy> policies = new ArrayList<>();
    for (String name : List.of("c-sizes", "a-regions", "b-providers", "d-tenancy")) {
      policies.add(
          policy(
              name,
              switch (name) {
                case "c-sizes" -> maxNodes(Stage.PRODUCTION, 1);
                case "a-regions" -> regions("fra1");
                case "b-providers" -> providers(ClusterProvider.AZURE);
                default -> tenancy("platform", "*", "*");
              }));
    }
    List<PolicyViolation> expected = PolicyEvaluator.evaluate(cluster(), policies);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(policies);
      assertThat(PolicyEvaluator.evaluate(cluster(), policies)).isEqualTo(expected);
    }
    assertThat(expected)
        .extracting(PolicyViolation::policyName)
        .containsExactly("d-tenancy", "b-providers", "a-regions", "c-sizes", "c-sizes");
  }

  private static Arguments row(
      String description,
      Consumer<PlatformPolicySpec> spec,
      PolicyRequest request,
      String... expected) {
    return Arguments.of(description, spec, request, List.of(expected));
  }
}
