package dev.allotment.program;

import dev.allotment.api.v1alpha1.EgressPolicy;
import dev.allotment.api.v1alpha1.PodSecurityLevel;
import dev.allotment.engine.Canonical;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The platform's baseline for a namespace the operator creates: its Pod Security level, its egress,
 * and the storage and exposure items of its quota. Set per stage by PlatformPolicies, never by a
 * resource's spec. Its {@code toString()} is part of the model's, and so of the fingerprint: a
 * policy that changes it updates the namespaces.
 *
 * @param podSecurity the Pod Security Standard enforced, warned and audited
 * @param egress where the namespace's pods may connect
 * @param storage total {@code requests.storage} of the namespace's claims, e.g. {@code 50Gi}
 * @param persistentVolumeClaims most claims in the namespace
 * @param loadBalancers most Services of type LoadBalancer
 * @param nodePorts most Services of type NodePort
 */
public record NamespaceBaseline(
    PodSecurityLevel podSecurity,
    EgressPolicy egress,
    String storage,
    int persistentVolumeClaims,
    int loadBalancers,
    int nodePorts) {

  /** What a namespace gets when no PlatformPolicy says otherwise. */
  public static final NamespaceBaseline DEFAULT =
      new NamespaceBaseline(
          PodSecurityLevel.RESTRICTED, EgressPolicy.DenyMetadata, "50Gi", 10, 0, 0);

  /**
   * The most a vcluster host namespace enforces: vcluster's control plane runs as root (chart
   * 0.21.2: {@code runAsUser: 0}), which restricted refuses and baseline admits.
   */
  static final PodSecurityLevel VCLUSTER_HOST_CEILING = PodSecurityLevel.BASELINE;

  /** The volume vcluster's own control plane claims in its host namespace (chart 0.21.2). */
  static final String VCLUSTER_VOLUME = "5Gi";

  public NamespaceBaseline {
    Objects.requireNonNull(podSecurity, "podSecurity");
    Objects.requireNonNull(egress, "egress");
    Objects.requireNonNull(storage, "storage");
  }

  /**
   * This baseline as it applies to a vcluster host namespace, which runs the virtual cluster's
   * control plane next to the pods synced out of it: Pod Security at most {@link
   * #VCLUSTER_HOST_CEILING}; egress {@link EgressPolicy#DenyMetadata} whatever the stage says (the
   * control plane must reach the hub's API server, wherever that is); room in the quota for the
   * control plane's own volume on top of what the team gets.
   */
  /** Its part of a model's canonical text (see {@link Canonical}), keys written out. */
  Map<String, Object> canonical() {
    return Map.of(
        "podSecurity", podSecurity,
        "egress", egress,
        "storage", storage,
        "persistentVolumeClaims", persistentVolumeClaims,
        "loadBalancers", loadBalancers,
        "nodePorts", nodePorts);
  }

  public NamespaceBaseline forVclusterHost() {
    return new NamespaceBaseline(
        podSecurity.compareTo(VCLUSTER_HOST_CEILING) > 0 ? VCLUSTER_HOST_CEILING : podSecurity,
        EgressPolicy.DenyMetadata,
        sum(storage, VCLUSTER_VOLUME),
        persistentVolumeClaims + 1,
        loadBalancers,
        nodePorts);
  }

  /** The Pod Security Admission labels: enforce, warn and audit at the level, version latest. */
  public Map<String, String> podSecurityLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String mode : new String[] {"enforce", "warn", "audit"}) {
      labels.put("pod-security.kubernetes.io/" + mode, podSecurity.value());
      labels.put("pod-security.kubernetes.io/" + mode + "-version", "latest");
    }
    return labels;
  }

  /** The quota items this baseline adds to a namespace's ResourceQuota. */
  public Map<String, String> quotaItems() {
    Map<String, String> items = new LinkedHashMap<>();
    items.put("requests.storage", storage);
    items.put("persistentvolumeclaims", Integer.toString(persistentVolumeClaims));
    items.put("services.loadbalancers", Integer.toString(loadBalancers));
    items.put("services.nodeports", Integer.toString(nodePorts));
    return items;
  }

  /** {@code a + b} in the largest binary unit that writes it exactly, e.g. 50Gi + 5Gi = 55Gi. */
  static String sum(String a, String b) {
    BigDecimal bytes =
        Quantity.getAmountInBytes(new Quantity(a)).add(Quantity.getAmountInBytes(new Quantity(b)));
    for (String unit : new String[] {"Pi", "Ti", "Gi", "Mi", "Ki"}) {
      BigDecimal size = Quantity.getAmountInBytes(new Quantity("1" + unit));
      BigDecimal[] division = bytes.divideAndRemainder(size);
      if (division[1].signum() == 0) {
        return division[0].toBigInteger() + unit;
      }
    }
    return bytes.toBigInteger().toString();
  }
}
