package dev.allotment.testing;

import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.TenancyRuleSpec;
import dev.allotment.examples.RepositoryPaths;
import dev.allotment.policy.NamespaceBinding;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Kubernetes API for integration tests: by default a real control plane ({@link ControlPlane},
 * started once per test JVM and shared by the test classes), or the cluster of {@code KUBECONFIG}
 * when {@code USE_EXISTING_CLUSTER=true}. Either way the CRDs built from our classes are installed
 * and each test gets a namespace of its own.
 *
 * <p>{@link #mockServer(String)} gives fabric8's mock server instead, for the few tests that need a
 * fault a real API server cannot be made to produce; each says why.
 */
public final class TestCluster
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  private static final Path GENERATED_CRDS = Path.of("target", "classes", "META-INF", "fabric8");
  private static final ExtensionContext.Namespace STORE =
      ExtensionContext.Namespace.create(TestCluster.class);

  private final boolean mock;
  private final boolean anyTeam;
  private ControlPlane plane;
  private KubernetesMockServer server;
  private KubernetesClient client;
  private String namespace;

  /** The real control plane (or the existing cluster). */
  public TestCluster() {
    this(false, false);
  }

  private TestCluster(boolean mock, boolean anyTeam) {
    this.mock = mock;
    this.anyTeam = anyTeam;
  }

  /**
   * The real control plane, each test's namespace allowed to order for any team ({@link
   * #allowAnyTeam()}) before the test's operator starts: for tests whose resources each order for a
   * team of their own.
   */
  public static TestCluster forAnyTeam() {
    return new TestCluster(false, true);
  }

  /**
   * fabric8's mock server in CRUD mode.
   *
   * @param why the fault this test needs that a real API server cannot produce (documentation)
   */
  public static TestCluster mockServer(String why) {
    if (why == null || why.isBlank()) {
      throw new IllegalArgumentException("say why this test cannot run on the real control plane");
    }
    return new TestCluster(true, false);
  }

  public static boolean useExistingCluster() {
    return Boolean.parseBoolean(System.getenv("USE_EXISTING_CLUSTER"));
  }

  /**
   * The control plane shared by every test class of this JVM, started on first use and stopped when
   * the test run ends.
   */
  public static ControlPlane sharedControlPlane(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(STORE)
        .computeIfAbsent(ControlPlane.class, k -> ControlPlane.start(), ControlPlane.class);
  }

  /** A started fabric8 mock server in CRUD mode; the caller destroys it. */
  public static KubernetesMockServer startMockServer() {
    var server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    server.init();
    return server;
  }

  /** Whether this cluster is a real API server (the control plane or an existing cluster). */
  public boolean isReal() {
    return !mock;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!mock && useExistingCluster()) {
      client = new KubernetesClientBuilder().build();
    } else if (!mock) {
      plane = sharedControlPlane(context);
      client = plane.client();
    } else {
      server = startMockServer();
      // The mock server needs vert.x on the test classpath; the operator uses the JDK client.
      client = server.createClient(new JdkHttpClientFactory());
    }
    installCrds();
  }

  /**
   * The team every test namespace is bound to, as a platform engineer binds a team's namespace: the
   * examples' team.
   */
  public static final String TEAM = "payments";

  @Override
  public void beforeEach(ExtensionContext context) {
    namespace = "allotment-test-" + UUID.randomUUID().toString().substring(0, 8);
    apply(
        new NamespaceBuilder()
            .withNewMetadata()
            .withName(namespace)
            .addToLabels(NamespaceBinding.TENANT_LABEL, TEAM)
            .endMetadata()
            .build());
    if (anyTeam) {
      allowAnyTeam();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (anyTeamPolicy != null) {
      client.resources(PlatformPolicy.class).withName(anyTeamPolicy).delete();
      anyTeamPolicy = null;
    }
    if (argoCdNamespace != null) {
      client.namespaces().withName(argoCdNamespace).delete();
      argoCdNamespace = null;
    }
    client.namespaces().withName(namespace).delete();
  }

  private String anyTeamPolicy;
  private String argoCdNamespace;

  /**
   * The test's own Argo CD namespace ({@code <namespace>-argocd}), where clusters are registered:
   * created on first use, deleted when the test ends.
   */
  public String argoCdNamespace() {
    if (argoCdNamespace == null) {
      argoCdNamespace = namespace + "-argocd";
      apply(
          new NamespaceBuilder().withNewMetadata().withName(argoCdNamespace).endMetadata().build());
    }
    return argoCdNamespace;
  }

  /** Binds the test namespace to {@code team} instead of {@link #TEAM} (the label). */
  public void bindNamespace(String team) {
    client
        .namespaces()
        .withName(namespace)
        .edit(
            n -> {
              n.getMetadata().getLabels().put(NamespaceBinding.TENANT_LABEL, team);
              return n;
            });
  }

  /** Removes the test namespace's binding: it orders for nobody (deny by default). */
  public void unbindNamespace() {
    client
        .namespaces()
        .withName(namespace)
        .edit(
            n -> {
              n.getMetadata().getLabels().remove(NamespaceBinding.TENANT_LABEL);
              return n;
            });
  }

  /**
   * Lets {@code namespace} order for any team and stage, through PlatformPolicy {@code name} (a
   * tenancy rule): for tests and benchmarks whose resources each order for a team of their own.
   */
  public static void allowAnyTeam(KubernetesClient client, String namespace, String name) {
    PlatformPolicy policy = new PlatformPolicy();
    policy.getMetadata().setName(name);
    var spec = new PlatformPolicySpec();
    spec.setTenancy(List.of(new TenancyRuleSpec(namespace, List.of("*"), List.of("*"))));
    policy.setSpec(spec);
    client.resource(policy).createOr(NonDeletingOperation::update);
  }

  /**
   * Lets the test namespace order for every team and stage, for tests that order for several teams
   * from one namespace: the label goes, and a PlatformPolicy tenancy rule naming only this
   * namespace takes its place until the test ends.
   */
  public void allowAnyTeam() {
    unbindNamespace();
    anyTeamPolicy = "test-tenancy-" + namespace;
    allowAnyTeam(client, namespace, anyTeamPolicy);
    // The operator's policy informer must have it before the first decision.
    await()
        .atMost(StackResources.DEADLINE)
        .until(() -> client.resources(PlatformPolicy.class).withName(anyTeamPolicy).get() != null);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    for (String name : ensured) {
      client.namespaces().withName(name).delete();
    }
    if (!mock) {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () -> ensured.stream().allMatch(n -> client.namespaces().withName(n).get() == null));
    }
    ensured.clear();
    client.close();
    if (server != null) {
      server.destroy();
    }
  }

  public KubernetesClient client() {
    return client;
  }

  /** The field manager of what tests apply. */
  public static final String FIELD_MANAGER = "allotment-test";

  /**
   * Creates {@code object} for a test's set-up, or finds it created: a server-side apply, so that
   * sending it twice (the client retries a request whose answer timed out, as on a busy machine)
   * yields the object, never {@code AlreadyExists}. On the mock server, which does not speak
   * server-side apply, a create or update.
   */
  public <T extends HasMetadata> T apply(T object) {
    var resource = client.resource(object);
    return mock
        ? resource.createOr(NonDeletingOperation::update)
        : resource.fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
  }

  /** The current test's namespace. */
  public String namespace() {
    return namespace;
  }

  /**
   * Creates the namespace unless it exists (namespaces that examples and the chart name). The ones
   * it creates are deleted when the test class ends: names such as {@code payments-development}
   * must be free again for the operator, which never adopts an existing namespace.
   */
  public void ensureNamespace(String name) {
    if (client.namespaces().withName(name).get() != null) {
      return;
    }
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .createOr(NonDeletingOperation::update);
    ensured.add(name);
  }

  private final List<String> ensured = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** kubectl against this cluster (the real control plane's admin, or {@code KUBECONFIG}). */
  public Kubectl kubectl() {
    if (mock) {
      throw new IllegalStateException("kubectl needs a real API server, not the mock server");
    }
    Path binary = TestAssets.kubernetes().path("KUBECTL");
    return new Kubectl(binary, plane != null ? plane.clientEnvironment() : Map.of());
  }

  /** A kubeconfig for clients outside the JVM (kubectl, the Pulumi Kubernetes provider). */
  public Path kubeconfig() {
    if (plane != null) {
      return plane.adminKubeconfig();
    }
    if (mock) {
      throw new IllegalStateException("the mock server has no kubeconfig for other processes");
    }
    return Path.of(
        Optional.ofNullable(System.getenv("KUBECONFIG"))
            .orElse(System.getProperty("user.home") + "/.kube/config"));
  }

  /** The real control plane this cluster runs on; empty on the mock or an existing cluster. */
  public Optional<ControlPlane> controlPlane() {
    return Optional.ofNullable(plane);
  }

  /**
   * Installs the upstream CRDs kept in {@code testdata/upstream} (Argo CD, External Secrets
   * Operator) and waits until they are served.
   */
  public void installUpstreamCrds() {
    Path upstream = RepositoryPaths.upstream();
    try (Stream<Path> argocd = Files.list(upstream.resolve("argocd"));
        Stream<Path> eso = Files.list(upstream.resolve("external-secrets"))) {
      List<Path> files =
          Stream.concat(argocd, eso)
              .filter(f -> f.getFileName().toString().endsWith(".yaml"))
              .sorted()
              .toList();
      for (Path file : files) {
        installCrd(client, file, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void installCrds() {
    installCrds(client, !mock);
  }

  /** Installs the CRDs the build generated; on a real cluster, waits until they are served. */
  public static void installCrds(KubernetesClient client, boolean waitEstablished) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(GENERATED_CRDS, "*.yml")) {
      for (Path file : files) {
        installCrd(client, file, waitEstablished);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read generated CRDs in " + GENERATED_CRDS, e);
    }
  }

  /** Creates or updates the CRD in the file; on a real cluster, waits until it is served. */
  public static CustomResourceDefinition installCrd(
      KubernetesClient client, Path file, boolean waitEstablished) {
    CustomResourceDefinition crd;
    try (InputStream in = Files.newInputStream(file)) {
      crd = client.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    var crds = client.apiextensions().v1().customResourceDefinitions();
    crds.resource(crd).createOr(NonDeletingOperation::update);
    if (waitEstablished) {
      crds.withName(crd.getMetadata().getName())
          .waitUntilCondition(
              c ->
                  c != null
                      && c.getStatus() != null
                      && c.getStatus().getConditions() != null
                      && c.getStatus().getConditions().stream()
                          .anyMatch(
                              cond ->
                                  "Established".equals(cond.getType())
                                      && "True".equals(cond.getStatus())),
              StackResources.DEADLINE.toMillis(),
              TimeUnit.MILLISECONDS);
    }
    return crd;
  }
}
