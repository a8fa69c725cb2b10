package dev.allotment.program;

import com.pulumi.azurenative.Provider;
import com.pulumi.azurenative.ProviderArgs;
import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.azurenative.authorization.enums.PrincipalType;
import com.pulumi.azurenative.managedidentity.FederatedIdentityCredential;
import com.pulumi.azurenative.managedidentity.FederatedIdentityCredentialArgs;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentityArgs;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The team's Azure footprint: a resource group, and a user-assigned identity that GitHub Actions
 * workflows of this stage's environment (and only those) can federate into, with Contributor on
 * that resource group and nothing wider.
 */
final class AzureIdentity {

  /** Azure's built-in Contributor role. */
  static final String CONTRIBUTOR_ROLE_ID = "b24988ac-6180-42a0-ab88-20f7382dd24c";

  static final String GITHUB_OIDC_ISSUER = "https://token.actions.githubusercontent.com";
  static final String AZURE_TOKEN_AUDIENCE = "api://AzureADTokenExchange";

  /** What the rest of the program needs from Azure, and the provider it was declared with. */
  record Declared(
      Provider provider,
      Output<String> resourceGroupName,
      Output<String> resourceGroupId,
      Output<String> clientId,
      Output<String> principalId,
      Output<String> tenantId) {}

  private AzureIdentity() {}

  static Declared declare(TeamEnvironmentModel model) {
    var provider =
        new Provider(
            "azure", ProviderArgs.builder().subscriptionId(model.subscriptionId()).build());
    var options = CustomResourceOptions.builder().provider(provider).build();

    var group =
        new ResourceGroup(
            model.resourceGroupName(),
            ResourceGroupArgs.builder()
                .resourceGroupName(model.resourceGroupName())
                .location(model.azureLocation())
                .tags(model.tags())
                .build(),
            options);

    var identity =
        new UserAssignedIdentity(
            model.identityName(),
            UserAssignedIdentityArgs.builder()
                .resourceName(model.identityName())
                .resourceGroupName(group.name())
                .location(model.azureLocation())
                .tags(model.tags())
                .build(),
            options);

    new FederatedIdentityCredential(
        "github-" + model.stage().value(),
        FederatedIdentityCredentialArgs.builder()
            .federatedIdentityCredentialResourceName("github-" + model.stage().value())
            .resourceName(identity.name())
            .resourceGroupName(group.name())
            .issuer(GITHUB_OIDC_ISSUER)
            .subject(model.federatedSubject())
            .audiences(AZURE_TOKEN_AUDIENCE)
            .build(),
        options);

    new RoleAssignment(
        "contributor",
        RoleAssignmentArgs.builder()
            .roleAssignmentName(roleAssignmentName(model, CONTRIBUTOR_ROLE_ID))
            .principalId(identity.principalId())
            .principalType(PrincipalType.ServicePrincipal)
            .roleDefinitionId(roleDefinitionId(model, CONTRIBUTOR_ROLE_ID))
            .scope(group.id())
            .build(),
        options);

    return new Declared(
        provider,
        group.name(),
        group.id(),
        identity.clientId(),
        identity.principalId(),
        identity.tenantId());
  }

  /** The built-in role {@code roleId} as the environment's subscription names it. */
  static String roleDefinitionId(TeamEnvironmentModel model, String roleId) {
    return "/subscriptions/"
        + model.subscriptionId()
        + "/providers/Microsoft.Authorization/roleDefinitions/"
        + roleId;
  }

  /**
   * Role assignment names are GUIDs; deriving one from the resource group and what it grants
   * ({@code grant}) keeps it stable across runs, so a re-run finds the same assignment instead of
   * creating a second one.
   */
  static String roleAssignmentName(TeamEnvironmentModel model, String grant) {
    String key = model.subscriptionId() + "/" + model.resourceGroupName() + "/" + grant;
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
