package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A Secret in the resource's own namespace. */
public class SecretReference {

  @JsonPropertyDescription("Name of the Secret.")
  private String name;

  @JsonPropertyDescription(
      "Digest of the data the operator last wrote to the Secret. A Secret that was deleted or whose"
          + " data no longer matches is written again.")
  private String digest;

  public SecretReference() {}

  public SecretReference(String name) {
    this.name = name;
  }

  public SecretReference(String name, String digest) {
    this.name = name;
    this.digest = digest;
  }

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
