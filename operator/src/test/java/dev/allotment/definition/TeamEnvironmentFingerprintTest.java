package dev.allotment.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.policy.PolicySource;
import dev.allotment.program.TeamEnvironmentModel;
import dev.allotment.testing.Examples;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fingerprints already in the status of running stacks: a new optional field of the spec (such as
 * {@code azure.entraGroup}) must not change them for specs that leave it out, or every stack runs
 * {@code up} after an upgrade. The expected values were computed by the operator before the Entra
 * ID group existed (commit 7040c39), in both forms: the canonical one and the legacy {@code
 * toString()} one it still recognises.
 */
class TeamEnvironmentFingerprintTest {

  /** Every default set, so that the values do not depend on what the examples leave out. */
  static final ProgramDefaults DEFAULTS =
      new ProgramDefaults(
          Optional.of("nordic-retail"),
          Optional.of("11111111-2222-3333-4444-555555555555"),
          Optional.of("westeurope"),
          "gitops",
          false,
          "https://hub.example.com:6443");

  private final TeamEnvironmentDefinition definition =
      new TeamEnvironmentDefinition(
          DEFAULTS,
          (namespace, name, team, stage) -> {
            throw new AssertionError("no example here names a Cluster");
          },
          PolicySource.none(),
          Examples.bindings());

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "development",
            Examples.development(),
            "99957fa747980132b04e98b3bc070cc5",
            "540fd3fd81fffe20e1a7908d86d56c3d"),
        Arguments.of(
            "production without its Entra ID group",
            withoutEntraGroup(Examples.production()),
            "83441e781dfb83e7b6c00af62b9b28da",
            "ac44cfd5ad84729f26a947e846a2ca15"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void aSpecWithoutTheNewFieldsKeepsItsFingerprints(
      String name, TeamEnvironment example, String canonical, String legacy) throws Exception {
    var prepared = definition.prepare(example);

    assertThat(prepared.fingerprint()).as("canonical").isEqualTo(canonical);
    assertThat(prepared.legacyFingerprint()).as("legacy").isEqualTo(legacy);
    assertThat(TeamEnvironmentModel.resolve(example.getSpec(), DEFAULTS).canonical())
        .doesNotContain("entraGroup");
  }

  @Test
  void theEntraGroupIsInTheFingerprintWhereTheSpecHasOne() throws Exception {
    var with = definition.prepare(Examples.production());
    var without = definition.prepare(withoutEntraGroup(Examples.production()));

    assertThat(with.fingerprint()).isNotEqualTo(without.fingerprint());
    assertThat(with.legacyFingerprint()).isNotEqualTo(without.legacyFingerprint());
    assertThat(TeamEnvironmentModel.resolve(Examples.production().getSpec(), DEFAULTS).canonical())
        .contains(
            "azure.entraGroup={\"contributors\":[\"6f1f3c0e-0000-4000-8000-000000000b0b\"],"
                + "\"owners\":[\"alice@nordic-retail.com\",\"dave@nordic-retail.com\"],"
                + "\"role\":\"Reader\"}\n");
  }

  private static TeamEnvironment withoutEntraGroup(TeamEnvironment environment) {
    environment.getSpec().getAzure().setEntraGroup(null);
    return environment;
  }
}
