/**
 * The narrow port between the lifecycle and Pulumi: {@link dev.allotment.engine.StackEngine} and
 * its value types, plus {@link dev.allotment.engine.StackOperations}, which runs operations on a
 * bounded executor so that no reconcile thread waits for a whole Pulumi update, with the {@link
 * dev.allotment.engine.Ticket} of a submitted operation and the {@link
 * dev.allotment.engine.Outcome} of a finished one.
 */
package dev.allotment.engine;
