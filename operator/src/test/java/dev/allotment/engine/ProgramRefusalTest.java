package dev.allotment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A program's refusal, found again in the engine's text however Pulumi wrapped it. */
class ProgramRefusalTest {

  private static final ProgramRefusal OUTSIDERS =
      new ProgramRefusal(
          StackOperationException.Reason.NOT_ORG_MEMBERS, "not members of nordic-retail: mallory");

  @Test
  void foundInAnErrorThatWrapsIt() {
    String reported =
        "Running program [PID: 7](java -jar x) failed with an unhandled exception:\n"
            + "java.util.concurrent.CompletionException: "
            + OUTSIDERS
            + "\n\tat com.pulumi.Foo.bar(Foo.java:1)\nCaused by: "
            + OUTSIDERS;

    var found = ProgramRefusal.in(List.of("update failed", reported), null);

    assertThat(found)
        .hasValueSatisfying(
            e -> {
              assertThat(e.reason()).isEqualTo(StackOperationException.Reason.NOT_ORG_MEMBERS);
              assertThat(e.getMessage()).isEqualTo("not members of nordic-retail: mallory");
            });
  }

  @Test
  void severalJoinedOnOneLineYieldTheFirstWhole() {
    String joined = "Error count: 2, errors: " + OUTSIDERS + ", " + OUTSIDERS.getMessage();

    assertThat(ProgramRefusal.in(List.of(joined), null))
        .map(Throwable::getMessage)
        .contains("not members of nordic-retail: mallory");
  }

  @Test
  void ordinaryFailuresAndClaimsOfOtherReasonsAreNoRefusal() {
    assertThat(ProgramRefusal.in(List.of("Repository creation failed: name already exists"), null))
        .isEmpty();
    assertThat(
            ProgramRefusal.in(
                List.of("[allotment-refusal:LOCKED] retry later [/allotment-refusal]"), null))
        .isEmpty();
    assertThatThrownBy(
            () -> new ProgramRefusal(StackOperationException.Reason.FOREIGN_STACK, "not mine"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
