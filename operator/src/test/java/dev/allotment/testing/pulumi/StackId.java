package dev.allotment.testing.pulumi;

/**
 * A stack of a project in the emulated backend; the DIY backend's organization is always
 * "organization".
 */
record StackId(String project, String stack) {

  static final String ORGANIZATION = "organization";

  /**
   * Accepts what users pass to {@code --stack}: {@code dev}, {@code org/dev} or {@code
   * org/project/dev}, keeping only the stack's own name like the DIY backend does.
   */
  static StackId of(String project, String stackArgument) {
    String[] parts = stackArgument.split("/");
    if (parts.length == 3 && !parts[1].equals(project)) {
      throw new IllegalArgumentException(
          "stack " + stackArgument + " belongs to project " + parts[1] + ", not " + project);
    }
    return new StackId(project, parts[parts.length - 1]);
  }

  String qualifiedName() {
    return ORGANIZATION + "/" + project + "/" + stack;
  }

  String urnPrefix() {
    return "urn:pulumi:" + stack + "::" + project + "::";
  }

  String rootName() {
    return project + "-" + stack;
  }
}
