package dev.allotment.api.v1alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * One name that a TeamEnvironment or Cluster derives (a namespace, a repository, a team's
 * environment, a cloud cluster name), and the resource that owns it. Cluster-scoped and written
 * only by the operator: the API server's create-if-absent decides which of two racing claimants
 * owns a name, and the claim outlives an operator restart. Teams read them ({@code kubectl get
 * nameclaims}) to see who has a name.
 */
@Group(Groups.PLATFORM)
@Version(Groups.V1ALPHA1)
@ShortNames({"nclaim", "nclaims"})
@Categories({"allotment"})
@AdditionalPrinterColumn(
    name = "Kind",
    jsonPath = ".spec.kind",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Claimed",
    jsonPath = ".spec.name",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Owner",
    jsonPath = ".spec.owner.name",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Team",
    jsonPath = ".spec.team",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Stage",
    jsonPath = ".spec.stage",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Applied",
    jsonPath = ".spec.applied",
    type = AdditionalPrinterColumn.Type.BOOLEAN)
@AdditionalPrinterColumn(
    name = "Retained",
    jsonPath = ".spec.retained",
    type = AdditionalPrinterColumn.Type.BOOLEAN)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
public class NameClaim extends CustomResource<NameClaimSpec, Void> {}
