package dev.allotment.testing.cloud;

import static dev.allotment.testing.cloud.CloudValues.string;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.allotment.testing.cloud.CloudProvider.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clouds Allotment's programs use and tests cannot reach — Azure, GitHub, DigitalOcean — as
 * test providers for the real Pulumi engine ({@link CloudProvider}), with the resource types the
 * programs declare and what each cloud does with them.
 */
public final class TestClouds {

  /** The tenant every emulated Azure identity belongs to. */
  public static final String AZURE_TENANT = "0c1e2d3f-0000-4000-8000-00000000fe11";

  private TestClouds() {}

  /**
   * Azure Resource Manager: every create is a PUT (idempotent, so an existing resource is updated,
   * not refused); ids are ARM resource ids; identities get client and principal ids.
   */
  public static CloudProvider azureNative() {
    return new CloudProvider("azure-native", "2.10.0", "%s already exists")
        .kind(
            Kind.upsert(
                    "azure-native:resources:ResourceGroup",
                    (config, in) -> group(config, string(in, "resourceGroupName")))
                .computing(
                    (config, in) ->
                        Map.of("name", CloudValues.string(string(in, "resourceGroupName"))))
                .replacingOnChangeOf("resourceGroupName", "location"))
        .kind(
            Kind.upsert(
                    "azure-native:managedidentity:UserAssignedIdentity",
                    (config, in) ->
                        group(config, string(in, "resourceGroupName"))
                            + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                            + string(in, "resourceName"))
                .computing(
                    (config, in) ->
                        Map.of(
                            "name", CloudValues.string(string(in, "resourceName")),
                            "clientId", CloudValues.string(UUID.randomUUID().toString()),
                            "principalId", CloudValues.string(UUID.randomUUID().toString()),
                            "tenantId", CloudValues.string(AZURE_TENANT)))
                .replacingOnChangeOf("resourceName", "resourceGroupName"))
        .kind(
            Kind.upsert(
                "azure-native:managedidentity:FederatedIdentityCredential",
                (config, in) ->
                    group(config, string(in, "resourceGroupName"))
                        + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                        + string(in, "resourceName")
                        + "/federatedIdentityCredentials/"
                        + string(in, "federatedIdentityCredentialResourceName")))
        .kind(
            Kind.upsert(
                    "azure-native:authorization:RoleAssignment",
                    (config, in) ->
                        string(in, "scope")
                            + "/providers/Microsoft.Authorization/roleAssignments/"
                            + string(in, "roleAssignmentName"))
                .replacingOnChangeOf("principalId", "roleDefinitionId", "scope"))
        .kind(
            Kind.upsert(
                    "azure-native:containerservice:ManagedCluster",
                    (config, in) ->
                        group(config, string(in, "resourceGroupName"))
                            + "/providers/Microsoft.ContainerService/managedClusters/"
                            + string(in, "resourceName"))
                .computing(
                    (config, in) ->
                        Map.of(
                            "name", CloudValues.string(string(in, "resourceName")),
                            "fqdn",
                                CloudValues.string(
                                    string(in, "resourceName") + ".hcp.westeurope.azmk8s.io"))))
        .function(
            "azure-native:containerservice:listManagedClusterUserCredentials",
            args ->
                Struct.newBuilder()
                    .putFields(
                        "kubeconfigs",
                        CloudValues.list(
                            List.of(
                                CloudValues.object(
                                    Map.of(
                                        "name", CloudValues.string("clusterUser"),
                                        "value",
                                            CloudValues.string(
                                                base64(
                                                    kubeconfig(string(args, "resourceName")))))))))
                    .build())
        .start();
  }

  /**
   * GitHub: repository and team names are unique in the organization (GitHub's "name already exists
   * on this account"); repositories are known by name, teams by number. A team membership of
   * someone outside {@code organization} invites them into it, as GitHub does; {@code
   * getOrganization} reports its members.
   */
  public static CloudProvider github(GitHubOrganization organization) {
    AtomicLong teamIds = new AtomicLong(4_200_000);
    return new CloudProvider(
            "github",
            "6.15.0",
            "Repository creation failed: name already exists" + " on this account (%s)")
        .kind(
            Kind.unique(
                    "github:index/repository:Repository",
                    (config, in) -> string(in, "name"),
                    in -> string(in, "name"))
                .computing(
                    (config, in) ->
                        Map.of(
                            "fullName",
                                CloudValues.string(owner(config) + "/" + string(in, "name")),
                            "htmlUrl",
                                CloudValues.string(
                                    "https://github.com/"
                                        + owner(config)
                                        + "/"
                                        + string(in, "name")),
                            "nodeId", CloudValues.string("R_" + string(in, "name"))))
                .replacingOnChangeOf("name"))
        .kind(
            Kind.unique(
                    "github:index/team:Team",
                    (config, in) -> Long.toString(teamIds.incrementAndGet()),
                    in -> string(in, "name"))
                .computing(
                    (config, in) ->
                        Map.of(
                            "slug", CloudValues.string(string(in, "name").toLowerCase()),
                            "nodeId", CloudValues.string("T_" + string(in, "name")))))
        .kind(
            Kind.upsert(
                    "github:index/teamMembership:TeamMembership",
                    (config, in) -> string(in, "teamId") + ":" + string(in, "username"))
                .computing(
                    (config, in) -> {
                      organization.addedToTeam(string(in, "username"));
                      return Map.of();
                    }))
        .kind(
            Kind.upsert(
                "github:index/teamRepository:TeamRepository",
                (config, in) -> string(in, "teamId") + ":" + string(in, "repository")))
        .kind(
            Kind.upsert(
                "github:index/repositoryEnvironment:RepositoryEnvironment",
                (config, in) -> string(in, "repository") + ":" + string(in, "environment")))
        .kind(
            Kind.upsert(
                "github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret",
                (config, in) ->
                    string(in, "repository")
                        + ":"
                        + string(in, "environment")
                        + ":"
                        + string(in, "secretName")))
        .kind(
            Kind.upsert(
                "github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable",
                (config, in) ->
                    string(in, "repository")
                        + ":"
                        + string(in, "environment")
                        + ":"
                        + string(in, "variableName")))
        .function("github:index/getOrganization:getOrganization", organization::answer)
        .start();
  }

  /**
   * Entra ID through the azuread provider: security groups with generated object ids, whose display
   * names are unique because the program asks for it ({@code preventDuplicateNames}); users looked
   * up in {@code directory}.
   */
  public static CloudProvider azuread(EntraDirectory directory) {
    return new CloudProvider(
            "azuread",
            "6.10.0",
            "A group with the same name was found: could not create group with display name %s")
        .kind(
            Kind.unique(
                    "azuread:index/group:Group",
                    (config, in) -> UUID.randomUUID().toString(),
                    in -> string(in, "displayName"))
                // Graph's id of a group is its object id.
                .withIdAs("objectId"))
        .function("azuread:index/getUsers:getUsers", directory::answer)
        .start();
  }

  /** DigitalOcean: clusters with generated ids, endpoints and kubeconfigs; Kubernetes versions. */
  public static CloudProvider digitalOcean() {
    return new CloudProvider("digitalocean", "4.76.0", "%s already exists")
        .kind(
            Kind.unique(
                    "digitalocean:index/kubernetesCluster:KubernetesCluster",
                    (config, in) -> UUID.randomUUID().toString(),
                    in -> string(in, "name"))
                .computing(
                    (config, in) ->
                        Map.of(
                            "endpoint",
                                CloudValues.string(
                                    "https://" + string(in, "name") + ".k8s.ondigitalocean.com"),
                            "kubeConfigs",
                                CloudValues.list(
                                    List.of(
                                        CloudValues.object(
                                            Map.of(
                                                "rawConfig",
                                                CloudValues.string(
                                                    kubeconfig(string(in, "name"))))))))))
        .kind(
            Kind.upsert(
                "digitalocean:index/kubernetesNodePool:KubernetesNodePool",
                (config, in) -> UUID.randomUUID().toString()))
        .kind(
            Kind.upsert(
                "digitalocean:index/project:Project", (config, in) -> UUID.randomUUID().toString()))
        .kind(
            Kind.upsert(
                "digitalocean:index/projectResources:ProjectResources",
                (config, in) -> string(in, "project")))
        .function(
            "digitalocean:index/getKubernetesVersions:getKubernetesVersions",
            args ->
                Struct.newBuilder()
                    .putFields("id", CloudValues.string("versions"))
                    .putFields("latestVersion", CloudValues.string("1.31.1-do.0"))
                    .putFields(
                        "validVersions",
                        CloudValues.list(
                            List.of(
                                CloudValues.string("1.31.1-do.0"),
                                CloudValues.string("1.30.5-do.0"))))
                    .putFields(
                        "versionPrefix", args.getFieldsOrDefault("versionPrefix", CloudValues.NULL))
                    .build())
        .start();
  }

  private static String group(Struct config, String name) {
    String subscription = string(config, "subscriptionId");
    return "/subscriptions/" + subscription + "/resourceGroups/" + name;
  }

  /** The organization a GitHub resource belongs to, as its provider was configured. */
  private static String owner(Struct config) {
    return string(config, "owner");
  }

  /** A kubeconfig for an emulated cluster; its token is a placeholder, never a credential. */
  static String kubeconfig(String cluster) {
    return String.join(
        "\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- name: " + cluster,
        "  cluster: {server: 'https://" + cluster + ".example.internal'}",
        "users:",
        "- name: admin",
        "  user: {token: emulated-" + cluster + "}",
        "contexts:",
        "- name: " + cluster,
        "  context: {cluster: " + cluster + ", user: admin}",
        "current-context: " + cluster,
        "");
  }

  private static String base64(String text) {
    return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A string value, for {@link CloudProvider#change}. */
  public static Value value(String text) {
    return CloudValues.string(text);
  }
}
