package dev.allotment.api.v1alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * The platform team's guardrails for every TeamEnvironment and Cluster: where Azure resources and
 * clusters may go, which GitHub organizations repositories may live in, which namespaces may order
 * for which teams and stages, how changes are approved and drift is handled per stage, and the
 * baseline (Pod Security, egress, storage quota) of the namespaces the operator creates per stage,
 * and the role the teams' Entra ID groups get on their resource groups.
 *
 * <p>Cluster-scoped: only platform engineers (who may write cluster-scoped resources) own it. Every
 * setting is optional; an absent one restricts nothing.
 *
 * <p><b>Several PlatformPolicies combine</b>, so that guardrails can be split by concern or owner
 * without one weakening another:
 *
 * <ul>
 *   <li>a request must satisfy every policy: each policy that rejects it is named in the violation;
 *   <li>allowed lists intersect: a value is allowed only if every policy that has the list allows
 *       it, and the violation message lists the values all of them allow;
 *   <li>tenancy: each policy with tenancy rules must have a rule matching the request's namespace,
 *       team and stage;
 *   <li>the strictest {@code clusters.maxNodeCount} of a stage wins;
 *   <li>approval: Manual wins over Automatic, whether it comes from {@code defaults.<stage>} or
 *       {@code requireManualApprovalFor};
 *   <li>drift: the shortest {@code driftInterval} wins, and Correct wins over Report;
 *   <li>namespace baseline: the most restrictive {@code podSecurity}, DenyAll over DenyMetadata,
 *       and the smallest of each quota item win (see {@code
 *       dev.allotment.policy.PolicyEvaluator#namespaceBaseline});
 *   <li>Entra ID group role: Reader wins over Contributor (see {@code
 *       dev.allotment.policy.EntraGroupRoles#of}).
 * </ul>
 *
 * A resource's own spec may make the approval and drift settings stricter, never weaker (see {@code
 * dev.allotment.policy.PolicyEvaluator#settingsFor}); it has no say in the namespace baseline or
 * the group role.
 */
@Group(Groups.PLATFORM)
@Version(Groups.V1ALPHA1)
@ShortNames({"ppol", "ppols"})
@Categories({"allotment"})
@AdditionalPrinterColumn(
    name = "Manual Approval",
    jsonPath = ".spec.requireManualApprovalFor",
    type = AdditionalPrinterColumn.Type.STRING,
    getDescription = "Stages whose changes always need a manual approval.")
@AdditionalPrinterColumn(
    name = "Locations",
    jsonPath = ".spec.azure.allowedLocations",
    type = AdditionalPrinterColumn.Type.STRING,
    priority = 1,
    getDescription = "Allowed Azure locations.")
@AdditionalPrinterColumn(
    name = "Providers",
    jsonPath = ".spec.clusters.allowedProviders",
    type = AdditionalPrinterColumn.Type.STRING,
    priority = 1,
    getDescription = "Allowed cluster providers.")
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
public class PlatformPolicy extends CustomResource<PlatformPolicySpec, PlatformPolicyStatus> {

  @Override
  protected PlatformPolicyStatus initStatus() {
    return new PlatformPolicyStatus();
  }
}
