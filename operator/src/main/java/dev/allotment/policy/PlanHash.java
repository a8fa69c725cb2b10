package dev.allotment.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A short, stable name for a plan, which an approval annotation carries so that it approves exactly
 * the plan the approver saw: when the plan changes, so does the hash, and the approval no longer
 * matches.
 *
 * <p>The hash is the first {@value #LENGTH} hex digits of the SHA-256 of a canonical text of the
 * plan: its lines sorted (so the order in which the engine reported them does not matter), each
 * prefixed with its length (so that no two different plans have the same text), after a header
 * naming the form and version of the encoding.
 */
public final class PlanHash {

  /** Hex digits kept: 64 bits, plenty to tell the plans of one resource apart. */
  public static final int LENGTH = 16;

  private PlanHash() {}

  /**
   * The hash of a plan given as change counts, e.g. {@code {create=3, update=1}} (an update
   * record's {@code resourceChanges}) or resource → count. Entries with count 0 are left out: a
   * kind of change that does not happen is no part of the plan.
   */
  public static String of(Map<String, Integer> changes) {
    List<String> lines = new ArrayList<>();
    changes.forEach(
        (key, count) -> {
          Objects.requireNonNull(key, "change kind");
          Objects.requireNonNull(count, "count of " + key);
          if (count != 0) {
            // Unambiguous without escaping: the count, after the last "=", has no "=".
            lines.add(key + "=" + count);
          }
        });
    return hash("changes\n", lines);
  }

  /**
   * The hash of a plan given as lines, e.g. {@code create azure-native:resources:ResourceGroup
   * rg-payments-production}, in any order. A line listed twice counts twice.
   */
  public static String of(Collection<String> planLines) {
    return hash("lines\n", planLines);
  }

  /**
   * The hash an approval must carry: of one preview's plan (its lines name each change's properties
   * and the digest of its inputs) for one spec (its fingerprint) at one generation, made at one
   * instant. So an approval approves exactly the change it was given for and is used once: a later
   * change of the same shape, the same spec applied again after another, or the same spec previewed
   * again after its approved update ran, each has a hash of its own.
   */
  public static String ofPreview(
      String fingerprint, long generation, String plannedAt, Collection<String> planLines) {
    String header =
        "fingerprint "
            + Objects.requireNonNull(fingerprint, "fingerprint")
            + "\ngeneration "
            + generation
            + "\nplanned "
            + Objects.requireNonNull(plannedAt, "plannedAt")
            + "\n";
    return hash("preview\n" + header, planLines);
  }

  /** SHA-256 over {@code head} (the form and what else binds the plan) and the sorted lines. */
  private static String hash(String head, Collection<String> planLines) {
    List<String> lines = new ArrayList<>();
    for (String line : planLines) {
      lines.add(Objects.requireNonNull(line, "plan line"));
    }
    lines.sort(null);
    StringBuilder text = new StringBuilder("allotment-plan/v1 ").append(head);
    for (String line : lines) {
      text.append(line.length()).append(':').append(line).append('\n');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
