package dev.allotment.status;

/**
 * Condition and Event reasons: stable CamelCase identifiers that dashboards, alerts and Argo CD
 * health checks may match on. Never change one once released.
 */
public final class Reason {
  public static final String UP_TO_DATE = "UpToDate";
  public static final String UPDATE_RUNNING = "UpdateRunning";
  public static final String UPDATE_STARTED = "UpdateStarted";
  public static final String UPDATE_SUCCEEDED = "UpdateSucceeded";
  public static final String UPDATE_FAILED = "UpdateFailed";
  public static final String RETRY_SCHEDULED = "RetryScheduled";
  public static final String INVALID_SPEC = "InvalidSpec";
  public static final String POLICY_VIOLATION = "PolicyViolation";

  /**
   * A PlatformPolicy the resource is judged by holds a malformed value: the platform must fix it.
   */
  public static final String INVALID_POLICY = "InvalidPolicy";

  /** A PlatformPolicy's Ready reason: the operator applies every value of it as written. */
  public static final String ACCEPTED = "Accepted";

  public static final String DESTROYING = "Destroying";
  public static final String DESTROY_STARTED = "DestroyStarted";
  public static final String DESTROY_SUCCEEDED = "DestroySucceeded";
  public static final String DESTROY_FAILED = "DestroyFailed";
  public static final String RETAINED = "Retained";
  public static final String WAITING_FOR_CLUSTER = "WaitingForCluster";
  public static final String PREVIEWING = "Previewing";
  public static final String AWAITING_APPROVAL = "AwaitingApproval";
  public static final String APPROVED = "Approved";

  /** The paused annotation was ignored: a PlatformPolicy forbids pausing the stage. */
  public static final String PAUSE_FORBIDDEN = "PauseForbidden";

  public static final String PAUSED = "Paused";
  public static final String RESUMED = "Resumed";
  public static final String DRIFT_DETECTED = "DriftDetected";
  public static final String NO_DRIFT = "NoDrift";
  public static final String DRIFT_CORRECTED = "DriftCorrected";
  public static final String DRIFT_CHECK_FAILED = "DriftCheckFailed";
  public static final String DEPENDANTS_EXIST = "DependantsExist";

  // Tenancy and ownership: the wall between teams.
  /** The resource's namespace is bound to no team: a platform engineer must bind it. */
  public static final String NAMESPACE_NOT_BOUND = "NamespaceNotBound";

  /** The namespace is bound to another team, or not to this stage. */
  public static final String TENANCY_VIOLATION = "TenancyViolation";

  /** The namespace the program would create exists and was not created for this team and stage. */
  public static final String NAMESPACE_TAKEN = "NamespaceTaken";

  /** The stack of this namespace and name belongs to another team or stage. */
  public static final String STACK_OWNED_ELSEWHERE = "StackOwnedElsewhere";

  /** A Secret the operator would write exists and is not this resource's. */
  public static final String SECRET_NOT_OWNED = "SecretNotOwned";

  /** A name this resource derives is claimed by another resource. */
  public static final String NAME_CLAIMED = "NameClaimed";

  // GitHub organization membership: Allotment never invites anyone into an organization.
  /** An owner or contributor is not on a PlatformPolicy's github.allowedMembers list. */
  public static final String GITHUB_LOGIN_NOT_ALLOWED = "GitHubLoginNotAllowed";

  /** An owner or contributor is not a member of the GitHub organization, as GitHub reports it. */
  public static final String GITHUB_LOGIN_NOT_MEMBER = "GitHubLoginNotMember";

  /** A user principal name in the Entra ID group's owners or contributors is no Entra ID user. */
  public static final String ENTRA_USER_NOT_FOUND = "EntraUserNotFound";

  // Fair share: caps a PlatformPolicy sets (spec.limits).
  /** The namespace already holds as many resources of the kind as a PlatformPolicy allows. */
  public static final String NAMESPACE_LIMIT_REACHED = "NamespaceLimitReached";

  /** The environment lists more owners and contributors than a PlatformPolicy allows. */
  public static final String MEMBER_LIMIT_REACHED = "MemberLimitReached";

  /**
   * A TeamEnvironment's spec.kubernetes.quota asks for more CPU, memory or pods than a
   * PlatformPolicy's ceiling for its stage allows.
   */
  public static final String COMPUTE_QUOTA_ABOVE_CEILING = "ComputeQuotaAboveCeiling";

  private Reason() {}
}
