package dev.allotment.testing;

import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.util.function.Consumer;

/** A test's PlatformPolicy on the API server. */
public final class PlatformPolicies {

  private PlatformPolicies() {}

  /** Creates or replaces the policy {@code name} and waits until the API server has it. */
  public static void apply(
      KubernetesClient client, String name, Consumer<PlatformPolicySpec> spec) {
    PlatformPolicy policy = new PlatformPolicy();
    policy.getMetadata().setName(name);
    policy.setSpec(new PlatformPolicySpec());
    spec.accept(policy.getSpec());
    client.resource(policy).createOr(NonDeletingOperation::update);
    await()
        .atMost(StackResources.DEADLINE)
        .until(() -> client.resources(PlatformPolicy.class).withName(name).get(), p -> p != null);
  }
}
