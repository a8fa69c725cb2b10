package dev.allotment.pulumi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.pulumi.core.internal.Internal;
import dev.allotment.pulumi.github.ActionsEnvironmentSecret;
import dev.allotment.pulumi.github.ActionsEnvironmentSecretArgs;
import dev.allotment.pulumi.github.ActionsEnvironmentVariable;
import dev.allotment.pulumi.github.GithubFunctions;
import dev.allotment.pulumi.github.Provider;
import dev.allotment.pulumi.github.ProviderArgs;
import dev.allotment.pulumi.github.Repository;
import dev.allotment.pulumi.github.RepositoryEnvironment;
import dev.allotment.pulumi.github.Team;
import dev.allotment.pulumi.github.TeamMembership;
import dev.allotment.pulumi.github.TeamRepository;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the hand-written provider bindings to the provider schemas they claim to implement, and
 * proves with deliberately broken bindings that the check is not vacuous.
 */
class BindingSchemaConformanceTest {

  static final String GITHUB_PLUGIN_VERSION = "6.15.0";

  static final List<Class<?>> GITHUB_BINDINGS =
      List.of(
          Provider.class,
          Team.class,
          TeamMembership.class,
          Repository.class,
          TeamRepository.class,
          RepositoryEnvironment.class,
          ActionsEnvironmentSecret.class,
          ActionsEnvironmentVariable.class);

  private static SchemaConformance github;

  @BeforeAll
  static void loadSchema() {
    github = SchemaConformance.forPackage("github", GITHUB_PLUGIN_VERSION);
  }

  @Test
  void githubBindingsConformToTheProviderSchema() {
    List<String> problems = github.problems(GITHUB_BINDINGS);

    assertThat(problems)
        .as("GitHub bindings vs github.schema.json:%s", SchemaConformance.describe(problems))
        .isEmpty();
  }

  @Test
  void githubFunctionBindingConformsToTheProviderSchema() {
    List<String> problems =
        github.functionProblems(
            "github:index/getOrganization:getOrganization",
            GithubFunctions.class,
            "getOrganization");

    assertThat(problems).as(SchemaConformance.describe(problems)).isEmpty();
  }

  static Stream<Arguments> brokenGithubBindings() {
    return Stream.of(
        arguments(
            BrokenBindings.UnknownToken.class,
            List.of("'github:index/teamMembershp:TeamMembershp' is neither a resource")),
        arguments(
            BrokenBindings.MisspelledInput.class,
            List.of(
                "MisspelledInputArgs.userName: no input property 'userName' in the schema"
                    + " (did you mean 'username'?)",
                "required input 'username' is not bound")),
        arguments(
            BrokenBindings.UnmarkedRequiredInput.class,
            List.of(
                "UnmarkedRequiredInputArgs.username: the schema requires this input, but @Import"
                    + " lacks required = true")),
        arguments(
            BrokenBindings.WrongInputType.class,
            List.of("WrongInputTypeArgs.teamId: type must be String, is java.lang.Integer")),
        arguments(
            BrokenBindings.WrongNestedInputType.class,
            List.of("SlugReviewerArgs.teams[]: type must be Integer, is java.lang.String")),
        arguments(
            BrokenBindings.ProviderWithoutJson.class,
            List.of("ProviderWithoutJsonArgs.maxRetries: @Import json must be true")),
        arguments(
            BrokenBindings.WrongExportShape.class,
            List.of("@Export etag: refs must be [String.class]", "@Export etag: tree must be [0]")),
        arguments(
            BrokenBindings.MisspelledExport.class,
            List.of("@Export etags: no output property 'etags'")),
        arguments(
            BrokenBindings.MissingSecretOutputs.class,
            List.of(
                "additionalSecretOutputs lacks the schema's secret outputs"
                    + " [encryptedValue, plaintextValue, value, valueEncrypted]")),
        arguments(
            BrokenBindings.MissingPluginVersion.class,
            List.of("makeResourceOptions: version must be 6.15.0, is ''")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenGithubBindings")
  void checkerReportsExactlyThePlantedMistake(Class<?> binding, List<String> expected) {
    List<String> problems = github.problems(binding);

    assertThat(problems).as(SchemaConformance.describe(problems)).hasSameSizeAs(expected);
    for (String fragment : expected) {
      assertThat(problems).anySatisfy(problem -> assertThat(problem).contains(fragment));
    }
  }

  @SuppressWarnings("unused") // read reflectively below
  private static final class Shapes {
    String plain;
    List<String> list;
    Map<String, String> map;
    List<Map<String, Integer>> nested;
  }

  /** The examples Pulumi's Java code generator documents for {@code @Export(refs, tree)}. */
  @Test
  void exportTreesFollowTheGeneratorsShape() throws NoSuchFieldException {
    assertThat(tree("plain")).isEqualTo("[0]");
    assertThat(tree("list")).isEqualTo("[0,1]");
    assertThat(tree("map")).isEqualTo("[0,1,1]");
    assertThat(tree("nested")).isEqualTo("[0,[1,2,3]]");
  }

  private static String tree(String field) throws NoSuchFieldException {
    Type type = Shapes.class.getDeclaredField(field).getGenericType();
    return SchemaConformance.shapeTree(type, new ArrayList<>(), true);
  }

  @Test
  void aMissingSchemaFailsLoudlyInsteadOfSkipping() {
    assertThatThrownBy(() -> SchemaConformance.schemaFile("no-such-provider"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("testdata/upstream/pulumi-schemas/no-such-provider.schema.json");
  }

  /** The schema marks these inputs secret; the builders keep even a plain Output secret. */
  @Test
  void secretInputsAreWrappedAsSecrets() {
    var provider = ProviderArgs.builder().token("ghp_example").owner("acme").build();
    var secret =
        ActionsEnvironmentSecretArgs.builder()
            .repository("web")
            .environment("prod")
            .secretName("KUBECONFIG")
            .value("apiVersion: v1")
            .build();

    assertThat(isSecret(provider.token().orElseThrow())).isTrue();
    assertThat(isSecret(provider.owner().orElseThrow())).isFalse();
    assertThat(isSecret(secret.value().orElseThrow())).isTrue();
    assertThat(isSecret(secret.repository())).isFalse();
  }

  private static boolean isSecret(com.pulumi.core.Output<?> output) {
    return Internal.of(output).isSecret().join();
  }
}
