package dev.allotment.reconciler;

import dev.allotment.policy.PolicyEvaluator;
import dev.allotment.policy.PolicyRequest;
import dev.allotment.policy.PolicySource;
import dev.allotment.policy.PolicyViolation;
import dev.allotment.status.Reason;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.List;
import java.util.function.Consumer;

/** Where a kind's prepare applies the platform's policies. */
final class Policies {

  private Policies() {}

  /** Refuses a request the policies forbid, naming each rule, field and the allowed values. */
  static void enforce(PolicyRequest request, PolicySource policies) throws InvalidSpecException {
    List<PolicyViolation> violations = PolicyEvaluator.evaluate(request, policies.current());
    if (!violations.isEmpty()) {
      throw new InvalidSpecException(
          violations.stream().map(PolicyViolation::toSpecProblem).toList(),
          Reason.POLICY_VIOLATION);
    }
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
