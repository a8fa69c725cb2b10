package dev.allotment.pulumi.digitalocean.enums;

import com.pulumi.core.annotations.EnumType;
import java.util.Optional;

/**
 * A Droplet size slug, for {@link dev.allotment.pulumi.digitalocean.KubernetesNodePoolArgs}'s
 * {@code size} (and, converted to its string, a cluster's default node pool).
 *
 * <p>Bound to the schema type {@code digitalocean:index:DropletSlug} (167 values); the Pulumi SDK
 * sends the value returned by {@link #getValue()}. Sizes newer than the schema can still be passed
 * as a plain string. Constant names follow the schema's names with {@code -} replaced by {@code _};
 * a few values appear under two names because the schema lists them twice.
 */
@EnumType
public enum DropletSlug {
  /** Wire value {@code s-1vcpu-512mb-10gb}. */
  DropletS1VCPU512MB10GB("s-1vcpu-512mb-10gb"),

  /** Wire value {@code s-1vcpu-1gb}. */
  DropletS1VCPU1GB("s-1vcpu-1gb"),

  /** Wire value {@code s-1vcpu-1gb-amd}. */
  DropletS1VCPU1GB_AMD("s-1vcpu-1gb-amd"),

  /** Wire value {@code s-1vcpu-1gb-intel}. */
  DropletS1VCPU1GB_INTEL("s-1vcpu-1gb-intel"),

  /** Wire value {@code s-1vcpu-1gb-35gb-intel}. */
  DropletS1VCPU1GB35GB_INTEL("s-1vcpu-1gb-35gb-intel"),

  /** Wire value {@code s-1vcpu-2gb}. */
  DropletS1VCPU2GB("s-1vcpu-2gb"),

  /** Wire value {@code s-1vcpu-2gb-amd}. */
  DropletS1VCPU2GB_AMD("s-1vcpu-2gb-amd"),

  /** Wire value {@code s-1vcpu-2gb-intel}. */
  DropletS1VCPU2GB_INTEL("s-1vcpu-2gb-intel"),

  /** Wire value {@code s-1vcpu-2gb-70gb-intel}. */
  DropletS1VCPU2GB70GB_INTEL("s-1vcpu-2gb-70gb-intel"),

  /** Wire value {@code s-2vcpu-2gb}. */
  DropletS2VCPU2GB("s-2vcpu-2gb"),

  /** Wire value {@code s-2vcpu-2gb-amd}. */
  DropletS2VCPU2GB_AMD("s-2vcpu-2gb-amd"),

  /** Wire value {@code s-2vcpu-2gb-intel}. */
  DropletS2VCPU2GB_INTEL("s-2vcpu-2gb-intel"),

  /** Wire value {@code s-2vcpu-2gb-90gb-intel}. */
  DropletS2VCPU2GB90GB_INTEL("s-2vcpu-2gb-90gb-intel"),

  /** Wire value {@code s-2vcpu-4gb}. */
  DropletS2VCPU4GB("s-2vcpu-4gb"),

  /** Wire value {@code s-2vcpu-4gb-amd}. */
  DropletS2VCPU4GB_AMD("s-2vcpu-4gb-amd"),

  /** Wire value {@code s-2vcpu-4gb-intel}. */
  DropletS2VCPU4GB_INTEL("s-2vcpu-4gb-intel"),

  /** Wire value {@code s-2vcpu-4gb-120gb-intel}. */
  DropletS2VCPU4GB120GB_INTEL("s-2vcpu-4gb-120gb-intel"),

  /** Wire value {@code s-2vcpu-8gb-amd}. */
  DropletS2VCPU8GB_AMD("s-2vcpu-8gb-amd"),

  /** Wire value {@code c-2}. */
  DropletC2("c-2"),

  /** Wire value {@code c2-2vcpu-4gb}. */
  DropletC22VCPU4GB("c2-2vcpu-4gb"),

  /** Wire value {@code s-2vcpu-8gb-160gb-intel}. */
  DropletS2VCPU8GB160GB_INTEL("s-2vcpu-8gb-160gb-intel"),

  /** Wire value {@code s-4vcpu-8gb}. */
  DropletS4VCPU8GB("s-4vcpu-8gb"),

  /** Wire value {@code s-4vcpu-8gb-amd}. */
  DropletS4VCPU8GB_AMD("s-4vcpu-8gb-amd"),

  /** Wire value {@code s-4vcpu-8gb-intel}. */
  DropletS4VCPU8GB_INTEL("s-4vcpu-8gb-intel"),

  /** Wire value {@code g-2vcpu-8gb}. */
  DropletG2VCPU8GB("g-2vcpu-8gb"),

  /** Wire value {@code s-4vcpu-8gb-240gb-intel}. */
  DropletS4VCPU8GB240GB_INTEL("s-4vcpu-8gb-240gb-intel"),

  /** Wire value {@code gd-2vcpu-8gb}. */
  DropletGD2VCPU8GB("gd-2vcpu-8gb"),

  /** Wire value {@code g-2vcpu-8gb-intel}. */
  DropletG2VCPU8GB_INTEL("g-2vcpu-8gb-intel"),

  /** Wire value {@code gd-2vcpu-8gb-intel}. */
  DropletGD2VCPU8GB_INTEL("gd-2vcpu-8gb-intel"),

  /** Wire value {@code s-4vcpu-16gb-amd}. */
  DropletS4VCPU16GB_AMD("s-4vcpu-16gb-amd"),

  /** Wire value {@code m-2vcpu-16gb}. */
  DropletM2VCPU16GB("m-2vcpu-16gb"),

  /** Wire value {@code c-4}. */
  DropletC4("c-4"),

  /** Wire value {@code c2-4vcpu-8gb}. */
  DropletC24VCPU8GB("c2-4vcpu-8gb"),

  /** Wire value {@code s-4vcpu-16gb-320gb-intel}. */
  DropletS4VCPU16GB320GB_INTEL("s-4vcpu-16gb-320gb-intel"),

  /** Wire value {@code s-8vcpu-16gb}. */
  DropletS8VCPU16GB("s-8vcpu-16gb"),

  /** Wire value {@code m-2vcpu-16gb-intel}. */
  DropletM2VCPU16GB_INTEL("m-2vcpu-16gb-intel"),

  /** Wire value {@code m3-2vcpu-16gb}. */
  DropletM32VCPU16GB("m3-2vcpu-16gb"),

  /** Wire value {@code c-4-intel}. */
  DropletC4_INTEL("c-4-intel"),

  /** Wire value {@code m3-2vcpu-16gb-intel}. */
  DropletM32VCPU16GB_INTEL("m3-2vcpu-16gb-intel"),

  /** Wire value {@code s-8vcpu-16gb-amd}. */
  DropletS8VCPU16GB_AMD("s-8vcpu-16gb-amd"),

  /** Wire value {@code s-8vcpu-16gb-intel}. */
  DropletS8VCPU16GB_INTEL("s-8vcpu-16gb-intel"),

  /** Wire value {@code c2-4vcpu-8gb-intel}. */
  DropletC24VCPU8GB_INTEL("c2-4vcpu-8gb-intel"),

  /** Wire value {@code g-4vcpu-16gb}. */
  DropletG4VCPU16GB("g-4vcpu-16gb"),

  /** Wire value {@code s-8vcpu-16gb-480gb-intel}. */
  DropletS8VCPU16GB480GB_INTEL("s-8vcpu-16gb-480gb-intel"),

  /** Wire value {@code so-2vcpu-16gb-intel}. */
  DropletSO2VCPU16GB_INTEL("so-2vcpu-16gb-intel"),

  /** Wire value {@code so-2vcpu-16gb}. */
  DropletSO2VCPU16GB("so-2vcpu-16gb"),

  /** Wire value {@code m6-2vcpu-16gb}. */
  DropletM62VCPU16GB("m6-2vcpu-16gb"),

  /** Wire value {@code gd-4vcpu-16gb}. */
  DropletGD4VCPU16GB("gd-4vcpu-16gb"),

  /** Wire value {@code so1_5-2vcpu-16gb-intel}. */
  DropletSO1_52VCPU16GB_INTEL("so1_5-2vcpu-16gb-intel"),

  /** Wire value {@code g-4vcpu-16gb-intel}. */
  DropletG4VCPU16GB_INTEL("g-4vcpu-16gb-intel"),

  /** Wire value {@code gd-4vcpu-16gb-intel}. */
  DropletGD4VCPU16GB_INTEL("gd-4vcpu-16gb-intel"),

  /** Wire value {@code so1_5-2vcpu-16gb}. */
  DropletSO1_52VCPU16GB("so1_5-2vcpu-16gb"),

  /** Wire value {@code s-8vcpu-32gb-amd}. */
  DropletS8VCPU32GB_AMD("s-8vcpu-32gb-amd"),

  /** Wire value {@code m-4vcpu-32gb}. */
  DropletM4VCPU32GB("m-4vcpu-32gb"),

  /** Wire value {@code c-8}. */
  DropletC8("c-8"),

  /** Wire value {@code c2-8vcpu-16gb}. */
  DropletC28VCPU16GB("c2-8vcpu-16gb"),

  /** Wire value {@code s-8vcpu-32gb-640gb-intel}. */
  DropletS8VCPU32GB640GB_INTEL("s-8vcpu-32gb-640gb-intel"),

  /** Wire value {@code m-4vcpu-32gb-intel}. */
  DropletM4VCPU32GB_INTEL("m-4vcpu-32gb-intel"),

  /** Wire value {@code m3-4vcpu-32gb}. */
  DropletM34VCPU32GB("m3-4vcpu-32gb"),

  /** Wire value {@code c-8-intel}. */
  DropletC8_INTEL("c-8-intel"),

  /** Wire value {@code m3-4vcpu-32gb-intel}. */
  DropletM34VCPU32GB_INTEL("m3-4vcpu-32gb-intel"),

  /** Wire value {@code c2-8vcpu-16gb-intel}. */
  DropletC28VCPU16GB_INTEL("c2-8vcpu-16gb-intel"),

  /** Wire value {@code g-8vcpu-32gb}. */
  DropletG8VCPU32GB("g-8vcpu-32gb"),

  /** Wire value {@code so-4vcpu-32gb-intel}. */
  DropletSO4VCPU32GB_INTEL("so-4vcpu-32gb-intel"),

  /** Wire value {@code so-4vcpu-32gb}. */
  DropletSO4VCPU32GB("so-4vcpu-32gb"),

  /** Wire value {@code m6-4vcpu-32gb}. */
  DropletM64VCPU32GB("m6-4vcpu-32gb"),

  /** Wire value {@code gd-8vcpu-32gb}. */
  DropletGD8VCPU32GB("gd-8vcpu-32gb"),

  /** Wire value {@code so1_5-4vcpu-32gb-intel}. */
  DropletSO1_54VCPU32GB_INTEL("so1_5-4vcpu-32gb-intel"),

  /** Wire value {@code g-8vcpu-32gb-intel}. */
  DropletG8VCPU32GB_INTEL("g-8vcpu-32gb-intel"),

  /** Wire value {@code gd-8vcpu-32gb-intel}. */
  DropletGD8VCPU32GB_INTEL("gd-8vcpu-32gb-intel"),

  /** Wire value {@code so1_5-4vcpu-32gb}. */
  DropletSO1_54VCPU32GB("so1_5-4vcpu-32gb"),

  /** Wire value {@code m-8vcpu-64gb}. */
  DropletM8VCPU64GB("m-8vcpu-64gb"),

  /** Wire value {@code c-16}. */
  DropletC16("c-16"),

  /** Wire value {@code c2-16vcpu-32gb}. */
  DropletC216VCPU32GB("c2-16vcpu-32gb"),

  /** Wire value {@code m-8vcpu-64gb-intel}. */
  DropletM8VCPU64GB_INTEL("m-8vcpu-64gb-intel"),

  /** Wire value {@code m3-8vcpu-64gb}. */
  DropletM38VCPU64GB("m3-8vcpu-64gb"),

  /** Wire value {@code c-16-intel}. */
  DropletC16_INTEL("c-16-intel"),

  /** Wire value {@code m3-8vcpu-64gb-intel}. */
  DropletM38VCPU64GB_INTEL("m3-8vcpu-64gb-intel"),

  /** Wire value {@code c2-16vcpu-32gb-intel}. */
  DropletC216VCPU32GB_INTEL("c2-16vcpu-32gb-intel"),

  /** Wire value {@code g-16vcpu-64gb}. */
  DropletG16VCPU64GB("g-16vcpu-64gb"),

  /** Wire value {@code so-8vcpu-64gb-intel}. */
  DropletSO8VCPU64GB_INTEL("so-8vcpu-64gb-intel"),

  /** Wire value {@code so-8vcpu-64gb}. */
  DropletSO8VCPU64GB("so-8vcpu-64gb"),

  /** Wire value {@code m6-8vcpu-64gb}. */
  DropletM68VCPU64GB("m6-8vcpu-64gb"),

  /** Wire value {@code gd-16vcpu-64gb}. */
  DropletGD16VCPU64GB("gd-16vcpu-64gb"),

  /** Wire value {@code so1_5-8vcpu-64gb-intel}. */
  DropletSO1_58VCPU64GB_INTEL("so1_5-8vcpu-64gb-intel"),

  /** Wire value {@code g-16vcpu-64gb-intel}. */
  DropletG16VCPU64GB_INTEL("g-16vcpu-64gb-intel"),

  /** Wire value {@code gd-16vcpu-64gb-intel}. */
  DropletGD16VCPU64GB_INTEL("gd-16vcpu-64gb-intel"),

  /** Wire value {@code so1_5-8vcpu-64gb}. */
  DropletSO1_58VCPU64GB("so1_5-8vcpu-64gb"),

  /** Wire value {@code m-16vcpu-128gb}. */
  DropletM16VCPU128GB("m-16vcpu-128gb"),

  /** Wire value {@code c-32}. */
  DropletC32("c-32"),

  /** Wire value {@code c2-32vcpu-64gb}. */
  DropletC232VCPU64GB("c2-32vcpu-64gb"),

  /** Wire value {@code m-16vcpu-128gb-intel}. */
  DropletM16VCPU128GB_INTEL("m-16vcpu-128gb-intel"),

  /** Wire value {@code m3-16vcpu-128gb}. */
  DropletM316VCPU128GB("m3-16vcpu-128gb"),

  /** Wire value {@code c-32-intel}. */
  DropletC32_INTEL("c-32-intel"),

  /** Wire value {@code m3-16vcpu-128gb-intel}. */
  DropletM316VCPU128GB_INTEL("m3-16vcpu-128gb-intel"),

  /** Wire value {@code c2-32vcpu-64gb-intel}. */
  DropletC232VCPU64GB_INTEL("c2-32vcpu-64gb-intel"),

  /** Wire value {@code c-48}. */
  DropletC48("c-48"),

  /** Wire value {@code m-24vcpu-192gb}. */
  DropletM24VCPU192GB("m-24vcpu-192gb"),

  /** Wire value {@code g-32vcpu-128gb}. */
  DropletG32VCPU128GB("g-32vcpu-128gb"),

  /** Wire value {@code so-16vcpu-128gb-intel}. */
  DropletSO16VCPU128GB_INTEL("so-16vcpu-128gb-intel"),

  /** Wire value {@code so-16vcpu-128gb}. */
  DropletSO16VCPU128GB("so-16vcpu-128gb"),

  /** Wire value {@code m6-16vcpu-128gb}. */
  DropletM616VCPU128GB("m6-16vcpu-128gb"),

  /** Wire value {@code gd-32vcpu-128gb}. */
  DropletGD32VCPU128GB("gd-32vcpu-128gb"),

  /** Wire value {@code so1_5-16vcpu-128gb-intel}. */
  DropletSO1_516VCPU128GB_INTEL("so1_5-16vcpu-128gb-intel"),

  /** Wire value {@code c2-48vcpu-96gb}. */
  DropletC248VCPU96GB("c2-48vcpu-96gb"),

  /** Wire value {@code m-24vcpu-192gb-intel}. */
  DropletM24VCPU192GB_INTEL("m-24vcpu-192gb-intel"),

  /** Wire value {@code g-32vcpu-128gb-intel}. */
  DropletG32VCPU128GB_INTEL("g-32vcpu-128gb-intel"),

  /** Wire value {@code m3-24vcpu-192gb}. */
  DropletM324VCPU192GB("m3-24vcpu-192gb"),

  /** Wire value {@code g-40vcpu-160gb}. */
  DropletG40VCPU160GB("g-40vcpu-160gb"),

  /** Wire value {@code gd-32vcpu-128gb-intel}. */
  DropletGD32VCPU128GB_INTEL("gd-32vcpu-128gb-intel"),

  /** Wire value {@code so1_5-16vcpu-128gb}. */
  DropletSO1_516VCPU128GB("so1_5-16vcpu-128gb"),

  /** Wire value {@code c-48-intel}. */
  DropletC48_INTEL("c-48-intel"),

  /** Wire value {@code m3-24vcpu-192gb-intel}. */
  DropletM324VCPU192GB_INTEL("m3-24vcpu-192gb-intel"),

  /** Wire value {@code m-32vcpu-256gb}. */
  DropletM32VCPU256GB("m-32vcpu-256gb"),

  /** Wire value {@code gd-40vcpu-160gb}. */
  DropletGD40VCPU160GB("gd-40vcpu-160gb"),

  /** Wire value {@code c2-48vcpu-96gb-intel}. */
  DropletC248VCPU96GB_INTEL("c2-48vcpu-96gb-intel"),

  /** Wire value {@code so-24vcpu-192gb-intel}. */
  DropletSO24VCPU192GB_INTEL("so-24vcpu-192gb-intel"),

  /** Wire value {@code so-24vcpu-192gb}. */
  DropletSO24VCPU192GB("so-24vcpu-192gb"),

  /** Wire value {@code m6-24vcpu-192gb}. */
  DropletM624VCPU192GB("m6-24vcpu-192gb"),

  /** Wire value {@code m-32vcpu-256gb-intel}. */
  DropletM32VCPU256GB_INTEL("m-32vcpu-256gb-intel"),

  /** Wire value {@code c-60-intel}. */
  DropletC60_INTEL("c-60-intel"),

  /** Wire value {@code m3-32vcpu-256gb}. */
  DropletM332VCPU256GB("m3-32vcpu-256gb"),

  /** Wire value {@code so1_5-24vcpu-192gb-intel}. */
  DropletSO1_524VCPU192GB_INTEL("so1_5-24vcpu-192gb-intel"),

  /** Wire value {@code m3-32vcpu-256gb-intel}. */
  DropletM332VCPU256GB_INTEL("m3-32vcpu-256gb-intel"),

  /** Wire value {@code g-48vcpu-192gb-intel}. */
  DropletG48VCPU192GB_INTEL("g-48vcpu-192gb-intel"),

  /** Wire value {@code c2-60vcpu-120gb-intel}. */
  DropletC260VCPU120GB_INTEL("c2-60vcpu-120gb-intel"),

  /** Wire value {@code gd-48vcpu-192gb-intel}. */
  DropletGD48VCPU192GB_INTEL("gd-48vcpu-192gb-intel"),

  /** Wire value {@code so1_5-24vcpu-192gb}. */
  DropletSO1_524VCPU192GB("so1_5-24vcpu-192gb"),

  /** Wire value {@code so-32vcpu-256gb-intel}. */
  DropletSO32VCPU256GB_INTEL("so-32vcpu-256gb-intel"),

  /** Wire value {@code so-32vcpu-256gb}. */
  DropletSO32VCPU256GB("so-32vcpu-256gb"),

  /** Wire value {@code m6-32vcpu-256gb}. */
  DropletM632VCPU256GB("m6-32vcpu-256gb"),

  /** Wire value {@code so1_5-32vcpu-256gb-intel}. */
  DropletSO1_532VCPU256GB_INTEL("so1_5-32vcpu-256gb-intel"),

  /** Wire value {@code g-60vcpu-240gb-intel}. */
  DropletG60VCPU240GB_INTEL("g-60vcpu-240gb-intel"),

  /** Wire value {@code m-48vcpu-384gb-intel}. */
  DropletM48VCPU384GB_INTEL("m-48vcpu-384gb-intel"),

  /** Wire value {@code gd-60vcpu-240gb-intel}. */
  DropletGD60VCPU240GB_INTEL("gd-60vcpu-240gb-intel"),

  /** Wire value {@code gpu-h100x1-80gb}. */
  DropletGPUH100X180GB("gpu-h100x1-80gb"),

  /** Wire value {@code so1_5-32vcpu-256gb}. */
  DropletSO1_532VCPU256GB("so1_5-32vcpu-256gb"),

  /** Wire value {@code m3-48vcpu-384gb-intel}. */
  DropletM348VCPU384GB_INTEL("m3-48vcpu-384gb-intel"),

  /** Wire value {@code so-48vcpu-384gb-intel}. */
  DropletSO48VCPU384GB_INTEL("so-48vcpu-384gb-intel"),

  /** Wire value {@code gpu-h100x1-80gb-200}. */
  DropletGPUH100X180GB200("gpu-h100x1-80gb-200"),

  /** Wire value {@code gpu-h100x8-640gb}. */
  DropletGPUH100X8640GB("gpu-h100x8-640gb"),

  /** Wire value {@code gpu-h100x8-640gb-200}. */
  DropletGPUH100X8640GB200("gpu-h100x8-640gb-200"),

  /** Wire value {@code 16gb}. */
  Droplet16GB("16gb"),

  /** Wire value {@code 1gb}. */
  Droplet1GB("1gb"),

  /** Wire value {@code 2gb}. */
  Droplet2GB("2gb"),

  /** Wire value {@code 32gb}. */
  Droplet32GB("32gb"),

  /** Wire value {@code 48gb}. */
  Droplet48GB("48gb"),

  /** Wire value {@code 4gb}. */
  Droplet4GB("4gb"),

  /** Wire value {@code 512mb}. */
  Droplet512mb("512mb"),

  /** Wire value {@code 64gb}. */
  Droplet64GB("64gb"),

  /** Wire value {@code 8gb}. */
  Droplet8GB("8gb"),

  /**
   * Wire value {@code c2-4vcpu-8gb}; the schema lists it a second time, after {@link
   * #DropletC24VCPU8GB}.
   */
  DropletC22VCPU8GB("c2-4vcpu-8gb"),

  /** Wire value {@code s-12vcpu-48gb}. */
  DropletS12VCPU48GB("s-12vcpu-48gb"),

  /** Wire value {@code s-16vcpu-64gb}. */
  DropletS16VCPU64GB("s-16vcpu-64gb"),

  /** Wire value {@code s-1vcpu-3gb}. */
  DropletS1VCPU3GB("s-1vcpu-3gb"),

  /** Wire value {@code s-20vcpu-96gb}. */
  DropletS20VCPU96GB("s-20vcpu-96gb"),

  /** Wire value {@code s-24vcpu-128gb}. */
  DropletS24VCPU128GB("s-24vcpu-128gb"),

  /** Wire value {@code s-32vcpu-192gb}. */
  DropletS32VCPU192GB("s-32vcpu-192gb"),

  /** Wire value {@code s-3vcpu-1gb}. */
  DropletS3VCPU1GB("s-3vcpu-1gb"),

  /** Wire value {@code s-6vcpu-16gb}. */
  DropletS6VCPU16GB("s-6vcpu-16gb"),

  /** Wire value {@code s-8vcpu-32gb}. */
  DropletS8VCPU32GB("s-8vcpu-32gb"),

  /**
   * Wire value {@code so1_5-16vcpu-128gb}; the schema lists it a second time, after {@link
   * #DropletSO1_516VCPU128GB}.
   */
  DropletSO1516VCPU128GB("so1_5-16vcpu-128gb"),

  /**
   * Wire value {@code so1_5-24vcpu-192gb}; the schema lists it a second time, after {@link
   * #DropletSO1_524VCPU192GB}.
   */
  DropletSO1524VCPU192GB("so1_5-24vcpu-192gb"),

  /**
   * Wire value {@code so1_5-2vcpu-16gb}; the schema lists it a second time, after {@link
   * #DropletSO1_52VCPU16GB}.
   */
  DropletSO152VCPU16GB("so1_5-2vcpu-16gb"),

  /**
   * Wire value {@code so1_5-32vcpu-256gb}; the schema lists it a second time, after {@link
   * #DropletSO1_532VCPU256GB}.
   */
  DropletSO1532VCPU256GB("so1_5-32vcpu-256gb"),

  /**
   * Wire value {@code so1_5-4vcpu-32gb}; the schema lists it a second time, after {@link
   * #DropletSO1_54VCPU32GB}.
   */
  DropletSO154VCPU32GB("so1_5-4vcpu-32gb"),

  /**
   * Wire value {@code so1_5-8vcpu-64gb}; the schema lists it a second time, after {@link
   * #DropletSO1_58VCPU64GB}.
   */
  DropletSO158VCPU64GB("so1_5-8vcpu-64gb");

  private final String value;

  DropletSlug(String value) {
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
  public static Optional<DropletSlug> fromValue(String value) {
    for (DropletSlug candidate : values()) {
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
