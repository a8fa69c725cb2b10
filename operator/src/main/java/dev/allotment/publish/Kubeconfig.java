package dev.allotment.publish;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The connection a kubeconfig describes for its current context: server, CA and either a bearer
 * token or a client certificate. {@link #toString()} shows the server only.
 */
public record Kubeconfig(
    String server,
    Optional<String> caData,
    Optional<String> token,
    Optional<String> certData,
    Optional<String> keyData) {

  /** Reads the current context's cluster and user. */
  public static Kubeconfig parse(String text) {
    Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    if (!(loaded instanceof Map<?, ?> root)) {
      throw new IllegalArgumentException("kubeconfig is not a YAML mapping");
    }
    String current = string(root.get("current-context")).orElse(null);
    Map<?, ?> context = named(root.get("contexts"), current, "context").orElse(Map.of());
    Map<?, ?> cluster =
        named(root.get("clusters"), string(context.get("cluster")).orElse(null), "cluster")
            .orElseThrow(() -> new IllegalArgumentException("kubeconfig names no cluster"));
    Map<?, ?> user =
        named(root.get("users"), string(context.get("user")).orElse(null), "user").orElse(Map.of());
    return new Kubeconfig(
        string(cluster.get("server"))
            .orElseThrow(() -> new IllegalArgumentException("kubeconfig cluster has no server")),
        string(cluster.get("certificate-authority-data")),
        string(user.get("token")),
        string(user.get("client-certificate-data")),
        string(user.get("client-key-data")));
  }

  /** The entry named {@code name}, or the first one when the kubeconfig names no context. */
  private static Optional<Map<?, ?>> named(Object list, String name, String field) {
    if (!(list instanceof List<?> entries)) {
      return Optional.empty();
    }
    return entries.stream()
        .filter(Map.class::isInstance)
        .map(Map.class::cast)
        .filter(e -> name == null || name.equals(e.get("name")))
        .findFirst()
        .map(e -> e.get(field))
        .filter(Map.class::isInstance)
        .map(m -> (Map<?, ?>) m);
  }

  private static Optional<String> string(Object value) {
    return Optional.ofNullable(value).map(Object::toString).filter(s -> !s.isBlank());
  }

  @Override
  public String toString() {
    return "Kubeconfig[server=" + server + "]";
  }
}
