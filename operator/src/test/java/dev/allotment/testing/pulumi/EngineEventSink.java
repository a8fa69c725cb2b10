package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.events.EngineEvent;
import com.pulumi.automation.serialization.internal.LocalSerializer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Engine events for one command. Each event is written as the JSON line the real CLI writes to its
 * {@code --event-log} and parsed by the Automation API's own serializer, then handed to {@code
 * CommandRunOptions.onEngineEvent()} (a custom {@code PulumiCommand} gets no event log, so it must
 * deliver events itself). Events arrive while the operation runs, in sequence, with {@code
 * cancelEvent} last, as the event-log reader delivers them. Values in events are masked like in the
 * CLI's events ({@code [secret]}).
 */
final class EngineEventSink {

  private static final LocalSerializer SERIALIZER = new LocalSerializer();

  private final Consumer<EngineEvent> consumer;
  private final Consumer<String> standardOutput;
  private final StringBuilder stdout = new StringBuilder();
  private final List<String> lines = new ArrayList<>();
  private int sequence;
  private RuntimeException consumerFailure;

  EngineEventSink(CommandRunOptions options) {
    this.consumer = options.onEngineEvent();
    this.standardOutput = options.onStandardOutput();
  }

  /** A step as the engine describes it in resourcePreEvent / resOutputsEvent metadata. */
  record Step(
      String op,
      String urn,
      String type,
      ResourceState old,
      ResourceState neu,
      List<String> diffs) {}

  void prelude(Map<String, ConfigEntry> config) {
    ObjectNode payload = PropertyValues.object();
    ObjectNode values = payload.putObject("config");
    config.forEach((k, v) -> values.put(k, v.secret() ? PropertyValues.MASK : v.value()));
    emit("preludeEvent", payload);
  }

  void resourcePre(Step step, boolean planning) {
    ObjectNode payload = PropertyValues.object();
    payload.set("metadata", metadata(step));
    payload.put("planning", planning);
    emit("resourcePreEvent", payload);
  }

  void resourceOutputs(Step step, boolean planning) {
    ObjectNode payload = PropertyValues.object();
    payload.set("metadata", metadata(step));
    payload.put("planning", planning);
    emit("resOutputsEvent", payload);
  }

  void resourceFailed(Step step) {
    ObjectNode payload = PropertyValues.object();
    payload.set("metadata", metadata(step));
    payload.put("status", 1);
    payload.put("steps", 0);
    emit("resOpFailedEvent", payload);
  }

  void diagnostic(String urn, String severity, String message) {
    ObjectNode payload = PropertyValues.object();
    if (urn != null && !urn.isEmpty()) {
      payload.put("urn", urn);
    }
    payload.put("prefix", severity + ": ");
    payload.put("message", message.endsWith("\n") ? message : message + "\n");
    payload.put("color", "never");
    payload.put("severity", severity);
    payload.put("ephemeral", false);
    emit("diagnosticEvent", payload);
  }

  void summary(ChangeCounts changes, Duration duration) {
    ObjectNode payload = PropertyValues.object();
    payload.put("maybeCorrupt", false);
    payload.put("durationSeconds", (int) duration.toSeconds());
    ObjectNode counts = payload.putObject("resourceChanges");
    changes.asMap().forEach(counts::put);
    payload.putObject("policyPacks");
    emit("summaryEvent", payload);
  }

  void cancel() {
    emit("cancelEvent", PropertyValues.object());
  }

  /** A line of the CLI's human-readable output. */
  synchronized void out(String line) {
    stdout.append(line).append('\n');
    if (standardOutput != null) {
      standardOutput.accept(line);
    }
  }

  synchronized String stdout() {
    return stdout.toString();
  }

  /** The event log as the real CLI would have written it, one JSON object per line. */
  synchronized List<String> eventLog() {
    return List.copyOf(lines);
  }

  private synchronized void emit(String key, ObjectNode payload) {
    ObjectNode event = PropertyValues.object();
    event.put("sequence", ++sequence);
    event.put("timestamp", (int) Instant.now().getEpochSecond());
    event.set(key, payload);
    String line = event.toString();
    lines.add(line);
    if (consumer != null && consumerFailure == null) {
      try {
        consumer.accept(SERIALIZER.deserializeJson(line, EngineEvent.class));
      } catch (RuntimeException e) {
        // The CLI process never notices a failing reader of its event log; the caller learns of it
        // when the command returns.
        consumerFailure = e;
      }
    }
  }

  synchronized RuntimeException consumerFailure() {
    return consumerFailure;
  }

  private static ObjectNode metadata(Step step) {
    ObjectNode md = PropertyValues.object();
    md.put("op", step.op());
    md.put("urn", step.urn());
    md.put("type", step.type());
    if (step.old() != null) {
      md.set("old", state(step.old()));
    }
    if (step.neu() != null) {
      md.set("new", state(step.neu()));
    }
    md.putArray("keys");
    ArrayNode diffs = md.putArray("diffs");
    step.diffs().forEach(diffs::add);
    md.putObject("detailedDiff");
    md.put("logical", true);
    ResourceState any = step.neu() != null ? step.neu() : step.old();
    md.put("provider", any == null || any.provider() == null ? "" : any.provider());
    return md;
  }

  private static ObjectNode state(ResourceState r) {
    ObjectNode s = PropertyValues.object();
    s.put("urn", r.urn());
    s.put("type", r.type());
    s.put("custom", r.custom());
    s.put("delete", false);
    s.put("id", r.id() == null ? "" : r.id());
    s.put("parent", r.parent() == null ? "" : r.parent());
    s.put("protect", r.protect());
    s.set("inputs", masked(r.inputs()));
    s.set("outputs", masked(r.outputs()));
    s.put("provider", r.provider() == null ? "" : r.provider());
    s.putArray("initErrors");
    return s;
  }

  private static JsonNode masked(ObjectNode values) {
    return values == null ? PropertyValues.object() : PropertyValues.mask(values);
  }
}
