package dev.allotment.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.EntraGroupSpec;
import dev.allotment.api.v1alpha1.QuotaSpec;
import dev.allotment.api.v1alpha1.TeamEnvironmentSpec;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.testing.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TeamEnvironmentValidatorTest {

  private static final ProgramDefaults NONE = ProgramDefaults.none();

  @Test
  void examplesAreValid() {
    assertThat(TeamEnvironmentValidator.validate(Examples.development().getSpec(), NONE)).isEmpty();
    assertThat(TeamEnvironmentValidator.validate(Examples.production().getSpec(), NONE)).isEmpty();
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        row("missing team", s -> s.setTeam(null), "spec.team", "is required"),
        row("uppercase team", s -> s.setTeam("Payments"), "spec.team", "not a DNS label"),
        row("team too long", s -> s.setTeam("a".repeat(31)), "spec.team", "2 to 30"),
        row("hostile team", s -> s.setTeam("x\n$(rm -rf /)"), "spec.team", "not a DNS label"),
        row("missing stage", s -> s.setStage(null), "spec.stage", "development, test, production"),
        row("no owners", s -> s.setOwners(List.of()), "spec.owners", "at least one"),
        row(
            "bad owner login",
            s -> s.setOwners(List.of("alice nordic")),
            "spec.owners[0]",
            "not a GitHub login"),
        row(
            "login both owner and contributor",
            s -> s.setContributors(new ArrayList<>(List.of("Alice-Nordic"))),
            "spec.contributors[0]",
            "more than once"),
        row(
            "no location anywhere",
            s -> s.getAzure().setLocation(null),
            "spec.azure.location",
            "no default location"),
        row(
            "bad location",
            s -> s.getAzure().setLocation("West Europe"),
            "spec.azure.location",
            "westeurope"),
        row(
            "no subscription",
            s -> s.getAzure().setSubscriptionId(null),
            "spec.azure.subscriptionId",
            "no default subscription"),
        row(
            "bad subscription",
            s -> s.getAzure().setSubscriptionId("prod"),
            "spec.azure.subscriptionId",
            "GUID"),
        row(
            "bad namespace",
            s -> s.getKubernetes().setNamespace("Team_NS"),
            "spec.kubernetes.namespace",
            "DNS label"),
        row(
            "bad clusterRef",
            s -> s.getKubernetes().setClusterRef("Dev_Cluster"),
            "spec.kubernetes.clusterRef",
            "DNS label"),
        row(
            "bad cpu",
            s -> s.getKubernetes().getQuota().setCpu("four"),
            "spec.kubernetes.quota.cpu",
            "2500m"),
        row(
            "bad memory",
            s -> s.getKubernetes().getQuota().setMemory("8 GB"),
            "spec.kubernetes.quota.memory",
            "8Gi"),
        row(
            "zero pods",
            s -> s.getKubernetes().getQuota().setPods(0),
            "spec.kubernetes.quota.pods",
            "between 1 and 10000"),
        row(
            "no organization",
            s -> s.getGithub().setOrganization(null),
            "spec.github.organization",
            "no default organization"),
        row(
            "bad repository",
            s -> s.getGithub().setRepository("my repo"),
            "spec.github.repository",
            "at most 100"),
        row(
            "bad template",
            s -> s.getGithub().setTemplate("no-slash"),
            "spec.github.template",
            "<owner>/<repository>"),
        row(
            "huge value is abbreviated",
            s -> s.setTeam("x".repeat(100_000)),
            "spec.team",
            "2 to 30"),
        row(
            "too many owners",
            s -> s.setOwners(IntStream.range(0, 21).mapToObj(i -> "o" + i).toList()),
            "spec.owners",
            "at most 20"),
        row(
            "too many contributors",
            s -> s.setContributors(IntStream.range(0, 201).mapToObj(i -> "c" + i).toList()),
            "spec.contributors",
            "at most 200"),
        row(
            "too many tags",
            s ->
                s.getAzure()
                    .setTags(
                        IntStream.range(0, 41)
                            .boxed()
                            .collect(Collectors.toMap(i -> "t" + i, i -> "v"))),
            "spec.azure.tags",
            "at most 40"),
        row(
            "bad tag name",
            s -> s.getAzure().setTags(Map.of("a/b", "v")),
            "spec.azure.tags",
            "not an Azure tag name"),
        row(
            "bad drift interval",
            s -> s.setDriftInterval("soon"),
            "spec.driftInterval",
            "30m or 6h"),
        row(
            "overflowing drift interval",
            s -> s.setDriftInterval("99999999999999999999h"),
            "spec.driftInterval",
            "not a duration"),
        row(
            "Entra group without owners",
            s -> entraGroup(s, List.of(), List.of("bob@nordic-retail.com")),
            "spec.azure.entraGroup.owners",
            "at least one"),
        row(
            "Entra owner that is a GitHub login",
            s -> entraGroup(s, List.of("alice@nordic-retail.com", "bob", "alice-nordic"), null),
            "spec.azure.entraGroup.owners[1]",
            "neither a user principal name (alice@nordic-retail.com"),
        row(
            "Entra contributor with a malformed GUID",
            s ->
                entraGroup(
                    s,
                    List.of("alice@nordic-retail.com"),
                    List.of("6f1f3c0e-0000-4000-8000-00000000b0b")),
            "spec.azure.entraGroup.contributors[0]",
            "nor an object id (a GUID)"),
        row(
            "Entra UPN over Entra ID's length",
            s -> entraGroup(s, List.of("a".repeat(60) + "@" + "b".repeat(60) + ".com"), null),
            "spec.azure.entraGroup.owners[0]",
            "at most 113 characters"),
        row(
            "Entra owner listed again as contributor, other case",
            s ->
                entraGroup(
                    s,
                    List.of("alice@nordic-retail.com"),
                    List.of("bob@nordic-retail.com", "Alice@Nordic-Retail.com")),
            "spec.azure.entraGroup.contributors[1]",
            "more than once"),
        row(
            "Entra object id listed twice",
            s ->
                entraGroup(
                    s,
                    List.of(
                        "6f1f3c0e-0000-4000-8000-000000000b0b",
                        "6F1F3C0E-0000-4000-8000-000000000B0B"),
                    null),
            "spec.azure.entraGroup.owners[1]",
            "list it once"),
        row(
            "too many Entra contributors",
            s ->
                entraGroup(
                    s,
                    List.of("alice@nordic-retail.com"),
                    IntStream.range(0, 101).mapToObj(i -> "u" + i + "@nordic-retail.com").toList()),
            "spec.azure.entraGroup.contributors",
            "at most 100"));
  }

  private static void entraGroup(
      TeamEnvironmentSpec spec, List<String> owners, List<String> contributors) {
    EntraGroupSpec group = new EntraGroupSpec();
    group.setOwners(owners);
    group.setContributors(contributors);
    spec.getAzure().setEntraGroup(group);
  }

  private static Arguments row(
      String name, Consumer<TeamEnvironmentSpec> change, String field, String hint) {
    return Arguments.of(name, change, field, hint);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void namesTheFieldAndTheFix(
      String name, Consumer<TeamEnvironmentSpec> change, String field, String hint) {
    TeamEnvironmentSpec spec = Examples.development().getSpec();
    change.accept(spec);

    List<SpecProblem> problems = TeamEnvironmentValidator.validate(spec, NONE);

    assertThat(problems).extracting(SpecProblem::field).contains(field);
    assertThat(problems)
        .filteredOn(p -> p.field().equals(field))
        .first()
        .satisfies(
            p -> {
              assertThat(p.message()).contains(hint);
              assertThat(p.message().length()).isLessThan(300);
            });
  }

  @Test
  void missingSpecIsOneProblem() {
    assertThat(TeamEnvironmentValidator.validate(null, NONE))
        .containsExactly(new SpecProblem("spec", "is required"));
  }

  @Test
  void operatorDefaultsFillWhatTheSpecLeavesOut() {
    TeamEnvironmentSpec spec = Examples.development().getSpec();
    spec.setAzure(null);
    spec.setGithub(null);
    var defaults =
        new ProgramDefaults(
            Optional.of("nordic-retail"),
            Optional.of("11111111-2222-3333-4444-555555555555"),
            Optional.of("westeurope"),
            "argocd",
            false,
            "https://hub");

    assertThat(TeamEnvironmentValidator.validate(spec, defaults)).isEmpty();
  }

  @Test
  void entraGroupOfUserPrincipalNamesAndObjectIdsIsValid() {
    TeamEnvironmentSpec spec = Examples.development().getSpec();
    entraGroup(
        spec,
        List.of("alice@nordic-retail.com", "o'neil.j_x@sub.nordic-retail.co.uk"),
        List.of(
            "6f1f3c0e-0000-4000-8000-000000000b0b",
            "bob_contoso.com#EXT#@nordicretail.onmicrosoft.com"));

    assertThat(TeamEnvironmentValidator.validate(spec, NONE)).isEmpty();
  }

  @Test
  void quotaMayBeLeftToDefaults() {
    TeamEnvironmentSpec spec = Examples.development().getSpec();
    spec.getKubernetes().setQuota(new QuotaSpec());
    assertThat(TeamEnvironmentValidator.validate(spec, NONE)).isEmpty();
  }
}
