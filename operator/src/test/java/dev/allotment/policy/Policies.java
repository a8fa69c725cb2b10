package dev.allotment.policy;

import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.AzurePolicySpec;
import dev.allotment.api.v1alpha1.ClusterPolicySpec;
import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.DriftPolicy;
import dev.allotment.api.v1alpha1.EgressPolicy;
import dev.allotment.api.v1alpha1.EntraGroupRole;
import dev.allotment.api.v1alpha1.GitHubPolicySpec;
import dev.allotment.api.v1alpha1.LimitsPolicySpec;
import dev.allotment.api.v1alpha1.NamespaceBaselineSpec;
import dev.allotment.api.v1alpha1.NamespaceQuotaSpec;
import dev.allotment.api.v1alpha1.NodeCountLimitsSpec;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.PodSecurityLevel;
import dev.allotment.api.v1alpha1.PolicyDefaultsSpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.StageSettingsSpec;
import dev.allotment.api.v1alpha1.TenancyRuleSpec;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Builds PlatformPolicies and requests for the table tests, one concern per call. */
final class Policies {

  private Policies() {}

  static PlatformPolicy policy(String name, Consumer<PlatformPolicySpec> customize) {
    PlatformPolicy policy = new PlatformPolicy();
    policy.setMetadata(new ObjectMetaBuilder().withName(name).build());
    PlatformPolicySpec spec = new PlatformPolicySpec();
    customize.accept(spec);
    policy.setSpec(spec);
    return policy;
  }

  static Consumer<PlatformPolicySpec> locations(String... allowed) {
    return s -> {
      s.setAzure(new AzurePolicySpec());
      s.getAzure().setAllowedLocations(Arrays.asList(allowed));
    };
  }

  static Consumer<PlatformPolicySpec> organizations(String... allowed) {
    return s -> {
      s.setGithub(new GitHubPolicySpec());
      s.getGithub().setAllowedOrganizations(Arrays.asList(allowed));
    };
  }

  static Consumer<PlatformPolicySpec> members(String... allowed) {
    return s -> {
      if (s.getGithub() == null) {
        s.setGithub(new GitHubPolicySpec());
      }
      s.getGithub().setAllowedMembers(Arrays.asList(allowed));
    };
  }

  /** Caps; null leaves one out. */
  static Consumer<PlatformPolicySpec> limits(
      Integer teamEnvironments, Integer clusters, Integer members) {
    return s -> {
      s.setLimits(new LimitsPolicySpec());
      s.getLimits().setMaxTeamEnvironmentsPerNamespace(teamEnvironments);
      s.getLimits().setMaxClustersPerNamespace(clusters);
      s.getLimits().setMaxMembersPerEnvironment(members);
    };
  }

  static Consumer<PlatformPolicySpec> providers(ClusterProvider... allowed) {
    return s -> clusters(s).setAllowedProviders(Arrays.asList(allowed));
  }

  static Consumer<PlatformPolicySpec> regions(String... allowed) {
    return s -> clusters(s).setAllowedRegions(Arrays.asList(allowed));
  }

  static Consumer<PlatformPolicySpec> nodeSizes(String... allowed) {
    return s -> clusters(s).setAllowedNodeSizes(Arrays.asList(allowed));
  }

  static Consumer<PlatformPolicySpec> maxNodes(Stage stage, int max) {
    return s -> {
      ClusterPolicySpec clusters = clusters(s);
      if (clusters.getMaxNodeCount() == null) {
        clusters.setMaxNodeCount(new NodeCountLimitsSpec());
      }
      switch (stage) {
        case DEVELOPMENT -> clusters.getMaxNodeCount().setDevelopment(max);
        case TEST -> clusters.getMaxNodeCount().setTest(max);
        case PRODUCTION -> clusters.getMaxNodeCount().setProduction(max);
      }
    };
  }

  /** A tenancy rule; {@code teams} and {@code stages} as comma-separated lists. */
  static Consumer<PlatformPolicySpec> tenancy(String namespace, String teams, String stages) {
    return s -> {
      if (s.getTenancy() == null) {
        s.setTenancy(new ArrayList<>());
      }
      s.getTenancy()
          .add(
              new TenancyRuleSpec(
                  namespace, List.of(teams.split(",")), List.of(stages.split(","))));
    };
  }

  /** Stage settings; null leaves a setting out. */
  static Consumer<PlatformPolicySpec> defaults(
      Stage stage, ApprovalMode approval, String driftInterval, DriftPolicy driftPolicy) {
    return s -> {
      if (s.getDefaults() == null) {
        s.setDefaults(new PolicyDefaultsSpec());
      }
      StageSettingsSpec settings = new StageSettingsSpec();
      settings.setApproval(approval);
      settings.setDriftInterval(driftInterval);
      settings.setDriftPolicy(driftPolicy);
      put(s.getDefaults(), stage, settings);
    };
  }

  /**
   * The namespace baseline of {@code stage}: Pod Security level and egress (null leaves one out),
   * and the quota items as {@code storage,pvcs,loadBalancers,nodePorts} (empty items left out, null
   * for no quota), e.g. {@code "20Gi,,,1"}.
   */
  static Consumer<PlatformPolicySpec> baseline(
      Stage stage, PodSecurityLevel podSecurity, EgressPolicy egress, String quota) {
    return stageSettings(
        stage,
        settings -> {
          NamespaceBaselineSpec baseline = new NamespaceBaselineSpec();
          baseline.setPodSecurity(podSecurity);
          baseline.setEgress(egress);
          if (quota != null) {
            String[] items = (quota + ",,,,").split(",", -1);
            NamespaceQuotaSpec q = new NamespaceQuotaSpec();
            q.setStorage(items[0].isEmpty() ? null : items[0]);
            q.setPersistentVolumeClaims(items[1].isEmpty() ? null : Integer.valueOf(items[1]));
            q.setLoadBalancers(items[2].isEmpty() ? null : Integer.valueOf(items[2]));
            q.setNodePorts(items[3].isEmpty() ? null : Integer.valueOf(items[3]));
            baseline.setQuota(q);
          }
          settings.setNamespaces(baseline);
        });
  }

  /**
   * The compute ceilings of {@code stage}'s namespaces as {@code cpu,memory,pods} (empty items left
   * out), e.g. {@code "2,,20"}.
   */
  static Consumer<PlatformPolicySpec> compute(Stage stage, String ceilings) {
    return stageSettings(
        stage,
        settings -> {
          String[] items = (ceilings + ",,").split(",", -1);
          NamespaceBaselineSpec baseline = new NamespaceBaselineSpec();
          NamespaceQuotaSpec q = new NamespaceQuotaSpec();
          q.setCpu(items[0].isEmpty() ? null : items[0]);
          q.setMemory(items[1].isEmpty() ? null : items[1]);
          q.setPods(items[2].isEmpty() ? null : Integer.valueOf(items[2]));
          baseline.setQuota(q);
          settings.setNamespaces(baseline);
        });
  }

  /** The role of {@code stage}'s Entra ID groups. */
  static Consumer<PlatformPolicySpec> entraGroupRole(Stage stage, EntraGroupRole role) {
    return stageSettings(stage, settings -> settings.setEntraGroupRole(role));
  }

  /** Changes the settings of {@code stage}, which other changes may have set before. */
  private static Consumer<PlatformPolicySpec> stageSettings(
      Stage stage, Consumer<StageSettingsSpec> change) {
    return s -> {
      if (s.getDefaults() == null) {
        s.setDefaults(new PolicyDefaultsSpec());
      }
      StageSettingsSpec settings =
          s.getDefaults().forStage(stage).orElseGet(StageSettingsSpec::new);
      change.accept(settings);
      put(s.getDefaults(), stage, settings);
    };
  }

  private static void put(PolicyDefaultsSpec defaults, Stage stage, StageSettingsSpec settings) {
    switch (stage) {
      case DEVELOPMENT -> defaults.setDevelopment(settings);
      case TEST -> defaults.setTest(settings);
      case PRODUCTION -> defaults.setProduction(settings);
    }
  }

  static Consumer<PlatformPolicySpec> requireManual(Stage... stages) {
    return s -> s.setRequireManualApprovalFor(Arrays.asList(stages));
  }

  @SafeVarargs
  static Consumer<PlatformPolicySpec> all(Consumer<PlatformPolicySpec>... parts) {
    return s -> Arrays.stream(parts).forEach(p -> p.accept(s));
  }

  private static ClusterPolicySpec clusters(PlatformPolicySpec spec) {
    if (spec.getClusters() == null) {
      spec.setClusters(new ClusterPolicySpec());
    }
    return spec.getClusters();
  }

  /** A TeamEnvironment of payments in team-payments, development, westeurope, nordic-retail. */
  static PolicyRequest environment() {
    return environment(
        "team-payments", "payments", Stage.DEVELOPMENT, "westeurope", "nordic-retail");
  }

  static PolicyRequest environment(
      String namespace, String team, Stage stage, String location, String organization) {
    return environment(namespace, team, stage, location, organization, Optional.empty());
  }

  /** As above, naming the repository (empty: not checked). */
  static PolicyRequest environment(
      String namespace,
      String team,
      Stage stage,
      String location,
      String organization,
      Optional<String> repository) {
    return new PolicyRequest(
        PolicyRequest.TEAM_ENVIRONMENT,
        namespace,
        team + "-" + stage.value(),
        team,
        stage,
        Optional.of(location),
        Optional.of(organization),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        repository,
        Optional.empty(),
        List.of(),
        List.of());
  }

  /** A DigitalOcean production Cluster of payments: ams3, s-4vcpu-8gb, 3 nodes scaling to 6. */
  static PolicyRequest cluster() {
    return cluster(ClusterProvider.DIGITALOCEAN, "ams3", "s-4vcpu-8gb", 3, 6);
  }

  static PolicyRequest cluster(
      ClusterProvider provider, String region, String size, int count, Integer autoScaleMax) {
    return cluster(
        Stage.PRODUCTION,
        provider,
        Optional.of(region),
        Optional.of(size),
        Optional.of(count),
        Optional.ofNullable(autoScaleMax));
  }

  /** A development vcluster of payments: no region, size or count, it runs on the hub's nodes. */
  static PolicyRequest vcluster() {
    return cluster(
        Stage.DEVELOPMENT,
        ClusterProvider.VCLUSTER,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static PolicyRequest cluster(
      Stage stage,
      ClusterProvider provider,
      Optional<String> region,
      Optional<String> size,
      Optional<Integer> count,
      Optional<Integer> autoScaleMax) {
    return new PolicyRequest(
        PolicyRequest.CLUSTER,
        "team-payments",
        stage == Stage.PRODUCTION ? "payments-prod" : "payments-dev",
        "payments",
        stage,
        provider == ClusterProvider.AZURE ? region : Optional.empty(),
        Optional.empty(),
        Optional.of(provider),
        region,
        size,
        count,
        autoScaleMax,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of());
  }

  /** {@code request} with a TeamEnvironment's GitHub logins. */
  static PolicyRequest withLogins(
      PolicyRequest request, List<String> owners, List<String> contributors) {
    return new PolicyRequest(
        request.kind(),
        request.namespace(),
        request.name(),
        request.team(),
        request.stage(),
        request.azureLocation(),
        request.githubOrganization(),
        request.clusterProvider(),
        request.region(),
        request.nodeSize(),
        request.nodeCount(),
        request.autoScaleMax(),
        request.azureSubscription(),
        request.githubTemplate(),
        request.githubRepository(),
        request.argocdProject(),
        owners,
        contributors);
  }
}
