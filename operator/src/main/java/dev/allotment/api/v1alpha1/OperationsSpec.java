package dev.allotment.api.v1alpha1;

/** The spec fields that steer how changes are applied, shared by every kind. */
public interface OperationsSpec {

  ApprovalMode getApproval();

  DriftPolicy getDriftPolicy();

  String getDriftInterval();

  Stage getStage();
}
