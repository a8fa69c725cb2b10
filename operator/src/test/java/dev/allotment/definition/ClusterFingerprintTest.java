package dev.allotment.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.decision.FingerprintUpgrade;
import dev.allotment.policy.PolicySource;
import dev.allotment.testing.Examples;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fingerprints already in the status of running Cluster stacks, as {@link
 * TeamEnvironmentFingerprintTest} pins them for TeamEnvironments. Two earlier operators wrote a
 * Cluster's fingerprint from the model's {@code toString()}:
 *
 * <ul>
 *   <li>main before canonical fingerprints (commit 48003df: program version 3, the vcluster host
 *       namespace's baseline in the model). Today's model has the same components, so its legacy
 *       form is that operator's fingerprint: the status is taken as applied and rewritten in the
 *       canonical form, no {@code up}.
 *   <li>the lifecycle branch just before them (commit c731b66: program version 2, no baseline). Its
 *       form is neither of today's: the stack runs one {@code up}, as it must, since version 3
 *       changed the program (a vcluster's host namespace gets the baseline).
 * </ul>
 *
 * The expected values were computed by running each commit's own {@code ClusterKind} on the
 * examples with these defaults.
 */
class ClusterFingerprintTest {

  /** Every default set, as for TeamEnvironments. */
  private static final ProgramDefaults DEFAULTS = TeamEnvironmentFingerprintTest.DEFAULTS;

  private final ClusterDefinition definition =
      new ClusterDefinition(DEFAULTS, PolicySource.none(), Examples.bindings());

  static Stream<Arguments> examples() {
    return Stream.of(
        // The vcluster model gained its host namespace's compute quota (issue 21, item 8): main's
        // status no longer matches, and every vcluster Cluster runs one update after upgrading.
        Arguments.of(
            "vcluster",
            "2790945c553dc87b6b88559a32afe321",
            "88d7699fe68a2985fdeb6e6a44e73744",
            "1f5f5039cb03d5088916e67c6478345b"),
        Arguments.of(
            "azure",
            "b18d510d4a6bd8823e9f0b4373d73669",
            "c299c9ee122647ab071829255e94857f",
            "deb34d7726438b729c659785fd734d4f"),
        Arguments.of(
            "digitalocean",
            "2d2c192107d6e9fb8a07d5d1ca34f72e",
            "f7e7a0e3492db36b42d3fe53e021f33f",
            "d908fe550565ea49e02281938fe4f4d7"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void aStatusFromBeforeCanonicalFingerprintsIsUpgradedOrUpdatedAsPinned(
      String provider, String canonical, String fromMain, String fromBranch) throws Exception {
    Cluster example = Examples.cluster(provider);

    var prepared = definition.prepare(example);

    assertThat(prepared.fingerprint()).as("canonical").isEqualTo(canonical);
    if (provider.equals("vcluster")) {
      assertThat(prepared.legacyFingerprint()).as("legacy").isNotEqualTo(fromMain);
      assertThat(FingerprintUpgrade.upgrade(fromMain, prepared.legacyFingerprint(), canonical))
          .as("main's status: one up, for the host's compute quota")
          .isEmpty();
    } else {
      assertThat(prepared.legacyFingerprint()).as("legacy").isEqualTo(fromMain);
      assertThat(FingerprintUpgrade.upgrade(fromMain, prepared.legacyFingerprint(), canonical))
          .as("main's status: taken as applied, no up")
          .contains(canonical);
    }
    assertThat(FingerprintUpgrade.upgrade(fromBranch, prepared.legacyFingerprint(), canonical))
        .as("the branch's status (program version 2): one up")
        .isEmpty();
  }
}
