package dev.allotment.api.v1alpha1;

/** API group and version names, and the labels and annotations the operator owns. */
public final class Groups {
  public static final String PLATFORM = "platform.allotment.dev";
  public static final String V1ALPHA1 = "v1alpha1";

  public static final String LABEL_MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String MANAGED_BY = "allotment";
  public static final String LABEL_TEAM = PLATFORM + "/team";
  public static final String LABEL_STAGE = PLATFORM + "/stage";
  public static final String LABEL_KIND = PLATFORM + "/kind";

  /**
   * On a Namespace, set by the platform team alone: the one team (spec.team) whose TeamEnvironments
   * and Clusters may be ordered from that namespace. A key of its own, never {@link #LABEL_TEAM}:
   * the operator puts the team label on everything it creates for a team, namespaces included, and
   * a namespace the operator creates must not be able to order by itself. The operator never sets
   * this label.
   */
  public static final String LABEL_TENANT = PLATFORM + "/tenant";

  /**
   * On a Namespace, set by the platform team: the stages that namespace may order for,
   * comma-separated (e.g. {@code development,test}); absent means every stage.
   */
  public static final String ANNOTATION_STAGES = PLATFORM + "/stages";

  private Groups() {}
}
