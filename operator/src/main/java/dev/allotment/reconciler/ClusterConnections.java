package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.publish.OutputsSecret;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import dev.allotment.validation.InvalidSpecException;
import dev.allotment.validation.Kubeconfigs;
import dev.allotment.validation.SpecProblem;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** How a TeamEnvironment reaches the Cluster its {@code kubernetes.clusterRef} names. */
public interface ClusterConnections {

  /** A Ready cluster's API server and kubeconfig. {@code toString} hides the kubeconfig. */
  record Connection(String server, String kubeconfig) {
    @Override
    public String toString() {
      return "Connection[server=" + server + "]";
    }
  }

  /**
   * The connection to the Cluster.
   *
   * @throws WaitingException while the Cluster is missing, not Ready, or has no kubeconfig yet
   * @throws InvalidSpecException when its kubeconfig would make the operator run a command or read
   *     a file ({@link Kubeconfigs})
   */
  Connection find(String namespace, String name) throws WaitingException, InvalidSpecException;

  /**
   * For offline rendering: a placeholder connection, clearly marked, since no Cluster can be read
   * without an API server. Never used by the operator.
   */
  static ClusterConnections offline() {
    return (namespace, name) ->
        new Connection(
            "https://" + name + ".cluster-not-resolved-offline",
            "# offline rendering: the kubeconfig of Cluster " + name + " is not resolved\n");
  }

  /** Reads the Cluster and its outputs Secret from the API server. */
  static ClusterConnections of(KubernetesClient client) {
    return (namespace, name) -> {
      Cluster cluster = client.resources(Cluster.class).inNamespace(namespace).withName(name).get();
      if (cluster == null) {
        throw new WaitingException(
            Reason.WAITING_FOR_CLUSTER,
            "Cluster " + name + " does not exist in namespace " + namespace + " yet");
      }
      boolean ready =
          cluster.getStatus() != null
              && Conditions.isTrue(cluster.getStatus().getConditions(), ConditionType.READY);
      if (!ready) {
        String why =
            Optional.ofNullable(cluster.getStatus())
                .flatMap(s -> Conditions.find(s.getConditions(), ConditionType.READY))
                .map(c -> ": " + c.getReason())
                .orElse("");
        throw new WaitingException(
            Reason.WAITING_FOR_CLUSTER, "Cluster " + name + " is not Ready yet" + why);
      }
      Secret outputs =
          client.secrets().inNamespace(namespace).withName(OutputsSecret.nameFor(cluster)).get();
      Optional<String> kubeconfig = value(outputs, "kubeconfig");
      Optional<String> server = value(outputs, "endpoint");
      if (kubeconfig.isEmpty() || server.isEmpty()) {
        throw new WaitingException(
            Reason.WAITING_FOR_CLUSTER,
            "Cluster " + name + " has not published its kubeconfig and endpoint yet");
      }
      List<String> refusals = Kubeconfigs.refusals(kubeconfig.get());
      if (!refusals.isEmpty()) {
        throw new InvalidSpecException(
            List.of(
                new SpecProblem(
                    "spec.kubernetes.clusterRef",
                    "the kubeconfig of Cluster "
                        + name
                        + " is refused: "
                        + String.join("; ", refusals)
                        + ". Allotment uses only kubeconfigs with embedded credentials (a token or"
                        + " certificate data)")));
      }
      return new Connection(server.get(), kubeconfig.get());
    };
  }

  private static Optional<String> value(Secret secret, String key) {
    if (secret == null) {
      return Optional.empty();
    }
    if (secret.getData() != null && secret.getData().get(key) != null) {
      return Optional.of(
          new String(
              Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8));
    }
    return Optional.ofNullable(secret.getStringData()).map(d -> d.get(key));
  }
}
