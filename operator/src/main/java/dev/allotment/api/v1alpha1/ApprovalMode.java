package dev.allotment.api.v1alpha1;

/** Whether changes are applied as soon as they are planned, or after a person approves. */
public enum ApprovalMode {
  /** Apply every change at once. */
  Automatic,
  /**
   * Preview first, record the plan and its hash in status, and apply only when the annotation
   * {@code platform.allotment.dev/approve} carries that hash.
   */
  Manual
}
