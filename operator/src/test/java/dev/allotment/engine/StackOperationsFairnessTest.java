package dev.allotment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Operation slots are shared between namespaces, not first come, first served. */
class StackOperationsFairnessTest {

  private static final String PROJECT = "allotment-teamenvironment";

  @Test
  void aNamespaceThatFloodsTheQueueDelaysOnlyItself() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch slotBusy = new CountDownLatch(1);
    try (var operations = new StackOperations(1, Clock.systemUTC())) {
      // The one slot is busy while team-flood queues 50 updates, then team-quiet one.
      submit(operations, "team-flood", "running", ran, slotBusy);
      for (int i = 0; i < 50; i++) {
        submit(operations, "team-flood", "env-" + i, ran, null);
      }
      submit(operations, "team-quiet", "env", ran, null);
      assertThat(operations.queued()).isEqualTo(51);

      slotBusy.countDown();
      await().atMost(Duration.ofSeconds(30)).until(() -> ran.size() == 52);

      // Next in line after the running one: team-flood's first, then team-quiet's (not 51st).
      assertThat(ran.subList(0, 3))
          .containsExactly("team-flood.running", "team-flood.env-0", "team-quiet.env");
      // Each namespace's own operations keep their order.
      assertThat(ran.stream().filter(s -> s.startsWith("team-flood.env-")))
          .containsExactlyElementsOf(
              java.util.stream.IntStream.range(0, 50)
                  .mapToObj(i -> "team-flood.env-" + i)
                  .toList());
    }
  }

  @Test
  void namespacesTakeTurns() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch slotBusy = new CountDownLatch(1);
    try (var operations = new StackOperations(1, Clock.systemUTC())) {
      submit(operations, "team-a", "running", ran, slotBusy);
      for (String name : List.of("1", "2", "3")) {
        submit(operations, "team-a", name, ran, null);
      }
      for (String name : List.of("1", "2")) {
        submit(operations, "team-b", name, ran, null);
      }
      submit(operations, "team-c", "1", ran, null);

      slotBusy.countDown();
      await().atMost(Duration.ofSeconds(30)).until(() -> ran.size() == 7);

      assertThat(ran)
          .containsExactly(
              "team-a.running",
              "team-a.1",
              "team-b.1",
              "team-c.1",
              "team-a.2",
              "team-b.2",
              "team-a.3");
    }
  }

  private static void submit(
      StackOperations operations,
      String namespace,
      String name,
      List<String> ran,
      CountDownLatch holdUntil) {
    StackRef ref = StackRef.of(PROJECT, namespace, name);
    operations
        .submit(
            ref,
            OperationKind.UP,
            "f",
            () -> {
              ran.add(ref.stack());
              if (holdUntil != null) {
                try {
                  holdUntil.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
              throw new StackOperationException(StackOperationException.Reason.FAILED, "done");
            },
            () -> {})
        .orElseThrow();
  }
}
