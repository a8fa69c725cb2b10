package dev.allotment.policy;

import dev.allotment.api.v1alpha1.NamespaceBaselineSpec;
import dev.allotment.api.v1alpha1.NamespaceQuotaSpec;
import dev.allotment.api.v1alpha1.QuotaSpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.StageSettingsSpec;
import dev.allotment.policy.PolicyEvaluator.Named;
import dev.allotment.program.ComputeQuota;
import dev.allotment.validation.SpecProblem;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The compute ceilings of a stage ({@code defaults.<stage>.namespaces.quota.cpu}, {@code .memory},
 * {@code .pods}): what a TeamEnvironment's {@code spec.kubernetes.quota} may ask for at most, and
 * the compute quota of vcluster host namespaces. Several policies: the smallest ceiling wins.
 * Quantities are compared by amount ({@code 2500m} is below {@code 3}, {@code 8Gi} above {@code
 * 8G}); a malformed ceiling (only a policy stored around the CRD's schema has one) is left out here
 * and named by {@link #malformed}.
 */
final class ComputeCeilings {

  private static final Pattern CPU = Pattern.compile(QuotaSpec.CPU_PATTERN);
  private static final Pattern MEMORY = Pattern.compile(QuotaSpec.MEMORY_PATTERN);

  /** One compute item: its name, where a policy and a spec keep it, and how it is written. */
  private record Item(
      String name,
      Function<NamespaceQuotaSpec, Object> ceiling,
      Function<QuotaSpec, Object> requested,
      Pattern format) {

    Optional<BigDecimal> amount(Object value) {
      if (value instanceof Integer count) {
        return count >= 1 ? Optional.of(BigDecimal.valueOf(count)) : Optional.empty();
      }
      if (value instanceof String text && format.matcher(text).matches()) {
        return Optional.of(Quantity.getAmountInBytes(new Quantity(text)));
      }
      return Optional.empty();
    }
  }

  private static final List<Item> ITEMS =
      List.of(
          new Item("cpu", NamespaceQuotaSpec::getCpu, QuotaSpec::getCpu, CPU),
          new Item("memory", NamespaceQuotaSpec::getMemory, QuotaSpec::getMemory, MEMORY),
          new Item("pods", NamespaceQuotaSpec::getPods, QuotaSpec::getPods, null));

  private ComputeCeilings() {}

  /**
   * The compute of a namespace of {@code stage} that asks for none: each item the smaller of {@link
   * ComputeQuota#DEFAULT}'s and the strictest ceiling.
   */
  static ComputeQuota quota(Stage stage, List<Named> policies) {
    ComputeQuota fallback = ComputeQuota.DEFAULT;
    return new ComputeQuota(
        (String) atMost(ITEMS.get(0), fallback.cpu(), stage, policies),
        (String) atMost(ITEMS.get(1), fallback.memory(), stage, policies),
        (Integer) atMost(ITEMS.get(2), fallback.pods(), stage, policies));
  }

  /**
   * A problem for each item of {@code requested} above a policy's ceiling, naming the field, the
   * value, the policy, its rule and the strictest ceiling of all policies.
   */
  static List<SpecProblem> exceeded(Stage stage, QuotaSpec requested, List<Named> policies) {
    List<SpecProblem> problems = new ArrayList<>();
    if (requested == null) {
      return problems;
    }
    for (Item item : ITEMS) {
      Object value = item.requested().apply(requested);
      Optional<BigDecimal> amount = item.amount(value);
      if (amount.isEmpty()) {
        continue;
      }
      Optional<Object> strictest = strictest(item, stage, policies).map(Ceiling::value);
      for (Named policy : policies) {
        ceiling(item, stage, policy)
            .filter(c -> amount.get().compareTo(c.amount()) > 0)
            .ifPresent(
                c ->
                    problems.add(
                        new SpecProblem(
                            "spec.kubernetes.quota." + item.name(),
                            "\""
                                + PolicyViolation.abbreviate(String.valueOf(value))
                                + "\" is above the ceiling "
                                + c.value()
                                + " of PlatformPolicy \""
                                + PolicyViolation.abbreviate(policy.name())
                                + "\" (rule "
                                + rule(stage, item)
                                + "): ask for at most "
                                + strictest.orElseThrow()
                                + " (leave it out to get that), or ask the platform team to"
                                + " raise the ceiling")));
      }
    }
    return problems;
  }

  /** The malformed compute ceilings of {@code quota}, each field under {@code prefix}. */
  static void malformed(String prefix, NamespaceQuotaSpec quota, List<SpecProblem> problems) {
    for (Item item : ITEMS) {
      Object value = item.ceiling().apply(quota);
      if (value != null && item.amount(value).isEmpty()) {
        problems.add(
            new SpecProblem(
                prefix + item.name(),
                "\""
                    + PolicyViolation.abbreviate(String.valueOf(value))
                    + "\" is not a "
                    + item.name()
                    + " quantity; the platform team must write it like "
                    + switch (item.name()) {
                      case "cpu" -> "4 or 2500m";
                      case "memory" -> "8Gi";
                      default -> "50 (1 or more)";
                    }));
      }
    }
  }

  private record Ceiling(Object value, BigDecimal amount) {}

  private static Object atMost(Item item, Object fallback, Stage stage, List<Named> policies) {
    BigDecimal own = item.amount(fallback).orElseThrow();
    return strictest(item, stage, policies)
        .filter(c -> c.amount().compareTo(own) < 0)
        .map(Ceiling::value)
        .orElse(fallback);
  }

  private static Optional<Ceiling> strictest(Item item, Stage stage, List<Named> policies) {
    return policies.stream()
        .flatMap(p -> ceiling(item, stage, p).stream())
        .min(Comparator.comparing(Ceiling::amount));
  }

  private static Optional<Ceiling> ceiling(Item item, Stage stage, Named policy) {
    Optional<Object> value =
        policy
            .spec()
            .flatMap(s -> Optional.ofNullable(s.getDefaults()))
            .flatMap(d -> d.forStage(stage))
            .map(StageSettingsSpec::getNamespaces)
            .map(NamespaceBaselineSpec::getQuota)
            .map(item.ceiling());
    return value.flatMap(v -> item.amount(v).map(a -> new Ceiling(v, a)));
  }

  private static String rule(Stage stage, Item item) {
    return "defaults." + stage.value() + ".namespaces.quota." + item.name();
  }
}
