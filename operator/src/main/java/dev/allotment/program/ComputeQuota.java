package dev.allotment.program;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The compute a namespace the operator creates may use: its ResourceQuota's CPU, memory and pods.
 * For a team namespace it is what a TeamEnvironment gets where its spec asks for nothing (the
 * smaller of {@link #DEFAULT} and the PlatformPolicies' ceilings); for a vcluster host namespace it
 * is the whole compute quota.
 *
 * @param cpu requests and limits of CPU, e.g. {@code 4} or {@code 2500m}
 * @param memory requests and limits of memory, e.g. {@code 8Gi}
 * @param pods most pods
 */
public record ComputeQuota(String cpu, String memory, int pods) {

  /** What a namespace gets when neither its spec nor a PlatformPolicy says otherwise. */
  public static final ComputeQuota DEFAULT =
      new ComputeQuota(
          TeamEnvironmentModel.DEFAULT_CPU,
          TeamEnvironmentModel.DEFAULT_MEMORY,
          TeamEnvironmentModel.DEFAULT_PODS);

  public ComputeQuota {
    Objects.requireNonNull(cpu, "cpu");
    Objects.requireNonNull(memory, "memory");
  }

  /** Its part of a model's canonical text (see {@link Canonical}), keys written out. */
  Map<String, Object> canonical() {
    return Map.of("cpu", cpu, "memory", memory, "pods", pods);
  }

  /**
   * The quota items of a vcluster host namespace. Its CPU is quota'd on requests only: the vcluster
   * chart's control plane sets no CPU limit, and a quota on {@code limits.cpu} would refuse it (or,
   * with a LimitRange default, throttle it to that default).
   */
  Map<String, String> vclusterHostItems() {
    Map<String, String> items = new LinkedHashMap<>();
    items.put("requests.cpu", cpu);
    items.put("requests.memory", memory);
    items.put("limits.memory", memory);
    items.put("pods", Integer.toString(pods));
    return items;
  }
}
