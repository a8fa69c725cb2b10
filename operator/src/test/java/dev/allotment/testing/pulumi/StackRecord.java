package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the emulated backend keeps about one stack, stored as one JSON file: the checkpoint
 * ({@code resources} and {@code pending_operations}, as in {@code stack export}), tags and the
 * update history (oldest first). In memory secrets are plain wire-format secrets; {@link
 * BackendStore} seals them on the way to disk.
 */
final class StackRecord {

  public String project;
  public String stack;
  public String secretsProvider;
  public Map<String, String> tags = new TreeMap<>();
  public List<ResourceState> resources = new ArrayList<>();

  @JsonProperty("pending_operations")
  public List<PendingOperation> pendingOperations = new ArrayList<>();

  public List<HistoryEntry> history = new ArrayList<>();

  StackId id() {
    return new StackId(project, stack);
  }

  ResourceState root() {
    return resources.stream()
        .filter(r -> ResourceState.STACK_TYPE.equals(r.type()))
        .findFirst()
        .orElse(null);
  }

  int nextVersion() {
    return history.size() + 1;
  }
}
