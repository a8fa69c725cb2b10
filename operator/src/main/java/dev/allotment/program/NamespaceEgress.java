package dev.allotment.program;

import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.networking.v1.NetworkPolicy;
import com.pulumi.kubernetes.networking.v1.NetworkPolicyArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IPBlockArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyEgressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyPeerArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyPortArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicySpecArgs;
import com.pulumi.resources.CustomResourceOptions;
import dev.allotment.api.v1alpha1.EgressPolicy;
import java.util.List;
import java.util.Map;

/**
 * The egress half of a namespace's baseline: one NetworkPolicy, {@value #NAME}, selecting every pod
 * of the namespace. DNS (port 53) is allowed to anywhere in both modes, so that resolvers on
 * link-local addresses (NodeLocal DNSCache's 169.254.20.10) keep working; cloud metadata services
 * answer on port 80, which stays refused.
 */
final class NamespaceEgress {

  /** The NetworkPolicy's name in the namespace; the same in both modes, so a switch updates it. */
  static final String NAME = "platform-egress";

  /** Where clouds serve instance metadata and node credentials (169.254.169.254 among them). */
  static final String LINK_LOCAL_V4 = "169.254.0.0/16";

  static final String LINK_LOCAL_V6 = "fe80::/10";

  private NamespaceEgress() {}

  /**
   * @param resourceName the Pulumi resource name
   * @param options the provider and dependencies of the objects inside the namespace
   */
  static NetworkPolicy declare(
      String resourceName,
      String namespace,
      Map<String, String> labels,
      EgressPolicy egress,
      CustomResourceOptions options) {
    var everyPod = LabelSelectorArgs.builder().build();
    var destinations =
        switch (egress) {
          case DenyMetadata ->
              NetworkPolicyEgressRuleArgs.builder()
                  .to(
                      NetworkPolicyPeerArgs.builder()
                          .ipBlock(
                              IPBlockArgs.builder().cidr("0.0.0.0/0").except(LINK_LOCAL_V4).build())
                          .build(),
                      NetworkPolicyPeerArgs.builder()
                          .ipBlock(IPBlockArgs.builder().cidr("::/0").except(LINK_LOCAL_V6).build())
                          .build(),
                      // Pods anywhere in the cluster, for plugins whose ipBlocks ignore pod IPs.
                      NetworkPolicyPeerArgs.builder().namespaceSelector(everyPod).build())
                  .build();
          case DenyAll ->
              NetworkPolicyEgressRuleArgs.builder()
                  .to(NetworkPolicyPeerArgs.builder().podSelector(everyPod).build())
                  .build();
        };
    var dns =
        NetworkPolicyEgressRuleArgs.builder()
            .ports(
                NetworkPolicyPortArgs.builder().protocol("UDP").port(53).build(),
                NetworkPolicyPortArgs.builder().protocol("TCP").port(53).build())
            .build();
    return new NetworkPolicy(
        resourceName,
        NetworkPolicyArgs.builder()
            .metadata(
                ObjectMetaArgs.builder().name(NAME).namespace(namespace).labels(labels).build())
            .spec(
                NetworkPolicySpecArgs.builder()
                    .podSelector(everyPod)
                    .policyTypes("Egress")
                    .egress(List.of(destinations, dns))
                    .build())
            .build(),
        options);
  }
}
