package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.ClusterSpec;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.claims.ClaimedName;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.Fingerprint;
import dev.allotment.engine.StackOutput;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicyRequest;
import dev.allotment.policy.PolicySource;
import dev.allotment.program.ClusterModel;
import dev.allotment.program.ClusterProgram;
import dev.allotment.program.NamespaceBaseline;
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

  static final String KIND_LABEL = "cluster";

  /** The Pulumi project of every Cluster's stack ({@link StackKind#stackRef}). */
  static final String PROJECT = "allotment-" + KIND_LABEL;

  private final ProgramDefaults defaults;
  private final KubernetesClient client;
  private final SecretPublisher secrets;
  private final PolicySource policies;
  private final NamespaceSource namespaces;

  public ClusterKind(
      ProgramDefaults defaults,
      KubernetesClient client,
      SecretPublisher secrets,
      PolicySource policies,
      NamespaceSource namespaces) {
    this.defaults = defaults;
    this.client = client;
    this.secrets = secrets;
    this.policies = policies;
    this.namespaces = namespaces;
  }

  /** A kind that can only {@link #prepare}: for offline rendering, where nothing is published. */
  public static ClusterKind forRendering(
      ProgramDefaults defaults, PolicySource policies, NamespaceSource namespaces) {
    return new ClusterKind(defaults, null, null, policies, namespaces);
  }

  @Override
  public String kindLabel() {
    return KIND_LABEL;
  }

  @Override
  public Prepared prepare(Cluster resource) throws InvalidSpecException {
    // Only a vcluster creates a namespace; a policy's baseline does not concern other providers.
    NamespaceBaseline baseline =
        resource.getSpec() != null && resource.getSpec().getProvider() == ClusterProvider.VCLUSTER
            ? Policies.baseline(resource.getSpec(), policies)
            : NamespaceBaseline.DEFAULT;
    ClusterModel model = ClusterModel.resolve(resource, defaults, baseline);
    Policies.enforce(PolicyRequest.of(model), policies, namespaces);
    if (model.provider() == ClusterProvider.VCLUSTER) {
      Policies.namespaceFree(
          "metadata.name",
          model.vclusterNamespace(),
          namespaces,
          model.team(),
          model.stage().value(),
          kindLabel());
    }
    return new Prepared(
        ClusterProgram.of(model),
        ProgramConfig.cluster(resource, defaults, baseline),
        Fingerprint.of(kindLabel(), ClusterProgram.VERSION, model.toString()),
        model.team(),
        model.stage().value(),
        List.of(
            model.provider() == ClusterProvider.VCLUSTER
                ? new ClaimedName(
                    ClaimedName.NAMESPACE, "hub/" + model.vclusterNamespace(), "metadata.name")
                : new ClaimedName(
                    ClaimedName.CLUSTER,
                    model.provider().name().toLowerCase(java.util.Locale.ROOT)
                        + "/"
                        + model.clusterName(),
                    "metadata.name")));
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
    String owner =
        ArgoCdClusterSecret.owner(
            resource.getMetadata().getNamespace(), resource.getMetadata().getName());
    secrets.applyOwned(
        ArgoCdClusterSecret.build(model, endpoint.value(), Kubeconfig.parse(kubeconfig.value())),
        existing ->
            existing.getMetadata().getLabels() != null
                && owner.equals(
                    existing.getMetadata().getLabels().get(ArgoCdClusterSecret.OWNER_LABEL)));
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

  /**
   * Removes the registration wherever it is: in Argo CD's namespace, and in the one the spec named
   * when an older operator still honoured {@code spec.argocd.namespace}.
   */
  private void removeArgoCdSecrets(Cluster resource) {
    String owner =
        ArgoCdClusterSecret.owner(
            resource.getMetadata().getNamespace(), resource.getMetadata().getName());
    secrets.deleteLabelled(defaults.argocdNamespace(), ArgoCdClusterSecret.OWNER_LABEL, owner);
    Optional.ofNullable(resource.getSpec())
        .map(ClusterSpec::getArgocd)
        .map(a -> a.getNamespace())
        .filter(n -> !n.equals(defaults.argocdNamespace()))
        .ifPresent(n -> secrets.deleteLabelled(n, ArgoCdClusterSecret.OWNER_LABEL, owner));
  }

  static Optional<String> clusterRef(TeamEnvironment environment) {
    return Optional.ofNullable(environment.getSpec())
        .map(s -> s.getKubernetes())
        .map(k -> k.getClusterRef());
  }
}
