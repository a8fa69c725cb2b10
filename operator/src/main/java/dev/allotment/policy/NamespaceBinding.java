package dev.allotment.policy;

import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.Stage;
import io.fabric8.kubernetes.api.model.Namespace;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the platform bound a namespace to a team, read from the Namespace object: label {@value
 * #TENANT_LABEL} names the one team its TeamEnvironments and Clusters may order for, annotation
 * {@value #STAGES_ANNOTATION} the stages (comma-separated; absent means all). Capsule binds a
 * namespace to its tenant the same way, with a label a tenant cannot set.
 *
 * <p>Binding is the platform's act alone. The operator never sets the tenant label, and a namespace
 * it created (label {@value Groups#LABEL_KIND}, or the {@code app.kubernetes.io/managed-by:
 * allotment} of older releases) orders nothing by itself, whatever its team label says: the
 * operator puts {@value Groups#LABEL_TEAM} on everything it creates for a team, and a team chooses
 * the names of the namespaces it orders. Namespaces bound before the tenant label existed carry
 * {@value #LEGACY_TEAM_LABEL}; on a namespace the operator did not create that still binds.
 *
 * @param team the bound team; empty when the namespace is not bound
 * @param stages the stages it may order for, as written; empty means every stage
 * @param createdByOperator whether the operator created the namespace (for a TeamEnvironment or as
 *     a vcluster host); such a namespace is bound only by {@value #TENANT_LABEL}
 */
public record NamespaceBinding(
    Optional<String> team, List<String> stages, boolean createdByOperator) {

  public static final String TENANT_LABEL = Groups.LABEL_TENANT;
  public static final String STAGES_ANNOTATION = Groups.ANNOTATION_STAGES;

  /**
   * How the platform bound namespaces before {@value #TENANT_LABEL}; read only on namespaces the
   * operator did not create. Relabel them (README, Tenancy and ownership).
   */
  public static final String LEGACY_TEAM_LABEL = Groups.LABEL_TEAM;

  /** Not bound: the namespace orders for nobody (unless a PlatformPolicy tenancy rule says so). */
  public static final NamespaceBinding NONE =
      new NamespaceBinding(Optional.empty(), List.of(), false);

  public NamespaceBinding {
    team = team.filter(t -> !t.isBlank());
    stages = List.copyOf(stages);
  }

  /** A binding of a namespace the operator did not create. */
  public NamespaceBinding(Optional<String> team, List<String> stages) {
    this(team, stages, false);
  }

  public static NamespaceBinding of(Namespace namespace) {
    Map<String, String> labels =
        Optional.ofNullable(namespace.getMetadata().getLabels()).orElse(Map.of());
    Map<String, String> annotations =
        Optional.ofNullable(namespace.getMetadata().getAnnotations()).orElse(Map.of());
    List<String> stages =
        Optional.ofNullable(annotations.get(STAGES_ANNOTATION))
            .map(
                s ->
                    Arrays.stream(s.split(","))
                        .map(String::trim)
                        .filter(v -> !v.isEmpty())
                        .toList())
            .orElse(List.of());
    boolean byOperator =
        labels.containsKey(Groups.LABEL_KIND)
            || Groups.MANAGED_BY.equals(labels.get(Groups.LABEL_MANAGED_BY));
    Optional<String> team =
        Optional.ofNullable(labels.get(TENANT_LABEL))
            .or(
                () ->
                    byOperator
                        ? Optional.empty()
                        : Optional.ofNullable(labels.get(LEGACY_TEAM_LABEL)));
    return new NamespaceBinding(team, stages, byOperator);
  }

  /** Whether the binding lets the namespace order for {@code stage}. */
  boolean allows(Stage stage) {
    return stages.isEmpty() || stages.contains(stage.value()) || stages.contains("*");
  }
}
