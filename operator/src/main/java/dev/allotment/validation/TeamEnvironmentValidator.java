package dev.allotment.validation;

import dev.allotment.api.v1alpha1.AzureSpec;
import dev.allotment.api.v1alpha1.GitHubSpec;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.KubernetesSpec;
import dev.allotment.api.v1alpha1.QuotaSpec;
import dev.allotment.api.v1alpha1.TeamEnvironmentSpec;
import dev.allotment.config.ProgramDefaults;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a TeamEnvironment spec against the rules the program relies on, including those that
 * depend on the operator's configuration (a default that is missing). Pure: spec and defaults in,
 * problems out.
 */
public final class TeamEnvironmentValidator {

  private TeamEnvironmentValidator() {}

  /** Every problem found, in field order; empty when the spec is valid. */
  public static List<SpecProblem> validate(TeamEnvironmentSpec spec, ProgramDefaults defaults) {
    List<SpecProblem> problems = new ArrayList<>();
    if (!SpecBasics.readable(spec, problems)) {
      return problems;
    }
    SpecBasics.teamAndStage(spec.getTeam(), spec.getStage(), problems);
    logins(spec, problems);
    Steering.check(spec, problems);
    azure(spec.getAzure(), defaults, problems);
    kubernetes(spec.getKubernetes(), problems);
    teamNamespace(spec, defaults, problems);
    github(spec.getGithub(), defaults, teamStage(spec), problems);
    return problems;
  }

  private static void logins(TeamEnvironmentSpec spec, List<SpecProblem> problems) {
    List<String> owners = Optional.ofNullable(spec.getOwners()).orElse(List.of());
    List<String> contributors = Optional.ofNullable(spec.getContributors()).orElse(List.of());
    if (owners.isEmpty()) {
      problems.add(
          new SpecProblem("spec.owners", "needs at least one GitHub login: someone must own it"));
    }
    if (owners.size() > 20) {
      problems.add(new SpecProblem("spec.owners", "has " + owners.size() + " logins; at most 20"));
    }
    if (contributors.size() > 200) {
      problems.add(
          new SpecProblem(
              "spec.contributors", "has " + contributors.size() + " logins; at most 200"));
    }
    Set<String> seen = new HashSet<>();
    checkLogins("spec.owners", owners, seen, problems);
    checkLogins("spec.contributors", contributors, seen, problems);
  }

  private static void checkLogins(
      String field, List<String> logins, Set<String> seen, List<SpecProblem> problems) {
    for (int i = 0; i < logins.size(); i++) {
      String login = logins.get(i);
      String path = field + "[" + i + "]";
      if (login == null || !Rules.GITHUB_LOGIN.matcher(login).matches()) {
        problems.add(
            new SpecProblem(
                path,
                "'"
                    + SpecBasics.abbreviate(login)
                    + "' is not a GitHub login (letters, digits, '-', at most 39)"));
      } else if (!seen.add(login.toLowerCase())) {
        problems.add(
            new SpecProblem(
                path,
                login + " is listed more than once in owners and contributors; list it once"));
      }
    }
  }

  private static void azure(AzureSpec azure, ProgramDefaults defaults, List<SpecProblem> problems) {
    Optional<AzureSpec> spec = Optional.ofNullable(azure);
    Optional<String> location = spec.map(AzureSpec::getLocation).or(defaults::azureLocation);
    if (location.isEmpty()) {
      problems.add(
          new SpecProblem(
              "spec.azure.location",
              "is required because the operator has no default location: set it, e.g."
                  + " westeurope"));
    } else {
      check(
          "spec.azure.location", location.get(), Rules.AZURE_LOCATION, "e.g. westeurope", problems);
    }
    spec.map(AzureSpec::getTags).ifPresent(tags -> azureTags(tags, problems));
    spec.map(AzureSpec::getEntraGroup).ifPresent(group -> EntraGroupRules.check(group, problems));
    Optional<String> subscription =
        spec.map(AzureSpec::getSubscriptionId).or(defaults::azureSubscriptionId);
    if (subscription.isEmpty()) {
      problems.add(
          new SpecProblem(
              "spec.azure.subscriptionId",
              "is required because the operator has no default subscription: set it to the"
                  + " subscription's GUID"));
    } else {
      check(
          "spec.azure.subscriptionId",
          subscription.get(),
          Rules.GUID,
          "a GUID like 00000000-0000-0000-0000-000000000000",
          problems);
    }
  }

  /**
   * Azure allows 50 tags; we add three ({@link OwnedNames}: a team's tags may not spell them in any
   * case). Names up to 512, values up to 256 characters.
   */
  private static void azureTags(java.util.Map<String, String> tags, List<SpecProblem> problems) {
    if (tags.size() > 40) {
      problems.add(new SpecProblem("spec.azure.tags", "has " + tags.size() + " tags; at most 40"));
    }
    tags.forEach(
        (name, value) -> {
          if (name.isEmpty() || name.length() > 512 || name.matches(".*[<>%&\\\\?/].*")) {
            problems.add(
                new SpecProblem(
                    "spec.azure.tags",
                    "'"
                        + SpecBasics.abbreviate(name)
                        + "' is not an Azure tag name (1-512, none of <>%&\\?/)"));
          } else if (OwnedNames.reservedTag(name)) {
            problems.add(
                new SpecProblem(
                    "spec.azure.tags",
                    "'"
                        + SpecBasics.abbreviate(name)
                        + "' is the operator's tag "
                        + name.strip().toLowerCase(Locale.ROOT)
                        + " (Azure compares tag names case-insensitively); the operator sets "
                        + String.join(", ", Groups.OPERATOR_TAGS)
                        + " itself: choose another name"));
          }
          if (value != null && value.length() > 256) {
            problems.add(
                new SpecProblem(
                    "spec.azure.tags." + SpecBasics.abbreviate(name),
                    "value is longer than 256 characters"));
          }
        });
  }

  private static void kubernetes(KubernetesSpec kubernetes, List<SpecProblem> problems) {
    if (kubernetes == null) {
      return;
    }
    if (kubernetes.getClusterRef() != null) {
      checkLabel("spec.kubernetes.clusterRef", kubernetes.getClusterRef(), problems);
    }
    if (kubernetes.getNamespace() != null) {
      checkLabel("spec.kubernetes.namespace", kubernetes.getNamespace(), problems);
    }
    QuotaSpec quota = kubernetes.getQuota();
    if (quota != null) {
      if (quota.getCpu() != null) {
        check("spec.kubernetes.quota.cpu", quota.getCpu(), Rules.CPU, "e.g. 4 or 2500m", problems);
      }
      if (quota.getMemory() != null) {
        check(
            "spec.kubernetes.quota.memory", quota.getMemory(), Rules.MEMORY, "e.g. 8Gi", problems);
      }
      if (quota.getPods() != null && (quota.getPods() < 1 || quota.getPods() > 10000)) {
        problems.add(
            new SpecProblem(
                "spec.kubernetes.quota.pods",
                "must be between 1 and 10000, got " + quota.getPods()));
      }
    }
  }

  /**
   * The team namespace is named from the team and stage: {@code <team>-<stage>} by default, or any
   * name under that prefix, {@code <team>-<stage>-}. Carrying the stage keeps one stage's names out
   * of another's reach: a development order cannot take {@code payments-production} (nor {@code
   * payments-prod}, which names no stage and so is no stage's). The hub's own namespaces are never
   * a team's, whatever the team is called.
   */
  private static void teamNamespace(
      TeamEnvironmentSpec spec, ProgramDefaults defaults, List<SpecProblem> problems) {
    String namespace =
        Optional.ofNullable(spec.getKubernetes()).map(KubernetesSpec::getNamespace).orElse(null);
    if (namespace == null
        || spec.getTeam() == null
        || spec.getStage() == null
        || !Rules.DNS_LABEL.matcher(namespace).matches()
        || namespace.length() > 63) {
      return; // the default follows from team and stage; a malformed name is reported on its own
    }
    String teamStage = teamStage(spec);
    if (ReservedNamespaces.isReserved(namespace, defaults)) {
      problems.add(
          new SpecProblem(
              "spec.kubernetes.namespace",
              "'"
                  + namespace
                  + "' is one of the hub's own namespaces ("
                  + ReservedNamespaces.describe(defaults)
                  + "), never a team's: leave the field out for "
                  + teamStage
                  + ", or choose a name starting with "
                  + teamStage
                  + "-"));
    } else if (!(namespace.equals(teamStage) || namespace.startsWith(teamStage + "-"))) {
      problems.add(
          new SpecProblem(
              "spec.kubernetes.namespace",
              "'"
                  + namespace
                  + "' is not under "
                  + teamStage
                  + "-, the prefix of team "
                  + spec.getTeam()
                  + " at stage "
                  + spec.getStage().value()
                  + ": team namespaces are named "
                  + teamStage
                  + " (the default; leave the field out) or start with "
                  + teamStage
                  + "-, so that no stage takes another's names"));
    }
  }

  /** {@code <team>-<stage>} for messages, as far as the spec gives it. */
  private static String teamStage(TeamEnvironmentSpec spec) {
    return Optional.ofNullable(spec.getTeam()).orElse("<team>")
        + "-"
        + Optional.ofNullable(spec.getStage()).map(s -> s.value()).orElse("<stage>");
  }

  private static void github(
      GitHubSpec github, ProgramDefaults defaults, String teamStage, List<SpecProblem> problems) {
    Optional<GitHubSpec> spec = Optional.ofNullable(github);
    Optional<String> organization =
        spec.map(GitHubSpec::getOrganization).or(defaults::githubOrganization);
    if (organization.isEmpty()) {
      problems.add(
          new SpecProblem(
              "spec.github.organization",
              "is required because the operator has no default organization: set it"));
    } else {
      check(
          "spec.github.organization",
          organization.get(),
          Rules.GITHUB_LOGIN,
          "a GitHub organization name",
          problems);
    }
    spec.map(GitHubSpec::getRepository).ifPresent(r -> repository(r, teamStage, problems));
    spec.map(GitHubSpec::getTemplate)
        .ifPresent(
            t ->
                check(
                    "spec.github.template",
                    t,
                    Rules.TEMPLATE,
                    "as <owner>/<repository>",
                    problems));
  }

  /**
   * A repository name GitHub accepts, and none of an organization's special repositories: names
   * starting with '.' ({@code .github} holds the organization's profile, default community files
   * and workflow templates for every repository; {@code .github-private} its members' profile).
   * Which names are the team's is a PlatformPolicy rule ({@code github.allowedRepositories}); these
   * no rule can allow.
   */
  private static void repository(String repository, String teamStage, List<SpecProblem> problems) {
    if (!Rules.REPOSITORY.matcher(repository).matches()) {
      check(
          "spec.github.repository",
          repository,
          Rules.REPOSITORY,
          "letters, digits, '.', '_' and '-', at most 100",
          problems);
    } else if (repository.startsWith(".")) {
      problems.add(
          new SpecProblem(
              "spec.github.repository",
              "'"
                  + repository
                  + "' starts with '.': such repositories are the organization's own (.github"
                  + " configures every repository of it), never a team's; leave the field out for "
                  + teamStage
                  + ", or choose a name starting with "
                  + teamStage
                  + "-"));
    }
  }

  private static void checkLabel(String field, String value, List<SpecProblem> problems) {
    if (value.length() > 63 || !Rules.DNS_LABEL.matcher(value).matches()) {
      problems.add(
          new SpecProblem(
              field,
              "'" + SpecBasics.abbreviate(value) + "' is not a DNS label (lowercase, at most 63)"));
    }
  }

  private static void check(
      String field, String value, Pattern rule, String hint, List<SpecProblem> problems) {
    if (!rule.matcher(value).matches()) {
      problems.add(
          new SpecProblem(field, "'" + SpecBasics.abbreviate(value) + "' is not valid: " + hint));
    }
  }
}
