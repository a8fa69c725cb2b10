package dev.allotment.realengine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Value;
import dev.allotment.api.v1alpha1.EntraGroupSpec;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The team's Entra ID group on the real Pulumi engine: user principal names resolved through the
 * (emulated) azuread provider's user lookup, the group in the emulated directory, its role on the
 * resource group in emulated ARM, and its object id in status.
 */
class EntraGroupOnRealEngineTest {

  private static final Duration OPERATION = RealEngine.OPERATION;
  private static final String GROUP = "azuread:index/group:Group";
  private static final String ROLE_ASSIGNMENT = "azure-native:authorization:RoleAssignment";
  private static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
  private static final String BOB = "6f1f3c0e-0000-4000-8000-000000000b0b";
  private static final String MALLORY = "6f1f3c0e-0000-4000-8000-0000000ba11e";

  @RegisterExtension static final TestCluster CLUSTER = TestCluster.forAnyTeam();

  private final RealEngine real = RealEngine.inline();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, real);

  private final StackResources<TeamEnvironment> environments = operator.environments();

  private static TeamEnvironment withGroup(String team, List<String> owners) {
    TeamEnvironment environment = Examples.development(team);
    EntraGroupSpec group = new EntraGroupSpec();
    group.setOwners(owners);
    group.setContributors(List.of(BOB));
    environment.getSpec().getAzure().setEntraGroup(group);
    return environment;
  }

  @Test
  void theGroupHoldsOwnersAndMembersByObjectIdAndContributesToTheResourceGroup() {
    TeamEnvironment created =
        environments.apply(withGroup("entra-one", List.of("Alice@nordic-retail.com")));

    TeamEnvironment ready =
        environments.awaitCondition(
            created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);

    String alice = real.pulumi().entraDirectory().objectId("alice@nordic-retail.com");
    var group = real.pulumi().entra().objects(GROUP).stream().findFirst().orElseThrow();
    assertThat(real.pulumi().entra().objects(GROUP)).hasSize(1);
    assertThat(group.string("displayName")).isEqualTo("entra-one-development");
    assertThat(group.state().getFieldsOrThrow("securityEnabled").getBoolValue()).isTrue();
    assertThat(strings(group.state().getFieldsOrThrow("owners"))).containsExactly(alice);
    assertThat(strings(group.state().getFieldsOrThrow("members"))).containsExactly(alice, BOB);
    assertThat(ready.getStatus().getOutputs()).containsEntry("entraGroupObjectId", group.id());
    assertThat(
            StackResources.decoded(
                environments.findOutputsSecret(created).orElseThrow(), "entraGroupObjectId"))
        .isEqualTo(group.id());

    assertThat(real.pulumi().azure().objects(ROLE_ASSIGNMENT))
        .filteredOn(a -> a.string("principalType").equals("Group"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.string("principalId")).isEqualTo(group.id());
              assertThat(a.string("roleDefinitionId")).endsWith("/roleDefinitions/" + CONTRIBUTOR);
              assertThat(a.string("scope")).endsWith("/resourceGroups/rg-entra-one-development");
            });
  }

  @Test
  void anUnknownUserPrincipalNameStallsNamingTheEntryAndGoesAheadOnceTheUserExists() {
    TeamEnvironment created =
        environments.apply(
            withGroup(
                "entra-unknown", List.of("alice@nordic-retail.com", "mallory@nordic-retail.com")));

    TeamEnvironment stalled =
        environments.awaitCondition(
            created, ConditionType.STALLED, "True", Reason.ENTRA_USER_NOT_FOUND, OPERATION);

    assertThat(StackResources.condition(stalled, ConditionType.STALLED).getMessage())
        .startsWith(
            "Entra ID has no user mallory@nordic-retail.com (spec.azure.entraGroup.owners[1]),")
        .contains("group entra-unknown-development was neither created nor changed")
        .contains("correct the user principal name")
        .doesNotContain("allotment-refusal");
    assertThat(real.pulumi().entra().objects(GROUP)).isEmpty();

    // Created in Entra ID (a typo would be corrected in the spec instead), mallory is found by
    // the retry that stayed scheduled.
    real.pulumi().entraDirectory().add("mallory@nordic-retail.com", MALLORY);

    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    var group = real.pulumi().entra().objects(GROUP).stream().findFirst().orElseThrow();
    assertThat(strings(group.state().getFieldsOrThrow("owners")))
        .containsExactly(
            real.pulumi().entraDirectory().objectId("alice@nordic-retail.com"), MALLORY);
  }

  private static List<String> strings(Value list) {
    return list.getListValue().getValuesList().stream().map(Value::getStringValue).toList();
  }
}
