package dev.allotment.api.v1alpha1;

/** Annotations users set on Allotment resources to steer the operator. */
public final class Annotations {

  /** Approves the plan whose hash the value carries (for {@code approval: Manual}). */
  public static final String APPROVE = Groups.PLATFORM + "/approve";

  /** Who approves, recorded with the approval (set it in the same command). */
  public static final String APPROVED_BY = Groups.PLATFORM + "/approved-by";

  /** {@code "true"} stops every Pulumi operation for the resource except the destroy on delete. */
  public static final String PAUSED = Groups.PLATFORM + "/paused";

  private Annotations() {}
}
