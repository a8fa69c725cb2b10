package dev.allotment.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stack belongs to one team and stage for its whole life (hole 4 of issue 12). */
class StackOwnershipTest {

  private static final StackRef REF =
      StackRef.of("allotment-teamenvironment", "team-payments", "payments-production");

  private static Map<String, StackOutput> recorded(String team, String stage) {
    return Map.of(
        StackOwnership.TEAM,
        StackOutput.plain(team),
        StackOwnership.STAGE,
        StackOutput.plain(stage));
  }

  @Test
  void theSameTeamAndStageAdoptTheStack() {
    assertThatCode(
            () ->
                StackOwnership.check(
                    REF, recorded("payments", "production"), "payments", "production"))
        .doesNotThrowAnyException();
  }

  @Test
  void anotherStageDoesNotAdoptTheStack() {
    assertThatThrownBy(
            () ->
                StackOwnership.check(
                    REF, recorded("payments", "production"), "payments", "development"))
        .isInstanceOf(StackOperationException.class)
        .hasMessageContaining("belongs to team payments, stage production")
        .hasMessageContaining("not to team payments, stage development")
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(((StackOperationException) e).reason())
                    .isEqualTo(StackOperationException.Reason.FOREIGN_STACK));
  }

  @Test
  void anotherTeamDoesNotAdoptTheStack() {
    assertThatThrownBy(
            () ->
                StackOwnership.check(
                    REF, recorded("payments", "production"), "checkout", "production"))
        .hasMessageContaining("belongs to team payments");
  }

  @Test
  void aNewStackOrOneThatRecordsNoOwnerIsAnybodys() {
    assertThatCode(() -> StackOwnership.check(REF, Map.of(), "checkout", "development"))
        .doesNotThrowAnyException();
  }
}
