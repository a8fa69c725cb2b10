package dev.allotment.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.allotment.policy.NamespaceBinding;
import dev.allotment.testing.Admission;
import dev.allotment.testing.ControlPlane;
import dev.allotment.testing.StackResources;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
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
 * either would undo the baseline). The operator and the namespace controller are not held. The
 * guard selects namespaces by the operator's kind label, which only the operator may put on or take
 * off (the chart's second policy). {@code EgressGuardOnRealEngineTest} runs the guard on a
 * namespace the real kubernetes provider created.
 */
class EgressAdmissionPolicyTest {

  private static final String NAMESPACE = "payments-development";

  /** The chart's service account, as {@code helm template} names it for release "allotment". */
  private static final String OPERATOR =
      "system:serviceaccount:" + Helm.NAMESPACE + ":" + Helm.RELEASE;

  private static final String KIND = "platform.allotment.dev/kind";

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
                // As the kubernetes provider creates it (server-side apply off): its own
                // managed-by label, the operator's kind label.
                .addToLabels("app.kubernetes.io/managed-by", "pulumi")
                .addToLabels(KIND, "teamenvironment")
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
    admin
        .rbac()
        .clusterRoleBindings()
        .resource(
            Admission.clusterAdmin(
                "operator",
                new SubjectBuilder()
                    .withKind("User")
                    .withApiGroup("rbac.authorization.k8s.io")
                    .withName(OPERATOR)
                    .build()))
        .create();
    Helm helm = Helm.locate();
    for (String policy : List.of("egress", "namespace-marks")) {
      var applied =
          plane.kubectl().run(helm.admissionPolicy(policy), "apply", "--server-side", "-f", "-");
      assertThat(applied.ok()).as("%s", applied).isTrue();
    }
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
        .resource(Admission.ingressOnly("ingress-only"))
        .create();
    assertThat(admin.network().networkPolicies().inNamespace(NAMESPACE).list().getItems())
        .extracting(p -> p.getMetadata().getName())
        .contains("internet", "other-pods", "ingress-only")
        .doesNotContainAnyElementsOf(refused.keySet());
  }

  /**
   * The label the guard selects on is the operator's alone: no one else, cluster admins included,
   * takes a namespace out of the guard or marks one as Allotment's. Other labels stay free.
   */
  @Test
  void onlyTheOperatorMarksANamespaceAsAllotments() {
    await()
        .atMost(StackResources.DEADLINE)
        .untilAsserted(
            () ->
                assertThatThrownBy(() -> relabel(admin, NAMESPACE, KIND, null))
                    .isInstanceOf(KubernetesClientException.class)
                    .hasMessageContaining(
                        "label platform.allotment.dev/kind on Namespace payments-development"
                            + " marks the namespaces Allotment creates")
                    .hasMessageContaining("only the operator puts it on, changes or removes it"));
    assertThatThrownBy(() -> relabel(admin, NAMESPACE, KIND, "cluster"))
        .hasMessageContaining("only the operator");
    assertThatThrownBy(() -> admin.namespaces().resource(namespace("payments-mine", KIND)).create())
        .hasMessageContaining("only the operator");
    // Other labels, on marked namespaces or not, stay the platform's to set.
    relabel(admin, NAMESPACE, "example.com/owner", "payments");
    admin.namespaces().resource(namespace("payments-tools", null)).create();
    relabel(admin, "payments-tools", NamespaceBinding.TENANT_LABEL, "payments");
    assertThatThrownBy(() -> relabel(admin, "payments-tools", KIND, "teamenvironment"))
        .hasMessageContaining("only the operator");

    // The operator marks what it creates, and may unmark it.
    KubernetesClient operator = plane.clientAs(OPERATOR, "system:serviceaccounts");
    operator.namespaces().resource(namespace("payments-marked", KIND)).create();
    relabel(operator, "payments-marked", KIND, null);
    for (String name : List.of("payments-tools", "payments-marked")) {
      admin.namespaces().withName(name).delete();
    }
    assertThat(admin.namespaces().withName(NAMESPACE).get().getMetadata().getLabels())
        .containsEntry(KIND, "teamenvironment");
  }

  @Test
  void theOperatorAndTheNamespaceControllerAreNotHeld() {
    String other = "payments-test";
    KubernetesClient operator = plane.clientAs(OPERATOR, "system:serviceaccounts");
    await()
        .atMost(StackResources.DEADLINE)
        .untilAsserted(() -> operator.namespaces().resource(namespace(other, KIND)).create());
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

  /** A namespace, marked with the operator's kind label when {@code kindLabel} is given. */
  private static Namespace namespace(String name, String kindLabel) {
    var builder = new NamespaceBuilder().withNewMetadata().withName(name);
    if (kindLabel != null) {
      builder.addToLabels(kindLabel, "teamenvironment");
    }
    return builder.endMetadata().build();
  }

  /** Sets label {@code key} of namespace {@code name} to {@code value}; removes it on null. */
  private static void relabel(KubernetesClient client, String name, String key, String value) {
    client
        .namespaces()
        .withName(name)
        .edit(
            n -> {
              var labels = new java.util.HashMap<>(n.getMetadata().getLabels());
              if (value == null) {
                labels.remove(key);
              } else {
                labels.put(key, value);
              }
              n.getMetadata().setLabels(labels);
              return n;
            });
  }

  /**
   * The kubernetes provider deletes in the foreground: the API server then holds the policy with
   * finalizer foregroundDeletion, which the garbage collector removes. That update changes no spec
   * and must pass, or the operator's destroy never ends (as EgressGuardOnRealEngineTest found).
   */
  @Test
  void theGarbageCollectorFinishesADeletionTheOperatorStarted() {
    KubernetesClient operator = plane.clientAs(OPERATOR, "system:serviceaccounts");
    NetworkPolicy held = policy("platform-held", PLATFORM_LABELS, egressTo("0.0.0.0/0"));
    held.getMetadata().setFinalizers(List.of("allotment.dev/test-hold"));
    operator.network().networkPolicies().inNamespace(NAMESPACE).resource(held).create();
    var policy =
        operator.network().networkPolicies().inNamespace(NAMESPACE).withName("platform-held");
    policy.delete();
    assertThat(policy.get().getMetadata().getDeletionTimestamp()).isNotNull();

    KubernetesClient collector =
        plane.clientAs(
            "system:serviceaccount:kube-system:generic-garbage-collector", "system:masters");
    var asCollector =
        collector.network().networkPolicies().inNamespace(NAMESPACE).withName("platform-held");
    // Not a loophole: a spec change of a policy being deleted is still refused.
    await()
        .atMost(StackResources.DEADLINE)
        .untilAsserted(
            () ->
                assertThatThrownBy(
                        () ->
                            asCollector.edit(
                                p -> {
                                  p.getSpec().setEgress(List.of(egressTo("10.0.0.0/8")));
                                  return p;
                                }))
                    .hasMessageContaining("part of the platform baseline"));
    asCollector.edit(
        p -> {
          p.getMetadata().setFinalizers(List.of());
          return p;
        });
    await().atMost(StackResources.DEADLINE).until(() -> policy.get() == null);
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
