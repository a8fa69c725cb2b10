package dev.allotment.validation;

import dev.allotment.api.v1alpha1.SteeredSpec;
import java.util.List;

/** Checks of the approval and drift fields every kind shares. */
final class Steering {

  private Steering() {}

  static void check(SteeredSpec spec, List<SpecProblem> problems) {
    String interval = spec.getDriftInterval();
    if (interval != null && DriftInterval.parse(interval).isEmpty()) {
      problems.add(
          new SpecProblem(
              "spec.driftInterval",
              "'"
                  + SpecBasics.abbreviate(interval)
                  + "' is not a duration: a whole number of s, m or h, e.g. 30m or 6h"));
    }
  }
}
