package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.ClusterSpec;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.Fingerprint;
import dev.allotment.engine.StackOutput;
import dev.allotment.policy.PolicyRequest;
import dev.allotment.policy.PolicySource;
import dev.allotment.program.ClusterModel;
import dev.allotment.program.ClusterProgram;
import dev.allotment.publish.ArgoCdClusterSecret;
import dev.allotment.publish.Kubeconfig;
import dev.allotment.publish.SecretPublisher;
import dev.allotment.status.Reason;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cluster's part in the stack lifecycle: the program per provider, the Argo CD registration after
 * each successful up, and a deletion that waits for the TeamEnvironments on the cluster.
 */
public final class ClusterKind implements StackKind<Cluster> {

  private final ProgramDefaults defaults;
  private final KubernetesClient client;
  private final SecretPublisher secrets;
  private final PolicySource policies;

  public ClusterKind(
      ProgramDefaults defaults,
      KubernetesClient client,
      SecretPublisher secrets,
      PolicySource policies) {
    this.defaults = defaults;
    this.client = client;
    this.secrets = secrets;
    this.policies = policies;
  }

  /** A kind that can only {@link #prepare}: for offline rendering, where nothing is published. */
  public static ClusterKind forRendering(ProgramDefaults defaults, PolicySource policies) {
    return new ClusterKind(defaults, null, null, policies);
  }

  @Override
  public String kindLabel() {
    return "cluster";
  }

  @Override
  public Prepared prepare(Cluster resource) throws InvalidSpecException {
    ClusterModel model = ClusterModel.resolve(resource, defaults);
    Policies.enforce(PolicyRequest.of(model), policies);
    return new Prepared(
        ClusterProgram.of(model),
        ProgramConfig.cluster(resource, defaults),
        Fingerprint.of(kindLabel(), ClusterProgram.VERSION, model.toString()),
        model.team(),
        model.stage().value());
  }

  /** Registers the cluster with Argo CD, or removes the registration when it was turned off. */
  @Override
  public void afterUp(Cluster resource, Map<String, StackOutput> outputs) {
    ClusterModel model;
    try {
      model = ClusterModel.resolve(resource, defaults);
    } catch (InvalidSpecException e) {
      return; // up ran, so the spec was valid; an edit since then is handled on its own reconcile
    }
    if (!model.argocdRegister()) {
      removeArgoCdSecrets(resource);
      return;
    }
    StackOutput kubeconfig = outputs.get("kubeconfig");
    StackOutput endpoint = outputs.get("endpoint");
    if (kubeconfig == null || endpoint == null || kubeconfig.value().isBlank()) {
      throw new IllegalStateException(
          "stack of Cluster " + resource.getMetadata().getName() + " exported no kubeconfig");
    }
    secrets.apply(
        ArgoCdClusterSecret.build(model, endpoint.value(), Kubeconfig.parse(kubeconfig.value())));
  }

  /** Waits for the TeamEnvironments on this cluster, then removes the Argo CD registration. */
  @Override
  public void beforeDestroy(Cluster resource) throws WaitingException {
    List<String> dependants =
        client
            .resources(TeamEnvironment.class)
            .inNamespace(resource.getMetadata().getNamespace())
            .list()
            .getItems()
            .stream()
            .filter(t -> resource.getMetadata().getName().equals(clusterRef(t).orElse(null)))
            .map(t -> t.getMetadata().getName())
            .sorted()
            .toList();
    if (!dependants.isEmpty()) {
      throw new WaitingException(
          Reason.DEPENDANTS_EXIST,
          "not destroyed while TeamEnvironments use it: "
              + String.join(", ", dependants)
              + "; delete them first");
    }
    removeArgoCdSecrets(resource);
  }

  private void removeArgoCdSecrets(Cluster resource) {
    String argocdNamespace =
        Optional.ofNullable(resource.getSpec())
            .map(ClusterSpec::getArgocd)
            .map(a -> a.getNamespace())
            .orElse(defaults.argocdNamespace());
    secrets.deleteLabelled(
        argocdNamespace,
        ArgoCdClusterSecret.OWNER_LABEL,
        ArgoCdClusterSecret.owner(
            resource.getMetadata().getNamespace(), resource.getMetadata().getName()));
  }

  static Optional<String> clusterRef(TeamEnvironment environment) {
    return Optional.ofNullable(environment.getSpec())
        .map(s -> s.getKubernetes())
        .map(k -> k.getClusterRef());
  }
}
