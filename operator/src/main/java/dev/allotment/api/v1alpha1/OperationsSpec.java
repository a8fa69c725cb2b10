package dev.allotment.api.v1alpha1;

/** The spec fields every kind shares: owner, stage, deletion and how changes are applied. */
public interface OperationsSpec {

  String getTeam();

  Stage getStage();

  DeletionPolicy getDeletionPolicy();

  ApprovalMode getApproval();

  DriftPolicy getDriftPolicy();

  String getDriftInterval();
}
