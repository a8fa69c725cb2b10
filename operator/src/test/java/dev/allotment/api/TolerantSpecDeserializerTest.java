package dev.allotment.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.validation.ClusterValidator;
import dev.allotment.validation.SpecProblem;
import dev.allotment.validation.TeamEnvironmentValidator;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A spec that does not fit its Java type is read as a problem to report, never a failure. */
class TolerantSpecDeserializerTest {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private static TeamEnvironment environment(String spec) {
    return JSON.unmarshal(
        "{\"apiVersion\":\"platform.allotment.dev/v1alpha1\",\"kind\":\"TeamEnvironment\","
            + "\"metadata\":{\"name\":\"x\"},\"spec\":"
            + spec
            + "}",
        TeamEnvironment.class);
  }

  @Test
  void aWellFormedSpecReadsAsBefore() {
    TeamEnvironment read =
        environment("{\"team\":\"payments\",\"stage\":\"production\",\"owners\":[\"alice\"]}");
    assertThat(read.getSpec().getMalformed()).isNull();
    assertThat(read.getSpec().getStage()).isEqualTo(Stage.PRODUCTION);
    assertThat(read.getSpec().getOwners()).containsExactly("alice");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "owners as a string | {\"team\":\"payments\",\"owners\":\"alice\"} | spec.owners",
        "unknown stage | {\"team\":\"payments\",\"stage\":\"prod\"} | spec.stage",
        "stage as a number | {\"team\":\"payments\",\"stage\":1} | spec.stage",
        "team as a boolean | {\"team\":true} | spec.team",
        "pods as text | {\"kubernetes\":{\"quota\":{\"pods\":\"many\"}}} | spec.kubernetes.quota.pods",
        "azure as a list | {\"azure\":[1,2]} | spec.azure"
      })
  void aMalformedSpecStallsNamingTheField(String name, String spec, String field) {
    TeamEnvironment read = environment(spec);

    assertThat(read.getSpec().getMalformed()).startsWith(field + ": ");
    assertThat(TeamEnvironmentValidator.validate(read.getSpec(), ProgramDefaults.none()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo(field);
              assertThat(p.message()).contains("wrong type or an unknown value");
            });
  }

  @Test
  void clustersToo() {
    Cluster read =
        JSON.unmarshal(
            "{\"apiVersion\":\"platform.allotment.dev/v1alpha1\",\"kind\":\"Cluster\","
                + "\"metadata\":{\"name\":\"c\"},\"spec\":{\"provider\":\"gke\","
                + "\"nodePool\":{\"count\":1.5}}}",
            Cluster.class);

    assertThat(ClusterValidator.validate(read.getSpec(), ProgramDefaults.none()))
        .extracting(SpecProblem::field)
        .singleElement()
        .asString()
        .startsWith("spec.");
  }
}
