package dev.allotment.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.testing.Examples;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The smallest reproduction of what one undecodable object does to an informer of our types:
 * fabric8 stops the informer for good, so nothing created after it is ever seen (inside the
 * operator, JOSDK's default InformerStoppedHandler then exits the JVM). Our types decode leniently
 * so that this cannot happen.
 */
class UndecodableObjectTest {

  /**
   * A real API server refuses an object its CRD's schema does not allow, so it can never hand one
   * to an informer; the mock server stores it, as would a real server whose CRD is older than the
   * operator.
   */
  @RegisterExtension
  static final TestCluster CLUSTER =
      TestCluster.mockServer("stores an object the CRD's schema refuses");

  @Test
  void anInformerOfOurTypesSurvivesAnObjectItCannotDecode() {
    SharedIndexInformer<TeamEnvironment> informer =
        CLUSTER.client().resources(TeamEnvironment.class).inNamespace(CLUSTER.namespace()).inform();
    var generic =
        CLUSTER
            .client()
            .genericKubernetesResources(Groups.PLATFORM + "/" + Groups.V1ALPHA1, "TeamEnvironment")
            .inNamespace(CLUSTER.namespace());
    try {
      var ownersAsString = new GenericKubernetesResource();
      ownersAsString.setApiVersion(Groups.PLATFORM + "/" + Groups.V1ALPHA1);
      ownersAsString.setKind("TeamEnvironment");
      ownersAsString.setMetadata(
          new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
              .withName("owners-as-string")
              .withNamespace(CLUSTER.namespace())
              .build());
      ownersAsString.setAdditionalProperty(
          "spec",
          Map.of(
              "team",
              "payments",
              "stage",
              "development",
              "owners",
              "alice",
              "contributors",
              List.of()));
      generic.resource(ownersAsString).create();
      TeamEnvironment good = Examples.development();
      good.getMetadata().setNamespace(CLUSTER.namespace());
      CLUSTER.client().resource(good).create();

      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  !informer.isRunning()
                      || informer.getStore().getByKey(CLUSTER.namespace() + "/payments-development")
                          != null);
      assertThat(informer.isRunning()).as("informer still running").isTrue();
    } finally {
      informer.close();
    }
  }
}
