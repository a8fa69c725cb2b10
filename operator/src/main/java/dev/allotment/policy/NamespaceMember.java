package dev.allotment.policy;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A TeamEnvironment or Cluster as a namespace's caps count it (see {@link
 * PolicyEvaluator#namespaceLimit}).
 *
 * @param kind {@link PolicyRequest#TEAM_ENVIRONMENT} or {@link PolicyRequest#CLUSTER}
 * @param namespace its namespace
 * @param name its name, which breaks ties of creation time (the API server's are in seconds)
 * @param created its metadata.creationTimestamp
 * @param hasStack whether an operation ever started on its stack: it holds infrastructure
 * @param deleting whether its deletion has begun
 */
public record NamespaceMember(
    String kind,
    String namespace,
    String name,
    Instant created,
    boolean hasStack,
    boolean deleting) {

  private static final Comparator<NamespaceMember> CREATION_ORDER =
      Comparator.comparing(NamespaceMember::created).thenComparing(NamespaceMember::name);

  public NamespaceMember {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(created, "created");
  }

  /** Whether this one was created before {@code other}. */
  boolean createdBefore(NamespaceMember other) {
    return CREATION_ORDER.compare(this, other) < 0;
  }
}
