package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** Which Clusters teams may order. */
public class ClusterPolicySpec {

  @Size(min = 1, max = 3)
  @JsonPropertyDescription(
      "Providers Clusters may use: digitalocean, azure, vcluster. Absent: every provider.")
  private List<ClusterProvider> allowedProviders;

  @Size(min = 1, max = 100)
  @JsonPropertyDescription(
      "Regions Clusters may run in (spec.region: a DigitalOcean region or an Azure location), e.g."
          + " [ams3, westeurope]. Not checked for vcluster, which runs on the hub. Compared"
          + " case-insensitively. Absent: every region.")
  private List<@Pattern("^[a-z0-9]+$") @Size(max = 40) String> allowedRegions;

  @Size(min = 1, max = 100)
  @JsonPropertyDescription(
      "Node sizes Clusters may use (spec.nodePool.size), e.g. [s-4vcpu-8gb, Standard_D4s_v5]. Not"
          + " checked for vcluster, which ignores the size. Compared case-insensitively. Absent:"
          + " every size.")
  private List<@Pattern("^[A-Za-z0-9_.-]+$") @Size(max = 80) String> allowedNodeSizes;

  @JsonPropertyDescription(
      "Most nodes a Cluster of each stage may have: applies to spec.nodePool.count and"
          + " spec.nodePool.autoScale.max. Not checked for vcluster. Absent stage: no limit.")
  private NodeCountLimitsSpec maxNodeCount;

  public List<ClusterProvider> getAllowedProviders() {
    return allowedProviders;
  }

  public void setAllowedProviders(List<ClusterProvider> allowedProviders) {
    this.allowedProviders = allowedProviders;
  }

  public List<String> getAllowedRegions() {
    return allowedRegions;
  }

  public void setAllowedRegions(List<String> allowedRegions) {
    this.allowedRegions = allowedRegions;
  }

  public List<String> getAllowedNodeSizes() {
    return allowedNodeSizes;
  }

  public void setAllowedNodeSizes(List<String> allowedNodeSizes) {
    this.allowedNodeSizes = allowedNodeSizes;
  }

  public NodeCountLimitsSpec getMaxNodeCount() {
    return maxNodeCount;
  }

  public void setMaxNodeCount(NodeCountLimitsSpec maxNodeCount) {
    this.maxNodeCount = maxNodeCount;
  }
}
