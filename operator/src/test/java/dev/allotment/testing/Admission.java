package dev.allotment.testing;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Optional;

/**
 * Asks a real API server whether it would admit an object, with a server-side dry run: every
 * admission plugin (Pod Security, ResourceQuota, LimitRanger) judges it, nothing is stored.
 */
public final class Admission {

  private Admission() {}

  /** Empty when the API server admits {@code object} into {@code namespace}; else its refusal. */
  public static Optional<String> refusal(
      KubernetesClient client, String namespace, HasMetadata object) {
    try {
      client.resource(object).inNamespace(namespace).dryRun().create();
      return Optional.empty();
    } catch (KubernetesClientException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** A privileged pod that mounts the node's root: what Pod Security exists to refuse. */
  public static Pod privileged(String serviceAccount) {
    return pod(
        "privileged",
        serviceAccount,
        new SecurityContextBuilder().withPrivileged(true).build(),
        true);
  }

  /** A pod that follows the restricted standard: non-root, no escalation, no capabilities. */
  public static Pod restricted(String serviceAccount) {
    return pod(
        "restricted",
        serviceAccount,
        new SecurityContextBuilder()
            .withRunAsNonRoot(true)
            .withRunAsUser(65532L)
            .withAllowPrivilegeEscalation(false)
            .withNewCapabilities()
            .addToDrop("ALL")
            .endCapabilities()
            .withNewSeccompProfile()
            .withType("RuntimeDefault")
            .endSeccompProfile()
            .build(),
        false);
  }

  /**
   * A pod with the container security context of vcluster's control plane in chart 0.21.2 (values
   * {@code controlPlane.statefulSet.security}: no pod security context; the container runs as user
   * and group 0 with {@code allowPrivilegeEscalation: false}). Restricted refuses it (root, no
   * seccomp profile, capabilities not dropped); baseline admits it.
   */
  public static Pod vclusterControlPlane(String serviceAccount) {
    return pod(
        "vcluster-control-plane",
        serviceAccount,
        new SecurityContextBuilder()
            .withAllowPrivilegeEscalation(false)
            .withRunAsUser(0L)
            .withRunAsGroup(0L)
            .build(),
        false);
  }

  /** A Service of type {@code type} (NodePort, LoadBalancer) on port 80. */
  public static Service service(String type) {
    return new ServiceBuilder()
        .withNewMetadata()
        .withName(type.toLowerCase(java.util.Locale.ROOT))
        .endMetadata()
        .withNewSpec()
        .withType(type)
        .addToSelector("app", "web")
        .addNewPort()
        .withPort(80)
        .endPort()
        .endSpec()
        .build();
  }

  /** A NetworkPolicy that admits ingress from anywhere and says nothing of egress. */
  public static NetworkPolicy ingressOnly(String name) {
    return new NetworkPolicyBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withNewSpec()
        .withNewPodSelector()
        .endPodSelector()
        .withPolicyTypes("Ingress")
        .addNewIngress()
        .endIngress()
        .endSpec()
        .build();
  }

  /**
   * A ClusterRoleBinding {@code name} that makes {@code subject} (a User or ServiceAccount, by
   * name) cluster-admin: for a client a test impersonates, so that only admission can refuse it.
   */
  public static ClusterRoleBinding clusterAdmin(String name, Subject subject) {
    return new ClusterRoleBindingBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withNewRoleRef()
        .withApiGroup("rbac.authorization.k8s.io")
        .withKind("ClusterRole")
        .withName("cluster-admin")
        .endRoleRef()
        .withSubjects(subject)
        .build();
  }

  private static Pod pod(
      String name, String serviceAccount, SecurityContext security, boolean hostRoot) {
    var builder =
        new PodBuilder()
            .withNewMetadata()
            .withName(name)
            .endMetadata()
            .withNewSpec()
            .withServiceAccountName(serviceAccount)
            .addNewContainer()
            .withName("main")
            .withImage("registry.example/app:1")
            .withSecurityContext(security)
            .endContainer()
            .endSpec();
    if (hostRoot) {
      builder
          .editSpec()
          .addNewVolume()
          .withName("host")
          .withNewHostPath()
          .withPath("/")
          .endHostPath()
          .endVolume()
          .editFirstContainer()
          .addNewVolumeMount()
          .withName("host")
          .withMountPath("/host")
          .endVolumeMount()
          .endContainer()
          .endSpec();
    }
    return builder.build();
  }
}
