package dev.allotment.definition;

import dev.allotment.api.v1alpha1.EntraGroupRole;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.claims.ClaimedName;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.Fingerprint;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicyRequest;
import dev.allotment.policy.PolicySource;
import dev.allotment.program.ClusterConnection;
import dev.allotment.program.ComputeQuota;
import dev.allotment.program.NamespaceBaseline;
import dev.allotment.program.ProgramConfig;
import dev.allotment.program.TeamEnvironmentModel;
import dev.allotment.program.TeamEnvironmentProgram;
import dev.allotment.validation.DerivedNames;
import dev.allotment.validation.InvalidSpecException;
import java.util.List;
import java.util.Optional;

/**
 * A TeamEnvironment's stack: its program, on the hub or on the Cluster its {@code
 * kubernetes.clusterRef} names.
 */
public final class TeamEnvironmentDefinition implements StackDefinition<TeamEnvironment> {

  private final ProgramDefaults defaults;
  private final ClusterConnections clusters;
  private final PolicySource policies;
  private final NamespaceSource namespaces;

  public TeamEnvironmentDefinition(
      ProgramDefaults defaults,
      ClusterConnections clusters,
      PolicySource policies,
      NamespaceSource namespaces) {
    this.defaults = defaults;
    this.clusters = clusters;
    this.policies = policies;
    this.namespaces = namespaces;
  }

  @Override
  public String kindLabel() {
    return "teamenvironment";
  }

  @Override
  public Prepared prepare(TeamEnvironment resource) throws InvalidSpecException, WaitingException {
    NamespaceBaseline baseline = PolicyChecks.baseline(resource.getSpec(), policies);
    Optional<EntraGroupRole> entraGroupRole =
        PolicyChecks.entraGroupRole(resource.getSpec(), policies);
    ComputeQuota compute = PolicyChecks.compute(resource.getSpec(), policies);
    TeamEnvironmentModel model =
        TeamEnvironmentModel.resolve(
            resource.getSpec(), defaults, baseline, entraGroupRole, compute);
    var names = DerivedNames.teamEnvironment(resource.getMetadata().getName());
    if (!names.isEmpty()) {
      throw new InvalidSpecException(names);
    }
    PolicyChecks.enforce(
        PolicyRequest.of(
            model,
            resource.getMetadata().getNamespace(),
            resource.getMetadata().getName(),
            defaults.azureSubscriptionId()),
        policies,
        namespaces);
    PolicyChecks.computeCeilings(resource.getSpec(), policies);
    if (model.clusterRef().isEmpty()) {
      PolicyChecks.namespaceFree(
          "spec.kubernetes.namespace",
          model.namespace(),
          namespaces,
          model.team(),
          model.stage().value(),
          kindLabel());
    }
    Optional<ClusterConnection> connection = Optional.empty();
    if (model.clusterRef().isPresent()) {
      connection =
          Optional.of(
              clusters.find(
                  resource.getMetadata().getNamespace(),
                  model.clusterRef().get(),
                  model.team(),
                  model.stage()));
      // A rotated kubeconfig changes the digest, so the next up uses the new credentials.
      model =
          model.onCluster(connection.get().server(), Fingerprint.of(connection.get().kubeconfig()));
    }
    return new Prepared(
        TeamEnvironmentProgram.of(model, connection.map(ClusterConnection::kubeconfig)),
        ProgramConfig.teamEnvironment(
            resource, defaults, baseline, compute, entraGroupRole, connection),
        Fingerprint.of(kindLabel(), TeamEnvironmentProgram.VERSION, model.canonical()),
        Fingerprint.legacy(kindLabel(), TeamEnvironmentProgram.VERSION, model.legacyText()),
        model.team(),
        model.stage().value(),
        List.of(
            new ClaimedName(
                ClaimedName.NAMESPACE,
                model
                        .clusterRef()
                        .map(c -> resource.getMetadata().getNamespace() + "/" + c)
                        .orElse("hub")
                    + "/"
                    + model.namespace(),
                "spec.kubernetes.namespace"),
            new ClaimedName(ClaimedName.ENVIRONMENT, model.teamStage(), "spec.team and spec.stage"),
            new ClaimedName(
                ClaimedName.REPOSITORY,
                model.organization() + "/" + model.repository(),
                "spec.github.repository")));
  }
}
