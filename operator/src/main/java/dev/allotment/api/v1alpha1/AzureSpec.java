package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Map;

/** Where and how the team's Azure resources are created, and the team's Entra ID group. */
public class AzureSpec {

  @Pattern("^[a-z0-9]+$")
  @Size(max = 40)
  @JsonPropertyDescription(
      "Azure region for the resource group and identity, e.g. westeurope. Default: the operator's"
          + " configured location.")
  private String location;

  @Size(max = 36)
  @Pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
  @JsonPropertyDescription(
      "Azure subscription id (a GUID). Defaults to the operator's configured subscription.")
  private String subscriptionId;

  @Size(max = 40)
  @ValidationRule(
      value = "self.all(k, size(k) <= 512)",
      message = "tag names must be at most 512 characters")
  @JsonPropertyDescription(
      "Extra tags on every Azure resource, at most 40: names up to 512, values up to 256"
          + " characters. The operator always adds team, stage and managed-by; since Azure compares"
          + " tag names case-insensitively, those names are refused here in any case (Team, STAGE,"
          + " ...).")
  private Map<String, @Size(max = 256) String> tags;

  @JsonPropertyDescription(
      "The team's Entra ID security group for this stage, <team>-<stage>: its owners and members"
          + " get the role the platform sets for the stage on the resource group (Reader for"
          + " production, Contributor otherwise, unless a PlatformPolicy says otherwise). Absent:"
          + " no group.")
  private EntraGroupSpec entraGroup;

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

  public EntraGroupSpec getEntraGroup() {
    return entraGroup;
  }

  public void setEntraGroup(EntraGroupSpec entraGroup) {
    this.entraGroup = entraGroup;
  }
}
