package dev.allotment.testing.cloud;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Entra ID tenant behind the emulated azuread provider ({@link TestClouds#azuread}): its users
 * by user principal name (case-insensitive, as Entra ID compares them) and object id. {@code
 * getUsers} finds them; an unknown name is left out with {@code ignoreMissing}, and fails the call
 * without it, as the provider does.
 */
public final class EntraDirectory {

  /** The users the examples and tests name. */
  public static final Map<String, String> EXAMPLE_USERS =
      Map.of(
          "alice@nordic-retail.com", "6f1f3c0e-0000-4000-8000-00000000a11c",
          "dave@nordic-retail.com", "6f1f3c0e-0000-4000-8000-00000000da7e",
          "bob@nordic-retail.com", "6f1f3c0e-0000-4000-8000-000000000b0b");

  /** Lowercase user principal name → the user's object id. */
  private final Map<String, String> users = new ConcurrentHashMap<>();

  public EntraDirectory(Map<String, String> users) {
    users.forEach(this::add);
  }

  public static EntraDirectory ofExampleUsers() {
    return new EntraDirectory(EXAMPLE_USERS);
  }

  /** A user created in the tenant (after a test's first attempt, say). */
  public void add(String userPrincipalName, String objectId) {
    users.put(userPrincipalName.toLowerCase(Locale.ROOT), objectId);
  }

  /** The object id of the user, as Entra ID reports it. */
  public String objectId(String userPrincipalName) {
    String id = users.get(userPrincipalName.toLowerCase(Locale.ROOT));
    if (id == null) {
      throw new IllegalArgumentException("no user " + userPrincipalName + " in the directory");
    }
    return id;
  }

  /**
   * The provider's {@code getUsers} answer for {@code userPrincipalNames}: every output its schema
   * requires, the users found in the order asked. An unknown name is skipped with {@code
   * ignoreMissing}; without it, it fails the call with the provider's message
   * (terraform-provider-azuread's users data source), naming it.
   */
  Struct answer(Struct args) {
    boolean ignoreMissing =
        args.getFieldsOrDefault("ignoreMissing", Value.getDefaultInstance()).getBoolValue();
    List<Value> names = new ArrayList<>();
    List<Value> objectIds = new ArrayList<>();
    List<Value> found = new ArrayList<>();
    for (Value name :
        args.getFieldsOrDefault("userPrincipalNames", CloudValues.list(List.of()))
            .getListValue()
            .getValuesList()) {
      // Reported as the directory holds it (lowercase here), not as asked.
      String upn = name.getStringValue().toLowerCase(Locale.ROOT);
      String objectId = users.get(upn);
      if (objectId == null && ignoreMissing) {
        continue;
      }
      if (objectId == null) {
        throw Status.NOT_FOUND
            .withDescription("User with UPN \"" + upn + "\" was not found")
            .asRuntimeException();
      }
      names.add(CloudValues.string(upn));
      objectIds.add(CloudValues.string(objectId));
      found.add(user(upn, objectId));
    }
    List<Value> empty = names.stream().map(n -> CloudValues.string("")).toList();
    return Struct.newBuilder()
        .putFields("id", CloudValues.string("users#" + names.size()))
        .putFields("userPrincipalNames", CloudValues.list(names))
        .putFields("objectIds", CloudValues.list(objectIds))
        .putFields("employeeIds", CloudValues.list(empty))
        .putFields("mails", CloudValues.list(empty))
        .putFields("mailNicknames", CloudValues.list(empty))
        .putFields("users", CloudValues.list(found))
        .build();
  }

  /** One user with every property the schema requires of {@code getUsers}' users. */
  private static Value user(String upn, String objectId) {
    Map<String, Value> user = new LinkedHashMap<>();
    for (String property :
        List.of(
            "displayName",
            "employeeId",
            "mail",
            "mailNickname",
            "onpremisesImmutableId",
            "onpremisesSamAccountName",
            "onpremisesUserPrincipalName",
            "usageLocation")) {
      user.put(property, CloudValues.string(""));
    }
    user.put("accountEnabled", Value.newBuilder().setBoolValue(true).build());
    user.put("objectId", CloudValues.string(objectId));
    user.put("userPrincipalName", CloudValues.string(upn));
    return CloudValues.object(user);
  }
}
