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
 * #TEAM_LABEL} names the one team its TeamEnvironments and Clusters may order for, annotation
 * {@value #STAGES_ANNOTATION} the stages (comma-separated; absent means all). Capsule binds a
 * namespace to its tenant the same way, with a label a tenant cannot set.
 *
 * @param team the bound team; empty when the namespace is not bound
 * @param stages the stages it may order for, as written; empty means every stage
 */
public record NamespaceBinding(Optional<String> team, List<String> stages) {

  public static final String TEAM_LABEL = Groups.LABEL_TENANT;
  public static final String STAGES_ANNOTATION = Groups.ANNOTATION_STAGES;

  /** Not bound: the namespace orders for nobody (unless a PlatformPolicy tenancy rule says so). */
  public static final NamespaceBinding NONE = new NamespaceBinding(Optional.empty(), List.of());

  public NamespaceBinding {
    team = team.filter(t -> !t.isBlank());
    stages = List.copyOf(stages);
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
    return new NamespaceBinding(Optional.ofNullable(labels.get(TEAM_LABEL)), stages);
  }

  /** Whether the binding lets the namespace order for {@code stage}. */
  boolean allows(Stage stage) {
    return stages.isEmpty() || stages.contains(stage.value()) || stages.contains("*");
  }
}
