package dev.allotment.program;

import com.pulumi.core.Output;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** What every Cluster program exports, whatever the provider. */
record ClusterOutputs(
    Output<String> endpoint,
    Output<String> clusterId,
    Output<String> kubernetesVersion,
    Output<String> kubeconfig) {

  /** Providers hand kubeconfigs over base64-encoded. */
  static String decode(String base64) {
    return base64 == null
        ? ""
        : new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
