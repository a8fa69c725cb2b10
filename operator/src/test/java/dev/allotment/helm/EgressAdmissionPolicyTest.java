package dev.allotment.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.allotment.testing.ControlPlane;
import dev.allotment.testing.StackResources;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chart's egress ValidatingAdmissionPolicy, enforced by the real API server: in a namespace
 * Allotment created, the team's deployer is admin, yet it can neither remove the platform's egress
 * NetworkPolicy nor add one that reaches the cloud metadata endpoint (NetworkPolicies add up, so
 * either would undo the baseline). The operator and the namespace controller are not held.
 */
class EgressAdmissionPolicyTest {

  private static final String NAMESPACE = "payments-development";

  /** The chart's service account, as {@code helm template} names it for release "allotment". */
  private static final String OPERATOR =
      "system:serviceaccount:" + Helm.NAMESPACE + ":" + Helm.RELEASE;

  private static final Map<String, String> PLATFORM_LABELS =
      Map.of("app.kubernetes.io/managed-by", "allotment");

  /** Its own control plane, so that no other test class meets the policy. */
  private static ControlPlane plane;

  private static KubernetesClient admin;

  @BeforeAll
  static void startTheControlPlane() throws Exception {
    plane = ControlPlane.start();
    admin = plane.client();
    admin
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(NAMESPACE)
                .addToLabels("app.kubernetes.io/managed-by", "allotment")
                .addToLabels("platform.allotment.dev/kind", "teamenvironment")
                .addToLabels("platform.allotment.dev/team", "payments")
                .endMetadata()
                .build())
        .create();
    // As the program leaves it: the platform's egress policy, then the deployer made admin.
    admin
        .network()
        .networkPolicies()
        .inNamespace(NAMESPACE)
        .resource(
            policy(
                "platform-egress",
                PLATFORM_LABELS,
                egressTo("0.0.0.0/0", List.of("169.254.0.0/16"))))
        .create();
    for (String subject : List.of("team-payments", OPERATOR)) {
      admin
          .rbac()
          .roleBindings()
          .inNamespace(NAMESPACE)
          .resource(
              new RoleBindingBuilder()
                  .withNewMetadata()
                  .withName(subject.startsWith("system:") ? "operator" : "deployer-admin")
                  .endMetadata()
                  .withNewRoleRef()
                  .withApiGroup("rbac.authorization.k8s.io")
                  .withKind("ClusterRole")
                  .withName("admin")
                  .endRoleRef()
                  .addNewSubject()
                  .withKind(subject.startsWith("system:") ? "User" : "Group")
                  .withApiGroup("rbac.authorization.k8s.io")
                  .withName(subject)
                  .endSubject()
                  .build())
          .create();
    }
    var applied =
        plane
            .kubectl()
            .run(Helm.locate().admissionPolicy("egress"), "apply", "--server-side", "-f", "-");
    assertThat(applied.ok()).as("%s", applied).isTrue();
  }

  @AfterAll
  static void stopTheControlPlane() {
    admin.close();
    plane.close();
  }

  @Test
  void theTeamCannotRemoveNorChangeThePlatformsEgressPolicy() {
    KubernetesClient deployer = plane.clientAs("mallory", "team-payments");
    await()
        .atMost(StackResources.DEADLINE)
        .untilAsserted(
            () ->
                assertThatThrownBy(() -> platformEgress(deployer).delete())
                    .isInstanceOf(KubernetesClientException.class)
                    .hasMessageContaining(
                        "NetworkPolicy platform-egress is part of the platform baseline of"
                            + " namespace payments-development"));
    assertThatThrownBy(
            () ->
                platformEgress(deployer)
                    .edit(p -> policy("platform-egress", PLATFORM_LABELS, egressTo("0.0.0.0/0"))))
        .hasMessageContaining("part of the platform baseline");
    assertThat(platformEgress(admin).get().getSpec().getEgress())
        .singleElement()
        .satisfies(r -> assertThat(r.getTo().get(0).getIpBlock().getExcept()).isNotEmpty());
  }

  @Test
  void noPolicyOfTheTeamMayReachTheMetadataEndpoint() {
    KubernetesClient deployer = plane.clientAs("mallory", "team-payments");
    var refused =
        Map.of(
            "allow-all-egress", new NetworkPolicyEgressRuleBuilder().build(),
            "allow-internet", egressTo("0.0.0.0/0"),
            "allow-metadata", egressTo("169.254.169.254/32"),
            "except-too-little", egressTo("128.0.0.0/1", List.of("169.254.169.0/30")));
    await()
        .atMost(StackResources.DEADLINE)
        .untilAsserted(
            () ->
                assertThatThrownBy(
                        () -> create(deployer, "allow-all-egress", refused.get("allow-all-egress")))
                    .isInstanceOf(KubernetesClientException.class)
                    .hasMessageContaining(
                        "NetworkPolicy allow-all-egress would allow egress to the cloud metadata"
                            + " endpoint 169.254.169.254"));
    refused.forEach(
        (name, rule) ->
            assertThatThrownBy(() -> create(deployer, name, rule))
                .as(name)
                .hasMessageContaining("would allow egress to the cloud metadata endpoint"));

    // What a team does need stays open: the internet without the link-local range, other pods,
    // and ingress rules.
    create(deployer, "internet", egressTo("0.0.0.0/0", List.of("169.254.0.0/16")));
    create(
        deployer,
        "other-pods",
        new NetworkPolicyEgressRuleBuilder()
            .addNewTo()
            .withNewNamespaceSelector()
            .endNamespaceSelector()
            .endTo()
            .build());
    deployer
        .network()
        .networkPolicies()
        .inNamespace(NAMESPACE)
        .resource(
            new NetworkPolicyBuilder()
                .withNewMetadata()
                .withName("ingress-only")
                .endMetadata()
                .withNewSpec()
                .withNewPodSelector()
                .endPodSelector()
                .withPolicyTypes("Ingress")
                .addNewIngress()
                .endIngress()
                .endSpec()
                .build())
        .create();
    assertThat(admin.network().networkPolicies().inNamespace(NAMESPACE).list().getItems())
        .extracting(p -> p.getMetadata().getName())
        .contains("internet", "other-pods", "ingress-only")
        .doesNotContainAnyElementsOf(refused.keySet());
  }

  @Test
  void theOperatorAndTheNamespaceControllerAreNotHeld() {
    String other = "payments-test";
    admin
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(other)
                .addToLabels("app.kubernetes.io/managed-by", "allotment")
                .addToLabels("platform.allotment.dev/kind", "teamenvironment")
                .endMetadata()
                .build())
        .create();
    await()
        .atMost(StackResources.DEADLINE)
        .untilAsserted(
            () ->
                assertThatThrownBy(
                        () ->
                            admin
                                .network()
                                .networkPolicies()
                                .inNamespace(other)
                                .resource(
                                    policy(
                                        "probe",
                                        Map.of(),
                                        new NetworkPolicyEgressRuleBuilder().build()))
                                .create())
                    .hasMessageContaining("would allow egress"));
    // The operator changes what it made (a PlatformPolicy moved the stage to another egress).
    KubernetesClient operator = plane.clientAs(OPERATOR, "system:serviceaccounts");
    platformEgress(operator)
        .edit(
            p -> {
              p.getSpec().setEgress(List.of(egressTo("0.0.0.0/0", List.of("169.254.0.0/16"))));
              return p;
            });

    // Deleting a team namespace removes the platform's policy with it.
    admin
        .network()
        .networkPolicies()
        .inNamespace(other)
        .resource(policy("platform-egress", PLATFORM_LABELS, egressTo("10.0.0.0/8")))
        .create();
    admin.namespaces().withName(other).delete();
    await()
        .atMost(StackResources.DEADLINE)
        .untilAsserted(() -> assertThat(admin.namespaces().withName(other).get()).isNull());
  }

  private static Resource<NetworkPolicy> platformEgress(KubernetesClient client) {
    return client.network().networkPolicies().inNamespace(NAMESPACE).withName("platform-egress");
  }

  private static void create(KubernetesClient client, String name, NetworkPolicyEgressRule rule) {
    client
        .network()
        .networkPolicies()
        .inNamespace(NAMESPACE)
        .resource(policy(name, Map.of(), rule))
        .create();
  }

  private static NetworkPolicy policy(
      String name, Map<String, String> labels, NetworkPolicyEgressRule rule) {
    return new NetworkPolicyBuilder()
        .withNewMetadata()
        .withName(name)
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .withNewPodSelector()
        .endPodSelector()
        .withPolicyTypes("Egress")
        .withEgress(rule)
        .endSpec()
        .build();
  }

  private static NetworkPolicyEgressRule egressTo(String cidr) {
    return egressTo(cidr, List.of());
  }

  private static NetworkPolicyEgressRule egressTo(String cidr, List<String> except) {
    return new NetworkPolicyEgressRuleBuilder()
        .addNewTo()
        .withNewIpBlock()
        .withCidr(cidr)
        .withExcept(except)
        .endIpBlock()
        .endTo()
        .build();
  }
}
