package dev.allotment.validation;

import java.util.List;
import java.util.stream.Collectors;

/** A spec that retrying cannot fix: the user must change it. */
public class InvalidSpecException extends Exception {

  private final List<SpecProblem> problems;
  private final String reason;

  public InvalidSpecException(List<SpecProblem> problems) {
    this(problems, "InvalidSpec");
  }

  /**
   * @param reason the condition reason to report: {@code InvalidSpec}, or {@code PolicyViolation}
   *     when the spec is well-formed but the platform's policy forbids it
   */
  public InvalidSpecException(List<SpecProblem> problems, String reason) {
    super(problems.stream().map(SpecProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }

  public List<SpecProblem> problems() {
    return problems;
  }
}
