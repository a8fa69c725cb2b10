package dev.allotment.render;

import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.allotment.engine.StackProgram;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates a program with Pulumi's mocks: no cloud, no cluster, no credentials. Every resource
 * echoes its inputs as outputs, plus the few values a real provider computes that our programs read
 * (ids, identity client ids, service-account tokens), so that the whole program runs through.
 * Pulumi's test harness is process-global, so renders are serialized.
 */
public final class ProgramRenderer {

  /** Placeholder for values only a real provider knows. */
  public static final String COMPUTED = "<computed>";

  private static final Object LOCK = new Object();

  /**
   * Runs the program and returns what it declared. The GitHub organization has no members here: a
   * TeamEnvironment's program refuses to run (see {@link #render(String, String, StackProgram,
   * Collection)}).
   */
  public Rendering render(String project, String stack, StackProgram program) {
    return render(project, stack, program, List.of());
  }

  /**
   * Runs the program and returns what it declared, with {@code githubMembers} as the members the
   * GitHub organization reports. Offline nobody can ask GitHub, so the caller says who to assume.
   */
  public Rendering render(
      String project, String stack, StackProgram program, Collection<String> githubMembers) {
    synchronized (LOCK) {
      var mocks = new RecordingMocks(List.copyOf(githubMembers));
      try {
        var result =
            PulumiTest.withOptions(
                    TestOptions.builder().projectName(project).stackName(stack).build())
                .withMocks(mocks)
                .runTest(program::run)
                .throwOnError();
        Map<String, String> outputs = new TreeMap<>();
        List<String> secrets = new ArrayList<>();
        result
            .outputs()
            .forEach(
                (name, output) -> {
                  outputs.put(name, String.valueOf(PulumiTest.extractValue(output)));
                  if (isSecret(output)) {
                    secrets.add(name);
                  }
                });
        Collections.sort(secrets);
        return new Rendering(
            List.copyOf(mocks.declared), List.copyOf(mocks.invokes), outputs, secrets);
      } finally {
        PulumiTest.cleanup();
      }
    }
  }

  private static boolean isSecret(Output<?> output) {
    return Internal.of(output).isSecret().join();
  }

  /** Records declarations; answers with inputs plus computed values. */
  private static final class RecordingMocks implements Mocks {
    private final List<DeclaredResource> declared = Collections.synchronizedList(new ArrayList<>());
    private final List<DeclaredResource> invokes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger(1000);
    private final List<String> githubMembers;

    RecordingMocks(List<String> githubMembers) {
      this.githubMembers = githubMembers;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
      declared.add(new DeclaredResource(args.type, args.name, args.inputs));
      Map<String, Object> state = new LinkedHashMap<>(args.inputs);
      String id = Integer.toString(ids.incrementAndGet());
      switch (args.type) {
        case "azure-native:resources:ResourceGroup" -> {
          id =
              "/subscriptions/"
                  + COMPUTED
                  + "/resourceGroups/"
                  + args.inputs.get("resourceGroupName");
          state.put("name", args.inputs.get("resourceGroupName"));
        }
        case "azure-native:managedidentity:UserAssignedIdentity" -> {
          state.put("name", args.inputs.get("resourceName"));
          state.put("clientId", COMPUTED);
          state.put("principalId", COMPUTED);
          state.put("tenantId", COMPUTED);
        }
        case "kubernetes:core/v1:Secret" ->
            // Service-account tokens (token, ca.crt) and vcluster's kubeconfig (config).
            state.put(
                "data",
                Map.of(
                    "token", base64(COMPUTED),
                    "ca.crt", base64(COMPUTED),
                    "config", base64(COMPUTED)));
        case "azure-native:containerservice:ManagedCluster" -> {
          state.put("name", args.inputs.get("resourceName"));
          state.put("fqdn", COMPUTED);
          state.put("currentKubernetesVersion", COMPUTED);
        }
        case "azuread:index/group:Group" -> state.put("objectId", COMPUTED);
        case "digitalocean:index/kubernetesCluster:KubernetesCluster" -> {
          state.put("endpoint", COMPUTED);
          state.put("kubeConfigs", List.of(Map.of("rawConfig", COMPUTED)));
        }
        default -> {
          if (args.type.startsWith("github:index/repository:")) {
            state.put("fullName", COMPUTED + "/" + args.inputs.get("name"));
            state.put("htmlUrl", "https://github.com/" + COMPUTED + "/" + args.inputs.get("name"));
          }
        }
      }
      return CompletableFuture.completedFuture(
          ResourceResult.of(
              java.util.Optional.of(args.id == null || args.id.isEmpty() ? id : args.id), state));
    }

    /** Provider functions answer with placeholders of the right shape. */
    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
      invokes.add(new DeclaredResource(args.token, "", args.args));
      Map<String, Object> result =
          switch (args.token) {
            case "azure-native:containerservice:listManagedClusterUserCredentials" ->
                Map.of(
                    "kubeconfigs",
                    List.of(Map.of("name", "clusterUser", "value", base64(COMPUTED))));
            case "digitalocean:index/getKubernetesVersions:getKubernetesVersions" ->
                Map.of(
                    "latestVersion", COMPUTED, "validVersions", List.of(COMPUTED), "id", COMPUTED);
            case "github:index/getOrganization:getOrganization" ->
                organization(args.args, githubMembers);
            case "azuread:index/getUsers:getUsers" -> users(args.args);
            default -> Map.of();
          };
      return CompletableFuture.completedFuture(result);
    }
  }

  /** An organization with every output the provider promises; its members are the assumed ones. */
  private static Map<String, Object> organization(Map<String, Object> args, List<String> members) {
    Map<String, Object> organization = new LinkedHashMap<>();
    for (String text :
        List.of(
            "defaultRepositoryPermission",
            "description",
            "id",
            "membersAllowedRepositoryCreationType",
            "name",
            "nodeId",
            "plan")) {
      organization.put(text, COMPUTED);
    }
    for (String flag :
        List.of(
            "advancedSecurityEnabledForNewRepositories",
            "dependabotAlertsEnabledForNewRepositories",
            "dependabotSecurityUpdatesEnabledForNewRepositories",
            "dependencyGraphEnabledForNewRepositories",
            "membersCanCreateInternalRepositories",
            "membersCanCreatePages",
            "membersCanCreatePrivatePages",
            "membersCanCreatePrivateRepositories",
            "membersCanCreatePublicPages",
            "membersCanCreatePublicRepositories",
            "membersCanCreateRepositories",
            "membersCanForkPrivateRepositories",
            "secretScanningEnabledForNewRepositories",
            "secretScanningPushProtectionEnabledForNewRepositories",
            "twoFactorRequirementEnabled",
            "webCommitSignoffRequired")) {
      organization.put(flag, false);
    }
    organization.put("login", args.getOrDefault("name", COMPUTED));
    organization.put("orgname", args.getOrDefault("name", COMPUTED));
    organization.put("repositories", List.of());
    organization.put("members", members);
    organization.put("users", members.stream().map(login -> Map.of("login", login)).toList());
    return organization;
  }

  /**
   * Every user principal name asked for is a user, whose object id only Entra ID knows: shown as
   * {@code <object id of alice@nordic-retail.com>}.
   */
  private static Map<String, Object> users(Map<String, Object> args) {
    List<String> names =
        args.get("userPrincipalNames") instanceof List<?> list
            ? list.stream().map(String::valueOf).toList()
            : List.of();
    List<String> objectIds = names.stream().map(n -> "<object id of " + n + ">").toList();
    List<String> empty = names.stream().map(n -> "").toList();
    Map<String, Object> users = new LinkedHashMap<>();
    users.put("id", COMPUTED);
    users.put("userPrincipalNames", names);
    users.put("objectIds", objectIds);
    users.put("employeeIds", empty);
    users.put("mails", empty);
    users.put("mailNicknames", empty);
    users.put("users", List.of());
    return users;
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
