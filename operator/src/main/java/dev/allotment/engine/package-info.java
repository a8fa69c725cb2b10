/**
 * The narrow port between reconcilers and Pulumi: {@link dev.allotment.engine.StackEngine} and its
 * value types, plus {@link dev.allotment.engine.StackOperations}, which runs operations on a
 * bounded executor so that no reconcile thread waits for a whole Pulumi update.
 */
package dev.allotment.engine;
