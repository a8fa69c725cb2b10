package dev.allotment.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.Annotations;
import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.DriftPolicy;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackRef;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A human in the loop, drift detection and pausing, as users drive them with spec and annotations.
 */
class ApprovalDriftPauseTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @RegisterExtension
  final RunningOperator operator = RunningOperator.on(CLUSTER, engine).registry(registry);

  @AfterEach
  void stop() {
    environments.deleteAll();
  }

  private TeamEnvironment manual() {
    TeamEnvironment resource = Examples.development();
    resource.getSpec().setApproval(ApprovalMode.Manual);
    return resource;
  }

  private TeamEnvironment annotate(TeamEnvironment resource, String name, String value) {
    return environments.edit(resource, r -> r.getMetadata().getAnnotations().put(name, value));
  }

  private TeamEnvironment awaitingApproval(TeamEnvironment resource) {
    return environments.awaitCondition(
        resource, ConditionType.READY, "False", Reason.AWAITING_APPROVAL);
  }

  /** Creates the resource and waits until its first update made it Ready. */
  private TeamEnvironment ready(TeamEnvironment ordered) {
    TeamEnvironment created = environments.apply(ordered);
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    return created;
  }

  /** Pauses the resource and waits until the operator says so. */
  private void pause(TeamEnvironment resource) {
    annotate(resource, Annotations.PAUSED, "true");
    environments.awaitCondition(resource, ConditionType.RECONCILING, "False", Reason.PAUSED);
  }

  @Test
  void manualApprovalRecordsThePlanAndAppliesOnlyTheApprovedHash() {
    TeamEnvironment created = environments.apply(manual());
    StackRef ref = StackResources.ref(created);

    TeamEnvironment waiting = awaitingApproval(created);
    var approval = waiting.getStatus().getApproval();
    assertThat(approval.getPlanHash()).hasSize(16);
    assertThat(approval.getPlan())
        .anyMatch(line -> line.startsWith("create azure-native:resources:ResourceGroup"));
    assertThat(StackResources.condition(waiting, ConditionType.READY).getMessage())
        .contains(approval.getPlanHash())
        .contains("kubectl annotate");
    assertThat(engine.count(OperationKind.UP, ref)).isZero();

    annotate(created, Annotations.APPROVE, "0000000000000000");
    TeamEnvironment stillWaiting =
        await()
            .atMost(StackResources.DEADLINE)
            .until(
                () -> environments.get(created),
                r ->
                    StackResources.condition(r, ConditionType.READY)
                        .getMessage()
                        .contains("another plan"));
    assertThat(engine.count(OperationKind.UP, ref)).isZero();

    annotate(created, Annotations.APPROVED_BY, "dave-lead");
    annotate(created, Annotations.APPROVE, approval.getPlanHash());

    TeamEnvironment ready =
        environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(engine.count(OperationKind.UP, ref)).isEqualTo(1);
    assertThat(ready.getStatus().getApproval().getApprovedHash()).isEqualTo(approval.getPlanHash());
    assertThat(ready.getStatus().getApproval().getApprovedBy()).isEqualTo("dave-lead");
    assertThat(ready.getStatus().getApproval().getApprovedAt()).isNotBlank();
    assertThat(stillWaiting.getStatus().getApproval().getPlanHash())
        .isEqualTo(approval.getPlanHash());
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () -> environments.eventReasons(created),
            r -> r.contains(Reason.APPROVED) && r.contains(Reason.AWAITING_APPROVAL));
  }

  @Test
  void aChangedPlanNeedsANewApproval() {
    TeamEnvironment created = environments.apply(manual());
    StackRef ref = StackResources.ref(created);
    String first = awaitingApproval(created).getStatus().getApproval().getPlanHash();
    annotate(created, Annotations.APPROVE, first);
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    TeamEnvironment changed =
        environments.edit(created, r -> r.getSpec().getContributors().add("erin-dev"));

    TeamEnvironment waiting =
        environments.awaitObserved(
            changed,
            ConditionType.READY,
            "False",
            Reason.AWAITING_APPROVAL,
            StackResources.DEADLINE);
    String second = waiting.getStatus().getApproval().getPlanHash();
    assertThat(second).isNotEqualTo(first);
    assertThat(StackResources.condition(waiting, ConditionType.READY).getMessage())
        .contains("the approval " + first + " was spent on an earlier update");
    assertThat(engine.count(OperationKind.UP, ref)).isEqualTo(1);

    annotate(created, Annotations.APPROVE, second);
    await().atMost(StackResources.DEADLINE).until(() -> engine.count(OperationKind.UP, ref) == 2);
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
  }

  @Test
  void anApprovalIsUsedOnceEvenWhenItsUpdateFailed() {
    TeamEnvironment created = environments.apply(manual());
    StackRef ref = StackResources.ref(created);
    String approved = awaitingApproval(created).getStatus().getApproval().getPlanHash();
    engine.failNextUps(1, "quota exceeded");

    annotate(created, Annotations.APPROVE, approved);

    // The approved update ran once and failed; what is left is planned anew and waits again, and
    // the annotation still on the resource approves nothing any more.
    TeamEnvironment waiting =
        await()
            .atMost(StackResources.DEADLINE)
            .until(
                () -> environments.get(created),
                r ->
                    StackResources.hasCondition(
                            r, ConditionType.READY, "False", Reason.AWAITING_APPROVAL)
                        && !approved.equals(r.getStatus().getApproval().getPlanHash()));
    assertThat(engine.count(OperationKind.UP, ref)).isEqualTo(1);
    assertThat(waiting.getStatus().getApproval().getApprovedHash()).isEqualTo(approved);
    assertThat(StackResources.condition(waiting, ConditionType.READY).getMessage())
        .contains("the approval " + approved + " was spent on an earlier update");

    annotate(created, Annotations.APPROVE, waiting.getStatus().getApproval().getPlanHash());
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(engine.count(OperationKind.UP, ref)).isEqualTo(2);
  }

  @Test
  void driftIsReportedWithoutChangingAnything() {
    TeamEnvironment resource = Examples.development();
    resource.getSpec().setDriftInterval("1s");
    TeamEnvironment created = ready(resource);
    StackRef ref = StackResources.ref(created);
    environments.awaitCondition(created, ConditionType.DRIFTED, "False", Reason.NO_DRIFT);

    engine.drift(ref, "update azure-native:resources:ResourceGroup rg-payments-development");

    TeamEnvironment drifted =
        environments.awaitCondition(created, ConditionType.DRIFTED, "True", Reason.DRIFT_DETECTED);
    assertThat(drifted.getStatus().getDrift().getResources())
        .containsExactly("update azure-native:resources:ResourceGroup rg-payments-development");
    assertThat(StackResources.condition(drifted, ConditionType.READY).getStatus())
        .isEqualTo("True");
    assertThat(engine.count(OperationKind.UP, ref)).isEqualTo(1);
    await()
        .atMost(StackResources.DEADLINE)
        .until(() -> environments.eventReasons(created), r -> r.contains(Reason.DRIFT_DETECTED));
    assertThat(
            registry
                .get("allotment.drifted.resources")
                .tag("kind", "teamenvironment")
                .gauge()
                .value())
        .isEqualTo(1.0);
  }

  @Test
  void driftIsCorrectedWhenThePolicySaysSo() {
    TeamEnvironment resource = Examples.development();
    resource.getSpec().setDriftInterval("1s");
    resource.getSpec().setDriftPolicy(DriftPolicy.Correct);
    TeamEnvironment created = environments.apply(resource);
    StackRef ref = StackResources.ref(created);
    environments.awaitCondition(created, ConditionType.DRIFTED, "False", Reason.NO_DRIFT);

    engine.drift(
        ref, "delete kubernetes:networking.k8s.io/v1:NetworkPolicy deny-from-other-namespaces");

    environments.awaitCondition(created, ConditionType.DRIFTED, "False", Reason.DRIFT_CORRECTED);
    assertThat(engine.count(OperationKind.UP, ref)).isEqualTo(2);
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
  }

  @Test
  void pauseStopsOperationsUntilResumed() {
    TeamEnvironment created = ready(Examples.development());
    StackRef ref = StackResources.ref(created);

    pause(created);
    TeamEnvironment changed =
        environments.edit(created, r -> r.getSpec().getContributors().add("erin-dev"));

    TeamEnvironment paused = environments.awaitObserved(changed);
    assertThat(paused.getStatus().getPaused()).isTrue();
    assertThat(engine.count(OperationKind.UP, ref)).isEqualTo(1);

    environments.edit(created, r -> r.getMetadata().getAnnotations().remove(Annotations.PAUSED));

    await().atMost(StackResources.DEADLINE).until(() -> engine.count(OperationKind.UP, ref) == 2);
    TeamEnvironment resumed =
        environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(resumed.getStatus().getPaused()).isNull();
  }

  @Test
  void deletingAPausedResourceStillDestroysItBeforeReleasingIt() {
    TeamEnvironment created = ready(Examples.development());
    pause(created);

    environments.delete(created);

    environments.awaitGone(created);
    assertThat(engine.count(OperationKind.DESTROY, StackResources.ref(created))).isEqualTo(1);
  }
}
