package dev.allotment.definition;

/**
 * The resource cannot proceed until something else happens (a referenced Cluster becomes Ready,
 * dependants go away). Not an error: the resource waits, and an event on the other resource brings
 * it back.
 */
public class WaitingException extends Exception {

  private final String reason;

  public WaitingException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The condition reason to show while waiting. */
  public String reason() {
    return reason;
  }
}
