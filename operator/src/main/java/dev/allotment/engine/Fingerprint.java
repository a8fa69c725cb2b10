package dev.allotment.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short stable digest of a stack's inputs: equal inputs, equal fingerprint, in any JVM. */
public final class Fingerprint {

  private Fingerprint() {}

  /**
   * The fingerprint operators before the canonical model text computed: over the model's {@code
   * toString()}, which changes with every rename of a Java name. Kept only to recognise a stack
   * such an operator brought up to date; never compared for anything else.
   *
   * @param modelText the model's {@code toString()} as those operators wrote it (a component added
   *     since is left out where it is absent)
   */
  public static String legacy(String kind, String version, String modelText) {
    return of(kind, version, modelText);
  }

  /** SHA-256 over the parts, separated so that ("ab","c") and ("a","bc") differ. */
  public static String of(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
