package dev.allotment.realengine;

import static dev.allotment.testing.RealEngine.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.Annotations;
import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.DeletionPolicy;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What users steer with spec and annotations, on the real Pulumi engine: a change is one update,
 * approval applies the plan a real preview computed, Retain keeps everything, pause stops every
 * operation. "Nothing ran" counts every operation that started, the running ones included.
 */
class TeamEnvironmentSteeringOnRealEngineTest {

  private static final String MEMBERSHIP = "github:index/teamMembership:TeamMembership";

  @RegisterExtension static final TestCluster CLUSTER = TestCluster.forAnyTeam();

  private final RealEngine real = RealEngine.inline();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, real);

  private final StackResources<TeamEnvironment> environments = operator.environments();

  @Test
  void aSpecChangeIsOneUpdateThatCreatesOnlyWhatChanged() {
    TeamEnvironment created = environments.apply(Examples.development("steer-change"));
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    long memberships = real.pulumi().github().objects(MEMBERSHIP).size();

    TeamEnvironment changed =
        environments.edit(created, r -> r.getSpec().getContributors().add("erin-dev"));

    TeamEnvironment updated = environments.awaitUpToDate(changed, OPERATION);
    assertThat(real.engine().succeeded(OperationKind.UP, StackResources.ref(created))).isEqualTo(2);
    assertThat(updated.getStatus().getStack().getLastUpdate().getResourceChanges())
        .containsEntry("create", 1)
        .doesNotContainKeys("delete", "replace");
    assertThat(real.pulumi().github().objects(MEMBERSHIP)).hasSize((int) memberships + 1);
  }

  @Test
  void approvalAppliesThePlanOfARealPreview() {
    TeamEnvironment ordered = Examples.development("steer-approve");
    ordered.getSpec().setApproval(ApprovalMode.Manual);
    TeamEnvironment created = environments.apply(ordered);

    TeamEnvironment waiting =
        environments.awaitCondition(
            created, ConditionType.READY, "False", Reason.AWAITING_APPROVAL, OPERATION);
    var approval = waiting.getStatus().getApproval();
    assertThat(approval.getPlan())
        .anyMatch(l -> l.startsWith("create azure-native:resources:ResourceGroup"))
        .anyMatch(l -> l.startsWith("create kubernetes:core/v1:Namespace"));
    assertThat(real.engine().started(OperationKind.UP, StackResources.ref(created))).isZero();
    assertThat(real.pulumi().azure().objects("azure-native:resources:ResourceGroup")).isEmpty();
    assertThat(CLUSTER.client().namespaces().withName("steer-approve-development").get()).isNull();

    environments.approveUntilUpToDate(created, "dave-lead", OPERATION);
    assertThat(CLUSTER.client().namespaces().withName("steer-approve-development").get())
        .isNotNull();
  }

  @Test
  void retainKeepsTheInfrastructureWhenTheResourceIsDeleted() {
    TeamEnvironment ordered = Examples.development("steer-retain");
    ordered.getSpec().setDeletionPolicy(DeletionPolicy.Retain);
    TeamEnvironment created = environments.apply(ordered);
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);

    environments.delete(created);
    environments.awaitGone(created, OPERATION);

    assertThat(real.engine().started(OperationKind.DESTROY, StackResources.ref(created))).isZero();
    assertThat(CLUSTER.client().namespaces().withName("steer-retain-development").get())
        .isNotNull();
    assertThat(real.pulumi().azure().objects("azure-native:resources:ResourceGroup")).hasSize(1);
    // What Retain keeps is the team's: remove it by hand so that other tests start clean.
    CLUSTER.client().namespaces().withName("steer-retain-development").delete();
  }

  @Test
  void aPausedEnvironmentRunsNoOperation() {
    TeamEnvironment ordered = Examples.development("steer-pause");
    ordered.getMetadata().getAnnotations().put(Annotations.PAUSED, "true");
    TeamEnvironment created = environments.apply(ordered);

    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () -> environments.get(created).getStatus(),
            s -> s != null && Boolean.TRUE.equals(s.getPaused()));
    assertThat(real.engine().startedOn(StackResources.ref(created))).isEmpty();
    assertThat(CLUSTER.client().namespaces().withName("steer-pause-development").get()).isNull();

    environments.edit(created, r -> r.getMetadata().getAnnotations().remove(Annotations.PAUSED));
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
  }

  @Test
  void anOperationStillRunningCountsAsRun() {
    // What the "nothing ran" checks above rest on. GitHub holds the repository create, so the
    // first up has started and cannot end: counted only when it ends, as the recording engine once
    // counted, it would pass for "nothing ran".
    String repository = "github:index/repository:Repository";
    real.pulumi().github().hang(repository);
    TeamEnvironment created = environments.apply(Examples.development("steer-running"));
    StackRef ref = StackResources.ref(created);

    await().atMost(OPERATION).until(() -> real.pulumi().github().creates(repository) == 1);
    assertThat(real.engine().finished(OperationKind.UP, ref)).as("ended").isZero();
    assertThat(real.engine().running(OperationKind.UP, ref)).as("running").isEqualTo(1);
    assertThat(real.engine().started(OperationKind.UP, ref)).as("started").isEqualTo(1);

    real.pulumi().github().heal(repository);
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    assertThat(real.engine().running(OperationKind.UP, ref)).isZero();
    assertThat(real.engine().succeeded(OperationKind.UP, ref)).isEqualTo(1);
  }
}
