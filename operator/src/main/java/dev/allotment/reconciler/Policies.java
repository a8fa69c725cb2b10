package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.OperationsSpec;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.policy.NamespaceMember;
import dev.allotment.policy.NamespaceOwnership;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicyEvaluator;
import dev.allotment.policy.PolicyRequest;
import dev.allotment.policy.PolicySource;
import dev.allotment.policy.PolicyViolation;
import dev.allotment.policy.TenancyRefusal;
import dev.allotment.program.NamespaceBaseline;
import dev.allotment.status.Reason;
import dev.allotment.validation.InvalidSpecException;
import dev.allotment.validation.SpecProblem;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where a kind's prepare applies the platform's policies. */
final class Policies {

  private Policies() {}

  /**
   * Refuses a request from a namespace the platform did not bind to its team and stage, then one
   * the policies forbid, naming each rule, field and the allowed values.
   */
  static void enforce(PolicyRequest request, PolicySource policies, NamespaceSource namespaces)
      throws InvalidSpecException {
    List<PlatformPolicy> current = policies.current();
    Optional<TenancyRefusal> refusal =
        PolicyEvaluator.tenancy(request, namespaces.binding(request.namespace()), current);
    if (refusal.isPresent()) {
      throw new InvalidSpecException(refusal.get().problems(), refusal.get().reason());
    }
    List<PolicyViolation> violations = PolicyEvaluator.evaluate(request, current);
    if (!violations.isEmpty()) {
      throw new InvalidSpecException(
          violations.stream().map(PolicyViolation::toSpecProblem).toList(),
          PolicyEvaluator.reason(violations));
    }
  }

  /**
   * The baseline of the namespaces created for {@code spec}'s stage (see {@link
   * PolicyEvaluator#namespaceBaseline}); the default for a spec without a stage, which its
   * validator refuses anyway.
   *
   * @throws InvalidSpecException with reason {@code InvalidPolicy} when a policy holds a malformed
   *     baseline value for the stage, naming the policy, the field and the fix
   */
  static NamespaceBaseline baseline(OperationsSpec spec, PolicySource policies)
      throws InvalidSpecException {
    Stage stage = spec == null ? null : spec.getStage();
    if (stage == null) {
      return NamespaceBaseline.DEFAULT;
    }
    List<PlatformPolicy> current = policies.current();
    List<SpecProblem> problems = PolicyEvaluator.namespaceBaselineProblems(stage, current);
    if (!problems.isEmpty()) {
      throw new InvalidSpecException(problems, Reason.INVALID_POLICY);
    }
    return PolicyEvaluator.namespaceBaseline(stage, current);
  }

  /**
   * Refuses a resource its namespace has no room for under the policies' caps on resources per
   * namespace (see {@link PolicyEvaluator#namespaceLimit}), counting the others of its kind in the
   * controller's cache.
   */
  static <R extends CustomResource<?, StackResourceStatus>> void namespaceHasRoom(
      R resource, Context<R> context, PolicySource policies) throws InvalidSpecException {
    String namespace = resource.getMetadata().getNamespace();
    List<NamespaceMember> others =
        context
            .getPrimaryCache()
            .list(namespace)
            .filter(
                other -> !ResourceID.fromResource(other).equals(ResourceID.fromResource(resource)))
            .map(Policies::member)
            .toList();
    Optional<SpecProblem> problem =
        PolicyEvaluator.namespaceLimit(member(resource), others, policies.current());
    if (problem.isPresent()) {
      throw new InvalidSpecException(List.of(problem.get()), Reason.NAMESPACE_LIMIT_REACHED);
    }
  }

  /**
   * A resource whose deletion began makes room in its namespace: the others that may wait for room
   * (those that never ran an operation) are asked to look again.
   */
  static <R extends CustomResource<?, StackResourceStatus>> void wakeThoseWaitingForRoom(
      R deleted, Context<R> context, Consumer<ResourceID> trigger) {
    context
        .getPrimaryCache()
        .list(deleted.getMetadata().getNamespace())
        .filter(other -> !hasStack(other))
        .map(ResourceID::fromResource)
        .filter(id -> !id.equals(ResourceID.fromResource(deleted)))
        .forEach(trigger);
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

  /** Whether an operation ever started on the resource's stack. */
  private static boolean hasStack(CustomResource<?, StackResourceStatus> resource) {
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

  /**
   * Refuses a hub namespace the program would create when it exists and is not this team's and
   * stage's (see {@link NamespaceOwnership}).
   */
  static void namespaceFree(
      String field, String name, NamespaceSource namespaces, String team, String stage, String kind)
      throws InvalidSpecException {
    Optional<SpecProblem> problem =
        NamespaceOwnership.check(field, name, namespaces.get(name), team, stage, kind);
    if (problem.isPresent()) {
      throw new InvalidSpecException(List.of(problem.get()), Reason.NAMESPACE_TAKEN);
    }
  }

  /**
   * A changed binding (labels or annotations of a Namespace) re-evaluates the resources in that
   * namespace; a deleted namespace re-evaluates every resource, since one may have waited for the
   * name to be free.
   */
  static <P extends HasMetadata> void reevaluateOnNamespaceChange(
      NamespaceSource namespaces, EventSourceContext<P> context, Consumer<ResourceID> trigger) {
    namespaces.onChange(
        (name, deleted) ->
            (deleted ? context.getPrimaryCache().list() : context.getPrimaryCache().list(name))
                .map(ResourceID::fromResource)
                .forEach(trigger));
  }

  /**
   * A changed PlatformPolicy re-evaluates every resource of this kind: {@code trigger} is asked for
   * each one once the policy source holds the change.
   */
  static <P extends HasMetadata> void reevaluateOnChange(
      PolicySource policies, EventSourceContext<P> context, Consumer<ResourceID> trigger) {
    policies.onChange(
        () -> context.getPrimaryCache().list().map(ResourceID::fromResource).forEach(trigger));
  }
}
