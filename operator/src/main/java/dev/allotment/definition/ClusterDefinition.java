package dev.allotment.definition;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.claims.ClaimedName;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.Fingerprint;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicyRequest;
import dev.allotment.policy.PolicySource;
import dev.allotment.program.ClusterModel;
import dev.allotment.program.ClusterProgram;
import dev.allotment.program.ComputeQuota;
import dev.allotment.program.NamespaceBaseline;
import dev.allotment.program.ProgramConfig;
import dev.allotment.validation.InvalidSpecException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Cluster's stack: the program of its provider. Its Argo CD registration is a publishing step
 * ({@code publish.ArgoCdRegistration}), and what waits for its TeamEnvironments is the deletion
 * decision.
 */
public final class ClusterDefinition implements StackDefinition<Cluster> {

  public static final String KIND_LABEL = "cluster";

  /** The Pulumi project of every Cluster's stack ({@link StackDefinition#stackRef}). */
  public static final String PROJECT = "allotment-" + KIND_LABEL;

  private final ProgramDefaults defaults;
  private final PolicySource policies;
  private final NamespaceSource namespaces;

  public ClusterDefinition(
      ProgramDefaults defaults, PolicySource policies, NamespaceSource namespaces) {
    this.defaults = defaults;
    this.policies = policies;
    this.namespaces = namespaces;
  }

  @Override
  public String kindLabel() {
    return KIND_LABEL;
  }

  @Override
  public Prepared prepare(Cluster resource) throws InvalidSpecException {
    // Only a vcluster creates a namespace; a policy's baseline does not concern other providers.
    boolean vcluster =
        resource.getSpec() != null && resource.getSpec().getProvider() == ClusterProvider.VCLUSTER;
    NamespaceBaseline baseline =
        vcluster ? PolicyChecks.baseline(resource.getSpec(), policies) : NamespaceBaseline.DEFAULT;
    ComputeQuota compute =
        vcluster ? PolicyChecks.compute(resource.getSpec(), policies) : ComputeQuota.DEFAULT;
    ClusterModel model = ClusterModel.resolve(resource, defaults, baseline, compute);
    PolicyChecks.enforce(PolicyRequest.of(model), policies, namespaces);
    if (model.provider() == ClusterProvider.VCLUSTER) {
      PolicyChecks.namespaceFree(
          "metadata.name",
          model.vclusterNamespace(),
          namespaces,
          model.team(),
          model.stage().value(),
          kindLabel());
    }
    return new Prepared(
        ClusterProgram.of(model),
        ProgramConfig.cluster(resource, defaults, baseline, compute),
        Fingerprint.of(kindLabel(), ClusterProgram.VERSION, model.canonical()),
        Fingerprint.legacy(kindLabel(), ClusterProgram.VERSION, model.legacyText()),
        model.team(),
        model.stage().value(),
        List.of(
            model.provider() == ClusterProvider.VCLUSTER
                ? new ClaimedName(
                    ClaimedName.NAMESPACE, "hub/" + model.vclusterNamespace(), "metadata.name")
                : new ClaimedName(
                    ClaimedName.CLUSTER,
                    model.provider().name().toLowerCase(Locale.ROOT) + "/" + model.clusterName(),
                    "metadata.name")));
  }

  /** The Cluster a TeamEnvironment is placed on, if it names one. */
  public static Optional<String> clusterRef(TeamEnvironment environment) {
    return Optional.ofNullable(environment.getSpec())
        .map(s -> s.getKubernetes())
        .map(k -> k.getClusterRef());
  }
}
