package dev.allotment.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.api.v1alpha1.UpdateRecord;
import dev.allotment.claims.NameClaims;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.definition.ClusterConnections;
import dev.allotment.definition.TeamEnvironmentDefinition;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackOperations;
import dev.allotment.engine.StackRef;
import dev.allotment.observability.OperatorMetrics;
import dev.allotment.policy.NamespaceBinding;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicySource;
import dev.allotment.publish.PublishingStep;
import dev.allotment.publish.SecretPublisher;
import dev.allotment.status.Backoff;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lifecycle called directly, as the Flink operator's {@code TestingFlinkDeploymentController}
 * calls its reconciler: no controller, no informer; the resource and its status on the real control
 * plane, operations on an executor the test steps, so each reconcile's observe → decide → act →
 * write can be checked on its own.
 */
class StackLifecycleTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();
  private final SteppedExecutor executor = new SteppedExecutor();
  private final AtomicInteger triggers = new AtomicInteger();
  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private ApiServerAccess access;
  private TeamEnvironmentDefinition definition;
  private StackLifecycle<TeamEnvironment> lifecycle;
  private StackOperations operations;

  @BeforeEach
  void build() {
    Clock clock = Clock.systemUTC();
    var metrics = new OperatorMetrics(new SimpleMeterRegistry());
    operations = new StackOperations(executor, clock);
    definition =
        new TeamEnvironmentDefinition(
            ProgramDefaults.none(),
            ClusterConnections.offline(),
            PolicySource.none(),
            NamespaceSource.of(
                Map.of(CLUSTER.namespace(), Map.of(NamespaceBinding.TENANT_LABEL, "payments")),
                Map.of()));
    lifecycle =
        new Lifecycles(
                engine,
                operations,
                new SecretPublisher(CLUSTER.client()),
                new EventRecorder(CLUSTER.client(), clock, metrics),
                new Backoff(Duration.ofMillis(300), Duration.ofSeconds(1)),
                metrics,
                PolicySource.none(),
                NameClaims.NONE,
                Duration.ofMinutes(10),
                Duration.ofHours(1),
                clock)
            .of(definition, PublishingStep.none());
    access = new ApiServerAccess();
  }

  @AfterEach
  void deleteEnvironments() {
    environments.deleteAll();
  }

  @Test
  void anUpIsSubmittedByOneReconcileAndRecordedByTheNext() {
    TeamEnvironment created = environments.apply(Examples.development());
    StackRef ref = definition.stackRef(created);

    reconcile(created);

    // Submitted, not run: status says so, the engine has not been called.
    TeamEnvironment submitted = environments.get(created);
    assertThat(submitted.getStatus().getStack().getCurrentUpdate().getOperation()).isEqualTo("up");
    assertThat(StackResources.condition(submitted, ConditionType.RECONCILING).getReason())
        .isEqualTo(Reason.UPDATE_RUNNING);
    assertThat(engine.count(OperationKind.UP, ref)).isZero();
    assertThat(access.writes).isEqualTo(1);

    executor.runNext();
    assertThat(engine.count(OperationKind.UP, ref)).isEqualTo(1);
    assertThat(triggers).hasValue(1);

    reconcile(created);

    TeamEnvironment ready = environments.get(created);
    assertThat(StackResources.condition(ready, ConditionType.READY).getStatus()).isEqualTo("True");
    assertThat(ready.getStatus().getStack().getLastUpdate().getResult()).isEqualTo("succeeded");
    assertThat(ready.getStatus().getStack().getCurrentUpdate()).isNull();
    assertThat(environments.findOutputsSecret(created)).isPresent();
    // Recording and deciding again wrote status once.
    assertThat(access.writes).isEqualTo(2);
    assertThat(operations.finished(ref)).isEmpty();
    assertThat(executor.pending()).isZero();
  }

  @Test
  void anUnchangedResourceCostsNoOperationAndNoWrite() {
    TeamEnvironment created = upToDate(Examples.development());
    int writes = access.writes;

    reconcile(created);

    assertThat(executor.pending()).isZero();
    assertThat(access.writes).isEqualTo(writes);
  }

  @Test
  void aStackAnEarlierOperatorBroughtUpToDateIsNotUpdatedAgain() throws Exception {
    TeamEnvironment created = environments.apply(Examples.development());
    var prepared = definition.prepare(created);
    assertThat(prepared.legacyFingerprint()).isNotEqualTo(prepared.fingerprint());
    // What an operator that hashed the model's toString() left in status.
    StackResourceStatus upgraded = new StackResourceStatus();
    StackStatus stack = new StackStatus();
    stack.setName(definition.stackRef(created).stack());
    stack.setAppliedFingerprint(prepared.legacyFingerprint());
    UpdateRecord last = new UpdateRecord();
    last.setOperation("up");
    last.setResult("succeeded");
    last.setFingerprint(prepared.legacyFingerprint());
    stack.setLastUpdate(last);
    upgraded.setStack(stack);
    access.writeStatus(environments.get(created), upgraded);

    reconcile(created);

    TeamEnvironment after = environments.get(created);
    assertThat(executor.pending()).as("operations submitted").isZero();
    assertThat(after.getStatus().getStack().getAppliedFingerprint())
        .isEqualTo(prepared.fingerprint());
    assertThat(StackResources.condition(after, ConditionType.READY).getReason())
        .isEqualTo(Reason.UP_TO_DATE);
  }

  @Test
  void aStackOfOtherInputsInTheOldFormIsUpdated() throws Exception {
    TeamEnvironment created = environments.apply(Examples.development());
    StackResourceStatus old = new StackResourceStatus();
    StackStatus stack = new StackStatus();
    stack.setAppliedFingerprint("0123456789abcdef0123456789abcdef");
    old.setStack(stack);
    access.writeStatus(environments.get(created), old);

    reconcile(created);

    assertThat(executor.pending()).isEqualTo(1);
  }

  @Test
  void aFinishedOperationIsFreedOnlyOnceTheStatusRecordingItIsWritten() throws Exception {
    TeamEnvironment created = environments.apply(Examples.development());
    StackRef ref = definition.stackRef(created);
    reconcile(created);
    String first =
        environments.get(created).getStatus().getStack().getCurrentUpdate().getFingerprint();
    executor.runNext();
    // The spec changed while the up ran: the next up is due as soon as this one is recorded.
    TeamEnvironment changed =
        environments.edit(created, e -> e.getSpec().setContributors(List.of("dave-dev")));
    access.failNextWrite = true;

    assertThatThrownBy(() -> reconcile(changed)).isInstanceOf(KubernetesClientException.class);

    // Nothing recorded, so nothing freed and nothing started.
    assertThat(operations.finished(ref)).isPresent();
    assertThat(executor.pending()).isZero();
    int asked = triggers.get();

    reconcile(changed);

    TeamEnvironment recorded = environments.get(changed);
    assertThat(recorded.getStatus().getStack().getLastUpdate().getResult()).isEqualTo("succeeded");
    assertThat(recorded.getStatus().getStack().getAppliedFingerprint()).isEqualTo(first);
    assertThat(operations.finished(ref)).isEmpty();
    // The next up waits for the reconcile the lifecycle asked for.
    assertThat(executor.pending()).isZero();
    assertThat(triggers.get()).isGreaterThan(asked);

    reconcile(changed);

    assertThat(executor.pending()).isEqualTo(1);
    assertThat(environments.get(changed).getStatus().getStack().getCurrentUpdate().getFingerprint())
        .isNotEqualTo(first);
  }

  @Test
  void deletionDestroysAndReleasesOnlyAfterTheDestroySucceeded() {
    TeamEnvironment created = upToDate(Examples.development());
    StackRef ref = definition.stackRef(created);

    var first = cleanup(created);

    assertThat(first.isRemoveFinalizer()).isFalse();
    assertThat(environments.get(created).getStatus().getStack().getCurrentUpdate().getOperation())
        .isEqualTo("destroy");
    executor.runNext();
    assertThat(engine.isDeployed(ref)).isFalse();

    var second = cleanup(created);

    assertThat(second.isRemoveFinalizer()).isTrue();
    assertThat(environments.findOutputsSecret(created)).isEmpty();
  }

  @Test
  void deletionOfAProductionEnvironmentRetainsItsStack() {
    TeamEnvironment created = upToDate(Examples.production());
    StackRef ref = definition.stackRef(created);

    var control = cleanup(created);

    assertThat(control.isRemoveFinalizer()).isTrue();
    assertThat(executor.pending()).isZero();
    assertThat(engine.count(OperationKind.DESTROY, ref)).isZero();
  }

  /** One reconcile of the resource as the API server has it now. */
  private void reconcile(TeamEnvironment resource) {
    lifecycle.reconcile(environments.get(resource), access, triggers::incrementAndGet);
  }

  /** The cleanup of the resource as the API server has it now, nothing depending on it. */
  private DeleteControl cleanup(TeamEnvironment resource) {
    return lifecycle.cleanup(environments.get(resource), List.of(), access, () -> {});
  }

  /**
   * Creates the resource and brings it up to date: one reconcile submits the up, the next records
   * it.
   */
  private TeamEnvironment upToDate(TeamEnvironment ordered) {
    TeamEnvironment created = environments.apply(ordered);
    reconcile(created);
    executor.runNext();
    reconcile(created);
    return created;
  }

  /** The API server itself, read and written directly; counts status writes. */
  private final class ApiServerAccess implements ResourceAccess<TeamEnvironment> {
    int writes;
    boolean failNextWrite;

    @Override
    public Optional<Secret> outputsSecret(String name) {
      return Optional.ofNullable(
          CLUSTER.client().secrets().inNamespace(CLUSTER.namespace()).withName(name).get());
    }

    @Override
    public List<TeamEnvironment> othersInNamespace(TeamEnvironment resource) {
      return CLUSTER
          .client()
          .resources(TeamEnvironment.class)
          .inNamespace(CLUSTER.namespace())
          .list()
          .getItems()
          .stream()
          .filter(other -> !other.getMetadata().getName().equals(resource.getMetadata().getName()))
          .toList();
    }

    @Override
    public TeamEnvironment writeStatus(TeamEnvironment resource, StackResourceStatus status) {
      writes++;
      if (failNextWrite) {
        failNextWrite = false;
        throw new KubernetesClientException("the API server is unavailable");
      }
      TeamEnvironment current = environments.get(resource);
      current.setStatus(status);
      // The whole status replaced, so that a field the reconcile cleared is gone.
      return CLUSTER.client().resource(current).updateStatus();
    }
  }

  /** Holds submitted operations until the test runs them, on its own thread. */
  private static final class SteppedExecutor implements Executor {
    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
      queued.add(task);
    }

    synchronized int pending() {
      return queued.size();
    }

    void runNext() {
      Runnable next;
      synchronized (this) {
        next = queued.poll();
      }
      assertThat(next).as("a submitted operation").isNotNull();
      next.run();
    }
  }
}
