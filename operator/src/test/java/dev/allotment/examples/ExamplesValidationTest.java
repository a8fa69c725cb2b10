package dev.allotment.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.allotment.examples.ArgoHealthScript.Health;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every YAML document under {@code examples/} is checked against the schema of its kind: ours from
 * {@code crds/}, Argo CD's, External Secrets Operator's and Backstage's from {@code
 * testdata/upstream/}, Kubernetes' built-in kinds against fabric8's model, Helm values files
 * against the chart's values.schema.json. The Backstage skeleton is rendered with sample values
 * first. Beyond the schemas: the Argo CD health script is run on sample resources, and the examples
 * are checked to fit together (the project confines what the Application syncs, the ExternalSecrets
 * read the Secrets the operator and the chart use).
 */
class ExamplesValidationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SKELETON_DIR = "backstage/skeleton/";
  private static final Map<String, Object> SAMPLE_PARAMETERS =
      Map.of(
          "team",
          "payments",
          "stage",
          "development",
          "owners",
          List.of("alice-nordic"),
          "contributors",
          List.of("bob-dev", "carol-dev"));

  private static ManifestSchemas schemas;

  @BeforeAll
  static void loadSchemas() throws IOException {
    Path upstream = RepositoryPaths.upstream();
    List<Path> crds = new ArrayList<>(yamlFiles(RepositoryPaths.crds()));
    crds.addAll(
        yamlFiles(upstream.resolve("argocd")).stream()
            .filter(f -> f.getFileName().toString().endsWith("-crd.yaml"))
            .toList());
    crds.addAll(yamlFiles(upstream.resolve("external-secrets")));
    schemas =
        new ManifestSchemas().withCrds(crds).withBackstageTemplate(upstream.resolve("backstage"));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleDocumentConformsToItsSchema() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : yamlFiles(RepositoryPaths.examples())) {
      if (file.getFileName().toString().startsWith("values")) {
        tests.add(
            dynamicTest(relative(file) + " (Helm values)", () -> assertValidHelmValues(file)));
      }
    }
    for (ExampleDocument example : exampleDocuments()) {
      tests.add(
          dynamicTest(
              example.label(),
              () ->
                  assertThat(schemas.validate(example.document())).as(example.label()).isEmpty()));
    }
    assertThat(tests.stream().map(DynamicTest::getDisplayName))
        .anyMatch(n -> n.startsWith("argocd/"))
        .anyMatch(n -> n.startsWith("backstage/template.yaml"))
        .anyMatch(n -> n.startsWith(SKELETON_DIR))
        .anyMatch(n -> n.startsWith("external-secrets/"))
        .anyMatch(n -> n.startsWith("teamenvironment-"));
    return tests.stream();
  }

  /** One YAML document of an example file, labelled with its file, position, kind and name. */
  record ExampleDocument(String file, String label, JsonNode document) {}

  /**
   * Every document of every example manifest (Helm values files excepted), the Backstage skeleton
   * rendered with sample values.
   */
  static List<ExampleDocument> exampleDocuments() throws IOException {
    List<ExampleDocument> all = new ArrayList<>();
    for (Path file : yamlFiles(RepositoryPaths.examples())) {
      String name = relative(file);
      if (file.getFileName().toString().startsWith("values")) {
        continue;
      }
      List<JsonNode> documents =
          name.startsWith(SKELETON_DIR)
              ? ManifestSchemas.readYamlDocuments(renderSkeleton(file, SAMPLE_PARAMETERS))
              : ManifestSchemas.readYamlDocuments(file);
      assertThat(documents).as("%s has no documents", name).isNotEmpty();
      for (int i = 0; i < documents.size(); i++) {
        JsonNode document = documents.get(i);
        String label =
            "%s #%d %s %s"
                .formatted(
                    name,
                    i + 1,
                    document.path("kind").asText(),
                    document.at("/metadata/name").asText());
        all.add(new ExampleDocument(name, label, document));
      }
    }
    return all;
  }

  @Test
  void schemasRejectTypicalMistakes() {
    ObjectNode misspelt = load("teamenvironment-development.yaml");
    ((ObjectNode) misspelt.get("spec")).put("teem", "payments");
    assertThat(schemas.validate(misspelt)).anyMatch(p -> p.contains("teem"));

    ObjectNode badLogin = load("teamenvironment-development.yaml");
    ((ObjectNode) badLogin.get("spec")).putArray("contributors").add("not a login!");
    assertThat(schemas.validate(badLogin)).anyMatch(p -> p.contains("contributors"));

    ObjectNode noNamespace = load("teamenvironment-development.yaml");
    ((ObjectNode) noNamespace.get("metadata")).remove("namespace");
    assertThat(schemas.validate(noNamespace)).anyMatch(p -> p.contains("metadata.namespace"));

    ObjectNode unserved = load("external-secrets/externalsecret-outputs.yaml");
    unserved.put("apiVersion", "external-secrets.io/v1beta1");
    assertThat(schemas.validate(unserved)).anyMatch(p -> p.contains("no schema"));

    ObjectNode noProject = load("argocd/application-team-payments.yaml");
    ((ObjectNode) noProject.get("spec")).remove("project");
    assertThat(schemas.validate(noProject)).anyMatch(p -> p.contains("project"));

    ObjectNode stepWithoutAction = load("backstage/template.yaml");
    ((ObjectNode) stepWithoutAction.at("/spec/steps/0")).remove("action");
    assertThat(schemas.validate(stepWithoutAction)).anyMatch(p -> p.contains("action"));

    ObjectNode configMapTypo = load("argocd/argocd-cm-health.yaml");
    configMapTypo.set("dta", configMapTypo.remove("data"));
    assertThat(schemas.validate(configMapTypo)).anyMatch(p -> p.contains("dta"));
  }

  @Test
  void argocdConfigMapHoldsTheHealthScriptForBothKinds() throws IOException {
    String script = Files.readString(RepositoryPaths.examples().resolve("argocd/health.lua"));
    JsonNode data = load("argocd/argocd-cm-health.yaml").path("data");
    assertThat(
            data.path("resource.customizations.health.platform.allotment.dev_TeamEnvironment")
                .asText())
        .isEqualTo(script);
    assertThat(data.path("resource.customizations.health.platform.allotment.dev_Cluster").asText())
        .isEqualTo(script);
    assertThat(script).contains("\"Healthy\"", "\"Progressing\"", "\"Degraded\"");
  }

  static Stream<Arguments> healthCases() {
    return Stream.of(
        Arguments.of("not yet reconciled", 1, null, List.of(), "Progressing", ""),
        Arguments.of(
            "up to date",
            1,
            1,
            List.of(
                condition("Ready", "True", "UpToDate", "Stack is up to date"),
                condition("Reconciling", "False", "UpToDate", ""),
                condition("Stalled", "False", "UpToDate", "")),
            "Healthy",
            "Stack is up to date"),
        Arguments.of(
            "update running",
            2,
            2,
            List.of(
                condition("Ready", "False", "UpdateRunning", "pulumi up is running"),
                condition("Reconciling", "True", "UpdateRunning", "pulumi up is running"),
                condition("Stalled", "False", "UpdateRunning", "")),
            "Progressing",
            "pulumi up is running"),
        Arguments.of(
            "destroying",
            2,
            2,
            List.of(
                condition("Ready", "False", "Destroying", "pulumi destroy is running"),
                condition("Reconciling", "True", "Destroying", "pulumi destroy is running")),
            "Progressing",
            "pulumi destroy is running"),
        Arguments.of(
            "invalid spec",
            1,
            1,
            List.of(
                condition("Ready", "False", "InvalidSpec", "spec.team: use a DNS label"),
                condition("Reconciling", "False", "InvalidSpec", ""),
                condition("Stalled", "True", "InvalidSpec", "spec.team: use a DNS label")),
            "Degraded",
            "spec.team: use a DNS label"),
        Arguments.of(
            "update failed, retry scheduled",
            1,
            1,
            List.of(
                condition("Ready", "False", "UpdateFailed", "error: quota exceeded"),
                condition("Reconciling", "True", "RetryScheduled", "attempt 2 at 10:00:20Z"),
                condition("Stalled", "False", "UpdateFailed", "")),
            "Degraded",
            "error: quota exceeded (attempt 2 at 10:00:20Z)"),
        Arguments.of(
            "destroy failed",
            4,
            4,
            List.of(
                condition("Ready", "False", "DestroyFailed", "error: resource group is locked"),
                condition("Reconciling", "True", "RetryScheduled", "attempt 1 at 10:00:10Z")),
            "Degraded",
            "error: resource group is locked (attempt 1 at 10:00:10Z)"),
        Arguments.of(
            "spec changed after it was ready",
            3,
            2,
            List.of(condition("Ready", "True", "UpToDate", "Stack is up to date")),
            "Progressing",
            "Waiting for the operator to observe generation 3"),
        Arguments.of(
            "spec fixed after it stalled",
            3,
            2,
            List.of(condition("Stalled", "True", "InvalidSpec", "spec.team: use a DNS label")),
            "Progressing",
            "Waiting for the operator to observe generation 3"));
  }

  @ParameterizedTest(name = "{0} -> {4}")
  @MethodSource("healthCases")
  void argocdHealthScriptMapsConditionsToHealth(
      String situation,
      int generation,
      Integer observedGeneration,
      List<JsonNode> conditions,
      String status,
      String message)
      throws IOException {
    ObjectNode resource = load("teamenvironment-development.yaml");
    ((ObjectNode) resource.get("metadata")).put("generation", generation);
    if (observedGeneration != null || !conditions.isEmpty()) {
      ObjectNode st = resource.putObject("status");
      if (observedGeneration != null) {
        st.put("observedGeneration", observedGeneration);
      }
      st.putArray("conditions").addAll(conditions);
    }
    // The samples must be statuses the operator could write.
    assertThat(schemas.validate(resource)).as("sample status conforms to the CRD").isEmpty();

    ArgoHealthScript script =
        new ArgoHealthScript(
            Files.readString(RepositoryPaths.examples().resolve("argocd/health.lua")));
    Health health = script.evaluate(resource);

    assertThat(health.status()).as(situation).isEqualTo(status);
    if (!message.isEmpty()) {
      assertThat(health.message()).as(situation).isEqualTo(message);
    }
  }

  @Test
  void appProjectConfinesTheApplicationToAllotmentKindsInTheTeamNamespace() {
    JsonNode project = load("argocd/appproject-team-payments.yaml");
    JsonNode application = load("argocd/application-team-payments.yaml");

    assertThat(application.at("/spec/project").asText())
        .isEqualTo(project.at("/metadata/name").asText());
    assertThat(project.at("/spec/sourceRepos"))
        .extracting(JsonNode::asText)
        .containsExactly(application.at("/spec/source/repoURL").asText());
    assertThat(project.at("/spec/destinations"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path("namespace"))
                  .isEqualTo(application.at("/spec/destination/namespace"));
              assertThat(d.path("server")).isEqualTo(application.at("/spec/destination/server"));
            });
    assertThat(project.at("/spec/namespaceResourceWhitelist"))
        .allSatisfy(r -> assertThat(r.path("group").asText()).isEqualTo("platform.allotment.dev"))
        .extracting(r -> r.path("kind").asText())
        .containsExactlyInAnyOrder("TeamEnvironment", "Cluster");
    assertThat(project.at("/spec/clusterResourceWhitelist")).isEmpty();
    // The examples the Application would sync live in the namespace it syncs to.
    assertThat(load("teamenvironment-development.yaml").at("/metadata/namespace"))
        .isEqualTo(application.at("/spec/destination/namespace"));
  }

  @Test
  void backstageParametersRenderTheTeamEnvironmentTheyDescribe() throws IOException {
    JsonNode template = load("backstage/template.yaml");
    Map<String, Object> parameters = BackstageRendering.withDefaults(template, SAMPLE_PARAMETERS);
    for (JsonNode page : template.at("/spec/parameters")) {
      assertThat(ManifestSchemas.validate(page, JSON.valueToTree(parameters)))
          .as("sample parameters on page '%s'", page.path("title").asText())
          .isEmpty();
    }

    List<JsonNode> rendered =
        ManifestSchemas.readYamlDocuments(renderSkeleton(skeleton(), SAMPLE_PARAMETERS));

    assertThat(rendered)
        .singleElement()
        .satisfies(te -> assertThat(schemas.validate(te)).isEmpty());
    JsonNode te = rendered.get(0);
    assertThat(te.path("kind").asText()).isEqualTo("TeamEnvironment");
    assertThat(te.at("/metadata/name").asText()).isEqualTo("payments-development");
    assertThat(te.at("/metadata/namespace").asText()).isEqualTo("team-payments");
    assertThat(te.at("/spec/owners")).extracting(JsonNode::asText).containsExactly("alice-nordic");
    assertThat(te.at("/spec/contributors"))
        .extracting(JsonNode::asText)
        .containsExactly("bob-dev", "carol-dev");
    assertThat(te.at("/spec/kubernetes/quota/pods").isInt()).isTrue();
    assertThat(te.at("/spec/kubernetes/quota/cpu").isTextual()).isTrue();
  }

  /** The form must not accept what the operator would reject, or teams learn it from a stall. */
  @Test
  void backstageFormRejectsWhatTheCrdRejects() throws IOException {
    JsonNode template = load("backstage/template.yaml");
    JsonNode teamPage = template.at("/spec/parameters/0");
    for (Map<String, Object> bad :
        List.of(
            Map.<String, Object>of("team", "Payments"),
            Map.<String, Object>of("team", "p"),
            Map.<String, Object>of("owners", List.of()),
            Map.<String, Object>of("owners", List.of("-alice")))) {
      Map<String, Object> parameters = new java.util.HashMap<>(SAMPLE_PARAMETERS);
      parameters.putAll(bad);
      Map<String, Object> all = BackstageRendering.withDefaults(template, parameters);

      assertThat(ManifestSchemas.validate(teamPage, JSON.valueToTree(all)))
          .as("form: %s", bad)
          .isNotEmpty();
      String yaml = renderSkeleton(skeleton(), parameters);
      assertThat(schemas.validate(ManifestSchemas.readYamlDocuments(yaml).get(0)))
          .as("CRD: %s", bad)
          .isNotEmpty();
    }
  }

  @Test
  void backstageOffersTheEntraGroupOnlyWithOwners() throws IOException {
    JsonNode entraPage = load("backstage/template.yaml").at("/spec/parameters/1");
    JsonNode none =
        ManifestSchemas.readYamlDocuments(renderSkeleton(skeleton(), SAMPLE_PARAMETERS)).get(0);
    assertThat(none.at("/spec/azure").has("entraGroup")).isFalse();

    Map<String, Object> parameters = new java.util.HashMap<>(SAMPLE_PARAMETERS);
    parameters.put("entraOwners", List.of("alice@nordic-retail.com"));
    parameters.put("entraContributors", List.of("6f1f3c0e-0000-4000-8000-000000000b0b"));
    JsonNode te = ManifestSchemas.readYamlDocuments(renderSkeleton(skeleton(), parameters)).get(0);

    assertThat(schemas.validate(te)).isEmpty();
    assertThat(te.at("/spec/azure/location").asText()).isEqualTo("westeurope");
    assertThat(te.at("/spec/azure/entraGroup/owners"))
        .extracting(JsonNode::asText)
        .containsExactly("alice@nordic-retail.com");
    assertThat(te.at("/spec/azure/entraGroup/contributors"))
        .extracting(JsonNode::asText)
        .containsExactly("6f1f3c0e-0000-4000-8000-000000000b0b");
    // Members without an owner would be dropped: the form asks for an owner; a GitHub login is
    // refused by the form as by the CRD.
    for (Map<String, Object> bad :
        List.of(
            Map.<String, Object>of("entraContributors", List.of("bob@nordic-retail.com")),
            Map.<String, Object>of("entraOwners", List.of("alice-nordic")))) {
      Map<String, Object> all = new java.util.HashMap<>(SAMPLE_PARAMETERS);
      all.putAll(bad);
      assertThat(
              ManifestSchemas.validate(
                  entraPage,
                  JSON.valueToTree(
                      BackstageRendering.withDefaults(load("backstage/template.yaml"), all))))
          .as("form: %s", bad)
          .isNotEmpty();
    }
  }

  @Test
  void externalSecretDeliversTheOutputsSecretOfAnExampleTeamEnvironment() {
    JsonNode environment = load("teamenvironment-development.yaml");
    JsonNode store = load("external-secrets/clustersecretstore-hub.yaml");
    JsonNode externalSecret = load("external-secrets/externalsecret-outputs.yaml");

    // The operator writes <name>-outputs beside the resource; the store reads that namespace.
    assertThat(store.at("/spec/provider/kubernetes/remoteNamespace"))
        .isEqualTo(environment.at("/metadata/namespace"));
    assertThat(externalSecret.at("/spec/secretStoreRef/name"))
        .isEqualTo(store.at("/metadata/name"));
    assertThat(externalSecret.at("/spec/secretStoreRef/kind").asText())
        .isEqualTo(store.path("kind").asText());
    assertThat(externalSecret.at("/spec/dataFrom/0/extract/key").asText())
        .isEqualTo(environment.at("/metadata/name").asText() + "-outputs");
  }

  @Test
  void credentialExternalSecretsFillTheSecretsTheChartIsPointedAt() {
    List<JsonNode> documents =
        ManifestSchemas.readYamlDocuments(
            RepositoryPaths.examples()
                .resolve("external-secrets/externalsecret-operator-credentials.yaml"));
    JsonNode values = load("external-secrets/values-credentials.yaml");
    Map<String, JsonNode> targets = new java.util.HashMap<>();
    documents.stream()
        .filter(d -> d.path("kind").asText().equals("ExternalSecret"))
        .forEach(d -> targets.put(d.at("/spec/target/name").asText(), d));

    JsonNode azure = targets.get(values.at("/credentials/azure/existingSecret").asText());
    JsonNode github = targets.get(values.at("/credentials/github/existingSecret").asText());
    assertThat(azure).as("ExternalSecret for credentials.azure.existingSecret").isNotNull();
    assertThat(github).as("ExternalSecret for credentials.github.existingSecret").isNotNull();
    // The chart passes these Secrets with envFrom: keys are the providers' variable names.
    assertThat(azure.at("/spec/data"))
        .extracting(d -> d.path("secretKey").asText())
        .contains("ARM_CLIENT_ID", "ARM_CLIENT_SECRET", "ARM_TENANT_ID");
    assertThat(github.at("/spec/data"))
        .extracting(d -> d.path("secretKey").asText())
        .contains("GITHUB_TOKEN");
  }

  private static void assertValidHelmValues(Path file) throws IOException {
    ObjectNode merged =
        (ObjectNode)
            ManifestSchemas.readYamlDocuments(RepositoryPaths.chart().resolve("values.yaml"))
                .get(0);
    for (JsonNode document : ManifestSchemas.readYamlDocuments(file)) {
      merge(merged, document);
    }
    JsonNode schema = JSON.readTree(RepositoryPaths.chart().resolve("values.schema.json").toFile());
    assertThat(ManifestSchemas.validate(schema, merged)).as(relative(file)).isEmpty();
  }

  /** Helm's coalescing of a values file over the chart's defaults. */
  private static void merge(ObjectNode target, JsonNode overrides) {
    for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode object && field.getValue().isObject()) {
        merge(object, field.getValue());
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  private static String renderSkeleton(Path file, Map<String, Object> given) throws IOException {
    JsonNode template = load("backstage/template.yaml");
    Map<String, Object> values =
        BackstageRendering.fetchValues(template, BackstageRendering.withDefaults(template, given));
    return BackstageRendering.render(Files.readString(file), values);
  }

  private static Path skeleton() {
    return RepositoryPaths.examples().resolve(SKELETON_DIR + "teamenvironment.yaml");
  }

  private static JsonNode condition(String type, String status, String reason, String message) {
    return JSON.createObjectNode()
        .put("type", type)
        .put("status", status)
        .put("reason", reason)
        .put("message", message)
        .put("lastTransitionTime", "2026-01-01T10:00:00Z")
        .put("observedGeneration", 1);
  }

  private static ObjectNode load(String example) {
    List<JsonNode> documents =
        ManifestSchemas.readYamlDocuments(RepositoryPaths.examples().resolve(example));
    return (ObjectNode) documents.get(0);
  }

  private static String relative(Path file) {
    return RepositoryPaths.examples().relativize(file).toString().replace('\\', '/');
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .sorted()
          .toList();
    }
  }
}
