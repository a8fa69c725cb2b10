package dev.allotment.program;

import dev.allotment.api.v1alpha1.AzureSpec;
import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.EntraGroupRole;
import dev.allotment.api.v1alpha1.GitHubSpec;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.KubernetesSpec;
import dev.allotment.api.v1alpha1.QuotaSpec;
import dev.allotment.api.v1alpha1.RepositoryVisibility;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TeamEnvironmentSpec;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.Canonical;
import dev.allotment.validation.InvalidSpecException;
import dev.allotment.validation.SpecProblem;
import dev.allotment.validation.TeamEnvironmentValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A TeamEnvironment with every default applied and every name derived: what the program declares,
 * and what its fingerprint is computed from. Built only from a valid spec.
 */
public record TeamEnvironmentModel(
    String team,
    Stage stage,
    List<String> owners,
    List<String> contributors,
    String azureLocation,
    String subscriptionId,
    Map<String, String> tags,
    String namespace,
    String cpuQuota,
    String memoryQuota,
    int podQuota,
    String organization,
    String repository,
    RepositoryVisibility visibility,
    Optional<String> template,
    DeletionPolicy deletionPolicy,
    boolean meshInjection,
    String hubApiServer,
    Optional<String> clusterRef,
    Optional<String> clusterServer,
    Optional<String> clusterKubeconfigDigest,
    NamespaceBaseline baseline,
    Optional<EntraGroup> entraGroup) {

  /**
   * The team's Entra ID group, when the spec asks for one.
   *
   * @param owners user principal names or object ids, as the spec lists them
   * @param contributors the same, members but not owners
   * @param role what the group gets on the resource group: the policies' for the stage, or the
   *     stage's default
   */
  public record EntraGroup(List<String> owners, List<String> contributors, EntraGroupRole role) {
    public EntraGroup {
      owners = List.copyOf(owners);
      contributors = List.copyOf(contributors);
    }

    /** Owners and contributors: everyone in the group. */
    public List<String> members() {
      List<String> members = new ArrayList<>(owners);
      members.addAll(contributors);
      return members;
    }

    Map<String, Object> canonical() {
      return Map.of("owners", owners, "contributors", contributors, "role", role);
    }
  }

  public static final String DEFAULT_CPU = "4";
  public static final String DEFAULT_MEMORY = "8Gi";
  public static final int DEFAULT_PODS = 50;

  public TeamEnvironmentModel {
    owners = List.copyOf(owners);
    contributors = List.copyOf(contributors);
    // Sorted and unmodifiable: the legacy fingerprint (Fingerprint.legacy) hashes toString(), which
    // must stay what earlier operators computed (Map.copyOf iterates in a per-JVM random order).
    tags = Collections.unmodifiableMap(new TreeMap<>(tags));
  }

  /**
   * The model as canonical text, the input of its fingerprint. The keys are written out here, not
   * taken from Java names, so that renaming a component does not re-run every stack; a new
   * component needs a key of its own.
   */
  public String canonical() {
    return new Canonical()
        .with("team", team)
        .with("stage", stage.value())
        .with("owners", owners)
        .with("contributors", contributors)
        .with("azure.location", azureLocation)
        .with("azure.subscriptionId", subscriptionId)
        .with("azure.tags", tags)
        .with("kubernetes.namespace", namespace)
        .with("kubernetes.quota.cpu", cpuQuota)
        .with("kubernetes.quota.memory", memoryQuota)
        .with("kubernetes.quota.pods", podQuota)
        .with("github.organization", organization)
        .with("github.repository", repository)
        .with("github.visibility", visibility)
        .with("github.template", template)
        .with("deletionPolicy", deletionPolicy)
        .with("meshInjection", meshInjection)
        .with("hubApiServer", hubApiServer)
        .with("kubernetes.clusterRef", clusterRef)
        .with("cluster.server", clusterServer)
        .with("cluster.kubeconfigDigest", clusterKubeconfigDigest)
        .with("kubernetes.baseline", baseline.canonical())
        // Absent, no key: the text of an environment without a group stayed what it was.
        .with("azure.entraGroup", entraGroup.map(EntraGroup::canonical))
        .text();
  }

  /**
   * The model's {@code toString()} as operators before the Entra ID group wrote it, the input of
   * the legacy fingerprint ({@link dev.allotment.engine.Fingerprint#legacy}): without the group's
   * component, which their models did not have. A model with a group has no earlier form.
   */
  public String legacyText() {
    String text = toString();
    String absent = ", entraGroup=" + Optional.empty() + "]";
    return entraGroup.isEmpty() && text.endsWith(absent)
        ? text.substring(0, text.length() - absent.length()) + "]"
        : text;
  }

  /**
   * Validates the spec and applies defaults, or names every problem; the namespace gets the {@link
   * NamespaceBaseline#DEFAULT default baseline}, an Entra ID group the stage's {@link
   * EntraGroupRole#defaultFor default role}.
   */
  public static TeamEnvironmentModel resolve(TeamEnvironmentSpec spec, ProgramDefaults defaults)
      throws InvalidSpecException {
    return resolve(spec, defaults, NamespaceBaseline.DEFAULT, Optional.empty());
  }

  /**
   * Validates the spec and applies defaults, or names every problem.
   *
   * @param baseline the platform's baseline for the namespace, from the PlatformPolicies of the
   *     stage
   * @param entraGroupRole the role the PlatformPolicies give the stage's Entra ID groups; empty for
   *     the stage's {@link EntraGroupRole#defaultFor default}
   */
  public static TeamEnvironmentModel resolve(
      TeamEnvironmentSpec spec,
      ProgramDefaults defaults,
      NamespaceBaseline baseline,
      Optional<EntraGroupRole> entraGroupRole)
      throws InvalidSpecException {
    return resolve(spec, defaults, baseline, entraGroupRole, ComputeQuota.DEFAULT);
  }

  /**
   * Validates the spec and applies defaults, or names every problem.
   *
   * @param baseline the platform's baseline for the namespace, from the PlatformPolicies of the
   *     stage
   * @param entraGroupRole the role the PlatformPolicies give the stage's Entra ID groups; empty for
   *     the stage's {@link EntraGroupRole#defaultFor default}
   * @param compute what the namespace's quota gets where {@code spec.kubernetes.quota} asks for
   *     nothing: {@link ComputeQuota#DEFAULT}, lowered to the PlatformPolicies' ceilings
   */
  public static TeamEnvironmentModel resolve(
      TeamEnvironmentSpec spec,
      ProgramDefaults defaults,
      NamespaceBaseline baseline,
      Optional<EntraGroupRole> entraGroupRole,
      ComputeQuota compute)
      throws InvalidSpecException {
    List<SpecProblem> problems = TeamEnvironmentValidator.validate(spec, defaults);
    if (!problems.isEmpty()) {
      throw new InvalidSpecException(problems);
    }
    String team = spec.getTeam();
    Stage stage = spec.getStage();
    String teamStage = team + "-" + stage.value();
    Optional<AzureSpec> azure = Optional.ofNullable(spec.getAzure());
    Optional<KubernetesSpec> kubernetes = Optional.ofNullable(spec.getKubernetes());
    Optional<QuotaSpec> quota = kubernetes.map(KubernetesSpec::getQuota);
    Optional<GitHubSpec> github = Optional.ofNullable(spec.getGithub());

    Map<String, String> tags = new TreeMap<>(azure.map(AzureSpec::getTags).orElse(Map.of()));
    tags.put(Groups.TAG_TEAM, team);
    tags.put(Groups.TAG_STAGE, stage.value());
    tags.put(Groups.TAG_MANAGED_BY, Groups.MANAGED_BY);

    return new TeamEnvironmentModel(
        team,
        stage,
        spec.getOwners(),
        Optional.ofNullable(spec.getContributors()).orElse(List.of()),
        azure.map(AzureSpec::getLocation).or(defaults::azureLocation).orElseThrow(),
        azure.map(AzureSpec::getSubscriptionId).or(defaults::azureSubscriptionId).orElseThrow(),
        tags,
        kubernetes.map(KubernetesSpec::getNamespace).orElse(teamStage),
        quota.map(QuotaSpec::getCpu).orElse(compute.cpu()),
        quota.map(QuotaSpec::getMemory).orElse(compute.memory()),
        quota.map(QuotaSpec::getPods).orElse(compute.pods()),
        github.map(GitHubSpec::getOrganization).or(defaults::githubOrganization).orElseThrow(),
        github.map(GitHubSpec::getRepository).orElse(teamStage),
        github.map(GitHubSpec::getVisibility).orElse(RepositoryVisibility.PRIVATE),
        github.map(GitHubSpec::getTemplate),
        Optional.ofNullable(spec.getDeletionPolicy()).orElse(DeletionPolicy.defaultFor(stage)),
        defaults.meshInjection(),
        defaults.hubApiServer(),
        kubernetes.map(KubernetesSpec::getClusterRef),
        Optional.empty(),
        Optional.empty(),
        baseline,
        azure
            .map(AzureSpec::getEntraGroup)
            .map(
                group ->
                    new EntraGroup(
                        group.getOwners(),
                        Optional.ofNullable(group.getContributors()).orElse(List.of()),
                        entraGroupRole.orElse(EntraGroupRole.defaultFor(stage)))));
  }

  /**
   * This model placed on the referenced Cluster. Only a digest of the kubeconfig is kept: the model
   * is the fingerprint's input and must never hold a credential.
   */
  public TeamEnvironmentModel onCluster(String server, String kubeconfigDigest) {
    return new TeamEnvironmentModel(
        team,
        stage,
        owners,
        contributors,
        azureLocation,
        subscriptionId,
        tags,
        namespace,
        cpuQuota,
        memoryQuota,
        podQuota,
        organization,
        repository,
        visibility,
        template,
        deletionPolicy,
        meshInjection,
        hubApiServer,
        clusterRef,
        Optional.of(server),
        Optional.of(kubeconfigDigest),
        baseline,
        entraGroup);
  }

  /** The API server the deployer kubeconfig points at: the Cluster's, or the hub's. */
  public String apiServer() {
    return clusterServer.orElse(hubApiServer);
  }

  /** {@code <team>-<stage>}: the base of the derived names. */
  public String teamStage() {
    return team + "-" + stage.value();
  }

  public String resourceGroupName() {
    return "rg-" + teamStage();
  }

  public String identityName() {
    return "id-" + teamStage();
  }

  /** The Entra ID group's display name. */
  public String entraGroupName() {
    return teamStage();
  }

  /** The GitHub team of everyone in the environment. */
  public String githubTeam() {
    return teamStage();
  }

  /** The GitHub team of the owners: repository admins and production reviewers. */
  public String githubOwnersTeam() {
    return teamStage() + "-owners";
  }

  /** The subject GitHub's OIDC tokens carry for workflows running in this stage's environment. */
  public String federatedSubject() {
    return "repo:" + organization + "/" + repository + ":environment:" + stage.value();
  }
}
