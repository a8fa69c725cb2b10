package dev.allotment.helm;

import static dev.allotment.helm.Helm.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allotment.config.OperatorConfig;
import dev.allotment.examples.KnownFields;
import dev.allotment.examples.ManifestSchemas;
import dev.allotment.examples.RepositoryPaths;
import dev.allotment.observability.HttpEndpoints;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lints and renders the chart with the real helm binary, and checks what a cluster would receive:
 * least-privilege RBAC, a locked-down pod, every documented setting mapped to its variable, the
 * passphrase kept, and values.schema.json turning bad values away.
 */
class HelmChartTest {

  private static final List<String> ALL_VERBS =
      List.of("get", "list", "watch", "create", "update", "patch", "delete");

  private static final String FULL_VALUES =
      """
      watchNamespaces: [team-payments, team-orders]
      replicas: 2
      backend:
        type: url
        url: {url: "azblob://allotment-state", envFromSecrets: [allotment-state-storage]}
      secretsProvider: {provider: "azurekeyvault://kv-platform.vault.azure.net/keys/allotment"}
      defaults:
        githubOrganization: nordic-retail
        azure: {subscriptionId: 11111111-2222-3333-4444-555555555555, location: westeurope}
      argocdNamespace: gitops
      meshInjection: true
      hubApiServer: https://hub.example.internal:6443
      vclusterChartRepository: https://charts.mirror.example.internal/loft
      operationConcurrency: 8
      resyncInterval: 5m
      retry: {initialDelay: 5s, maxDelay: 15m}
      drift: {minimumInterval: 2m}
      deadlines: {up: 90m, preview: 10m, refresh: 20m, destroy: 2h, housekeeping: 3m}
      pulumiBinary: /usr/local/bin/pulumi
      program: {mode: process, binary: /opt/allotment/allotment-operator.jar}
      credentials:
        azure: {existingSecret: allotment-azure-credentials}
        github: {existingSecret: allotment-github-credentials}
        digitalocean: {existingSecret: allotment-do-credentials}
      podAnnotations: {team: platform}
      nodeSelector: {kubernetes.io/os: linux}
      tolerations: [{key: dedicated, operator: Equal, value: platform, effect: NoSchedule}]
      defaultPolicy:
        name: platform-baseline
        spec:
          forbidPauseFor: null
          github: {allowedTemplates: [nordic-retail/template-*]}
      """;

  /** Values for every switch; each variant must render, lint and pass every check. */
  static final Map<String, String> VARIANTS =
      Map.of(
          "defaults",
          "{}",
          "watched namespaces",
          """
          watchNamespaces: [team-payments, team-orders]
          rbac: {hubProvisioning: false}
          """,
          "several replicas on a blob backend",
          """
          replicas: 2
          backend:
            type: url
            url: {url: "azblob://allotment-state", envFromSecrets: [allotment-state-storage]}
          secretsProvider: {provider: "azurekeyvault://kv-platform.vault.azure.net/keys/allotment"}
          metrics: {serviceMonitor: {enabled: true}}
          """,
          "pulumi cloud, nothing optional",
          """
          backend:
            type: pulumiCloud
            pulumiCloud: {accessToken: {existingSecret: pulumi-access-token}}
          secretsProvider: {provider: default}
          rbac: {hubProvisioning: false, argocdClusterSecrets: false}
          metrics: {service: {enabled: false}}
          defaultPolicy: {enabled: false}
          outputsSecrets: {admissionPolicy: {enabled: false}}
          """,
          "everything set",
          FULL_VALUES);

  private static Helm helm;

  @TempDir static Path valuesDir;

  @BeforeAll
  static void locateHelm() throws IOException {
    helm = Helm.locate();
  }

  @Test
  void chartCrdsAreExactCopiesOfTheCommittedCrds() throws IOException {
    Path chartCrds = RepositoryPaths.chart().resolve("crds");
    List<String> committed = fileNames(RepositoryPaths.crds());
    assertThat(fileNames(chartCrds)).isEqualTo(committed).isNotEmpty();
    for (String name : committed) {
      assertThat(Files.readAllBytes(chartCrds.resolve(name)))
          .as(
              "helm/allotment/crds/%s differs from crds/%s: cp crds/*.yaml helm/allotment/crds/",
              name, name)
          .isEqualTo(Files.readAllBytes(RepositoryPaths.crds().resolve(name)));
    }
  }

  @Test
  void crdsAreInstalledWithTheChart() throws IOException {
    List<JsonNode> rendered = helm.template("--include-crds");
    List<JsonNode> crds = new ArrayList<>();
    for (String name : fileNames(RepositoryPaths.crds())) {
      crds.addAll(ManifestSchemas.readYamlDocuments(RepositoryPaths.crds().resolve(name)));
    }
    assertThat(rendered.stream().filter(d -> kind(d).equals("CustomResourceDefinition")).toList())
        .containsExactlyInAnyOrderElementsOf(crds);
  }

  @Test
  void lintPassesForEveryVariant() throws IOException {
    for (Map.Entry<String, String> variant : VARIANTS.entrySet()) {
      Helm.Result lint =
          helm.run(
              "lint",
              "--strict",
              RepositoryPaths.chart().toString(),
              "--namespace",
              NAMESPACE,
              "-f",
              valuesFile(variant.getValue()).toString());
      assertThat(lint.ok())
          .as("helm lint (%s):%n%s%s", variant.getKey(), lint.stdout(), lint.stderr())
          .isTrue();
    }
  }

  @Test
  void defaultInstallGrantsExactlyTheDocumentedRules() {
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    Set<String> clusterReads =
        new java.util.TreeSet<>(
            grants(
                "apiextensions.k8s.io",
                List.of("customresourcedefinitions"),
                List.of("get"),
                List.of(
                    "clusters.platform.allotment.dev",
                    "nameclaims.platform.allotment.dev",
                    "platformpolicies.platform.allotment.dev",
                    "teamenvironments.platform.allotment.dev")));
    clusterReads.addAll(
        grants(
            "platform.allotment.dev",
            List.of("platformpolicies"),
            List.of("get", "list", "watch")));
    // PlatformPolicy status: accepted or not, and the rules it carries.
    clusterReads.addAll(
        grants(
            "platform.allotment.dev",
            List.of("platformpolicies/status"),
            List.of("get", "update", "patch")));
    // Namespaces, read only: the platform binds a namespace to a team with a label on it.
    clusterReads.addAll(grants("", List.of("namespaces"), List.of("get", "list", "watch")));
    // NameClaims: cluster-scoped, written by the operator only.
    clusterReads.addAll(
        grants(
            "platform.allotment.dev",
            List.of("nameclaims"),
            List.of("get", "list", "watch", "create", "update", "patch", "delete")));
    expected.put("ClusterRole/allotment-preflight", clusterReads);
    expected.put("ClusterRole/allotment-operator", operatorRules());
    expected.put("ClusterRole/allotment-hub-provisioning", hubProvisioningRules());
    expected.put(
        "Role/argocd/allotment-argocd-clusters",
        grants(
            "",
            List.of("secrets"),
            List.of("get", "create", "update", "patch", "delete", "deletecollection")));

    assertThat(rules(helm.template())).isEqualTo(expected);
  }

  @Test
  void watchNamespacesGrantTheOperatorSecretsOnlyInThoseNamespaces() throws IOException {
    List<JsonNode> rendered =
        helm.template("-f", valuesFile(VARIANTS.get("watched namespaces")).toString());
    Map<String, Set<String>> rules = rules(rendered);

    assertThat(rules)
        .containsEntry("Role/team-payments/allotment-operator", operatorRules())
        .containsEntry("Role/team-orders/allotment-operator", operatorRules())
        .doesNotContainKeys(
            "ClusterRole/allotment-operator", "ClusterRole/allotment-hub-provisioning");
    rules.entrySet().stream()
        .filter(e -> e.getKey().startsWith("ClusterRole/"))
        .forEach(
            e ->
                assertThat(e.getValue())
                    .as(e.getKey())
                    .noneMatch(r -> r.startsWith("core/secrets")));
    assertThat(env(deployment(rendered)))
        .containsEntry("ALLOTMENT_WATCH_NAMESPACES", "team-payments,team-orders");

    // Hub provisioning needs Secrets in namespaces that do not exist yet: cluster-wide, but only
    // in its own, separately switchable ClusterRole.
    Map<String, Set<String>> withHub =
        rules(
            helm.template(
                "-f",
                valuesFile(VARIANTS.get("watched namespaces")).toString(),
                "--set",
                "rbac.hubProvisioning=true"));
    assertThat(withHub.get("ClusterRole/allotment-hub-provisioning"))
        .isEqualTo(hubProvisioningRules());
    withHub.entrySet().stream()
        .filter(
            e -> e.getKey().startsWith("ClusterRole/") && !e.getKey().endsWith("hub-provisioning"))
        .forEach(
            e ->
                assertThat(e.getValue())
                    .as(e.getKey())
                    .noneMatch(r -> r.startsWith("core/secrets")));
  }

  @Test
  void noRuleInAnyVariantUsesWildcardsAndEveryBindingNamesTheChartsAccount() throws IOException {
    for (Map.Entry<String, String> variant : VARIANTS.entrySet()) {
      List<JsonNode> rendered = helm.template("-f", valuesFile(variant.getValue()).toString());
      Set<String> roles = rules(rendered).keySet();
      for (JsonNode role : ofKinds(rendered, "ClusterRole", "Role")) {
        for (JsonNode rule : role.path("rules")) {
          assertThat(rule.has("nonResourceURLs")).isFalse();
          for (String field : List.of("apiGroups", "resources", "verbs", "resourceNames")) {
            assertThat(rule.path(field))
                .as("%s %s in %s (%s)", field, rule, name(role), variant.getKey())
                .noneMatch(v -> v.asText().contains("*"));
          }
        }
      }
      for (JsonNode binding : ofKinds(rendered, "ClusterRoleBinding", "RoleBinding")) {
        String roleId =
            binding.at("/roleRef/kind").asText()
                + "/"
                + (kind(binding).equals("RoleBinding")
                    ? binding.at("/metadata/namespace").asText() + "/"
                    : "")
                + binding.at("/roleRef/name").asText();
        assertThat(roles).as("%s binds a role of this chart", name(binding)).contains(roleId);
        assertThat(binding.path("subjects"))
            .singleElement()
            .satisfies(
                s -> {
                  assertThat(s.path("kind").asText()).isEqualTo("ServiceAccount");
                  assertThat(s.path("name").asText()).isEqualTo("allotment");
                  assertThat(s.path("namespace").asText()).isEqualTo(NAMESPACE);
                });
      }
    }
  }

  @Test
  void leaderElectionFollowsReplicas() {
    List<JsonNode> single = helm.template();
    assertThat(env(deployment(single))).doesNotContainKey("ALLOTMENT_LEADER_ELECTION_NAMESPACE");
    assertThat(rules(single)).doesNotContainKey("Role/allotment-system/allotment-leader-election");

    for (String[] args :
        List.of(
            new String[] {"--set", "leaderElection.enabled=true"},
            new String[] {
              "--set",
              "replicas=3",
              "--set",
              "backend.type=url",
              "--set",
              "backend.url.url=s3://state"
            })) {
      List<JsonNode> rendered = helm.template(args);
      assertThat(env(deployment(rendered)))
          .containsEntry("ALLOTMENT_LEADER_ELECTION_NAMESPACE", NAMESPACE);
      assertThat(rules(rendered))
          .containsEntry(
              "Role/allotment-system/allotment-leader-election",
              grants("coordination.k8s.io", List.of("leases"), List.of("get", "create", "update")));
    }
  }

  @Test
  void localBackendOnAReadWriteOnceVolumeRefusesSeveralReplicas() {
    Helm.Result result = helm.templateResult("--set", "replicas=2");
    assertThat(result.ok()).isFalse();
    assertThat(result.stderr()).contains("ReadWriteMany");
  }

  @Test
  void podRunsLockedDown() throws IOException {
    for (Map.Entry<String, String> variant : VARIANTS.entrySet()) {
      JsonNode pod =
          deployment(helm.template("-f", valuesFile(variant.getValue()).toString()))
              .at("/spec/template/spec");
      String v = variant.getKey();
      assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(v).isTrue();
      assertThat(pod.at("/securityContext/runAsUser").asInt()).as(v).isEqualTo(10001);
      assertThat(pod.at("/securityContext/seccompProfile/type").asText())
          .as(v)
          .isEqualTo("RuntimeDefault");

      JsonNode container = pod.at("/containers/0");
      assertThat(pod.path("containers")).as(v).hasSize(1);
      assertThat(container.path("args")).extracting(JsonNode::asText).as(v).containsExactly("run");
      JsonNode security = container.path("securityContext");
      assertThat(security.path("runAsNonRoot").asBoolean()).as(v).isTrue();
      assertThat(security.path("runAsUser").asInt()).as(v).isEqualTo(10001);
      assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(v).isTrue();
      assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(v).isFalse();
      assertThat(security.at("/capabilities/drop"))
          .extracting(JsonNode::asText)
          .as(v)
          .containsExactly("ALL");
      assertThat(security.path("capabilities").has("add")).as(v).isFalse();
      assertThat(security.at("/seccompProfile/type").asText()).as(v).isEqualTo("RuntimeDefault");
      for (String bound : List.of("requests", "limits")) {
        assertThat(container.at("/resources/" + bound + "/memory").isMissingNode())
            .as(v + " " + bound)
            .isFalse();
      }
      assertThat(container.at("/resources/requests/cpu").isMissingNode()).as(v).isFalse();

      Map<String, String> mounts = new HashMap<>();
      container
          .path("volumeMounts")
          .forEach(m -> mounts.put(m.path("name").asText(), m.path("mountPath").asText()));
      assertThat(mounts)
          .as(v)
          .containsEntry("tmp", "/tmp")
          .containsEntry("state", "/var/lib/allotment");
      Map<String, JsonNode> volumes = new HashMap<>();
      pod.path("volumes").forEach(vol -> volumes.put(vol.path("name").asText(), vol));
      assertThat(volumes.get("tmp").has("emptyDir")).as(v).isTrue();
      assertThat(env(container)).as(v).containsEntry("ALLOTMENT_STATE_DIR", "/var/lib/allotment");

      // The operator's port and paths are fixed (ALLOTMENT_HTTP_PORT is not a chart value).
      assertThat(container.at("/ports/0/containerPort").asInt())
          .isEqualTo(OperatorConfig.fromEnvironment(Map.of()).httpPort());
      assertThat(env(container)).doesNotContainKey("ALLOTMENT_HTTP_PORT");
      for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
        assertThat(container.at("/" + probe + "/httpGet/port").asText())
            .as(v + " " + probe)
            .isEqualTo(container.at("/ports/0/name").asText());
      }
      assertThat(container.at("/livenessProbe/httpGet/path").asText())
          .isEqualTo(HttpEndpoints.LIVENESS);
      assertThat(container.at("/startupProbe/httpGet/path").asText())
          .isEqualTo(HttpEndpoints.LIVENESS);
      assertThat(container.at("/readinessProbe/httpGet/path").asText())
          .isEqualTo(HttpEndpoints.READINESS);
    }
  }

  @Test
  void localBackendKeepsStateOnAClaimThatOutlivesTheRelease() {
    List<JsonNode> rendered = helm.template("--set", "backend.local.persistence.size=20Gi");
    JsonNode claim = single(rendered, "PersistentVolumeClaim");
    assertThat(claim.at("/metadata/annotations/helm.sh~1resource-policy").asText())
        .isEqualTo("keep");
    assertThat(claim.at("/spec/accessModes/0").asText()).isEqualTo("ReadWriteOnce");
    assertThat(claim.at("/spec/resources/requests/storage").asText()).isEqualTo("20Gi");
    JsonNode pod = deployment(rendered).at("/spec/template/spec");
    assertThat(pod.at("/volumes/1/persistentVolumeClaim/claimName").asText())
        .isEqualTo(name(claim));
    assertThat(env(pod.at("/containers/0")))
        .containsEntry("PULUMI_BACKEND_URL", "file:///var/lib/allotment/backend");
    assertThat(deployment(rendered).at("/spec/strategy/type").asText()).isEqualTo("Recreate");
  }

  @Test
  void remoteBackendsTakeTheirCredentialsFromSecrets() throws IOException {
    List<JsonNode> cloud =
        helm.template("-f", valuesFile(VARIANTS.get("pulumi cloud, nothing optional")).toString());
    JsonNode container = deployment(cloud).at("/spec/template/spec/containers/0");
    assertThat(env(container)).containsEntry("PULUMI_BACKEND_URL", "https://api.pulumi.com");
    assertThat(secretRef(container, "PULUMI_ACCESS_TOKEN"))
        .isEqualTo("pulumi-access-token/PULUMI_ACCESS_TOKEN");
    assertThat(ofKinds(cloud, "PersistentVolumeClaim")).isEmpty();
    assertThat(deployment(cloud).at("/spec/template/spec/volumes/1/emptyDir").isObject()).isTrue();

    List<JsonNode> blob =
        helm.template(
            "-f", valuesFile(VARIANTS.get("several replicas on a blob backend")).toString());
    JsonNode blobContainer = deployment(blob).at("/spec/template/spec/containers/0");
    assertThat(env(blobContainer)).containsEntry("PULUMI_BACKEND_URL", "azblob://allotment-state");
    assertThat(envFromSecrets(blobContainer)).containsExactly("allotment-state-storage");

    assertThat(helm.templateResult("--set", "backend.type=pulumiCloud").stderr())
        .contains("accessToken.existingSecret");
    assertThat(helm.templateResult("--set", "backend.type=url").stderr())
        .contains("backend.url.url");
  }

  @Test
  void providerCredentialsComeFromTheExistingSecretsTheValuesName() {
    Path example = RepositoryPaths.examples().resolve("external-secrets/values-credentials.yaml");
    JsonNode container =
        deployment(helm.template("-f", example.toString())).at("/spec/template/spec/containers/0");
    assertThat(envFromSecrets(container))
        .containsExactlyInAnyOrder("allotment-azure-credentials", "allotment-github-credentials");
    assertThat(env(container)).containsEntry("ALLOTMENT_GITHUB_ORGANIZATION", "nordic-retail");

    JsonNode withDo =
        deployment(helm.template("--set", "credentials.digitalocean.existingSecret=do-token"))
            .at("/spec/template/spec/containers/0");
    assertThat(secretRef(withDo, "DIGITALOCEAN_TOKEN")).isEqualTo("do-token/DIGITALOCEAN_TOKEN");
  }

  @Test
  void passphraseSecretIsGeneratedOnceAndKept() throws IOException {
    List<JsonNode> rendered = helm.template();
    JsonNode secret = single(rendered, "Secret");
    assertThat(name(secret)).isEqualTo("allotment-passphrase");
    assertThat(secret.at("/metadata/annotations/helm.sh~1resource-policy").asText())
        .isEqualTo("keep");
    String passphrase =
        new String(
            Base64.getDecoder().decode(secret.at("/data/PULUMI_CONFIG_PASSPHRASE").asText()),
            StandardCharsets.UTF_8);
    assertThat(passphrase).hasSize(48).matches("[A-Za-z0-9]+");
    JsonNode container = deployment(rendered).at("/spec/template/spec/containers/0");
    assertThat(secretRef(container, "PULUMI_CONFIG_PASSPHRASE"))
        .isEqualTo("allotment-passphrase/PULUMI_CONFIG_PASSPHRASE");
    // Reuse on upgrade relies on `lookup`, which needs a cluster: check the template asks for it.
    assertThat(
            Files.readString(RepositoryPaths.chart().resolve("templates/secret-passphrase.yaml")))
        .contains("lookup \"v1\" \"Secret\" .Release.Namespace $name");

    List<JsonNode> existing =
        helm.template("--set", "secretsProvider.passphrase.existingSecret=my-passphrase");
    assertThat(ofKinds(existing, "Secret")).isEmpty();
    assertThat(
            secretRef(
                deployment(existing).at("/spec/template/spec/containers/0"),
                "PULUMI_CONFIG_PASSPHRASE"))
        .isEqualTo("my-passphrase/PULUMI_CONFIG_PASSPHRASE");

    List<JsonNode> kms =
        helm.template(
            "--set", "secretsProvider.provider=azurekeyvault://kv.vault.azure.net/keys/k");
    assertThat(ofKinds(kms, "Secret")).isEmpty();
    assertThat(env(deployment(kms).at("/spec/template/spec/containers/0")))
        .doesNotContainKey("PULUMI_CONFIG_PASSPHRASE")
        .containsEntry("ALLOTMENT_SECRETS_PROVIDER", "azurekeyvault://kv.vault.azure.net/keys/k");
  }

  @Test
  void programsRunInsideTheOperatorByDefault() {
    Map<String, String> env = env(deployment(helm.template()));

    assertThat(env)
        .containsEntry("ALLOTMENT_PROGRAM_MODE", "inline")
        // Empty binary: the operator finds its own jar, /opt/allotment/allotment-operator.jar.
        .doesNotContainKey("ALLOTMENT_PROGRAM_BINARY");
  }

  /** Every variable of the README's configuration table, and no undocumented one. */
  @Test
  void everyDocumentedVariableIsSetFromValues() throws IOException {
    Map<String, String> env =
        env(
            deployment(helm.template("-f", valuesFile(FULL_VALUES).toString()))
                .at("/spec/template/spec/containers/0"));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("ALLOTMENT_WATCH_NAMESPACES", "team-payments,team-orders");
    expected.put("ALLOTMENT_STATE_DIR", "/var/lib/allotment");
    expected.put("PULUMI_BACKEND_URL", "azblob://allotment-state");
    expected.put(
        "ALLOTMENT_SECRETS_PROVIDER", "azurekeyvault://kv-platform.vault.azure.net/keys/allotment");
    expected.put("ALLOTMENT_OPERATION_CONCURRENCY", "8");
    expected.put("ALLOTMENT_RESYNC_INTERVAL", "5m");
    expected.put("ALLOTMENT_RETRY_INITIAL_DELAY", "5s");
    expected.put("ALLOTMENT_RETRY_MAX_DELAY", "15m");
    expected.put("ALLOTMENT_MIN_DRIFT_INTERVAL", "2m");
    expected.put("ALLOTMENT_PULUMI_BINARY", "/usr/local/bin/pulumi");
    expected.put("ALLOTMENT_DEADLINE_UP", "90m");
    expected.put("ALLOTMENT_DEADLINE_PREVIEW", "10m");
    expected.put("ALLOTMENT_DEADLINE_REFRESH", "20m");
    expected.put("ALLOTMENT_DEADLINE_DESTROY", "2h");
    expected.put("ALLOTMENT_DEADLINE_HOUSEKEEPING", "3m");
    expected.put("ALLOTMENT_PROGRAM_MODE", "process");
    expected.put("ALLOTMENT_PROGRAM_BINARY", "/opt/allotment/allotment-operator.jar");
    expected.put("ALLOTMENT_GITHUB_ORGANIZATION", "nordic-retail");
    expected.put("ALLOTMENT_AZURE_SUBSCRIPTION_ID", "11111111-2222-3333-4444-555555555555");
    expected.put("ALLOTMENT_AZURE_LOCATION", "westeurope");
    expected.put("ALLOTMENT_ARGOCD_NAMESPACE", "gitops");
    expected.put("ALLOTMENT_MESH_INJECTION", "true");
    expected.put("ALLOTMENT_HUB_API_SERVER", "https://hub.example.internal:6443");
    expected.put(
        "ALLOTMENT_VCLUSTER_CHART_REPOSITORY", "https://charts.mirror.example.internal/loft");
    expected.put("ALLOTMENT_LEADER_ELECTION_NAMESPACE", NAMESPACE);

    assertThat(readmeConfigurationVariables())
        .as(
            "README's configuration table vs. the variables the chart sets: a new variable needs"
                + " a value in helm/allotment (values.yaml, values.schema.json, deployment.yaml)"
                + " and a line here")
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(env).containsAllEntriesOf(expected);
    assertThat(env.keySet().stream().filter(k -> k.startsWith("ALLOTMENT_")))
        .as("ALLOTMENT_ variables the README does not document")
        .allMatch(expected::containsKey);
    assertThat(env).containsKey("POD_NAMESPACE");
  }

  @ParameterizedTest(name = "{0}={1} is refused")
  @CsvSource({
    "backend.type, nosuch, backend.type",
    "resyncInterval, 10min, resyncInterval",
    "retry.maxDelay, 5, retry.maxDelay",
    "operationConcurrency, 0, operationConcurrency",
    "watchNamespaces[0], Team_Payments, watchNamespaces",
    "secretsProvider.provider, vault, secretsProvider.provider",
    "replica, 2, replica",
    "program.mode, sidecar, program.mode",
    "program.binary, allotment.jar, program.binary",
    // The operator serves fixed paths: the chart offers no value that would point probes or
    // Prometheus elsewhere.
    "metrics.path, /prometheus, path",
    "probes.liveness.path, /live, path",
    "probes.readiness.path, /ready, path",
  })
  void schemaRefusesBadValues(String key, String value, String named) {
    Helm.Result result = helm.templateResult("--set", key + "=" + value);
    assertThat(result.ok()).isFalse();
    assertThat(result.stderr())
        .contains("values don't meet the specifications of the schema")
        .contains(named);
  }

  /** README, "How it works": each running operation keeps about a core busy. */
  @Test
  void theDefaultsRequestOneCorePerOperationSlot() {
    JsonNode container = deployment(helm.template()).at("/spec/template/spec/containers/0");
    int slots = Integer.parseInt(env(container).get("ALLOTMENT_OPERATION_CONCURRENCY"));
    BigDecimal cores =
        new Quantity(container.at("/resources/requests/cpu").asText()).getNumericalAmount();

    assertThat(cores)
        .as("resources.requests.cpu for operationConcurrency %d", slots)
        .isGreaterThanOrEqualTo(BigDecimal.valueOf(slots));
    assertThat(new Quantity(container.at("/resources/limits/cpu").asText()).getNumericalAmount())
        .isGreaterThanOrEqualTo(cores);
  }

  @Test
  void metricsAreServedAndOptionallyScraped() throws IOException {
    List<JsonNode> rendered =
        helm.template(
            "-f", valuesFile(VARIANTS.get("several replicas on a blob backend")).toString());
    JsonNode service = single(rendered, "Service");
    assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(8080);
    assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
    assertThat(service.at("/spec/selector"))
        .isEqualTo(deployment(rendered).at("/spec/selector/matchLabels"));
    JsonNode monitor = single(rendered, "ServiceMonitor");
    assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo(HttpEndpoints.METRICS);
    assertThat(monitor.at("/spec/endpoints/0/port").asText())
        .isEqualTo(service.at("/spec/ports/0/name").asText());
    assertThat(ofKinds(helm.template(), "ServiceMonitor")).isEmpty();
  }

  @Test
  void aFreshInstallGetsTheDefaultPolicyWhichValuesLoosenOrSwitchOff() throws IOException {
    JsonNode defaults = single(ofKinds(helm.template(), "PlatformPolicy"));
    assertThat(defaults.at("/metadata/name").asText()).isEqualTo(Helm.RELEASE + "-defaults");
    assertThat(defaults.at("/spec/requireManualApprovalFor").toString())
        .isEqualTo("[\"production\"]");
    assertThat(defaults.at("/spec/requireRetainFor").toString()).isEqualTo("[\"production\"]");
    assertThat(defaults.at("/spec/forbidPauseFor").toString()).isEqualTo("[\"production\"]");
    assertThat(defaults.at("/spec/clusters/maxNodeCount/development").asInt()).isEqualTo(3);
    assertThat(defaults.at("/spec/limits/maxMembersPerEnvironment").asInt()).isEqualTo(25);
    // Nothing chosen yet: nothing allowed.
    for (String list :
        List.of(
            "/spec/azure/allowedSubscriptions",
            "/spec/github/allowedOrganizations",
            "/spec/github/allowedTemplates")) {
      assertThat(defaults.at(list).isArray()).as(list).isTrue();
      assertThat(defaults.at(list).size()).as(list).isZero();
    }

    JsonNode loosened =
        single(ofKinds(helm.template("-f", valuesFile(FULL_VALUES).toString()), "PlatformPolicy"));
    assertThat(loosened.at("/metadata/name").asText()).isEqualTo("platform-baseline");
    assertThat(loosened.at("/spec/forbidPauseFor").isMissingNode()).isTrue();
    assertThat(loosened.at("/spec/requireRetainFor").toString()).isEqualTo("[\"production\"]");
    assertThat(loosened.at("/spec/azure/allowedSubscriptions").toString())
        .isEqualTo("[\"11111111-2222-3333-4444-555555555555\"]");
    assertThat(loosened.at("/spec/github/allowedOrganizations").toString())
        .isEqualTo("[\"nordic-retail\"]");
    assertThat(loosened.at("/spec/github/allowedTemplates").toString())
        .isEqualTo("[\"nordic-retail/template-*\"]");

    assertThat(
            ofKinds(
                helm.template(
                    "-f", valuesFile(VARIANTS.get("pulumi cloud, nothing optional")).toString()),
                "PlatformPolicy"))
        .isEmpty();
  }

  private static JsonNode single(List<JsonNode> documents) {
    assertThat(documents).hasSize(1);
    return documents.get(0);
  }

  @Test
  void renderedBuiltInObjectsHaveOnlyKnownFields() throws IOException {
    for (Map.Entry<String, String> variant : VARIANTS.entrySet()) {
      for (JsonNode document :
          helm.template("--include-crds", "-f", valuesFile(variant.getValue()).toString())) {
        KnownFields.check(document)
            .ifPresent(
                r ->
                    assertThat(r.problems())
                        .as("%s %s (%s)", kind(document), name(document), variant.getKey())
                        .isEmpty());
      }
    }
  }

  /** NOTES.txt is not part of `helm template`; rendered here from a copy of the chart. */
  @Test
  void notesTellTheNextStep(@TempDir Path copy) throws IOException {
    Path chart = copy.resolve("allotment");
    try (Stream<Path> files = Files.walk(RepositoryPaths.chart())) {
      for (Path source : files.toList()) {
        Path target = chart.resolve(RepositoryPaths.chart().relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    String notes = Files.readString(chart.resolve("templates/NOTES.txt"));
    Files.writeString(
        chart.resolve("templates/notes-as-yaml.yaml"),
        "notes: |\n" + notes.lines().map(l -> "  " + l).collect(Collectors.joining("\n")) + "\n");
    Helm.Result result =
        helm.run(
            "template",
            "allotment",
            chart.toString(),
            "--namespace",
            NAMESPACE,
            "--show-only",
            "templates/notes-as-yaml.yaml");
    assertThat(result.ok()).as(result.stderr()).isTrue();
    String rendered =
        ManifestSchemas.readYamlDocuments(result.stdout()).get(0).path("notes").asText();

    assertThat(rendered)
        // A namespace orders only for the team its label binds it to.
        .contains("kubectl apply -f examples/namespace-team-payments.yaml")
        .contains("kubectl apply -f examples/teamenvironment-development.yaml")
        .contains("kubectl wait --for=condition=Ready tenv/payments-development -n team-payments")
        .contains("payments-development-outputs")
        .contains("Secret allotment-passphrase");
  }

  // ---- helpers ----

  private static Set<String> operatorRules() {
    Set<String> rules = new TreeSet<>();
    rules.addAll(
        grants(
            "platform.allotment.dev",
            List.of("teamenvironments", "clusters"),
            List.of("get", "list", "watch", "update", "patch")));
    rules.addAll(
        grants(
            "platform.allotment.dev",
            List.of("teamenvironments/status", "clusters/status"),
            List.of("get", "update", "patch")));
    rules.addAll(
        grants(
            "platform.allotment.dev",
            List.of("teamenvironments/finalizers", "clusters/finalizers"),
            List.of("update")));
    rules.addAll(grants("", List.of("events"), List.of("create", "patch")));
    rules.addAll(grants("events.k8s.io", List.of("events"), List.of("create", "patch")));
    rules.addAll(grants("", List.of("secrets"), ALL_VERBS));
    return rules;
  }

  private static Set<String> hubProvisioningRules() {
    Set<String> rules = new TreeSet<>();
    rules.addAll(
        grants(
            "",
            List.of("namespaces", "resourcequotas", "limitranges", "serviceaccounts", "secrets"),
            ALL_VERBS));
    rules.addAll(grants("networking.k8s.io", List.of("networkpolicies"), ALL_VERBS));
    rules.addAll(grants("rbac.authorization.k8s.io", List.of("rolebindings"), ALL_VERBS));
    rules.addAll(
        grants(
            "rbac.authorization.k8s.io",
            List.of("clusterroles"),
            List.of("bind"),
            List.of("admin")));
    return rules;
  }

  private static Set<String> grants(String group, List<String> resources, List<String> verbs) {
    return grants(group, resources, verbs, List.of());
  }

  /** One string per (group, resource, verb), e.g. {@code core/secrets:get} or {@code g/r[n]:v}. */
  private static Set<String> grants(
      String group, List<String> resources, List<String> verbs, List<String> names) {
    Set<String> out = new TreeSet<>();
    String suffix = names.isEmpty() ? "" : new TreeSet<>(names).toString().replace(" ", "");
    for (String resource : resources) {
      for (String verb : verbs) {
        out.add((group.isEmpty() ? "core" : group) + "/" + resource + suffix + ":" + verb);
      }
    }
    return out;
  }

  /** Rules by role: {@code ClusterRole/<name>} or {@code Role/<namespace>/<name>}. */
  private static Map<String, Set<String>> rules(List<JsonNode> rendered) {
    Map<String, Set<String>> byRole = new LinkedHashMap<>();
    for (JsonNode role : ofKinds(rendered, "ClusterRole", "Role")) {
      String id =
          kind(role)
              + "/"
              + (kind(role).equals("Role") ? role.at("/metadata/namespace").asText() + "/" : "")
              + name(role);
      Set<String> grants = byRole.computeIfAbsent(id, k -> new TreeSet<>());
      for (JsonNode rule : role.path("rules")) {
        List<String> names = new ArrayList<>();
        rule.path("resourceNames").forEach(n -> names.add(n.asText()));
        for (JsonNode group : rule.path("apiGroups")) {
          grants.addAll(
              grants(
                  group.asText(), texts(rule.path("resources")), texts(rule.path("verbs")), names));
        }
      }
    }
    return byRole;
  }

  private static List<String> readmeConfigurationVariables() throws IOException {
    String readme = Files.readString(RepositoryPaths.root().resolve("README.md"));
    int start = readme.indexOf("### Configuration");
    assertThat(start).as("README has a Configuration section").isNotNegative();
    int end = readme.indexOf("\n#", start + 1);
    List<String> names = new ArrayList<>();
    Pattern variable = Pattern.compile("`((?:ALLOTMENT|PULUMI)_[A-Z_]+)`");
    for (String line : readme.substring(start, end < 0 ? readme.length() : end).lines().toList()) {
      if (line.startsWith("| `")) {
        Matcher m = variable.matcher(line.substring(0, line.indexOf('|', 1)));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  private static Map<String, String> env(JsonNode deploymentOrContainer) {
    JsonNode container =
        deploymentOrContainer.has("spec")
            ? deploymentOrContainer.at("/spec/template/spec/containers/0")
            : deploymentOrContainer;
    Map<String, String> env = new LinkedHashMap<>();
    for (JsonNode variable : container.path("env")) {
      env.put(
          variable.path("name").asText(),
          variable.has("value")
              ? variable.path("value").asText()
              : "<from " + variable.path("valueFrom") + ">");
    }
    return env;
  }

  private static String secretRef(JsonNode container, String variable) {
    for (JsonNode v : container.path("env")) {
      if (v.path("name").asText().equals(variable)) {
        JsonNode ref = v.at("/valueFrom/secretKeyRef");
        return ref.path("name").asText() + "/" + ref.path("key").asText();
      }
    }
    return null;
  }

  private static List<String> envFromSecrets(JsonNode container) {
    List<String> names = new ArrayList<>();
    container.path("envFrom").forEach(e -> names.add(e.at("/secretRef/name").asText()));
    return names;
  }

  private static JsonNode deployment(List<JsonNode> rendered) {
    return single(rendered, "Deployment");
  }

  private static JsonNode single(List<JsonNode> rendered, String kind) {
    List<JsonNode> found = ofKinds(rendered, kind);
    assertThat(found).as("rendered %s", kind).hasSize(1);
    return found.get(0);
  }

  private static List<JsonNode> ofKinds(List<JsonNode> rendered, String... kinds) {
    Set<String> wanted = Set.of(kinds);
    return rendered.stream().filter(d -> wanted.contains(kind(d))).toList();
  }

  private static String kind(JsonNode document) {
    return document.path("kind").asText();
  }

  private static String name(JsonNode document) {
    return document.at("/metadata/name").asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .toList();
    }
  }

  private static Path valuesFile(String yaml) throws IOException {
    Path file = Files.createTempFile(valuesDir, "values", ".yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
