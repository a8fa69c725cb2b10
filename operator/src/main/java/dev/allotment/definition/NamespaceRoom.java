package dev.allotment.definition;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import dev.allotment.policy.NamespaceMember;
import dev.allotment.policy.PolicyEvaluator;
import dev.allotment.policy.PolicySource;
import dev.allotment.status.Reason;
import dev.allotment.validation.InvalidSpecException;
import dev.allotment.validation.SpecProblem;
import io.fabric8.kubernetes.client.CustomResource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Whether a namespace has room for one more resource under the policies' caps per namespace. */
public final class NamespaceRoom {

  private NamespaceRoom() {}

  /**
   * Refuses a resource its namespace has no room for under the policies' caps on resources per
   * namespace (see {@link PolicyEvaluator#namespaceLimit}).
   *
   * @param others the other resources of its kind in its namespace, as the controller's cache has
   *     them
   */
  public static <R extends CustomResource<?, StackResourceStatus>> void check(
      R resource, List<R> others, PolicySource policies) throws InvalidSpecException {
    Optional<SpecProblem> problem =
        PolicyEvaluator.namespaceLimit(
            member(resource),
            others.stream().map(NamespaceRoom::member).toList(),
            policies.current());
    if (problem.isPresent()) {
      throw new InvalidSpecException(List.of(problem.get()), Reason.NAMESPACE_LIMIT_REACHED);
    }
  }

  /**
   * Whether an operation ever started on the resource's stack; one that never did may be waiting
   * for room.
   */
  public static boolean hasStack(CustomResource<?, StackResourceStatus> resource) {
    Optional<StackStatus> stack =
        Optional.ofNullable(resource.getStatus()).map(StackResourceStatus::getStack);
    return stack
        .filter(
            s ->
                s.getLastUpdate() != null
                    || s.getCurrentUpdate() != null
                    || s.getAppliedFingerprint() != null)
        .isPresent();
  }

  private static <R extends CustomResource<?, StackResourceStatus>> NamespaceMember member(
      R resource) {
    var metadata = resource.getMetadata();
    return new NamespaceMember(
        resource.getKind(),
        metadata.getNamespace(),
        metadata.getName(),
        Optional.ofNullable(metadata.getCreationTimestamp())
            .map(Instant::parse)
            .orElse(Instant.MAX),
        hasStack(resource),
        metadata.getDeletionTimestamp() != null);
  }
}
