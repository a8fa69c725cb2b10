package dev.allotment.reconciler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.AllotmentOperator;
import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackRef;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TeamEnvironment lifecycle against a Kubernetes API (the mock server, or a real cluster with
 * {@code USE_EXISTING_CLUSTER=true}) with a scripted engine behind the port.
 */
class TeamEnvironmentLifecycleTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  @TempDir Path state;

  private final FakeStackEngine engine = new FakeStackEngine();
  private AllotmentOperator operator;

  @BeforeEach
  void startOperator() {
    operator = startOperator(2);
  }

  private AllotmentOperator startOperator(int concurrency) {
    var config =
        new OperatorConfig(
            Set.of(CLUSTER.namespace()),
            state,
            "file://" + state.resolve("backend"),
            "passphrase",
            concurrency,
            Duration.ofHours(1),
            Duration.ofMillis(300),
            Duration.ofSeconds(1),
            ProgramDefaults.none());
    var started =
        new AllotmentOperator(
            CLUSTER.client(), config, engine, Clock.systemUTC(), Optional.empty());
    started.start();
    return started;
  }

  @AfterEach
  void stopOperator() {
    engine.release();
    // Leave nothing behind with a finalizer the next run's operator would have to handle.
    var resources =
        CLUSTER.client().resources(TeamEnvironment.class).inNamespace(CLUSTER.namespace());
    resources.delete();
    await().atMost(DEADLINE).until(() -> resources.list().getItems().isEmpty());
    operator.close();
  }

  @Test
  void createdEnvironmentBecomesReadyWithOutputsInStatusAndSecret() {
    TeamEnvironment created = apply(Examples.development());

    TeamEnvironment ready = awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    StackResourceStatus status = ready.getStatus();
    assertThat(status.getObservedGeneration()).isEqualTo(ready.getMetadata().getGeneration());
    assertThat(condition(ready, ConditionType.READY).getObservedGeneration())
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

    Secret secret = outputsSecret("payments-development");
    assertThat(decoded(secret, "kubeconfig")).isEqualTo(FakeStackEngine.secretValue(ref(created)));
    assertThat(decoded(secret, "namespace")).isEqualTo(status.getOutputs().get("namespace"));
    assertThat(secret.getMetadata().getLabels())
        .containsEntry(Groups.LABEL_MANAGED_BY, "allotment")
        .containsEntry(Groups.LABEL_TEAM, "payments")
        .containsEntry(Groups.LABEL_STAGE, "development")
        .containsEntry(Groups.LABEL_KIND, "teamenvironment");
    assertThat(secret.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(o -> assertThat(o.getUid()).isEqualTo(created.getMetadata().getUid()));

    assertThat(engine.count(OperationKind.UP, ref(created))).isEqualTo(1);
    await()
        .atMost(DEADLINE)
        .until(
            () -> eventReasons(created),
            r -> r.containsAll(List.of(Reason.UPDATE_STARTED, Reason.UPDATE_SUCCEEDED)));
  }

  @Test
  void specChangeRunsExactlyOneMoreUp() {
    TeamEnvironment created = apply(Examples.development());
    awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    TeamEnvironment changed = edit(created, r -> r.getSpec().getContributors().add("erin-dev"));
    Long generation = changed.getMetadata().getGeneration();

    TeamEnvironment ready =
        await()
            .atMost(DEADLINE)
            .until(
                () -> get(created),
                r ->
                    generation.equals(r.getStatus().getObservedGeneration())
                        && hasCondition(r, ConditionType.READY, "True", Reason.UP_TO_DATE));
    assertThat(engine.count(OperationKind.UP, ref(created))).isEqualTo(2);
    assertThat(ready.getStatus().getStack().getLastUpdate().getResourceChanges())
        .containsEntry("update", 1);
  }

  @Test
  void specEditThatChangesNothingEffectiveCallsNoPulumi() {
    TeamEnvironment created = apply(Examples.development());
    awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    // Spelling out the default namespace changes the spec but not what would be deployed.
    TeamEnvironment changed =
        edit(created, r -> r.getSpec().getKubernetes().setNamespace("payments-development"));
    Long generation = changed.getMetadata().getGeneration();

    await()
        .atMost(DEADLINE)
        .until(() -> get(created), r -> generation.equals(r.getStatus().getObservedGeneration()));
    assertThat(engine.count(OperationKind.UP, ref(created))).isEqualTo(1);
    assertThat(hasCondition(get(created), ConditionType.READY, "True", Reason.UP_TO_DATE)).isTrue();
  }

  @Test
  void deleteDestroysTheStackThenRemovesFinalizerAndSecret() {
    TeamEnvironment created = apply(Examples.development());
    awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(created.getMetadata().getFinalizers()).isEmpty();
    assertThat(get(created).getMetadata().getFinalizers())
        .containsExactly("teamenvironments.platform.allotment.dev/finalizer");

    CLUSTER.client().resource(get(created)).delete();

    await().atMost(DEADLINE).until(() -> find(created).isEmpty());
    assertThat(engine.count(OperationKind.DESTROY, ref(created))).isEqualTo(1);
    assertThat(engine.isDeployed(ref(created))).isFalse();
    assertThat(findSecret("payments-development")).isEmpty();
  }

  @Test
  void retainedEnvironmentIsNotDestroyed() {
    TeamEnvironment created = apply(Examples.production());
    assertThat(created.getSpec().getDeletionPolicy()).isEqualTo(DeletionPolicy.Retain);
    awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    CLUSTER.client().resource(get(created)).delete();

    await().atMost(DEADLINE).until(() -> find(created).isEmpty());
    assertThat(engine.count(OperationKind.DESTROY)).isZero();
    assertThat(engine.isDeployed(ref(created))).isTrue();
  }

  @Test
  void engineFailureIsReportedRetriedWithBackoffAndRecovers() {
    engine.failNextUps(2, "azure-native:resources:ResourceGroup: quota exceeded in westeurope");
    TeamEnvironment created = apply(Examples.development());

    TeamEnvironment failed =
        awaitCondition(created, ConditionType.READY, "False", Reason.UPDATE_FAILED);
    assertThat(condition(failed, ConditionType.READY).getMessage())
        .contains("quota exceeded in westeurope");
    assertThat(condition(failed, ConditionType.RECONCILING).getReason())
        .isEqualTo(Reason.RETRY_SCHEDULED);
    assertThat(failed.getStatus().getRetry().getAttempts()).isEqualTo(1);
    assertThat(failed.getStatus().getRetry().getNextAttemptTime()).isNotBlank();
    assertThat(failed.getStatus().getStack().getLastUpdate().getResult()).isEqualTo("failed");

    TeamEnvironment recovered =
        awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(engine.count(OperationKind.UP, ref(created))).isEqualTo(3);
    assertThat(recovered.getStatus().getRetry()).isNull();
    assertThat(eventReasons(created)).contains(Reason.UPDATE_FAILED);
  }

  @Test
  void invalidSpecStallsWithoutCallingPulumiUntilFixed() {
    TeamEnvironment invalid = Examples.development();
    invalid.getSpec().setAzure(null);
    TeamEnvironment created = apply(invalid);

    TeamEnvironment stalled =
        awaitCondition(created, ConditionType.STALLED, "True", Reason.INVALID_SPEC);
    assertThat(condition(stalled, ConditionType.STALLED).getMessage())
        .contains("spec.azure.location")
        .contains("spec.azure.subscriptionId");
    assertThat(condition(stalled, ConditionType.READY).getStatus()).isEqualTo("False");
    assertThat(engine.count(OperationKind.UP)).isZero();
    await()
        .atMost(DEADLINE)
        .until(() -> eventReasons(created), r -> r.contains(Reason.INVALID_SPEC));

    edit(created, r -> r.getSpec().setAzure(Examples.development().getSpec().getAzure()));
    awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(condition(get(created), ConditionType.STALLED).getStatus()).isEqualTo("False");
  }

  @Test
  void statusShowsTheUpdateWhileItRunsAndConcurrencyIsBounded() {
    operator.close();
    operator = startOperator(1);
    engine.hold();
    TeamEnvironment first = apply(Examples.development());
    TeamEnvironment second = apply(Examples.production());

    // Both reconciles returned while the engine holds the operations: status says so.
    awaitCondition(first, ConditionType.RECONCILING, "True", Reason.UPDATE_RUNNING);
    awaitCondition(second, ConditionType.RECONCILING, "True", Reason.UPDATE_RUNNING);
    assertThat(get(first).getStatus().getStack().getCurrentUpdate().getResult())
        .isEqualTo("running");
    assertThat(engine.running()).isEqualTo(1);

    engine.release();
    awaitCondition(first, ConditionType.READY, "True", Reason.UP_TO_DATE);
    awaitCondition(second, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(engine.maxRunning()).isEqualTo(1);
    assertThat(get(first).getStatus().getStack().getCurrentUpdate()).isNull();
  }

  // --- helpers ---

  private TeamEnvironment apply(TeamEnvironment resource) {
    resource.getMetadata().setNamespace(CLUSTER.namespace());
    return CLUSTER.client().resource(resource).create();
  }

  private TeamEnvironment edit(
      TeamEnvironment resource, java.util.function.Consumer<TeamEnvironment> change) {
    return CLUSTER
        .client()
        .resources(TeamEnvironment.class)
        .inNamespace(CLUSTER.namespace())
        .withName(resource.getMetadata().getName())
        .edit(
            r -> {
              change.accept(r);
              return r;
            });
  }

  private Optional<TeamEnvironment> find(TeamEnvironment resource) {
    return Optional.ofNullable(
        CLUSTER
            .client()
            .resources(TeamEnvironment.class)
            .inNamespace(CLUSTER.namespace())
            .withName(resource.getMetadata().getName())
            .get());
  }

  private TeamEnvironment get(TeamEnvironment resource) {
    return find(resource).orElseThrow();
  }

  private TeamEnvironment awaitCondition(
      TeamEnvironment resource, String type, String status, String reason) {
    return await()
        .atMost(DEADLINE)
        .until(() -> get(resource), r -> hasCondition(r, type, status, reason));
  }

  private static boolean hasCondition(
      TeamEnvironment r, String type, String status, String reason) {
    Predicate<Condition> matches =
        c -> status.equals(c.getStatus()) && reason.equals(c.getReason());
    return r.getStatus() != null
        && Conditions.find(r.getStatus().getConditions(), type).filter(matches).isPresent();
  }

  private static Condition condition(TeamEnvironment r, String type) {
    return Conditions.find(r.getStatus().getConditions(), type).orElseThrow();
  }

  private static StackRef ref(TeamEnvironment r) {
    return StackRef.of(
        "allotment-teamenvironment", r.getMetadata().getNamespace(), r.getMetadata().getName());
  }

  private Optional<Secret> findSecret(String owner) {
    return Optional.ofNullable(
        CLUSTER
            .client()
            .secrets()
            .inNamespace(CLUSTER.namespace())
            .withName(owner + "-outputs")
            .get());
  }

  private Secret outputsSecret(String owner) {
    return findSecret(owner).orElseThrow();
  }

  private static String decoded(Secret secret, String key) {
    if (secret.getData() != null && secret.getData().containsKey(key)) {
      return new String(
          Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
    }
    return secret.getStringData().get(key);
  }

  private List<String> eventReasons(TeamEnvironment resource) {
    List<String> reasons = new ArrayList<>();
    for (Event event :
        CLUSTER.client().v1().events().inNamespace(CLUSTER.namespace()).list().getItems()) {
      if (resource.getMetadata().getName().equals(event.getInvolvedObject().getName())) {
        reasons.add(event.getReason());
      }
    }
    return reasons;
  }
}
