package dev.allotment.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.ArgoCdSpec;
import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.program.ClusterModel;
import dev.allotment.program.TeamEnvironmentModel;
import dev.allotment.publish.ArgoCdClusterSecret;
import dev.allotment.publish.Kubeconfig;
import dev.allotment.testing.Examples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names a tenant may not choose: another's or the hub's namespace (hole 1), names too long for what
 * is derived from them (hole 9), a vcluster namespace shared across teams (hole 5) and Argo CD
 * placement that is the platform's (hole 6); names and labels the operator owns (issue 21, item
 * 12).
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
        "paymentsx-dev",
        // Issue 21, item 4: a development order takes no other stage's names, nor stage-less ones.
        "payments-production",
        "payments-production-web",
        "payments-test",
        "payments-prod",
        "payments-sandbox",
        "payments-developmentx"
      })
  void aTeamNamespaceOutsideTheTeamsPrefixIsRefused(String namespace) {
    var problems =
        TeamEnvironmentValidator.validate(Examples.developmentIn(namespace).getSpec(), DEFAULTS);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("spec.kubernetes.namespace");
              assertThat(p.message()).contains("payments-development-");
            });
  }

  @Test
  void aTeamNamedLikeTheHubsNamespacesStillCannotTakeThem() {
    TeamEnvironment kube = Examples.developmentIn("kube-system");
    kube.getSpec().setTeam("kube");

    // The team name itself is refused too (issue 21, item 12): kube- is Kubernetes' prefix.
    assertThat(TeamEnvironmentValidator.validate(kube.getSpec(), DEFAULTS))
        .extracting(
            SpecProblem::field, p -> p.message().contains("one of the hub's own namespaces"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("spec.team", false),
            org.assertj.core.groups.Tuple.tuple("spec.kubernetes.namespace", true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"payments-development", "payments-development-sandbox"})
  void aNamespaceUnderTheTeamsPrefixIsAccepted(String namespace) {
    assertThat(
            TeamEnvironmentValidator.validate(
                Examples.developmentIn(namespace).getSpec(), DEFAULTS))
        .isEmpty();
  }

  /** Issue 21, item 6: an organization's special repositories are never a team's. */
  @ParameterizedTest
  @ValueSource(strings = {".github", ".github-private", ".payments-development"})
  void aRepositoryNameStartingWithADotIsRefused(String repository) {
    TeamEnvironment environment = Examples.development();
    environment.getSpec().getGithub().setRepository(repository);

    assertThat(TeamEnvironmentValidator.validate(environment.getSpec(), DEFAULTS))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("spec.github.repository");
              assertThat(p.message())
                  .contains("starts with '.'")
                  .contains("choose a name starting with payments-development-");
            });
  }

  /**
   * Issue 21, item 12: the operator's Azure tags in every spelling Azure treats as the same (tag
   * names are case-insensitive there), and only those.
   */
  @ParameterizedTest(name = "tag \"{0}\": refused {1}")
  @CsvSource({
    "team, true",
    "Team, true",
    "STAGE, true",
    "Managed-By, true",
    "' managed-by ', true",
    "teams, false",
    "cost-center, false",
    "managed, false"
  })
  void theOperatorsTagsAreRefusedInAnyCase(String tag, boolean refused) {
    TeamEnvironment environment = Examples.development();
    environment.getSpec().getAzure().setTags(Map.of(tag, "checkout"));

    var problems = TeamEnvironmentValidator.validate(environment.getSpec(), DEFAULTS);

    if (refused) {
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.field()).isEqualTo("spec.azure.tags");
                assertThat(p.message()).contains("is the operator's tag").contains("another name");
              });
    } else {
      assertThat(problems).isEmpty();
    }
  }

  /** Every tag the operator sets is one a team cannot set, in upper case too. */
  @Test
  void everyTagTheOperatorSetsIsReserved() throws Exception {
    TeamEnvironment example = Examples.development();
    var tags =
        new java.util.HashMap<>(TeamEnvironmentModel.resolve(example.getSpec(), DEFAULTS).tags());
    tags.keySet().removeAll(example.getSpec().getAzure().getTags().keySet());
    assertThat(tags).isNotEmpty();
    for (String tag : tags.keySet()) {
      TeamEnvironment environment = Examples.development();
      environment.getSpec().getAzure().setTags(Map.of(tag.toUpperCase(), "x"));
      assertThat(TeamEnvironmentValidator.validate(environment.getSpec(), DEFAULTS))
          .as(tag)
          .extracting(SpecProblem::field)
          .containsExactly("spec.azure.tags");
    }
  }

  /**
   * Issue 21, item 12: label keys compare exactly, but a domain is owned with its subdomains: every
   * key under the operator's, Argo CD's or Kubernetes' domains is refused, and env in any case.
   */
  @ParameterizedTest(name = "label \"{0}\": refused {1}")
  @CsvSource({
    "env, true",
    "Env, true",
    "platform.allotment.dev/team, true",
    "platform.allotment.dev/Team, true",
    "team.platform.allotment.dev/stage, true",
    "allotment.dev/stage, true",
    "argocd.argoproj.io/secret-type, true",
    "argoproj.io/anything, true",
    "app.kubernetes.io/managed-by, true",
    "app.kubernetes.io/part-of, true",
    "node.k8s.io/pool, true",
    "purpose, false",
    "environment, false",
    "example.com/env, false",
    "myallotment.dev/team, false",
    "allotment.dev.example.com/team, false"
  })
  void reservedLabelKeysAreRefusedUnderEveryOwnedDomain(String key, boolean refused) {
    Cluster cluster = Examples.cluster("vcluster");
    cluster.getSpec().getArgocd().setLabels(Map.of(key, "x"));

    var problems = ClusterValidator.validate(cluster.getSpec(), DEFAULTS);

    if (refused) {
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.field()).isEqualTo("spec.argocd.labels");
                assertThat(p.message()).contains("is reserved").contains("choose another key");
              });
    } else {
      assertThat(problems).isEmpty();
    }
  }

  /** Every label the operator puts on an Argo CD cluster Secret is one no team can set. */
  @Test
  void everyLabelTheOperatorSetsOnItsArgoCdSecretIsReserved() throws Exception {
    var secret =
        ArgoCdClusterSecret.build(
            ClusterModel.resolve(Examples.cluster("vcluster"), DEFAULTS),
            "https://vc.example.internal",
            Kubeconfig.parse(
                "clusters: [{name: vc, cluster: {server: https://vc.example.internal}}]\n"
                    + "users: [{name: a, user: {token: t}}]\n"
                    + "contexts: [{name: vc, context: {cluster: vc, user: a}}]\n"
                    + "current-context: vc\n"));
    var labels = new java.util.HashMap<>(secret.getMetadata().getLabels());
    labels
        .keySet()
        .removeAll(Examples.cluster("vcluster").getSpec().getArgocd().getLabels().keySet());
    assertThat(labels).isNotEmpty();
    for (String key : labels.keySet()) {
      Cluster cluster = Examples.cluster("vcluster");
      cluster.getSpec().getArgocd().setLabels(Map.of(key, "x"));
      assertThat(ClusterValidator.validate(cluster.getSpec(), DEFAULTS))
          .as(key)
          .extracting(SpecProblem::field)
          .containsExactly("spec.argocd.labels");
    }
  }

  /**
   * Issue 21, item 12: the namespace prefixes the operator creates under (vc-) and Kubernetes' own
   * (kube-) are no team's, so no team may be named into them.
   */
  @ParameterizedTest(name = "team {0}: refused {1}")
  @CsvSource({"vc, true", "vc-payments, true", "kube, true", "kube-ops, true", "vcx, false"})
  void noTeamIsNamedIntoAPrefixTheOperatorCreatesUnder(String team, boolean refused) {
    TeamEnvironment environment = Examples.development(team);
    Cluster cluster = Examples.cluster("vcluster");
    cluster.getSpec().setTeam(team);

    for (var problems :
        List.of(
            TeamEnvironmentValidator.validate(environment.getSpec(), DEFAULTS),
            ClusterValidator.validate(cluster.getSpec(), DEFAULTS))) {
      if (refused) {
        assertThat(problems)
            .singleElement()
            .satisfies(
                p -> {
                  assertThat(p.field()).isEqualTo("spec.team");
                  assertThat(p.message()).contains("is reserved for").contains("another team name");
                });
      } else {
        assertThat(problems).isEmpty();
      }
    }
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
