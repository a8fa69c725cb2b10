package dev.allotment.api.v1alpha1;

/** What to do when a drift check finds the real infrastructure differs from the stack. */
public enum DriftPolicy {
  /** Report it: condition Drifted=True, a Warning event and a metric. */
  Report,
  /** Report it and run an update that puts the declared state back. */
  Correct
}
