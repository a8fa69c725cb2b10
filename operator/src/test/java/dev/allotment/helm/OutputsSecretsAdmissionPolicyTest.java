package dev.allotment.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.allotment.testing.ControlPlane;
import dev.allotment.testing.StackResources;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chart's outputs-Secrets ValidatingAdmissionPolicy, enforced by the real API server: the label
 * platform.allotment.dev/kind, by which the operator's Secret informers select what they cache, is
 * the operator's alone. A team that is admin in its own namespace can neither create a Secret with
 * it, nor put it on a Secret, nor change or unlabel one the operator wrote; it keeps its other
 * Secrets, and may delete an outputs Secret (the operator writes it again).
 */
class OutputsSecretsAdmissionPolicyTest {

  private static final String NAMESPACE = "team-payments";
  private static final String KIND = "platform.allotment.dev/kind";

  /** The chart's service account, as {@code helm template} names it for release "allotment". */
  private static final String OPERATOR =
      "system:serviceaccount:" + Helm.NAMESPACE + ":" + Helm.RELEASE;

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
            new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .create();
    for (String subject : List.of("team-payments", OPERATOR)) {
      admin
          .rbac()
          .roleBindings()
          .inNamespace(NAMESPACE)
          .resource(
              new RoleBindingBuilder()
                  .withNewMetadata()
                  .withName(subject.startsWith("system:") ? "operator" : "team-admin")
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
            .run(
                Helm.locate().admissionPolicy("outputs-secrets"),
                "apply",
                "--server-side",
                "-f",
                "-");
    assertThat(applied.ok()).as("%s", applied).isTrue();
    // In force once even a cluster admin's labelled Secret is refused (one that got in before is
    // removed again).
    await()
        .atMost(StackResources.DEADLINE)
        .untilAsserted(
            () -> {
              try {
                create(admin, "probe", Map.of(KIND, "teamenvironment"));
              } catch (KubernetesClientException refused) {
                assertThat(refused).hasMessageContaining("only the operator writes such a Secret");
                return;
              }
              admin.secrets().inNamespace(NAMESPACE).withName("probe").delete();
              throw new AssertionError("the policy is not in force yet");
            });
  }

  @AfterAll
  static void stopTheControlPlane() {
    admin.close();
    plane.close();
  }

  @Test
  void aTenantCannotMakeTheOperatorCacheASecretOfItsOwn() {
    KubernetesClient tenant = plane.clientAs("mallory", "team-payments");
    assertThatThrownBy(() -> create(tenant, "bait", Map.of(KIND, "teamenvironment")))
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining(
            "Secret bait carries the label platform.allotment.dev/kind, which marks the Secrets"
                + " Allotment writes: only the operator writes such a Secret");
    assertThatThrownBy(() -> create(tenant, "bait-cluster", Map.of(KIND, "anything")))
        .hasMessageContaining("only the operator writes such a Secret");

    // Its own Secrets stay its own, but the label cannot be added to one later.
    create(tenant, "mine", Map.of("app", "web"));
    assertThatThrownBy(
            () ->
                tenant
                    .secrets()
                    .inNamespace(NAMESPACE)
                    .withName("mine")
                    .edit(s -> withLabel(s, KIND, "teamenvironment")))
        .hasMessageContaining("only the operator writes such a Secret");
    assertThat(admin.secrets().inNamespace(NAMESPACE).withLabel(KIND).list().getItems()).isEmpty();
  }

  @Test
  void onlyTheOperatorWritesAndChangesOutputsSecretsWhichTheTenantMayDelete() {
    KubernetesClient operator = plane.clientAs(OPERATOR, "system:serviceaccounts");
    KubernetesClient tenant = plane.clientAs("mallory", "team-payments");
    create(operator, "payments-dev-outputs", Map.of(KIND, "teamenvironment"));
    var written = tenant.secrets().inNamespace(NAMESPACE).withName("payments-dev-outputs");

    assertThatThrownBy(
            () ->
                written.edit(
                    s -> {
                      s.setStringData(Map.of("kubeconfig", "mine"));
                      return s;
                    }))
        .hasMessageContaining("only the operator writes such a Secret");
    assertThatThrownBy(
            () ->
                written.edit(
                    s -> {
                      s.getMetadata().getLabels().remove(KIND);
                      return s;
                    }))
        .hasMessageContaining("only the operator writes such a Secret");
    operator
        .secrets()
        .inNamespace(NAMESPACE)
        .withName("payments-dev-outputs")
        .edit(s -> withLabel(s, "platform.allotment.dev/team", "payments"));

    written.delete();
    await().atMost(StackResources.DEADLINE).untilAsserted(() -> assertThat(written.get()).isNull());
  }

  private static void create(KubernetesClient client, String name, Map<String, String> labels) {
    client
        .secrets()
        .inNamespace(NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(name)
                .withLabels(labels)
                .endMetadata()
                .withStringData(Map.of("kubeconfig", "x"))
                .build())
        .create();
  }

  private static Secret withLabel(Secret secret, String key, String value) {
    secret.getMetadata().getLabels().put(key, value);
    return secret;
  }
}
