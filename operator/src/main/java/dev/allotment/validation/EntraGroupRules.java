package dev.allotment.validation;

import dev.allotment.api.v1alpha1.EntraGroupSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The team's Entra ID group, {@code spec.azure.entraGroup}: at least one owner, at most {@value
 * EntraGroupSpec#MAX_PRINCIPALS} owners and as many contributors, each a user principal name or an
 * object id, listed once (owners are members already). Pure.
 */
final class EntraGroupRules {

  private static final String FIELD = "spec.azure.entraGroup.";

  private EntraGroupRules() {}

  static void check(EntraGroupSpec group, List<SpecProblem> problems) {
    List<String> owners = Optional.ofNullable(group.getOwners()).orElse(List.of());
    List<String> contributors = Optional.ofNullable(group.getContributors()).orElse(List.of());
    if (owners.isEmpty()) {
      problems.add(
          new SpecProblem(
              FIELD + "owners",
              "needs at least one user principal name or object id: an Entra ID group must have"
                  + " an owner"));
    }
    Set<String> seen = new HashSet<>();
    principals("owners", owners, seen, problems);
    principals("contributors", contributors, seen, problems);
  }

  private static void principals(
      String list, List<String> principals, Set<String> seen, List<SpecProblem> problems) {
    if (principals.size() > EntraGroupSpec.MAX_PRINCIPALS) {
      problems.add(
          new SpecProblem(
              FIELD + list,
              "has " + principals.size() + " entries; at most " + EntraGroupSpec.MAX_PRINCIPALS));
    }
    for (int i = 0; i < principals.size(); i++) {
      String principal = principals.get(i);
      String path = FIELD + list + "[" + i + "]";
      if (principal == null
          || principal.length() > EntraGroupSpec.MAX_PRINCIPAL_LENGTH
          || !Rules.ENTRA_PRINCIPAL.matcher(principal).matches()) {
        problems.add(
            new SpecProblem(
                path,
                "'"
                    + SpecBasics.abbreviate(principal)
                    + "' is neither a user principal name (alice@nordic-retail.com, at most "
                    + EntraGroupSpec.MAX_PRINCIPAL_LENGTH
                    + " characters) nor an object id (a GUID)"));
      } else if (!seen.add(principal.toLowerCase(Locale.ROOT))) {
        problems.add(
            new SpecProblem(
                path,
                principal
                    + " is listed more than once in the group's owners and contributors (owners"
                    + " are members already); list it once"));
      }
    }
  }
}
