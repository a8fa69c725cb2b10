package dev.allotment.pulumi.github.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link dev.allotment.pulumi.github.GithubFunctions#getOrganization} returns about a GitHub
 * organization. Every output of the schema is bound, as in Pulumi's generated SDKs; Allotment's
 * programs read {@link #users()}.
 */
@CustomType
public final class GetOrganizationResult {
  private Boolean advancedSecurityEnabledForNewRepositories;
  private String defaultRepositoryPermission;
  private Boolean dependabotAlertsEnabledForNewRepositories;
  private Boolean dependabotSecurityUpdatesEnabledForNewRepositories;
  private Boolean dependencyGraphEnabledForNewRepositories;
  private String description;
  private String id;
  private @Nullable Boolean ignoreArchivedRepos;
  private String login;
  private List<String> members;
  private String membersAllowedRepositoryCreationType;
  private Boolean membersCanCreateInternalRepositories;
  private Boolean membersCanCreatePages;
  private Boolean membersCanCreatePrivatePages;
  private Boolean membersCanCreatePrivateRepositories;
  private Boolean membersCanCreatePublicPages;
  private Boolean membersCanCreatePublicRepositories;
  private Boolean membersCanCreateRepositories;
  private Boolean membersCanForkPrivateRepositories;
  private String name;
  private String nodeId;
  private String orgname;
  private String plan;
  private List<String> repositories;
  private Boolean secretScanningEnabledForNewRepositories;
  private Boolean secretScanningPushProtectionEnabledForNewRepositories;
  private @Nullable Boolean summaryOnly;
  private Boolean twoFactorRequirementEnabled;
  private List<Map<String, String>> users;
  private Boolean webCommitSignoffRequired;

  private GetOrganizationResult() {}

  /**
   * Whether advanced security is enabled for new repositories.
   *
   * @return the value
   */
  public Boolean advancedSecurityEnabledForNewRepositories() {
    return this.advancedSecurityEnabledForNewRepositories;
  }

  /**
   * Default permission level members have for organization repositories.
   *
   * @return the value
   */
  public String defaultRepositoryPermission() {
    return this.defaultRepositoryPermission;
  }

  /**
   * Whether Dependabot alerts is automatically enabled for new repositories.
   *
   * @return the value
   */
  public Boolean dependabotAlertsEnabledForNewRepositories() {
    return this.dependabotAlertsEnabledForNewRepositories;
  }

  /**
   * Whether Dependabot security updates is automatically enabled for new repositories.
   *
   * @return the value
   */
  public Boolean dependabotSecurityUpdatesEnabledForNewRepositories() {
    return this.dependabotSecurityUpdatesEnabledForNewRepositories;
  }

  /**
   * Whether dependency graph is automatically enabled for new repositories.
   *
   * @return the value
   */
  public Boolean dependencyGraphEnabledForNewRepositories() {
    return this.dependencyGraphEnabledForNewRepositories;
  }

  /**
   * The organization account description.
   *
   * @return the value
   */
  public String description() {
    return this.description;
  }

  /**
   * The provider-assigned id of this lookup.
   *
   * @return the value
   */
  public String id() {
    return this.id;
  }

  /**
   * Whether archived repositories were left out of {@code repositories}, as the lookup asked.
   *
   * @return the value, if the provider reported one
   */
  public Optional<Boolean> ignoreArchivedRepos() {
    return Optional.ofNullable(this.ignoreArchivedRepos);
  }

  /**
   * The organization account login.
   *
   * @return the value
   */
  public String login() {
    return this.login;
  }

  /**
   * The logins of the organization's members. Deprecated upstream: the same values as the {@code
   * login} of each of {@link #users()}, which is to replace it in the provider's next major
   * version.
   *
   * @return the value
   */
  public List<String> members() {
    return this.members;
  }

  /**
   * The type of repository allowed to be created by members of the organization. Can be one of
   * {@code ALL}, {@code PUBLIC}, {@code PRIVATE}, {@code NONE}.
   *
   * @return the value
   */
  public String membersAllowedRepositoryCreationType() {
    return this.membersAllowedRepositoryCreationType;
  }

  /**
   * Whether organization members can create internal repositories.
   *
   * @return the value
   */
  public Boolean membersCanCreateInternalRepositories() {
    return this.membersCanCreateInternalRepositories;
  }

  /**
   * Whether organization members can create pages sites.
   *
   * @return the value
   */
  public Boolean membersCanCreatePages() {
    return this.membersCanCreatePages;
  }

  /**
   * Whether organization members can create private pages sites.
   *
   * @return the value
   */
  public Boolean membersCanCreatePrivatePages() {
    return this.membersCanCreatePrivatePages;
  }

  /**
   * Whether organization members can create private repositories.
   *
   * @return the value
   */
  public Boolean membersCanCreatePrivateRepositories() {
    return this.membersCanCreatePrivateRepositories;
  }

  /**
   * Whether organization members can create public pages sites.
   *
   * @return the value
   */
  public Boolean membersCanCreatePublicPages() {
    return this.membersCanCreatePublicPages;
  }

  /**
   * Whether organization members can create public repositories.
   *
   * @return the value
   */
  public Boolean membersCanCreatePublicRepositories() {
    return this.membersCanCreatePublicRepositories;
  }

  /**
   * Whether non-admin organization members can create repositories.
   *
   * @return the value
   */
  public Boolean membersCanCreateRepositories() {
    return this.membersCanCreateRepositories;
  }

  /**
   * Whether organization members can create private repository forks.
   *
   * @return the value
   */
  public Boolean membersCanForkPrivateRepositories() {
    return this.membersCanForkPrivateRepositories;
  }

  /**
   * The organization's public profile name.
   *
   * @return the value
   */
  public String name() {
    return this.name;
  }

  /**
   * GraphQL global node ID for use with the v4 API.
   *
   * @return the value
   */
  public String nodeId() {
    return this.nodeId;
  }

  /**
   * The organization's name as used in URLs and the API.
   *
   * @return the value
   */
  public String orgname() {
    return this.orgname;
  }

  /**
   * The organization account plan name.
   *
   * @return the value
   */
  public String plan() {
    return this.plan;
  }

  /**
   * A list of the full names of the repositories in the organization formatted as {@code
   * owner/name} strings.
   *
   * @return the value
   */
  public List<String> repositories() {
    return this.repositories;
  }

  /**
   * Whether secret scanning is automatically enabled for new repositories.
   *
   * @return the value
   */
  public Boolean secretScanningEnabledForNewRepositories() {
    return this.secretScanningEnabledForNewRepositories;
  }

  /**
   * Whether secret scanning push protection is automatically enabled for new repositories.
   *
   * @return the value
   */
  public Boolean secretScanningPushProtectionEnabledForNewRepositories() {
    return this.secretScanningPushProtectionEnabledForNewRepositories;
  }

  /**
   * Whether the lookup asked for a summary only (no repositories, members or users).
   *
   * @return the value, if the provider reported one
   */
  public Optional<Boolean> summaryOnly() {
    return Optional.ofNullable(this.summaryOnly);
  }

  /**
   * Whether two-factor authentication is required for all members of the organization.
   *
   * @return the value
   */
  public Boolean twoFactorRequirementEnabled() {
    return this.twoFactorRequirementEnabled;
  }

  /**
   * The organization's members (not pending invitations), one map of fields per member; its {@code
   * login} key is the member's GitHub login.
   *
   * @return the value
   */
  public List<Map<String, String>> users() {
    return this.users;
  }

  /**
   * Whether organization members must sign all commits.
   *
   * @return the value
   */
  public Boolean webCommitSignoffRequired() {
    return this.webCommitSignoffRequired;
  }

  /**
   * Starts an empty builder; the Pulumi SDK uses it to deserialize provider outputs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GetOrganizationResult}. */
  @CustomType.Builder
  public static final class Builder {
    private final GetOrganizationResult value = new GetOrganizationResult();

    /** Creates an empty builder; public because the Pulumi SDK instantiates it reflectively. */
    public Builder() {}

    /**
     * Sets {@link GetOrganizationResult#advancedSecurityEnabledForNewRepositories()}.
     *
     * @param advancedSecurityEnabledForNewRepositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder advancedSecurityEnabledForNewRepositories(
        Boolean advancedSecurityEnabledForNewRepositories) {
      if (advancedSecurityEnabledForNewRepositories == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "advancedSecurityEnabledForNewRepositories");
      }
      value.advancedSecurityEnabledForNewRepositories = advancedSecurityEnabledForNewRepositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#defaultRepositoryPermission()}.
     *
     * @param defaultRepositoryPermission the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder defaultRepositoryPermission(String defaultRepositoryPermission) {
      if (defaultRepositoryPermission == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "defaultRepositoryPermission");
      }
      value.defaultRepositoryPermission = defaultRepositoryPermission;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#dependabotAlertsEnabledForNewRepositories()}.
     *
     * @param dependabotAlertsEnabledForNewRepositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder dependabotAlertsEnabledForNewRepositories(
        Boolean dependabotAlertsEnabledForNewRepositories) {
      if (dependabotAlertsEnabledForNewRepositories == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "dependabotAlertsEnabledForNewRepositories");
      }
      value.dependabotAlertsEnabledForNewRepositories = dependabotAlertsEnabledForNewRepositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#dependabotSecurityUpdatesEnabledForNewRepositories()}.
     *
     * @param dependabotSecurityUpdatesEnabledForNewRepositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder dependabotSecurityUpdatesEnabledForNewRepositories(
        Boolean dependabotSecurityUpdatesEnabledForNewRepositories) {
      if (dependabotSecurityUpdatesEnabledForNewRepositories == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "dependabotSecurityUpdatesEnabledForNewRepositories");
      }
      value.dependabotSecurityUpdatesEnabledForNewRepositories =
          dependabotSecurityUpdatesEnabledForNewRepositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#dependencyGraphEnabledForNewRepositories()}.
     *
     * @param dependencyGraphEnabledForNewRepositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder dependencyGraphEnabledForNewRepositories(
        Boolean dependencyGraphEnabledForNewRepositories) {
      if (dependencyGraphEnabledForNewRepositories == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "dependencyGraphEnabledForNewRepositories");
      }
      value.dependencyGraphEnabledForNewRepositories = dependencyGraphEnabledForNewRepositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#description()}.
     *
     * @param description the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder description(String description) {
      if (description == null) {
        throw new MissingRequiredPropertyException("GetOrganizationResult", "description");
      }
      value.description = description;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#id()}.
     *
     * @param id the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder id(String id) {
      if (id == null) {
        throw new MissingRequiredPropertyException("GetOrganizationResult", "id");
      }
      value.id = id;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#ignoreArchivedRepos()}.
     *
     * @param ignoreArchivedRepos the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder ignoreArchivedRepos(@Nullable Boolean ignoreArchivedRepos) {
      value.ignoreArchivedRepos = ignoreArchivedRepos;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#login()}.
     *
     * @param login the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder login(String login) {
      if (login == null) {
        throw new MissingRequiredPropertyException("GetOrganizationResult", "login");
      }
      value.login = login;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#members()}.
     *
     * @param members the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder members(List<String> members) {
      if (members == null) {
        throw new MissingRequiredPropertyException("GetOrganizationResult", "members");
      }
      value.members = members;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#membersAllowedRepositoryCreationType()}.
     *
     * @param membersAllowedRepositoryCreationType the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder membersAllowedRepositoryCreationType(
        String membersAllowedRepositoryCreationType) {
      if (membersAllowedRepositoryCreationType == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "membersAllowedRepositoryCreationType");
      }
      value.membersAllowedRepositoryCreationType = membersAllowedRepositoryCreationType;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#membersCanCreateInternalRepositories()}.
     *
     * @param membersCanCreateInternalRepositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder membersCanCreateInternalRepositories(
        Boolean membersCanCreateInternalRepositories) {
      if (membersCanCreateInternalRepositories == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "membersCanCreateInternalRepositories");
      }
      value.membersCanCreateInternalRepositories = membersCanCreateInternalRepositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#membersCanCreatePages()}.
     *
     * @param membersCanCreatePages the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder membersCanCreatePages(Boolean membersCanCreatePages) {
      if (membersCanCreatePages == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "membersCanCreatePages");
      }
      value.membersCanCreatePages = membersCanCreatePages;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#membersCanCreatePrivatePages()}.
     *
     * @param membersCanCreatePrivatePages the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder membersCanCreatePrivatePages(Boolean membersCanCreatePrivatePages) {
      if (membersCanCreatePrivatePages == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "membersCanCreatePrivatePages");
      }
      value.membersCanCreatePrivatePages = membersCanCreatePrivatePages;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#membersCanCreatePrivateRepositories()}.
     *
     * @param membersCanCreatePrivateRepositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder membersCanCreatePrivateRepositories(
        Boolean membersCanCreatePrivateRepositories) {
      if (membersCanCreatePrivateRepositories == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "membersCanCreatePrivateRepositories");
      }
      value.membersCanCreatePrivateRepositories = membersCanCreatePrivateRepositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#membersCanCreatePublicPages()}.
     *
     * @param membersCanCreatePublicPages the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder membersCanCreatePublicPages(Boolean membersCanCreatePublicPages) {
      if (membersCanCreatePublicPages == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "membersCanCreatePublicPages");
      }
      value.membersCanCreatePublicPages = membersCanCreatePublicPages;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#membersCanCreatePublicRepositories()}.
     *
     * @param membersCanCreatePublicRepositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder membersCanCreatePublicRepositories(Boolean membersCanCreatePublicRepositories) {
      if (membersCanCreatePublicRepositories == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "membersCanCreatePublicRepositories");
      }
      value.membersCanCreatePublicRepositories = membersCanCreatePublicRepositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#membersCanCreateRepositories()}.
     *
     * @param membersCanCreateRepositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder membersCanCreateRepositories(Boolean membersCanCreateRepositories) {
      if (membersCanCreateRepositories == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "membersCanCreateRepositories");
      }
      value.membersCanCreateRepositories = membersCanCreateRepositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#membersCanForkPrivateRepositories()}.
     *
     * @param membersCanForkPrivateRepositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder membersCanForkPrivateRepositories(Boolean membersCanForkPrivateRepositories) {
      if (membersCanForkPrivateRepositories == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "membersCanForkPrivateRepositories");
      }
      value.membersCanForkPrivateRepositories = membersCanForkPrivateRepositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#name()}.
     *
     * @param name the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder name(String name) {
      if (name == null) {
        throw new MissingRequiredPropertyException("GetOrganizationResult", "name");
      }
      value.name = name;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#nodeId()}.
     *
     * @param nodeId the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder nodeId(String nodeId) {
      if (nodeId == null) {
        throw new MissingRequiredPropertyException("GetOrganizationResult", "nodeId");
      }
      value.nodeId = nodeId;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#orgname()}.
     *
     * @param orgname the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder orgname(String orgname) {
      if (orgname == null) {
        throw new MissingRequiredPropertyException("GetOrganizationResult", "orgname");
      }
      value.orgname = orgname;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#plan()}.
     *
     * @param plan the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder plan(String plan) {
      if (plan == null) {
        throw new MissingRequiredPropertyException("GetOrganizationResult", "plan");
      }
      value.plan = plan;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#repositories()}.
     *
     * @param repositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder repositories(List<String> repositories) {
      if (repositories == null) {
        throw new MissingRequiredPropertyException("GetOrganizationResult", "repositories");
      }
      value.repositories = repositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#secretScanningEnabledForNewRepositories()}.
     *
     * @param secretScanningEnabledForNewRepositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder secretScanningEnabledForNewRepositories(
        Boolean secretScanningEnabledForNewRepositories) {
      if (secretScanningEnabledForNewRepositories == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "secretScanningEnabledForNewRepositories");
      }
      value.secretScanningEnabledForNewRepositories = secretScanningEnabledForNewRepositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#secretScanningPushProtectionEnabledForNewRepositories()}.
     *
     * @param secretScanningPushProtectionEnabledForNewRepositories the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder secretScanningPushProtectionEnabledForNewRepositories(
        Boolean secretScanningPushProtectionEnabledForNewRepositories) {
      if (secretScanningPushProtectionEnabledForNewRepositories == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "secretScanningPushProtectionEnabledForNewRepositories");
      }
      value.secretScanningPushProtectionEnabledForNewRepositories =
          secretScanningPushProtectionEnabledForNewRepositories;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#summaryOnly()}.
     *
     * @param summaryOnly the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder summaryOnly(@Nullable Boolean summaryOnly) {
      value.summaryOnly = summaryOnly;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#twoFactorRequirementEnabled()}.
     *
     * @param twoFactorRequirementEnabled the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder twoFactorRequirementEnabled(Boolean twoFactorRequirementEnabled) {
      if (twoFactorRequirementEnabled == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "twoFactorRequirementEnabled");
      }
      value.twoFactorRequirementEnabled = twoFactorRequirementEnabled;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#users()}.
     *
     * @param users the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder users(List<Map<String, String>> users) {
      if (users == null) {
        throw new MissingRequiredPropertyException("GetOrganizationResult", "users");
      }
      value.users = users;
      return this;
    }

    /**
     * Sets {@link GetOrganizationResult#webCommitSignoffRequired()}.
     *
     * @param webCommitSignoffRequired the value
     * @return this builder
     */
    @CustomType.Setter
    public Builder webCommitSignoffRequired(Boolean webCommitSignoffRequired) {
      if (webCommitSignoffRequired == null) {
        throw new MissingRequiredPropertyException(
            "GetOrganizationResult", "webCommitSignoffRequired");
      }
      value.webCommitSignoffRequired = webCommitSignoffRequired;
      return this;
    }

    /**
     * Returns the value.
     *
     * @return the value
     */
    public GetOrganizationResult build() {
      return value;
    }
  }
}
