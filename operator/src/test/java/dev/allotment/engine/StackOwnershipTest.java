package dev.allotment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stack belongs to one team and stage for its whole life, and keeps the Retain its last update
 * applied, whoever adopts it (issue 12, hole 4; issue 21, hole 1).
 */
class StackOwnershipTest {

  private static final StackRef REF =
      StackRef.of("allotment-teamenvironment", "team-payments", "payments-production");

  private static StackOwnership recorded(String team, String stage) {
    return recorded(team, stage, null);
  }

  private static StackOwnership recorded(String team, String stage, String deletionPolicy) {
    Map<String, StackOutput> outputs = new HashMap<>();
    outputs.put(StackOwnership.TEAM, StackOutput.plain(team));
    outputs.put(StackOwnership.STAGE, StackOutput.plain(stage));
    if (deletionPolicy != null) {
      outputs.put(StackOwnership.DELETION_POLICY, StackOutput.plain(deletionPolicy));
    }
    outputs.put("kubeconfig", StackOutput.secret("apiVersion: v1"));
    return StackOwnership.of(outputs);
  }

  private static final StackOwnership NEW = StackOwnership.of(Map.of());

  @Test
  void theSameTeamAndStageAdoptTheStack() {
    assertThatCode(
            () ->
                recorded("payments", "production")
                    .check(REF, Optional.of("payments"), Optional.of("production")))
        .doesNotThrowAnyException();
  }

  @Test
  void anotherStageDoesNotAdoptTheStack() {
    assertThatThrownBy(
            () ->
                recorded("payments", "production")
                    .check(REF, Optional.of("payments"), Optional.of("development")))
        .isInstanceOf(StackOperationException.class)
        .hasMessageContaining("belongs to team payments, stage production")
        .hasMessageContaining("not to team payments, stage development")
        .hasMessageContaining("nor updated, refreshed or destroyed by it")
        .satisfies(
            e ->
                assertThat(((StackOperationException) e).reason())
                    .isEqualTo(StackOperationException.Reason.FOREIGN_STACK));
  }

  @Test
  void anotherTeamDoesNotAdoptTheStack() {
    assertThatThrownBy(
            () ->
                recorded("payments", "production")
                    .check(REF, Optional.of("checkout"), Optional.of("production")))
        .hasMessageContaining("belongs to team payments");
  }

  @Test
  void aResourceWhoseTeamAndStageCannotBeReadOwnsNoRecordedStack() {
    assertThatThrownBy(
            () -> recorded("payments", "production").check(REF, Optional.empty(), Optional.empty()))
        .hasMessageContaining("not to team ?, stage ?");
  }

  @Test
  void aNewStackOrOneThatRecordsNoOwnerIsAnybodys() {
    assertThatCode(() -> NEW.check(REF, Optional.of("checkout"), Optional.of("development")))
        .doesNotThrowAnyException();
    assertThat(NEW.recorded()).isFalse();
  }

  static Stream<Arguments> destroys() {
    return Stream.of(
        Arguments.of("the stack records Delete", recorded("p", "s", "Delete"), false, true),
        Arguments.of("the stack records Retain", recorded("p", "s", "Retain"), false, false),
        Arguments.of(
            "the stack records Retain, whatever the resource says",
            recorded("p", "s", "Retain"),
            true,
            false),
        Arguments.of(
            "a legacy record, Delete applied by the resource itself",
            recorded("p", "s"),
            true,
            true),
        Arguments.of(
            "a legacy record, nothing applied by the resource", recorded("p", "s"), false, false),
        Arguments.of("a stack without a record", NEW, false, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("destroys")
  void mayDestroyOnlyWhatItsOwnerLastLetGo(
      String name, StackOwnership stack, boolean appliedDeleteItself, boolean destroyable) {
    if (destroyable) {
      assertThatCode(() -> stack.mayDestroy(REF, appliedDeleteItself)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> stack.mayDestroy(REF, appliedDeleteItself))
          .isInstanceOf(StackOperationException.class)
          .hasMessageContaining("it is kept")
          .hasMessageContaining("apply deletionPolicy: Delete first")
          .satisfies(
              e ->
                  assertThat(((StackOperationException) e).reason())
                      .isEqualTo(StackOperationException.Reason.STACK_RETAINED));
    }
  }

  static Stream<Arguments> appliedPolicies() {
    return Stream.of(
        Arguments.of(
            "the resource's own record first", recorded("p", "s", "Retain"), "Delete", "Delete"),
        Arguments.of("else the stack's", recorded("p", "s", "Retain"), null, "Retain"),
        Arguments.of("a legacy stack counts as Retain", recorded("p", "s"), null, "Retain"),
        Arguments.of("a new stack has none", NEW, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("appliedPolicies")
  void thePolicyInForceBeforeAnUpdate(
      String name, StackOwnership stack, String byResource, String expected) {
    assertThat(stack.appliedPolicy(Optional.ofNullable(byResource)))
        .isEqualTo(Optional.ofNullable(expected));
  }
}
