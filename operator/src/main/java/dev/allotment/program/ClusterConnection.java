package dev.allotment.program;

/**
 * How a program reaches a Cluster other than the hub: its API server and kubeconfig. {@code
 * toString} hides the kubeconfig.
 */
public record ClusterConnection(String server, String kubeconfig) {
  @Override
  public String toString() {
    return "ClusterConnection[server=" + server + "]";
  }
}
