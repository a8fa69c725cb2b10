package dev.allotment.pulumi;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.ResourceArgs;
import dev.allotment.pulumi.github.ActionsEnvironmentSecretArgs;
import dev.allotment.pulumi.github.TeamMembershipArgs;
import java.util.List;
import java.util.Optional;

/**
 * Test-only GitHub bindings, each well formed except for one planted mistake, so that {@link
 * BindingSchemaConformanceTest} can prove the checker catches it. They mirror the shape of the real
 * bindings in {@code dev.allotment.pulumi.github}; only the commented line in each is wrong.
 */
final class BrokenBindings {
  private static final String MEMBERSHIP = "github:index/teamMembership:TeamMembership";
  private static final String VERSION = "6.15.0";

  private BrokenBindings() {}

  private static CustomResourceOptions versioned(CustomResourceOptions options, Output<String> id) {
    return CustomResourceOptions.merge(
        CustomResourceOptions.builder().version(VERSION).build(), options, id);
  }

  // ------------------------------------------------------------------ resource-level mistakes

  /** Misspelt token. */
  @ResourceType(type = "github:index/teamMembershp:TeamMembershp")
  static class UnknownToken extends CustomResource {
    public UnknownToken(String name, TeamMembershipArgs args, CustomResourceOptions options) {
      super("github:index/teamMembershp:TeamMembershp", name, args, options, false);
    }

    public static UnknownToken get(String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return versioned(options, id);
    }
  }

  /** Export whose refs/tree describe a list although the field holds a string. */
  @ResourceType(type = MEMBERSHIP)
  static class WrongExportShape extends CustomResource {
    @Export(
        name = "etag",
        refs = {List.class, String.class}, // wrong: the field is Output<String>
        tree = "[0,1]")
    private Output<String> etag;

    public WrongExportShape(String name, TeamMembershipArgs args, CustomResourceOptions options) {
      super(MEMBERSHIP, name, args, options, false);
    }

    public Output<String> etag() {
      return etag;
    }

    public static WrongExportShape get(
        String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return versioned(options, id);
    }
  }

  /** Export of a property the schema does not have. */
  @ResourceType(type = MEMBERSHIP)
  static class MisspelledExport extends CustomResource {
    @Export(
        name = "etags", // wrong: the output is "etag"
        refs = {String.class},
        tree = "[0]")
    private Output<String> etag;

    public MisspelledExport(String name, TeamMembershipArgs args, CustomResourceOptions options) {
      super(MEMBERSHIP, name, args, options, false);
    }

    public Output<String> etag() {
      return etag;
    }

    public static MisspelledExport get(
        String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return versioned(options, id);
    }
  }

  /** Secret resource that forgets to keep its secret outputs secret. */
  @ResourceType(type = "github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret")
  static class MissingSecretOutputs extends CustomResource {
    public MissingSecretOutputs(
        String name, ActionsEnvironmentSecretArgs args, CustomResourceOptions options) {
      super(
          "github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret",
          name,
          args,
          options,
          false);
    }

    public static MissingSecretOutputs get(
        String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return versioned(options, id); // wrong: no additionalSecretOutputs
    }
  }

  /** Resource that does not request the plugin version. */
  @ResourceType(type = MEMBERSHIP)
  static class MissingPluginVersion extends CustomResource {
    public MissingPluginVersion(
        String name, TeamMembershipArgs args, CustomResourceOptions options) {
      super(MEMBERSHIP, name, args, options, false);
    }

    public static MissingPluginVersion get(
        String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return CustomResourceOptions.merge(
          CustomResourceOptions.builder().build(), options, id); // wrong: no version
    }
  }

  // ------------------------------------------------------------------ input mistakes

  @ResourceType(type = MEMBERSHIP)
  static class MisspelledInput extends CustomResource {
    public MisspelledInput(String name, MisspelledInputArgs args, CustomResourceOptions options) {
      super(MEMBERSHIP, name, args, options, false);
    }

    public static MisspelledInput get(
        String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return versioned(options, id);
    }
  }

  static final class MisspelledInputArgs extends ResourceArgs {
    public static final MisspelledInputArgs Empty = new MisspelledInputArgs();

    @Import(name = "teamId", required = true)
    private Output<String> teamId;

    @Import(name = "userName", required = true) // wrong: the input is "username"
    private Output<String> username;

    public Output<String> teamId() {
      return teamId;
    }

    public Output<String> username() {
      return username;
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private final MisspelledInputArgs args = new MisspelledInputArgs();

      public Builder teamId(Output<String> teamId) {
        args.teamId = teamId;
        return this;
      }

      public Builder teamId(String teamId) {
        return teamId(Output.of(teamId));
      }

      public Builder username(Output<String> username) {
        args.username = username;
        return this;
      }

      public Builder username(String username) {
        return username(Output.of(username));
      }

      public MisspelledInputArgs build() {
        if (args.teamId == null || args.username == null) {
          throw new MissingRequiredPropertyException("MisspelledInputArgs", "teamId/username");
        }
        return args;
      }
    }
  }

  @ResourceType(type = MEMBERSHIP)
  static class UnmarkedRequiredInput extends CustomResource {
    public UnmarkedRequiredInput(
        String name, UnmarkedRequiredInputArgs args, CustomResourceOptions options) {
      super(MEMBERSHIP, name, args, options, false);
    }

    public static UnmarkedRequiredInput get(
        String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return versioned(options, id);
    }
  }

  static final class UnmarkedRequiredInputArgs extends ResourceArgs {
    public static final UnmarkedRequiredInputArgs Empty = new UnmarkedRequiredInputArgs();

    @Import(name = "teamId", required = true)
    private Output<String> teamId;

    @Import(name = "username") // wrong: the schema requires it
    private Output<String> username;

    public Output<String> teamId() {
      return teamId;
    }

    public Optional<Output<String>> username() {
      return Optional.ofNullable(username);
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private final UnmarkedRequiredInputArgs args = new UnmarkedRequiredInputArgs();

      public Builder teamId(Output<String> teamId) {
        args.teamId = teamId;
        return this;
      }

      public Builder teamId(String teamId) {
        return teamId(Output.of(teamId));
      }

      public Builder username(Output<String> username) {
        args.username = username;
        return this;
      }

      public Builder username(String username) {
        return username(Output.of(username));
      }

      public UnmarkedRequiredInputArgs build() {
        if (args.teamId == null) {
          throw new MissingRequiredPropertyException("UnmarkedRequiredInputArgs", "teamId");
        }
        return args;
      }
    }
  }

  @ResourceType(type = MEMBERSHIP)
  static class WrongInputType extends CustomResource {
    public WrongInputType(String name, WrongInputTypeArgs args, CustomResourceOptions options) {
      super(MEMBERSHIP, name, args, options, false);
    }

    public static WrongInputType get(
        String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return versioned(options, id);
    }
  }

  static final class WrongInputTypeArgs extends ResourceArgs {
    public static final WrongInputTypeArgs Empty = new WrongInputTypeArgs();

    @Import(name = "teamId", required = true)
    private Output<Integer> teamId; // wrong: the schema says string (an id or a slug)

    @Import(name = "username", required = true)
    private Output<String> username;

    public Output<Integer> teamId() {
      return teamId;
    }

    public Output<String> username() {
      return username;
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private final WrongInputTypeArgs args = new WrongInputTypeArgs();

      public Builder teamId(Output<Integer> teamId) {
        args.teamId = teamId;
        return this;
      }

      public Builder teamId(Integer teamId) {
        return teamId(Output.of(teamId));
      }

      public Builder username(Output<String> username) {
        args.username = username;
        return this;
      }

      public Builder username(String username) {
        return username(Output.of(username));
      }

      public WrongInputTypeArgs build() {
        if (args.teamId == null || args.username == null) {
          throw new MissingRequiredPropertyException("WrongInputTypeArgs", "teamId/username");
        }
        return args;
      }
    }
  }

  /** An environment whose nested reviewer type lists team slugs where the schema wants ids. */
  @ResourceType(type = "github:index/repositoryEnvironment:RepositoryEnvironment")
  static class WrongNestedInputType extends CustomResource {
    public WrongNestedInputType(
        String name, WrongNestedInputTypeArgs args, CustomResourceOptions options) {
      super("github:index/repositoryEnvironment:RepositoryEnvironment", name, args, options, false);
    }

    public static WrongNestedInputType get(
        String name, Output<String> id, CustomResourceOptions options) {
      throw new UnsupportedOperationException();
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return versioned(options, id);
    }
  }

  static final class WrongNestedInputTypeArgs extends ResourceArgs {
    public static final WrongNestedInputTypeArgs Empty = new WrongNestedInputTypeArgs();

    @Import(name = "environment", required = true)
    private Output<String> environment;

    @Import(name = "repository", required = true)
    private Output<String> repository;

    @Import(name = "reviewers")
    private Output<List<SlugReviewerArgs>> reviewers;

    public Output<String> environment() {
      return environment;
    }

    public Output<String> repository() {
      return repository;
    }

    public Optional<Output<List<SlugReviewerArgs>>> reviewers() {
      return Optional.ofNullable(reviewers);
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private final WrongNestedInputTypeArgs args = new WrongNestedInputTypeArgs();

      public Builder environment(Output<String> environment) {
        args.environment = environment;
        return this;
      }

      public Builder environment(String environment) {
        return environment(Output.of(environment));
      }

      public Builder repository(Output<String> repository) {
        args.repository = repository;
        return this;
      }

      public Builder repository(String repository) {
        return repository(Output.of(repository));
      }

      public Builder reviewers(Output<List<SlugReviewerArgs>> reviewers) {
        args.reviewers = reviewers;
        return this;
      }

      public Builder reviewers(List<SlugReviewerArgs> reviewers) {
        return reviewers(Output.of(reviewers));
      }

      public WrongNestedInputTypeArgs build() {
        if (args.environment == null || args.repository == null) {
          throw new MissingRequiredPropertyException(
              "WrongNestedInputTypeArgs", "environment/repository");
        }
        return args;
      }
    }
  }

  static final class SlugReviewerArgs extends ResourceArgs {
    public static final SlugReviewerArgs Empty = new SlugReviewerArgs();

    @Import(name = "teams")
    private Output<List<String>> teams; // wrong: the schema wants integer team ids

    public Optional<Output<List<String>>> teams() {
      return Optional.ofNullable(teams);
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private final SlugReviewerArgs args = new SlugReviewerArgs();

      public Builder teams(Output<List<String>> teams) {
        args.teams = teams;
        return this;
      }

      public Builder teams(List<String> teams) {
        return teams(Output.of(teams));
      }

      public SlugReviewerArgs build() {
        return args;
      }
    }
  }

  /** A provider that sends a non-string configuration value without JSON-encoding it. */
  @ResourceType(type = "pulumi:providers:github")
  static class ProviderWithoutJson extends ProviderResource {
    public ProviderWithoutJson(
        String name, ProviderWithoutJsonArgs args, CustomResourceOptions options) {
      super("github", name, args, options, false);
    }

    private static CustomResourceOptions makeResourceOptions(
        CustomResourceOptions options, Output<String> id) {
      return CustomResourceOptions.merge(
          CustomResourceOptions.builder()
              .version(VERSION)
              .additionalSecretOutputs(List.of("token"))
              .build(),
          options,
          id);
    }
  }

  static final class ProviderWithoutJsonArgs extends ResourceArgs {
    public static final ProviderWithoutJsonArgs Empty = new ProviderWithoutJsonArgs();

    @Import(name = "maxRetries") // wrong: provider inputs other than strings need json = true
    private Output<Integer> maxRetries;

    public Optional<Output<Integer>> maxRetries() {
      return Optional.ofNullable(maxRetries);
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private final ProviderWithoutJsonArgs args = new ProviderWithoutJsonArgs();

      public Builder maxRetries(Output<Integer> maxRetries) {
        args.maxRetries = maxRetries;
        return this;
      }

      public Builder maxRetries(Integer maxRetries) {
        return maxRetries(Output.of(maxRetries));
      }

      public ProviderWithoutJsonArgs build() {
        return args;
      }
    }
  }
}
