package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One update in the shape {@code pulumi stack history --json} prints it: {@code kind} is update,
 * refresh or destroy (the DIY backend records no previews), {@code result} succeeded or failed, the
 * times ISO-8601 instants, and {@code resourceChanges} keyed by the engine's lowercase operation
 * names. Secret config values are kept sealed and only revealed for {@code --show-secrets}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HistoryEntry(
    int version,
    String kind,
    String startTime,
    String message,
    Map<String, String> environment,
    Map<String, ConfigEntry> config,
    String result,
    String endTime,
    Map<String, Integer> resourceChanges) {
  static final String SUCCEEDED = "succeeded";
  static final String FAILED = "failed";

  static HistoryEntry of(
      StackRecord record,
      String kind,
      Instant start,
      boolean succeeded,
      ChangeCounts counts,
      String message,
      String execKind,
      Map<String, ConfigEntry> config) {
    Map<String, ConfigEntry> sealed = new LinkedHashMap<>();
    config.forEach(
        (k, v) ->
            sealed.put(k, v.secret() ? new ConfigEntry(StackConfigFile.seal(v.value()), true) : v));
    return new HistoryEntry(
        record.nextVersion(),
        kind,
        start.truncatedTo(ChronoUnit.SECONDS).toString(),
        message,
        Map.of("exec.kind", execKind),
        sealed,
        succeeded ? SUCCEEDED : FAILED,
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        counts.asMap());
  }

  /** As {@code stack history --json} prints it: secret config masked unless shown. */
  HistoryEntry forDisplay(boolean showSecrets) {
    Map<String, ConfigEntry> shown = new LinkedHashMap<>();
    config.forEach(
        (k, v) ->
            shown.put(
                k,
                !v.secret()
                    ? v
                    : new ConfigEntry(
                        showSecrets ? StackConfigFile.unseal(k, v.value()) : PropertyValues.MASK,
                        true)));
    return new HistoryEntry(
        version, kind, startTime, message, environment, shown, result, endTime, resourceChanges);
  }
}
