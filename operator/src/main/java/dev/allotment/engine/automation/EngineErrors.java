package dev.allotment.engine.automation;

import com.pulumi.automation.CommandException;
import com.pulumi.automation.ConcurrentUpdateException;
import dev.allotment.engine.ProgramRefusal;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOperationException.Reason;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the Automation API throws, as a {@link StackOperationException} whose message a team can act
 * on: the engine's own errors first, the program's exception without its stack frames, a program
 * process's stderr only when nothing better was said.
 */
final class EngineErrors {

  private static final int MAX_MESSAGE_LENGTH = 4000;

  /** How the Java SDK reports a program's exception to the engine, command line first. */
  private static final Pattern UNHANDLED_EXCEPTION =
      Pattern.compile(
          "^Running program \\[PID: \\d+\\]\\(.*?\\) failed with an unhandled exception:\\s*",
          Pattern.DOTALL);

  private static final Pattern STACK_FRAME =
      Pattern.compile("^\\s+(at \\S.*|\\.\\.\\. \\d+ more)$");

  /**
   * Errors that only say that something failed: the language host's exit status, the engine's
   * closing line. Alone they are not worth a status message; the program's stderr is.
   */
  private static final Pattern GENERIC_ERROR =
      Pattern.compile(
          "^(an unhandled error occurred: )?(exit status \\d+|(program|'[^']*') exited with non-zero"
              + " exit code: \\d+)$|^(update|preview|refresh|destroy) failed$");

  private EngineErrors() {}

  /** A failure outside an operation (selecting the stack, reading outputs, cancelling). */
  static StackOperationException translate(Exception e) {
    return translate(e, List.of(), List.of());
  }

  /**
   * A failure of an operation.
   *
   * @param engineErrors the diagnostics the engine reported while it ran
   * @param programStderr what a program process wrote to stderr (empty for inline programs)
   */
  static StackOperationException translate(
      Exception e, List<String> engineErrors, List<String> programStderr) {
    if (e instanceof StackOperationException soe) {
      return soe;
    }
    Optional<PulumiCli.DeadlineExceededException> deadline = deadlineExceeded(e);
    if (deadline.isPresent()) {
      return new StackOperationException(Reason.DEADLINE_EXCEEDED, firstLine(deadline.get()), e);
    }
    if (e instanceof ConcurrentUpdateException) {
      return new StackOperationException(
          Reason.LOCKED, "the stack is locked by another update: " + firstLine(e), e);
    }
    // A program's refusal is a decision of the program, not a failure to retry blindly; it can
    // only travel as text, so the program marks it (see ProgramRefusal).
    Optional<StackOperationException> refused =
        ProgramRefusal.in(
            engineErrors.isEmpty()
                ? List.of(Optional.ofNullable(e.getMessage()).orElse(""))
                : engineErrors,
            e);
    if (refused.isPresent()) {
      return refused.get();
    }
    String message =
        engineErrors.isEmpty()
            ? (e instanceof CommandException ce ? commandMessage(ce) : firstLine(e))
            : engineErrors.stream()
                .map(EngineErrors::programError)
                .collect(Collectors.joining("; "));
    if (!programStderr.isEmpty()
        && engineErrors.stream().allMatch(m -> GENERIC_ERROR.matcher(m).matches())) {
      // A program process that died before it could tell the engine why (a JVM that did not
      // start, ran out of memory, was killed): its stderr is all there is to go by.
      message += "; program stderr: " + String.join(" | ", programStderr);
    }
    Reason reason = e instanceof CommandException ? Reason.FAILED : Reason.UNAVAILABLE;
    return new StackOperationException(reason, truncate(message), e);
  }

  /**
   * An exception a program reported, without the program's command line and stack frames: {@code
   * java.lang.IllegalStateException: ...}, with its causes.
   */
  static String programError(String message) {
    Matcher m = UNHANDLED_EXCEPTION.matcher(message);
    if (!m.find()) {
      return message;
    }
    return message
        .substring(m.end())
        .lines()
        .filter(l -> !l.isBlank() && !STACK_FRAME.matcher(l).matches())
        .map(String::strip)
        .collect(Collectors.joining("; "));
  }

  /** The deadline the CLI ran past, wherever the Automation API wrapped it. */
  private static Optional<PulumiCli.DeadlineExceededException> deadlineExceeded(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PulumiCli.DeadlineExceededException exceeded) {
        return Optional.of(exceeded);
      }
    }
    return Optional.empty();
  }

  private static String commandMessage(CommandException e) {
    // CommandException's message carries the CLI's stderr ("code: N", "stdout: ...", "stderr:
    // ..."), where the engine writes "error: ...".
    String text = Optional.ofNullable(e.getMessage()).orElse("the Pulumi CLI failed");
    return text.lines()
        .map(String::strip)
        .map(l -> l.startsWith("stderr:") ? l.substring("stderr:".length()).strip() : l)
        .filter(l -> l.startsWith("error:"))
        .map(l -> l.substring("error:".length()).strip())
        .reduce((a, b) -> a + "; " + b)
        .orElse(text.strip());
  }

  private static String firstLine(Throwable e) {
    String message = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    return message.lines().findFirst().orElse(message);
  }

  private static String truncate(String message) {
    return message.length() <= MAX_MESSAGE_LENGTH
        ? message
        : message.substring(0, MAX_MESSAGE_LENGTH) + "…";
  }
}
