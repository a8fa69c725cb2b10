package dev.allotment.validation;

import dev.allotment.config.ProgramDefaults;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Namespaces of the hub itself, which no team may name as its namespace: Kubernetes' own ({@code
 * default}, {@code kube-*}), the operator's (where every team's Pulumi state and the passphrase
 * live: the namespace it runs in, from {@code POD_NAMESPACE}, and {@code allotment-system}, where
 * the README installs it) and Argo CD's. Any other existing namespace is refused too, when the
 * program would meet it (see {@code NamespaceOwnership}); these are refused up front, with a
 * message, before anything else is looked at, whether they exist yet or not.
 */
public final class ReservedNamespaces {

  static final List<String> FIXED =
      List.of("default", "kube-*", ProgramDefaults.OPERATOR_NAMESPACE, "argocd");

  private ReservedNamespaces() {}

  public static boolean isReserved(String namespace, ProgramDefaults defaults) {
    return all(defaults).stream()
        .anyMatch(
            r ->
                r.endsWith("*")
                    ? namespace.startsWith(r.substring(0, r.length() - 1))
                    : r.equals(namespace));
  }

  static String describe(ProgramDefaults defaults) {
    return String.join(", ", all(defaults));
  }

  /** The fixed names, then the configured ones they do not already hold. */
  private static Set<String> all(ProgramDefaults defaults) {
    Set<String> all = new LinkedHashSet<>(FIXED);
    all.add(defaults.operatorNamespace());
    all.add(defaults.argocdNamespace());
    return all;
  }
}
