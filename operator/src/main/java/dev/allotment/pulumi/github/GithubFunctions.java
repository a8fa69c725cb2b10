package dev.allotment.pulumi.github;

import com.pulumi.core.Output;
import com.pulumi.core.TypeShape;
import com.pulumi.deployment.Deployment;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.deployment.InvokeOutputOptions;
import dev.allotment.pulumi.github.inputs.GetOrganizationArgs;
import dev.allotment.pulumi.github.inputs.GetOrganizationPlainArgs;
import dev.allotment.pulumi.github.outputs.GetOrganizationResult;
import java.util.concurrent.CompletableFuture;

/**
 * The functions (data sources) of the GitHub provider that Allotment's programs call.
 *
 * <p>Each comes in two forms, as in Pulumi's generated SDKs: one taking {@code Output} arguments
 * and returning an {@link Output}, and a {@code ...Plain} one taking plain values and returning a
 * {@link CompletableFuture}. Every call requests the plugin version the bindings were written
 * against, unless the caller's options name one. Pass a {@link Provider} through {@link
 * InvokeOptions} to call with its credentials and organization.
 */
public final class GithubFunctions {
  private static final String GET_ORGANIZATION = "github:index/getOrganization:getOrganization";

  private GithubFunctions() {}

  /**
   * Reads an organization: its settings, repositories and members (those who joined, not pending
   * invitations).
   *
   * @param args the arguments; the organization's name is required
   * @return the organization, once the provider answered
   */
  public static Output<GetOrganizationResult> getOrganization(GetOrganizationArgs args) {
    return getOrganization(args, InvokeOptions.Empty);
  }

  /**
   * Reads an organization.
   *
   * @param args the arguments
   * @param options invoke options, e.g. an explicit {@link Provider}; the plugin version is added
   *     unless set here
   * @return the organization, once the provider answered
   */
  public static Output<GetOrganizationResult> getOrganization(
      GetOrganizationArgs args, InvokeOptions options) {
    return Deployment.getInstance()
        .invoke(
            GET_ORGANIZATION,
            TypeShape.of(GetOrganizationResult.class),
            args,
            PluginVersion.withVersion(options));
  }

  /**
   * Reads an organization, after the resources in the options' {@code dependsOn}.
   *
   * @param args the arguments
   * @param options invoke options; the plugin version is added unless set here
   * @return the organization, once the provider answered
   */
  public static Output<GetOrganizationResult> getOrganization(
      GetOrganizationArgs args, InvokeOutputOptions options) {
    return Deployment.getInstance()
        .invoke(
            GET_ORGANIZATION,
            TypeShape.of(GetOrganizationResult.class),
            args,
            PluginVersion.withVersion(options));
  }

  /**
   * Reads an organization.
   *
   * @param args the arguments; the organization's name is required
   * @return the organization, once the provider answered
   */
  public static CompletableFuture<GetOrganizationResult> getOrganizationPlain(
      GetOrganizationPlainArgs args) {
    return getOrganizationPlain(args, InvokeOptions.Empty);
  }

  /**
   * Reads an organization.
   *
   * @param args the arguments
   * @param options invoke options, e.g. an explicit {@link Provider}; the plugin version is added
   *     unless set here
   * @return the organization, once the provider answered
   */
  public static CompletableFuture<GetOrganizationResult> getOrganizationPlain(
      GetOrganizationPlainArgs args, InvokeOptions options) {
    return Deployment.getInstance()
        .invokeAsync(
            GET_ORGANIZATION,
            TypeShape.of(GetOrganizationResult.class),
            args,
            PluginVersion.withVersion(options));
  }
}
