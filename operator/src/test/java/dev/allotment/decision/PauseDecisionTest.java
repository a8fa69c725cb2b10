package dev.allotment.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.decision.PauseDecision.Action;
import dev.allotment.decision.PauseDecision.Result;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PauseDecisionTest {

  static Stream<Arguments> table() {
    return Stream.of(
        // description, asked, forbidden, paused, expected
        Arguments.of("not asked", false, false, false, new Result(Action.RUN, false, false)),
        Arguments.of("asked first time", true, false, false, new Result(Action.PAUSE, false, true)),
        Arguments.of("asked again", true, false, true, new Result(Action.PAUSE, false, false)),
        Arguments.of(
            "annotation removed", false, false, true, new Result(Action.RESUME, false, false)),
        Arguments.of("asked, forbidden", true, true, false, new Result(Action.RUN, true, false)),
        Arguments.of(
            "forbidden while paused", true, true, true, new Result(Action.RESUME, true, false)),
        Arguments.of(
            "forbidden but not asked", false, true, false, new Result(Action.RUN, false, false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(
      String description, boolean asked, boolean forbidden, boolean paused, Result expected) {
    assertThat(PauseDecision.decide(asked, forbidden, paused)).isEqualTo(expected);
  }
}
