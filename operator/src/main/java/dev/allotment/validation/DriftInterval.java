package dev.allotment.validation;

import dev.allotment.api.v1alpha1.StageSettingsSpec;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drift intervals as written in manifests: a whole number of seconds, minutes or hours. */
public final class DriftInterval {

  /** The shortest interval: more frequent checks would keep the engine busy refreshing. */
  public static final Duration MINIMUM = Duration.ofMinutes(1);

  private static final Pattern FORMAT = Pattern.compile(StageSettingsSpec.DRIFT_INTERVAL_PATTERN);

  /** The longest number we read; the CRD limits the text to 10 characters anyway. */
  private static final int MAX_DIGITS = 9;

  private DriftInterval() {}

  /**
   * {@code 30m} → 30 minutes, {@code 6h} → 6 hours, {@code 90s} → 90 seconds; empty when {@code
   * text} is null or not of that form. The value is not raised to {@link #MINIMUM} here.
   */
  public static Optional<Duration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text);
    if (!m.matches() || text.length() - 1 > MAX_DIGITS) {
      return Optional.empty();
    }
    long amount = Long.parseLong(text.substring(0, text.length() - 1));
    return Optional.of(
        switch (m.group(1)) {
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        });
  }
}
