package dev.allotment.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.program.ClusterModel;
import dev.allotment.testing.Examples;
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

  @Test
  void unreadableKubeconfigIsRejected() {
    assertThatThrownBy(() -> Kubeconfig.parse("just text"))
        .hasMessageContaining("not a YAML mapping");
    assertThatThrownBy(() -> Kubeconfig.parse("clusters: []\n")).hasMessageContaining("no cluster");
  }
}
