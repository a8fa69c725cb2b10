package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/**
 * The ResourceQuota of the namespaces the operator creates: storage and exposure items, and the
 * ceilings of their compute.
 */
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

  @Size(max = 20)
  @Pattern(QuotaSpec.CPU_PATTERN)
  @JsonPropertyDescription(
      "Most CPU (requests and limits) a namespace of the stage may have, e.g. \"8\" or \"2500m\":"
          + " a TeamEnvironment whose spec.kubernetes.quota.cpu asks for more stalls"
          + " (ComputeQuotaAboveCeiling), one that asks for none gets the smaller of this and 4;"
          + " a vcluster host namespace gets this (default 4) as its quota. The smallest wins when"
          + " policies disagree.")
  private String cpu;

  @Size(max = 20)
  @Pattern(QuotaSpec.MEMORY_PATTERN)
  @JsonPropertyDescription(
      "Most memory (requests and limits) a namespace of the stage may have, e.g. \"16Gi\"; as"
          + " cpu, for spec.kubernetes.quota.memory (default 8Gi). The smallest wins when policies"
          + " disagree.")
  private String memory;

  @Min(1)
  @Max(10000)
  @JsonPropertyDescription(
      "Most pods in a namespace of the stage; as cpu, for spec.kubernetes.quota.pods (default"
          + " 50). The smallest wins when policies disagree.")
  private Integer pods;

  public String getCpu() {
    return cpu;
  }

  public void setCpu(String cpu) {
    this.cpu = cpu;
  }

  public String getMemory() {
    return memory;
  }

  public void setMemory(String memory) {
    this.memory = memory;
  }

  public Integer getPods() {
    return pods;
  }

  public void setPods(Integer pods) {
    this.pods = pods;
  }

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
