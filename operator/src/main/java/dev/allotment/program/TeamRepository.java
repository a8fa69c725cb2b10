package dev.allotment.program;

import com.pulumi.core.Output;
import com.pulumi.github.ActionsEnvironmentSecret;
import com.pulumi.github.ActionsEnvironmentSecretArgs;
import com.pulumi.github.ActionsEnvironmentVariable;
import com.pulumi.github.ActionsEnvironmentVariableArgs;
import com.pulumi.github.Provider;
import com.pulumi.github.ProviderArgs;
import com.pulumi.github.Repository;
import com.pulumi.github.RepositoryArgs;
import com.pulumi.github.RepositoryEnvironment;
import com.pulumi.github.RepositoryEnvironmentArgs;
import com.pulumi.github.Team;
import com.pulumi.github.TeamArgs;
import com.pulumi.github.TeamMembership;
import com.pulumi.github.TeamMembershipArgs;
import com.pulumi.github.TeamRepositoryArgs;
import com.pulumi.github.inputs.RepositoryEnvironmentDeploymentBranchPolicyArgs;
import com.pulumi.github.inputs.RepositoryEnvironmentReviewerArgs;
import com.pulumi.github.inputs.RepositoryTemplateArgs;
import com.pulumi.resources.CustomResourceOptions;
import dev.allotment.api.v1alpha1.Stage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The team's GitHub side: two teams (everyone, and the owners) with memberships for organization
 * members only (see {@link OrganizationMembers}), the repository, and an environment named after
 * the stage that holds the deployment credentials. Scoping the credentials to the environment is
 * what stops a workflow of another stage from deploying here; for production the environment also
 * requires an owner's review and runs only from protected branches.
 */
final class TeamRepository {

  /** What GitHub Actions workflows of the environment receive. */
  record Credentials(
      Output<String> clientId,
      Output<String> tenantId,
      Output<String> resourceGroup,
      Output<String> namespace,
      Output<String> kubeconfig) {}

  /** What the rest of the program needs from GitHub. */
  record Declared(Output<String> fullName, Output<String> htmlUrl, Output<String> environment) {}

  private TeamRepository() {}

  static Declared declare(TeamEnvironmentModel model, Credentials credentials) {
    var provider =
        new Provider("github", ProviderArgs.builder().owner(model.organization()).build());
    var options = CustomResourceOptions.builder().provider(provider).build();

    var team =
        new Team(
            model.githubTeam(),
            TeamArgs.builder()
                .name(model.githubTeam())
                .description("Team " + model.team() + ", stage " + model.stage().value())
                .privacy("closed")
                .build(),
            options);
    var owners =
        new Team(
            model.githubOwnersTeam(),
            TeamArgs.builder()
                .name(model.githubOwnersTeam())
                .description("Owners of team " + model.team() + ", stage " + model.stage().value())
                .privacy("closed")
                .build(),
            options);
    // A membership of someone outside the organization is an invitation into it: none is
    // declared before GitHub has confirmed that every owner and contributor is a member.
    Output<Boolean> members = OrganizationMembers.verified(model, provider);
    Output<String> teamId = members.apply(ok -> team.id());
    Output<String> ownersId = members.apply(ok -> owners.id());
    for (String login : model.owners()) {
      membership(model.githubTeam(), teamId, login, "maintainer", options);
      membership(model.githubOwnersTeam(), ownersId, login, "maintainer", options);
    }
    for (String login : model.contributors()) {
      membership(model.githubTeam(), teamId, login, "member", options);
    }

    var repositoryArgs =
        RepositoryArgs.builder()
            .name(model.repository())
            .description("Team " + model.team() + ", stage " + model.stage().value())
            .visibility(model.visibility().value())
            .hasIssues(true)
            .deleteBranchOnMerge(true)
            .vulnerabilityAlerts(true)
            // A destroy archives the repository instead of deleting it: code is never lost.
            .archiveOnDestroy(true);
    model
        .template()
        .ifPresentOrElse(
            t -> {
              String[] parts = t.split("/", 2);
              repositoryArgs.template(
                  RepositoryTemplateArgs.builder().owner(parts[0]).repository(parts[1]).build());
            },
            () -> repositoryArgs.autoInit(true));
    var repository = new Repository(model.repository(), repositoryArgs.build(), options);

    new com.pulumi.github.TeamRepository(
        model.githubTeam() + "-access",
        TeamRepositoryArgs.builder()
            .teamId(team.id())
            .repository(repository.name())
            .permission("push")
            .build(),
        options);
    new com.pulumi.github.TeamRepository(
        model.githubOwnersTeam() + "-access",
        TeamRepositoryArgs.builder()
            .teamId(owners.id())
            .repository(repository.name())
            .permission("admin")
            .build(),
        options);

    var environmentArgs =
        RepositoryEnvironmentArgs.builder()
            .environment(model.stage().value())
            .repository(repository.name());
    if (model.stage() == Stage.PRODUCTION) {
      environmentArgs
          .reviewers(
              RepositoryEnvironmentReviewerArgs.builder()
                  .teams(owners.id().applyValue(id -> List.of(Integer.parseInt(id))))
                  .build())
          .preventSelfReview(true)
          .canAdminsBypass(false)
          .deploymentBranchPolicy(
              RepositoryEnvironmentDeploymentBranchPolicyArgs.builder()
                  .protectedBranches(true)
                  .customBranchPolicies(false)
                  .build());
    }
    var environment =
        new RepositoryEnvironment(
            model.repository() + "-" + model.stage().value(), environmentArgs.build(), options);

    Map<String, Output<String>> variables = new LinkedHashMap<>();
    variables.put("AZURE_CLIENT_ID", credentials.clientId());
    variables.put("AZURE_TENANT_ID", credentials.tenantId());
    variables.put("AZURE_SUBSCRIPTION_ID", Output.of(model.subscriptionId()));
    variables.put("AZURE_RESOURCE_GROUP", credentials.resourceGroup());
    variables.put("KUBE_NAMESPACE", credentials.namespace());
    variables.forEach(
        (name, value) ->
            new ActionsEnvironmentVariable(
                name(model, name),
                ActionsEnvironmentVariableArgs.builder()
                    .repository(repository.name())
                    .environment(environment.environment())
                    .variableName(name)
                    .value(value)
                    .build(),
                options));
    new ActionsEnvironmentSecret(
        name(model, "KUBE_CONFIG"),
        ActionsEnvironmentSecretArgs.builder()
            .repository(repository.name())
            .environment(environment.environment())
            .secretName("KUBE_CONFIG")
            .value(credentials.kubeconfig())
            .build(),
        options);

    return new Declared(repository.fullName(), repository.htmlUrl(), environment.environment());
  }

  private static void membership(
      String teamName,
      Output<String> teamId,
      String login,
      String role,
      CustomResourceOptions options) {
    // GitHub logins are case-insensitive; the resource name must not change with the spelling.
    new TeamMembership(
        teamName + "-" + login.toLowerCase(Locale.ROOT),
        TeamMembershipArgs.builder().teamId(teamId).username(login).role(role).build(),
        options);
  }

  private static String name(TeamEnvironmentModel model, String variable) {
    return model.repository()
        + "-"
        + model.stage().value()
        + "-"
        + variable.toLowerCase(Locale.ROOT);
  }
}
