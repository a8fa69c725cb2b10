package dev.allotment.realengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.OperationKind;
import dev.allotment.policy.NamespaceBinding;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Admission;
import dev.allotment.testing.Baselines;
import dev.allotment.testing.ChartRepository;
import dev.allotment.testing.Examples;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Cluster of provider {@code vcluster} through the real engine, and a TeamEnvironment on it. The
 * real Kubernetes provider installs the vcluster chart with its Helm client into the real API
 * server. The chart comes from a repository on loopback (the operator's {@code
 * ALLOTMENT_VCLUSTER_CHART_REPOSITORY}, as on a hub without internet), and it is a stand-in: a
 * virtual control plane needs nodes to run on, which the test control plane has none of. It writes
 * what vcluster writes once it is up, Secret {@code vc-<release>} with the kubeconfig, pointing at
 * the test control plane, so that the environment on the cluster is really created somewhere.
 */
class ClusterOnRealEngineTest {

  private static final String CHART_VERSION = "0.21.2";

  @RegisterExtension static final TestCluster CLUSTER = TestCluster.forAnyTeam();

  private final RealEngine real = RealEngine.inline();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, real);

  private final StackResources<TeamEnvironment> environments = operator.environments();

  @TempDir Path charts;

  private final StackResources<Cluster> clusters = new StackResources<>(CLUSTER, Cluster.class);
  private ChartRepository repository;
  private String argocd;

  @BeforeEach
  void argoCd() {
    argocd = CLUSTER.argoCdNamespace();
  }

  /** The stand-in vcluster chart, publishing {@code kubeconfig}, served to the operator. */
  private void vclusterPublishing(String kubeconfig) {
    repository =
        ChartRepository.serve(
            charts,
            "vcluster",
            CHART_VERSION,
            Map.of(
                "kubeconfig",
                kubeconfig,
                "templates/kubeconfig.yaml",
                String.join(
                    "\n",
                    "apiVersion: v1",
                    "kind: Secret",
                    "metadata:",
                    "  name: vc-{{ .Release.Name }}",
                    "  annotations:",
                    "    test.allotment.dev/server: {{ .Values.exportKubeConfig.server | quote }}",
                    "data:",
                    "  config: {{ .Files.Get \"kubeconfig\" | b64enc }}",
                    "")));
    ProgramDefaults defaults =
        new ProgramDefaults(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            argocd,
            false,
            ProgramDefaults.IN_CLUSTER_API_SERVER,
            repository.url());
    operator.defaults(() -> defaults).start();
  }

  @AfterEach
  void deleteEnvironmentsThenClusters() {
    environments.deleteAll(RealEngine.OPERATION);
    clusters.deleteAll(RealEngine.OPERATION);
    if (repository != null) {
      repository.close();
    }
  }

  @Test
  void aVclusterIsInstalledFromItsChartAndAnEnvironmentRunsOnIt() throws Exception {
    vclusterPublishing(Files.readString(CLUSTER.kubeconfig()));
    KubernetesClient kube = CLUSTER.client();
    Cluster ordered = Examples.cluster("vcluster");
    ordered.getMetadata().setName("real-vc");
    ordered.getSpec().setTeam("real-vc");
    ordered.getSpec().getArgocd().setProject("real-vc");
    Cluster created = clusters.apply(ordered);

    Cluster ready =
        clusters.awaitCondition(
            created, ConditionType.READY, "True", Reason.UP_TO_DATE, RealEngine.OPERATION);

    // The host namespace and the Helm release, made by the real provider's Helm client.
    String host = "vc-real-vc-real-vc";
    Namespace namespace = kube.namespaces().withName(host).get();
    // The label the chart's egress guard selects on (EgressGuardOnRealEngineTest), which the
    // provider's own managed-by label does not replace; and, the operator having made it, the
    // namespace orders nothing by itself.
    assertThat(namespace.getMetadata().getLabels())
        .containsEntry(Groups.LABEL_TEAM, "real-vc")
        .containsEntry(Groups.LABEL_KIND, "cluster")
        .containsEntry(Groups.LABEL_MANAGED_BY, "pulumi");
    assertThat(NamespaceBinding.of(namespace).team()).isEmpty();
    assertHostBaseline(kube, host);
    assertThat(kube.secrets().inNamespace(host).list().getItems())
        .extracting(s -> s.getMetadata().getName())
        .contains("sh.helm.release.v1.real-vc.v1", "vc-real-vc");
    // The program's chart values reached the chart.
    String endpoint = "https://real-vc." + host + ".svc:443";
    assertThat(
            kube.secrets()
                .inNamespace(host)
                .withName("vc-real-vc")
                .get()
                .getMetadata()
                .getAnnotations())
        .containsEntry("test.allotment.dev/server", endpoint);
    assertThat(ready.getStatus().getOutputs())
        .containsEntry("endpoint", endpoint)
        .containsEntry("provider", "vcluster")
        .doesNotContainKey("kubeconfig");
    assertThat(
            StackResources.decoded(clusters.findOutputsSecret(created).orElseThrow(), "kubeconfig"))
        .isEqualTo(readKubeconfig());
    // Registered with Argo CD.
    assertThat(kube.secrets().inNamespace(argocd).list().getItems())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.getMetadata().getLabels())
                    .containsEntry("argocd.argoproj.io/secret-type", "cluster"));

    // A TeamEnvironment on the cluster: its namespace is made through the cluster's kubeconfig.
    TeamEnvironment onCluster = Examples.development("real-vc");
    onCluster.getSpec().getKubernetes().setClusterRef("real-vc");
    TeamEnvironment environment = environments.apply(onCluster);
    environments.awaitCondition(
        environment, ConditionType.READY, "True", Reason.UP_TO_DATE, RealEngine.OPERATION);
    assertThat(kube.namespaces().withName("real-vc-development").get()).isNotNull();

    environments.delete(environment);
    environments.awaitGone(environment, RealEngine.OPERATION);
    clusters.delete(created);
    clusters.awaitGone(created, RealEngine.OPERATION);
    assertThat(kube.secrets().inNamespace(argocd).list().getItems())
        .extracting(Secret::getMetadata)
        .isEmpty();
    assertThat(kube.namespaces().withName(host).get())
        .satisfiesAnyOf(
            n -> assertThat(n).isNull(),
            n -> assertThat(n.getStatus().getPhase()).isEqualTo("Terminating"));
  }

  /**
   * The host namespace runs vcluster's control plane and the pods synced out of the virtual
   * cluster: Pod Security baseline admits the control plane as chart 0.21.2 runs it (as root) and
   * refuses a privileged pod; the quota, with room for vcluster's own volume, refuses a
   * LoadBalancer; the egress policy leaves out the link-local metadata range.
   */
  private static void assertHostBaseline(KubernetesClient kube, String host) {
    Baselines.assertPodSecurity(kube, host, "baseline");
    Baselines.assertStorageQuota(kube, host, "55Gi", 11);
    Baselines.assertMetadataEgressDenied(kube, host);
    // Admission of a pod needs the namespace's default service account.
    await()
        .atMost(StackResources.DEADLINE)
        .until(() -> kube.serviceAccounts().inNamespace(host).withName("default").get() != null);
    assertThat(Admission.refusal(kube, host, Admission.privileged("default")))
        .hasValueSatisfying(
            m -> assertThat(m).contains("violates PodSecurity \"baseline:latest\""));
    assertThat(Admission.refusal(kube, host, Admission.vclusterControlPlane("default"))).isEmpty();
    assertThat(Admission.refusal(kube, host, Admission.service("LoadBalancer")))
        .hasValueSatisfying(m -> assertThat(m).contains("exceeded quota"));
  }

  private static String readKubeconfig() {
    try {
      return Files.readString(CLUSTER.kubeconfig());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void underManualApprovalAClustersArgoCdPlacementChangesOnlyWhenApproved() throws Exception {
    vclusterPublishing(Files.readString(CLUSTER.kubeconfig()));
    Cluster ordered = Examples.cluster("vcluster");
    ordered.getMetadata().setName("real-place");
    ordered.getSpec().setTeam("real-place");
    ordered.getSpec().getArgocd().setProject("real-place");
    ordered.getSpec().setApproval(dev.allotment.api.v1alpha1.ApprovalMode.Manual);
    Cluster created = clusters.apply(ordered);
    clusters.approveUntilUpToDate(created, "dave-lead", RealEngine.OPERATION);

    // Another AppProject: no cloud resource changes, yet the cluster's placement in Argo CD does.
    Cluster moved =
        clusters.edit(created, c -> c.getSpec().getArgocd().setProject("team-real-place"));
    Cluster waiting =
        clusters.awaitObserved(
            moved, ConditionType.READY, "False", Reason.AWAITING_APPROVAL, RealEngine.OPERATION);

    assertThat(waiting.getStatus().getApproval().getPlan())
        .containsExactly("update Cluster real-place spec (no cloud resource changes)");
    assertThat(argoCdProject()).isEqualTo("real-place");
    clusters.approveUntilUpToDate(moved, "dave-lead", RealEngine.OPERATION);
    assertThat(argoCdProject()).isEqualTo("team-real-place");
  }

  /** The project of the one cluster Secret in Argo CD's namespace. */
  private String argoCdProject() {
    Secret secret = CLUSTER.client().secrets().inNamespace(argocd).list().getItems().get(0);
    return StackResources.decoded(secret, "project");
  }

  @Test
  void aClusterKubeconfigThatWouldRunACommandIsRefusedAndNothingRuns() throws Exception {
    // A cluster that publishes a kubeconfig with an exec plug-in: handed to the Kubernetes
    // provider inside the operator's pod, it would run with the operator's environment (cloud
    // credentials, the secrets passphrase).
    Path stolen = charts.resolve("stolen-environment");
    vclusterPublishing(
        String.join(
            "\n",
            "apiVersion: v1",
            "kind: Config",
            "clusters:",
            "- name: vc",
            "  cluster:",
            "    server: https://127.0.0.1:1",
            "users:",
            "- name: vc",
            "  user:",
            "    exec:",
            "      apiVersion: client.authentication.k8s.io/v1",
            "      command: sh",
            "      args: [-c, 'env > " + stolen + "']",
            "      interactiveMode: Never",
            "contexts:",
            "- name: vc",
            "  context: {cluster: vc, user: vc}",
            "current-context: vc",
            ""));
    Cluster ordered = Examples.cluster("vcluster");
    ordered.getMetadata().setName("real-exec");
    ordered.getSpec().setTeam("real-exec");
    ordered.getSpec().setArgocd(null);
    Cluster created = clusters.apply(ordered);
    clusters.awaitCondition(
        created, ConditionType.READY, "True", Reason.UP_TO_DATE, RealEngine.OPERATION);

    TeamEnvironment onCluster = Examples.development("real-exec");
    onCluster.getSpec().getKubernetes().setClusterRef("real-exec");
    TeamEnvironment environment = environments.apply(onCluster);

    assertThat(environments.awaitStalled(environment, Reason.INVALID_SPEC))
        .contains("spec.kubernetes.clusterRef")
        .contains("the kubeconfig of Cluster real-exec is refused")
        .contains("users[0].user.exec would make the operator run a command");
    assertThat(real.engine().started(OperationKind.UP, StackResources.ref(environment))).isZero();
    assertThat(stolen).doesNotExist();
  }
}
