package dev.allotment.claims;

import dev.allotment.engine.Fingerprint;
import java.util.Locale;

/**
 * A name a resource derives and must own alone.
 *
 * @param kind {@link #NAMESPACE}, {@link #ENVIRONMENT}, {@link #REPOSITORY} or {@link #CLUSTER}
 * @param name the full name, e.g. {@code hub/payments-development} or {@code
 *     nordic-retail/payments-development}
 * @param field the spec field the name comes from, for the message
 */
public record ClaimedName(String kind, String name, String field) {

  /**
   * A namespace, as {@code <cluster>/<namespace>} ({@code hub} or the Cluster's namespace/name).
   */
  public static final String NAMESPACE = "namespace";

  /** {@code <team>-<stage>}: the resource group, identity and GitHub teams derive from it. */
  public static final String ENVIRONMENT = "environment";

  /** A GitHub repository, {@code <organization>/<repository>}, lowercase as GitHub compares. */
  public static final String REPOSITORY = "repository";

  /** A cloud cluster, {@code <provider>/<cluster name>}. */
  public static final String CLUSTER = "cluster";

  public ClaimedName {
    if (REPOSITORY.equals(kind)) {
      name = name.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The claim object's name: readable where the name allows, always unique (a digest of kind and
   * full name), within Kubernetes' 253 characters.
   */
  public String objectName() {
    String readable = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    readable = readable.replaceAll("^-+|-+$", "");
    if (readable.length() > 60) {
      readable = readable.substring(0, 60).replaceAll("-+$", "");
    }
    return kind
        + "."
        + (readable.isEmpty() ? "" : readable + ".")
        + Fingerprint.of(kind, name).substring(0, 12);
  }
}
