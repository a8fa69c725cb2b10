/**
 * The platform team's guardrails as pure decisions: whether a TeamEnvironment or Cluster is allowed
 * by the {@link dev.allotment.api.v1alpha1.PlatformPolicy PlatformPolicies} ({@link
 * dev.allotment.policy.PolicyEvaluator#evaluate}), which approval and drift settings apply to it
 * ({@link dev.allotment.policy.PolicyEvaluator#settingsFor}), which baseline the namespaces of a
 * stage get ({@link dev.allotment.policy.PolicyEvaluator#namespaceBaseline}), which role the Entra
 * ID groups of a stage get ({@link dev.allotment.policy.EntraGroupRoles#of}), and the hash that
 * ties an approval to one plan ({@link dev.allotment.policy.PlanHash}), and tenancy: whether a
 * namespace is bound to a request's team and stage ({@link
 * dev.allotment.policy.PolicyEvaluator#tenancy}), whether an existing namespace is the request's
 * ({@link dev.allotment.policy.NamespaceOwnership}). The decisions read nothing; {@link
 * dev.allotment.policy.PolicySource} and {@link dev.allotment.policy.NamespaceSource} observe the
 * cluster for them.
 */
package dev.allotment.policy;
