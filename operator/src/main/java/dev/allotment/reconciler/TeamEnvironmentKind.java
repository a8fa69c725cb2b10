package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.api.v1alpha1.TeamEnvironmentSpec;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.program.TeamEnvironmentModel;
import dev.allotment.program.TeamEnvironmentProgram;
import dev.allotment.validation.InvalidSpecException;
import java.util.Optional;

/** TeamEnvironment's part in the stack lifecycle. */
public final class TeamEnvironmentKind implements StackKind<TeamEnvironment> {

  private final ProgramDefaults defaults;

  public TeamEnvironmentKind(ProgramDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public String kindLabel() {
    return "teamenvironment";
  }

  @Override
  public Prepared prepare(TeamEnvironment resource) throws InvalidSpecException {
    TeamEnvironmentModel model = TeamEnvironmentModel.resolve(resource.getSpec(), defaults);
    return new Prepared(
        TeamEnvironmentProgram.of(model),
        Fingerprint.of(kindLabel(), TeamEnvironmentProgram.VERSION, model.toString()),
        model.team(),
        model.stage().value());
  }

  @Override
  public DeletionPolicy deletionPolicy(TeamEnvironment resource) {
    Optional<TeamEnvironmentSpec> spec = Optional.ofNullable(resource.getSpec());
    return spec.map(TeamEnvironmentSpec::getDeletionPolicy)
        .or(() -> spec.map(TeamEnvironmentSpec::getStage).map(DeletionPolicy::defaultFor))
        .orElse(DeletionPolicy.Retain);
  }

  @Override
  public Optional<String> team(TeamEnvironment resource) {
    return Optional.ofNullable(resource.getSpec()).map(TeamEnvironmentSpec::getTeam);
  }

  @Override
  public Optional<String> stage(TeamEnvironment resource) {
    return Optional.ofNullable(resource.getSpec())
        .map(TeamEnvironmentSpec::getStage)
        .map(Stage::value);
  }
}
