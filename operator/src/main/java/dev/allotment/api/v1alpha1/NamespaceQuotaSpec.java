package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/** Storage and exposure items of the ResourceQuota on every namespace the operator creates. */
public class NamespaceQuotaSpec {

  /** A number of bytes as Kubernetes writes storage: digits and an optional unit. */
  public static final String STORAGE_PATTERN = "^[0-9]+(Ki|Mi|Gi|Ti|Pi|K|M|G|T|P)?$";

  @Size(max = 20)
  @ValidationRule(
      value = "self.matches('" + STORAGE_PATTERN + "')",
      message = "storage must be a quantity of bytes such as 50Gi or 500Gi")
  @JsonPropertyDescription(
      "Total storage the namespace's PersistentVolumeClaims may request (requests.storage), e.g."
          + " 50Gi. Default: 50Gi. The smallest wins when policies disagree.")
  private String storage;

  @Min(0)
  @Max(10000)
  @JsonPropertyDescription(
      "Most PersistentVolumeClaims in the namespace. Default: 10. The smallest wins when policies"
          + " disagree.")
  private Integer persistentVolumeClaims;

  @Min(0)
  @Max(1000)
  @JsonPropertyDescription(
      "Most Services of type LoadBalancer in the namespace. Default: 0 (none). The smallest wins"
          + " when policies disagree.")
  private Integer loadBalancers;

  @Min(0)
  @Max(1000)
  @JsonPropertyDescription(
      "Most Services of type NodePort in the namespace. Default: 0 (none). The smallest wins when"
          + " policies disagree.")
  private Integer nodePorts;

  public String getStorage() {
    return storage;
  }

  public void setStorage(String storage) {
    this.storage = storage;
  }

  public Integer getPersistentVolumeClaims() {
    return persistentVolumeClaims;
  }

  public void setPersistentVolumeClaims(Integer persistentVolumeClaims) {
    this.persistentVolumeClaims = persistentVolumeClaims;
  }

  public Integer getLoadBalancers() {
    return loadBalancers;
  }

  public void setLoadBalancers(Integer loadBalancers) {
    this.loadBalancers = loadBalancers;
  }

  public Integer getNodePorts() {
    return nodePorts;
  }

  public void setNodePorts(Integer nodePorts) {
    this.nodePorts = nodePorts;
  }
}
