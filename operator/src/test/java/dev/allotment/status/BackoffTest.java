package dev.allotment.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10));

  @ParameterizedTest(name = "after {0} failures wait {1}s")
  @CsvSource({
    "0, 10",
    "1, 10",
    "2, 20",
    "3, 40",
    "4, 80",
    "6, 320",
    "7, 600",
    "8, 600",
    "64, 600",
    "2147483647, 600"
  })
  void doublesUpToTheCap(int attempts, long seconds) {
    assertThat(backoff.delayAfter(attempts)).isEqualTo(Duration.ofSeconds(seconds));
  }
}
