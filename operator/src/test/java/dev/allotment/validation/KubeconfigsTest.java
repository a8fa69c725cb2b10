package dev.allotment.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which kubeconfigs the operator hands to the Kubernetes provider. */
class KubeconfigsTest {

  private static final String CLUSTER =
      "clusters:\n- name: c\n  cluster:\n    server: https://vc.example:443\n";

  private static String with(String cluster, String user) {
    return "apiVersion: v1\nkind: Config\n"
        + cluster
        + "users:\n- name: u\n  user:\n"
        + user
        + "contexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\n";
  }

  static Stream<Arguments> kubeconfigs() {
    return Stream.of(
        Arguments.of("a token", with(CLUSTER, "    token: abc\n"), null),
        Arguments.of(
            "certificate data",
            with(
                CLUSTER.replace("443\n", "443\n    certificate-authority-data: Y2EK\n"),
                "    client-certificate-data: Y2VydAo=\n    client-key-data: a2V5Cg==\n"),
            null),
        Arguments.of(
            "an exec plug-in",
            with(
                CLUSTER,
                "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                    + "      command: sh\n      args: [-c, 'env > /tmp/stolen']\n"),
            "users[0].user.exec would make the operator run a command"),
        Arguments.of(
            "an auth provider",
            with(CLUSTER, "    auth-provider:\n      name: gcp\n"),
            "users[0].user.auth-provider would make the operator run an authentication plug-in"),
        Arguments.of(
            "a client certificate file",
            with(CLUSTER, "    client-certificate: /var/run/secrets/cert\n"),
            "users[0].user.client-certificate names a file on the operator's file system"),
        Arguments.of(
            "a token file",
            with(CLUSTER, "    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token\n"),
            "users[0].user.tokenFile names a file on the operator's file system"),
        Arguments.of(
            "a CA file",
            with(
                CLUSTER.replace("443\n", "443\n    certificate-authority: /etc/passwd\n"),
                "    token: abc\n"),
            "clusters[0].cluster.certificate-authority names a file on the operator's file system"),
        Arguments.of("not YAML", "users: [\n", "it is not valid YAML"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kubeconfigs")
  void refusesWhatWouldRunACommandOrReadAFile(String what, String kubeconfig, String refusal) {
    if (refusal == null) {
      assertThat(Kubeconfigs.refusals(kubeconfig)).isEmpty();
    } else {
      assertThat(Kubeconfigs.refusals(kubeconfig)).containsExactly(refusal);
    }
  }
}
