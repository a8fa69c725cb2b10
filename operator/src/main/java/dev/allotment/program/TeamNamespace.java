package dev.allotment.program;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.kubernetes.core.v1.LimitRange;
import com.pulumi.kubernetes.core.v1.LimitRangeArgs;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.ResourceQuota;
import com.pulumi.kubernetes.core.v1.ResourceQuotaArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.core.v1.ServiceAccount;
import com.pulumi.kubernetes.core.v1.ServiceAccountArgs;
import com.pulumi.kubernetes.core.v1.inputs.LimitRangeItemArgs;
import com.pulumi.kubernetes.core.v1.inputs.LimitRangeSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceQuotaSpecArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.networking.v1.NetworkPolicy;
import com.pulumi.kubernetes.networking.v1.NetworkPolicyArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyIngressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyPeerArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicySpecArgs;
import com.pulumi.kubernetes.rbac.v1.RoleBinding;
import com.pulumi.kubernetes.rbac.v1.RoleBindingArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.RoleRefArgs;
import com.pulumi.kubernetes.rbac.v1.inputs.SubjectArgs;
import com.pulumi.resources.CustomResourceOptions;
import dev.allotment.api.v1alpha1.Groups;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The team's namespace on the hub: the platform's baseline (Pod Security labels, an egress policy,
 * storage and exposure quota; see {@link NamespaceBaseline}), quota and default limits, a {@code
 * deployer} service account that is admin in this namespace only, a network policy that refuses
 * traffic from other namespaces, and a kubeconfig for the deployer that GitHub Actions receives as
 * a secret.
 */
final class TeamNamespace {

  static final String DEPLOYER = "deployer";
  static final String MESH_ANNOTATION = "linkerd.io/inject";
  static final String KIND = "teamenvironment";

  /** What a container that declares no resources requests (the LimitRange's default). */
  static final Map<String, String> DEFAULT_REQUEST = Map.of("cpu", "100m", "memory", "128Mi");

  /** The limits of a container that declares none (the LimitRange's default). */
  static final Map<String, String> DEFAULT_LIMIT = Map.of("cpu", "500m", "memory", "512Mi");

  /** The hub provider that creates namespaces and never adopts one. */
  static final String CREATE_ONLY_PROVIDER = "hub-create-only";

  /** What the rest of the program needs from Kubernetes. */
  record Declared(Output<String> namespace, Output<String> kubeconfig) {}

  private TeamNamespace() {}

  /**
   * @param kubeconfig of the referenced Cluster; empty for the hub, where the operator's own
   *     credentials apply
   */
  static Declared declare(TeamEnvironmentModel model, Optional<String> kubeconfig) {
    String name = model.namespace();
    var onCluster =
        kubeconfig.map(
            k ->
                new Provider(
                    "cluster-" + model.clusterRef().orElseThrow(),
                    ProviderArgs.builder().kubeconfig(Output.ofSecret(k)).build()));
    var clusterOptions =
        onCluster
            .map(p -> CustomResourceOptions.builder().provider(p).build())
            .orElse(CustomResourceOptions.Empty);
    Map<String, String> labels = labels(model);
    // The namespace is created, never adopted: a provider with server-side apply off creates it
    // with a plain create, which fails when a namespace of that name exists (with server-side
    // apply, kubernetes provider 4.x upserts and would silently take it over, and a destroy
    // would then delete it). The objects inside it are created with the default provider, in a
    // namespace that is now ours.
    var createOnly =
        new Provider(
            kubeconfig.isPresent()
                ? "cluster-" + model.clusterRef().orElseThrow() + "-create-only"
                : CREATE_ONLY_PROVIDER,
            createOnly(kubeconfig));
    Map<String, String> namespaceLabels = new LinkedHashMap<>(labels);
    namespaceLabels.put(Groups.LABEL_KIND, KIND);
    namespaceLabels.putAll(model.baseline().podSecurityLabels());

    Map<String, String> annotations = new LinkedHashMap<>();
    if (model.meshInjection()) {
      annotations.put(MESH_ANNOTATION, "enabled");
    }
    var namespace =
        new Namespace(
            name,
            NamespaceArgs.builder()
                .metadata(
                    ObjectMetaArgs.builder()
                        .name(name)
                        .labels(namespaceLabels)
                        .annotations(annotations)
                        .build())
                .build(),
            CustomResourceOptions.builder().provider(createOnly).build());
    var inNamespace =
        CustomResourceOptions.merge(
            clusterOptions, CustomResourceOptions.builder().dependsOn(namespace).build());

    new ResourceQuota(
        name + "-quota",
        ResourceQuotaArgs.builder()
            .metadata(meta("team-quota", name, labels))
            .spec(ResourceQuotaSpecArgs.builder().hard(quota(model)).build())
            .build(),
        inNamespace);

    // Without defaults, a quota on limits rejects every pod that does not declare its own.
    new LimitRange(
        name + "-limits",
        LimitRangeArgs.builder()
            .metadata(meta("team-defaults", name, labels))
            .spec(
                LimitRangeSpecArgs.builder()
                    .limits(
                        LimitRangeItemArgs.builder()
                            .type("Container")
                            .defaultRequest(DEFAULT_REQUEST)
                            .default_(DEFAULT_LIMIT)
                            .build())
                    .build())
            .build(),
        inNamespace);

    new ServiceAccount(
        name + "-" + DEPLOYER,
        ServiceAccountArgs.builder().metadata(meta(DEPLOYER, name, labels)).build(),
        inNamespace);

    new RoleBinding(
        name + "-" + DEPLOYER + "-admin",
        RoleBindingArgs.builder()
            .metadata(meta(DEPLOYER + "-admin", name, labels))
            .roleRef(
                RoleRefArgs.builder()
                    .apiGroup("rbac.authorization.k8s.io")
                    .kind("ClusterRole")
                    .name("admin")
                    .build())
            .subjects(
                SubjectArgs.builder().kind("ServiceAccount").name(DEPLOYER).namespace(name).build())
            .build(),
        inNamespace);

    new NetworkPolicy(
        name + "-deny-other-namespaces",
        NetworkPolicyArgs.builder()
            .metadata(meta("deny-from-other-namespaces", name, labels))
            .spec(
                NetworkPolicySpecArgs.builder()
                    .podSelector(LabelSelectorArgs.builder().build())
                    .policyTypes("Ingress")
                    .ingress(
                        NetworkPolicyIngressRuleArgs.builder()
                            .from(
                                NetworkPolicyPeerArgs.builder()
                                    .podSelector(LabelSelectorArgs.builder().build())
                                    .build())
                            .build())
                    .build())
            .build(),
        inNamespace);

    NamespaceEgress.declare(name + "-egress", name, labels, model.baseline().egress(), inNamespace);

    // A long-lived token Secret: the token controller fills in token and ca.crt.
    var token =
        new Secret(
            name + "-" + DEPLOYER + "-token",
            SecretArgs.builder()
                .metadata(
                    ObjectMetaArgs.builder()
                        .name(DEPLOYER + "-token")
                        .namespace(name)
                        .labels(labels)
                        .annotations(Map.of("kubernetes.io/service-account.name", DEPLOYER))
                        .build())
                .type("kubernetes.io/service-account-token")
                .build(),
            inNamespace);

    Output<String> deployerKubeconfig =
        token
            .data()
            .applyValue(
                data ->
                    kubeconfig(
                        model.apiServer(),
                        data.getOrDefault("ca.crt", ""),
                        decode(data.getOrDefault("token", "")),
                        name))
            .asSecret();

    return new Declared(
        namespace.metadata().applyValue(m -> m.name().orElse(name)), deployerKubeconfig);
  }

  /** The spec's compute quota and the baseline's storage and exposure items. */
  private static Map<String, String> quota(TeamEnvironmentModel model) {
    Map<String, String> hard = new LinkedHashMap<>();
    hard.put("requests.cpu", model.cpuQuota());
    hard.put("limits.cpu", model.cpuQuota());
    hard.put("requests.memory", model.memoryQuota());
    hard.put("limits.memory", model.memoryQuota());
    hard.put("pods", Integer.toString(model.podQuota()));
    hard.putAll(model.baseline().quotaItems());
    return hard;
  }

  /**
   * Arguments of a provider that creates with a plain create (server-side apply off), so that an
   * existing object of the same name is an error, never adopted.
   *
   * @param kubeconfig of the referenced Cluster; empty for the hub
   */
  static ProviderArgs createOnly(Optional<String> kubeconfig) {
    var args = ProviderArgs.builder().enableServerSideApply(false);
    kubeconfig.ifPresent(k -> args.kubeconfig(Output.ofSecret(k)));
    return args.build();
  }

  /** A kubeconfig for one namespace; {@code caData} is already base64 as Secrets hold it. */
  static String kubeconfig(String server, String caData, String token, String namespace) {
    return String.join(
        "\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- name: hub",
        "  cluster:",
        "    server: " + server,
        "    certificate-authority-data: " + caData,
        "users:",
        "- name: " + DEPLOYER,
        "  user:",
        "    token: " + token,
        "contexts:",
        "- name: " + namespace,
        "  context:",
        "    cluster: hub",
        "    user: " + DEPLOYER,
        "    namespace: " + namespace,
        "current-context: " + namespace,
        "");
  }

  private static String decode(String base64) {
    return ClusterOutputs.decode(base64);
  }

  private static ObjectMetaArgs meta(String name, String namespace, Map<String, String> labels) {
    return ObjectMetaArgs.builder().name(name).namespace(namespace).labels(labels).build();
  }

  static Map<String, String> labels(TeamEnvironmentModel model) {
    return Map.of(
        Groups.LABEL_MANAGED_BY, Groups.MANAGED_BY,
        Groups.LABEL_TEAM, model.team(),
        Groups.LABEL_STAGE, model.stage().value());
  }
}
