package dev.allotment.program;

import dev.allotment.api.v1alpha1.ArgoCdSpec;
import dev.allotment.api.v1alpha1.AutoScaleSpec;
import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.ClusterSpec;
import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.Canonical;
import dev.allotment.validation.ClusterValidator;
import dev.allotment.validation.InvalidSpecException;
import dev.allotment.validation.OwnedNames;
import dev.allotment.validation.SpecProblem;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Cluster with defaults applied and names derived. Its fingerprint is computed from {@link
 * #canonical()}; its {@code toString()} only for the legacy fingerprint of earlier operators, so
 * every component keeps a stable text form (sorted maps, no hash-ordered collections).
 */
public record ClusterModel(
    String name,
    String namespace,
    String team,
    Stage stage,
    ClusterProvider provider,
    Optional<String> region,
    String version,
    Optional<String> nodeSize,
    int nodeCount,
    Optional<Integer> minNodes,
    Optional<Integer> maxNodes,
    boolean argocdRegister,
    String argocdNamespace,
    Optional<String> argocdProject,
    Map<String, String> argocdLabels,
    DeletionPolicy deletionPolicy,
    Optional<String> azureSubscriptionId,
    Optional<String> vclusterChartRepository,
    Optional<NamespaceBaseline> vclusterHostBaseline,
    Optional<ComputeQuota> vclusterHostCompute) {

  public static final String LATEST = "latest";

  public ClusterModel {
    argocdLabels = Collections.unmodifiableMap(new TreeMap<>(argocdLabels));
  }

  /** The model as canonical text, keys written out: see {@link TeamEnvironmentModel#canonical}. */
  public String canonical() {
    return new Canonical()
        .with("name", name)
        .with("namespace", namespace)
        .with("team", team)
        .with("stage", stage.value())
        .with("provider", provider)
        .with("region", region)
        .with("version", version)
        .with("nodePool.size", nodeSize)
        .with("nodePool.count", nodeCount)
        .with("nodePool.autoScale.min", minNodes)
        .with("nodePool.autoScale.max", maxNodes)
        .with("argocd.register", argocdRegister)
        .with("argocd.namespace", argocdNamespace)
        .with("argocd.project", argocdProject)
        .with("argocd.labels", argocdLabels)
        .with("deletionPolicy", deletionPolicy)
        .with("azure.subscriptionId", azureSubscriptionId)
        .with("vcluster.chartRepository", vclusterChartRepository)
        .with("vcluster.hostBaseline", vclusterHostBaseline.map(NamespaceBaseline::canonical))
        .with("vcluster.hostCompute", vclusterHostCompute.map(ComputeQuota::canonical))
        .text();
  }

  /**
   * The model's {@code toString()} as operators before the vcluster host's compute quota wrote it,
   * the input of the legacy fingerprint: without that component when it is absent. A vcluster's has
   * none: its host namespace gained a quota, which its stack must apply.
   */
  public String legacyText() {
    String text = toString();
    String absent = ", vclusterHostCompute=" + Optional.empty() + "]";
    return text.endsWith(absent) ? text.substring(0, text.length() - absent.length()) + "]" : text;
  }

  /**
   * Validates the spec and applies defaults, or names every problem; a vcluster's host namespace
   * gets the {@link NamespaceBaseline#DEFAULT default baseline}.
   */
  public static ClusterModel resolve(Cluster cluster, ProgramDefaults defaults)
      throws InvalidSpecException {
    return resolve(cluster, defaults, NamespaceBaseline.DEFAULT);
  }

  /**
   * Validates the spec and applies defaults, or names every problem.
   *
   * @param baseline the platform's baseline for the namespaces of the stage; a vcluster's host
   *     namespace gets it as {@link NamespaceBaseline#forVclusterHost()} makes it, other providers
   *     create no namespace
   */
  public static ClusterModel resolve(
      Cluster cluster, ProgramDefaults defaults, NamespaceBaseline baseline)
      throws InvalidSpecException {
    return resolve(cluster, defaults, baseline, ComputeQuota.DEFAULT);
  }

  /**
   * Validates the spec and applies defaults, or names every problem.
   *
   * @param baseline the platform's baseline for the namespaces of the stage; a vcluster's host
   *     namespace gets it as {@link NamespaceBaseline#forVclusterHost()} makes it, other providers
   *     create no namespace
   * @param compute the compute quota of a vcluster's host namespace
   */
  public static ClusterModel resolve(
      Cluster cluster, ProgramDefaults defaults, NamespaceBaseline baseline, ComputeQuota compute)
      throws InvalidSpecException {
    ClusterSpec spec = cluster.getSpec();
    List<SpecProblem> problems =
        new java.util.ArrayList<>(ClusterValidator.validate(spec, defaults));
    if (problems.isEmpty()) {
      problems.addAll(
          dev.allotment.validation.DerivedNames.cluster(
              cluster.getMetadata().getNamespace(), cluster.getMetadata().getName(), spec));
    }
    if (!problems.isEmpty()) {
      throw new InvalidSpecException(problems);
    }
    Optional<ArgoCdSpec> argocd = Optional.ofNullable(spec.getArgocd());
    Optional<AutoScaleSpec> autoScale = Optional.ofNullable(spec.getNodePool().getAutoScale());
    Optional<String> region =
        Optional.ofNullable(spec.getRegion())
            .or(
                () ->
                    spec.getProvider() == ClusterProvider.AZURE
                        ? defaults.azureLocation()
                        : Optional.empty());
    return new ClusterModel(
        cluster.getMetadata().getName(),
        cluster.getMetadata().getNamespace(),
        spec.getTeam(),
        spec.getStage(),
        spec.getProvider(),
        spec.getProvider() == ClusterProvider.VCLUSTER ? Optional.empty() : region,
        Optional.ofNullable(spec.getVersion()).orElse(LATEST),
        Optional.ofNullable(spec.getNodePool().getSize()),
        spec.getNodePool().getCount(),
        autoScale.map(AutoScaleSpec::getMin),
        autoScale.map(AutoScaleSpec::getMax),
        argocd.map(ArgoCdSpec::getRegister).orElse(false),
        // The platform's, never the spec's (the validator refuses any other).
        defaults.argocdNamespace(),
        argocd.map(ArgoCdSpec::getProject),
        argocd.map(ArgoCdSpec::getLabels).orElse(Map.of()),
        Optional.ofNullable(spec.getDeletionPolicy())
            .orElse(DeletionPolicy.defaultFor(spec.getStage())),
        spec.getProvider() == ClusterProvider.AZURE
            ? defaults.azureSubscriptionId()
            : Optional.empty(),
        spec.getProvider() == ClusterProvider.VCLUSTER
            ? Optional.of(defaults.vclusterChartRepository())
            : Optional.empty(),
        spec.getProvider() == ClusterProvider.VCLUSTER
            ? Optional.of(baseline.forVclusterHost())
            : Optional.empty(),
        spec.getProvider() == ClusterProvider.VCLUSTER ? Optional.of(compute) : Optional.empty());
  }

  public boolean autoScale() {
    return minNodes.isPresent();
  }

  /** The provider-side cluster name: unique per team and stage. */
  public String clusterName() {
    return team + "-" + stage.value() + "-" + name;
  }

  /** The team's resource group, where an AKS cluster goes. */
  public String resourceGroupName() {
    return "rg-" + team + "-" + stage.value();
  }

  /**
   * The hub namespace a vcluster lives in: {@code vc-<team>-<name>}, so that two teams' clusters of
   * the same name never share one (the operator refuses an existing namespace it did not create for
   * this team and stage).
   */
  public String vclusterNamespace() {
    return OwnedNames.VCLUSTER_NAMESPACE_PREFIX + team + "-" + name;
  }

  /** Name of the cluster in Argo CD; unique across namespaces of the hub. */
  public String argocdName() {
    return name + "." + namespace;
  }
}
