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
   * On a Namespace, set by the platform team: the one team (spec.team) whose TeamEnvironments and
   * Clusters may be ordered from that namespace. The same key as {@link #LABEL_TEAM}, which the
   * operator puts on everything it creates for a team.
   */
  public static final String LABEL_TENANT = LABEL_TEAM;

  /**
   * On a Namespace, set by the platform team: the stages that namespace may order for,
   * comma-separated (e.g. {@code development,test}); absent means every stage.
   */
  public static final String ANNOTATION_STAGES = PLATFORM + "/stages";

  private Groups() {}
}
