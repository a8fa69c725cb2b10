package dev.allotment.validation;

import dev.allotment.api.v1alpha1.Groups;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names the operator owns, which a team may not use in any spelling the consumer of the name treats
 * as the same. Pure; each rule says which consumer decides "the same":
 *
 * <ul>
 *   <li>Azure tags ({@code spec.azure.tags}): Azure compares tag names case-insensitively, and its
 *       portal, policies and cost reports show them trimmed. {@code Team}, {@code TEAM} or {@code "
 *       team"} next to the operator's {@code team} would be one tag to them, and the team's value
 *       could win: refused in any case, with any surrounding whitespace.
 *   <li>Label keys ({@code spec.argocd.labels}): Kubernetes compares keys exactly, but the prefix
 *       before '/' is a DNS subdomain, and a domain is owned with its subdomains (as Kubernetes
 *       reserves {@code kubernetes.io} and {@code k8s.io} with theirs). Every key under {@link
 *       Groups#RESERVED_LABEL_DOMAINS} or a subdomain of one is refused, whatever its name part;
 *       the unprefixed {@code env} the operator sets is refused in any case, so that no selector
 *       written by hand meets a look-alike.
 *   <li>Namespace prefixes: the operator creates vcluster host namespaces under {@code vc-} ({@code
 *       vc-<team>-<cluster>}), and Kubernetes' own are {@code kube-*}. A team's namespaces start
 *       with {@code <team>-}, so a team named {@code vc} or {@code vc-...} (or {@code kube}, {@code
 *       kube-...}) could own names under those prefixes: such team names are refused.
 * </ul>
 */
public final class OwnedNames {

  /** Where the operator puts the hub namespace of a vcluster: {@code vc-<team>-<cluster>}. */
  public static final String VCLUSTER_NAMESPACE_PREFIX = "vc-";

  /** Namespace prefixes no team may own, and whose they are (for messages). */
  static final Map<String, String> RESERVED_NAMESPACE_PREFIXES =
      Map.of(
          VCLUSTER_NAMESPACE_PREFIX,
          "the operator's vcluster host namespaces (vc-<team>-<cluster>)",
          "kube-",
          "Kubernetes' own namespaces");

  private OwnedNames() {}

  /** Whether an Azure tag name is one of the operator's, as Azure compares tag names. */
  static boolean reservedTag(String name) {
    return Groups.OPERATOR_TAGS.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /** Whether a label key is the operator's or under a domain it or its consumers own. */
  static boolean reservedLabel(String key) {
    int slash = key.indexOf('/');
    if (slash < 0) {
      return key.strip().equalsIgnoreCase(Groups.LABEL_ENV);
    }
    String domain = key.substring(0, slash).toLowerCase(Locale.ROOT);
    return Groups.RESERVED_LABEL_DOMAINS.stream()
        .anyMatch(owned -> domain.equals(owned) || domain.endsWith("." + owned));
  }

  /**
   * Whose namespace prefix a team's own prefix {@code <team>-} would reach into; empty when none.
   */
  static Optional<String> reservedTeamPrefix(String team) {
    String prefix = team + "-";
    return RESERVED_NAMESPACE_PREFIXES.entrySet().stream()
        .filter(reserved -> prefix.startsWith(reserved.getKey()))
        .map(reserved -> reserved.getKey() + " is reserved for " + reserved.getValue())
        .findFirst();
  }
}
