package dev.allotment.config;

import java.util.Optional;

/**
 * The part of the operator's configuration that Pulumi programs read. It is part of every stack's
 * fingerprint: changing a value here re-runs {@code up} on the stacks it affects.
 *
 * @param githubOrganization GitHub organization when a spec names none
 * @param azureSubscriptionId Azure subscription when a spec names none
 * @param azureLocation Azure location when a spec names none
 * @param argocdNamespace Argo CD's namespace on the hub
 * @param meshInjection annotate team namespaces for Linkerd proxy injection
 * @param hubApiServer API server URL of the hub as seen from GitHub Actions, written into the
 *     deployer kubeconfig
 */
public record ProgramDefaults(
    Optional<String> githubOrganization,
    Optional<String> azureSubscriptionId,
    Optional<String> azureLocation,
    String argocdNamespace,
    boolean meshInjection,
    String hubApiServer) {

  /** The in-cluster address, usable only from inside the hub. */
  public static final String IN_CLUSTER_API_SERVER = "https://kubernetes.default.svc";

  public ProgramDefaults {
    githubOrganization = githubOrganization.filter(s -> !s.isBlank());
    azureSubscriptionId = azureSubscriptionId.filter(s -> !s.isBlank());
    azureLocation = azureLocation.filter(s -> !s.isBlank());
  }

  /** Defaults with nothing configured; for tests and offline rendering. */
  public static ProgramDefaults none() {
    return new ProgramDefaults(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "argocd",
        false,
        IN_CLUSTER_API_SERVER);
  }

  /** A stable text form for fingerprints; holds no secrets by construction. */
  public String canonical() {
    return String.join(
        "|",
        githubOrganization.orElse(""),
        azureSubscriptionId.orElse(""),
        azureLocation.orElse(""),
        argocdNamespace,
        Boolean.toString(meshInjection),
        hubApiServer);
  }
}
