package dev.allotment.decision;

import dev.allotment.api.v1alpha1.DriftStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When the next drift check of an up-to-date resource is due. Pure. */
public final class DriftSchedule {

  private DriftSchedule() {}

  /**
   * @return empty when drift is not checked; zero when a check is due now; else the wait
   */
  public static Optional<Duration> untilNextCheck(
      Optional<Duration> interval, DriftStatus drift, Instant now) {
    if (interval.isEmpty()) {
      return Optional.empty();
    }
    if (drift == null || drift.getLastCheckTime() == null) {
      return Optional.of(Duration.ZERO);
    }
    Instant due = Instant.parse(drift.getLastCheckTime()).plus(interval.get());
    return Optional.of(now.isBefore(due) ? Duration.between(now, due) : Duration.ZERO);
  }
}
