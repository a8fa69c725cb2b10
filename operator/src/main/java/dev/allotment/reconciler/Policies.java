package dev.allotment.reconciler;

import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.policy.PolicyEvaluator;
import dev.allotment.policy.PolicyRequest;
import dev.allotment.policy.PolicySource;
import dev.allotment.policy.PolicyViolation;
import dev.allotment.status.Reason;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.List;
import java.util.stream.Collectors;

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

  /** A changed PlatformPolicy re-evaluates every resource of this kind. */
  static <P extends HasMetadata> InformerEventSource<PlatformPolicy, P> policyChanges(
      EventSourceContext<P> context, Class<P> primary) {
    return new InformerEventSource<>(
        InformerEventSourceConfiguration.from(PlatformPolicy.class, primary)
            .withName("platform-policies")
            .withSecondaryToPrimaryMapper(
                (PlatformPolicy policy) ->
                    context
                        .getPrimaryCache()
                        .list()
                        .map(ResourceID::fromResource)
                        .collect(Collectors.toSet()))
            .build(),
        context);
  }
}
