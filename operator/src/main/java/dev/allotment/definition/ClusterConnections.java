package dev.allotment.definition;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.UpdateRecord;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOutput;
import dev.allotment.engine.StackRef;
import dev.allotment.program.ClusterConnection;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import dev.allotment.validation.InvalidSpecException;
import dev.allotment.validation.Kubeconfigs;
import dev.allotment.validation.SpecProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a TeamEnvironment reaches the Cluster its {@code kubernetes.clusterRef} names.
 *
 * <p>The credentials come from the Cluster's stack, which only the operator writes. The {@code
 * <cluster>-outputs} Secret holds the same kubeconfig for Argo CD and the team, but it lives in the
 * team's namespace, where the team can edit it: what it says never reaches a provider inside the
 * operator.
 */
public interface ClusterConnections {

  /** Where the Clusters are read from: the operator's informer cache, never a live GET. */
  @FunctionalInterface
  interface Clusters {
    Optional<Cluster> find(String namespace, String name);
  }

  /**
   * The connection to the Cluster, for a TeamEnvironment of {@code team} and {@code stage}.
   *
   * @throws WaitingException while the Cluster is missing, not Ready, or has no kubeconfig yet
   * @throws InvalidSpecException when the Cluster is another team's or stage's ({@link
   *     #placementRefused}), or its kubeconfig would make the operator run a command or read a file
   *     ({@link Kubeconfigs})
   */
  ClusterConnection find(String namespace, String name, String team, Stage stage)
      throws WaitingException, InvalidSpecException;

  /**
   * Why a TeamEnvironment of {@code team} and {@code stage} may not be placed on {@code cluster}:
   * only a Cluster of its own team and its own stage is one. A namespace may order for several
   * teams or stages; without this, a development environment could put its namespace, deployer and
   * quota on the team's production cluster, whose workloads its deployer could then reach. Empty
   * when the placement is allowed, and for a Cluster whose spec cannot be read (it is never Ready,
   * so the environment waits for it).
   */
  static Optional<SpecProblem> placementRefused(Cluster cluster, String team, Stage stage) {
    var spec = cluster.getSpec();
    if (spec == null || spec.getTeam() == null || spec.getStage() == null) {
      return Optional.empty();
    }
    if (spec.getTeam().equals(team) && spec.getStage() == stage) {
      return Optional.empty();
    }
    return Optional.of(
        new SpecProblem(
            "spec.kubernetes.clusterRef",
            "Cluster "
                + cluster.getMetadata().getName()
                + " is of team "
                + spec.getTeam()
                + ", stage "
                + spec.getStage().value()
                + "; a TeamEnvironment of team "
                + team
                + ", stage "
                + stage.value()
                + " may only be placed on a Cluster of its own team and stage: name one of team "
                + team
                + " and stage "
                + stage.value()
                + ", or leave the field out to use the hub"));
  }

  /**
   * For offline rendering: a placeholder connection, clearly marked, since no Cluster can be read
   * without an API server. Never used by the operator.
   */
  static ClusterConnections offline() {
    return (namespace, name, team, stage) ->
        new ClusterConnection(
            "https://" + name + ".cluster-not-resolved-offline",
            "# offline rendering: the kubeconfig of Cluster " + name + " is not resolved\n");
  }

  /**
   * Reads the Cluster from {@code clusters} and its kubeconfig and endpoint from its stack's
   * outputs, once per update of the Cluster: a read costs a CLI call.
   */
  static ClusterConnections of(Clusters clusters, StackEngine engine) {
    return new FromClusterStacks(clusters, engine);
  }

  /** The Cluster's stack outputs, remembered per Cluster until its next update. */
  final class FromClusterStacks implements ClusterConnections {

    /** What was read, and for which update of which Cluster. */
    private record Read(String version, ClusterConnection connection) {}

    private final Clusters clusters;
    private final StackEngine engine;
    private final Map<String, Read> reads = new ConcurrentHashMap<>();

    private FromClusterStacks(Clusters clusters, StackEngine engine) {
      this.clusters = clusters;
      this.engine = engine;
    }

    @Override
    public ClusterConnection find(String namespace, String name, String team, Stage stage)
        throws WaitingException, InvalidSpecException {
      Cluster cluster = clusters.find(namespace, name).orElse(null);
      if (cluster == null) {
        reads.remove(namespace + "/" + name);
        throw new WaitingException(
            Reason.WAITING_FOR_CLUSTER,
            "Cluster " + name + " does not exist in namespace " + namespace + " yet");
      }
      // Before readiness: another stage's Cluster is refused at once, never waited for.
      Optional<SpecProblem> refused = placementRefused(cluster, team, stage);
      if (refused.isPresent()) {
        throw new InvalidSpecException(List.of(refused.get()));
      }
      requireReady(cluster);
      String version = version(cluster);
      Read read = reads.get(namespace + "/" + name);
      if (read == null || !read.version().equals(version)) {
        read = new Read(version, read(cluster));
        reads.put(namespace + "/" + name, read);
      }
      return read.connection();
    }

    private static void requireReady(Cluster cluster) throws WaitingException {
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
            Reason.WAITING_FOR_CLUSTER,
            "Cluster " + cluster.getMetadata().getName() + " is not Ready yet" + why);
      }
    }

    /**
     * Which update of the Cluster the outputs belong to. Status is the operator's; should anyone
     * else change it, the outputs are only read again, from the same stack.
     */
    private static String version(Cluster cluster) {
      Optional<StackStatus> stack =
          Optional.ofNullable(cluster.getStatus()).map(StackResourceStatus::getStack);
      return String.join(
          "|",
          cluster.getMetadata().getUid(),
          stack.map(StackStatus::getAppliedFingerprint).orElse(""),
          stack.map(StackStatus::getLastUpdate).map(UpdateRecord::getEndTime).orElse(""));
    }

    private ClusterConnection read(Cluster cluster) throws WaitingException, InvalidSpecException {
      String name = cluster.getMetadata().getName();
      StackRef ref =
          StackRef.of(ClusterDefinition.PROJECT, cluster.getMetadata().getNamespace(), name);
      Map<String, StackOutput> outputs;
      try {
        outputs = engine.outputs(ref);
      } catch (StackOperationException e) {
        throw new WaitingException(
            Reason.WAITING_FOR_CLUSTER,
            "the outputs of Cluster " + name + " could not be read: " + e.getMessage());
      }
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
      return new ClusterConnection(server.get(), kubeconfig.get());
    }

    private static Optional<String> value(Map<String, StackOutput> outputs, String key) {
      return Optional.ofNullable(outputs.get(key))
          .map(StackOutput::value)
          .filter(v -> !v.isBlank());
    }
  }
}
