package dev.allotment.api.v1alpha1;

/**
 * Where pods of a namespace the operator creates may connect to. Declared from the most permissive
 * to the strictest: policies combine to the greatest.
 */
public enum EgressPolicy {
  /**
   * Anywhere except the link-local range 169.254.0.0/16 (and fe80::/10), where clouds serve
   * instance metadata and node credentials; DNS (port 53) everywhere.
   */
  DenyMetadata,
  /**
   * Only pods of the same namespace and DNS (port 53); everything else is refused until the team
   * adds NetworkPolicies of its own.
   */
  DenyAll
}
