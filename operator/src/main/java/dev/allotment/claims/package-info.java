/**
 * Name claims: every name a resource derives (namespace, environment, repository, cluster) has one
 * owner, recorded as a cluster-scoped NameClaim on the API server.
 */
package dev.allotment.claims;
