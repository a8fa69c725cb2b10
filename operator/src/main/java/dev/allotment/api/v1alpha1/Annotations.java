package dev.allotment.api.v1alpha1;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;

/** Annotations users set on Allotment resources to steer the operator. */
public final class Annotations {

  /** Approves the plan whose hash the value carries (for {@code approval: Manual}). */
  public static final String APPROVE = Groups.PLATFORM + "/approve";

  /** Who approves, recorded with the approval (set it in the same command). */
  public static final String APPROVED_BY = Groups.PLATFORM + "/approved-by";

  /** {@code "true"} stops every Pulumi operation for the resource except the destroy on delete. */
  public static final String PAUSED = Groups.PLATFORM + "/paused";

  private Annotations() {}

  /** The value of annotation {@code name} on {@code resource}; empty when absent or blank. */
  public static Optional<String> of(HasMetadata resource, String name) {
    return Optional.ofNullable(resource.getMetadata().getAnnotations())
        .map(a -> a.get(name))
        .filter(v -> !v.isBlank());
  }
}
