package dev.allotment.validation;

import dev.allotment.config.ProgramDefaults;
import java.util.List;

/**
 * Namespaces of the hub itself, which no team may name as its namespace: Kubernetes' own ({@code
 * default}, {@code kube-*}), the operator's ({@code allotment-system}, where every team's Pulumi
 * state and the passphrase live) and Argo CD's. Any other existing namespace is refused too, when
 * the program would meet it (see {@code NamespaceOwnership}); these are refused up front, with a
 * message, before anything else is looked at.
 */
public final class ReservedNamespaces {

  static final List<String> FIXED = List.of("default", "kube-*", "allotment-system", "argocd");

  private ReservedNamespaces() {}

  public static boolean isReserved(String namespace, ProgramDefaults defaults) {
    if (namespace.equals(defaults.argocdNamespace())) {
      return true;
    }
    return FIXED.stream()
        .anyMatch(
            r ->
                r.endsWith("*")
                    ? namespace.startsWith(r.substring(0, r.length() - 1))
                    : r.equals(namespace));
  }

  static String describe(ProgramDefaults defaults) {
    return String.join(", ", FIXED)
        + (FIXED.contains(defaults.argocdNamespace()) ? "" : ", " + defaults.argocdNamespace());
  }
}
