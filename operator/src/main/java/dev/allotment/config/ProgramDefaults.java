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
 * @param vclusterChartRepository Helm repository the vcluster chart comes from: the public one, or
 *     a mirror for clusters that reach no internet
 * @param operatorNamespace the namespace the operator runs in (where its state, passphrase and
 *     credentials live), reserved like the hub's own namespaces: no team may name it. Programs do
 *     not read it, so it is not part of the fingerprint
 */
public record ProgramDefaults(
    Optional<String> githubOrganization,
    Optional<String> azureSubscriptionId,
    Optional<String> azureLocation,
    String argocdNamespace,
    boolean meshInjection,
    String hubApiServer,
    String vclusterChartRepository,
    String operatorNamespace) {

  /** Where the chart's README installs the operator; the operator's namespace unless told. */
  public static final String OPERATOR_NAMESPACE = "allotment-system";

  /** The in-cluster address, usable only from inside the hub. */
  public static final String IN_CLUSTER_API_SERVER = "https://kubernetes.default.svc";

  /** The vcluster project's public chart repository. */
  public static final String VCLUSTER_CHART_REPOSITORY = "https://charts.loft.sh";

  /** Defaults of an operator in {@value #OPERATOR_NAMESPACE}. */
  public ProgramDefaults(
      Optional<String> githubOrganization,
      Optional<String> azureSubscriptionId,
      Optional<String> azureLocation,
      String argocdNamespace,
      boolean meshInjection,
      String hubApiServer,
      String vclusterChartRepository) {
    this(
        githubOrganization,
        azureSubscriptionId,
        azureLocation,
        argocdNamespace,
        meshInjection,
        hubApiServer,
        vclusterChartRepository,
        OPERATOR_NAMESPACE);
  }

  /** Defaults with the public vcluster chart repository. */
  public ProgramDefaults(
      Optional<String> githubOrganization,
      Optional<String> azureSubscriptionId,
      Optional<String> azureLocation,
      String argocdNamespace,
      boolean meshInjection,
      String hubApiServer) {
    this(
        githubOrganization,
        azureSubscriptionId,
        azureLocation,
        argocdNamespace,
        meshInjection,
        hubApiServer,
        VCLUSTER_CHART_REPOSITORY);
  }

  public ProgramDefaults {
    githubOrganization = githubOrganization.filter(s -> !s.isBlank());
    azureSubscriptionId = azureSubscriptionId.filter(s -> !s.isBlank());
    azureLocation = azureLocation.filter(s -> !s.isBlank());
    if (operatorNamespace == null || operatorNamespace.isBlank()) {
      operatorNamespace = OPERATOR_NAMESPACE;
    }
  }

  /** The same defaults for an operator running in {@code namespace}. */
  public ProgramDefaults withOperatorNamespace(String namespace) {
    return new ProgramDefaults(
        githubOrganization,
        azureSubscriptionId,
        azureLocation,
        argocdNamespace,
        meshInjection,
        hubApiServer,
        vclusterChartRepository,
        namespace);
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

  /**
   * A stable text form for fingerprints; holds no secrets by construction. The chart repository is
   * in it only when it is not the public one, so that the fingerprints of existing stacks stayed
   * the same when it was added.
   */
  public String canonical() {
    String canonical =
        String.join(
            "|",
            githubOrganization.orElse(""),
            azureSubscriptionId.orElse(""),
            azureLocation.orElse(""),
            argocdNamespace,
            Boolean.toString(meshInjection),
            hubApiServer);
    return VCLUSTER_CHART_REPOSITORY.equals(vclusterChartRepository)
        ? canonical
        : canonical + "|" + vclusterChartRepository;
  }
}
