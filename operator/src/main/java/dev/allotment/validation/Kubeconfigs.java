package dev.allotment.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which kubeconfigs the operator hands to the Kubernetes provider: only self-contained ones. A
 * kubeconfig can make its client run a command ({@code exec}, {@code auth-provider}) or read a file
 * ({@code client-certificate}, {@code tokenFile}, ...) with the operator's environment and file
 * system, where the cloud credentials and the secrets passphrase are; Flux refuses exec kubeconfigs
 * for the same reason. Credentials must be embedded: a token, or certificate data.
 */
public final class Kubeconfigs {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Keys of {@code users[].user} that run something, with what they do. */
  private static final Map<String, String> USER_COMMANDS =
      Map.of("exec", "a command", "auth-provider", "an authentication plug-in");

  /** Keys of {@code users[].user} and {@code clusters[].cluster} that name files. */
  private static final Map<String, List<String>> FILES =
      Map.of(
          "user", List.of("client-certificate", "client-key", "tokenFile"),
          "cluster", List.of("certificate-authority"));

  private Kubeconfigs() {}

  /**
   * Every reason to refuse the kubeconfig, each naming the entry; empty when it may be used. Values
   * never appear in a reason.
   */
  public static List<String> refusals(String kubeconfig) {
    JsonNode root;
    try {
      root = YAML.readTree(kubeconfig);
    } catch (IOException e) {
      return List.of("it is not valid YAML");
    }
    if (root == null || !root.isObject()) {
      return List.of("it is not a kubeconfig (no mapping at the top)");
    }
    List<String> refusals = new ArrayList<>();
    JsonNode users = root.path("users");
    for (int i = 0; i < users.size(); i++) {
      JsonNode user = users.get(i).path("user");
      String at = "users[" + i + "].user.";
      USER_COMMANDS.forEach(
          (key, what) -> {
            if (user.has(key)) {
              refusals.add(at + key + " would make the operator run " + what);
            }
          });
      for (String key : FILES.get("user")) {
        if (user.has(key)) {
          refusals.add(at + key + " names a file on the operator's file system");
        }
      }
    }
    JsonNode clusters = root.path("clusters");
    for (int i = 0; i < clusters.size(); i++) {
      JsonNode cluster = clusters.get(i).path("cluster");
      for (String key : FILES.get("cluster")) {
        if (cluster.has(key)) {
          refusals.add(
              "clusters[" + i + "].cluster." + key + " names a file on the operator's file system");
        }
      }
    }
    return refusals;
  }
}
