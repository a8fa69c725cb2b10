package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.Map;

/** Where and how the team's Azure resources are created. */
public class AzureSpec {

  @Pattern("^[a-z0-9]+$")
  @JsonPropertyDescription(
      "Azure region for the resource group and identity, e.g. westeurope. Default: the operator's"
          + " configured location.")
  private String location;

  @Pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
  @JsonPropertyDescription(
      "Azure subscription id (a GUID). Defaults to the operator's configured subscription.")
  private String subscriptionId;

  @Size(max = 40)
  @JsonPropertyDescription(
      "Extra tags on every Azure resource. The operator always adds team, stage and managed-by.")
  private Map<String, String> tags;

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getSubscriptionId() {
    return subscriptionId;
  }

  public void setSubscriptionId(String subscriptionId) {
    this.subscriptionId = subscriptionId;
  }

  public Map<String, String> getTags() {
    return tags;
  }

  public void setTags(Map<String, String> tags) {
    this.tags = tags;
  }
}
