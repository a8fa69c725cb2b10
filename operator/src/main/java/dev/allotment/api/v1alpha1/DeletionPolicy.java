package dev.allotment.api.v1alpha1;

/** What happens to the provisioned infrastructure when the custom resource is deleted. */
public enum DeletionPolicy {
  /** Destroy the stack's resources; the finalizer is removed only after destroy succeeded. */
  Delete,
  /** Leave the infrastructure and the stack state in place; a re-applied resource adopts them. */
  Retain;

  /** The default when the spec does not say: production keeps its infrastructure. */
  public static DeletionPolicy defaultFor(Stage stage) {
    return stage == Stage.PRODUCTION ? Retain : Delete;
  }
}
