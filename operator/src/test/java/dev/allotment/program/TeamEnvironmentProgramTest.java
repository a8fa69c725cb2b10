package dev.allotment.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.ProgramRefusal;
import dev.allotment.engine.StackOperationException;
import dev.allotment.render.DeclaredResource;
import dev.allotment.render.ProgramRenderer;
import dev.allotment.render.Rendering;
import dev.allotment.testing.Examples;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The TeamEnvironment program, evaluated with Pulumi's mocks on the examples users start from. */
class TeamEnvironmentProgramTest {

  private static final String ACTIONS_VARIABLE =
      "github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable";
  private static final String ACTIONS_SECRET =
      "github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret";
  private static final String ENVIRONMENT =
      "github:index/repositoryEnvironment:RepositoryEnvironment";

  private final ProgramRenderer renderer = new ProgramRenderer();

  private Rendering render(TeamEnvironment resource, ProgramDefaults defaults) throws Exception {
    var model = TeamEnvironmentModel.resolve(resource.getSpec(), defaults);
    return render(model, members(model));
  }

  private Rendering render(TeamEnvironmentModel model, List<String> githubMembers) {
    return renderer.render(
        "allotment-teamenvironment", "test", TeamEnvironmentProgram.of(model), githubMembers);
  }

  /** Every owner and contributor, as members of the organization. */
  private static List<String> members(TeamEnvironmentModel model) {
    return Stream.concat(model.owners().stream(), model.contributors().stream()).toList();
  }

  private Rendering development() throws Exception {
    return render(Examples.development(), ProgramDefaults.none());
  }

  private Rendering production() throws Exception {
    return render(Examples.production(), ProgramDefaults.none());
  }

  @Test
  void declaresEveryResourceTheDesignNames() throws Exception {
    var types = development().resources().stream().map(DeclaredResource::type).toList();
    assertThat(types)
        .contains(
            "azure-native:resources:ResourceGroup",
            "azure-native:managedidentity:UserAssignedIdentity",
            "azure-native:managedidentity:FederatedIdentityCredential",
            "azure-native:authorization:RoleAssignment",
            "kubernetes:core/v1:Namespace",
            "kubernetes:core/v1:ResourceQuota",
            "kubernetes:core/v1:LimitRange",
            "kubernetes:core/v1:ServiceAccount",
            "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
            "kubernetes:networking.k8s.io/v1:NetworkPolicy",
            "github:index/team:Team",
            "github:index/teamMembership:TeamMembership",
            "github:index/repository:Repository",
            "github:index/teamRepository:TeamRepository",
            ENVIRONMENT,
            ACTIONS_VARIABLE,
            ACTIONS_SECRET);
  }

  @Test
  void resourceGroupIsNamedAfterTeamAndStage() throws Exception {
    var group =
        development().get("azure-native:resources:ResourceGroup", "rg-payments-development");
    assertThat(group.text("location")).contains("westeurope");
    assertThat(group.input("tags"))
        .contains(
            Map.of(
                "team", "payments",
                "stage", "development",
                "managed-by", "allotment",
                "cost-center", "cc-4711"));
  }

  @Test
  void federatedCredentialTrustsOnlyTheStagesGitHubEnvironment() throws Exception {
    var credential =
        development().ofType("azure-native:managedidentity:FederatedIdentityCredential").get(0);
    assertThat(credential.text("subject"))
        .contains("repo:nordic-retail/payments-development:environment:development");
    assertThat(credential.text("issuer")).contains("https://token.actions.githubusercontent.com");
    assertThat(credential.input("audiences")).contains(List.of("api://AzureADTokenExchange"));

    var prod =
        production().ofType("azure-native:managedidentity:FederatedIdentityCredential").get(0);
    assertThat(prod.text("subject"))
        .contains("repo:nordic-retail/payments-production-service:environment:production");
  }

  @Test
  void roleAssignmentIsContributorScopedToTheResourceGroupOnly() throws Exception {
    var rendering = development();
    var assignments = rendering.ofType("azure-native:authorization:RoleAssignment");
    assertThat(assignments).hasSize(1);
    var assignment = assignments.get(0);
    assertThat(assignment.text("scope"))
        .contains(
            "/subscriptions/"
                + ProgramRenderer.COMPUTED
                + "/resourceGroups/rg-payments-development");
    assertThat(assignment.text("roleDefinitionId"))
        .contains(
            "/subscriptions/11111111-2222-3333-4444-555555555555/providers/"
                + "Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c");
    assertThat(assignment.text("principalType")).contains("ServicePrincipal");
  }

  /**
   * The namespace is created, never adopted: through a provider with server-side apply off, whose
   * create fails on an existing namespace (TenancyOnRealEngineTest shows it on the real provider).
   * It carries the labels the operator later recognises it by. Both are also exported: team and
   * stage, which a re-created resource must match to adopt the stack.
   */
  @Test
  void theNamespaceIsCreatedByACreateOnlyProviderAndOwnershipIsExported() throws Exception {
    var rendering = development();

    assertThat(
            rendering
                .get("pulumi:providers:kubernetes", "hub-create-only")
                .text("enableServerSideApply"))
        .contains("false");
    var namespace = rendering.get("kubernetes:core/v1:Namespace", "payments-development");
    assertThat(labels(namespace))
        .containsAllEntriesOf(
            Map.of(
                "app.kubernetes.io/managed-by", "allotment",
                "platform.allotment.dev/team", "payments",
                "platform.allotment.dev/stage", "development",
                "platform.allotment.dev/kind", "teamenvironment"));
    assertThat(rendering.outputs())
        .containsEntry("team", "payments")
        .containsEntry("stage", "development");
  }

  @Test
  void namespaceQuotaAndLimitsFollowTheSpec() throws Exception {
    var rendering = development();
    var namespace = rendering.get("kubernetes:core/v1:Namespace", "payments-development");
    assertThat(namespace.text("metadata.name")).contains("payments-development");
    assertThat(namespace.input("metadata.annotations.linkerd\\.io/inject")).isEmpty();

    var quota = rendering.ofType("kubernetes:core/v1:ResourceQuota").get(0);
    assertThat(quota.input("spec.hard"))
        .contains(
            Map.of(
                "requests.cpu", "4",
                "limits.cpu", "4",
                "requests.memory", "8Gi",
                "limits.memory", "8Gi",
                "pods", "40",
                "requests.storage", "50Gi",
                "persistentvolumeclaims", "10",
                "services.loadbalancers", "0",
                "services.nodeports", "0"));
    assertThat(quota.text("metadata.namespace")).contains("payments-development");

    var prodQuota = production().ofType("kubernetes:core/v1:ResourceQuota").get(0);
    assertThat(prodQuota.text("metadata.namespace")).contains("payments-production-shop");
    assertThat(prodQuota.text("spec.hard.pods")).contains("200");
  }

  /**
   * The baseline no spec can weaken: Pod Security restricted, enforced, warned and audited at the
   * latest version (the quota's storage and exposure items: {@link
   * #namespaceQuotaAndLimitsFollowTheSpec}).
   */
  @Test
  void theNamespaceEnforcesRestrictedPodSecurity() throws Exception {
    var namespace = development().get("kubernetes:core/v1:Namespace", "payments-development");

    assertThat(labels(namespace))
        .containsAllEntriesOf(
            Map.of(
                "pod-security.kubernetes.io/enforce", "restricted",
                "pod-security.kubernetes.io/enforce-version", "latest",
                "pod-security.kubernetes.io/warn", "restricted",
                "pod-security.kubernetes.io/warn-version", "latest",
                "pod-security.kubernetes.io/audit", "restricted",
                "pod-security.kubernetes.io/audit-version", "latest"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> labels(DeclaredResource resource) {
    return (Map<String, Object>) resource.input("metadata.labels").orElseThrow();
  }

  @Test
  void egressToTheLinkLocalMetadataRangeIsDeniedAndDnsAllowed() throws Exception {
    var egress =
        development()
            .get("kubernetes:networking.k8s.io/v1:NetworkPolicy", "payments-development-egress");

    assertThat(egress.text("metadata.name")).contains("platform-egress");
    assertThat(egress.text("metadata.namespace")).contains("payments-development");
    assertThat(egress.input("spec.podSelector")).contains(Map.of());
    assertThat(egress.input("spec.policyTypes")).contains(List.of("Egress"));
    assertThat(egress.input("spec.egress"))
        .contains(
            List.of(
                Map.of(
                    "to",
                    List.of(
                        Map.of(
                            "ipBlock",
                            Map.of("cidr", "0.0.0.0/0", "except", List.of("169.254.0.0/16"))),
                        Map.of("ipBlock", Map.of("cidr", "::/0", "except", List.of("fe80::/10"))),
                        Map.of("namespaceSelector", Map.of()))),
                Map.of(
                    "ports",
                    List.of(
                        Map.of("protocol", "UDP", "port", 53.0),
                        Map.of("protocol", "TCP", "port", 53.0)))));
  }

  @Test
  void deployerIsAdminOfItsNamespaceOnly() throws Exception {
    var binding =
        development().ofType("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding").get(0);
    assertThat(binding.text("metadata.namespace")).contains("payments-development");
    assertThat(binding.text("roleRef.kind")).contains("ClusterRole");
    assertThat(binding.text("roleRef.name")).contains("admin");
    assertThat(binding.text("subjects.0.name")).contains("deployer");
    assertThat(binding.text("subjects.0.namespace")).contains("payments-development");
  }

  @Test
  void networkPolicyAdmitsIngressOnlyFromTheSameNamespace() throws Exception {
    var policy =
        development()
            .get(
                "kubernetes:networking.k8s.io/v1:NetworkPolicy",
                "payments-development-deny-other-namespaces");
    assertThat(policy.input("spec.podSelector")).contains(Map.of());
    assertThat(policy.input("spec.policyTypes")).contains(List.of("Ingress"));
    // One rule whose only peer is a pod selector without namespaceSelector: same namespace only.
    assertThat(policy.input("spec.ingress"))
        .contains(List.of(Map.of("from", List.of(Map.of("podSelector", Map.of())))));
  }

  @Test
  void meshInjectionAnnotatesTheNamespaceWhenConfigured() throws Exception {
    var defaults =
        new ProgramDefaults(
            Optional.empty(), Optional.empty(), Optional.empty(), "argocd", true, "https://hub");
    var namespace =
        render(Examples.development(), defaults)
            .get("kubernetes:core/v1:Namespace", "payments-development");
    assertThat(namespace.input("metadata.annotations"))
        .contains(Map.of("linkerd.io/inject", "enabled"));
  }

  @Test
  void githubCredentialsAreScopedToTheStagesEnvironment() throws Exception {
    var rendering = development();
    var variables = rendering.ofType(ACTIONS_VARIABLE);
    assertThat(variables)
        .extracting(v -> v.text("variableName").orElseThrow())
        .containsExactlyInAnyOrder(
            "AZURE_CLIENT_ID",
            "AZURE_TENANT_ID",
            "AZURE_SUBSCRIPTION_ID",
            "AZURE_RESOURCE_GROUP",
            "KUBE_NAMESPACE");
    assertThat(variables)
        .allSatisfy(v -> assertThat(v.text("environment")).contains("development"));
    assertThat(variables)
        .filteredOn(v -> v.text("variableName").orElseThrow().equals("AZURE_SUBSCRIPTION_ID"))
        .singleElement()
        .satisfies(
            v -> assertThat(v.text("value")).contains("11111111-2222-3333-4444-555555555555"));

    var secret = rendering.ofType(ACTIONS_SECRET);
    assertThat(secret)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.text("secretName")).contains("KUBE_CONFIG");
              assertThat(s.text("value"))
                  .hasValueSatisfying(v -> assertThat(v).contains("kind: Config"));
              assertThat(s.text("environment")).contains("development");
            });
  }

  @Test
  void kubeconfigIsASecretOutputAndNeverPlain() throws Exception {
    var rendering = development();
    assertThat(rendering.secretOutputs()).containsExactly("kubeconfig");
    assertThat(rendering.outputs().get("kubeconfig"))
        .contains("namespace: payments-development")
        .contains("server: https://kubernetes.default.svc");
  }

  @Test
  void productionEnvironmentRequiresOwnersReviewFromProtectedBranches() throws Exception {
    var environment = production().ofType(ENVIRONMENT).get(0);
    assertThat(environment.text("environment")).contains("production");
    assertThat(environment.input("reviewers.0.teams")).isPresent();
    assertThat(environment.input("preventSelfReview")).contains(true);
    assertThat(environment.input("deploymentBranchPolicy"))
        .contains(Map.of("protectedBranches", true, "customBranchPolicies", false));

    var devEnvironment = development().ofType(ENVIRONMENT).get(0);
    assertThat(devEnvironment.input("reviewers")).isEmpty();
    assertThat(devEnvironment.input("deploymentBranchPolicy")).isEmpty();
  }

  @Test
  void ownersMaintainTheTeamAndAdministerTheRepository() throws Exception {
    var rendering = production();
    var memberships = rendering.ofType("github:index/teamMembership:TeamMembership");
    assertThat(memberships)
        .extracting(m -> m.text("username").orElseThrow() + ":" + m.text("role").orElseThrow())
        .containsExactlyInAnyOrder(
            "alice-nordic:maintainer",
            "alice-nordic:maintainer",
            "dave-lead:maintainer",
            "dave-lead:maintainer",
            "bob-dev:member");
    assertThat(rendering.ofType("github:index/teamRepository:TeamRepository"))
        .extracting(t -> t.text("permission").orElseThrow())
        .containsExactlyInAnyOrder("push", "admin");
    var repository = rendering.ofType("github:index/repository:Repository").get(0);
    assertThat(repository.text("name")).contains("payments-production-service");
    assertThat(repository.text("visibility")).contains("internal");
    assertThat(repository.text("template.repository")).contains("service-template");
    assertThat(repository.input("archiveOnDestroy")).contains(true);
  }

  /**
   * Owners and contributors must already be members of the organization: the program asks GitHub
   * (not a summary, which leaves the members out) before any team membership.
   */
  @Test
  void theProgramReadsTheOrganizationsMembersFromGitHub() throws Exception {
    var invokes = development().invokes();

    assertThat(invokes)
        .filteredOn(i -> i.type().equals("github:index/getOrganization:getOrganization"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.text("name")).contains("nordic-retail");
              assertThat(i.input("summaryOnly")).contains(false);
            });
  }

  @Test
  void aLoginOutsideTheOrganizationIsRefusedNamingItsField() throws Exception {
    TeamEnvironment resource = Examples.development();
    resource.getSpec().getContributors().add("mallory");
    var model = TeamEnvironmentModel.resolve(resource.getSpec(), ProgramDefaults.none());

    // The refusal reaches the operator as the engine's text, as Pulumi reports the program's error.
    assertThatThrownBy(() -> render(model, List.of("alice-nordic", "bob-dev", "carol-dev")))
        .satisfies(
            e ->
                assertThat(ProgramRefusal.in(List.of(e.getMessage()), e))
                    .hasValueSatisfying(
                        refusal -> {
                          assertThat(refusal.reason())
                              .isEqualTo(StackOperationException.Reason.NOT_ORG_MEMBERS);
                          assertThat(refusal.getMessage())
                              .startsWith(
                                  "not members of the GitHub organization nordic-retail:"
                                      + " mallory (spec.contributors). Allotment never invites")
                              .endsWith("remove them from spec.owners / spec.contributors");
                        }));
  }

  @Test
  void membershipIsComparedCaseInsensitivelyAsGitHubDoes() throws Exception {
    var model =
        TeamEnvironmentModel.resolve(Examples.development().getSpec(), ProgramDefaults.none());

    var rendering = render(model, List.of("ALICE-NORDIC", "Bob-Dev", "carol-dev"));

    assertThat(rendering.ofType("github:index/teamMembership:TeamMembership")).hasSize(4);
  }
}
