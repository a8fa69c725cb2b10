package dev.allotment.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.DriftStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriftScheduleTest {

  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  @ParameterizedTest(name = "interval {0}, last check {1} -> {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "-, -, -",
        "PT30M, -, PT0S",
        "PT30M, 2026-11-21T11:50:00Z, PT20M",
        "PT30M, 2026-11-21T11:30:00Z, PT0S",
        "PT30M, 2026-11-21T10:00:00Z, PT0S",
        "PT6H, 2026-11-21T11:59:59Z, PT5H59M59S"
      })
  void schedulesTheNextCheck(Duration interval, String lastCheck, Duration expected) {
    DriftStatus drift = null;
    if (lastCheck != null) {
      drift = new DriftStatus();
      drift.setLastCheckTime(lastCheck);
    }
    assertThat(DriftSchedule.untilNextCheck(Optional.ofNullable(interval), drift, NOW))
        .isEqualTo(Optional.ofNullable(expected));
  }
}
