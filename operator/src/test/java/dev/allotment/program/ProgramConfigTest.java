package dev.allotment.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.EntraGroupRole;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.PolicyDefaultsSpec;
import dev.allotment.api.v1alpha1.StageSettingsSpec;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.definition.ClusterConnections;
import dev.allotment.definition.ClusterDefinition;
import dev.allotment.definition.StackDefinition;
import dev.allotment.definition.TeamEnvironmentDefinition;
import dev.allotment.engine.Fingerprint;
import dev.allotment.engine.ProgramInputs;
import dev.allotment.policy.PolicySource;
import dev.allotment.render.ProgramRenderer;
import dev.allotment.render.Rendering;
import dev.allotment.testing.Examples;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The process mode's inputs: what the operator writes to stack configuration rebuilds, in the
 * program process, exactly the model (and so the program and the fingerprint) the operator built.
 */
class ProgramConfigTest {

  private static final ProgramDefaults DEFAULTS =
      new ProgramDefaults(
          Optional.of("nordic-retail"),
          Optional.of("11111111-2222-3333-4444-555555555555"),
          Optional.of("westeurope"),
          "gitops",
          true,
          "https://hub.example.com:6443");

  private static final String SERVER = "https://payments-dev.vc-payments-dev.svc:443";
  private static final String KUBECONFIG =
      "apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user: {token: s3cr3t-cluster-token}\n";

  private static final ClusterConnections CONNECTED =
      (namespace, name, team, stage) -> new ClusterConnection(SERVER, KUBECONFIG);

  private final TeamEnvironmentDefinition environments =
      new TeamEnvironmentDefinition(DEFAULTS, CONNECTED, PolicySource.none(), Examples.bindings());
  private final ClusterDefinition clusters =
      new ClusterDefinition(DEFAULTS, PolicySource.none(), Examples.bindings());

  @ParameterizedTest
  @ValueSource(strings = {"development", "production"})
  void aTeamEnvironmentOnTheHubComesBackAsTheSameModel(String example) throws Exception {
    TeamEnvironment resource =
        Examples.load("teamenvironment-" + example + ".yaml", TeamEnvironment.class);
    StackDefinition.Prepared prepared = environments.prepare(resource);

    var resolved = (ProgramConfig.OfTeamEnvironment) ProgramConfig.resolve(prepared.inputs());

    TeamEnvironmentModel inProcess = TeamEnvironmentModel.resolve(resource.getSpec(), DEFAULTS);
    assertThat(resolved.model()).isEqualTo(inProcess);
    assertThat(resolved.clusterKubeconfig()).isEmpty();
    // The fingerprint is the model's: the inputs change nothing about when an up is due.
    assertThat(prepared.fingerprint())
        .isEqualTo(
            Fingerprint.of(
                "teamenvironment", TeamEnvironmentProgram.VERSION, resolved.model().canonical()));
  }

  @Test
  void aTeamEnvironmentOnAClusterGetsTheClustersConnection() throws Exception {
    TeamEnvironment resource = Examples.onCluster();
    StackDefinition.Prepared prepared = environments.prepare(resource);

    var resolved = (ProgramConfig.OfTeamEnvironment) ProgramConfig.resolve(prepared.inputs());

    assertThat(resolved.model())
        .isEqualTo(
            TeamEnvironmentModel.resolve(resource.getSpec(), DEFAULTS)
                .onCluster(SERVER, Fingerprint.of(KUBECONFIG)));
    assertThat(resolved.clusterKubeconfig()).contains(KUBECONFIG);
    assertThat(prepared.fingerprint())
        .isEqualTo(
            Fingerprint.of(
                "teamenvironment", TeamEnvironmentProgram.VERSION, resolved.model().canonical()));
  }

  @Test
  void theKubeconfigIsTheOnlySecretAndNeverPrinted() throws Exception {
    ProgramInputs inputs = environments.prepare(Examples.onCluster()).inputs();

    assertThat(inputs.secretConfig()).containsOnlyKeys("allotment:clusterKubeconfig");
    assertThat(inputs.secretConfig().get("allotment:clusterKubeconfig")).isEqualTo(KUBECONFIG);
    assertThat(inputs.config().values()).noneMatch(v -> v.contains("s3cr3t-cluster-token"));
    assertThat(inputs.toString()).doesNotContain("s3cr3t-cluster-token").doesNotContain("spec\":");
    assertThat(ProgramConfig.resolve(inputs).toString()).doesNotContain("s3cr3t-cluster-token");
  }

  @Test
  void everyKeyIsWrittenSoThatAValueNoLongerNeededIsOverwritten() throws Exception {
    // An environment that left its Cluster must not keep the Cluster's credentials in its stack.
    ProgramInputs onHub = environments.prepare(Examples.development()).inputs();
    ProgramInputs onCluster = environments.prepare(Examples.onCluster()).inputs();

    assertThat(onHub.config().keySet()).isEqualTo(onCluster.config().keySet());
    assertThat(onHub.secretConfig().keySet()).isEqualTo(onCluster.secretConfig().keySet());
    assertThat(onHub.config()).containsEntry("allotment:clusterServer", "");
    assertThat(onHub.secretConfig()).containsEntry("allotment:clusterKubeconfig", "");
    assertThat(onHub.config())
        .containsEntry("allotment:kind", "teamenvironment")
        .containsEntry("allotment:name", "payments-development")
        .containsEntry("allotment:namespace", "team-payments")
        .containsKeys("allotment:spec", "allotment:defaults");
  }

  @Test
  void thePoliciesRoleForTheEntraGroupReachesTheProgramProcess() throws Exception {
    StageSettingsSpec production = new StageSettingsSpec();
    production.setEntraGroupRole(EntraGroupRole.Contributor);
    PlatformPolicy policy = new PlatformPolicy();
    policy.setMetadata(new ObjectMetaBuilder().withName("contributing-production").build());
    policy.setSpec(new PlatformPolicySpec());
    policy.getSpec().setDefaults(new PolicyDefaultsSpec());
    policy.getSpec().getDefaults().setProduction(production);
    var underPolicy =
        new TeamEnvironmentDefinition(
            DEFAULTS, CONNECTED, () -> List.of(policy), Examples.bindings());

    StackDefinition.Prepared prepared = underPolicy.prepare(Examples.production());
    var resolved = (ProgramConfig.OfTeamEnvironment) ProgramConfig.resolve(prepared.inputs());

    assertThat(prepared.inputs().config()).containsEntry("allotment:entraGroupRole", "Contributor");
    assertThat(resolved.model().entraGroup().orElseThrow().role())
        .isEqualTo(EntraGroupRole.Contributor);
    assertThat(prepared.fingerprint())
        .isEqualTo(
            Fingerprint.of(
                "teamenvironment", TeamEnvironmentProgram.VERSION, resolved.model().canonical()));
    // Without a policy the key is empty and the stage's default applies.
    var byDefault =
        (ProgramConfig.OfTeamEnvironment)
            ProgramConfig.resolve(environments.prepare(Examples.production()).inputs());
    assertThat(byDefault.model().entraGroup().orElseThrow().role())
        .isEqualTo(EntraGroupRole.Reader);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vcluster", "digitalocean", "azure"})
  void aClusterComesBackAsTheSameModel(String provider) throws Exception {
    Cluster resource = Examples.cluster(provider);
    StackDefinition.Prepared prepared = clusters.prepare(resource);

    var resolved = (ProgramConfig.OfCluster) ProgramConfig.resolve(prepared.inputs());

    assertThat(resolved.model()).isEqualTo(ClusterModel.resolve(resource, DEFAULTS));
    assertThat(prepared.inputs().secretConfig()).isEmpty();
    assertThat(prepared.fingerprint())
        .isEqualTo(Fingerprint.of("cluster", ClusterProgram.VERSION, resolved.model().canonical()));
  }

  @Test
  void theProgramFromConfigurationDeclaresWhatTheInlineProgramDeclares() throws Exception {
    var renderer = new ProgramRenderer();
    StackDefinition.Prepared prepared = environments.prepare(Examples.onCluster());

    List<String> members = Examples.onCluster().getSpec().getOwners();
    Rendering inline = renderer.render("p", "s", prepared.program(), members);
    Rendering fromConfig =
        renderer.render("p", "s", ProgramConfig.resolve(prepared.inputs()).program(), members);

    assertThat(declared(fromConfig)).isEqualTo(declared(inline)).isNotEmpty();
    assertThat(fromConfig.outputs().keySet()).isEqualTo(inline.outputs().keySet());
    assertThat(fromConfig.secretOutputs()).isEqualTo(inline.secretOutputs());
  }

  @Test
  void defaultsRoundTripWithAndWithoutOptionalValues() {
    for (ProgramDefaults defaults :
        List.of(DEFAULTS, ProgramDefaults.none(), DEFAULTS.withOperatorNamespace("platform-ops"))) {
      assertThat(ProgramConfig.defaults(ProgramConfig.defaults(defaults))).isEqualTo(defaults);
    }
    assertThat(ProgramConfig.defaults(ProgramDefaults.none()))
        .doesNotContain("githubOrganization")
        .contains("\"meshInjection\":false");
  }

  @Test
  void aMissingInputIsNamed() {
    assertThatThrownBy(() -> ProgramConfig.resolve(ProgramInputs.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("allotment:kind");
  }

  @Test
  void anEnvironmentOnAClusterWithoutItsConnectionIsRefused() throws Exception {
    ProgramInputs inputs = environments.prepare(Examples.onCluster()).inputs();
    var withoutKubeconfig =
        new ProgramInputs(inputs.config(), Map.of("allotment:clusterKubeconfig", ""));

    assertThatThrownBy(() -> ProgramConfig.resolve(withoutKubeconfig))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("allotment:clusterKubeconfig");
  }

  /** {@code <type> <name>} of every declared resource; the order of registration may vary. */
  private static List<String> declared(Rendering rendering) {
    return rendering.resources().stream().map(r -> r.type() + " " + r.name()).sorted().toList();
  }
}
