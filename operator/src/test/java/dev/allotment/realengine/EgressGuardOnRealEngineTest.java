package dev.allotment.realengine;

import static dev.allotment.testing.RealEngine.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.helm.Helm;
import dev.allotment.policy.NamespaceBinding;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Admission;
import dev.allotment.testing.Baselines;
import dev.allotment.testing.ControlPlane;
import dev.allotment.testing.Examples;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The chart's egress guard on a namespace the real kubernetes provider created (issue 21, item 3):
 * the operator runs as the chart's service account (its provider impersonates it), the chart's
 * admission policies are on the API server, and the namespace's own deployer, admin there, still
 * cannot remove or loosen {@code platform-egress}. The provider labels what it creates with server
 * side apply off {@code app.kubernetes.io/managed-by: pulumi}, so a guard that selected on that
 * label covered no namespace at all.
 */
class EgressGuardOnRealEngineTest {

  @RegisterExtension static final TestCluster CLUSTER = TestCluster.forAnyTeam();

  /** The chart's service account, as {@code helm template} names it for release "allotment". */
  private static final String OPERATOR =
      "system:serviceaccount:" + Helm.NAMESPACE + ":" + Helm.RELEASE;

  private static final String OPERATOR_IS_ADMIN = "allotment-test-operator-is-admin";
  private static final List<String> POLICIES = List.of("egress", "namespace-marks");

  private final RealEngine real = RealEngine.inline();

  @RegisterExtension
  final RunningOperator operator = RunningOperator.on(CLUSTER, real).startedByTheTest();

  private final StackResources<TeamEnvironment> environments = operator.environments();

  @BeforeEach
  void guardTheHubAndRunTheOperatorAsTheChartsServiceAccount() throws IOException {
    CLUSTER
        .client()
        .rbac()
        .clusterRoleBindings()
        .resource(
            Admission.clusterAdmin(
                OPERATOR_IS_ADMIN,
                new SubjectBuilder()
                    .withKind("ServiceAccount")
                    .withName(Helm.RELEASE)
                    .withNamespace(Helm.NAMESPACE)
                    .build()))
        .createOr(NonDeletingOperation::update);
    Helm helm = Helm.locate();
    for (String policy : POLICIES) {
      var applied =
          CLUSTER.kubectl().run(helm.admissionPolicy(policy), "apply", "--server-side", "-f", "-");
      assertThat(applied.ok()).as("%s", applied).isTrue();
    }
    real.cliEnvironment(
        Map.of(
            "KUBECONFIG",
            plane()
                .kubeconfigAs(
                    OPERATOR, "system:serviceaccounts", "system:serviceaccounts:" + Helm.NAMESPACE)
                .toString()));
    operator.start();
  }

  /** After the operator has destroyed what the test left (as the chart's service account). */
  @AfterAll
  static void unguardTheHub() {
    for (String policy : POLICIES) {
      String name = Helm.RELEASE + "-" + policy;
      CLUSTER
          .kubectl()
          .run(
              null,
              "delete",
              "--ignore-not-found",
              "validatingadmissionpolicybinding/" + name,
              "validatingadmissionpolicy/" + name);
    }
    CLUSTER.client().rbac().clusterRoleBindings().withName(OPERATOR_IS_ADMIN).delete();
  }

  @Test
  void theDeployerOfANamespaceTheRealProviderCreatedCannotOpenItsEgress() {
    TeamEnvironment created = environments.apply(Examples.development("real-guard"));
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    String namespace = "real-guard-development";
    KubernetesClient kube = CLUSTER.client();

    // As the provider left it: its own managed-by label, and the operator's kind label, which the
    // guard selects on.
    Namespace made = kube.namespaces().withName(namespace).get();
    assertThat(made.getMetadata().getLabels())
        .containsEntry(Groups.LABEL_MANAGED_BY, "pulumi")
        .containsEntry(Groups.LABEL_KIND, "teamenvironment")
        .containsEntry(Groups.LABEL_TEAM, "real-guard");
    // Nor does it order anything by itself (item 5): the platform never bound it.
    assertThat(NamespaceBinding.of(made).team()).isEmpty();

    String deployer = "system:serviceaccount:" + namespace + ":deployer";
    try (KubernetesClient team =
        plane()
            .clientAs(deployer, "system:serviceaccounts", "system:serviceaccounts:" + namespace)) {
      Resource<NetworkPolicy> egress =
          team.network().networkPolicies().inNamespace(namespace).withName("platform-egress");
      // The deployer is admin here: RBAC lets it manage NetworkPolicies; only the guard says no.
      team.network()
          .networkPolicies()
          .inNamespace(namespace)
          .resource(Admission.ingressOnly("team-ingress"))
          .create();
      await()
          .atMost(StackResources.DEADLINE)
          .untilAsserted(
              () ->
                  assertThatThrownBy(() -> egress.dryRun().delete())
                      .isInstanceOf(KubernetesClientException.class)
                      .hasMessageContaining(
                          "NetworkPolicy platform-egress is part of the platform baseline of"
                              + " namespace "
                              + namespace));
      assertThatThrownBy(egress::delete).hasMessageContaining("part of the platform baseline");
      assertThatThrownBy(
              () ->
                  egress.edit(
                      p -> {
                        p.getSpec().getEgress().get(0).getTo().get(0).getIpBlock().setExcept(null);
                        return p;
                      }))
          .hasMessageContaining("part of the platform baseline");
      assertThatThrownBy(
              () ->
                  team.network()
                      .networkPolicies()
                      .inNamespace(namespace)
                      .resource(
                          new NetworkPolicyBuilder()
                              .withNewMetadata()
                              .withName("allow-all-egress")
                              .endMetadata()
                              .withNewSpec()
                              .withNewPodSelector()
                              .endPodSelector()
                              .withPolicyTypes("Egress")
                              .addNewEgress()
                              .endEgress()
                              .endSpec()
                              .build())
                      .create())
          .hasMessageContaining("would allow egress to the cloud metadata endpoint");
    }
    Baselines.assertMetadataEgressDenied(kube, namespace);

    // The guard does not hold the operator: destroying removes the namespace and all in it.
    environments.delete(created);
    environments.awaitGone(created, OPERATION);
    await()
        .atMost(StackResources.DEADLINE)
        .until(() -> kube.namespaces().withName(namespace).get() == null);
  }

  private static ControlPlane plane() {
    return CLUSTER
        .controlPlane()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "needs the test control plane: it impersonates the chart's service account"));
  }
}
