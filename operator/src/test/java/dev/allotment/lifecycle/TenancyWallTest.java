package dev.allotment.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.GitHubPolicySpec;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.NameClaim;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.claims.ClaimedName;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.OperationKind;
import dev.allotment.policy.NamespaceBinding;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.PlatformPolicies;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wall between teams, tried by a hostile tenant who may create and edit TeamEnvironments and
 * Clusters in its own namespace and nothing else (issue 12), on the real control plane. Each test
 * is one hole; none of them reaches Pulumi.
 */
class TenancyWallTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, engine);

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private final StackResources<Cluster> clusters = new StackResources<>(CLUSTER, Cluster.class);

  private final String policyName = "wall-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void stop() {
    environments.deleteAll();
    clusters.deleteAll();
    CLUSTER.client().resources(PlatformPolicy.class).withName(policyName).delete();
  }

  /** Creates the test's policy (with an empty GitHub section) and waits until it is stored. */
  private void applyPolicy(Consumer<PlatformPolicySpec> spec) {
    PlatformPolicies.apply(
        CLUSTER.client(),
        policyName,
        s -> {
          s.setGithub(new GitHubPolicySpec());
          spec.accept(s);
        });
  }

  /** Hole 2: without a binding, a namespace orders nothing; the platform engineer is told how. */
  @Test
  void anUnboundNamespaceOrdersNothingUntilThePlatformBindsIt() {
    CLUSTER.unbindNamespace();

    TeamEnvironment created = environments.apply(Examples.development());

    assertThat(environments.awaitStalled(created, Reason.NAMESPACE_NOT_BOUND))
        .contains("metadata.namespace")
        .contains("kubectl label namespace " + CLUSTER.namespace())
        .contains(NamespaceBinding.TENANT_LABEL + "=<team>");
    assertThat(engine.count(OperationKind.UP)).isZero();

    // The platform engineer labels the namespace: the environment goes ahead by itself.
    CLUSTER.bindNamespace("payments");
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
  }

  /**
   * Issue 21, item 5: a namespace the operator created for a team carries the team label (as
   * everything the operator creates for a team does), yet orders nothing by itself, for no stage:
   * binding a namespace for ordering is the platform's act alone.
   */
  @Test
  void aNamespaceTheOperatorCreatedOrdersNothingUntilThePlatformBindsIt() {
    // The labels the real kubernetes provider leaves on a team namespace the program created.
    CLUSTER
        .client()
        .namespaces()
        .withName(CLUSTER.namespace())
        .edit(
            n -> {
              var labels = n.getMetadata().getLabels();
              labels.remove(NamespaceBinding.TENANT_LABEL);
              labels.put("app.kubernetes.io/managed-by", "pulumi");
              labels.put("platform.allotment.dev/team", "payments");
              labels.put("platform.allotment.dev/stage", "production");
              labels.put("platform.allotment.dev/kind", "teamenvironment");
              return n;
            });

    TeamEnvironment created = environments.apply(Examples.development());

    assertThat(environments.awaitStalled(created, Reason.NAMESPACE_NOT_BOUND))
        .contains("metadata.namespace")
        .contains("was created by Allotment")
        .contains(
            "kubectl label namespace "
                + CLUSTER.namespace()
                + " "
                + NamespaceBinding.TENANT_LABEL
                + "=<team>");
    assertThat(engine.count(OperationKind.UP)).isZero();

    CLUSTER.bindNamespace("payments");
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
  }

  /** Hole 2: a bound namespace orders for its team and stages only. */
  @Test
  void aBoundNamespaceOrdersOnlyForItsTeamAndStages() {
    TeamEnvironment foreign = environments.apply(Examples.development("checkout"));

    assertThat(environments.awaitStalled(foreign, Reason.TENANCY_VIOLATION))
        .contains("spec.team")
        .contains("bound to team \"payments\"");

    CLUSTER
        .client()
        .namespaces()
        .withName(CLUSTER.namespace())
        .edit(
            n -> {
              var annotations = new java.util.HashMap<String, String>();
              if (n.getMetadata().getAnnotations() != null) {
                annotations.putAll(n.getMetadata().getAnnotations());
              }
              annotations.put(NamespaceBinding.STAGES_ANNOTATION, "development,test");
              n.getMetadata().setAnnotations(annotations);
              return n;
            });
    TeamEnvironment production = Examples.development();
    production.getMetadata().setName("payments-production");
    production.getSpec().setStage(Stage.PRODUCTION);
    TeamEnvironment notThisStage = environments.apply(production);
    environments.awaitCondition(
        notThisStage, ConditionType.STALLED, "True", Reason.TENANCY_VIOLATION);
    assertThat(engine.count(OperationKind.UP)).isZero();
  }

  /** Hole 1: the hub's own and other teams' namespaces are never a team's namespace. */
  @Test
  void theHubsAndOtherTeamsNamespacesAreRefused() {
    for (String namespace :
        new String[] {"kube-system", "allotment-system", "argocd", "checkout-production"}) {
      TeamEnvironment environment = Examples.developmentIn(namespace);
      environment.getMetadata().setName("grab-" + namespace);
      TeamEnvironment created = environments.apply(environment);
      assertThat(environments.awaitStalled(created, Reason.INVALID_SPEC))
          .as(namespace)
          .contains("spec.kubernetes.namespace")
          .contains("payments-");
    }
    assertThat(engine.count(OperationKind.UP)).isZero();
  }

  /**
   * Issue 21, item 14: the operator's own namespace is reserved wherever the release is installed
   * (the chart passes it as POD_NAMESPACE), even under a team's prefix and before it would meet the
   * namespace on the hub.
   */
  @Test
  void theOperatorsOwnNamespaceIsRefusedWhereverItRuns() {
    operator.defaults(() -> ProgramDefaults.none().withOperatorNamespace("payments-platform"));
    operator.start();

    TeamEnvironment created = environments.apply(Examples.developmentIn("payments-platform"));

    assertThat(environments.awaitStalled(created, Reason.INVALID_SPEC))
        .contains("spec.kubernetes.namespace")
        .contains("'payments-platform' is one of the hub's own namespaces")
        .contains("choose a name starting with payments-");
    assertThat(engine.count(OperationKind.UP)).isZero();
  }

  /** Hole 1: an existing namespace, even under the team's prefix, is never adopted. */
  @Test
  void anExistingNamespaceIsNeverAdopted() {
    String existing =
        "payments-development-" + CLUSTER.namespace().substring("allotment-test-".length());
    CLUSTER
        .client()
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(existing).endMetadata().build())
        .create();
    try {
      TeamEnvironment created = environments.apply(Examples.developmentIn(existing));

      assertThat(environments.awaitStalled(created, Reason.NAMESPACE_TAKEN))
          .contains("namespace " + existing + " already exists")
          .contains("not created by Allotment");
      assertThat(engine.count(OperationKind.UP)).isZero();
    } finally {
      CLUSTER.client().namespaces().withName(existing).delete();
    }
  }

  /**
   * Hole 7: a Secret of the outputs Secret's name that is not ours is neither written nor deleted.
   */
  @Test
  void aSecretThatIsNotOursIsNeverOverwrittenNorDeleted() {
    Secret victim =
        CLUSTER
            .client()
            .secrets()
            .inNamespace(CLUSTER.namespace())
            .resource(
                new SecretBuilder()
                    .withNewMetadata()
                    .withName("payments-development-outputs")
                    .endMetadata()
                    .addToStringData("database-password", "hunter2")
                    .build())
            .create();

    TeamEnvironment created = environments.apply(Examples.development());

    assertThat(environments.awaitStalled(created, Reason.SECRET_NOT_OWNED))
        .contains("payments-development-outputs")
        .contains("is not this resource's");
    Secret after = environments.findOutputsSecret(created).orElseThrow();
    assertThat(after.getMetadata().getResourceVersion())
        .isEqualTo(victim.getMetadata().getResourceVersion());
    assertThat(StackResources.decoded(after, "database-password")).isEqualTo("hunter2");

    environments.delete(created);
    environments.awaitGone(created);
    assertThat(environments.findOutputsSecret(created))
        .as("not deleted with the resource")
        .isPresent();
  }

  /** Hole 7: a TeamEnvironment and a Cluster of one name do not share (and clobber) one Secret. */
  @Test
  void kindsOfOneNameDoNotClobberEachOthersSecret() {
    Cluster cluster = Examples.cluster("vcluster");
    cluster.getMetadata().setName("payments-development");
    cluster.getSpec().getArgocd().setRegister(false); // no Argo CD on this hub
    Cluster first = clusters.apply(cluster);
    clusters.awaitCondition(first, ConditionType.READY, "True", Reason.UP_TO_DATE);
    Secret clusterSecret = clusters.findOutputsSecret(first).orElseThrow();

    TeamEnvironment second = environments.apply(Examples.development());

    environments.awaitCondition(second, ConditionType.STALLED, "True", Reason.SECRET_NOT_OWNED);
    Secret after = clusters.findOutputsSecret(first).orElseThrow();
    assertThat(after.getMetadata().getLabels())
        .containsEntry("platform.allotment.dev/kind", "cluster");
    assertThat(after.getData()).isEqualTo(clusterSecret.getData());
  }

  /** Hole 7: a deleted or edited outputs Secret is restored. */
  @Test
  void aDeletedOrEditedOutputsSecretIsRestored() {
    TeamEnvironment created = environments.apply(Examples.development());
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    Secret published = environments.findOutputsSecret(created).orElseThrow();

    CLUSTER
        .client()
        .secrets()
        .inNamespace(CLUSTER.namespace())
        .withName(published.getMetadata().getName())
        .edit(
            s -> {
              s.getData().put("kubeconfig", "dGFtcGVyZWQ=");
              return s;
            });
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () -> environments.findOutputsSecret(created).map(Secret::getData).orElse(null),
            published.getData()::equals);

    CLUSTER.client().resource(environments.findOutputsSecret(created).orElseThrow()).delete();
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () -> environments.findOutputsSecret(created).map(Secret::getData).orElse(null),
            published.getData()::equals);
  }

  /** Hole 9: a name too long for what is derived from it stalls with the field, not retries. */
  @Test
  void aNameTooLongForItsDerivedNamesStallsNamingTheField() {
    Cluster cluster = Examples.cluster("vcluster");
    cluster.getMetadata().setName("payments-dev-" + "x".repeat(45));

    Cluster created = clusters.apply(cluster);

    assertThat(clusters.awaitStalled(created, Reason.INVALID_SPEC))
        .contains("metadata.name")
        .contains("vcluster");
    assertThat(engine.count(OperationKind.UP)).isZero();
  }

  /** Hole 6: the Argo CD namespace is the platform's, and reserved labels are refused. */
  @Test
  void argoCdRegistrationGoesOnlyWhereThePlatformSays() {
    Cluster cluster = Examples.cluster("vcluster");
    cluster.getSpec().getArgocd().setNamespace(CLUSTER.namespace());
    cluster.getSpec().getArgocd().setLabels(Map.of("env", "production"));

    Cluster created = clusters.apply(cluster);

    assertThat(clusters.awaitStalled(created, Reason.INVALID_SPEC))
        .contains("spec.argocd.namespace")
        .contains("spec.argocd.labels: 'env' is reserved");
    assertThat(
            CLUSTER
                .client()
                .secrets()
                .inNamespace(CLUSTER.namespace())
                .withLabel("argocd.argoproj.io/secret-type", "cluster")
                .list()
                .getItems())
        .isEmpty();
  }

  /**
   * Hole 3: a team cannot squat a name another resource derives (here the repository whose name the
   * victim's identity trusts); the second claimant stalls naming the owner, and goes ahead once the
   * owner is gone.
   */
  @Test
  void aDerivedNameHasOneOwner() {
    // The platform lets the team name repositories across its stages (by default a stage may use
    // only its own names, and no second resource could derive the same one).
    applyPolicy(s -> s.getGithub().setAllowedRepositories(List.of("{team}-*")));
    TeamEnvironment first = environments.apply(Examples.development());
    environments.awaitCondition(first, ConditionType.READY, "True", Reason.UP_TO_DATE);

    TeamEnvironment squatter = Examples.development();
    squatter.getMetadata().setName("payments-test");
    squatter.getSpec().setStage(Stage.TEST);
    squatter.getSpec().getGithub().setRepository("Payments-Development");
    TeamEnvironment second = environments.apply(squatter);

    assertThat(environments.awaitStalled(second, Reason.NAME_CLAIMED))
        .contains("spec.github.repository")
        .contains("nordic-retail/payments-development")
        .contains("claimed by TeamEnvironment " + CLUSTER.namespace() + "/payments-development");
    assertThat(engine.count(OperationKind.UP, StackResources.ref(second))).isZero();

    // The owner is destroyed: its claims go, and the waiting resource goes ahead by itself.
    environments.delete(first);
    environments.awaitGone(first);
    environments.awaitCondition(second, ConditionType.READY, "True", Reason.UP_TO_DATE);
  }

  /**
   * Hole 3: two resources racing for one name: exactly one wins, and a restarted operator keeps the
   * same winner.
   */
  @Test
  void racingClaimsHaveExactlyOneWinnerThatSurvivesARestart() {
    TeamEnvironment a = Examples.development();
    a.getMetadata().setName("race-a");
    TeamEnvironment b = Examples.development();
    b.getMetadata().setName("race-b");
    var first = CLUSTER.client().resource(withNamespace(a));
    var second = CLUSTER.client().resource(withNamespace(b));
    java.util.concurrent.CompletableFuture.allOf(
            java.util.concurrent.CompletableFuture.runAsync(first::create),
            java.util.concurrent.CompletableFuture.runAsync(second::create))
        .join();

    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () ->
                java.util.stream.Stream.of(a, b)
                    .map(environments::get)
                    .filter(
                        r ->
                            StackResources.hasCondition(
                                    r, ConditionType.READY, "True", Reason.UP_TO_DATE)
                                || StackResources.hasCondition(
                                    r, ConditionType.STALLED, "True", Reason.NAME_CLAIMED))
                    .count(),
            n -> n == 2);
    TeamEnvironment winner =
        StackResources.hasCondition(
                environments.get(a), ConditionType.READY, "True", Reason.UP_TO_DATE)
            ? a
            : b;
    TeamEnvironment loser = winner == a ? b : a;
    assertThat(environments.get(loser))
        .satisfies(
            r ->
                assertThat(
                        StackResources.hasCondition(
                            r, ConditionType.STALLED, "True", Reason.NAME_CLAIMED))
                    .isTrue());
    assertThat(engine.count(OperationKind.UP, StackResources.ref(environments.get(loser))))
        .isZero();

    operator.restart(2);
    environments.edit(winner, r -> r.getSpec().getContributors().add("erin-dev"));
    environments.awaitUpToDate(environments.get(winner), StackResources.DEADLINE);
    // The restarted operator reconciled the loser from scratch (first reconcile after start).
    assertThat(
            StackResources.hasCondition(
                environments.get(loser), ConditionType.STALLED, "True", Reason.NAME_CLAIMED))
        .isTrue();
    assertThat(engine.count(OperationKind.UP, StackResources.ref(environments.get(loser))))
        .isZero();
  }

  /**
   * Issue 21, item 4: stages do not leak. A development environment is not placed on the team's
   * production Cluster (refused before anything runs, and it does not hold the Cluster's deletion
   * up), nor does it take a production namespace name.
   */
  @Test
  void aDevelopmentEnvironmentTakesNeitherProductionsClusterNorItsNamespace() {
    Cluster production = Examples.cluster("vcluster");
    production.getMetadata().setName("payments-prod-vc");
    production.getSpec().setStage(Stage.PRODUCTION);
    production.getSpec().getArgocd().setRegister(false); // no Argo CD on this hub
    Cluster cluster = clusters.apply(production);
    clusters.awaitCondition(cluster, ConditionType.READY, "True", Reason.UP_TO_DATE);

    TeamEnvironment onProduction = Examples.onCluster();
    onProduction.getSpec().getKubernetes().setClusterRef("payments-prod-vc");
    TeamEnvironment placed = environments.apply(onProduction);

    assertThat(environments.awaitStalled(placed, Reason.INVALID_SPEC))
        .contains("spec.kubernetes.clusterRef")
        .contains("Cluster payments-prod-vc is of team payments, stage production")
        .contains("name one of team payments and stage development");
    assertThat(engine.count(OperationKind.UP, StackResources.ref(placed))).isZero();

    TeamEnvironment productionsName = Examples.developmentIn("payments-production");
    productionsName.getMetadata().setName("payments-dev-grab");
    TeamEnvironment grabbing = environments.apply(productionsName);
    assertThat(environments.awaitStalled(grabbing, Reason.INVALID_SPEC))
        .contains("spec.kubernetes.namespace")
        .contains("'payments-production' is not under payments-development-");
    assertThat(engine.count(OperationKind.UP, StackResources.ref(grabbing))).isZero();

    // The refused environment names the Cluster, but does not keep it from being deleted.
    clusters.delete(cluster);
    clusters.awaitGone(cluster);
  }

  /**
   * Issue 21, items 4 and 6: repository names are global in an organization, so they are the team's
   * and stage's like its namespaces. A development order takes neither production's repository nor
   * another team's default one, nor one of the organization's special repositories.
   */
  @Test
  void repositoryNamesAreTheTeamsAndStagesOwn() {
    Map<String, String> refusedWith =
        Map.of(
            "payments-production", Reason.POLICY_VIOLATION,
            "checkout-development", Reason.POLICY_VIOLATION,
            ".github", Reason.INVALID_SPEC);
    Map<String, TeamEnvironment> created = new java.util.TreeMap<>();
    refusedWith.keySet().stream()
        .sorted()
        .forEach(
            repository -> {
              TeamEnvironment environment = Examples.development();
              environment.getMetadata().setName("grab" + repository.replace('.', '-'));
              environment.getSpec().getGithub().setRepository(repository);
              created.put(repository, environments.apply(environment));
            });

    created.forEach(
        (repository, environment) -> {
          String message = environments.awaitStalled(environment, refusedWith.get(repository));
          assertThat(message).as(repository).contains("spec.github.repository");
          if (repository.startsWith(".")) {
            assertThat(message).contains("starts with '.'");
          } else {
            assertThat(message)
                .contains("\"" + repository + "\" is not allowed")
                .contains("allowed: payments-development, payments-development-*");
          }
        });
    assertThat(engine.count(OperationKind.UP)).isZero();
  }

  /**
   * Issue 21, item 12: what the operator owns is no team's in any spelling its consumer treats as
   * the same: its Azure tags in another case, label keys under its domain's subdomains, and team
   * names that reach into the namespace prefix it creates vcluster namespaces under.
   */
  @Test
  void namesTheOperatorOwnsAreRefusedInEverySpelling() {
    TeamEnvironment tagged = Examples.development();
    tagged.getSpec().getAzure().setTags(Map.of("Team", "checkout"));
    TeamEnvironment spoofing = environments.apply(tagged);

    Cluster labelled = Examples.cluster("vcluster");
    labelled.getSpec().getArgocd().setLabels(Map.of("team.platform.allotment.dev/team", "x"));
    Cluster relabelling = clusters.apply(labelled);

    Cluster vc = Examples.cluster("vcluster");
    vc.getMetadata().setName("payments-vc");
    vc.getSpec().setTeam("vc");
    Cluster intoThePrefix = clusters.apply(vc);

    assertThat(environments.awaitStalled(spoofing, Reason.INVALID_SPEC))
        .contains("spec.azure.tags: 'Team' is the operator's tag team");
    assertThat(clusters.awaitStalled(relabelling, Reason.INVALID_SPEC))
        .contains("spec.argocd.labels: 'team.platform.allotment.dev/team' is reserved");
    assertThat(clusters.awaitStalled(intoThePrefix, Reason.INVALID_SPEC))
        .contains("spec.team: 'vc' would name namespaces under vc-")
        .contains("vc- is reserved for the operator's vcluster host namespaces");
    assertThat(engine.count(OperationKind.UP)).isZero();
  }

  /**
   * Issue 21, item 7: claims do not hoard. A resource that never gets an up (here it waits for an
   * approval nobody gives) holds only the names its current spec derives: a name no up was started
   * with goes as soon as the spec stops deriving it.
   */
  @Test
  void claimsOnNamesNeverAppliedGoWithTheSpecThatDerivedThem() {
    TeamEnvironment unapproved = Examples.development();
    unapproved.getSpec().setApproval(ApprovalMode.Manual);
    TeamEnvironment created = environments.apply(unapproved);
    environments.awaitCondition(created, ConditionType.READY, "False", Reason.AWAITING_APPROVAL);
    awaitClaimedRepositories(created, "nordic-retail/payments-development");

    for (String repository : List.of("payments-development-a", "payments-development-b")) {
      environments.edit(created, r -> r.getSpec().getGithub().setRepository(repository));
      awaitClaimedRepositories(created, "nordic-retail/" + repository);
    }
    assertThat(engine.count(OperationKind.UP)).isZero();
  }

  /**
   * Issue 21, item 7: a name an up was started with may be in the stack until an up without it
   * succeeds, so its claim stays until then, and goes after.
   */
  @Test
  void anAppliedNameStaysClaimedUntilAnUpWithoutItSucceeds() {
    TeamEnvironment created = environments.apply(Examples.development());
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    awaitClaimedRepositories(created, "nordic-retail/payments-development");

    engine.hold();
    TeamEnvironment renamed;
    try {
      renamed =
          environments.edit(
              created, r -> r.getSpec().getGithub().setRepository("payments-development-new"));
      await().atMost(StackResources.DEADLINE).until(engine::running, n -> n == 1);
      // The up that drops the old name runs: the old name may still be in the stack.
      awaitClaimedRepositories(
          created, "nordic-retail/payments-development", "nordic-retail/payments-development-new");
    } finally {
      engine.release();
    }

    environments.awaitUpToDate(renamed, StackResources.DEADLINE);
    awaitClaimedRepositories(created, "nordic-retail/payments-development-new");
  }

  /** Waits until the resource's repository claims are exactly {@code names}. */
  private static void awaitClaimedRepositories(TeamEnvironment owner, String... names) {
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () ->
                CLUSTER
                    .client()
                    .resources(NameClaim.class)
                    .withLabel(Groups.PLATFORM + "/owner-uid", owner.getMetadata().getUid())
                    .list()
                    .getItems()
                    .stream()
                    .filter(c -> ClaimedName.REPOSITORY.equals(c.getSpec().getKind()))
                    .map(c -> c.getSpec().getName())
                    .collect(java.util.stream.Collectors.toSet()),
            java.util.Set.of(names)::equals);
  }

  private static TeamEnvironment withNamespace(TeamEnvironment environment) {
    environment.getMetadata().setNamespace(CLUSTER.namespace());
    return environment;
  }
}
