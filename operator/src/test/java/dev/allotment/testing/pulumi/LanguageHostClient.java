package dev.allotment.testing.pulumi;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import pulumirpc.Language.RunRequest;
import pulumirpc.Language.RunResponse;
import pulumirpc.LanguageRuntimeGrpc;

/**
 * Runs the program the way the engine does: one blocking {@code LanguageRuntime.Run} call to the
 * language host at {@code --client}, answered when the program has finished.
 */
final class LanguageHostClient {

  private LanguageHostClient() {}

  /** The program's outcome; {@code error} is empty when it succeeded. */
  record Outcome(String error, boolean bail) {
    boolean failed() {
      return bail || !error.isEmpty();
    }
  }

  static Outcome run(String address, RunRequest request, Duration timeout) {
    ManagedChannel channel =
        NettyChannelBuilder.forTarget(address)
            .usePlaintext()
            .maxInboundMessageSize(400 * 1024 * 1024)
            .build();
    try {
      RunResponse response =
          LanguageRuntimeGrpc.newBlockingStub(channel)
              .withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .run(request);
      return new Outcome(response.getError(), response.getBail());
    } catch (StatusRuntimeException e) {
      return new Outcome("the language host failed: " + e.getStatus(), false);
    } finally {
      channel.shutdownNow();
    }
  }
}
