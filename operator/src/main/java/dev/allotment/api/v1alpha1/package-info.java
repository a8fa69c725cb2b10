/**
 * The {@code platform.allotment.dev/v1alpha1} API: the custom resources product teams create. The
 * descriptions on these types become the CRD descriptions that {@code kubectl explain} shows.
 */
package dev.allotment.api.v1alpha1;
