package dev.allotment;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, before the operator starts, what it cannot work without, so that a misconfigured install
 * fails with one line that says what to fix instead of a stack trace from deep inside an informer.
 */
final class Preflight {

  static final List<String> CRDS =
      List.of(
          "teamenvironments.platform.allotment.dev",
          "clusters.platform.allotment.dev",
          "platformpolicies.platform.allotment.dev",
          "nameclaims.platform.allotment.dev");

  private Preflight() {}

  /**
   * Every problem of the cluster found; empty when the operator can start there. (The Pulumi CLI is
   * checked by {@code PulumiCli.locate}.)
   */
  static List<String> check(KubernetesClient client) {
    List<String> problems = new ArrayList<>();
    try {
      for (String crd : CRDS) {
        if (client.apiextensions().v1().customResourceDefinitions().withName(crd).get() == null) {
          problems.add(
              "CustomResourceDefinition " + crd + " is not installed: kubectl apply -f crds/");
        }
      }
    } catch (KubernetesClientException e) {
      problems.add(
          "cannot reach the Kubernetes API at "
              + client.getMasterUrl()
              + " ("
              + describe(e)
              + "): check the current kube context or KUBECONFIG");
    }
    return problems;
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
