package dev.allotment.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.program.ClusterModel;
import dev.allotment.testing.Examples;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgoCdClusterSecretTest {

  private static final String CERT_KUBECONFIG =
      String.join(
          "\n",
          "apiVersion: v1",
          "kind: Config",
          "clusters:",
          "- name: other",
          "  cluster: {server: https://other.example.com}",
          "- name: aks",
          "  cluster:",
          "    server: https://aks.example.com:443",
          "    certificate-authority-data: Q0E=",
          "users:",
          "- name: clusterUser",
          "  user:",
          "    client-certificate-data: Q0VSVA==",
          "    client-key-data: S0VZ",
          "contexts:",
          "- name: aks",
          "  context: {cluster: aks, user: clusterUser}",
          "current-context: aks");

  private static final String TOKEN_KUBECONFIG =
      String.join(
          "\n",
          "clusters:",
          "- name: vc",
          "  cluster: {server: https://vc-payments-dev.example.internal}",
          "users:",
          "- name: admin",
          "  user: {token: placeholder}",
          "contexts:",
          "- name: vc",
          "  context: {cluster: vc, user: admin}",
          "current-context: vc");

  @Test
  void readsTheCurrentContextsClusterAndUser() {
    Kubeconfig kubeconfig = Kubeconfig.parse(CERT_KUBECONFIG);

    assertThat(kubeconfig.server()).isEqualTo("https://aks.example.com:443");
    assertThat(kubeconfig.caData()).contains("Q0E=");
    assertThat(kubeconfig.certData()).contains("Q0VSVA==");
    assertThat(kubeconfig.keyData()).contains("S0VZ");
    assertThat(kubeconfig.token()).isEmpty();
    assertThat(kubeconfig.toString()).doesNotContain("S0VZ").doesNotContain("Q0VSVA==");
  }

  @Test
  void clientCertificatesBecomeTlsClientConfig() throws Exception {
    var model = ClusterModel.resolve(Examples.cluster("vcluster"), ProgramDefaults.none());

    var secret =
        ArgoCdClusterSecret.build(
            model, "https://aks.example.com:443/", Kubeconfig.parse(CERT_KUBECONFIG));

    assertThat(secret.getMetadata().getNamespace()).isEqualTo("argocd");
    assertThat(secret.getStringData()).containsEntry("server", "https://aks.example.com:443");
    Map<String, Object> config =
        new ObjectMapper()
            .readValue(
                secret.getStringData().get("config"),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
    assertThat(config).containsOnlyKeys("tlsClientConfig");
    @SuppressWarnings("unchecked")
    Map<String, Object> tls = (Map<String, Object>) config.get("tlsClientConfig");
    assertThat(tls)
        .containsEntry("caData", "Q0E=")
        .containsEntry("certData", "Q0VSVA==")
        .containsEntry("keyData", "S0VZ")
        .containsEntry("insecure", false);
  }

  /** The example ApplicationSet authors read is what the operator writes for that Cluster. */
  @Test
  void exampleClusterSecretIsWhatTheOperatorWritesForTheVclusterExample() throws Exception {
    Cluster cluster = Examples.cluster("vcluster");
    var model = ClusterModel.resolve(cluster, ProgramDefaults.none());
    Secret example = Examples.load("argocd/cluster-secret-payments-dev.yaml", Secret.class);

    Secret written =
        ArgoCdClusterSecret.build(
            model, example.getStringData().get("server"), Kubeconfig.parse(TOKEN_KUBECONFIG));

    assertThat(example.getMetadata().getName()).isEqualTo(written.getMetadata().getName());
    assertThat(example.getMetadata().getNamespace())
        .isEqualTo(written.getMetadata().getNamespace());
    assertThat(example.getMetadata().getLabels()).isEqualTo(written.getMetadata().getLabels());
    assertThat(example.getType()).isEqualTo(written.getType());
    assertThat(example.getStringData().keySet())
        .containsExactlyInAnyOrderElementsOf(written.getStringData().keySet());
    for (String key : List.of("name", "server", "project")) {
      assertThat(example.getStringData().get(key)).isEqualTo(written.getStringData().get(key));
    }
  }

  @Test
  void unreadableKubeconfigIsRejected() {
    assertThatThrownBy(() -> Kubeconfig.parse("just text"))
        .hasMessageContaining("not a YAML mapping");
    assertThatThrownBy(() -> Kubeconfig.parse("clusters: []\n")).hasMessageContaining("no cluster");
  }
}
