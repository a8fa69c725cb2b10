package dev.allotment.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allotment.AllotmentOperator;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOutput;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.StackResult;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.EmulatedPulumi;
import dev.allotment.testing.Examples;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import dev.allotment.testing.TestConfigs;
import dev.allotment.testing.pulumi.PulumiCliEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's process dies in the middle of a {@code pulumi up}, and a new one takes over with
 * the same state directory and backend: the stack's lock is healed and the work finished without
 * creating anything twice.
 */
class OperatorRestartTest {

  private static final String PROJECT = "allotment-teamenvironment";
  private static final String CRASHING_TYPE = "github:index/repository:Repository";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  @TempDir Path state;

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private PulumiCliEmulator emulator;
  private OperatorConfig config;
  private final List<AllotmentOperator> operators = new ArrayList<>();

  @BeforeEach
  void emulatePulumi() {
    emulator = new PulumiCliEmulator(state.resolve("backend"));
    EmulatedPulumi.computeOutputsLikeTheRealProviders(emulator.cloud());
    config = TestConfigs.config(CLUSTER.namespace(), state, 2, ProgramDefaults.none());
  }

  @AfterEach
  void stopOperators() {
    emulator.faults().clear();
    if (!operators.isEmpty()) {
      // The last operator started is the live one; it releases the finalizers.
      environments.deleteAll();
    }
    operators.forEach(AllotmentOperator::close);
    emulator.close();
  }

  @Test
  void aNewOperatorHealsTheLockOfTheDeadOneAndFinishesTheUpdateCreatingNothingTwice()
      throws IOException {
    emulator.faults().crashOn(CRASHING_TYPE);
    var dying = new DiesWithTheCli(EmulatedPulumi.productionEngine(state, config, emulator));
    AllotmentOperator first = start(dying);
    TeamEnvironment created = environments.apply(Examples.development());
    String stack = StackResources.ref(created).stack();

    await().atMost(StackResources.DEADLINE).until(dying::died);
    first.close();

    // What the dead process left: a lock, a pending create, the object it created in the cloud,
    // and a status that still says the update runs.
    assertThat(emulator.isLocked(PROJECT, stack)).isTrue();
    JsonNode crashed = checkpoint(stack);
    assertThat(pendingOperations(crashed)).singleElement().asString().contains(CRASHING_TYPE);
    String repositoryUrn = urnOfType(emulator.cloud().urns(), CRASHING_TYPE);
    String repositoryIdAtCrash = emulator.cloud().find(repositoryUrn).orElseThrow().id();
    TeamEnvironment interrupted = environments.get(created);
    assertThat(StackResources.condition(interrupted, ConditionType.RECONCILING).getReason())
        .isEqualTo(Reason.UPDATE_RUNNING);
    assertThat(interrupted.getStatus().getStack().getCurrentUpdate().getResult())
        .isEqualTo("running");

    start(EmulatedPulumi.productionEngine(state, config, emulator));

    TeamEnvironment ready =
        environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(ready.getStatus().getObservedGeneration())
        .isEqualTo(ready.getMetadata().getGeneration());
    assertThat(ready.getStatus().getStack().getCurrentUpdate()).isNull();
    assertThat(ready.getStatus().getStack().getLastUpdate().getResult()).isEqualTo("succeeded");
    assertThat(ready.getStatus().getRetry()).isNull();
    assertThat(ready.getStatus().getOutputs())
        .containsEntry("repository", "nordic-retail/payments-development");
    assertThat(emulator.invocations()).anyMatch(argv -> argv.get(0).equals("cancel"));
    assertThat(emulator.isLocked(PROJECT, stack)).isFalse();

    // Every logical resource exists once, in the cloud and in the stack's state, and the state
    // points at the very objects the cloud holds.
    JsonNode healed = checkpoint(stack);
    List<String> cloud = emulator.cloud().urns();
    assertThat(cloud).doesNotHaveDuplicates();
    assertThat(cloud).filteredOn(u -> u.endsWith("::payments-development")).isNotEmpty();
    List<String> stateUrns = customResourceUrns(healed);
    assertThat(stateUrns).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(cloud);
    for (JsonNode resource : healed.path("resources")) {
      String urn = resource.path("urn").asText();
      if (cloud.contains(urn)) {
        assertThat(emulator.cloud().find(urn).orElseThrow().id())
            .as("cloud id of %s", urn)
            .isEqualTo(resource.path("id").asText());
      }
    }
    // The repository the dead update created is the one the stack manages now: it was adopted,
    // not created a second time (a real GitHub would refuse a second repository of that name).
    assertSoftly(
        softly -> {
          softly
              .assertThat(emulator.cloud().find(repositoryUrn).orElseThrow().id())
              .as("id of the repository the dead update created")
              .isEqualTo(repositoryIdAtCrash);
          softly
              .assertThat(pendingOperations(healed))
              .as("pending operations after healing")
              .isEmpty();
        });
  }

  private AllotmentOperator start(StackEngine engine) {
    var operator =
        new AllotmentOperator(
            CLUSTER.client(), config, engine, Clock.systemUTC(), Optional.empty());
    operators.add(operator);
    operator.start();
    return operator;
  }

  private JsonNode checkpoint(String stack) throws IOException {
    return JSON.readTree(emulator.stateFile(PROJECT, stack).toFile());
  }

  private static List<String> pendingOperations(JsonNode checkpoint) {
    List<String> pending = new ArrayList<>();
    checkpoint.path("pending_operations").forEach(p -> pending.add(p.toString()));
    return pending;
  }

  /** URNs of the state's cloud objects: neither the stack, nor providers, nor components. */
  private List<String> customResourceUrns(JsonNode checkpoint) {
    List<String> urns = new ArrayList<>();
    for (JsonNode resource : checkpoint.path("resources")) {
      String type = resource.path("type").asText();
      if (resource.path("custom").asBoolean() && !type.startsWith("pulumi:providers:")) {
        urns.add(resource.path("urn").asText());
      }
    }
    return urns;
  }

  private static String urnOfType(List<String> urns, String type) {
    return urns.stream()
        .filter(u -> u.contains("::" + type + "::"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " among " + urns));
  }

  /**
   * The first operator's engine: when the CLI dies under it, the operator's process dies too, so
   * the failure is never recorded. The operation thread stays parked until the operator is closed,
   * as if nothing ran any more.
   */
  private static final class DiesWithTheCli implements StackEngine {

    private final StackEngine delegate;
    private final CountDownLatch died = new CountDownLatch(1);

    DiesWithTheCli(StackEngine delegate) {
      this.delegate = delegate;
    }

    boolean died() {
      return died.getCount() == 0;
    }

    @Override
    public StackResult up(StackRequest request) throws StackOperationException {
      try {
        return delegate.up(request);
      } catch (StackOperationException e) {
        died.countDown();
        try {
          new CountDownLatch(1).await();
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
        throw new StackOperationException(
            StackOperationException.Reason.UNAVAILABLE, "the operator process is gone");
      }
    }

    @Override
    public StackResult preview(StackRequest request) throws StackOperationException {
      return delegate.preview(request);
    }

    @Override
    public StackResult refresh(StackRequest request) throws StackOperationException {
      return delegate.refresh(request);
    }

    @Override
    public StackResult destroy(StackRequest request) throws StackOperationException {
      return delegate.destroy(request);
    }

    @Override
    public Map<String, StackOutput> outputs(StackRef ref) throws StackOperationException {
      return delegate.outputs(ref);
    }

    @Override
    public void cancel(StackRef ref) throws StackOperationException {
      delegate.cancel(ref);
    }
  }
}
