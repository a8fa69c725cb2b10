package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/**
 * The team's Entra ID (Azure AD) security group for this stage: who is in it. The platform decides
 * which role it gets on the resource group (PlatformPolicy {@code
 * defaults.<stage>.entraGroupRole}).
 */
public class EntraGroupSpec {

  /**
   * An Entra ID user principal name ({@code alice@nordic-retail.com}) or object id (a GUID). An
   * item pattern, not a CEL rule over the list, so that the API server's CEL cost budget is not
   * spent.
   */
  public static final String PRINCIPAL_PATTERN =
      "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
          + "|[A-Za-z0-9'._!#^~+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)$";

  /** Entra ID's limit on a user principal name: 64 characters before the @, 48 after. */
  public static final int MAX_PRINCIPAL_LENGTH = 113;

  /** Most owners and most contributors each. */
  public static final int MAX_PRINCIPALS = 100;

  @Required
  @Size(min = 1, max = MAX_PRINCIPALS)
  @JsonPropertyDescription(
      "Owners of the group, who are also its members: Entra ID user principal names"
          + " (alice@nordic-retail.com) or object ids (GUIDs). At least one, at most 100.")
  private List<@Pattern(PRINCIPAL_PATTERN) @Size(max = MAX_PRINCIPAL_LENGTH) String> owners;

  @Size(max = MAX_PRINCIPALS)
  @JsonPropertyDescription(
      "Other members of the group: Entra ID user principal names or object ids. At most 100.")
  private List<@Pattern(PRINCIPAL_PATTERN) @Size(max = MAX_PRINCIPAL_LENGTH) String> contributors;

  public List<String> getOwners() {
    return owners;
  }

  public void setOwners(List<String> owners) {
    this.owners = owners;
  }

  public List<String> getContributors() {
    return contributors;
  }

  public void setContributors(List<String> contributors) {
    this.contributors = contributors;
  }
}
