package dev.allotment.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.publish.OutputsSecret;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the outputs-Secret informers keep of a Secret a tenant labels like an outputs Secret, fed by
 * a real API server's list and watch: never its labels, annotations or managed fields, and no data
 * beyond the cap; an outputs Secret as the operator writes it is kept whole enough for its digest.
 */
class OutputsSecretStoreTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private static final String KIND = "platform.allotment.dev/kind";

  @Test
  void aBigOrDecoratedSecretCostsTheCacheOnlyItsIdentity() {
    String big = "x".repeat(OutputsSecretStore.MAX_DATA_BYTES + 1);
    String note = "n".repeat(200_000);
    create("ballast", Map.of("blob", big), Map.of("note", note));
    Secret outputs =
        create("payments-dev-outputs", Map.of("kubeconfig", "apiVersion: v1"), Map.of());

    OutputsSecretStore store = new OutputsSecretStore();
    try (SharedIndexInformer<Secret> informer =
        CLUSTER
            .client()
            .secrets()
            .inNamespace(CLUSTER.namespace())
            .withLabel(KIND, "teamenvironment")
            .runnableInformer(0)) {
      informer.itemStore(store);
      informer.start();
      String prefix = CLUSTER.namespace() + "/";
      await()
          .atMost(StackResources.DEADLINE)
          .until(
              () ->
                  store.get(prefix + "ballast") != null
                      && store.get(prefix + "payments-dev-outputs") != null);

      Secret kept = store.get(prefix + "ballast");
      assertThat(kept.getData()).isNullOrEmpty();
      assertThat(kept.getStringData()).isNullOrEmpty();
      assertThat(kept.getMetadata().getAnnotations()).isNullOrEmpty();
      assertThat(kept.getMetadata().getLabels()).isNullOrEmpty();
      assertThat(kept.getMetadata().getManagedFields()).isNullOrEmpty();
      assertThat(kept.getMetadata().getResourceVersion()).isNotBlank();

      Secret small = store.get(prefix + "payments-dev-outputs");
      assertThat(OutputsSecret.digest(small))
          .isEqualTo(OutputsSecret.digest(CLUSTER.client().resource(outputs).get()));
    }
  }

  private static Secret create(String name, Map<String, String> data, Map<String, String> notes) {
    return CLUSTER
        .client()
        .secrets()
        .inNamespace(CLUSTER.namespace())
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(name)
                .withLabels(Map.of(KIND, "teamenvironment"))
                .withAnnotations(notes)
                .endMetadata()
                .withStringData(data)
                .build())
        .create();
  }
}
