package dev.allotment.program;

import com.pulumi.azuread.AzureadFunctions;
import com.pulumi.azuread.Provider;
import com.pulumi.azuread.inputs.GetUsersArgs;
import com.pulumi.azuread.outputs.GetUsersResult;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import dev.allotment.engine.ProgramRefusal;
import dev.allotment.engine.StackOperationException;
import dev.allotment.validation.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The object ids of the Entra ID group's owners and contributors. Object ids are used as given;
 * user principal names are looked up in one call. A name Entra ID does not know is a typo or a user
 * not yet created, which no retry fixes by itself: the program refuses it, naming the entry, and
 * declares no group.
 */
final class EntraUsers {

  private EntraUsers() {}

  /** Principal (lowercase, as the spec lists it) → object id. */
  record ObjectIds(Map<String, String> byPrincipal) {

    /** The object ids of {@code principals}, each once, in their order. */
    List<String> of(List<String> principals) {
      return List.copyOf(
          new LinkedHashSet<>(principals.stream().map(p -> byPrincipal.get(key(p))).toList()));
    }
  }

  /**
   * Resolves once Entra ID has reported every user principal name; fails with a {@link
   * ProgramRefusal} naming those it does not know.
   */
  static Output<ObjectIds> objectIds(
      TeamEnvironmentModel model, TeamEnvironmentModel.EntraGroup group, Provider provider) {
    Map<String, String> ids = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (String principal : group.members()) {
      if (Rules.GUID.matcher(principal).matches()) {
        ids.put(key(principal), key(principal));
      } else {
        names.add(principal);
      }
    }
    if (names.isEmpty()) {
      return Output.of(new ObjectIds(Map.copyOf(ids)));
    }
    return AzureadFunctions.getUsers(
            // Missing users are left out of the answer rather than failing the lookup, so that
            // the program can name them.
            GetUsersArgs.builder().userPrincipalNames(names).ignoreMissing(true).build(),
            InvokeOptions.builder().provider(provider).build())
        .applyValue(
            users -> {
              ids.putAll(found(users));
              List<String> unknown = unknown(group, ids.keySet());
              if (!unknown.isEmpty()) {
                throw new ProgramRefusal(
                    StackOperationException.Reason.ENTRA_USERS_NOT_FOUND,
                    refusal(model.entraGroupName(), unknown));
              }
              return new ObjectIds(Map.copyOf(ids));
            });
  }

  /** What Entra ID reported: each user principal name (lowercase) → its object id. */
  static Map<String, String> found(GetUsersResult users) {
    Map<String, String> found = new HashMap<>();
    List<String> upns = users.userPrincipalNames();
    List<String> objectIds = users.objectIds();
    for (int i = 0; i < Math.min(upns.size(), objectIds.size()); i++) {
      found.put(key(upns.get(i)), objectIds.get(i));
    }
    return found;
  }

  /**
   * The entries without an object id in {@code known}, each as {@code value (field[i])}, owners
   * first, in the order of the spec.
   */
  static List<String> unknown(TeamEnvironmentModel.EntraGroup group, Set<String> known) {
    List<String> unknown = new ArrayList<>();
    add("owners", group.owners(), known, unknown);
    add("contributors", group.contributors(), known, unknown);
    return unknown;
  }

  private static void add(
      String list, List<String> principals, Set<String> known, List<String> unknown) {
    for (int i = 0; i < principals.size(); i++) {
      if (!known.contains(key(principals.get(i)))) {
        unknown.add(principals.get(i) + " (spec.azure.entraGroup." + list + "[" + i + "])");
      }
    }
  }

  /** One line for status: which entries, what did not happen, and the ways out. */
  static String refusal(String groupName, List<String> unknown) {
    return "Entra ID has no user "
        + ProgramRefusal.named(unknown)
        + ", so the Entra ID group "
        + groupName
        + " was neither created nor changed: correct the user principal name (as Entra ID shows"
        + " it), give the user's object id instead, or remove the entry";
  }

  private static String key(String principal) {
    return principal.toLowerCase(Locale.ROOT);
  }
}
