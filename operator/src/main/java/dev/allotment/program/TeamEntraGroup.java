package dev.allotment.program;

import com.pulumi.azuread.Group;
import com.pulumi.azuread.GroupArgs;
import com.pulumi.azuread.Provider;
import com.pulumi.azuread.ProviderArgs;
import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.azurenative.authorization.enums.PrincipalType;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Locale;

/**
 * The team's Entra ID security group for the stage ({@code <team>-<stage>}): owners as its owners
 * and members, contributors as members, by object id (see {@link EntraUsers}), and the role the
 * platform gives the stage on the team's resource group.
 */
final class TeamEntraGroup {

  private TeamEntraGroup() {}

  /**
   * Declares the group and its role assignment; returns the group's object id.
   *
   * @param azure the resource group and the azure-native provider it was declared with
   */
  static Output<String> declare(
      TeamEnvironmentModel model,
      TeamEnvironmentModel.EntraGroup group,
      AzureIdentity.Declared azure) {
    // Without arguments: the plugin reads its credentials (ARM_*) from its own environment, as the
    // azure-native one does, so none enters the stack's state.
    var provider = new Provider("entra", ProviderArgs.builder().build());
    Output<EntraUsers.ObjectIds> ids = EntraUsers.objectIds(model, group, provider);

    var entraGroup =
        new Group(
            model.entraGroupName(),
            GroupArgs.builder()
                .displayName(model.entraGroupName())
                .description(
                    "Team "
                        + model.team()
                        + ", stage "
                        + model.stage().value()
                        + ": managed by Allotment")
                .securityEnabled(true)
                .mailEnabled(false)
                // Never adopt a group someone else made under this name: fail instead.
                .preventDuplicateNames(true)
                .owners(ids.applyValue(i -> i.of(group.owners())))
                .members(ids.applyValue(i -> i.of(group.members())))
                .build(),
            CustomResourceOptions.builder().provider(provider).build());

    new RoleAssignment(
        "entra-group-" + group.role().name().toLowerCase(Locale.ROOT),
        RoleAssignmentArgs.builder()
            .roleAssignmentName(roleAssignmentName(model, group))
            .principalId(entraGroup.objectId())
            .principalType(PrincipalType.Group)
            .roleDefinitionId(
                AzureIdentity.roleDefinitionId(model, group.role().roleDefinitionId()))
            .scope(azure.resourceGroupId())
            .build(),
        CustomResourceOptions.builder()
            .provider(azure.provider())
            // Azure refuses a second assignment of the same name, so a replacement (a new group)
            // must remove the old one first.
            .deleteBeforeReplace(true)
            .build());

    return entraGroup.objectId();
  }

  /** Another role is another assignment: Azure cannot change an assignment's role. */
  static String roleAssignmentName(
      TeamEnvironmentModel model, TeamEnvironmentModel.EntraGroup group) {
    return AzureIdentity.roleAssignmentName(
        model, "entra-group/" + group.role().roleDefinitionId());
  }
}
