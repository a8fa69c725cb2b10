package dev.allotment.status;

/** The kstatus condition types every Allotment resource carries. */
public final class ConditionType {
  /** The stack matches the spec and its outputs are published. */
  public static final String READY = "Ready";

  /** The operator is working towards the spec (an operation queued, running or to be retried). */
  public static final String RECONCILING = "Reconciling";

  /** The last drift check found the real infrastructure differing from the stack. */
  public static final String DRIFTED = "Drifted";

  /** Progress is blocked until someone changes something; retrying will not help. */
  public static final String STALLED = "Stalled";

  private ConditionType() {}
}
