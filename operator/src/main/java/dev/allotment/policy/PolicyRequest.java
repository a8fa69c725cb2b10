package dev.allotment.policy;

import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.program.ClusterModel;
import dev.allotment.program.TeamEnvironmentModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a TeamEnvironment or Cluster asks for, reduced to the values PlatformPolicy rules look at.
 * Built from the resolved model, so operator defaults (a default Azure location or GitHub
 * organization) are checked like values written in the spec. An empty value is not checked.
 *
 * @param kind {@link #TEAM_ENVIRONMENT} or {@link #CLUSTER}
 * @param namespace the resource's own namespace (metadata.namespace), which tenancy rules match
 * @param name the resource's name
 * @param team spec.team
 * @param stage spec.stage
 * @param azureLocation where Azure resources go: a TeamEnvironment's location, an azure Cluster's
 *     region
 * @param githubOrganization a TeamEnvironment's GitHub organization
 * @param clusterProvider a Cluster's provider
 * @param region a Cluster's region (none for vcluster)
 * @param nodeSize a Cluster's node size (none for vcluster, which ignores it)
 * @param nodeCount a Cluster's node count (none for vcluster, which runs on the hub's nodes)
 * @param autoScaleMax a Cluster's auto-scaling maximum (none for vcluster)
 * @param azureSubscription a TeamEnvironment's subscription when it is not the operator's default
 * @param githubTemplate a TeamEnvironment's template repository
 * @param githubRepository a TeamEnvironment's repository name (written or the default)
 * @param argocdProject a registered Cluster's Argo CD project
 * @param owners a TeamEnvironment's owners (GitHub logins)
 * @param contributors a TeamEnvironment's contributors (GitHub logins)
 */
public record PolicyRequest(
    String kind,
    String namespace,
    String name,
    String team,
    Stage stage,
    Optional<String> azureLocation,
    Optional<String> githubOrganization,
    Optional<ClusterProvider> clusterProvider,
    Optional<String> region,
    Optional<String> nodeSize,
    Optional<Integer> nodeCount,
    Optional<Integer> autoScaleMax,
    Optional<String> azureSubscription,
    Optional<String> githubTemplate,
    Optional<String> githubRepository,
    Optional<String> argocdProject,
    List<String> owners,
    List<String> contributors) {

  public static final String TEAM_ENVIRONMENT = "TeamEnvironment";
  public static final String CLUSTER = "Cluster";

  public PolicyRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(azureLocation, "azureLocation");
    Objects.requireNonNull(githubOrganization, "githubOrganization");
    Objects.requireNonNull(clusterProvider, "clusterProvider");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(nodeSize, "nodeSize");
    Objects.requireNonNull(nodeCount, "nodeCount");
    Objects.requireNonNull(autoScaleMax, "autoScaleMax");
    Objects.requireNonNull(azureSubscription, "azureSubscription");
    Objects.requireNonNull(githubTemplate, "githubTemplate");
    Objects.requireNonNull(githubRepository, "githubRepository");
    Objects.requireNonNull(argocdProject, "argocdProject");
    owners = List.copyOf(owners);
    contributors = List.copyOf(contributors);
  }

  /**
   * A TeamEnvironment's request.
   *
   * @param namespace the TeamEnvironment's own namespace, not the team namespace it creates
   */
  public static PolicyRequest of(TeamEnvironmentModel model, String namespace, String name) {
    return of(model, namespace, name, Optional.empty());
  }

  /**
   * A TeamEnvironment's request.
   *
   * @param defaultSubscription the operator's default subscription, which needs no policy
   */
  public static PolicyRequest of(
      TeamEnvironmentModel model,
      String namespace,
      String name,
      Optional<String> defaultSubscription) {
    return new PolicyRequest(
        TEAM_ENVIRONMENT,
        namespace,
        name,
        model.team(),
        model.stage(),
        Optional.of(model.azureLocation()),
        Optional.of(model.organization()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(model.subscriptionId())
            .filter(s -> defaultSubscription.filter(s::equalsIgnoreCase).isEmpty()),
        model.template(),
        Optional.of(model.repository()),
        Optional.empty(),
        model.owners(),
        model.contributors());
  }

  /**
   * A Cluster's request. A vcluster runs on the hub's nodes and ignores region, size and count, so
   * those are left out: limits on them do not apply to it.
   */
  public static PolicyRequest of(ClusterModel model) {
    boolean ownNodes = model.provider() != ClusterProvider.VCLUSTER;
    return new PolicyRequest(
        CLUSTER,
        model.namespace(),
        model.name(),
        model.team(),
        model.stage(),
        model.provider() == ClusterProvider.AZURE ? model.region() : Optional.empty(),
        Optional.empty(),
        Optional.of(model.provider()),
        ownNodes ? model.region() : Optional.empty(),
        ownNodes ? model.nodeSize() : Optional.empty(),
        ownNodes ? Optional.of(model.nodeCount()) : Optional.empty(),
        ownNodes ? model.maxNodes() : Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        model.argocdRegister() ? model.argocdProject() : Optional.empty(),
        List.of(),
        List.of());
  }

  /** Where the request's Azure location is written, for messages. */
  String azureLocationField() {
    return CLUSTER.equals(kind) ? "spec.region" : "spec.azure.location";
  }
}
