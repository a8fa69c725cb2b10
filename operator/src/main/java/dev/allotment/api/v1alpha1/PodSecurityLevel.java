package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Pod Security Standard, as the Pod Security Admission labels name it. Declared from the most
 * permissive to the most restrictive: policies combine to the greatest.
 */
public enum PodSecurityLevel {
  /** Unrestricted: privileged and host-path pods are admitted. */
  @JsonProperty("privileged")
  PRIVILEGED("privileged"),
  /** Known privilege escalations refused: no privileged, host namespaces, host paths or ports. */
  @JsonProperty("baseline")
  BASELINE("baseline"),
  /** Hardened: non-root, no privilege escalation, all capabilities dropped, seccomp on. */
  @JsonProperty("restricted")
  RESTRICTED("restricted");

  private final String value;

  PodSecurityLevel(String value) {
    this.value = value;
  }

  /** The level as the {@code pod-security.kubernetes.io/*} labels write it. */
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
