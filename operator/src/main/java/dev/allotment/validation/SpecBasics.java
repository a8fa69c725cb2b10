package dev.allotment.validation;

import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TolerantSpecDeserializer;
import java.util.List;

/** What every kind's spec must be before its own fields are worth checking. */
final class SpecBasics {

  /** Longest team name: keeps {@code <team>-<stage>} and every derived name within limits. */
  static final int MAX_TEAM_LENGTH = 30;

  private SpecBasics() {}

  /**
   * Whether the spec is there and could be read; when not, the problem is added and nothing else is
   * worth checking.
   */
  static boolean readable(TolerantSpecDeserializer.Malformable spec, List<SpecProblem> problems) {
    if (spec == null) {
      problems.add(new SpecProblem("spec", "is required"));
      return false;
    }
    if (spec.getMalformed() != null) {
      int colon = spec.getMalformed().indexOf(": ");
      problems.add(
          new SpecProblem(
              spec.getMalformed().substring(0, colon), spec.getMalformed().substring(colon + 2)));
      return false;
    }
    return true;
  }

  /** {@code spec.team} and {@code spec.stage}, which every kind has. */
  static void teamAndStage(String team, Stage stage, List<SpecProblem> problems) {
    team(team, problems);
    if (stage == null) {
      problems.add(
          new SpecProblem("spec.stage", "is required: one of development, test, production"));
    }
  }

  private static void team(String team, List<SpecProblem> problems) {
    if (team == null || team.isEmpty()) {
      problems.add(
          new SpecProblem("spec.team", "is required: a lowercase DNS label, e.g. payments"));
    } else if (team.length() < 2 || team.length() > MAX_TEAM_LENGTH) {
      problems.add(
          new SpecProblem(
              "spec.team",
              "must be 2 to " + MAX_TEAM_LENGTH + " characters, got " + team.length()));
    } else if (!Rules.TEAM.matcher(team).matches()) {
      problems.add(
          new SpecProblem(
              "spec.team",
              "'"
                  + abbreviate(team)
                  + "' is not a DNS label: use lowercase letters, digits and '-', starting with a"
                  + " letter"));
    } else {
      OwnedNames.reservedTeamPrefix(team)
          .ifPresent(
              why ->
                  problems.add(
                      new SpecProblem(
                          "spec.team",
                          "'"
                              + team
                              + "' would name namespaces under "
                              + team
                              + "-, and "
                              + why
                              + ": choose another team name")));
    }
  }

  /** Keeps hostile or huge values out of status messages. */
  static String abbreviate(String value) {
    if (value == null) {
      return "null";
    }
    String printable = value.replaceAll("[^\\x20-\\x7E]", "?");
    return printable.length() <= 64 ? printable : printable.substring(0, 64) + "…";
  }
}
