package dev.allotment.testing.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.allotment.examples.RepositoryPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The organization behind the emulated GitHub ({@link TestClouds#github(GitHubOrganization)}): who
 * is a member, and the invitations GitHub sends. As on GitHub, adding someone who is not a member
 * to a team invites them into the organization; logins are case-insensitive.
 */
public final class GitHubOrganization {

  /** The logins the examples and tests list as owners and contributors. */
  public static final List<String> EXAMPLE_MEMBERS =
      List.of("alice-nordic", "bob-dev", "carol-dev", "dave-lead", "erin-dev");

  /** The outputs {@code getOrganization} promises (required in its schema), with their types. */
  private static final Map<String, String> PROMISED = promisedOutputs();

  /** Lowercase login → login as GitHub spells it. */
  private final Map<String, String> members = new ConcurrentHashMap<>();

  private final List<String> invitations = new CopyOnWriteArrayList<>();

  public GitHubOrganization(List<String> members) {
    members.forEach(this::join);
  }

  /** The organization of the examples' people. */
  public static GitHubOrganization ofExampleMembers() {
    return new GitHubOrganization(EXAMPLE_MEMBERS);
  }

  private static Map<String, String> promisedOutputs() {
    try {
      JsonNode outputs =
          new ObjectMapper()
              .readTree(RepositoryPaths.root().resolve("sdks/github/schema.json").toFile())
              .path("functions")
              .path("github:index/getOrganization:getOrganization")
              .path("outputs");
      Map<String, String> promised = new LinkedHashMap<>();
      outputs
          .path("required")
          .forEach(
              name ->
                  promised.put(
                      name.asText(),
                      outputs.path("properties").path(name.asText()).path("type").asText()));
      return promised;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Someone accepts the organization's invitation (or an admin adds them). */
  public void join(String login) {
    members.put(login.toLowerCase(Locale.ROOT), login);
  }

  public boolean isMember(String login) {
    return members.containsKey(login.toLowerCase(Locale.ROOT));
  }

  /** Every invitation GitHub sent, one login per invitation, in order. */
  public List<String> invitations() {
    return List.copyOf(invitations);
  }

  /** A team membership of {@code login}: a non-member gets an invitation into the organization. */
  void addedToTeam(String login) {
    if (!isMember(login)) {
      invitations.add(login);
    }
  }

  /**
   * The provider's {@code getOrganization} answer: every output its schema promises, the members
   * (never those merely invited) in {@code members} and {@code users}.
   */
  Struct answer(Struct args) {
    String name = CloudValues.string(args, "name");
    List<Value> logins = new ArrayList<>();
    List<Value> users = new ArrayList<>();
    members.values().stream()
        .sorted()
        .forEach(
            login -> {
              logins.add(CloudValues.string(login));
              users.add(CloudValues.object(Map.of("login", CloudValues.string(login))));
            });
    // Every output the schema promises, empty, then what this organization says.
    Map<String, Value> answer = new LinkedHashMap<>();
    PROMISED.forEach(
        (output, type) ->
            answer.put(
                output,
                switch (type) {
                  case "boolean" -> Value.newBuilder().setBoolValue(false).build();
                  case "array" -> CloudValues.list(List.of());
                  default -> CloudValues.string("");
                }));
    answer.put("defaultRepositoryPermission", CloudValues.string("read"));
    answer.put("id", CloudValues.string("O_" + name));
    answer.put("login", CloudValues.string(name));
    answer.put("orgname", CloudValues.string(name));
    answer.put("name", CloudValues.string(name));
    answer.put("nodeId", CloudValues.string("O_" + name));
    answer.put("plan", CloudValues.string("enterprise"));
    answer.put("membersAllowedRepositoryCreationType", CloudValues.string("NONE"));
    answer.put("members", CloudValues.list(logins));
    answer.put("users", CloudValues.list(users));
    return Struct.newBuilder().putAllFields(answer).build();
  }
}
