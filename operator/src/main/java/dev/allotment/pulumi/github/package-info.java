/**
 * Typed Pulumi bindings for the few resources of the GitHub provider (plugin {@code github} 6.15.0)
 * that Allotment's programs declare.
 *
 * <p>Pulumi's published Java SDK for GitHub is not available from our Maven mirror, so these
 * classes are written by hand in the shape of Pulumi's generated SDKs: {@code @ResourceType}
 * carries the schema token, {@code @Import}/{@code @Export} carry the wire names, and every
 * resource requests the plugin version. {@code BindingSchemaConformanceTest} checks them against
 * the provider schema; extend the bindings there first when a program needs another input.
 *
 * <p>Nested input types are in {@link dev.allotment.pulumi.github.inputs}, nested output types in
 * {@link dev.allotment.pulumi.github.outputs}.
 */
package dev.allotment.pulumi.github;
