package dev.allotment.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allotment.testing.TestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered chart, CRDs included, is accepted by a real kube-apiserver for every values variant
 * {@link HelmChartTest} checks: {@code helm template --include-crds | kubectl apply --server-side
 * --dry-run=server} into the release namespace (and the namespaces the values name).
 *
 * <p>A {@code ServiceMonitor} needs the Prometheus Operator's CRD, which the test control plane
 * does not have; those documents are left out (their shape is checked in {@link HelmChartTest}).
 */
class HelmChartOnApiServerTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  @TempDir static Path valuesDir;

  private static Helm helm;

  @BeforeAll
  static void locateHelm() throws IOException {
    helm = Helm.locate();
  }

  @TestFactory
  Stream<DynamicTest> renderedChartIsAcceptedForEveryVariant() {
    return HelmChartTest.VARIANTS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(variant -> dynamicTest(variant.getKey(), () -> assertAccepted(variant.getValue())));
  }

  private static void assertAccepted(String values) throws IOException {
    Path file = Files.createTempFile(valuesDir, "values", ".yaml");
    Files.writeString(file, values);
    List<JsonNode> rendered =
        helm.template("--include-crds", "-f", file.toString()).stream()
            .filter(d -> !d.path("kind").asText().equals("ServiceMonitor"))
            .toList();
    assertThat(rendered)
        .extracting(d -> d.path("kind").asText())
        .contains("CustomResourceDefinition", "Deployment", "ClusterRole");

    // helm installs what names no namespace into the release namespace; kubectl, given one
    // namespace, refuses documents that name another. So: one dry-run per namespace.
    Map<String, List<JsonNode>> byNamespace =
        rendered.stream()
            .collect(
                Collectors.groupingBy(
                    d -> d.at("/metadata/namespace").asText(Helm.NAMESPACE),
                    TreeMap::new,
                    Collectors.toList()));
    for (var group : byNamespace.entrySet()) {
      CLUSTER.ensureNamespace(group.getKey());
      String manifest =
          group.getValue().stream().map(JsonNode::toString).collect(Collectors.joining("\n---\n"));
      var result = CLUSTER.kubectl().dryRunApply(manifest, group.getKey());
      assertThat(result.ok())
          .as("the API server refused the chart's objects in %s: %s", group.getKey(), result)
          .isTrue();
      assertThat(result.stdout().lines().count())
          .as("kubectl reports each object it applied in %s", group.getKey())
          .isEqualTo(group.getValue().size());
    }
  }
}
