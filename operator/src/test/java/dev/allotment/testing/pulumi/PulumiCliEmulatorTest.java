package dev.allotment.testing.pulumi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.pulumi.Context;
import com.pulumi.automation.CommandException;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.ConcurrentUpdateException;
import com.pulumi.automation.ConfigValue;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.OperationType;
import com.pulumi.automation.RefreshOptions;
import com.pulumi.automation.StackDeployment;
import com.pulumi.automation.StackNotFoundException;
import com.pulumi.automation.UpOptions;
import com.pulumi.automation.UpResult;
import com.pulumi.automation.UpdateKind;
import com.pulumi.automation.UpdateState;
import com.pulumi.automation.UpdateSummary;
import com.pulumi.automation.WorkspaceStack;
import com.pulumi.automation.events.EngineEvent;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.outputs.NamespaceStatus;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real {@code LocalWorkspace}/{@code WorkspaceStack}, Java language host and
 * pulumi-kubernetes resource classes against the emulated CLI.
 */
class PulumiCliEmulatorTest {

  private static final String PROJECT = "emulated";
  private static final String STACK = "dev";
  private static final String NAMESPACE = "kubernetes:core/v1:Namespace";
  private static final String NAMESPACE_URN =
      "urn:pulumi:dev::emulated::kubernetes:core/v1:Namespace::team-ns";
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir Path temp;

  private PulumiCliEmulator emulator;
  private ExecutorService executor;

  @BeforeEach
  void setUp() {
    emulator = new PulumiCliEmulator(temp.resolve("backend"));
    emulator
        .cloud()
        .onCreateOrUpdate(
            NAMESPACE, request -> Map.of("spec", Map.of(), "status", Map.of("phase", "Active")));
    executor = Executors.newSingleThreadExecutor();
  }

  @AfterEach
  void tearDown() {
    emulator.close();
    executor.shutdownNow();
  }

  private static void program(Context ctx) {
    var config = ctx.config();
    String team = config.require("team");
    var namespace =
        new Namespace(
            "team-ns",
            NamespaceArgs.builder()
                .metadata(
                    ObjectMetaArgs.builder()
                        .name(team)
                        .labels(Map.of("owner", config.get("owner").orElse("nobody")))
                        .build())
                .build());
    ctx.export("namespaceName", namespace.metadata().applyValue(m -> m.name().orElse("")));
    ctx.export(
        "phase",
        namespace.status().applyValue(s -> s.flatMap(NamespaceStatus::phase).orElse("unknown")));
    ctx.export("dbPassword", config.requireSecret("dbPassword"));
  }

  private WorkspaceStack stack(String workDir) throws Exception {
    Path dir = Files.createDirectories(temp.resolve(workDir));
    var stack =
        LocalWorkspace.createOrSelectStack(
            PROJECT,
            STACK,
            PulumiCliEmulatorTest::program,
            emulator.workspaceOptions().workDir(dir).build());
    stack.setAllConfig(
        Map.of(
            "team", new ConfigValue("team-a"),
            "owner", new ConfigValue("alice"),
            "dbPassword", new ConfigValue("hunter2", true)));
    return stack;
  }

  @Test
  void upCreatesResourcesAndReportsOutputsHistoryAndEvents() throws Exception {
    var stack = stack("work");
    List<EngineEvent> events = new CopyOnWriteArrayList<>();

    UpResult result = stack.up(UpOptions.builder().onEvent(events::add).build());

    assertThat(result.summary().kind()).isEqualTo(UpdateKind.UPDATE);
    assertThat(result.summary().result()).isEqualTo(UpdateState.SUCCEEDED);
    assertThat(result.summary().resourceChanges()).isEqualTo(Map.of(OperationType.CREATE, 2));
    assertThat(result.outputs().get("namespaceName").value()).isEqualTo("team-a");
    assertThat(result.outputs().get("phase").value()).isEqualTo("Active");
    assertThat(result.outputs().get("dbPassword").isSecret()).isTrue();
    assertThat(result.outputs().get("dbPassword").value()).isEqualTo("hunter2");
    assertThat(result.outputs().get("namespaceName").isSecret()).isFalse();

    List<UpdateSummary> history = stack.getHistory();
    assertThat(history).hasSize(1);
    assertThat(history.get(0).version()).isEqualTo(1);
    assertThat(history.get(0).startTime()).isNotNull();
    assertThat(history.get(0).endTime()).isNotNull();

    assertThat(events.get(0).preludeEvent()).isNotNull();
    assertThat(events.get(events.size() - 1).cancelEvent()).isNotNull();
    assertThat(events)
        .filteredOn(e -> e.resourcePreEvent() != null)
        .extracting(e -> e.resourcePreEvent().metadata().urn())
        .contains(NAMESPACE_URN, "urn:pulumi:dev::emulated::pulumi:pulumi:Stack::emulated-dev");
    assertThat(events)
        .filteredOn(e -> e.summaryEvent() != null)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.summaryEvent().resourceChanges())
                    .isEqualTo(Map.of(OperationType.CREATE, 2)));

    var namespace = emulator.cloud().find("team-ns").orElseThrow();
    assertThat(namespace.urn()).isEqualTo(NAMESPACE_URN);
    assertThat(namespace.id()).startsWith("team-ns-");
    assertThat(namespace.outputs()).containsEntry("kind", "Namespace");
    // Secrets never reach the disk in plaintext: not in the checkpoint, not in the stack config.
    assertThat(Files.readString(emulator.stateFile(PROJECT, STACK))).doesNotContain("hunter2");
    assertThat(Files.readString(temp.resolve("work/Pulumi.dev.yaml"))).doesNotContain("hunter2");
    assertThat(emulator.isLocked(PROJECT, STACK)).isFalse();
  }

  @Test
  void secondUpWithAChangedInputReportsAnUpdate() throws Exception {
    var stack = stack("work");
    stack.up();

    stack.setConfig("owner", new ConfigValue("bob"));
    UpResult result = stack.up();

    assertThat(result.summary().resourceChanges())
        .isEqualTo(Map.of(OperationType.SAME, 1, OperationType.UPDATE, 1));
    List<UpdateSummary> history = stack.getHistory();
    assertThat(history).extracting(UpdateSummary::version).containsExactly(2, 1);
    assertThat(history.get(1).resourceChanges()).isEqualTo(Map.of(OperationType.CREATE, 2));
    assertThat(labels()).containsEntry("owner", "bob");
  }

  @Test
  void previewReportsChangesWithoutPersistingAnything() throws Exception {
    var stack = stack("work");

    var firstPreview = stack.preview();

    assertThat(firstPreview.changeSummary()).isEqualTo(Map.of(OperationType.CREATE, 2));
    assertThat(stack.getHistory()).isEmpty();
    assertThat(stack.exportStack().deployment()).doesNotContainKey("resources");
    assertThat(emulator.cloud().urns()).isEmpty();

    stack.up();
    stack.setConfig("owner", new ConfigValue("bob"));
    var secondPreview = stack.preview();

    assertThat(secondPreview.changeSummary())
        .isEqualTo(Map.of(OperationType.SAME, 1, OperationType.UPDATE, 1));
    assertThat(stack.getHistory()).hasSize(1);
    assertThat(labels()).containsEntry("owner", "alice");
  }

  @Test
  void destroyEmptiesTheStack() throws Exception {
    var stack = stack("work");
    stack.up();

    var result = stack.destroy();

    assertThat(result.summary().kind()).isEqualTo(UpdateKind.DESTROY);
    assertThat(result.summary().resourceChanges()).isEqualTo(Map.of(OperationType.DELETE, 2));
    assertThat(stack.exportStack().deployment()).doesNotContainKey("resources");
    assertThat(emulator.cloud().urns()).isEmpty();
    assertThat(stack.getOutputs()).isEmpty();
    assertThat(stack.getHistory())
        .extracting(UpdateSummary::kind)
        .containsExactly(UpdateKind.DESTROY, UpdateKind.UPDATE);
  }

  @Test
  void refreshReportsDriftMadeInTheCloud() throws Exception {
    var stack = stack("work");
    stack.up();

    emulator
        .cloud()
        .mutate(
            "team-ns",
            Map.of("metadata", Map.of("name", "team-a", "labels", Map.of("owner", "mallory"))));
    var refresh = stack.refresh();

    assertThat(refresh.summary().kind()).isEqualTo(UpdateKind.REFRESH);
    assertThat(refresh.summary().resourceChanges())
        .isEqualTo(Map.of(OperationType.SAME, 1, OperationType.UPDATE, 1));

    // The adopted drift differs from the program, so the next up puts the program's value back.
    var repair = stack.up();
    assertThat(repair.summary().resourceChanges())
        .isEqualTo(Map.of(OperationType.SAME, 1, OperationType.UPDATE, 1));
    assertThat(labels()).containsEntry("owner", "alice");

    emulator.cloud().delete("team-ns");
    var afterDelete = stack.refresh();
    assertThat(afterDelete.summary().resourceChanges())
        .isEqualTo(Map.of(OperationType.SAME, 1, OperationType.DELETE, 1));
    assertThat(stack.up().summary().resourceChanges())
        .isEqualTo(Map.of(OperationType.SAME, 1, OperationType.CREATE, 1));
  }

  @Test
  void aSecondUpWhileOneIsRunningFailsWithConcurrentUpdateException() throws Exception {
    var first = stack("work-a");
    var second = stack("work-b");
    Gate gate = emulator.faults().blockOn(NAMESPACE);

    Future<UpResult> running = executor.submit(() -> first.up());
    await().atMost(DEADLINE).until(gate::isReached);

    assertThat(emulator.isLocked(PROJECT, STACK)).isTrue();
    assertThatThrownBy(second::up)
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("the stack is currently locked by 1 lock(s)");
    gate.release();
    UpResult result = running.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    assertThat(result.summary().result()).isEqualTo(UpdateState.SUCCEEDED);
    assertThat(emulator.isLocked(PROJECT, STACK)).isFalse();
  }

  @Test
  void aProviderErrorFailsTheUpdateWithTheProvidersMessage() throws Exception {
    var stack = stack("work");
    String providerMessage = "namespaces \"team-a\" is forbidden: exceeded quota";
    emulator.faults().failOn(NAMESPACE, providerMessage);
    List<EngineEvent> events = new CopyOnWriteArrayList<>();

    assertThatThrownBy(() -> stack.up(UpOptions.builder().onEvent(events::add).build()))
        .isInstanceOf(CommandException.class)
        .isNotInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining(providerMessage)
        .hasMessageContaining("error: update failed");

    assertThat(events)
        .filteredOn(e -> e.diagnosticEvent() != null)
        .extracting(e -> e.diagnosticEvent())
        .anySatisfy(
            d -> {
              assertThat(d.severity()).isEqualTo("error");
              assertThat(d.urn()).isEqualTo(NAMESPACE_URN);
              assertThat(d.message()).contains(providerMessage);
            });
    assertThat(events.get(events.size() - 1).cancelEvent()).isNotNull();
    assertThat(stack.getHistory().get(0).result()).isEqualTo(UpdateState.FAILED);
    assertThat(emulator.isLocked(PROJECT, STACK)).isFalse();

    emulator.faults().clear();
    // The stack resource was created before the failure and kept, like the real engine does.
    assertThat(stack.up().summary().resourceChanges())
        .isEqualTo(Map.of(OperationType.SAME, 1, OperationType.CREATE, 1));
  }

  @Test
  void aCrashLeavesALockThatCancelRemovesAndRefreshClearsThePendingCreate() throws Exception {
    var stack = stack("work");
    emulator.faults().crashOn(NAMESPACE);

    assertThatThrownBy(stack::up)
        .isInstanceOf(CommandException.class)
        .isNotInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("emulated crash");

    assertThat(emulator.isLocked(PROJECT, STACK)).isTrue();
    assertThat(pendingOperations(stack))
        .singleElement()
        .satisfies(op -> assertThat(op).containsEntry("type", "creating"));
    assertThatThrownBy(stack::up)
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("delete the lock file with `pulumi cancel`");

    stack.cancel();
    assertThat(emulator.isLocked(PROJECT, STACK)).isFalse();
    stack.refresh(RefreshOptions.builder().clearPendingCreates(true).build());
    assertThat(pendingOperations(stack)).isEmpty();

    var result = stack.up();
    assertThat(result.summary().resourceChanges())
        .isEqualTo(Map.of(OperationType.SAME, 1, OperationType.CREATE, 1));
    assertThat(result.outputs().get("namespaceName").value()).isEqualTo("team-a");
  }

  @Test
  void anUpAfterCancelWarnsAboutAndKeepsTheInterruptedCreate() throws Exception {
    var stack = stack("work");
    emulator.faults().crashOn(NAMESPACE);
    assertThatThrownBy(stack::up).isInstanceOf(CommandException.class);
    stack.cancel();
    List<EngineEvent> events = new CopyOnWriteArrayList<>();

    var result = stack.up(UpOptions.builder().onEvent(events::add).build());

    assertThat(result.summary().result()).isEqualTo(UpdateState.SUCCEEDED);
    assertThat(events)
        .filteredOn(e -> e.diagnosticEvent() != null)
        .extracting(e -> e.diagnosticEvent().message())
        .anySatisfy(m -> assertThat(m).contains("1 pending operations from previous deployment"));
    assertThat(pendingOperations(stack)).hasSize(1);
  }

  @Test
  void exportAndImportWithoutThePendingOperationsAlsoHealsTheStack() throws Exception {
    var stack = stack("work");
    emulator.faults().crashOn(NAMESPACE);
    assertThatThrownBy(stack::up).isInstanceOf(CommandException.class);
    stack.cancel();

    Map<String, Object> deployment = new LinkedHashMap<>(stack.exportStack().deployment());
    deployment.remove("pending_operations");
    stack.importStack(
        StackDeployment.fromJson(
            PropertyValues.write(Map.of("version", 3, "deployment", deployment))));

    assertThat(pendingOperations(stack)).isEmpty();
    assertThat(stack.up().summary().result()).isEqualTo(UpdateState.SUCCEEDED);
  }

  @Test
  void aProgramExceptionFailsTheUpdateWithItsMessage() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("work"));
    var stack =
        LocalWorkspace.createOrSelectStack(
            PROJECT,
            STACK,
            ctx -> {
              throw new IllegalStateException("the program cannot go on");
            },
            emulator.workspaceOptions().workDir(dir).build());

    assertThatThrownBy(stack::up)
        .isInstanceOf(CommandException.class)
        .hasMessageContaining("the program cannot go on");
    assertThat(stack.getHistory().get(0).result()).isEqualTo(UpdateState.FAILED);
  }

  @Test
  void injectedDelaysSlowProviderCallsDown() throws Exception {
    var stack = stack("work");
    Duration delay = Duration.ofMillis(300);
    emulator.faults().delayOn("team-ns", delay);

    long started = System.nanoTime();
    stack.up();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(delay);
  }

  /** A component with a namespace child, using an explicit provider. */
  static final class Team extends ComponentResource {
    Team(String name, ProviderResource provider) {
      super("allotment:test:Team", name);
      new Namespace(
          name + "-ns",
          NamespaceArgs.builder().metadata(ObjectMetaArgs.builder().name(name).build()).build(),
          CustomResourceOptions.builder().parent(this).provider(provider).build());
      registerOutputs(Map.of());
    }
  }

  @Test
  void componentChildrenGetTheParentTypeChainAndExplicitProvidersAreCounted() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("work"));
    var stack =
        LocalWorkspace.createOrSelectStack(
            PROJECT,
            STACK,
            ctx ->
                new Team(
                    "blue",
                    new Provider("cluster", ProviderArgs.builder().namespace("default").build())),
            emulator.workspaceOptions().workDir(dir).build());

    var result = stack.up();

    // Stack, explicit provider, component and namespace; no default provider is involved.
    assertThat(result.summary().resourceChanges()).isEqualTo(Map.of(OperationType.CREATE, 4));
    String namespaceUrn =
        "urn:pulumi:dev::emulated::allotment:test:Team$kubernetes:core/v1:Namespace::blue-ns";
    assertThat(emulator.cloud().urns()).containsExactly(namespaceUrn);
    assertThat(resources(stack))
        .anySatisfy(
            r -> {
              assertThat(r).containsEntry("urn", namespaceUrn);
              assertThat((String) r.get("provider"))
                  .startsWith("urn:pulumi:dev::emulated::pulumi:providers:kubernetes::cluster::");
            })
        .noneSatisfy(r -> assertThat((String) r.get("urn")).contains("::default"));
    assertThat(stack.up().summary().resourceChanges()).isEqualTo(Map.of(OperationType.SAME, 4));
  }

  @Test
  void stackSelectionConfigAndUnsupportedCommands() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("work"));
    var options = emulator.workspaceOptions().workDir(dir).build();
    assertThatThrownBy(
            () ->
                LocalWorkspace.selectStack(
                    PROJECT, "missing", PulumiCliEmulatorTest::program, options))
        .isInstanceOf(StackNotFoundException.class);

    var stack = stack("work");
    assertThat(stack.getConfig("dbPassword").value()).isEqualTo("hunter2");
    assertThat(stack.getAllConfig()).containsKeys(PROJECT + ":team", PROJECT + ":dbPassword");
    assertThat(stack.workspace().listStacks())
        .singleElement()
        .satisfies(s -> assertThat(s.isCurrent()).isTrue());
    assertThat(stack.workspace().whoAmI().user()).isNotBlank();

    assertThatThrownBy(() -> stack.setConfig("a.b", new ConfigValue("x"), true))
        .isInstanceOf(CommandException.class)
        .hasMessageContaining("does not support");
    assertThatThrownBy(
            () -> emulator.run(List.of("stack", "rename", "other"), CommandRunOptions.Empty))
        .isInstanceOf(CommandException.class)
        .hasMessageContaining("emulator does not support: stack rename");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> resources(WorkspaceStack stack) throws Exception {
    Object resources = stack.exportStack().deployment().get("resources");
    return resources == null ? List.of() : new ArrayList<>((List<Map<String, Object>>) resources);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> pendingOperations(WorkspaceStack stack)
      throws Exception {
    Object pending = stack.exportStack().deployment().get("pending_operations");
    return pending == null ? List.of() : new ArrayList<>((List<Map<String, Object>>) pending);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> labels() {
    var metadata =
        (Map<String, Object>)
            emulator.cloud().find("team-ns").orElseThrow().outputs().get("metadata");
    return (Map<String, Object>) Objects.requireNonNull(metadata.get("labels"));
  }
}
