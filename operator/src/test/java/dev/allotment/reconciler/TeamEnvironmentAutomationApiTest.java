package dev.allotment.reconciler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.AllotmentOperator;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.EmulatedPulumi;
import dev.allotment.testing.Examples;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import dev.allotment.testing.TestConfigs;
import dev.allotment.testing.pulumi.PulumiCliEmulator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TeamEnvironment lifecycle through the production engine: the Automation API adapter,
 * LocalWorkspace, the Java language runtime and the real program, with only the Pulumi CLI and the
 * providers emulated.
 */
class TeamEnvironmentAutomationApiTest {

  private static final String PROJECT = "allotment-teamenvironment";

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  @TempDir Path state;

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private PulumiCliEmulator emulator;
  private AllotmentOperator operator;

  @BeforeEach
  void startOperator() {
    emulator = new PulumiCliEmulator(state.resolve("backend"));
    EmulatedPulumi.computeOutputsLikeTheRealProviders(emulator.cloud());
    var config = TestConfigs.config(CLUSTER.namespace(), state, 2, ProgramDefaults.none());
    var engine = EmulatedPulumi.productionEngine(state, config, emulator);
    operator =
        new AllotmentOperator(
            CLUSTER.client(), config, engine, Clock.systemUTC(), Optional.empty());
    operator.start();
  }

  @AfterEach
  void stopOperator() {
    emulator.faults().clear();
    environments.deleteAll();
    operator.close();
    emulator.close();
  }

  @Test
  void createBecomesReadyThroughTheRealAutomationApi() {
    TeamEnvironment created = environments.apply(Examples.development());

    TeamEnvironment ready =
        environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    var lastUpdate = ready.getStatus().getStack().getLastUpdate();
    assertThat(lastUpdate.getResourceChanges()).containsKey("create");
    assertThat(lastUpdate.getResourceChanges().get("create")).isGreaterThan(20);
    assertThat(ready.getStatus().getOutputs())
        .containsEntry("resourceGroupName", "rg-payments-development")
        .containsEntry("namespace", "payments-development")
        .containsEntry("azureClientId", "0c1e2d3f-0000-4000-8000-00000000c11e")
        .containsEntry("repository", "nordic-retail/payments-development")
        .doesNotContainKey("kubeconfig");
    var secret = environments.findOutputsSecret(created).orElseThrow();
    assertThat(StackResources.decoded(secret, "kubeconfig"))
        .contains("token: " + EmulatedPulumi.DEPLOYER_TOKEN)
        .contains("namespace: payments-development");
    assertThat(emulator.cloud().urns())
        .anyMatch(u -> u.endsWith("::rg-payments-development"))
        .anyMatch(u -> u.contains("ActionsEnvironmentSecret"));
  }

  @Test
  void specChangeUpdatesWithTheRightChangeCounts() {
    TeamEnvironment created = environments.apply(Examples.development());
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    int before = emulator.cloud().urns().size();

    TeamEnvironment changed =
        environments.edit(created, r -> r.getSpec().getContributors().add("erin-dev"));

    TeamEnvironment updated =
        await()
            .atMost(StackResources.DEADLINE)
            .until(
                () -> environments.get(created),
                r ->
                    changed
                            .getMetadata()
                            .getGeneration()
                            .equals(r.getStatus().getObservedGeneration())
                        && StackResources.hasCondition(
                            r, ConditionType.READY, "True", Reason.UP_TO_DATE));
    // One new team membership; everything else is unchanged.
    assertThat(updated.getStatus().getStack().getLastUpdate().getResourceChanges())
        .containsEntry("create", 1)
        .doesNotContainKeys("delete", "update", "replace");
    assertThat(emulator.cloud().urns()).hasSize(before + 1);
  }

  @Test
  void deleteDestroysEverythingInTheEmulatedCloud() {
    TeamEnvironment created = environments.apply(Examples.development());
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
    assertThat(emulator.cloud().urns()).isNotEmpty();

    environments.delete(created);

    environments.awaitGone(created);
    assertThat(emulator.cloud().urns()).isEmpty();
    assertThat(emulator.isLocked(PROJECT, StackResources.ref(created).stack())).isFalse();
  }

  @Test
  void providerErrorSurfacesInStatusWithTheProvidersMessage() {
    emulator
        .faults()
        .failOn(
            "azure-native:authorization:RoleAssignment",
            "authorization.RoleAssignmentsClient#Create: Failure responding to request:"
                + " StatusCode=403 -- Original Error: AuthorizationFailed");
    TeamEnvironment created = environments.apply(Examples.development());

    TeamEnvironment failed =
        environments.awaitCondition(created, ConditionType.READY, "False", Reason.UPDATE_FAILED);

    assertThat(StackResources.condition(failed, ConditionType.READY).getMessage())
        .contains("AuthorizationFailed");
    assertThat(failed.getStatus().getStack().getLastUpdate().getMessage())
        .contains("AuthorizationFailed");
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () -> environments.eventMessages(created),
            m -> m.stream().anyMatch(t -> t.contains("AuthorizationFailed")));

    emulator.faults().clear();
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);
  }

  @Test
  void lockLeftByACrashIsHealedWithoutHumanHelp() {
    emulator.faults().crashOn("azure-native:managedidentity:UserAssignedIdentity");
    TeamEnvironment created = environments.apply(Examples.development());

    // The crashed update leaves the stack locked; the operator's next attempt cancels the lock
    // (nothing of ours can be running on it) and finishes the work.
    TeamEnvironment ready =
        environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE);

    String stack = StackResources.ref(created).stack();
    assertThat(emulator.isLocked(PROJECT, stack)).isFalse();
    assertThat(emulator.invocations()).anyMatch(argv -> argv.get(0).equals("cancel"));
    List<String> urns = emulator.cloud().urns();
    assertThat(urns).doesNotHaveDuplicates();
    assertThat(urns).filteredOn(u -> u.endsWith("::id-payments-development")).hasSize(1);
    assertThat(ready.getStatus().getRetry()).isNull();
  }
}
