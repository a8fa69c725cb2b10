package dev.allotment.pulumi;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import dev.allotment.pulumi.github.ActionsEnvironmentSecret;
import dev.allotment.pulumi.github.ActionsEnvironmentSecretArgs;
import dev.allotment.pulumi.github.Provider;
import dev.allotment.pulumi.github.ProviderArgs;
import dev.allotment.pulumi.github.Repository;
import dev.allotment.pulumi.github.RepositoryArgs;
import dev.allotment.pulumi.github.RepositoryEnvironment;
import dev.allotment.pulumi.github.RepositoryEnvironmentArgs;
import dev.allotment.pulumi.github.Team;
import dev.allotment.pulumi.github.TeamArgs;
import dev.allotment.pulumi.github.inputs.RepositoryEnvironmentDeploymentBranchPolicyArgs;
import dev.allotment.pulumi.github.inputs.RepositoryEnvironmentReviewerArgs;
import dev.allotment.pulumi.github.inputs.RepositoryTemplateArgs;
import dev.allotment.pulumi.github.outputs.RepositoryEnvironmentReviewer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the GitHub bindings through the real Pulumi SDK with mocks: the schema check proves the
 * annotations name the right things, this proves the SDK serializes our inputs and deserializes the
 * provider's outputs (including nested output types) through them.
 */
class GithubBindingsMocksTest {

  /** Echoes inputs back as state, numbering teams like GitHub does, and records what it saw. */
  private static final class EchoMocks implements Mocks {
    final Map<String, Map<String, Object>> inputsByName = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
      inputsByName.put(args.name, args.inputs);
      Map<String, Object> state = new HashMap<>(args.inputs);
      String id = args.name + "-id";
      if (args.type.equals("github:index/team:Team")) {
        id = "4711";
        state.put("slug", "platform-team");
      }
      return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
    }
  }

  private final EchoMocks mocks = new EchoMocks();

  @AfterEach
  void cleanUp() {
    PulumiTest.cleanup();
  }

  @Test
  void inputsReachTheEngineUnderTheirSchemaNamesAndOutputsComeBackTyped() {
    TestResult result =
        PulumiTest.withMocks(mocks)
            .runTest(
                ctx -> {
                  var github =
                      new Provider(
                          "github",
                          ProviderArgs.builder()
                              .owner("acme")
                              .token("ghp_x")
                              .maxRetries(5)
                              .build());
                  var inOrg = CustomResourceOptions.builder().provider(github).build();
                  var team =
                      new Team(
                          "platform",
                          TeamArgs.builder().name("platform team").privacy("closed").build(),
                          inOrg);
                  var repo =
                      new Repository(
                          "app",
                          RepositoryArgs.builder()
                              .name("app")
                              .visibility("private")
                              .template(
                                  RepositoryTemplateArgs.builder()
                                      .owner("acme")
                                      .repository("service-template")
                                      .build())
                              .build(),
                          inOrg);
                  new RepositoryEnvironment(
                      "app-prod",
                      RepositoryEnvironmentArgs.builder()
                          .repository(repo.name())
                          .environment("prod")
                          .reviewers(
                              RepositoryEnvironmentReviewerArgs.builder()
                                  // Reviewers take numeric team ids; Team's id is that number.
                                  .teams(team.id().applyValue(id -> List.of(Integer.valueOf(id))))
                                  .build())
                          .deploymentBranchPolicy(
                              RepositoryEnvironmentDeploymentBranchPolicyArgs.builder()
                                  .protectedBranches(true)
                                  .customBranchPolicies(false)
                                  .build())
                          .build(),
                      inOrg);
                  new ActionsEnvironmentSecret(
                      "app-prod-kubeconfig",
                      ActionsEnvironmentSecretArgs.builder()
                          .repository(repo.name())
                          .environment("prod")
                          .secretName("KUBECONFIG")
                          .value("apiVersion: v1")
                          .build(),
                      inOrg);
                })
            .throwOnError();
    Team team = only(result, Team.class);
    RepositoryEnvironment prod = only(result, RepositoryEnvironment.class);

    // Provider configuration other than strings travels JSON-encoded (the SDK writes 5 as 5.0).
    assertThat(mocks.inputsByName.get("github"))
        .containsEntry("owner", "acme")
        .hasEntrySatisfying(
            "maxRetries",
            encoded -> assertThat(encoded).isInstanceOf(String.class).isIn("5", "5.0"));
    assertThat(mocks.inputsByName.get("app"))
        .containsEntry("template", Map.of("owner", "acme", "repository", "service-template"));
    assertThat(mocks.inputsByName.get("app-prod"))
        .containsEntry("reviewers", List.of(Map.of("teams", List.of(4711.0))))
        .containsEntry(
            "deploymentBranchPolicy",
            Map.of("protectedBranches", true, "customBranchPolicies", false));

    assertThat(value(team.slug())).isEqualTo("platform-team");
    assertThat(value(prod.reviewers()))
        .hasValueSatisfying(
            reviewers ->
                assertThat(reviewers)
                    .extracting(RepositoryEnvironmentReviewer::teams)
                    .containsExactly(List.of(4711)));
    assertThat(value(prod.deploymentBranchPolicy()))
        .hasValueSatisfying(policy -> assertThat(policy.protectedBranches()).isTrue());
  }

  private static <R extends Resource> R only(TestResult result, Class<R> type) {
    return result.resources().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow();
  }

  private static <T> T value(Output<T> output) {
    return PulumiTest.extractValue(output);
  }
}
