package dev.allotment.realengine;

import static dev.allotment.testing.RealEngine.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.DriftPolicy;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationDeadlines;
import dev.allotment.engine.OperationKind;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Admission;
import dev.allotment.testing.Baselines;
import dev.allotment.testing.Examples;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A TeamEnvironment through the real Pulumi engine: the operator's reconcilers, the Automation API
 * adapter, the Pulumi CLI built from its Go module with the file backend and the passphrase secrets
 * provider, the real Kubernetes provider against the test control plane, and Azure and GitHub as
 * test providers at the plugin boundary.
 */
class TeamEnvironmentOnRealEngineTest {

  @RegisterExtension static final TestCluster CLUSTER = TestCluster.forAnyTeam();

  private final RealEngine real = RealEngine.inline();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, real);

  private final StackResources<TeamEnvironment> environments = operator.environments();

  @Test
  void environmentIsCreatedOnTheApiServerAndInTheCloudsThenDestroyed() {
    TeamEnvironment ordered = Examples.development("real-one");
    TeamEnvironment created = environments.apply(ordered);

    TeamEnvironment ready =
        environments.awaitCondition(
            created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);

    // Kubernetes: really on the API server, made by the real provider.
    KubernetesClient kube = CLUSTER.client();
    String namespace = "real-one-development";
    assertThat(kube.namespaces().withName(namespace).get()).isNotNull();
    assertThat(kube.resourceQuotas().inNamespace(namespace).list().getItems()).hasSize(1);
    assertThat(kube.limitRanges().inNamespace(namespace).list().getItems()).hasSize(1);
    assertThat(kube.serviceAccounts().inNamespace(namespace).withName("deployer").get())
        .isNotNull();
    assertThat(kube.rbac().roleBindings().inNamespace(namespace).list().getItems())
        .anySatisfy(b -> assertThat(b.getRoleRef().getName()).isEqualTo("admin"));
    assertThat(kube.network().v1().networkPolicies().inNamespace(namespace).list().getItems())
        .hasSize(2);
    assertBaseline(kube, namespace);
    // The token controller filled the deployer's token Secret; the kubeconfig output carries it.
    String token =
        await()
            .atMost(StackResources.DEADLINE)
            .until(
                () ->
                    kube.secrets().inNamespace(namespace).list().getItems().stream()
                        .filter(s -> "kubernetes.io/service-account-token".equals(s.getType()))
                        .map(s -> s.getData() == null ? null : s.getData().get("token"))
                        .filter(t -> t != null)
                        .findFirst()
                        .orElse(null),
                t -> t != null);
    Secret outputs = environments.findOutputsSecret(created).orElseThrow();
    assertThat(StackResources.decoded(outputs, "kubeconfig"))
        .contains(new String(Base64.getDecoder().decode(token)));
    assertThat(ready.getStatus().getOutputs())
        .containsEntry("namespace", namespace)
        .containsEntry("resourceGroupName", "rg-real-one-development")
        .doesNotContainKey("kubeconfig");

    // The clouds: what the test providers were asked to create.
    assertThat(real.pulumi().azure().objects("azure-native:resources:ResourceGroup"))
        .singleElement()
        .satisfies(g -> assertThat(g.string("name")).isEqualTo("rg-real-one-development"));
    assertThat(real.pulumi().github().objects("github:index/repository:Repository"))
        .singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo("real-one-development"));
    assertThat(real.engine().succeeded(OperationKind.UP, StackResources.ref(created))).isEqualTo(1);

    // Unchanged: a restarted operator reconciles it and runs no Pulumi operation.
    var registry = new SimpleMeterRegistry();
    operator.registry(registry).start();
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () ->
                registry.getMeters().stream()
                    .filter(m -> m.getId().getName().contains("reconciliations.success"))
                    .filter(Counter.class::isInstance)
                    .mapToDouble(m -> ((Counter) m).count())
                    .sum(),
            reconciled -> reconciled >= 1);
    // Counted from their start: an operation still running counts.
    assertThat(real.engine().startedOn(StackResources.ref(created))).isEmpty();

    environments.delete(created);
    environments.awaitGone(created, OPERATION);
    await()
        .atMost(StackResources.DEADLINE)
        .until(() -> kube.namespaces().withName(namespace).get() == null);
    assertThat(real.pulumi().azure().objects("azure-native:resources:ResourceGroup")).isEmpty();
    assertThat(real.pulumi().github().objects("github:index/repository:Repository")).isEmpty();
  }

  @Test
  void inlineProgramsRunAtTheSameTime() {
    // GitHub holds every repository create: each program stays inside its run, in the operator's
    // JVM, while the other runs too. (pulumi-java's inline runtime once admitted one program per
    // JVM, pulumi-java issue #30.)
    String repository = "github:index/repository:Repository";
    real.pulumi().github().hang(repository);
    List<TeamEnvironment> created =
        List.of(
            environments.apply(Examples.development("real-left")),
            environments.apply(Examples.development("real-right")));

    await().atMost(OPERATION).until(() -> real.pulumi().github().creates(repository) == 2);

    real.pulumi().github().heal(repository);
    for (TeamEnvironment environment : created) {
      TeamEnvironment ready =
          environments.awaitCondition(
              environment, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
      assertThat(ready.getStatus().getOutputs())
          .containsEntry("resourceGroupName", "rg-" + environment.getMetadata().getName());
    }
  }

  @Test
  void driftMadeWithKubectlIsFoundByRefreshAndCorrected() {
    TeamEnvironment ordered = Examples.development("real-drift");
    ordered.getSpec().setDriftInterval("10s");
    ordered.getSpec().setDriftPolicy(DriftPolicy.Correct);
    TeamEnvironment created = environments.apply(ordered);
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    String namespace = "real-drift-development";
    var quotas = CLUSTER.client().resourceQuotas().inNamespace(namespace);
    String quota = quotas.list().getItems().get(0).getMetadata().getName();
    String pods = quotas.withName(quota).get().getSpec().getHard().get("pods").toString();

    // Someone raises the team's pod quota by hand, behind the operator's back.
    var edit =
        CLUSTER
            .kubectl()
            .run(
                null,
                "patch",
                "resourcequota",
                quota,
                "--namespace=" + namespace,
                "--type=merge",
                "--patch={\"spec\":{\"hard\":{\"pods\":\"999\"}}}");
    assertThat(edit.ok()).as("kubectl patch: %s", edit).isTrue();

    // The next drift check's refresh finds it, and Correct puts the program's value back.
    await()
        .atMost(OPERATION)
        .until(
            () -> environments.get(created).getStatus().getDrift(),
            d ->
                d != null
                    && d.getResources() != null
                    && d.getResources().stream().anyMatch(r -> r.contains("ResourceQuota")));
    await()
        .atMost(OPERATION)
        .until(
            () -> quotas.withName(quota).get().getSpec().getHard().get("pods").toString(),
            pods::equals);
  }

  @Test
  void anOperationPastItsDeadlineIsStoppedAndFreesItsSlot() {
    // A GitHub that never answers a repository create: without a deadline the update, and the
    // slot it holds, would wait forever.
    real.pulumi().github().hang("github:index/repository:Repository");
    real.deadlines(
        new OperationDeadlines(
            Duration.ofSeconds(40),
            Duration.ofMinutes(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(5)));
    operator.restart(1);

    TeamEnvironment hanging = environments.apply(Examples.development("real-hang"));

    TeamEnvironment failed =
        environments.awaitCondition(
            hanging, ConditionType.READY, "False", Reason.UPDATE_FAILED, OPERATION);
    assertThat(failed.getStatus().getStack().getLastUpdate().getMessage())
        .contains("ran past its deadline")
        .contains("deadline 40s");
    // The CLI and everything it started were killed: no Pulumi process is left under this JVM.
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () ->
                ProcessHandle.current()
                    .descendants()
                    .noneMatch(p -> p.info().command().orElse("").contains("pulumi")));
    // The one slot is free again: a second environment gets its update once GitHub answers.
    real.pulumi().github().heal("github:index/repository:Repository");
    TeamEnvironment next = environments.apply(Examples.development("real-next"));
    environments.awaitCondition(next, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    // And the first one recovers: its stale lock (its killed CLI's) is taken, its update redone.
    environments.awaitCondition(hanging, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
  }

  @Test
  void cliKilledMidUpdateIsHealedWithNothingCreatedTwice() throws Exception {
    // GitHub creates the repository but its answer never arrives: the update is mid-flight with
    // a pending create of something that exists.
    String repository = "github:index/repository:Repository";
    real.pulumi().github().hangAfterCreate(repository);
    TeamEnvironment created = environments.apply(Examples.development("real-crash"));
    await()
        .atMost(OPERATION)
        .until(
            () ->
                real.pulumi().github().objects(repository).size() == 1
                    && pulumiProcess().isPresent());

    // kill -9 of the CLI and everything under it: no chance to release the lock or record
    // anything.
    ProcessHandle cli = pulumiProcess().orElseThrow();
    cli.descendants().forEach(ProcessHandle::destroyForcibly);
    cli.destroyForcibly();
    real.pulumi().github().heal(repository);

    // The operator's next attempt finds the lock of a dead process, takes it, adopts the
    // repository from the pending create, and finishes.
    TeamEnvironment ready =
        environments.awaitCondition(
            created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    assertThat(real.pulumi().github().creates(repository)).isEqualTo(1);
    assertThat(real.pulumi().github().objects(repository)).hasSize(1);
    assertThat(ready.getStatus().getOutputs())
        .containsEntry("repository", "nordic-retail/real-crash-development");
  }

  @Test
  void aLockHeldByALiveProcessIsNotStolen() throws Exception {
    TeamEnvironment created = environments.apply(Examples.development("real-lock"));
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    // Someone's own `pulumi up` on this host holds the stack (this JVM stands in for its live
    // process: same host, running, started before the lock).
    Path locks = real.locks(StackResources.ref(created));
    Files.createDirectories(locks);
    Files.writeString(
        locks.resolve("b2f0c6a1-live.json"),
        "{\"pid\":"
            + ProcessHandle.current().pid()
            + ",\"username\":\"someone\",\"hostname\":\""
            + Files.readString(Path.of("/proc/sys/kernel/hostname")).strip()
            + "\",\"timestamp\":\""
            + java.time.Instant.now()
            + "\"}");

    environments.edit(created, r -> r.getSpec().getContributors().add("erin-dev"));

    TeamEnvironment locked =
        environments.awaitCondition(
            created, ConditionType.READY, "False", Reason.UPDATE_FAILED, OPERATION);
    assertThat(locked.getStatus().getStack().getLastUpdate().getMessage())
        .contains("held by a running update")
        .contains("pid " + ProcessHandle.current().pid());
    assertThat(Files.exists(locks.resolve("b2f0c6a1-live.json"))).isTrue();

    // Once its holder lets go, the update goes through.
    Files.delete(locks.resolve("b2f0c6a1-live.json"));
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
  }

  @Test
  void anAttributeFileACliKilledMidWriteLeftEmptyDoesNotStopTheStack() throws Exception {
    TeamEnvironment created = environments.apply(Examples.development("real-attrs"));
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    // The file backend writes the checkpoint by rename but its attribute file in place: a CLI
    // killed in between leaves it empty, and the real CLI then fails every command on the stack
    // with "failed to load checkpoint: EOF".
    Path attributes =
        real.checkpoints(StackResources.ref(created))
            .resolve(StackResources.ref(created).stack() + ".json.attrs");
    assertThat(attributes).exists();
    Files.write(attributes, new byte[0]);

    TeamEnvironment changed =
        environments.edit(created, r -> r.getSpec().getContributors().add("erin-dev"));

    TeamEnvironment updated = environments.awaitUpToDate(changed, OPERATION);
    assertThat(updated.getStatus().getStack().getLastUpdate().getResult()).isEqualTo("succeeded");
  }

  @Test
  void aCloudErrorReachesStatusAndEventsThenTheRetrySucceeds() {
    String roleAssignment = "azure-native:authorization:RoleAssignment";
    real.pulumi()
        .azure()
        .failWith(
            roleAssignment,
            "authorization.RoleAssignmentsClient#Create: Failure responding to request:"
                + " StatusCode=403 -- Original Error: AuthorizationFailed");
    TeamEnvironment created = environments.apply(Examples.development("real-denied"));

    TeamEnvironment failed =
        environments.awaitCondition(
            created, ConditionType.READY, "False", Reason.UPDATE_FAILED, OPERATION);
    assertThat(StackResources.condition(failed, ConditionType.READY).getMessage())
        .contains("AuthorizationFailed");
    assertThat(failed.getStatus().getStack().getLastUpdate().getMessage())
        .contains("AuthorizationFailed");
    await()
        .atMost(StackResources.DEADLINE)
        .until(
            () -> environments.eventMessages(created),
            m -> m.stream().anyMatch(t -> t.contains("AuthorizationFailed")));

    real.pulumi().azure().heal(roleAssignment);
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    assertThat(real.pulumi().azure().objects(roleAssignment)).hasSize(1);
  }

  @Test
  void aFailureBeforeTheEngineStartsEndsTheOperationWithItsMessage() {
    TeamEnvironment created = environments.apply(Examples.development("real-passphrase"));
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);

    // The operator comes back with the wrong passphrase for the stack's secrets: the CLI fails
    // before its engine starts, and writes no engine event. (With the event-log file of older
    // CLIs, pulumi-java waited for one forever and the slot was never freed.)
    real.cliEnvironment(Map.of("PULUMI_CONFIG_PASSPHRASE", "not-the-passphrase"));
    operator.restart(1);
    TeamEnvironment changed =
        environments.edit(created, r -> r.getSpec().getContributors().add("erin-dev"));

    TeamEnvironment failed =
        environments.awaitObserved(
            changed, ConditionType.READY, "False", Reason.UPDATE_FAILED, StackResources.DEADLINE);
    // Within the minute the wait allows, against an up deadline of an hour: nothing waited.
    assertThat(failed.getStatus().getStack().getLastUpdate().getMessage())
        .containsIgnoringCase("passphrase");
    assertThat(operator.get().operations().running()).isZero();

    // With the right passphrase back, the change goes through (and the test's cleanup can
    // destroy the stack).
    real.cliEnvironment(Map.of());
    operator.restart(2);
    environments.awaitUpToDate(changed, OPERATION);
  }

  /**
   * The namespace's baseline on the real API server: Pod Security restricted refuses a privileged
   * pod and admits a restricted one; the quota refuses a NodePort Service; the egress policy leaves
   * out the link-local metadata range.
   */
  private static void assertBaseline(KubernetesClient kube, String namespace) {
    Baselines.assertPodSecurity(kube, namespace, "restricted");
    Baselines.assertStorageQuota(kube, namespace, "50Gi", 10);
    Baselines.assertMetadataEgressDenied(kube, namespace);
    assertThat(Admission.refusal(kube, namespace, Admission.privileged("deployer")))
        .hasValueSatisfying(
            m -> assertThat(m).contains("violates PodSecurity \"restricted:latest\""));
    assertThat(Admission.refusal(kube, namespace, Admission.restricted("deployer"))).isEmpty();
    assertThat(Admission.refusal(kube, namespace, Admission.service("NodePort")))
        .hasValueSatisfying(m -> assertThat(m).contains("exceeded quota"));
  }

  /** A Pulumi CLI this JVM started (through the operator) and that still runs. */
  private static Optional<ProcessHandle> pulumiProcess() {
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().command().orElse("").endsWith("/pulumi"))
        .findFirst();
  }
}
