package dev.allotment.policy;

import dev.allotment.validation.SpecProblem;
import java.util.List;

/**
 * Why a namespace may not order a request: the condition reason ({@code NamespaceNotBound} or
 * {@code TenancyViolation}) and the problems, each naming the field and what the platform engineer
 * or the team can do.
 */
public record TenancyRefusal(String reason, List<SpecProblem> problems) {
  public TenancyRefusal {
    problems = List.copyOf(problems);
  }
}
