package dev.allotment;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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

  /** Every problem found; empty when the operator can start. */
  static List<String> check(KubernetesClient client, String pulumiCommand) {
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
    pulumiProblem(pulumiCommand).ifPresent(problems::add);
    return problems;
  }

  private static Optional<String> pulumiProblem(String command) {
    try {
      Process process = new ProcessBuilder(command, "version").redirectErrorStream(true).start();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.of("'" + command + " version' did not answer within 30s");
      }
      return process.exitValue() == 0
          ? Optional.empty()
          : Optional.of("'" + command + " version' failed: is the Pulumi CLI installed?");
    } catch (IOException e) {
      return Optional.of(
          "the Pulumi CLI ('"
              + command
              + "') is not on PATH: install Pulumi 3.x (the operator image ships it)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while checking the Pulumi CLI");
    }
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
