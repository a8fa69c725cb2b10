package dev.allotment.api.v1alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * One team's environment for one stage: an Azure resource group with a GitHub Actions identity, a
 * Kubernetes namespace with quota and a deployer account, and a GitHub repository whose
 * stage-scoped environment holds the credentials.
 */
@Group(Groups.PLATFORM)
@Version(Groups.V1ALPHA1)
@ShortNames({"tenv", "tenvs"})
@Categories({"allotment"})
@AdditionalPrinterColumn(
    name = "Team",
    jsonPath = ".spec.team",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Stage",
    jsonPath = ".spec.stage",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].status",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Reason",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].reason",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
public class TeamEnvironment extends CustomResource<TeamEnvironmentSpec, StackResourceStatus>
    implements Namespaced {

  @Override
  protected StackResourceStatus initStatus() {
    return new StackResourceStatus();
  }
}
