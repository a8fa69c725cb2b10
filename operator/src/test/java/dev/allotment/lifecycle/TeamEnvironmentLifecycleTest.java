package dev.allotment.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationKind;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.Secret;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The TeamEnvironment lifecycle against a real Kubernetes API (the test control plane, or the
 * cluster of {@code USE_EXISTING_CLUSTER=true}) with a scripted engine behind the port.
 */
class TeamEnvironmentLifecycleTest {

  private static final Duration DEADLINE = StackResources.DEADLINE;

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, engine);

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);

  @AfterEach
  void deleteEnvironments() {
    engine.release();
    // Leave nothing behind with a finalizer the next run's operator would have to handle.
    environments.deleteAll();
  }

  @Test
  void createdEnvironmentBecomesReadyWithOutputsInStatusAndSecret() {
    TeamEnvironment created = environments.apply(Examples.development());

    TeamEnvironment ready =
        environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    StackResourceStatus status = ready.getStatus();
    assertThat(status.getObservedGeneration()).isEqualTo(ready.getMetadata().getGeneration());
    assertThat(StackResources.condition(ready, ConditionType.READY).getObservedGeneration())
        .isEqualTo(ready.getMetadata().getGeneration());
    assertThat(Conditions.isTrue(status.getConditions(), ConditionType.RECONCILING)).isFalse();
    assertThat(Conditions.isTrue(status.getConditions(), ConditionType.STALLED)).isFalse();
    assertThat(status.getStack().getName())
        .isEqualTo(CLUSTER.namespace() + ".payments-development");
    assertThat(status.getStack().getLastUpdate().getOperation()).isEqualTo("up");
    assertThat(status.getStack().getLastUpdate().getResult()).isEqualTo("succeeded");
    assertThat(status.getStack().getLastUpdate().getResourceChanges()).containsEntry("create", 3);
    assertThat(status.getOutputs()).containsKeys("namespace", "resourceGroupName");
    assertThat(status.getOutputs()).doesNotContainKey("kubeconfig");
    assertThat(status.getOutputsSecretRef().getName()).isEqualTo("payments-development-outputs");

    Secret secret = environments.findOutputsSecret(created).orElseThrow();
    assertThat(StackResources.decoded(secret, "kubeconfig"))
        .isEqualTo(FakeStackEngine.secretValue(StackResources.ref(created)));
    assertThat(StackResources.decoded(secret, "namespace"))
        .isEqualTo(status.getOutputs().get("namespace"));
    assertThat(secret.getMetadata().getLabels())
        .containsEntry(Groups.LABEL_MANAGED_BY, "allotment")
        .containsEntry(Groups.LABEL_TEAM, "payments")
        .containsEntry(Groups.LABEL_STAGE, "development")
        .containsEntry(Groups.LABEL_KIND, "teamenvironment");
    assertThat(secret.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(o -> assertThat(o.getUid()).isEqualTo(created.getMetadata().getUid()));

    assertThat(engine.count(OperationKind.UP, StackResources.ref(created))).isEqualTo(1);
    await()
        .atMost(DEADLINE)
        .until(
            () -> environments.eventReasons(created),
            r -> r.containsAll(List.of(Reason.UPDATE_STARTED, Reason.UPDATE_SUCCEEDED)));
  }

  @Test
  void specChangeRunsExactlyOneMoreUp() {
    TeamEnvironment created = environments.apply(Examples.development());
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    TeamEnvironment changed =
        environments.edit(created, r -> r.getSpec().getContributors().add("erin-dev"));

    TeamEnvironment ready = environments.awaitUpToDate(changed, DEADLINE);
    assertThat(engine.count(OperationKind.UP, StackResources.ref(created))).isEqualTo(2);
    assertThat(ready.getStatus().getStack().getLastUpdate().getResourceChanges())
        .containsEntry("update", 1);
  }

  @Test
  void specEditThatChangesNothingEffectiveCallsNoPulumi() {
    TeamEnvironment created = environments.apply(Examples.development());
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    // Spelling out the default namespace changes the spec but not what would be deployed.
    TeamEnvironment changed =
        environments.edit(
            created, r -> r.getSpec().getKubernetes().setNamespace("payments-development"));
    Long generation = changed.getMetadata().getGeneration();

    await()
        .atMost(DEADLINE)
        .until(
            () -> environments.get(created),
            r -> generation.equals(r.getStatus().getObservedGeneration()));
    assertThat(engine.count(OperationKind.UP, StackResources.ref(created))).isEqualTo(1);
    assertThat(
            StackResources.hasCondition(
                environments.get(created), ConditionType.READY, "True", Reason.UP_TO_DATE))
        .isTrue();
  }

  @Test
  void deleteDestroysTheStackThenRemovesFinalizerAndSecret() {
    TeamEnvironment created = environments.apply(Examples.development());
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(created.getMetadata().getFinalizers()).isEmpty();
    assertThat(environments.get(created).getMetadata().getFinalizers())
        .containsExactly("teamenvironments.platform.allotment.dev/finalizer");

    CLUSTER.client().resource(environments.get(created)).delete();

    await().atMost(DEADLINE).until(() -> environments.find(created).isEmpty());
    assertThat(engine.count(OperationKind.DESTROY, StackResources.ref(created))).isEqualTo(1);
    assertThat(engine.isDeployed(StackResources.ref(created))).isFalse();
    assertThat(environments.findOutputsSecret(created)).isEmpty();
  }

  @Test
  void retainedEnvironmentIsNotDestroyed() {
    TeamEnvironment created = environments.apply(Examples.production());
    assertThat(created.getSpec().getDeletionPolicy()).isEqualTo(DeletionPolicy.Retain);
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    CLUSTER.client().resource(environments.get(created)).delete();

    await().atMost(DEADLINE).until(() -> environments.find(created).isEmpty());
    assertThat(engine.count(OperationKind.DESTROY)).isZero();
    assertThat(engine.isDeployed(StackResources.ref(created))).isTrue();
  }

  @Test
  void engineFailureIsReportedRetriedWithBackoffAndRecovers() {
    engine.failNextUps(2, "azure-native:resources:ResourceGroup: quota exceeded in westeurope");
    TeamEnvironment created = environments.apply(Examples.development());

    TeamEnvironment failed =
        environments.awaitCondition(created, ConditionType.READY, "False", Reason.UPDATE_FAILED);
    assertThat(StackResources.condition(failed, ConditionType.READY).getMessage())
        .contains("quota exceeded in westeurope");
    assertThat(StackResources.condition(failed, ConditionType.RECONCILING).getReason())
        .isEqualTo(Reason.RETRY_SCHEDULED);
    assertThat(failed.getStatus().getRetry().getAttempts()).isEqualTo(1);
    assertThat(failed.getStatus().getRetry().getNextAttemptTime()).isNotBlank();
    assertThat(failed.getStatus().getStack().getLastUpdate().getResult()).isEqualTo("failed");

    TeamEnvironment recovered =
        environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(engine.count(OperationKind.UP, StackResources.ref(created))).isEqualTo(3);
    assertThat(recovered.getStatus().getRetry()).isNull();
    assertThat(environments.eventReasons(created)).contains(Reason.UPDATE_FAILED);
  }

  @Test
  void invalidSpecStallsWithoutCallingPulumiUntilFixed() {
    TeamEnvironment invalid = Examples.development();
    invalid.getSpec().setAzure(null);
    TeamEnvironment created = environments.apply(invalid);

    TeamEnvironment stalled =
        environments.awaitCondition(created, ConditionType.STALLED, "True", Reason.INVALID_SPEC);
    assertThat(StackResources.condition(stalled, ConditionType.STALLED).getMessage())
        .contains("spec.azure.location")
        .contains("spec.azure.subscriptionId");
    assertThat(StackResources.condition(stalled, ConditionType.READY).getStatus())
        .isEqualTo("False");
    assertThat(engine.count(OperationKind.UP)).isZero();
    await()
        .atMost(DEADLINE)
        .until(() -> environments.eventReasons(created), r -> r.contains(Reason.INVALID_SPEC));

    environments.edit(
        created, r -> r.getSpec().setAzure(Examples.development().getSpec().getAzure()));
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(
            StackResources.condition(environments.get(created), ConditionType.STALLED).getStatus())
        .isEqualTo("False");
  }

  @Test
  void statusShowsTheUpdateWhileItRunsAndConcurrencyIsBounded() {
    operator.restart(1);
    engine.hold();
    TeamEnvironment first = environments.apply(Examples.development());
    TeamEnvironment second = environments.apply(Examples.production());

    // Both reconciles returned while the engine holds the operations: status says so.
    environments.awaitCondition(first, ConditionType.RECONCILING, "True", Reason.UPDATE_RUNNING);
    environments.awaitCondition(second, ConditionType.RECONCILING, "True", Reason.UPDATE_RUNNING);
    assertThat(environments.get(first).getStatus().getStack().getCurrentUpdate().getResult())
        .isEqualTo("running");
    assertThat(engine.running()).isEqualTo(1);

    engine.release();
    environments.awaitCondition(first, ConditionType.READY, "True", Reason.UP_TO_DATE);
    environments.awaitCondition(second, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(engine.maxRunning()).isEqualTo(1);
    assertThat(environments.get(first).getStatus().getStack().getCurrentUpdate()).isNull();
  }
}
