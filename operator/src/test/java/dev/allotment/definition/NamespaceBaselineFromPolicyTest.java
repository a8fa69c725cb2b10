package dev.allotment.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.api.v1alpha1.EgressPolicy;
import dev.allotment.api.v1alpha1.NamespaceBaselineSpec;
import dev.allotment.api.v1alpha1.NamespaceQuotaSpec;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.PodSecurityLevel;
import dev.allotment.api.v1alpha1.PolicyDefaultsSpec;
import dev.allotment.api.v1alpha1.StageSettingsSpec;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.policy.PolicySource;
import dev.allotment.program.NamespaceBaseline;
import dev.allotment.program.ProgramConfig;
import dev.allotment.render.DeclaredResource;
import dev.allotment.render.ProgramRenderer;
import dev.allotment.render.Rendering;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.cloud.GitHubOrganization;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A PlatformPolicy's namespace baseline reaches the programs of its stage: what they declare, the
 * inputs a program process rebuilds them from, and the fingerprint (so a changed policy updates the
 * namespaces). A malformed value stalls the stage's resources naming the policy and the fix.
 */
class NamespaceBaselineFromPolicyTest {

  private static final ProgramDefaults DEFAULTS = ProgramDefaults.none();

  private final ProgramRenderer renderer = new ProgramRenderer();

  /** development: privileged, DenyAll, 5Gi of storage in 2 claims, 1 LoadBalancer, 3 NodePorts. */
  private static PlatformPolicy relaxedDevelopment(String storage, int claims) {
    var quota = new NamespaceQuotaSpec();
    quota.setStorage(storage);
    quota.setPersistentVolumeClaims(claims);
    quota.setLoadBalancers(1);
    quota.setNodePorts(3);
    var namespaces = new NamespaceBaselineSpec();
    namespaces.setPodSecurity(PodSecurityLevel.PRIVILEGED);
    namespaces.setEgress(EgressPolicy.DenyAll);
    namespaces.setQuota(quota);
    var development = new StageSettingsSpec();
    development.setNamespaces(namespaces);
    var defaults = new PolicyDefaultsSpec();
    defaults.setDevelopment(development);
    var spec = new PlatformPolicySpec();
    spec.setDefaults(defaults);
    var policy = new PlatformPolicy();
    policy.setMetadata(new ObjectMetaBuilder().withName("relaxed-development").build());
    policy.setSpec(spec);
    return policy;
  }

  private static final String LABELS = "metadata.labels";

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(DeclaredResource resource, String path) {
    return (Map<String, Object>) resource.input(path).orElseThrow();
  }

  private static TeamEnvironmentDefinition environments(PolicySource policies) {
    return new TeamEnvironmentDefinition(
        DEFAULTS, (n, c, team, stage) -> null, policies, Examples.bindings());
  }

  @Test
  void theStagesPolicyShapesTheTeamNamespaceAndSurvivesTheProgramProcess() throws Exception {
    PolicySource policies = () -> List.of(relaxedDevelopment("5Gi", 2));
    StackDefinition.Prepared prepared = environments(policies).prepare(Examples.development());

    Rendering rendering =
        renderer.render("p", "s", prepared.program(), GitHubOrganization.EXAMPLE_MEMBERS);

    assertThat(map(rendering.get("kubernetes:core/v1:Namespace", "payments-development"), LABELS))
        .containsEntry("pod-security.kubernetes.io/enforce", "privileged")
        .containsEntry("pod-security.kubernetes.io/warn", "privileged")
        .containsEntry("pod-security.kubernetes.io/audit", "privileged");
    assertThat(map(rendering.ofType("kubernetes:core/v1:ResourceQuota").get(0), "spec.hard"))
        .containsEntry("requests.storage", "5Gi")
        .containsEntry("persistentvolumeclaims", "2")
        .containsEntry("services.loadbalancers", "1")
        .containsEntry("services.nodeports", "3");
    // DenyAll: the same namespace and DNS, nothing else.
    DeclaredResource egress =
        rendering.get(
            "kubernetes:networking.k8s.io/v1:NetworkPolicy", "payments-development-egress");
    assertThat(egress.input("spec.egress"))
        .contains(
            List.of(
                Map.of("to", List.of(Map.of("podSelector", Map.of()))),
                Map.of(
                    "ports",
                    List.of(
                        Map.of("protocol", "UDP", "port", 53.0),
                        Map.of("protocol", "TCP", "port", 53.0)))));

    // A program process builds the same model from the stack configuration.
    var resolved = (ProgramConfig.OfTeamEnvironment) ProgramConfig.resolve(prepared.inputs());
    assertThat(resolved.model().baseline())
        .isEqualTo(
            new NamespaceBaseline(
                PodSecurityLevel.PRIVILEGED, EgressPolicy.DenyAll, "5Gi", 2, 1, 3));
    // Production is not development: the same policy leaves it at the defaults.
    assertThat(
            environments(policies)
                .prepare(Examples.production())
                .inputs()
                .config()
                .get("allotment:baseline"))
        .isEqualTo(ProgramConfig.baseline(NamespaceBaseline.DEFAULT));
  }

  @Test
  void aChangedPolicyChangesTheFingerprintSoTheNamespaceIsUpdated() throws Exception {
    String none = environments(List::of).prepare(Examples.development()).fingerprint();
    String relaxed =
        environments(() -> List.of(relaxedDevelopment("5Gi", 2)))
            .prepare(Examples.development())
            .fingerprint();
    String larger =
        environments(() -> List.of(relaxedDevelopment("6Gi", 2)))
            .prepare(Examples.development())
            .fingerprint();

    assertThat(List.of(none, relaxed, larger)).doesNotHaveDuplicates();
  }

  @Test
  void theVclusterHostGetsTheStagesBaselineWithinWhatVclusterNeeds() throws Exception {
    var clusters =
        new ClusterDefinition(
            DEFAULTS, () -> List.of(relaxedDevelopment("5Gi", 2)), Examples.bindings());
    StackDefinition.Prepared prepared = clusters.prepare(Examples.cluster("vcluster"));

    Rendering rendering =
        renderer.render("p", "s", prepared.program(), GitHubOrganization.EXAMPLE_MEMBERS);

    String host = "vc-payments-payments-dev";
    assertThat(map(rendering.get("kubernetes:core/v1:Namespace", host), LABELS))
        .containsEntry("pod-security.kubernetes.io/enforce", "privileged");
    // DenyAll would cut the virtual control plane off the hub's API server: DenyMetadata.
    assertThat(
            rendering
                .get("kubernetes:networking.k8s.io/v1:NetworkPolicy", host + "-egress")
                .input("spec.egress.0.to.0.ipBlock"))
        .contains(Map.of("cidr", "0.0.0.0/0", "except", List.of("169.254.0.0/16")));
    // The team's allowance, and room for vcluster's own 5Gi volume; the default compute quota.
    assertThat(
            rendering.get("kubernetes:core/v1:ResourceQuota", host + "-quota").input("spec.hard"))
        .contains(
            Map.of(
                "requests.storage", "10Gi",
                "persistentvolumeclaims", "3",
                "services.loadbalancers", "1",
                "services.nodeports", "3",
                "requests.cpu", "4",
                "requests.memory", "8Gi",
                "limits.memory", "8Gi",
                "pods", "50"));
    var resolved = (ProgramConfig.OfCluster) ProgramConfig.resolve(prepared.inputs());
    assertThat(resolved.model().vclusterHostBaseline())
        .contains(
            new NamespaceBaseline(
                PodSecurityLevel.PRIVILEGED, EgressPolicy.DenyMetadata, "10Gi", 3, 1, 3));
  }

  @Test
  void aMalformedPolicyValueStallsTheStageNamingThePolicyFieldAndFix() {
    // Only a policy stored around the CRD's schema can hold one.
    PolicySource policies = () -> List.of(relaxedDevelopment("lots", 2));

    assertThatThrownBy(() -> environments(policies).prepare(Examples.development()))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_POLICY))
        .hasMessage(
            "PlatformPolicy \"relaxed-development\""
                + " spec.defaults.development.namespaces.quota.storage: \"lots\" is not a quantity"
                + " of bytes; the platform team must write it like 50Gi");
  }
}
