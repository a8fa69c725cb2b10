package dev.allotment.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.ApprovalStatus;
import dev.allotment.decision.ApprovalGate.Action;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApprovalGateTest {

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("automatic applies", ApprovalMode.Automatic, null, "f1", null, Action.APPLY),
        Arguments.of(
            "manual without a plan previews",
            ApprovalMode.Manual,
            null,
            "f1",
            null,
            Action.PREVIEW),
        Arguments.of(
            "plan for other inputs previews again",
            ApprovalMode.Manual,
            plan("f0", "h0", 2),
            "f1",
            "h0",
            Action.PREVIEW),
        Arguments.of(
            "plan not approved waits",
            ApprovalMode.Manual,
            plan("f1", "h1", 2),
            "f1",
            null,
            Action.AWAIT),
        Arguments.of(
            "approval of another plan waits",
            ApprovalMode.Manual,
            plan("f1", "h1", 2),
            "f1",
            "h0",
            Action.AWAIT),
        Arguments.of(
            "approved plan applies",
            ApprovalMode.Manual,
            plan("f1", "h1", 2),
            "f1",
            "h1",
            Action.APPLY),
        Arguments.of(
            "a spent approval of the current plan previews again",
            ApprovalMode.Manual,
            spent(plan("f1", "h1", 2), "h1"),
            "f1",
            "h1",
            Action.PREVIEW),
        Arguments.of(
            "the plan previewed after a spent approval waits for its own",
            ApprovalMode.Manual,
            spent(plan("f1", "h2", 2), "h1"),
            "f1",
            "h1",
            Action.AWAIT),
        Arguments.of(
            "empty plan needs no approval",
            ApprovalMode.Manual,
            plan("f1", "h1", 0),
            "f1",
            null,
            Action.APPLY));
  }

  private static ApprovalStatus plan(String fingerprint, String hash, int changes) {
    var approval = new ApprovalStatus();
    approval.setFingerprint(fingerprint);
    approval.setPlanHash(hash);
    approval.setPlan(Stream.generate(() -> "update t n").limit(changes).toList());
    return approval;
  }

  private static ApprovalStatus spent(ApprovalStatus approval, String approvedHash) {
    approval.setApprovedHash(approvedHash);
    return approval;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(
      String name,
      ApprovalMode mode,
      ApprovalStatus approval,
      String desired,
      String annotation,
      Action expected) {
    var result =
        ApprovalGate.decide(
            mode, approval, desired, Optional.ofNullable(annotation), "annotate with <hash>");
    assertThat(result.action()).isEqualTo(expected);
    if (expected == Action.AWAIT) {
      assertThat(result.message()).contains("annotate with " + approval.getPlanHash());
      if (annotation != null) {
        assertThat(result.message())
            .contains(
                "the approval "
                    + annotation
                    + (annotation.equals(approval.getApprovedHash())
                        ? " was spent on an earlier update"
                        : " is for another plan"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void neverAppliesAManualPlanWithChangesWithoutItsHash(
      String name,
      ApprovalMode mode,
      ApprovalStatus approval,
      String desired,
      String annotation,
      Action expected) {
    var result =
        ApprovalGate.decide(mode, approval, desired, Optional.ofNullable(annotation), "<hash>");
    boolean plannedChanges =
        approval != null
            && !approval.getPlan().isEmpty()
            && desired.equals(approval.getFingerprint());
    if (mode == ApprovalMode.Manual && plannedChanges && result.action() == Action.APPLY) {
      assertThat(annotation).isEqualTo(approval.getPlanHash());
      assertThat(annotation).isNotEqualTo(approval.getApprovedHash());
    }
  }
}
