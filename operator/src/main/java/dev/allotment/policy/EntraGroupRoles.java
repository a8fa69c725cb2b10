package dev.allotment.policy;

import dev.allotment.api.v1alpha1.EntraGroupRole;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.StageSettingsSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The role the teams' Entra ID groups get on their resource groups under the PlatformPolicies
 * ({@code defaults.<stage>.entraGroupRole}). Pure.
 */
public final class EntraGroupRoles {

  private EntraGroupRoles() {}

  /**
   * The least privileged role any policy sets for {@code stage}, Reader over Contributor; empty
   * when none sets one, so the stage's default applies ({@link EntraGroupRole#defaultFor}). A
   * resource's spec has no say.
   */
  public static Optional<EntraGroupRole> of(Stage stage, List<PlatformPolicy> policies) {
    return policies.stream()
        .map(PlatformPolicy::getSpec)
        .filter(Objects::nonNull)
        .map(PlatformPolicySpec::getDefaults)
        .filter(Objects::nonNull)
        .flatMap(d -> d.forStage(stage).stream())
        .map(StageSettingsSpec::getEntraGroupRole)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder());
  }
}
