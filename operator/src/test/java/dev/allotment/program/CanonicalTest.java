package dev.allotment.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.Canonical;
import dev.allotment.testing.Examples;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint's input: canonical text with keys written out, so that renaming a Java name does
 * not re-run every stack, and complete, so that every input of the program changes it.
 */
class CanonicalTest {

  private static final ProgramDefaults DEFAULTS = ProgramDefaults.none();

  @Test
  void keysAreSortedValuesQuotedAndAbsentOptionalsLeftOut() {
    String text =
        new Canonical()
            .with("b", "x\"y\nz")
            .with("a", 3)
            .with("c", Optional.empty())
            .with("d", Optional.of(true))
            .with("e", List.of("q", "p"))
            .with("f", Map.of("z", 1, "y", Stage.PRODUCTION))
            .text();

    assertThat(text)
        .isEqualTo(
            "a=3\n"
                + "b=\"x\\\"y\\nz\"\n"
                + "d=true\n"
                + "e=[\"q\",\"p\"]\n"
                + "f={\"y\":\"PRODUCTION\",\"z\":1}\n");
  }

  @Test
  void aKeyGivenTwiceAndAValueWithoutCanonicalFormAreRefused() {
    assertThatThrownBy(() -> new Canonical().with("a", 1).with("a", 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Canonical().with("a", new Object()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyComponentOfATeamEnvironmentModelIsInItsCanonicalText() throws Exception {
    TeamEnvironmentModel model =
        TeamEnvironmentModel.resolve(Examples.development().getSpec(), DEFAULTS)
            .onCluster("https://cluster.example", "digest");
    assertThat(keys(model.canonical())).hasSize(components(model) - emptyOptionals(model));
  }

  @Test
  void everyComponentOfAClusterModelIsInItsCanonicalText() throws Exception {
    ClusterModel model = ClusterModel.resolve(Examples.cluster("vcluster"), DEFAULTS);
    assertThat(keys(model.canonical())).hasSize(components(model) - emptyOptionals(model));
  }

  @Test
  void equalModelsHaveEqualTextAndAChangedInputChangesIt() throws Exception {
    TeamEnvironmentModel model =
        TeamEnvironmentModel.resolve(Examples.development().getSpec(), DEFAULTS);
    TeamEnvironmentModel again =
        TeamEnvironmentModel.resolve(Examples.development().getSpec(), DEFAULTS);
    assertThat(again.canonical()).isEqualTo(model.canonical());
    assertThat(model.onCluster("https://a", "d").canonical()).isNotEqualTo(model.canonical());
  }

  private static List<String> keys(String text) {
    return text.lines().map(l -> l.substring(0, l.indexOf('='))).toList();
  }

  private static int components(Record model) {
    return model.getClass().getRecordComponents().length;
  }

  private static int emptyOptionals(Record model) {
    return (int)
        Arrays.stream(model.getClass().getRecordComponents())
            .map(
                c -> {
                  try {
                    return c.getAccessor().invoke(model);
                  } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .filter(v -> v instanceof Optional<?> o && o.isEmpty())
            .count();
  }
}
