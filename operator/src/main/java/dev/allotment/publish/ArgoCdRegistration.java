package dev.allotment.publish;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.ClusterSpec;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.StackOutput;
import dev.allotment.program.ClusterModel;
import dev.allotment.validation.InvalidSpecException;
import java.util.Map;
import java.util.Optional;

/**
 * A Cluster's registration with Argo CD: its cluster Secret written after each successful up (or
 * removed when {@code argocd.register} was turned off), and removed before the destroy.
 */
public final class ArgoCdRegistration implements PublishingStep<Cluster> {

  private final ProgramDefaults defaults;
  private final SecretPublisher secrets;

  public ArgoCdRegistration(ProgramDefaults defaults, SecretPublisher secrets) {
    this.defaults = defaults;
    this.secrets = secrets;
  }

  @Override
  public void afterUp(Cluster resource, Map<String, StackOutput> outputs) {
    ClusterModel model;
    try {
      model = ClusterModel.resolve(resource, defaults);
    } catch (InvalidSpecException e) {
      return; // up ran, so the spec was valid; an edit since then is handled on its own reconcile
    }
    if (!model.argocdRegister()) {
      beforeDestroy(resource);
      return;
    }
    StackOutput kubeconfig = outputs.get("kubeconfig");
    StackOutput endpoint = outputs.get("endpoint");
    if (kubeconfig == null || endpoint == null || kubeconfig.value().isBlank()) {
      throw new IllegalStateException(
          "stack of Cluster " + resource.getMetadata().getName() + " exported no kubeconfig");
    }
    String owner = owner(resource);
    secrets.applyOwned(
        ArgoCdClusterSecret.build(model, endpoint.value(), Kubeconfig.parse(kubeconfig.value())),
        existing ->
            existing.getMetadata().getLabels() != null
                && owner.equals(
                    existing.getMetadata().getLabels().get(ArgoCdClusterSecret.OWNER_LABEL)));
  }

  /**
   * Removes the registration wherever it is: in Argo CD's namespace, and in the one the spec named
   * when an older operator still honoured {@code spec.argocd.namespace}. Argo CD's namespace is not
   * one the operator watches, so there is no cache to read: one labelled delete per namespace.
   */
  @Override
  public void beforeDestroy(Cluster resource) {
    String owner = owner(resource);
    secrets.deleteLabelled(defaults.argocdNamespace(), ArgoCdClusterSecret.OWNER_LABEL, owner);
    Optional.ofNullable(resource.getSpec())
        .map(ClusterSpec::getArgocd)
        .map(a -> a.getNamespace())
        .filter(n -> !n.equals(defaults.argocdNamespace()))
        .ifPresent(n -> secrets.deleteLabelled(n, ArgoCdClusterSecret.OWNER_LABEL, owner));
  }

  private static String owner(Cluster resource) {
    return ArgoCdClusterSecret.owner(
        resource.getMetadata().getNamespace(), resource.getMetadata().getName());
  }
}
