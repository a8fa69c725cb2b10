package dev.allotment.policy;

import static dev.allotment.api.v1alpha1.ApprovalMode.Automatic;
import static dev.allotment.api.v1alpha1.ApprovalMode.Manual;
import static dev.allotment.api.v1alpha1.DriftPolicy.Correct;
import static dev.allotment.api.v1alpha1.DriftPolicy.Report;
import static dev.allotment.api.v1alpha1.Stage.DEVELOPMENT;
import static dev.allotment.api.v1alpha1.Stage.PRODUCTION;
import static dev.allotment.api.v1alpha1.Stage.TEST;
import static dev.allotment.policy.Policies.all;
import static dev.allotment.policy.Policies.defaults;
import static dev.allotment.policy.Policies.policy;
import static dev.allotment.policy.Policies.requireManual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allotment.api.v1alpha1.ApprovalMode;
import dev.allotment.api.v1alpha1.DriftPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.validation.DriftInterval;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Approval and drift settings: policies combine strictest-first, a spec only tightens them. */
class PolicySettingsTest {

  static Stream<Arguments> precedence() {
    return Stream.of(
        // description, stage, policies, spec, expected approval, drift interval, drift policy
        row("nothing set", DEVELOPMENT, List.of(), SpecSettings.NONE, Automatic, null, Report),
        row(
            "spec alone",
            DEVELOPMENT,
            List.of(),
            SpecSettings.of(Manual, "10m", Correct),
            Manual,
            "10m",
            Correct),
        row(
            "policy alone",
            DEVELOPMENT,
            List.of(policy("p", defaults(DEVELOPMENT, Automatic, "6h", Report))),
            SpecSettings.NONE,
            Automatic,
            "6h",
            Report),
        row(
            "policy Manual beats spec Automatic",
            PRODUCTION,
            List.of(policy("p", defaults(PRODUCTION, Manual, "30m", Correct))),
            SpecSettings.of(Automatic, null, null),
            Manual,
            "30m",
            Correct),
        row(
            "spec Manual tightens policy Automatic",
            DEVELOPMENT,
            List.of(policy("p", defaults(DEVELOPMENT, Automatic, null, null))),
            SpecSettings.of(Manual, null, null),
            Manual,
            null,
            Report),
        row(
            "forced stage is Manual even if defaults say Automatic",
            PRODUCTION,
            List.of(
                policy(
                    "p",
                    all(defaults(PRODUCTION, Automatic, null, null), requireManual(PRODUCTION)))),
            SpecSettings.of(Automatic, null, null),
            Manual,
            null,
            Report),
        row(
            "forced stage without defaults",
            PRODUCTION,
            List.of(policy("p", requireManual(PRODUCTION))),
            SpecSettings.NONE,
            Manual,
            null,
            Report),
        row(
            "forcing production leaves development alone",
            DEVELOPMENT,
            List.of(policy("p", requireManual(PRODUCTION))),
            SpecSettings.NONE,
            Automatic,
            null,
            Report),
        row(
            "longer spec interval is ignored",
            PRODUCTION,
            List.of(policy("p", defaults(PRODUCTION, null, "30m", null))),
            SpecSettings.of(null, "1h", null),
            Automatic,
            "30m",
            Report),
        row(
            "shorter spec interval is used",
            PRODUCTION,
            List.of(policy("p", defaults(PRODUCTION, null, "30m", null))),
            SpecSettings.of(null, "10m", null),
            Automatic,
            "10m",
            Report),
        row(
            "intervals compare across units",
            TEST,
            List.of(policy("p", defaults(TEST, null, "3600s", null))),
            SpecSettings.of(null, "59m", null),
            Automatic,
            "59m",
            Report),
        row(
            "spec interval when the policy has none",
            TEST,
            List.of(policy("p", defaults(TEST, Automatic, null, null))),
            SpecSettings.of(null, "2h", null),
            Automatic,
            "2h",
            Report),
        row(
            "interval below the minimum is raised to 1m",
            TEST,
            List.of(),
            SpecSettings.of(null, "5s", null),
            Automatic,
            "1m",
            Report),
        row(
            "policy Correct beats spec Report",
            PRODUCTION,
            List.of(policy("p", defaults(PRODUCTION, null, null, Correct))),
            SpecSettings.of(null, null, Report),
            Automatic,
            null,
            Correct),
        row(
            "spec Correct tightens policy Report",
            DEVELOPMENT,
            List.of(policy("p", defaults(DEVELOPMENT, null, null, Report))),
            SpecSettings.of(null, null, Correct),
            Automatic,
            null,
            Correct),
        row(
            "two policies: Manual wins, shortest interval wins",
            DEVELOPMENT,
            List.of(
                policy("a", defaults(DEVELOPMENT, Automatic, "6h", Report)),
                policy("b", defaults(DEVELOPMENT, Manual, "12h", Report))),
            SpecSettings.NONE,
            Manual,
            "6h",
            Report),
        row(
            "two policies: Correct wins",
            TEST,
            List.of(
                policy("a", defaults(TEST, null, "2h", Report)),
                policy("b", defaults(TEST, null, "90m", Correct))),
            SpecSettings.NONE,
            Automatic,
            "90m",
            Correct),
        row(
            "one policy forcing Manual is enough",
            PRODUCTION,
            List.of(
                policy("a", defaults(PRODUCTION, Automatic, null, null)),
                policy("b", requireManual(PRODUCTION))),
            SpecSettings.NONE,
            Manual,
            null,
            Report),
        row(
            "settings of another stage do not apply",
            TEST,
            List.of(
                policy(
                    "p",
                    all(
                        defaults(DEVELOPMENT, Manual, "1h", Correct),
                        defaults(PRODUCTION, Manual, "30m", Correct)))),
            SpecSettings.NONE,
            Automatic,
            null,
            Report),
        row(
            "a malformed policy interval (around the schema) is skipped",
            TEST,
            List.of(policy("p", defaults(TEST, null, "soon", null))),
            SpecSettings.NONE,
            Automatic,
            null,
            Report));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("precedence")
  void settings(
      String description,
      Stage stage,
      List<PlatformPolicy> policies,
      SpecSettings spec,
      ApprovalMode approval,
      String interval,
      DriftPolicy driftPolicy) {
    assertThat(PolicyEvaluator.settingsFor(stage, policies, spec))
        .isEqualTo(
            new EffectiveSettings(
                approval,
                Optional.ofNullable(interval).flatMap(DriftInterval::parse),
                driftPolicy));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"30m, PT30M", "6h, PT6H", "90s, PT1M30S", "0m, PT0S", "999999999h, PT999999999H"})
  void parsesIntervals(String text, Duration expected) {
    assertThat(DriftInterval.parse(text)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullSource
  @ValueSource(strings = {"", "6d", "1.5h", "-1h", "h", "30 m", "1000000000h", "30M"})
  void rejectsOtherIntervals(String text) {
    assertThat(DriftInterval.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"6d", "1000000000h"})
  void specSettingsRejectAMalformedInterval(String text) {
    assertThatThrownBy(() -> SpecSettings.of(null, text, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text)
        .hasMessageContaining("30m");
  }

  private static Arguments row(
      String description,
      Stage stage,
      List<PlatformPolicy> policies,
      SpecSettings spec,
      ApprovalMode approval,
      String interval,
      DriftPolicy driftPolicy) {
    return Arguments.of(description, stage, policies, spec, approval, interval, driftPolicy);
  }
}
