/**
 * Typed Pulumi bindings for the few resources and functions of the DigitalOcean provider (plugin
 * {@code digitalocean} 4.76.0) that Allotment's programs use: {@link
 * dev.allotment.pulumi.digitalocean.KubernetesCluster}, {@link
 * dev.allotment.pulumi.digitalocean.KubernetesNodePool}, {@link
 * dev.allotment.pulumi.digitalocean.Project}, {@link
 * dev.allotment.pulumi.digitalocean.ProjectResources} and {@link
 * dev.allotment.pulumi.digitalocean.DigitaloceanFunctions#getKubernetesVersions}.
 *
 * <p>Pulumi's published Java SDK for DigitalOcean is not available from our Maven mirror, so these
 * classes are written by hand in the shape of Pulumi's generated SDKs: {@code @ResourceType}
 * carries the schema token, {@code @Import}/{@code @Export} carry the wire names (the schema's
 * camelCase property names, e.g. {@code nodePool}, {@code autoScale}), and every resource and
 * function call requests the plugin version. {@code DigitalOceanBindingSchemaConformanceTest}
 * checks them against the provider schema; extend the bindings there first when a program needs
 * another input.
 *
 * <p>Nested input types are in {@link dev.allotment.pulumi.digitalocean.inputs}, nested output
 * types in {@link dev.allotment.pulumi.digitalocean.outputs}, enums in {@link
 * dev.allotment.pulumi.digitalocean.enums}.
 */
package dev.allotment.pulumi.digitalocean;
