package dev.allotment.validation;

import dev.allotment.api.v1alpha1.EntraGroupSpec;
import dev.allotment.api.v1alpha1.TeamEnvironmentSpec;
import java.util.regex.Pattern;

/**
 * The format rules the CRD schema states, checked again by the operator: the API server enforces
 * the schema, but a resource can still arrive without it (an older CRD, a test server), and the
 * operator must never hand a malformed name to Pulumi.
 */
public final class Rules {
  public static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
  public static final Pattern TEAM = Pattern.compile("^[a-z]([-a-z0-9]*[a-z0-9])?$");
  public static final Pattern GITHUB_LOGIN = Pattern.compile(TeamEnvironmentSpec.LOGIN_PATTERN);
  public static final Pattern REPOSITORY = Pattern.compile("^[A-Za-z0-9._-]{1,100}$");
  public static final Pattern TEMPLATE =
      Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$");
  public static final Pattern AZURE_LOCATION = Pattern.compile("^[a-z0-9]+$");
  public static final Pattern GUID =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  public static final Pattern ENTRA_PRINCIPAL = Pattern.compile(EntraGroupSpec.PRINCIPAL_PATTERN);
  public static final Pattern CPU = Pattern.compile("^([0-9]+(\\.[0-9]+)?|[0-9]+m)$");
  public static final Pattern MEMORY = Pattern.compile("^[0-9]+(Ki|Mi|Gi|Ti|K|M|G|T)?$");

  private Rules() {}
}
