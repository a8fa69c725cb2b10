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

  private Groups() {}
}
