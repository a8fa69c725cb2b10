/**
 * Informers the operator runs beside its controllers' (name claims, namespaces), with listeners
 * that hear of changes only once the controllers have started.
 */
package dev.allotment.watch;
