package dev.allotment.api.v1alpha1;

import java.util.List;

/**
 * API group and version names, and the labels, annotations and cloud tags the operator owns. A
 * team's own labels and tags may use none of them, in any spelling their consumers treat as the
 * same (see {@code validation.OwnedNames}).
 */
public final class Groups {
  public static final String PLATFORM = "platform.allotment.dev";
  public static final String V1ALPHA1 = "v1alpha1";

  public static final String LABEL_MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String MANAGED_BY = "allotment";
  public static final String LABEL_TEAM = PLATFORM + "/team";
  public static final String LABEL_STAGE = PLATFORM + "/stage";
  public static final String LABEL_KIND = PLATFORM + "/kind";

  /** On an Argo CD cluster Secret: the stage, for ApplicationSet cluster generators. */
  public static final String LABEL_ENV = "env";

  /**
   * Domains of the label keys the operator and its consumers own, with every subdomain: the
   * operator's ({@code platform.allotment.dev/...}), Argo CD's ({@code argocd.argoproj.io/...}) and
   * Kubernetes' ({@code app.kubernetes.io/managed-by}, and the prefixes Kubernetes reserves for
   * itself).
   */
  public static final List<String> RESERVED_LABEL_DOMAINS =
      List.of("allotment.dev", "argoproj.io", "kubernetes.io", "k8s.io");

  /** Tag names the operator sets on the cloud resources it tags; DigitalOcean's as name:value. */
  public static final String TAG_TEAM = "team";

  public static final String TAG_STAGE = "stage";
  public static final String TAG_MANAGED_BY = "managed-by";
  public static final List<String> OPERATOR_TAGS = List.of(TAG_TEAM, TAG_STAGE, TAG_MANAGED_BY);

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
