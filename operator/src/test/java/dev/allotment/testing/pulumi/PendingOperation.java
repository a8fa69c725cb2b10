package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.UnaryOperator;

/**
 * An operation the engine started but never saw finish, as in a checkpoint's {@code
 * pending_operations}; {@code type} is {@code creating}, {@code updating}, {@code deleting} or
 * {@code reading}.
 */
record PendingOperation(ResourceState resource, String type) {

  static final String CREATING = "creating";
  static final String UPDATING = "updating";
  static final String DELETING = "deleting";

  PendingOperation mapValues(UnaryOperator<JsonNode> f) {
    return new PendingOperation(resource.mapValues(f), type);
  }
}
