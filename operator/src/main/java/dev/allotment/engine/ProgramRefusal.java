package dev.allotment.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A program's refusal to go on with what it was asked, for a reason retrying cannot fix by itself
 * (for example team members who are not members of the GitHub organization). A program throws it
 * where it finds out, which may be inside an {@code Output}'s callback, after the engine answered.
 *
 * <p>The refusal reaches the operator only as text: the engine reports the program's exception as
 * an error diagnostic, from inline programs and from programs in a JVM of their own alike. So the
 * message is framed by markers, the first naming the {@link StackOperationException.Reason}: {@code
 * [allotment-refusal:NOT_ORG_MEMBERS] ... [/allotment-refusal]}, which {@link #in} finds again.
 * Only the reasons in {@link #REFUSALS} can be claimed this way, and the message must be one line.
 */
public final class ProgramRefusal extends RuntimeException {

  /** The reasons a program may report. */
  static final Set<StackOperationException.Reason> REFUSALS =
      Set.of(
          StackOperationException.Reason.NOT_ORG_MEMBERS,
          StackOperationException.Reason.ENTRA_USERS_NOT_FOUND);

  /** Most entries a refusal names; the rest are counted. */
  public static final int MAX_NAMED = 10;

  /** Where a refusal begins and ends: Pulumi joins several errors into one line. */
  private static final Pattern MARKER =
      Pattern.compile("\\[allotment-refusal:([A-Z_]+)] (.+?) \\[/allotment-refusal]");

  private final StackOperationException.Reason reason;
  private final String detail;

  /**
   * @param reason one of {@link #REFUSALS}
   * @param detail what is wrong and how to fix it, one line, fit for status and events
   */
  public ProgramRefusal(StackOperationException.Reason reason, String detail) {
    super("[allotment-refusal:" + reason.name() + "] " + detail + " [/allotment-refusal]");
    if (!REFUSALS.contains(reason)) {
      throw new IllegalArgumentException(reason + " is not a reason a program may report");
    }
    if (detail.contains("\n") || detail.contains("\r")) {
      throw new IllegalArgumentException("a refusal's message must be one line");
    }
    this.reason = reason;
    this.detail = detail;
  }

  /** {@code entries} as a refusal names them: the first {@link #MAX_NAMED}, the rest counted. */
  public static String named(List<String> entries) {
    String named = entries.stream().limit(MAX_NAMED).collect(Collectors.joining(", "));
    int more = entries.size() - MAX_NAMED;
    return more > 0 ? named + " and " + more + " more" : named;
  }

  public StackOperationException.Reason reason() {
    return reason;
  }

  /** The message without its marker. */
  public String detail() {
    return detail;
  }

  /**
   * The first refusal reported in the engine's error diagnostics, as the failure to report; empty
   * when the program refused nothing. Wrapping exceptions repeat the message, so the first one is
   * the one.
   */
  public static Optional<StackOperationException> in(List<String> engineErrors, Throwable cause) {
    for (String error : engineErrors) {
      Matcher m = MARKER.matcher(error);
      while (m.find()) {
        Optional<StackOperationException.Reason> reason = refusal(m.group(1));
        if (reason.isPresent()) {
          return Optional.of(new StackOperationException(reason.get(), m.group(2).strip(), cause));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<StackOperationException.Reason> refusal(String name) {
    return REFUSALS.stream().filter(r -> r.name().equals(name)).findFirst();
  }
}
