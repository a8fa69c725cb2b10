/**
 * The platform team's guardrails as pure decisions: whether a TeamEnvironment or Cluster is allowed
 * by the {@link dev.allotment.api.v1alpha1.PlatformPolicy PlatformPolicies} ({@link
 * dev.allotment.policy.PolicyEvaluator#evaluate}), which approval and drift settings apply to it
 * ({@link dev.allotment.policy.PolicyEvaluator#settingsFor}), and the hash that ties an approval to
 * one plan ({@link dev.allotment.policy.PlanHash}). Nothing here reads or writes the cluster.
 */
package dev.allotment.policy;
