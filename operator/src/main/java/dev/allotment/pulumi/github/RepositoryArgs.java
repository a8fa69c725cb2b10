package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.allotment.pulumi.github.inputs.RepositoryTemplateArgs;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Inputs of a {@link Repository}. */
public final class RepositoryArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final RepositoryArgs Empty = new RepositoryArgs();

  @Import(name = "name")
  private @Nullable Output<String> name;

  @Import(name = "description")
  private @Nullable Output<String> description;

  @Import(name = "visibility")
  private @Nullable Output<String> visibility;

  @Import(name = "autoInit")
  private @Nullable Output<Boolean> autoInit;

  @Import(name = "template")
  private @Nullable Output<RepositoryTemplateArgs> template;

  @Import(name = "hasIssues")
  private @Nullable Output<Boolean> hasIssues;

  @Import(name = "hasDiscussions")
  private @Nullable Output<Boolean> hasDiscussions;

  @Import(name = "hasProjects")
  private @Nullable Output<Boolean> hasProjects;

  @Import(name = "hasWiki")
  private @Nullable Output<Boolean> hasWiki;

  @Import(name = "homepageUrl")
  private @Nullable Output<String> homepageUrl;

  @Import(name = "topics")
  private @Nullable Output<List<String>> topics;

  @Import(name = "isTemplate")
  private @Nullable Output<Boolean> isTemplate;

  @Import(name = "archived")
  private @Nullable Output<Boolean> archived;

  @Import(name = "archiveOnDestroy")
  private @Nullable Output<Boolean> archiveOnDestroy;

  @Import(name = "deleteBranchOnMerge")
  private @Nullable Output<Boolean> deleteBranchOnMerge;

  @Import(name = "allowAutoMerge")
  private @Nullable Output<Boolean> allowAutoMerge;

  @Import(name = "allowMergeCommit")
  private @Nullable Output<Boolean> allowMergeCommit;

  @Import(name = "allowRebaseMerge")
  private @Nullable Output<Boolean> allowRebaseMerge;

  @Import(name = "allowSquashMerge")
  private @Nullable Output<Boolean> allowSquashMerge;

  @Import(name = "allowUpdateBranch")
  private @Nullable Output<Boolean> allowUpdateBranch;

  @Import(name = "allowForking")
  private @Nullable Output<Boolean> allowForking;

  @Import(name = "mergeCommitTitle")
  private @Nullable Output<String> mergeCommitTitle;

  @Import(name = "mergeCommitMessage")
  private @Nullable Output<String> mergeCommitMessage;

  @Import(name = "squashMergeCommitTitle")
  private @Nullable Output<String> squashMergeCommitTitle;

  @Import(name = "squashMergeCommitMessage")
  private @Nullable Output<String> squashMergeCommitMessage;

  @Import(name = "webCommitSignoffRequired")
  private @Nullable Output<Boolean> webCommitSignoffRequired;

  @Import(name = "gitignoreTemplate")
  private @Nullable Output<String> gitignoreTemplate;

  @Import(name = "licenseTemplate")
  private @Nullable Output<String> licenseTemplate;

  @Import(name = "vulnerabilityAlerts")
  private @Nullable Output<Boolean> vulnerabilityAlerts;

  /**
   * The name of the repository. Set it explicitly: left unset, Pulumi derives one from the resource
   * name plus a random suffix.
   */
  public Optional<Output<String>> name() {
    return Optional.ofNullable(this.name);
  }

  /** A description of the repository. */
  public Optional<Output<String>> description() {
    return Optional.ofNullable(this.description);
  }

  /**
   * Can be {@code public} or {@code private}. If your organization is associated with an enterprise
   * account using GitHub Enterprise Cloud or GitHub Enterprise Server 2.20+, visibility can also be
   * {@code internal}.
   */
  public Optional<Output<String>> visibility() {
    return Optional.ofNullable(this.visibility);
  }

  /** Set to {@code true} to produce an initial commit in the repository. */
  public Optional<Output<Boolean>> autoInit() {
    return Optional.ofNullable(this.autoInit);
  }

  /**
   * Use a template repository to create this resource. See Template Repositories below for details.
   */
  public Optional<Output<RepositoryTemplateArgs>> template() {
    return Optional.ofNullable(this.template);
  }

  /** Set to {@code true} to enable the GitHub Issues features on the repository. */
  public Optional<Output<Boolean>> hasIssues() {
    return Optional.ofNullable(this.hasIssues);
  }

  /**
   * Set to {@code true} to enable GitHub Discussions on the repository. Defaults to {@code false}.
   */
  public Optional<Output<Boolean>> hasDiscussions() {
    return Optional.ofNullable(this.hasDiscussions);
  }

  /**
   * Set to {@code true} to enable the GitHub Projects features on the repository. Per the GitHub
   * documentation when in an organization that has disabled repository projects it will default to
   * {@code false} and will otherwise default to {@code true}.
   */
  public Optional<Output<Boolean>> hasProjects() {
    return Optional.ofNullable(this.hasProjects);
  }

  /** Set to {@code true} to enable the GitHub Wiki features on the repository. */
  public Optional<Output<Boolean>> hasWiki() {
    return Optional.ofNullable(this.hasWiki);
  }

  /** URL of a page describing the project. */
  public Optional<Output<String>> homepageUrl() {
    return Optional.ofNullable(this.homepageUrl);
  }

  /** The list of topics of the repository. */
  public Optional<Output<List<String>>> topics() {
    return Optional.ofNullable(this.topics);
  }

  /** Set to {@code true} to tell GitHub that this is a template repository. */
  public Optional<Output<Boolean>> isTemplate() {
    return Optional.ofNullable(this.isTemplate);
  }

  /** Specifies if the repository should be archived. Defaults to {@code false}. */
  public Optional<Output<Boolean>> archived() {
    return Optional.ofNullable(this.archived);
  }

  /** Set to {@code true} to archive the repository instead of deleting on destroy. */
  public Optional<Output<Boolean>> archiveOnDestroy() {
    return Optional.ofNullable(this.archiveOnDestroy);
  }

  /** Automatically delete head branch after a pull request is merged. Defaults to {@code false}. */
  public Optional<Output<Boolean>> deleteBranchOnMerge() {
    return Optional.ofNullable(this.deleteBranchOnMerge);
  }

  /** Set to {@code true} to allow auto-merging pull requests on the repository. */
  public Optional<Output<Boolean>> allowAutoMerge() {
    return Optional.ofNullable(this.allowAutoMerge);
  }

  /** Set to {@code false} to disable merge commits on the repository. */
  public Optional<Output<Boolean>> allowMergeCommit() {
    return Optional.ofNullable(this.allowMergeCommit);
  }

  /** Set to {@code false} to disable rebase merges on the repository. */
  public Optional<Output<Boolean>> allowRebaseMerge() {
    return Optional.ofNullable(this.allowRebaseMerge);
  }

  /** Set to {@code false} to disable squash merges on the repository. */
  public Optional<Output<Boolean>> allowSquashMerge() {
    return Optional.ofNullable(this.allowSquashMerge);
  }

  /** Set to {@code true} to always suggest updating pull request branches. */
  public Optional<Output<Boolean>> allowUpdateBranch() {
    return Optional.ofNullable(this.allowUpdateBranch);
  }

  /**
   * Configure private forking for organization owned private and internal repositories; set to
   * {@code true} to enable, {@code false} to disable, and leave unset for the default behaviour.
   * Configuring this requires that private forking is not being explicitly configured at the
   * organization level.
   */
  public Optional<Output<Boolean>> allowForking() {
    return Optional.ofNullable(this.allowForking);
  }

  /**
   * Can be {@code PR_TITLE} or {@code MERGE_MESSAGE} for a default merge commit title. Applicable
   * only if {@code allowMergeCommit} is {@code true}.
   */
  public Optional<Output<String>> mergeCommitTitle() {
    return Optional.ofNullable(this.mergeCommitTitle);
  }

  /**
   * Can be {@code PR_BODY}, {@code PR_TITLE}, or {@code BLANK} for a default merge commit message.
   * Applicable only if {@code allowMergeCommit} is {@code true}.
   */
  public Optional<Output<String>> mergeCommitMessage() {
    return Optional.ofNullable(this.mergeCommitMessage);
  }

  /**
   * Can be {@code PR_TITLE} or {@code COMMIT_OR_PR_TITLE} for a default squash merge commit title.
   * Applicable only if {@code allowSquashMerge} is {@code true}.
   */
  public Optional<Output<String>> squashMergeCommitTitle() {
    return Optional.ofNullable(this.squashMergeCommitTitle);
  }

  /**
   * Can be {@code PR_BODY}, {@code COMMIT_MESSAGES}, or {@code BLANK} for a default squash merge
   * commit message. Applicable only if {@code allowSquashMerge} is {@code true}.
   */
  public Optional<Output<String>> squashMergeCommitMessage() {
    return Optional.ofNullable(this.squashMergeCommitMessage);
  }

  /**
   * Require contributors to sign off on web-based commits. See more in the GitHub documentation.
   */
  public Optional<Output<Boolean>> webCommitSignoffRequired() {
    return Optional.ofNullable(this.webCommitSignoffRequired);
  }

  /** Use the name of the template without the extension. For example, "Haskell". */
  public Optional<Output<String>> gitignoreTemplate() {
    return Optional.ofNullable(this.gitignoreTemplate);
  }

  /** Use the name of the template without the extension. For example, "mit" or "mpl-2.0". */
  public Optional<Output<String>> licenseTemplate() {
    return Optional.ofNullable(this.licenseTemplate);
  }

  /**
   * Whether Dependabot security alerts are enabled. The provider deprecates this input in favour of
   * the {@code RepositoryVulnerabilityAlerts} resource, which these bindings do not cover yet.
   */
  public Optional<Output<Boolean>> vulnerabilityAlerts() {
    return Optional.ofNullable(this.vulnerabilityAlerts);
  }

  private RepositoryArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RepositoryArgs}. */
  public static final class Builder {
    private final RepositoryArgs args = new RepositoryArgs();

    private Builder() {}

    /**
     * Sets {@link RepositoryArgs#name()}.
     *
     * @param name the value, possibly not yet known
     * @return this builder
     */
    public Builder name(@Nullable Output<String> name) {
      args.name = name;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#name()}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      return name(Output.of(name));
    }

    /**
     * Sets {@link RepositoryArgs#description()}.
     *
     * @param description the value, possibly not yet known
     * @return this builder
     */
    public Builder description(@Nullable Output<String> description) {
      args.description = description;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#description()}.
     *
     * @param description the value
     * @return this builder
     */
    public Builder description(String description) {
      return description(Output.of(description));
    }

    /**
     * Sets {@link RepositoryArgs#visibility()}.
     *
     * @param visibility the value, possibly not yet known
     * @return this builder
     */
    public Builder visibility(@Nullable Output<String> visibility) {
      args.visibility = visibility;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#visibility()}.
     *
     * @param visibility the value
     * @return this builder
     */
    public Builder visibility(String visibility) {
      return visibility(Output.of(visibility));
    }

    /**
     * Sets {@link RepositoryArgs#autoInit()}.
     *
     * @param autoInit the value, possibly not yet known
     * @return this builder
     */
    public Builder autoInit(@Nullable Output<Boolean> autoInit) {
      args.autoInit = autoInit;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#autoInit()}.
     *
     * @param autoInit the value
     * @return this builder
     */
    public Builder autoInit(Boolean autoInit) {
      return autoInit(Output.of(autoInit));
    }

    /**
     * Sets {@link RepositoryArgs#template()}.
     *
     * @param template the value, possibly not yet known
     * @return this builder
     */
    public Builder template(@Nullable Output<RepositoryTemplateArgs> template) {
      args.template = template;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#template()}.
     *
     * @param template the value
     * @return this builder
     */
    public Builder template(RepositoryTemplateArgs template) {
      return template(Output.of(template));
    }

    /**
     * Sets {@link RepositoryArgs#hasIssues()}.
     *
     * @param hasIssues the value, possibly not yet known
     * @return this builder
     */
    public Builder hasIssues(@Nullable Output<Boolean> hasIssues) {
      args.hasIssues = hasIssues;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#hasIssues()}.
     *
     * @param hasIssues the value
     * @return this builder
     */
    public Builder hasIssues(Boolean hasIssues) {
      return hasIssues(Output.of(hasIssues));
    }

    /**
     * Sets {@link RepositoryArgs#hasDiscussions()}.
     *
     * @param hasDiscussions the value, possibly not yet known
     * @return this builder
     */
    public Builder hasDiscussions(@Nullable Output<Boolean> hasDiscussions) {
      args.hasDiscussions = hasDiscussions;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#hasDiscussions()}.
     *
     * @param hasDiscussions the value
     * @return this builder
     */
    public Builder hasDiscussions(Boolean hasDiscussions) {
      return hasDiscussions(Output.of(hasDiscussions));
    }

    /**
     * Sets {@link RepositoryArgs#hasProjects()}.
     *
     * @param hasProjects the value, possibly not yet known
     * @return this builder
     */
    public Builder hasProjects(@Nullable Output<Boolean> hasProjects) {
      args.hasProjects = hasProjects;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#hasProjects()}.
     *
     * @param hasProjects the value
     * @return this builder
     */
    public Builder hasProjects(Boolean hasProjects) {
      return hasProjects(Output.of(hasProjects));
    }

    /**
     * Sets {@link RepositoryArgs#hasWiki()}.
     *
     * @param hasWiki the value, possibly not yet known
     * @return this builder
     */
    public Builder hasWiki(@Nullable Output<Boolean> hasWiki) {
      args.hasWiki = hasWiki;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#hasWiki()}.
     *
     * @param hasWiki the value
     * @return this builder
     */
    public Builder hasWiki(Boolean hasWiki) {
      return hasWiki(Output.of(hasWiki));
    }

    /**
     * Sets {@link RepositoryArgs#homepageUrl()}.
     *
     * @param homepageUrl the value, possibly not yet known
     * @return this builder
     */
    public Builder homepageUrl(@Nullable Output<String> homepageUrl) {
      args.homepageUrl = homepageUrl;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#homepageUrl()}.
     *
     * @param homepageUrl the value
     * @return this builder
     */
    public Builder homepageUrl(String homepageUrl) {
      return homepageUrl(Output.of(homepageUrl));
    }

    /**
     * Sets {@link RepositoryArgs#topics()}.
     *
     * @param topics the value, possibly not yet known
     * @return this builder
     */
    public Builder topics(@Nullable Output<List<String>> topics) {
      args.topics = topics;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#topics()}.
     *
     * @param topics the value
     * @return this builder
     */
    public Builder topics(List<String> topics) {
      return topics(Output.of(topics));
    }

    /**
     * Sets {@link RepositoryArgs#topics()}.
     *
     * @param topics the elements
     * @return this builder
     */
    public Builder topics(String... topics) {
      return topics(List.of(topics));
    }

    /**
     * Sets {@link RepositoryArgs#isTemplate()}.
     *
     * @param isTemplate the value, possibly not yet known
     * @return this builder
     */
    public Builder isTemplate(@Nullable Output<Boolean> isTemplate) {
      args.isTemplate = isTemplate;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#isTemplate()}.
     *
     * @param isTemplate the value
     * @return this builder
     */
    public Builder isTemplate(Boolean isTemplate) {
      return isTemplate(Output.of(isTemplate));
    }

    /**
     * Sets {@link RepositoryArgs#archived()}.
     *
     * @param archived the value, possibly not yet known
     * @return this builder
     */
    public Builder archived(@Nullable Output<Boolean> archived) {
      args.archived = archived;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#archived()}.
     *
     * @param archived the value
     * @return this builder
     */
    public Builder archived(Boolean archived) {
      return archived(Output.of(archived));
    }

    /**
     * Sets {@link RepositoryArgs#archiveOnDestroy()}.
     *
     * @param archiveOnDestroy the value, possibly not yet known
     * @return this builder
     */
    public Builder archiveOnDestroy(@Nullable Output<Boolean> archiveOnDestroy) {
      args.archiveOnDestroy = archiveOnDestroy;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#archiveOnDestroy()}.
     *
     * @param archiveOnDestroy the value
     * @return this builder
     */
    public Builder archiveOnDestroy(Boolean archiveOnDestroy) {
      return archiveOnDestroy(Output.of(archiveOnDestroy));
    }

    /**
     * Sets {@link RepositoryArgs#deleteBranchOnMerge()}.
     *
     * @param deleteBranchOnMerge the value, possibly not yet known
     * @return this builder
     */
    public Builder deleteBranchOnMerge(@Nullable Output<Boolean> deleteBranchOnMerge) {
      args.deleteBranchOnMerge = deleteBranchOnMerge;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#deleteBranchOnMerge()}.
     *
     * @param deleteBranchOnMerge the value
     * @return this builder
     */
    public Builder deleteBranchOnMerge(Boolean deleteBranchOnMerge) {
      return deleteBranchOnMerge(Output.of(deleteBranchOnMerge));
    }

    /**
     * Sets {@link RepositoryArgs#allowAutoMerge()}.
     *
     * @param allowAutoMerge the value, possibly not yet known
     * @return this builder
     */
    public Builder allowAutoMerge(@Nullable Output<Boolean> allowAutoMerge) {
      args.allowAutoMerge = allowAutoMerge;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#allowAutoMerge()}.
     *
     * @param allowAutoMerge the value
     * @return this builder
     */
    public Builder allowAutoMerge(Boolean allowAutoMerge) {
      return allowAutoMerge(Output.of(allowAutoMerge));
    }

    /**
     * Sets {@link RepositoryArgs#allowMergeCommit()}.
     *
     * @param allowMergeCommit the value, possibly not yet known
     * @return this builder
     */
    public Builder allowMergeCommit(@Nullable Output<Boolean> allowMergeCommit) {
      args.allowMergeCommit = allowMergeCommit;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#allowMergeCommit()}.
     *
     * @param allowMergeCommit the value
     * @return this builder
     */
    public Builder allowMergeCommit(Boolean allowMergeCommit) {
      return allowMergeCommit(Output.of(allowMergeCommit));
    }

    /**
     * Sets {@link RepositoryArgs#allowRebaseMerge()}.
     *
     * @param allowRebaseMerge the value, possibly not yet known
     * @return this builder
     */
    public Builder allowRebaseMerge(@Nullable Output<Boolean> allowRebaseMerge) {
      args.allowRebaseMerge = allowRebaseMerge;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#allowRebaseMerge()}.
     *
     * @param allowRebaseMerge the value
     * @return this builder
     */
    public Builder allowRebaseMerge(Boolean allowRebaseMerge) {
      return allowRebaseMerge(Output.of(allowRebaseMerge));
    }

    /**
     * Sets {@link RepositoryArgs#allowSquashMerge()}.
     *
     * @param allowSquashMerge the value, possibly not yet known
     * @return this builder
     */
    public Builder allowSquashMerge(@Nullable Output<Boolean> allowSquashMerge) {
      args.allowSquashMerge = allowSquashMerge;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#allowSquashMerge()}.
     *
     * @param allowSquashMerge the value
     * @return this builder
     */
    public Builder allowSquashMerge(Boolean allowSquashMerge) {
      return allowSquashMerge(Output.of(allowSquashMerge));
    }

    /**
     * Sets {@link RepositoryArgs#allowUpdateBranch()}.
     *
     * @param allowUpdateBranch the value, possibly not yet known
     * @return this builder
     */
    public Builder allowUpdateBranch(@Nullable Output<Boolean> allowUpdateBranch) {
      args.allowUpdateBranch = allowUpdateBranch;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#allowUpdateBranch()}.
     *
     * @param allowUpdateBranch the value
     * @return this builder
     */
    public Builder allowUpdateBranch(Boolean allowUpdateBranch) {
      return allowUpdateBranch(Output.of(allowUpdateBranch));
    }

    /**
     * Sets {@link RepositoryArgs#allowForking()}.
     *
     * @param allowForking the value, possibly not yet known
     * @return this builder
     */
    public Builder allowForking(@Nullable Output<Boolean> allowForking) {
      args.allowForking = allowForking;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#allowForking()}.
     *
     * @param allowForking the value
     * @return this builder
     */
    public Builder allowForking(Boolean allowForking) {
      return allowForking(Output.of(allowForking));
    }

    /**
     * Sets {@link RepositoryArgs#mergeCommitTitle()}.
     *
     * @param mergeCommitTitle the value, possibly not yet known
     * @return this builder
     */
    public Builder mergeCommitTitle(@Nullable Output<String> mergeCommitTitle) {
      args.mergeCommitTitle = mergeCommitTitle;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#mergeCommitTitle()}.
     *
     * @param mergeCommitTitle the value
     * @return this builder
     */
    public Builder mergeCommitTitle(String mergeCommitTitle) {
      return mergeCommitTitle(Output.of(mergeCommitTitle));
    }

    /**
     * Sets {@link RepositoryArgs#mergeCommitMessage()}.
     *
     * @param mergeCommitMessage the value, possibly not yet known
     * @return this builder
     */
    public Builder mergeCommitMessage(@Nullable Output<String> mergeCommitMessage) {
      args.mergeCommitMessage = mergeCommitMessage;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#mergeCommitMessage()}.
     *
     * @param mergeCommitMessage the value
     * @return this builder
     */
    public Builder mergeCommitMessage(String mergeCommitMessage) {
      return mergeCommitMessage(Output.of(mergeCommitMessage));
    }

    /**
     * Sets {@link RepositoryArgs#squashMergeCommitTitle()}.
     *
     * @param squashMergeCommitTitle the value, possibly not yet known
     * @return this builder
     */
    public Builder squashMergeCommitTitle(@Nullable Output<String> squashMergeCommitTitle) {
      args.squashMergeCommitTitle = squashMergeCommitTitle;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#squashMergeCommitTitle()}.
     *
     * @param squashMergeCommitTitle the value
     * @return this builder
     */
    public Builder squashMergeCommitTitle(String squashMergeCommitTitle) {
      return squashMergeCommitTitle(Output.of(squashMergeCommitTitle));
    }

    /**
     * Sets {@link RepositoryArgs#squashMergeCommitMessage()}.
     *
     * @param squashMergeCommitMessage the value, possibly not yet known
     * @return this builder
     */
    public Builder squashMergeCommitMessage(@Nullable Output<String> squashMergeCommitMessage) {
      args.squashMergeCommitMessage = squashMergeCommitMessage;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#squashMergeCommitMessage()}.
     *
     * @param squashMergeCommitMessage the value
     * @return this builder
     */
    public Builder squashMergeCommitMessage(String squashMergeCommitMessage) {
      return squashMergeCommitMessage(Output.of(squashMergeCommitMessage));
    }

    /**
     * Sets {@link RepositoryArgs#webCommitSignoffRequired()}.
     *
     * @param webCommitSignoffRequired the value, possibly not yet known
     * @return this builder
     */
    public Builder webCommitSignoffRequired(@Nullable Output<Boolean> webCommitSignoffRequired) {
      args.webCommitSignoffRequired = webCommitSignoffRequired;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#webCommitSignoffRequired()}.
     *
     * @param webCommitSignoffRequired the value
     * @return this builder
     */
    public Builder webCommitSignoffRequired(Boolean webCommitSignoffRequired) {
      return webCommitSignoffRequired(Output.of(webCommitSignoffRequired));
    }

    /**
     * Sets {@link RepositoryArgs#gitignoreTemplate()}.
     *
     * @param gitignoreTemplate the value, possibly not yet known
     * @return this builder
     */
    public Builder gitignoreTemplate(@Nullable Output<String> gitignoreTemplate) {
      args.gitignoreTemplate = gitignoreTemplate;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#gitignoreTemplate()}.
     *
     * @param gitignoreTemplate the value
     * @return this builder
     */
    public Builder gitignoreTemplate(String gitignoreTemplate) {
      return gitignoreTemplate(Output.of(gitignoreTemplate));
    }

    /**
     * Sets {@link RepositoryArgs#licenseTemplate()}.
     *
     * @param licenseTemplate the value, possibly not yet known
     * @return this builder
     */
    public Builder licenseTemplate(@Nullable Output<String> licenseTemplate) {
      args.licenseTemplate = licenseTemplate;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#licenseTemplate()}.
     *
     * @param licenseTemplate the value
     * @return this builder
     */
    public Builder licenseTemplate(String licenseTemplate) {
      return licenseTemplate(Output.of(licenseTemplate));
    }

    /**
     * Sets {@link RepositoryArgs#vulnerabilityAlerts()}.
     *
     * @param vulnerabilityAlerts the value, possibly not yet known
     * @return this builder
     */
    public Builder vulnerabilityAlerts(@Nullable Output<Boolean> vulnerabilityAlerts) {
      args.vulnerabilityAlerts = vulnerabilityAlerts;
      return this;
    }

    /**
     * Sets {@link RepositoryArgs#vulnerabilityAlerts()}.
     *
     * @param vulnerabilityAlerts the value
     * @return this builder
     */
    public Builder vulnerabilityAlerts(Boolean vulnerabilityAlerts) {
      return vulnerabilityAlerts(Output.of(vulnerabilityAlerts));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     */
    public RepositoryArgs build() {
      return args;
    }
  }
}
