package dev.allotment.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hash an approval carries: stable for the same plan, different for any other. */
class PlanHashTest {

  private static final List<String> PLAN =
      List.of(
          "create azure-native:resources:ResourceGroup rg-payments-production",
          "create azure-native:managedidentity:UserAssignedIdentity id-payments-production",
          "update kubernetes:core/v1:ResourceQuota quota",
          "delete github:index/repositoryEnvironment:RepositoryEnvironment staging");

  @Test
  void isSixteenHexDigitsAndPinned() {
    // Pinned: changing the canonical text would invalidate every approval already given.
    assertThat(PlanHash.of(PLAN)).matches("[0-9a-f]{16}").isEqualTo("25ac6048fbbcf9fd");
    assertThat(PlanHash.of(Map.of("create", 2, "update", 1))).isEqualTo("1971e81859643468");
  }

  @Test
  void aPreviewsHashBindsTheSpecTheGenerationAndTheInstant() {
    String hash = PlanHash.ofPreview("f1", 4, "2026-12-08T10:00:00Z", PLAN);
    assertThat(hash)
        .matches("[0-9a-f]{16}")
        .isEqualTo(PlanHash.ofPreview("f1", 4, "2026-12-08T10:00:00Z", PLAN))
        .isNotEqualTo(PlanHash.of(PLAN))
        .isNotEqualTo(PlanHash.ofPreview("f2", 4, "2026-12-08T10:00:00Z", PLAN))
        .isNotEqualTo(PlanHash.ofPreview("f1", 5, "2026-12-08T10:00:00Z", PLAN))
        .isNotEqualTo(PlanHash.ofPreview("f1", 4, "2026-12-08T10:00:01Z", PLAN))
        .isNotEqualTo(PlanHash.ofPreview("f1", 4, "2026-12-08T10:00:00Z", PLAN.subList(1, 4)));
  }

  @Test
  void linesInAnyOrderHashTheSame() {
    String expected = PlanHash.of(PLAN);
    List<String> shuffled = new ArrayList<>(PLAN);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(shuffled);
      assertThat(PlanHash.of(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void changeCountsInAnyOrderHashTheSame() {
    Map<String, Integer> one = new LinkedHashMap<>();
    one.put("create", 3);
    one.put("update", 1);
    one.put("delete", 2);
    Map<String, Integer> other = new LinkedHashMap<>();
    other.put("delete", 2);
    other.put("create", 3);
    other.put("update", 1);

    assertThat(PlanHash.of(one)).isEqualTo(PlanHash.of(other));
  }

  @Test
  void zeroCountsAreNoPartOfThePlan() {
    assertThat(PlanHash.of(Map.of("create", 1, "delete", 0)))
        .isEqualTo(PlanHash.of(Map.of("create", 1)));
  }

  static Stream<Arguments> differentPlans() {
    List<String> oneMore = new ArrayList<>(PLAN);
    oneMore.add("create kubernetes:core/v1:Secret kubeconfig");
    List<String> twice = new ArrayList<>(PLAN);
    twice.add(PLAN.get(0));
    List<String> edited = new ArrayList<>(PLAN);
    edited.set(2, "replace kubernetes:core/v1:ResourceQuota quota");
    return Stream.of(
        Arguments.of("a line more", PlanHash.of(oneMore)),
        Arguments.of("a line less", PlanHash.of(PLAN.subList(1, PLAN.size()))),
        Arguments.of("a line twice", PlanHash.of(twice)),
        Arguments.of("a line changed", PlanHash.of(edited)),
        Arguments.of("lines joined", PlanHash.of(List.of(String.join("\n", PLAN)))),
        Arguments.of("no lines", PlanHash.of(List.of())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("differentPlans")
  void anyChangeToThePlanChangesTheHash(String description, String hash) {
    assertThat(hash).isNotEqualTo(PlanHash.of(PLAN));
  }

  static Stream<Arguments> differentCounts() {
    return Stream.of(
        Arguments.of("count changed", Map.of("create", 3, "update", 1)),
        Arguments.of("kind added", Map.of("create", 2, "update", 1, "delete", 1)),
        Arguments.of("kind removed", Map.of("create", 2)),
        Arguments.of("kinds swapped", Map.of("create", 1, "update", 2)),
        Arguments.of("no changes", Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("differentCounts")
  void anyChangeToTheCountsChangesTheHash(String description, Map<String, Integer> changes) {
    assertThat(PlanHash.of(changes)).isNotEqualTo(PlanHash.of(Map.of("create", 2, "update", 1)));
  }

  @Test
  void countsAndLinesAreDifferentForms() {
    assertThat(PlanHash.of(Map.of("create", 1))).isNotEqualTo(PlanHash.of(List.of("create=1")));
  }
}
