package dev.allotment.policy;

import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.validation.SpecProblem;
import io.fabric8.kubernetes.api.model.Namespace;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a namespace a program would create is free for it: the operator creates namespaces and
 * never adopts one. An existing namespace is this request's only when the operator created it for
 * the same team, stage and kind: labels {@code platform.allotment.dev/team}, {@code /stage} and
 * {@code /kind} (tenants cannot edit Namespace labels). Namespaces created before the kind label
 * existed carry {@code app.kubernetes.io/managed-by: allotment} instead; since namespaces are
 * created client-side (below), the kubernetes provider labels new ones {@code managed-by: pulumi}.
 * The program enforces the same with a create-only provider; this check runs first so that the
 * refusal names who has the namespace.
 */
public final class NamespaceOwnership {

  private NamespaceOwnership() {}

  /**
   * @param field the spec field the namespace name comes from, for the message
   * @param existing the namespace as the hub has it; empty when it does not exist
   * @return the problem when the namespace exists and is not this team's and stage's
   */
  public static Optional<SpecProblem> check(
      String field,
      String name,
      Optional<Namespace> existing,
      String team,
      String stage,
      String kind) {
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> labels =
        Optional.ofNullable(existing.get().getMetadata().getLabels()).orElse(Map.of());
    String kindLabel = labels.get(Groups.LABEL_KIND);
    boolean legacy = Groups.MANAGED_BY.equals(labels.get(Groups.LABEL_MANAGED_BY));
    boolean byUs = kindLabel != null || legacy;
    if (team.equals(labels.get(Groups.LABEL_TEAM))
        && stage.equals(labels.get(Groups.LABEL_STAGE))
        && (kind.equals(kindLabel) || (kindLabel == null && legacy))) {
      return Optional.empty();
    }
    String who =
        byUs
            ? "the operator created it for team "
                + PolicyViolation.abbreviate(labels.get(Groups.LABEL_TEAM))
                + ", stage "
                + PolicyViolation.abbreviate(labels.get(Groups.LABEL_STAGE))
                + (kindLabel == null ? "" : " (" + PolicyViolation.abbreviate(kindLabel) + ")")
            : "it was not created by Allotment"
                + Optional.ofNullable(labels.get(Groups.LABEL_MANAGED_BY))
                    .map(m -> " (managed by " + PolicyViolation.abbreviate(m) + ")")
                    .orElse("");
    return Optional.of(
        new SpecProblem(
            field,
            "namespace "
                + PolicyViolation.abbreviate(name)
                + " already exists and "
                + who
                + "; the operator never adopts an existing namespace: choose another name"));
  }
}
