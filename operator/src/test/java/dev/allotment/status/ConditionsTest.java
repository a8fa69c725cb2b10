package dev.allotment.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  private static final Instant T1 = Instant.parse("2026-11-21T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-21T11:00:00Z");

  @Test
  void keepsTransitionTimeWhileStatusStaysAndStampsGeneration() {
    List<Condition> conditions = new ArrayList<>();
    Conditions.set(conditions, "Ready", false, "UpdateRunning", "running", 1L, T1);
    Conditions.set(conditions, "Ready", false, "UpdateFailed", "boom", 2L, T2);

    assertThat(conditions)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getLastTransitionTime()).isEqualTo("2026-11-21T10:00:00Z");
              assertThat(c.getReason()).isEqualTo("UpdateFailed");
              assertThat(c.getMessage()).isEqualTo("boom");
              assertThat(c.getObservedGeneration()).isEqualTo(2L);
            });
  }

  @Test
  void movesTransitionTimeWhenStatusFlips() {
    List<Condition> conditions = new ArrayList<>();
    Conditions.set(conditions, "Ready", false, "UpdateRunning", "running", 1L, T1);
    Conditions.set(conditions, "Ready", true, "UpToDate", "done", 1L, T2);

    assertThat(conditions.get(0).getLastTransitionTime()).isEqualTo("2026-11-21T11:00:00Z");
    assertThat(Conditions.isTrue(conditions, "Ready")).isTrue();
  }

  @Test
  void keepsOtherTypesApart() {
    List<Condition> conditions = new ArrayList<>();
    Conditions.set(conditions, "Ready", true, "UpToDate", "done", 1L, T1);
    Conditions.set(conditions, "Stalled", false, "UpToDate", "done", 1L, T1);

    assertThat(conditions).extracting(Condition::getType).containsExactly("Ready", "Stalled");
    assertThat(Conditions.isTrue(conditions, "Stalled")).isFalse();
    assertThat(Conditions.isTrue(conditions, "Reconciling")).isFalse();
  }
}
