package dev.allotment.pulumi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import dev.allotment.pulumi.digitalocean.DigitaloceanFunctions;
import dev.allotment.pulumi.digitalocean.KubernetesCluster;
import dev.allotment.pulumi.digitalocean.KubernetesClusterArgs;
import dev.allotment.pulumi.digitalocean.KubernetesNodePool;
import dev.allotment.pulumi.digitalocean.KubernetesNodePoolArgs;
import dev.allotment.pulumi.digitalocean.Project;
import dev.allotment.pulumi.digitalocean.ProjectResources;
import dev.allotment.pulumi.digitalocean.Provider;
import dev.allotment.pulumi.digitalocean.ProviderArgs;
import dev.allotment.pulumi.digitalocean.enums.DropletSlug;
import dev.allotment.pulumi.digitalocean.enums.Region;
import dev.allotment.pulumi.digitalocean.inputs.KubernetesClusterNodePoolArgs;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the hand-written DigitalOcean bindings to {@code digitalocean.schema.json}, including the
 * function binding, and proves with deliberately broken bindings ({@link
 * BrokenDigitalOceanBindings}) that the DigitalOcean-specific checks (enums in a {@code oneOf},
 * functions) are not vacuous.
 */
class DigitalOceanBindingSchemaConformanceTest {

  static final String PLUGIN_VERSION = "4.76.0";
  static final String GET_KUBERNETES_VERSIONS =
      "digitalocean:index/getKubernetesVersions:getKubernetesVersions";

  static final List<Class<?>> BINDINGS =
      List.of(
          Provider.class,
          KubernetesCluster.class,
          KubernetesNodePool.class,
          Project.class,
          ProjectResources.class);

  private static SchemaConformance digitalocean;

  @BeforeAll
  static void loadSchema() {
    digitalocean = SchemaConformance.forPackage("digitalocean", PLUGIN_VERSION);
  }

  @Test
  void resourceBindingsConformToTheProviderSchema() {
    List<String> problems = digitalocean.problems(BINDINGS);

    assertThat(problems)
        .as("DigitalOcean bindings vs digitalocean.schema.json:%s", describe(problems))
        .isEmpty();
  }

  @Test
  void functionBindingConformsToTheProviderSchema() {
    List<String> problems =
        digitalocean.functionProblems(
            GET_KUBERNETES_VERSIONS, DigitaloceanFunctions.class, "getKubernetesVersions");

    assertThat(problems).as(describe(problems)).isEmpty();
  }

  static Stream<Arguments> brokenDigitalOceanBindings() {
    return Stream.of(
        arguments(
            BrokenDigitalOceanBindings.WrongRegionEnum.class,
            List.of(
                "WrongRegionEnumArgs.region (right): MisspelledRegion.NYC4 converts to 'nyc4',"
                    + " which the schema enum lacks")),
        arguments(
            BrokenDigitalOceanBindings.KubeConfigsNotSecret.class,
            List.of("additionalSecretOutputs lacks the schema's secret outputs [kubeConfigs]")),
        arguments(
            BrokenDigitalOceanBindings.SnakeCaseNodePool.class,
            List.of(
                "SnakeCaseNodePoolArgs.min_nodes: no input property 'min_nodes' in the schema")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDigitalOceanBindings")
  void checkerReportsExactlyThePlantedMistake(Class<?> binding, List<String> expected) {
    assertExactly(digitalocean.problems(binding), expected);
  }

  static Stream<Arguments> brokenFunctionBindings() {
    return Stream.of(
        arguments(
            BrokenDigitalOceanBindings.MisspelledInputFunctions.class,
            GET_KUBERNETES_VERSIONS,
            List.of(
                "MisspelledInputFunctions.getKubernetesVersions: MisspelledVersionsArgs.versionPrefx:"
                    + " no input property 'versionPrefx' in the schema")),
        arguments(
            BrokenDigitalOceanBindings.PlainFormWithOutputArgsFunctions.class,
            GET_KUBERNETES_VERSIONS,
            List.of(
                "getKubernetesVersionsPlain: GetKubernetesVersionsArgs.versionPrefix: field"
                    + " versionPrefix must hold a plain value here")),
        arguments(
            BrokenDigitalOceanBindings.NoInvokeOptionsFunctions.class,
            GET_KUBERNETES_VERSIONS,
            List.of("no overload getKubernetesVersions(GetKubernetesVersionsArgs, InvokeOptions)")),
        arguments(
            BrokenDigitalOceanBindings.WrongResultFunctions.class,
            GET_KUBERNETES_VERSIONS,
            List.of(
                "StringVersionsResult.validVersions: an array must be List<...>, is"
                    + " java.lang.String")),
        arguments(
            BrokenDigitalOceanBindings.IncompleteResultFunctions.class,
            GET_KUBERNETES_VERSIONS,
            List.of("NoIdResult: required output 'id' is not bound")),
        arguments(
            DigitaloceanFunctions.class,
            "digitalocean:index/getKubernetesVersion:getKubernetesVersion",
            List.of(
                "'digitalocean:index/getKubernetesVersion:getKubernetesVersion' is no function of"
                    + " the schema")));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("brokenFunctionBindings")
  void functionCheckerReportsExactlyThePlantedMistake(
      Class<?> functions, String token, List<String> expected) {
    assertExactly(
        digitalocean.functionProblems(token, functions, "getKubernetesVersions"), expected);
  }

  private static void assertExactly(List<String> problems, List<String> expected) {
    assertThat(problems).as(describe(problems)).hasSameSizeAs(expected);
    for (String fragment : expected) {
      assertThat(problems).anySatisfy(problem -> assertThat(problem).contains(fragment));
    }
  }

  /**
   * The checker only proves our constants are schema values; this proves the enums are complete, so
   * a program never needs a raw string for a region or size the schema knows.
   */
  @Test
  void enumsBindEverySchemaValue() throws IOException {
    JsonNode types =
        new ObjectMapper()
            .readTree(SchemaConformance.schemaFile("digitalocean").toFile())
            .path("types");

    assertThat(wireValues(Region.values(), Region::getValue))
        .isEqualTo(schemaValues(types.path("digitalocean:index:Region")));
    assertThat(wireValues(DropletSlug.values(), DropletSlug::getValue))
        .isEqualTo(schemaValues(types.path("digitalocean:index:DropletSlug")));
    assertThat(Region.fromValue("fra1")).contains(Region.FRA1);
    assertThat(DropletSlug.fromValue("s-2vcpu-4gb")).contains(DropletSlug.DropletS2VCPU4GB);
    assertThat(Region.fromValue("mars1")).isEmpty();
  }

  private static <E> Set<String> wireValues(E[] constants, Function<E, String> value) {
    return Arrays.stream(constants).map(value).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> schemaValues(JsonNode enumType) {
    Set<String> values = new TreeSet<>();
    enumType.path("enum").forEach(v -> values.add(v.path("value").asText()));
    assertThat(values).isNotEmpty();
    return values;
  }

  /** The schema does not mark the API token secret; our builders keep it (and the key) secret. */
  @Test
  void credentialsAreWrappedAsSecrets() {
    var provider =
        ProviderArgs.builder()
            .token("dop_v1_example")
            .spacesSecretKey("spaces-secret")
            .spacesAccessId("spaces-id")
            .apiEndpoint("https://api.digitalocean.com")
            .build();

    assertThat(isSecret(provider.token().orElseThrow())).isTrue();
    assertThat(isSecret(provider.spacesSecretKey().orElseThrow())).isTrue();
    assertThat(isSecret(provider.spacesAccessId().orElseThrow())).isFalse();
    assertThat(isSecret(provider.apiEndpoint().orElseThrow())).isFalse();
  }

  /** The oneOf inputs take a plain string or the enum, as the generator's Either does. */
  @Test
  void oneOfInputsAcceptStringsAndEnums() {
    var pool = KubernetesClusterNodePoolArgs.builder().name("default").size("s-2vcpu-4gb").build();
    var byString = KubernetesClusterArgs.builder().region("fra1").version("1.33.1-do.0");
    var byEnum = KubernetesClusterArgs.builder().region(Region.FRA1).version("1.33.1-do.0");

    assertThat(value(byString.nodePool(pool).build().region())).isEqualTo(Either.ofLeft("fra1"));
    assertThat(value(byEnum.nodePool(pool).build().region()))
        .isEqualTo(Either.ofRight(Region.FRA1));
    assertThat(
            value(
                KubernetesNodePoolArgs.builder()
                    .clusterId("c")
                    .size(DropletSlug.DropletS4VCPU8GB)
                    .build()
                    .size()))
        .isEqualTo(Either.ofRight(DropletSlug.DropletS4VCPU8GB));
    // The default pool's size is a plain string in the schema; the enum setter sends its slug.
    assertThat(
            value(
                KubernetesClusterNodePoolArgs.builder()
                    .name("default")
                    .size(DropletSlug.DropletS4VCPU8GB)
                    .build()
                    .size()))
        .isEqualTo("s-4vcpu-8gb");
  }

  private static <T> T value(Output<T> output) {
    return Internal.of(output).getValueNullable().join();
  }

  private static boolean isSecret(Output<?> output) {
    return Internal.of(output).isSecret().join();
  }

  private static String describe(List<String> problems) {
    return SchemaConformance.describe(problems);
  }
}
