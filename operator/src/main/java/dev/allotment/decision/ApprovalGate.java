package dev.allotment.decision;

import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.ApprovalStatus;
import java.util.Optional;

/**
 * Whether an update that is due may run now. Pure: every branch is a row of a table test. A plan
 * belongs to the inputs (fingerprint) it was made for, so a spec change makes a new plan, with a
 * new hash, that needs a new approval. An approval is used once: when the update it let run did not
 * bring the stack up to date (it failed, or was cut off), what is left is previewed again, with a
 * new hash, and needs an approval of its own; the approval annotation that is left behind is spent
 * (status {@code approval.approvedHash} says so) and approves nothing again.
 */
public final class ApprovalGate {

  /** What to do with the due update. */
  public enum Action {
    /** Run it. */
    APPLY,
    /** Preview it first, to record the plan that needs approval. */
    PREVIEW,
    /** Wait for the annotation to carry the plan's hash. */
    AWAIT
  }

  /** The decision, and for {@link Action#AWAIT} what to tell the user. */
  public record Result(Action action, String message) {}

  private ApprovalGate() {}

  /**
   * @param approvalAnnotation value of {@code platform.allotment.dev/approve}, if set
   */
  public static Result decide(
      ApprovalMode mode,
      ApprovalStatus approval,
      String desiredFingerprint,
      Optional<String> approvalAnnotation,
      String approveHint) {
    if (mode == ApprovalMode.Automatic) {
      return new Result(Action.APPLY, "");
    }
    boolean planCurrent =
        approval != null
            && approval.getPlanHash() != null
            && desiredFingerprint.equals(approval.getFingerprint());
    boolean spent = planCurrent && approval.getPlanHash().equals(approval.getApprovedHash());
    if (!planCurrent || spent) {
      return new Result(Action.PREVIEW, "");
    }
    if (approval.getPlan() == null || approval.getPlan().isEmpty()) {
      // Nothing would change in the infrastructure: there is nothing to approve.
      return new Result(Action.APPLY, "");
    }
    String hash = approval.getPlanHash();
    if (approvalAnnotation.filter(hash::equals).isPresent()) {
      return new Result(Action.APPLY, "");
    }
    String planned =
        "plan "
            + hash
            + " ("
            + approval.getPlan().size()
            + " change"
            + (approval.getPlan().size() == 1 ? "" : "s")
            + ") awaits approval: "
            + approveHint.replace("<hash>", hash);
    return new Result(
        Action.AWAIT,
        approvalAnnotation
            .map(
                a ->
                    (a.equals(approval.getApprovedHash())
                            ? "the approval " + a + " was spent on an earlier update; "
                            : "the approval " + a + " is for another plan; ")
                        + planned)
            .orElse(planned));
  }
}
