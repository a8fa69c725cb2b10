package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a Cluster runs. */
public enum ClusterProvider {
  /** A DigitalOcean Kubernetes (DOKS) cluster with its node pool. */
  @JsonProperty("digitalocean")
  DIGITALOCEAN,
  /** An AKS managed cluster in the team's resource group. */
  @JsonProperty("azure")
  AZURE,
  /** A virtual cluster on the hub (the vcluster Helm chart): cheap, for development. */
  @JsonProperty("vcluster")
  VCLUSTER
}
