package dev.allotment.validation;

import java.util.List;
import java.util.stream.Collectors;

/** A spec that retrying cannot fix: the user must change it. */
public class InvalidSpecException extends Exception {

  private final List<SpecProblem> problems;

  public InvalidSpecException(List<SpecProblem> problems) {
    super(problems.stream().map(SpecProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<SpecProblem> problems() {
    return problems;
  }
}
