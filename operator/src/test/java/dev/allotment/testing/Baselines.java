package dev.allotment.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Checks of a namespace's baseline as a real API server holds and enforces it: the Pod Security
 * labels (enforced by the API server itself), the quota's storage and exposure items (enforced by
 * quota admission), and the egress policy (stored only: the test control plane has no network
 * plugin to enforce it).
 */
public final class Baselines {

  private Baselines() {}

  /** The namespace enforces, warns and audits {@code level}, at the latest version. */
  public static void assertPodSecurity(KubernetesClient kube, String namespace, String level) {
    assertThat(kube.namespaces().withName(namespace).get().getMetadata().getLabels())
        .containsEntry("pod-security.kubernetes.io/enforce", level)
        .containsEntry("pod-security.kubernetes.io/enforce-version", "latest")
        .containsEntry("pod-security.kubernetes.io/warn", level)
        .containsEntry("pod-security.kubernetes.io/audit", level);
  }

  /**
   * The namespace's one ResourceQuota holds the baseline's items, no LoadBalancers or NodePorts;
   * returns once the quota controller has computed its usage, without which quota admission judges
   * nothing.
   */
  public static void assertStorageQuota(
      KubernetesClient kube, String namespace, String storage, int claims) {
    var quotas = kube.resourceQuotas().inNamespace(namespace);
    assertThat(quotas.list().getItems())
        .singleElement()
        .satisfies(
            q ->
                assertThat(q.getSpec().getHard())
                    .containsEntry("requests.storage", new Quantity(storage))
                    .containsEntry("persistentvolumeclaims", new Quantity(Integer.toString(claims)))
                    .containsEntry("services.loadbalancers", new Quantity("0"))
                    .containsEntry("services.nodeports", new Quantity("0")));
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () -> quotas.list().getItems().get(0).getStatus(),
            status -> status != null && status.getHard() != null && status.getUsed() != null);
  }

  /** NetworkPolicy platform-egress lets every pod out anywhere but the link-local range. */
  public static void assertMetadataEgressDenied(KubernetesClient kube, String namespace) {
    NetworkPolicy egress =
        kube.network()
            .v1()
            .networkPolicies()
            .inNamespace(namespace)
            .withName("platform-egress")
            .get();
    assertThat(egress).as("NetworkPolicy platform-egress in %s", namespace).isNotNull();
    assertThat(egress.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
    assertThat(egress.getSpec().getPolicyTypes()).containsExactly("Egress");
    assertThat(egress.getSpec().getEgress().get(0).getTo())
        .anySatisfy(
            peer -> {
              assertThat(peer.getIpBlock().getCidr()).isEqualTo("0.0.0.0/0");
              assertThat(peer.getIpBlock().getExcept()).containsExactly("169.254.0.0/16");
            });
  }
}
