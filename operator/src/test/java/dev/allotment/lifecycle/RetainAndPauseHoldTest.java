package dev.allotment.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.Annotations;
import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.Stage;
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
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform's controls hold against the team they control: a Retain cannot be escaped by editing
 * the spec just before deleting, a policy can require Retain, and a policy can forbid pausing a
 * stage.
 */
class RetainAndPauseHoldTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  /** Started by each test once its policy is in place. */
  @RegisterExtension
  final RunningOperator operator = RunningOperator.on(CLUSTER, engine).startedByTheTest();

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private String policy;

  @AfterEach
  void stop() {
    environments.deleteAll();
    if (policy != null) {
      CLUSTER.client().resources(PlatformPolicy.class).withName(policy).delete();
    }
  }

  private void start() {
    operator.start();
  }

  private void policy(Consumer<PlatformPolicySpec> rules) {
    policy = "test-hold-" + CLUSTER.namespace();
    PlatformPolicy platform = new PlatformPolicy();
    platform.getMetadata().setName(policy);
    platform.setSpec(new PlatformPolicySpec());
    rules.accept(platform.getSpec());
    CLUSTER.client().resource(platform).create();
  }

  @Test
  void retainCannotBeEscapedByEditingTheSpecBeforeDeleting() {
    start();
    TeamEnvironment ordered = Examples.development();
    ordered.getSpec().setApproval(ApprovalMode.Manual);
    ordered.getSpec().setDeletionPolicy(DeletionPolicy.Retain);
    TeamEnvironment created = environments.apply(ordered);
    StackRef ref = StackResources.ref(created);
    String plan =
        environments
            .awaitCondition(created, ConditionType.READY, "False", Reason.AWAITING_APPROVAL)
            .getStatus()
            .getApproval()
            .getPlanHash();
    environments.edit(
        created, r -> r.getMetadata().getAnnotations().put(Annotations.APPROVE, plan));
    TeamEnvironment ready =
        environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(ready.getStatus().getStack().getDeletionPolicy()).isEqualTo(DeletionPolicy.Retain);

    // The team weakens Retain to Delete: no cloud resource changes, yet it waits for approval.
    TeamEnvironment weakened =
        environments.edit(created, r -> r.getSpec().setDeletionPolicy(DeletionPolicy.Delete));
    TeamEnvironment waiting =
        await()
            .atMost(StackResources.DEADLINE)
            .until(
                () -> environments.get(weakened),
                r ->
                    StackResources.hasCondition(
                            r, ConditionType.READY, "False", Reason.AWAITING_APPROVAL)
                        && !plan.equals(r.getStatus().getApproval().getPlanHash()));
    assertThat(waiting.getStatus().getApproval().getPlan())
        .contains("update deletionPolicy Retain -> Delete");

    // ... and deleting now keeps everything: the applied Retain holds.
    environments.delete(created);
    environments.awaitGone(created);
    assertThat(engine.count(OperationKind.DESTROY, ref)).isZero();
  }

  @Test
  void aPolicyCanRequireRetainForAStage() {
    policy(p -> p.setRequireRetainFor(List.of(Stage.DEVELOPMENT)));
    start();
    // Development's default is Delete, and the spec says so too.
    TeamEnvironment ordered = Examples.development();
    ordered.getSpec().setDeletionPolicy(DeletionPolicy.Delete);
    TeamEnvironment created = environments.apply(ordered);
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    environments.delete(created);
    environments.awaitGone(created);

    assertThat(engine.count(OperationKind.DESTROY, StackResources.ref(created))).isZero();
  }

  @Test
  void aPolicyCanForbidPausingAStage() {
    policy(p -> p.setForbidPauseFor(List.of(Stage.DEVELOPMENT)));
    start();
    TeamEnvironment ordered = Examples.development();
    ordered.getMetadata().setAnnotations(new java.util.HashMap<>());
    ordered.getMetadata().getAnnotations().put(Annotations.PAUSED, "true");

    TeamEnvironment created = environments.apply(ordered);

    TeamEnvironment ready =
        environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(ready.getStatus().getPaused()).isNotEqualTo(Boolean.TRUE);
    assertThat(engine.count(OperationKind.UP, StackResources.ref(created))).isEqualTo(1);
    await()
        .atMost(StackResources.DEADLINE)
        .until(() -> environments.eventReasons(created), r -> r.contains(Reason.PAUSE_FORBIDDEN));
  }
}
