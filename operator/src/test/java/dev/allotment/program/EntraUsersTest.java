package dev.allotment.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.EntraGroupRole;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which entries of the Entra ID group Entra ID does not know, and how the refusal names them. */
class EntraUsersTest {

  private static final String OBJECT_ID = "6f1f3c0e-0000-4000-8000-000000000b0b";

  @Test
  void unknownEntriesAreNamedWithTheirFieldOwnersFirstInTheOrderOfTheSpec() {
    var group =
        new TeamEnvironmentModel.EntraGroup(
            List.of("alice@nordic-retail.com", OBJECT_ID, "mallory@nordic-retail.com"),
            List.of("Bob@Nordic-Retail.com", "eve@nordic-retail.com"),
            EntraGroupRole.Reader);
    // What is known: lowercase, as the lookup keys it.
    Set<String> known = Set.of("alice@nordic-retail.com", OBJECT_ID, "bob@nordic-retail.com");

    assertThat(EntraUsers.unknown(group, known))
        .containsExactly(
            "mallory@nordic-retail.com (spec.azure.entraGroup.owners[2])",
            "eve@nordic-retail.com (spec.azure.entraGroup.contributors[1])");
  }

  @Test
  void theRefusalNamesTenEntriesCountsTheRestAndSaysWhatToDo() {
    List<String> unknown =
        IntStream.range(0, 12)
            .mapToObj(i -> "u" + i + "@nordic-retail.com (spec.azure.entraGroup.owners[" + i + "])")
            .toList();

    String refusal = EntraUsers.refusal("payments-production", unknown);

    assertThat(refusal)
        .startsWith("Entra ID has no user u0@nordic-retail.com (spec.azure.entraGroup.owners[0]),")
        .contains("u9@nordic-retail.com", "and 2 more")
        .doesNotContain("u10@")
        .contains("group payments-production was neither created nor changed")
        .contains("correct the user principal name", "object id", "remove the entry")
        .doesNotContain("\n");
  }
}
