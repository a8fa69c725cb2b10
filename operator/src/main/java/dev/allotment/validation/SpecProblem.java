package dev.allotment.validation;

/**
 * One thing wrong with a spec: the field's path as the user wrote it, and what to do about it.
 *
 * @param field e.g. {@code spec.azure.location}
 * @param message what is wrong and how to fix it
 */
public record SpecProblem(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
