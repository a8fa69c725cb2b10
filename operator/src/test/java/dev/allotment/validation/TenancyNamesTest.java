package dev.allotment.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.ArgoCdSpec;
import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.program.ClusterModel;
import dev.allotment.testing.Examples;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names a tenant may not choose: another's or the hub's namespace (hole 1), names too long for what
 * is derived from them (hole 9), a vcluster namespace shared across teams (hole 5) and Argo CD
 * placement that is the platform's (hole 6).
 */
class TenancyNamesTest {

  private static final ProgramDefaults DEFAULTS = ProgramDefaults.none();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kube-system",
        "kube-public",
        "default",
        "allotment-system",
        "argocd",
        "checkout-production",
        "team-payments",
        "paymentsx-dev"
      })
  void aTeamNamespaceOutsideTheTeamsPrefixIsRefused(String namespace) {
    var problems =
        TeamEnvironmentValidator.validate(Examples.developmentIn(namespace).getSpec(), DEFAULTS);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("spec.kubernetes.namespace");
              assertThat(p.message()).contains("payments-");
            });
  }

  @Test
  void aTeamNamedLikeTheHubsNamespacesStillCannotTakeThem() {
    TeamEnvironment kube = Examples.developmentIn("kube-system");
    kube.getSpec().setTeam("kube");

    assertThat(TeamEnvironmentValidator.validate(kube.getSpec(), DEFAULTS))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("one of the hub's own namespaces"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"payments-development", "payments-sandbox"})
  void aNamespaceUnderTheTeamsPrefixIsAccepted(String namespace) {
    assertThat(
            TeamEnvironmentValidator.validate(
                Examples.developmentIn(namespace).getSpec(), DEFAULTS))
        .isEmpty();
  }

  @Test
  void twoTeamsVclustersOfOneNameGetTwoNamespaces() throws Exception {
    Cluster payments = Examples.cluster("vcluster");
    payments.getMetadata().setName("dev");
    Cluster checkout = Examples.cluster("vcluster");
    checkout.getMetadata().setName("dev");
    checkout.getMetadata().setNamespace("team-checkout");
    checkout.getSpec().setTeam("checkout");

    assertThat(ClusterModel.resolve(payments, DEFAULTS).vclusterNamespace())
        .isEqualTo("vc-payments-dev");
    assertThat(ClusterModel.resolve(checkout, DEFAULTS).vclusterNamespace())
        .isEqualTo("vc-checkout-dev");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    // provider, name length, derived name that does not fit
    "vcluster, 54, vcluster Helm release",
    "vcluster, 52, vcluster's hub namespace",
    "azure, 41, AKS cluster name",
    "digitalocean, 44, DigitalOcean cluster name",
  })
  void aNameTooLongForWhatIsDerivedFromItIsRefusedUpFront(
      String provider, int length, String what) {
    Cluster cluster = Examples.cluster(provider);
    cluster.getMetadata().setName("c" + "x".repeat(length - 1));

    var problems =
        DerivedNames.cluster(
            cluster.getMetadata().getNamespace(),
            cluster.getMetadata().getName(),
            cluster.getSpec());

    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("metadata.name");
              assertThat(p.message()).contains(what).contains("shorten metadata.name");
            });
  }

  @Test
  void aVclusterNameMustStartWithALetter() {
    Cluster cluster = Examples.cluster("vcluster");
    cluster.getMetadata().setName("1st");

    assertThat(DerivedNames.cluster("team-payments", "1st", cluster.getSpec()))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("start with a letter"));
  }

  @Test
  void theExamplesNamesFit() {
    for (String provider : new String[] {"vcluster", "azure", "digitalocean"}) {
      Cluster cluster = Examples.cluster(provider);
      assertThat(
              DerivedNames.cluster(
                  cluster.getMetadata().getNamespace(),
                  cluster.getMetadata().getName(),
                  cluster.getSpec()))
          .as(provider)
          .isEmpty();
    }
    assertThat(DerivedNames.teamEnvironment("payments-development")).isEmpty();
  }

  @Test
  void anOutputsSecretNameTooLongIsRefused() {
    assertThat(DerivedNames.teamEnvironment("a".repeat(250)))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("outputs Secret"));
  }

  @Test
  void argoCdPlacementIsThePlatforms() {
    Cluster cluster = Examples.cluster("vcluster");
    ArgoCdSpec argocd = cluster.getSpec().getArgocd();
    argocd.setNamespace("team-checkout");
    argocd.setLabels(
        Map.of(
            "env", "production",
            "argocd.argoproj.io/secret-type", "cluster",
            "platform.allotment.dev/team", "checkout",
            "purpose", "sandbox"));

    var problems = ClusterValidator.validate(cluster.getSpec(), DEFAULTS);

    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("spec.argocd.namespace");
              assertThat(p.message()).contains("ALLOTMENT_ARGOCD_NAMESPACE");
            });
    assertThat(problems.stream().filter(p -> p.field().equals("spec.argocd.labels")))
        .hasSize(3)
        .allSatisfy(p -> assertThat(p.message()).contains("is reserved"));
    argocd.setNamespace("argocd");
    argocd.setLabels(Map.of("purpose", "sandbox"));
    assertThat(ClusterValidator.validate(cluster.getSpec(), DEFAULTS)).isEmpty();
  }
}
