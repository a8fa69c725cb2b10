package dev.allotment.realengine;

import static dev.allotment.testing.RealEngine.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Org membership, never invitations, on the real Pulumi engine: the program asks the (emulated)
 * GitHub provider for the organization's members, and a login outside it stalls the environment
 * without a single invitation, through however many retries, until that person has joined.
 */
class OrganizationMembershipOnRealEngineTest {

  private static final String MEMBERSHIP = "github:index/teamMembership:TeamMembership";

  @RegisterExtension static final TestCluster CLUSTER = TestCluster.forAnyTeam();

  private final RealEngine real = RealEngine.inline();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, real);

  private final StackResources<TeamEnvironment> environments = operator.environments();

  @Test
  void anOutsiderStallsWithoutAnInvitationAndGoesAheadOnceAMember() {
    TeamEnvironment ordered = Examples.development("org-outsider");
    ordered.getSpec().getContributors().add("mallory");

    TeamEnvironment created = environments.apply(ordered);

    assertThat(environments.awaitStalled(created, Reason.GITHUB_LOGIN_NOT_MEMBER, OPERATION))
        .startsWith("not members of the GitHub organization nordic-retail: mallory")
        .contains("mallory (spec.contributors)")
        .contains("never invites")
        .contains("remove them from spec.owners / spec.contributors")
        .doesNotContain("allotment-refusal");
    assertThat(real.pulumi().github().objects(MEMBERSHIP)).isEmpty();
    assertThat(real.pulumi().githubOrganization().invitations()).isEmpty();

    // Invited through the organization's own process, mallory joins; the next retry sees it.
    real.pulumi().githubOrganization().join("mallory");

    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    assertThat(real.pulumi().github().objects(MEMBERSHIP))
        .extracting(m -> m.string("username"))
        .contains("mallory", "alice-nordic", "bob-dev", "carol-dev");
    assertThat(real.pulumi().githubOrganization().invitations()).isEmpty();
  }
}
