package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** Where Azure resources may be created. */
public class AzurePolicySpec {

  @Size(min = 1, max = 100)
  @JsonPropertyDescription(
      "Azure locations TeamEnvironments (spec.azure.location, also when it comes from the"
          + " operator's default) and azure Clusters (spec.region) may use, e.g. [westeurope,"
          + " swedencentral]. Compared case-insensitively. Absent: every location.")
  private List<@Pattern("^[a-z0-9]+$") @Size(max = 40) String> allowedLocations;

  @Size(max = 100)
  @JsonPropertyDescription(
      "Azure subscriptions (GUIDs) TeamEnvironments may name in spec.azure.subscriptionId, e.g."
          + " one per stage. The operator's default subscription is always allowed. Empty ([]):"
          + " only that one. Absent: every subscription the operator's credentials reach.")
  private List<
          @Pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
          String>
      allowedSubscriptions;

  public List<String> getAllowedSubscriptions() {
    return allowedSubscriptions;
  }

  public void setAllowedSubscriptions(List<String> allowedSubscriptions) {
    this.allowedSubscriptions = allowedSubscriptions;
  }

  public List<String> getAllowedLocations() {
    return allowedLocations;
  }

  public void setAllowedLocations(List<String> allowedLocations) {
    this.allowedLocations = allowedLocations;
  }
}
