package dev.allotment.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allotment.testing.TestCluster;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every manifest under {@code examples/} is accepted by a real kube-apiserver: {@code kubectl apply
 * --server-side --dry-run=server}, with our CRDs and the upstream ones they need (Argo CD, External
 * Secrets Operator) installed. The API server applies the full schemas, CEL rules, defaulting and
 * admission that a schema check alone does not.
 *
 * <p>Not applied: Helm values files (input to {@code helm}, see {@code HelmChartTest}) and the
 * Backstage template (read by Backstage, not by Kubernetes); the Backstage skeleton is rendered
 * with sample values first and then applied like the rest.
 */
class ExamplesOnApiServerTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  @BeforeAll
  static void installUpstreamCrds() {
    CLUSTER.installUpstreamCrds();
  }

  @TestFactory
  Stream<DynamicTest> everyExampleIsAcceptedByTheApiServer() throws IOException {
    List<DynamicTest> tests =
        ExamplesValidationTest.exampleDocuments().stream()
            .filter(example -> !example.file().equals("backstage/template.yaml"))
            .map(
                example ->
                    dynamicTest(
                        example.label(), () -> assertAccepted(example.label(), example.document())))
            .toList();
    assertThat(tests.stream().map(DynamicTest::getDisplayName))
        .anyMatch(n -> n.startsWith("argocd/"))
        .anyMatch(n -> n.startsWith("backstage/skeleton/"))
        .anyMatch(n -> n.startsWith("external-secrets/"))
        .anyMatch(n -> n.startsWith("cluster-"))
        .anyMatch(n -> n.startsWith("teamenvironment-"))
        .anyMatch(n -> n.startsWith("platformpolicy"));
    return tests.stream();
  }

  private static void assertAccepted(String label, JsonNode document) {
    String namespace = document.at("/metadata/namespace").asText("");
    if (namespace.isEmpty()) {
      namespace = CLUSTER.namespace();
    } else {
      CLUSTER.ensureNamespace(namespace);
    }
    var result = CLUSTER.kubectl().dryRunApply(document.toString(), namespace);
    assertThat(result.ok()).as("%s refused by the API server: %s", label, result).isTrue();
  }
}
