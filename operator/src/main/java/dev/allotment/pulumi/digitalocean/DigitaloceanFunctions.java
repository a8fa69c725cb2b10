package dev.allotment.pulumi.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.TypeShape;
import com.pulumi.deployment.Deployment;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.deployment.InvokeOutputOptions;
import dev.allotment.pulumi.digitalocean.inputs.GetKubernetesVersionsArgs;
import dev.allotment.pulumi.digitalocean.inputs.GetKubernetesVersionsPlainArgs;
import dev.allotment.pulumi.digitalocean.outputs.GetKubernetesVersionsResult;
import java.util.concurrent.CompletableFuture;

/**
 * The functions (data sources) of the DigitalOcean provider that Allotment's programs call.
 *
 * <p>Each comes in two forms, as in Pulumi's generated SDKs: one taking {@code Output} arguments
 * and returning an {@link Output}, and a {@code ...Plain} one taking plain values and returning a
 * {@link CompletableFuture}. Every call requests the plugin version the bindings were written
 * against, unless the caller's options name one. Pass a {@link Provider} through {@link
 * InvokeOptions} to call with its credentials.
 */
public final class DigitaloceanFunctions {
  private static final String GET_KUBERNETES_VERSIONS =
      "digitalocean:index/getKubernetesVersions:getKubernetesVersions";

  private DigitaloceanFunctions() {}

  /**
   * Lists the Kubernetes versions DigitalOcean offers.
   *
   * @return the versions, once the provider answered
   */
  public static Output<GetKubernetesVersionsResult> getKubernetesVersions() {
    return getKubernetesVersions(GetKubernetesVersionsArgs.Empty, InvokeOptions.Empty);
  }

  /**
   * Lists the Kubernetes versions DigitalOcean offers, for example those with a prefix.
   *
   * @param args the arguments
   * @return the versions, once the provider answered
   */
  public static Output<GetKubernetesVersionsResult> getKubernetesVersions(
      GetKubernetesVersionsArgs args) {
    return getKubernetesVersions(args, InvokeOptions.Empty);
  }

  /**
   * Lists the Kubernetes versions DigitalOcean offers.
   *
   * @param args the arguments
   * @param options invoke options, e.g. an explicit {@link Provider}; the plugin version is added
   *     unless set here
   * @return the versions, once the provider answered
   */
  public static Output<GetKubernetesVersionsResult> getKubernetesVersions(
      GetKubernetesVersionsArgs args, InvokeOptions options) {
    return Deployment.getInstance()
        .invoke(
            GET_KUBERNETES_VERSIONS,
            TypeShape.of(GetKubernetesVersionsResult.class),
            args,
            PluginVersion.withVersion(options));
  }

  /**
   * Lists the Kubernetes versions DigitalOcean offers, after the resources in the options' {@code
   * dependsOn}.
   *
   * @param args the arguments
   * @param options invoke options; the plugin version is added unless set here
   * @return the versions, once the provider answered
   */
  public static Output<GetKubernetesVersionsResult> getKubernetesVersions(
      GetKubernetesVersionsArgs args, InvokeOutputOptions options) {
    return Deployment.getInstance()
        .invoke(
            GET_KUBERNETES_VERSIONS,
            TypeShape.of(GetKubernetesVersionsResult.class),
            args,
            PluginVersion.withVersion(options));
  }

  /**
   * Lists the Kubernetes versions DigitalOcean offers.
   *
   * @return the versions, once the provider answered
   */
  public static CompletableFuture<GetKubernetesVersionsResult> getKubernetesVersionsPlain() {
    return getKubernetesVersionsPlain(GetKubernetesVersionsPlainArgs.Empty, InvokeOptions.Empty);
  }

  /**
   * Lists the Kubernetes versions DigitalOcean offers, for example those with a prefix.
   *
   * @param args the arguments
   * @return the versions, once the provider answered
   */
  public static CompletableFuture<GetKubernetesVersionsResult> getKubernetesVersionsPlain(
      GetKubernetesVersionsPlainArgs args) {
    return getKubernetesVersionsPlain(args, InvokeOptions.Empty);
  }

  /**
   * Lists the Kubernetes versions DigitalOcean offers.
   *
   * @param args the arguments
   * @param options invoke options, e.g. an explicit {@link Provider}; the plugin version is added
   *     unless set here
   * @return the versions, once the provider answered
   */
  public static CompletableFuture<GetKubernetesVersionsResult> getKubernetesVersionsPlain(
      GetKubernetesVersionsPlainArgs args, InvokeOptions options) {
    return Deployment.getInstance()
        .invokeAsync(
            GET_KUBERNETES_VERSIONS,
            TypeShape.of(GetKubernetesVersionsResult.class),
            args,
            PluginVersion.withVersion(options));
  }
}
