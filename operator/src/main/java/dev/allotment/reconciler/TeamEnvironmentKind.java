package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.Fingerprint;
import dev.allotment.policy.PolicyRequest;
import dev.allotment.policy.PolicySource;
import dev.allotment.program.TeamEnvironmentModel;
import dev.allotment.program.TeamEnvironmentProgram;
import dev.allotment.validation.InvalidSpecException;
import java.util.Optional;

/** TeamEnvironment's part in the stack lifecycle. */
public final class TeamEnvironmentKind implements StackKind<TeamEnvironment> {

  private final ProgramDefaults defaults;
  private final ClusterConnections clusters;
  private final PolicySource policies;

  public TeamEnvironmentKind(
      ProgramDefaults defaults, ClusterConnections clusters, PolicySource policies) {
    this.defaults = defaults;
    this.clusters = clusters;
    this.policies = policies;
  }

  @Override
  public String kindLabel() {
    return "teamenvironment";
  }

  @Override
  public Prepared prepare(TeamEnvironment resource) throws InvalidSpecException, WaitingException {
    TeamEnvironmentModel model = TeamEnvironmentModel.resolve(resource.getSpec(), defaults);
    Policies.enforce(
        PolicyRequest.of(
            model, resource.getMetadata().getNamespace(), resource.getMetadata().getName()),
        policies);
    Optional<ClusterConnections.Connection> connection = Optional.empty();
    if (model.clusterRef().isPresent()) {
      connection =
          Optional.of(
              clusters.find(resource.getMetadata().getNamespace(), model.clusterRef().get()));
      // A rotated kubeconfig changes the digest, so the next up uses the new credentials.
      model =
          model.onCluster(connection.get().server(), Fingerprint.of(connection.get().kubeconfig()));
    }
    return new Prepared(
        TeamEnvironmentProgram.of(model, connection.map(ClusterConnections.Connection::kubeconfig)),
        ProgramConfig.teamEnvironment(resource, defaults, connection),
        Fingerprint.of(kindLabel(), TeamEnvironmentProgram.VERSION, model.toString()),
        model.team(),
        model.stage().value());
  }
}
