package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Backoff state after failed operations, kept in status so it survives operator restarts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RetryStatus {

  @JsonPropertyDescription("Consecutive failed attempts of the current operation.")
  private int attempts;

  @JsonPropertyDescription("Earliest time of the next attempt (RFC 3339).")
  private String nextAttemptTime;

  public RetryStatus() {}

  public RetryStatus(int attempts, String nextAttemptTime) {
    this.attempts = attempts;
    this.nextAttemptTime = nextAttemptTime;
  }

  public int getAttempts() {
    return attempts;
  }

  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  public String getNextAttemptTime() {
    return nextAttemptTime;
  }

  public void setNextAttemptTime(String nextAttemptTime) {
    this.nextAttemptTime = nextAttemptTime;
  }
}
