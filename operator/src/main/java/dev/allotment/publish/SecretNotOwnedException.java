package dev.allotment.publish;

/** A Secret the operator would write exists and belongs to someone else; it was not touched. */
public final class SecretNotOwnedException extends RuntimeException {
  public SecretNotOwnedException(String message) {
    super(message);
  }
}
