package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;

/** The team's namespace and where it lives. */
public class KubernetesSpec {

  @Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
  @Size(max = 63)
  @JsonPropertyDescription(
      "Name of a Cluster in the same namespace to create the team's namespace on. Default: the hub"
          + " cluster the operator runs on.")
  private String clusterRef;

  @Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
  @Size(max = 63)
  @JsonPropertyDescription("Name of the team's namespace. Default: <team>-<stage>.")
  private String namespace;

  @JsonPropertyDescription("Resource quota of the namespace. Defaults: cpu 4, memory 8Gi, pods 50.")
  private QuotaSpec quota;

  public String getClusterRef() {
    return clusterRef;
  }

  public void setClusterRef(String clusterRef) {
    this.clusterRef = clusterRef;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public QuotaSpec getQuota() {
    return quota;
  }

  public void setQuota(QuotaSpec quota) {
    this.quota = quota;
  }
}
