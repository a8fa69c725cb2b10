package dev.allotment.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.program.ClusterModel;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Secret that registers a cluster with Argo CD (label {@code argocd.argoproj.io/secret-type:
 * cluster}, keys {@code name}, {@code server}, {@code config} and optionally {@code project}). It
 * lives in Argo CD's namespace, so no owner reference can tie it to the Cluster; the owner label
 * lets the operator find and remove it.
 */
public final class ArgoCdClusterSecret {

  public static final String SECRET_TYPE_LABEL = "argocd.argoproj.io/secret-type";
  public static final String OWNER_LABEL = Groups.PLATFORM + "/owner";

  /**
   * The stage, for ApplicationSet cluster generators; the operator sets it from {@code spec.stage},
   * so a team's own labels never claim another stage.
   */
  public static final String ENV_LABEL = Groups.LABEL_ENV;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ArgoCdClusterSecret() {}

  /** {@code cluster-<namespace>.<name>}: unique in Argo CD's namespace. */
  public static String nameFor(ClusterModel model) {
    return "cluster-" + model.namespace() + "." + model.name();
  }

  /** The value of the owner label: the Cluster's namespace and name. */
  public static String owner(String namespace, String name) {
    return namespace + "." + name;
  }

  public static Secret build(ClusterModel model, String server, Kubeconfig kubeconfig) {
    Map<String, String> labels = new TreeMap<>(model.argocdLabels());
    labels.put(SECRET_TYPE_LABEL, "cluster");
    labels.put(ENV_LABEL, model.stage().value());
    labels.put(Groups.LABEL_MANAGED_BY, Groups.MANAGED_BY);
    labels.put(Groups.LABEL_TEAM, model.team());
    labels.put(Groups.LABEL_STAGE, model.stage().value());
    labels.put(Groups.LABEL_KIND, "cluster");
    labels.put(OWNER_LABEL, owner(model.namespace(), model.name()));

    Map<String, String> data = new LinkedHashMap<>();
    data.put("name", model.argocdName());
    data.put("server", server.endsWith("/") ? server.substring(0, server.length() - 1) : server);
    data.put("config", config(kubeconfig));
    model.argocdProject().ifPresent(p -> data.put("project", p));

    return new SecretBuilder()
        .withNewMetadata()
        .withName(nameFor(model))
        .withNamespace(model.argocdNamespace())
        .withLabels(labels)
        .endMetadata()
        .withType("Opaque")
        .withStringData(data)
        .build();
  }

  /** The {@code config} JSON Argo CD reads: a bearer token or a TLS client certificate. */
  static String config(Kubeconfig kubeconfig) {
    Map<String, Object> tls = new LinkedHashMap<>();
    tls.put("insecure", false);
    kubeconfig.caData().ifPresent(ca -> tls.put("caData", ca));
    Map<String, Object> config = new LinkedHashMap<>();
    if (kubeconfig.token().isPresent()) {
      config.put("bearerToken", kubeconfig.token().get());
    } else {
      kubeconfig.certData().ifPresent(c -> tls.put("certData", c));
      kubeconfig.keyData().ifPresent(k -> tls.put("keyData", k));
    }
    config.put("tlsClientConfig", tls);
    try {
      return JSON.writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode Argo CD cluster config", e);
    }
  }
}
