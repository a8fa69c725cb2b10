package dev.allotment.pulumi.digitalocean.enums;

import com.pulumi.core.annotations.EnumType;
import java.util.Optional;

/**
 * A DigitalOcean region slug, for {@link dev.allotment.pulumi.digitalocean.KubernetesClusterArgs}'s
 * {@code region}.
 *
 * <p>Bound to the schema type {@code digitalocean:index:Region} (14 values); the Pulumi SDK sends
 * the value returned by {@link #getValue()}. Regions newer than the schema can still be passed as a
 * plain string.
 */
@EnumType
public enum Region {
  /** Wire value {@code nyc1}. */
  NYC1("nyc1"),

  /** Wire value {@code nyc2}. */
  NYC2("nyc2"),

  /** Wire value {@code nyc3}. */
  NYC3("nyc3"),

  /** Wire value {@code sgp1}. */
  SGP1("sgp1"),

  /** Wire value {@code lon1}. */
  LON1("lon1"),

  /** Wire value {@code ams2}. */
  AMS2("ams2"),

  /** Wire value {@code ams3}. */
  AMS3("ams3"),

  /** Wire value {@code fra1}. */
  FRA1("fra1"),

  /** Wire value {@code tor1}. */
  TOR1("tor1"),

  /** Wire value {@code sfo1}. */
  SFO1("sfo1"),

  /** Wire value {@code sfo2}. */
  SFO2("sfo2"),

  /** Wire value {@code sfo3}. */
  SFO3("sfo3"),

  /** Wire value {@code blr1}. */
  BLR1("blr1"),

  /** Wire value {@code syd1}. */
  SYD1("syd1");

  private final String value;

  Region(String value) {
    this.value = value;
  }

  /**
   * The wire value the provider receives.
   *
   * @return the value as the schema spells it
   */
  @EnumType.Converter
  public String getValue() {
    return this.value;
  }

  /**
   * Looks a wire value up.
   *
   * @param value a value as the schema spells it, e.g. one read from stack configuration
   * @return the first constant with that value, empty if there is none
   */
  public static Optional<Region> fromValue(String value) {
    for (Region candidate : values()) {
      if (candidate.value.equals(value)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return this.value;
  }
}
