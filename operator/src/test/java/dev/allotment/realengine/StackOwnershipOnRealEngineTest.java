package dev.allotment.realengine;

import static dev.allotment.testing.RealEngine.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.Annotations;
import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackRef;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stack kept with Retain stays kept, and an approval approves one change once, on the real Pulumi
 * engine: what a team with the rights of the README's tenancy section could try by deleting and
 * re-creating a production TeamEnvironment, or by leaving an approval annotation in place.
 */
class StackOwnershipOnRealEngineTest {

  private static final String RESOURCE_GROUP = "azure-native:resources:ResourceGroup";

  @RegisterExtension static final TestCluster CLUSTER = TestCluster.forAnyTeam();

  private final RealEngine real = RealEngine.inline();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, real);

  private final StackResources<TeamEnvironment> environments = operator.environments();

  /**
   * A production environment of its own team, kept with Retain when deleted, its changes approved
   * by hand (as a PlatformPolicy's {@code requireManualApprovalFor: [production]} would make them).
   */
  private static TeamEnvironment production(String team) {
    TeamEnvironment ordered = Examples.development(team);
    ordered.getSpec().setStage(Stage.PRODUCTION);
    ordered.getSpec().setApproval(ApprovalMode.Manual);
    ordered.getSpec().setDeletionPolicy(DeletionPolicy.Retain);
    return ordered;
  }

  private TeamEnvironment approveAndAwaitReady(TeamEnvironment resource) {
    return environments.approveUntilUpToDate(resource, "dave-lead", OPERATION);
  }

  private TeamEnvironment awaitingApproval(TeamEnvironment resource) {
    return environments.awaitObserved(
        environments.get(resource),
        ConditionType.READY,
        "False",
        Reason.AWAITING_APPROVAL,
        OPERATION);
  }

  private void approve(TeamEnvironment resource, String hash) {
    environments.edit(
        resource,
        r -> {
          r.getMetadata().getAnnotations().put(Annotations.APPROVED_BY, "dave-lead");
          r.getMetadata().getAnnotations().put(Annotations.APPROVE, hash);
        });
  }

  /** Deletes the production environment and waits until it is gone with its stack retained. */
  private void deleteRetained(TeamEnvironment resource) {
    environments.delete(resource);
    environments.awaitGone(resource, OPERATION);
  }

  @Test
  void aRetainedProductionStackIsNeitherTakenNorDestroyedByAnotherStage() {
    TeamEnvironment production = environments.apply(production("own-stage"));
    StackRef ref = StackResources.ref(production);
    approveAndAwaitReady(production);
    deleteRetained(production);
    assertThat(real.pulumi().azure().objects(RESOURCE_GROUP)).hasSize(1);

    // The same namespace and name again, now for development and with Delete: another stage.
    TeamEnvironment development = Examples.development("own-stage");
    development.getSpec().setDeletionPolicy(DeletionPolicy.Delete);
    TeamEnvironment impostor = environments.apply(development);
    environments.awaitStalled(impostor, Reason.STACK_OWNED_ELSEWHERE, OPERATION);

    environments.delete(impostor);
    environments.awaitGone(impostor, OPERATION);

    assertThat(real.engine().started(OperationKind.DESTROY, ref)).isZero();
    assertThat(real.pulumi().azure().objects(RESOURCE_GROUP)).hasSize(1);
    assertThat(CLUSTER.client().namespaces().withName("own-stage-production").get()).isNotNull();
    // What Retain keeps is the team's: remove it by hand so that other tests start clean.
    CLUSTER.client().namespaces().withName("own-stage-production").delete();
  }

  @Test
  void aRetainedStackKeepsItsRetainWhenItsResourceIsCreatedAgainWithDelete() {
    TeamEnvironment production = environments.apply(production("own-launder"));
    StackRef ref = StackResources.ref(production);
    approveAndAwaitReady(production);
    deleteRetained(production);
    long ups = real.engine().started(OperationKind.UP, ref);

    // The same environment again, with Delete: its stack still says Retain, so the update that
    // would apply Delete is a change of its own that needs an approval, even with nothing else
    // to change in the clouds.
    TeamEnvironment again = production("own-launder");
    again.getSpec().setDeletionPolicy(DeletionPolicy.Delete);
    TeamEnvironment recreated = environments.apply(again);
    TeamEnvironment waiting = awaitingApproval(recreated);
    assertThat(waiting.getStatus().getApproval().getPlan())
        .contains("update deletionPolicy Retain -> Delete");
    assertThat(real.engine().started(OperationKind.UP, ref)).isEqualTo(ups);

    // Deleted unapproved: the stack's own record keeps it.
    environments.delete(recreated);
    environments.awaitGone(recreated, OPERATION);
    assertThat(real.engine().started(OperationKind.DESTROY, ref)).isZero();
    assertThat(real.pulumi().azure().objects(RESOURCE_GROUP)).hasSize(1);
    CLUSTER.client().namespaces().withName("own-launder-production").delete();
  }

  @Test
  void anApprovalAppliesOnlyTheChangeItWasGivenFor() {
    TeamEnvironment created = environments.apply(production("own-replay"));
    approveAndAwaitReady(created);

    // A bigger quota, approved and applied.
    environments.edit(created, r -> r.getSpec().getKubernetes().getQuota().setCpu("8"));
    TeamEnvironment approvedOnce = approveAndAwaitReady(created);
    String spent = approvedOnce.getStatus().getApproval().getApprovedHash();
    long ups = real.engine().started(OperationKind.UP, StackResources.ref(created));

    // The same kind of change again, with the first approval still on the resource: it is a
    // plan of its own, and nothing changes until it is approved.
    TeamEnvironment bigger =
        environments.edit(created, r -> r.getSpec().getKubernetes().getQuota().setCpu("16"));
    TeamEnvironment waiting = awaitingApproval(bigger);
    assertThat(waiting.getStatus().getApproval().getPlanHash()).isNotEqualTo(spent);
    assertThat(waiting.getStatus().getApproval().getPlan())
        .anyMatch(l -> l.startsWith("update kubernetes:core/v1:ResourceQuota"));
    assertThat(waiting.getMetadata().getAnnotations()).containsEntry(Annotations.APPROVE, spent);
    ResourceQuota quota =
        CLUSTER
            .client()
            .resourceQuotas()
            .inNamespace("own-replay-production")
            .list()
            .getItems()
            .get(0);
    assertThat(quota.getSpec().getHard().get("requests.cpu").toString()).isEqualTo("8");
    assertThat(real.engine().started(OperationKind.UP, StackResources.ref(created))).isEqualTo(ups);
  }
}
