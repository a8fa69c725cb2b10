package dev.allotment.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The resource that owns a claimed name. */
public class NameClaimOwner {

  @JsonPropertyDescription("TeamEnvironment or Cluster.")
  private String kind;

  @JsonPropertyDescription("The owner's namespace.")
  private String namespace;

  @JsonPropertyDescription("The owner's name.")
  private String name;

  @JsonPropertyDescription("The owner's UID: a re-created resource of the same name is another.")
  private String uid;

  public NameClaimOwner() {}

  public NameClaimOwner(String kind, String namespace, String name, String uid) {
    this.kind = kind;
    this.namespace = namespace;
    this.name = name;
    this.uid = uid;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }
}
