package dev.allotment.publish;

import dev.allotment.engine.StackOutput;
import java.util.Map;

/**
 * What a kind publishes beyond its outputs Secret, as an explicit step the lifecycle calls: after
 * each successful up, and before its destroy. Failures throw; the lifecycle records them as a
 * failed attempt and retries.
 */
public interface PublishingStep<R> {

  /** Publishes what a successful up makes possible. */
  void afterUp(R resource, Map<String, StackOutput> outputs);

  /** Removes what {@link #afterUp} published, before the stack is destroyed. */
  void beforeDestroy(R resource);

  /** A kind that publishes nothing beyond its outputs Secret. */
  static <R> PublishingStep<R> none() {
    return new PublishingStep<>() {
      @Override
      public void afterUp(R resource, Map<String, StackOutput> outputs) {}

      @Override
      public void beforeDestroy(R resource) {}
    };
  }
}
