package dev.allotment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StaleLocksTest {

  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final Duration MAX_AGE = Duration.ofMinutes(65);
  private static final String HERE = "allotment-7d9f-abcde";

  /** Processes running on this host: pid 100 since 11:00, pid 200 since 11:59:30. */
  private static final StaleLocks.Processes PROCESSES =
      pid ->
          Optional.ofNullable(
              Map.of(
                      100L, NOW.minus(Duration.ofHours(1)),
                      200L, NOW.minusSeconds(30))
                  .get(pid));

  static Stream<Arguments> cases() {
    Instant tenMinutesAgo = NOW.minus(Duration.ofMinutes(10));
    Instant twoHoursAgo = NOW.minus(Duration.ofHours(2));
    return Stream.of(
        Arguments.of(
            "running update on this host",
            List.of(new LockHolder(100, HERE, tenMinutesAgo)),
            false),
        Arguments.of(
            "holder's pid gone on this host",
            List.of(new LockHolder(300, HERE, tenMinutesAgo)),
            true),
        Arguments.of(
            "pid reused by a process started after the lock",
            List.of(new LockHolder(200, HERE, tenMinutesAgo)),
            true),
        Arguments.of(
            "another host, recent lock",
            List.of(new LockHolder(100, "old-pod", tenMinutesAgo)),
            false),
        Arguments.of(
            "another host, older than any operation runs",
            List.of(new LockHolder(100, "old-pod", twoHoursAgo)),
            true),
        Arguments.of(
            "one live holder among dead ones",
            List.of(
                new LockHolder(300, HERE, tenMinutesAgo), new LockHolder(100, HERE, tenMinutesAgo)),
            false),
        Arguments.of("no holder left", List.of(), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aLockIsTakenOnlyFromHoldersThatAreProvablyGone(
      String name, List<LockHolder> holders, boolean stale) {
    var verdict = StaleLocks.decide(Optional.of(holders), NOW, HERE, PROCESSES, NOW, MAX_AGE);

    assertThat(verdict.stale()).as(verdict.explanation()).isEqualTo(stale);
  }

  @ParameterizedTest(name = "locked for {0} min with no holder known: stale {1}")
  @MethodSource("unknownHolders")
  void withoutHoldersOnlyTheTimeTheLockWasSeenCounts(long minutes, boolean stale) {
    var verdict =
        StaleLocks.decide(
            Optional.empty(),
            NOW.minus(Duration.ofMinutes(minutes)),
            HERE,
            PROCESSES,
            NOW,
            MAX_AGE);

    assertThat(verdict.stale()).isEqualTo(stale);
  }

  static Stream<Arguments> unknownHolders() {
    return Stream.of(Arguments.of(0L, false), Arguments.of(60L, false), Arguments.of(66L, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theExplanationNamesTheLiveHolder(String name, List<LockHolder> holders, boolean stale) {
    var verdict = StaleLocks.decide(Optional.of(holders), NOW, HERE, PROCESSES, NOW, MAX_AGE);

    if (!stale) {
      assertThat(verdict.explanation()).contains("pid 100");
    }
  }
}
