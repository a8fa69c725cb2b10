package dev.allotment.program;

import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.github.GithubFunctions;
import com.pulumi.github.Provider;
import com.pulumi.github.inputs.GetOrganizationArgs;
import com.pulumi.github.outputs.GetOrganizationResult;
import dev.allotment.engine.ProgramRefusal;
import dev.allotment.engine.StackOperationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Owners and contributors must already be members of the GitHub organization. Adding a non-member
 * to a team makes GitHub invite them into the organization, with its base permission and every
 * {@code internal} repository; Allotment never invites. The program reads the members through the
 * provider's organization data and declares no team membership until all of them are members.
 */
final class OrganizationMembers {

  private OrganizationMembers() {}

  /**
   * Resolves once GitHub reports every owner and contributor as a member of the organization; fails
   * with a {@link ProgramRefusal} naming those who are not. Team memberships wait for it.
   */
  static Output<Boolean> verified(TeamEnvironmentModel model, Provider provider) {
    return GithubFunctions.getOrganization(
            // Not a summary: the members are what we need.
            GetOrganizationArgs.builder().name(model.organization()).summaryOnly(false).build(),
            InvokeOptions.builder().provider(provider).build())
        .applyValue(
            organization -> {
              List<String> outsiders = outsiders(model, members(organization));
              if (!outsiders.isEmpty()) {
                throw new ProgramRefusal(
                    StackOperationException.Reason.NOT_ORG_MEMBERS,
                    refusal(model.organization(), outsiders));
              }
              return true;
            });
  }

  /** The members' logins: each user's {@code login}. */
  static Set<String> members(GetOrganizationResult organization) {
    return organization.users().stream()
        .map(user -> user.get("login"))
        .filter(Objects::nonNull)
        .map(login -> login.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  /**
   * Owners and contributors who are not among {@code members} (lowercase logins), each as {@code
   * login (field)}, in the order of the spec. GitHub logins are case-insensitive.
   */
  static List<String> outsiders(TeamEnvironmentModel model, Collection<String> members) {
    List<String> outsiders = new ArrayList<>();
    add("spec.owners", model.owners(), members, outsiders);
    add("spec.contributors", model.contributors(), members, outsiders);
    return outsiders;
  }

  private static void add(
      String field, List<String> logins, Collection<String> members, List<String> outsiders) {
    logins.stream()
        .filter(login -> !members.contains(login.toLowerCase(Locale.ROOT)))
        .map(login -> login + " (" + field + ")")
        .forEach(outsiders::add);
  }

  /** One line for status: who, why nothing happened, and the two ways out. */
  static String refusal(String organization, List<String> outsiders) {
    return "not members of the GitHub organization "
        + organization
        + ": "
        + ProgramRefusal.named(outsiders)
        + ". Allotment never invites anyone into an organization, so no team membership was"
        + " declared: have them invited through the organization's own process, or remove them"
        + " from spec.owners / spec.contributors";
  }
}
