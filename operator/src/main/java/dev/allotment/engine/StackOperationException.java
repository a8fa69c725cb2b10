package dev.allotment.engine;

/** A Pulumi operation failed. The message is the engine's, fit for status and events. */
public class StackOperationException extends Exception {

  /** Why the operation failed, as far as the caller must act differently. */
  public enum Reason {
    /** The update itself failed (provider error, program error, invalid configuration). */
    FAILED,
    /**
     * The stack is locked by another update. In-process, the operator never runs two operations on
     * a stack, so a lock it meets was left by a crashed operator.
     */
    LOCKED,
    /** The engine cannot be run at all (CLI missing, backend unreachable). */
    UNAVAILABLE,
    /**
     * The operation ran past its deadline; its CLI and every process it started were killed. The
     * stack's lock and pending operations stay behind for the next operation to recover.
     */
    DEADLINE_EXCEEDED,
    /**
     * The stack belongs to another team or stage (see {@link StackOwnership}): nothing was run, and
     * retrying cannot help until the resource or the stack changes.
     */
    FOREIGN_STACK,
    /**
     * A destroy was refused: the stack's state records that its last update applied Retain (see
     * {@link StackOwnership#mayDestroy}). Nothing was run.
     */
    STACK_RETAINED,
    /**
     * A Secret the operator would publish to exists and is someone else's: it was left untouched,
     * and retrying cannot help until it is gone or the resource is renamed.
     */
    FOREIGN_SECRET,
    /**
     * The program refused to declare team memberships for owners or contributors who are not
     * members of the GitHub organization (GitHub would invite them into it; see {@link
     * ProgramRefusal}). Retrying helps only once they have joined or the spec no longer lists them.
     */
    NOT_ORG_MEMBERS,
    /**
     * The program refused to declare the team's Entra ID group for user principal names Entra ID
     * does not know (see {@link ProgramRefusal}): a typo, or a user not created yet. Retrying helps
     * only once the user exists or the spec no longer lists the name.
     */
    ENTRA_USERS_NOT_FOUND
  }

  private final Reason reason;

  public StackOperationException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public StackOperationException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}
