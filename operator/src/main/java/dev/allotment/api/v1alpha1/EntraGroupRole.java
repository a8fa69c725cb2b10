package dev.allotment.api.v1alpha1;

/**
 * The Azure built-in role the team's Entra ID group gets on its resource group. Declared from the
 * least to the most privileged: policies that disagree combine to the least.
 */
public enum EntraGroupRole {
  /** Read everything in the resource group, change nothing. */
  Reader("acdd72a7-3385-48ef-bd42-f606fba81ae7"),
  /** Manage everything in the resource group, but not grant access to it. */
  Contributor("b24988ac-6180-42a0-ab88-20f7382dd24c");

  private final String roleDefinitionId;

  EntraGroupRole(String roleDefinitionId) {
    this.roleDefinitionId = roleDefinitionId;
  }

  /** The built-in role definition's id, the same in every subscription. */
  public String roleDefinitionId() {
    return roleDefinitionId;
  }

  /** What a stage gets when no PlatformPolicy says otherwise: Reader for production. */
  public static EntraGroupRole defaultFor(Stage stage) {
    return stage == Stage.PRODUCTION ? Reader : Contributor;
  }
}
