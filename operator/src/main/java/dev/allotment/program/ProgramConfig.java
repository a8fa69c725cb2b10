package dev.allotment.program;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.ClusterSpec;
import dev.allotment.api.v1alpha1.EntraGroupRole;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.api.v1alpha1.TeamEnvironmentSpec;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.Fingerprint;
import dev.allotment.engine.ProgramInputs;
import dev.allotment.engine.StackProgram;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A program's inputs as stack configuration, and back. When programs run in a process of their own
 * (see {@code ALLOTMENT_PROGRAM_MODE}), the operator writes what a kind's program is built from
 * into the stack's configuration, namespace {@value #NAMESPACE}; the program process reads it and
 * builds the same model and the same program through the same factories as the operator does inline
 * ({@link TeamEnvironmentModel#resolve}, {@link ClusterModel#resolve}, {@link
 * TeamEnvironmentProgram#of}, {@link ClusterProgram#of}).
 *
 * <table>
 *   <caption>Keys (all in namespace {@value #NAMESPACE})</caption>
 *   <tr><td>{@code kind}</td><td>{@code teamenvironment} or {@code cluster}</td></tr>
 *   <tr><td>{@code namespace}, {@code name}</td><td>the resource's</td></tr>
 *   <tr><td>{@code spec}</td><td>the resource's spec as JSON</td></tr>
 *   <tr><td>{@code defaults}</td><td>the operator's {@link ProgramDefaults} as JSON</td></tr>
 *   <tr><td>{@code baseline}</td><td>the {@link NamespaceBaseline} the PlatformPolicies give the
 *       resource's stage, as JSON</td></tr>
 *   <tr><td>{@code compute}</td><td>the {@link ComputeQuota} of the stage's namespaces where the
 *       spec asks for none (a vcluster host's whole compute quota), as JSON</td></tr>
 *   <tr><td>{@code entraGroupRole}</td><td>TeamEnvironment: the role the PlatformPolicies give
 *       the stage's Entra ID groups, or empty for the stage's default</td></tr>
 *   <tr><td>{@code clusterServer}</td><td>TeamEnvironment: API server of its Cluster, or
 *       empty</td></tr>
 *   <tr><td>{@code clusterKubeconfig}</td><td>TeamEnvironment: kubeconfig of its Cluster, or
 *       empty; a secret</td></tr>
 * </table>
 *
 * <p>A kind always writes all of its keys, so a value that no longer applies (a removed clusterRef)
 * is overwritten rather than left behind. The values are never logged.
 */
public final class ProgramConfig {

  /** The stack configuration namespace of the inputs. */
  public static final String NAMESPACE = "allotment";

  static final String KIND = "kind";
  static final String RESOURCE_NAMESPACE = "namespace";
  static final String NAME = "name";
  static final String SPEC = "spec";
  static final String DEFAULTS = "defaults";
  static final String BASELINE = "baseline";
  static final String COMPUTE = "compute";
  static final String ENTRA_GROUP_ROLE = "entraGroupRole";
  static final String CLUSTER_SERVER = "clusterServer";
  static final String CLUSTER_KUBECONFIG = "clusterKubeconfig";

  static final String TEAM_ENVIRONMENT = "teamenvironment";
  static final String CLUSTER = "cluster";

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private ProgramConfig() {}

  /** What a program process builds from the configuration. */
  public sealed interface Resolved {
    StackProgram program();
  }

  /** A TeamEnvironment's model; {@code toString} leaves out the Cluster's kubeconfig. */
  public record OfTeamEnvironment(TeamEnvironmentModel model, Optional<String> clusterKubeconfig)
      implements Resolved {
    @Override
    public StackProgram program() {
      return TeamEnvironmentProgram.of(model, clusterKubeconfig);
    }

    @Override
    public String toString() {
      return "OfTeamEnvironment[model=" + model + "]";
    }
  }

  public record OfCluster(ClusterModel model) implements Resolved {
    @Override
    public StackProgram program() {
      return ClusterProgram.of(model);
    }
  }

  /** A TeamEnvironment's inputs, with the connection to its Cluster when it names one. */
  public static ProgramInputs teamEnvironment(
      TeamEnvironment resource,
      ProgramDefaults defaults,
      NamespaceBaseline baseline,
      ComputeQuota compute,
      Optional<EntraGroupRole> entraGroupRole,
      Optional<ClusterConnection> cluster) {
    Map<String, String> config =
        common(TEAM_ENVIRONMENT, resource.getMetadata(), defaults, baseline, compute);
    config.put(key(SPEC), JSON.asJson(resource.getSpec()));
    config.put(key(ENTRA_GROUP_ROLE), entraGroupRole.map(EntraGroupRole::name).orElse(""));
    config.put(key(CLUSTER_SERVER), cluster.map(ClusterConnection::server).orElse(""));
    return new ProgramInputs(
        config,
        Map.of(key(CLUSTER_KUBECONFIG), cluster.map(ClusterConnection::kubeconfig).orElse("")));
  }

  public static ProgramInputs cluster(
      Cluster resource,
      ProgramDefaults defaults,
      NamespaceBaseline baseline,
      ComputeQuota compute) {
    Map<String, String> config =
        common(CLUSTER, resource.getMetadata(), defaults, baseline, compute);
    config.put(key(SPEC), JSON.asJson(resource.getSpec()));
    return new ProgramInputs(config, Map.of());
  }

  /**
   * Builds the model and program from the inputs.
   *
   * @param config reads a key of namespace {@value #NAMESPACE}, e.g. {@code ctx.config(NAMESPACE)
   *     ::get}
   * @throws InvalidSpecException when the spec does not validate (the operator checked it before,
   *     so only a program binary of another operator version can get here)
   * @throws IllegalStateException when an input is missing or malformed
   */
  public static Resolved resolve(Function<String, Optional<String>> config)
      throws InvalidSpecException {
    String kind = require(config, KIND);
    ProgramDefaults defaults = defaults(require(config, DEFAULTS));
    NamespaceBaseline baseline = baseline(require(config, BASELINE));
    ComputeQuota compute = compute(require(config, COMPUTE));
    String spec = require(config, SPEC);
    return switch (kind) {
      case TEAM_ENVIRONMENT -> {
        TeamEnvironmentModel model =
            TeamEnvironmentModel.resolve(
                JSON.unmarshal(spec, TeamEnvironmentSpec.class),
                defaults,
                baseline,
                config
                    .apply(ENTRA_GROUP_ROLE)
                    .filter(v -> !v.isBlank())
                    .map(ProgramConfig::entraGroupRole),
                compute);
        if (model.clusterRef().isEmpty()) {
          yield new OfTeamEnvironment(model, Optional.empty());
        }
        String server = config.apply(CLUSTER_SERVER).orElse("");
        String kubeconfig = config.apply(CLUSTER_KUBECONFIG).orElse("");
        if (server.isBlank() || kubeconfig.isBlank()) {
          throw new IllegalStateException(
              "the spec names Cluster "
                  + model.clusterRef().get()
                  + ", but the stack configuration holds no "
                  + NAMESPACE
                  + ":"
                  + (server.isBlank() ? CLUSTER_SERVER : CLUSTER_KUBECONFIG));
        }
        yield new OfTeamEnvironment(
            model.onCluster(server, Fingerprint.of(kubeconfig)), Optional.of(kubeconfig));
      }
      case CLUSTER -> {
        Cluster cluster = new Cluster();
        cluster.setMetadata(
            new ObjectMetaBuilder()
                .withNamespace(require(config, RESOURCE_NAMESPACE))
                .withName(require(config, NAME))
                .build());
        cluster.setSpec(JSON.unmarshal(spec, ClusterSpec.class));
        yield new OfCluster(ClusterModel.resolve(cluster, defaults, baseline, compute));
      }
      default ->
          throw new IllegalStateException(
              NAMESPACE + ":" + KIND + " must be " + TEAM_ENVIRONMENT + " or " + CLUSTER);
    };
  }

  /** {@link #resolve(Function)} over inputs as the operator wrote them. */
  public static Resolved resolve(ProgramInputs inputs) throws InvalidSpecException {
    Map<String, String> all = inputs.all();
    return resolve(k -> Optional.ofNullable(all.get(key(k))));
  }

  /** The defaults as JSON, field by field; an absent optional is left out. */
  static String defaults(ProgramDefaults defaults) {
    Map<String, Object> json = new LinkedHashMap<>();
    defaults.githubOrganization().ifPresent(v -> json.put("githubOrganization", v));
    defaults.azureSubscriptionId().ifPresent(v -> json.put("azureSubscriptionId", v));
    defaults.azureLocation().ifPresent(v -> json.put("azureLocation", v));
    json.put("argocdNamespace", defaults.argocdNamespace());
    json.put("meshInjection", defaults.meshInjection());
    json.put("hubApiServer", defaults.hubApiServer());
    json.put("vclusterChartRepository", defaults.vclusterChartRepository());
    json.put("operatorNamespace", defaults.operatorNamespace());
    return JSON.asJson(json);
  }

  @SuppressWarnings("unchecked")
  static ProgramDefaults defaults(String text) {
    Map<String, Object> json = JSON.unmarshal(text, Map.class);
    return new ProgramDefaults(
        optional(json, "githubOrganization"),
        optional(json, "azureSubscriptionId"),
        optional(json, "azureLocation"),
        optional(json, "argocdNamespace").orElseThrow(() -> missing(DEFAULTS + ".argocdNamespace")),
        Boolean.TRUE.equals(json.get("meshInjection")),
        optional(json, "hubApiServer").orElseThrow(() -> missing(DEFAULTS + ".hubApiServer")),
        optional(json, "vclusterChartRepository").orElse(ProgramDefaults.VCLUSTER_CHART_REPOSITORY),
        optional(json, "operatorNamespace").orElse(ProgramDefaults.OPERATOR_NAMESPACE));
  }

  private static EntraGroupRole entraGroupRole(String text) {
    try {
      return EntraGroupRole.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          NAMESPACE + ":" + ENTRA_GROUP_ROLE + " must be Reader or Contributor, or empty", e);
    }
  }

  /** The baseline as JSON: its components by name, the Pod Security level as labels write it. */
  public static String baseline(NamespaceBaseline baseline) {
    return JSON.asJson(baseline);
  }

  static NamespaceBaseline baseline(String text) {
    NamespaceBaseline baseline = JSON.unmarshal(text, NamespaceBaseline.class);
    if (baseline == null) {
      throw missing(BASELINE);
    }
    return baseline;
  }

  static ComputeQuota compute(String text) {
    ComputeQuota compute = JSON.unmarshal(text, ComputeQuota.class);
    if (compute == null) {
      throw missing(COMPUTE);
    }
    return compute;
  }

  private static Map<String, String> common(
      String kind,
      io.fabric8.kubernetes.api.model.ObjectMeta metadata,
      ProgramDefaults defaults,
      NamespaceBaseline baseline,
      ComputeQuota compute) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put(key(KIND), kind);
    config.put(key(RESOURCE_NAMESPACE), metadata.getNamespace());
    config.put(key(NAME), metadata.getName());
    config.put(key(DEFAULTS), defaults(defaults));
    config.put(key(BASELINE), baseline(baseline));
    config.put(key(COMPUTE), JSON.asJson(compute));
    return config;
  }

  /** {@code allotment:<name>}: the fully qualified configuration key. */
  static String key(String name) {
    return NAMESPACE + ":" + name;
  }

  private static String require(Function<String, Optional<String>> config, String name) {
    return config.apply(name).filter(v -> !v.isBlank()).orElseThrow(() -> missing(name));
  }

  private static IllegalStateException missing(String name) {
    return new IllegalStateException(
        "the stack configuration holds no "
            + NAMESPACE
            + ":"
            + name
            + "; is this the program of an Allotment stack, run by the operator?");
  }

  private static Optional<String> optional(Map<String, Object> json, String field) {
    return Optional.ofNullable(json.get(field)).map(String::valueOf).filter(v -> !v.isBlank());
  }
}
