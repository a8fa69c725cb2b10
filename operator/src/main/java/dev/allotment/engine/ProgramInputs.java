package dev.allotment.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * A program's inputs as stack configuration, for programs that run out of the operator's process
 * and read them with {@code ctx.config(..)}. Keys are namespaced ({@code allotment:spec}); secret
 * values are stored encrypted in the stack, like any Pulumi secret.
 *
 * <p>{@link #toString()} names the keys only: configuration values never reach a log line.
 *
 * @param config plain values
 * @param secretConfig values stored as Pulumi secrets
 */
public record ProgramInputs(Map<String, String> config, Map<String, String> secretConfig) {

  /** No inputs: for operations that do not run the program (destroy). */
  public static final ProgramInputs NONE = new ProgramInputs(Map.of(), Map.of());

  public ProgramInputs {
    config = Map.copyOf(config);
    secretConfig = Map.copyOf(secretConfig);
    for (String key : config.keySet()) {
      if (secretConfig.containsKey(key)) {
        throw new IllegalArgumentException("config key " + key + " is both plain and secret");
      }
    }
  }

  public boolean isEmpty() {
    return config.isEmpty() && secretConfig.isEmpty();
  }

  /** Every value, plain and secret, by key: what a program reads. */
  public Map<String, String> all() {
    Map<String, String> all = new TreeMap<>(config);
    all.putAll(secretConfig);
    return all;
  }

  @Override
  public String toString() {
    return "ProgramInputs[config="
        + new TreeMap<>(config).keySet()
        + ", secretConfig="
        + new TreeMap<>(secretConfig).keySet()
        + "]";
  }
}
