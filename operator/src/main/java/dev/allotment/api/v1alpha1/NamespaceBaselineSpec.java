package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The safety baseline of the namespaces the operator creates for a stage: team namespaces and
 * vcluster host namespaces. Every field is optional; an absent one keeps the default, and the
 * strictest value wins when policies disagree. A resource's spec cannot change it.
 */
public class NamespaceBaselineSpec {

  @JsonPropertyDescription(
      "Pod Security Standard enforced on team namespaces (labels"
          + " pod-security.kubernetes.io/enforce, warn and audit, version latest): privileged,"
          + " baseline or restricted. Default: restricted. vcluster host namespaces get baseline at"
          + " most, because vcluster's control plane runs as root.")
  private PodSecurityLevel podSecurity;

  @JsonPropertyDescription(
      "Egress of team namespaces: DenyMetadata allows everything but the link-local range"
          + " 169.254.0.0/16 (cloud metadata and credentials); DenyAll allows only the same"
          + " namespace and DNS. Default: DenyMetadata. vcluster host namespaces always get"
          + " DenyMetadata: the virtual cluster must reach the hub's API server.")
  private EgressPolicy egress;

  @JsonPropertyDescription(
      "Storage, PersistentVolumeClaim, LoadBalancer and NodePort items of the namespaces' quota,"
          + " and the ceilings of their CPU, memory and pods.")
  private NamespaceQuotaSpec quota;

  public PodSecurityLevel getPodSecurity() {
    return podSecurity;
  }

  public void setPodSecurity(PodSecurityLevel podSecurity) {
    this.podSecurity = podSecurity;
  }

  public EgressPolicy getEgress() {
    return egress;
  }

  public void setEgress(EgressPolicy egress) {
    this.egress = egress;
  }

  public NamespaceQuotaSpec getQuota() {
    return quota;
  }

  public void setQuota(NamespaceQuotaSpec quota) {
    this.quota = quota;
  }
}
