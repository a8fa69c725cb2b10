package dev.allotment.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.EntraGroupRole;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.render.DeclaredResource;
import dev.allotment.render.ProgramRenderer;
import dev.allotment.render.Rendering;
import dev.allotment.testing.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The team's Entra ID group in the TeamEnvironment program, evaluated with Pulumi's mocks (every
 * user principal name is a user there; see {@link EntraUsersTest} for those that are not).
 */
class TeamEntraGroupTest {

  private static final String GROUP = "azuread:index/group:Group";
  private static final String GET_USERS = "azuread:index/getUsers:getUsers";
  private static final String ROLE_ASSIGNMENT = "azure-native:authorization:RoleAssignment";
  private static final String READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
  private static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
  private static final String BOB_OBJECT_ID = "6f1f3c0e-0000-4000-8000-000000000b0b";

  private final ProgramRenderer renderer = new ProgramRenderer();

  /** {@code resource} under {@code policyRole}, rendered; its GitHub logins are members. */
  private Rendering withGroup(TeamEnvironment resource, Optional<EntraGroupRole> policyRole)
      throws Exception {
    var model =
        TeamEnvironmentModel.resolve(
            resource.getSpec(), ProgramDefaults.none(), NamespaceBaseline.DEFAULT, policyRole);
    List<String> logins = new ArrayList<>(model.owners());
    logins.addAll(model.contributors());
    return renderer.render(
        "allotment-teamenvironment", "test", TeamEnvironmentProgram.of(model), logins);
  }

  private Rendering development() throws Exception {
    return withGroup(Examples.development(), Optional.empty());
  }

  private Rendering production() throws Exception {
    return withGroup(Examples.production(), Optional.empty());
  }

  /** The group's role assignment: the one whose principal is a Group. */
  private static DeclaredResource groupAssignment(Rendering rendering) {
    var assignments =
        rendering.ofType(ROLE_ASSIGNMENT).stream()
            .filter(a -> a.text("principalType").equals(Optional.of("Group")))
            .toList();
    assertThat(assignments).hasSize(1);
    return assignments.get(0);
  }

  @Test
  void withoutEntraGroupNothingOfEntraIdIsDeclaredOrAsked() throws Exception {
    var rendering = development();

    assertThat(rendering.resources()).noneMatch(r -> r.type().contains("azuread"));
    assertThat(rendering.invokes()).noneMatch(i -> i.type().startsWith("azuread:"));
    assertThat(rendering.ofType(ROLE_ASSIGNMENT)).hasSize(1);
    assertThat(rendering.outputs()).doesNotContainKey("entraGroupObjectId");
  }

  @Test
  void theGroupIsASecurityGroupOfTheOwnersAndContributorsByObjectId() throws Exception {
    var rendering = production();

    var group = rendering.get(GROUP, "payments-production");
    assertThat(group.text("displayName")).contains("payments-production");
    assertThat(group.text("description"))
        .hasValueSatisfying(d -> assertThat(d).contains("payments", "production"));
    assertThat(group.input("securityEnabled")).contains(true);
    assertThat(group.input("mailEnabled")).contains(false);
    assertThat(group.input("preventDuplicateNames")).contains(true);
    assertThat(group.input("owners"))
        .contains(
            List.of(
                "<object id of alice@nordic-retail.com>", "<object id of dave@nordic-retail.com>"));
    assertThat(group.input("members"))
        .contains(
            List.of(
                "<object id of alice@nordic-retail.com>",
                "<object id of dave@nordic-retail.com>",
                BOB_OBJECT_ID));
    // One lookup, of the user principal names only: object ids are used as given. Unknown names
    // are left out of the answer rather than failing it, so that the program can name them.
    assertThat(rendering.invokes())
        .filteredOn(i -> i.type().equals(GET_USERS))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.input("userPrincipalNames"))
                  .contains(List.of("alice@nordic-retail.com", "dave@nordic-retail.com"));
              assertThat(i.input("ignoreMissing")).contains(true);
            });
    assertThat(rendering.outputs()).containsEntry("entraGroupObjectId", ProgramRenderer.COMPUTED);
  }

  @Test
  void productionsGroupReadsTheResourceGroup() throws Exception {
    var assignment = groupAssignment(production());

    assertThat(assignment.text("principalId")).contains(ProgramRenderer.COMPUTED);
    assertThat(assignment.text("roleDefinitionId"))
        .contains(
            "/subscriptions/99999999-8888-7777-6666-555555555555/providers/"
                + "Microsoft.Authorization/roleDefinitions/"
                + READER);
    assertThat(assignment.text("scope"))
        .contains(
            "/subscriptions/"
                + ProgramRenderer.COMPUTED
                + "/resourceGroups/rg-payments-production");
  }

  @Test
  void developmentsGroupContributes() throws Exception {
    TeamEnvironment resource = Examples.development();
    resource
        .getSpec()
        .getAzure()
        .setEntraGroup(Examples.production().getSpec().getAzure().getEntraGroup());

    assertThat(groupAssignment(withGroup(resource, Optional.empty())).text("roleDefinitionId"))
        .hasValueSatisfying(id -> assertThat(id).endsWith("/roleDefinitions/" + CONTRIBUTOR));
  }

  @Test
  void aPolicysRoleWinsOverTheStagesDefault() throws Exception {
    var rendering = withGroup(Examples.production(), Optional.of(EntraGroupRole.Contributor));

    var assignment = groupAssignment(rendering);
    assertThat(assignment.text("roleDefinitionId"))
        .hasValueSatisfying(id -> assertThat(id).endsWith("/roleDefinitions/" + CONTRIBUTOR));
    // Another role is another assignment, never a changed one: Azure refuses changing a role.
    assertThat(assignment.text("roleAssignmentName"))
        .isNotEqualTo(groupAssignment(production()).text("roleAssignmentName"));
  }

  @Test
  void objectIdsAloneNeedNoLookup() throws Exception {
    TeamEnvironment resource = Examples.production();
    resource.getSpec().getAzure().getEntraGroup().setOwners(List.of(BOB_OBJECT_ID.toUpperCase()));
    resource.getSpec().getAzure().getEntraGroup().setContributors(null);

    var rendering = withGroup(resource, Optional.empty());

    assertThat(rendering.invokes()).noneMatch(i -> i.type().equals(GET_USERS));
    assertThat(rendering.get(GROUP, "payments-production").input("members"))
        .contains(List.of(BOB_OBJECT_ID));
  }
}
