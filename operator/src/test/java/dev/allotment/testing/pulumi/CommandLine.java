package dev.allotment.testing.pulumi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one CLI invocation after its command words, parsed against the flags the
 * emulated command understands. An unknown flag is an error rather than silently ignored: the
 * emulator must not pretend to honour an option it does not implement.
 */
final class CommandLine {

  /** Flags that only change the CLI's presentation or logging; accepted everywhere. */
  private static final Set<String> PRESENTATION_FLAGS =
      Set.of("--non-interactive", "--logtostderr", "--logflow", "--emoji", "--suppress-progress");

  private static final Set<String> PRESENTATION_VALUE_FLAGS =
      Set.of("--color", "--verbose", "--tracing", "--profiling", "--memprofilerate");

  private final Map<String, List<String>> values = new HashMap<>();
  private final Set<String> switches = new HashSet<>();
  private final List<String> positionals = new ArrayList<>();

  static final class UnknownFlagException extends Exception {
    UnknownFlagException(String flag) {
      super(flag);
    }
  }

  static CommandLine parse(
      List<String> args, int commandWords, Set<String> switchFlags, Set<String> valueFlags)
      throws UnknownFlagException {
    CommandLine line = new CommandLine();
    boolean onlyPositionals = false;
    for (int i = commandWords; i < args.size(); i++) {
      String arg = args.get(i);
      if (onlyPositionals || !arg.startsWith("-") || arg.equals("-")) {
        line.positionals.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        onlyPositionals = true;
        continue;
      }
      String name = arg;
      String inlineValue = null;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        name = arg.substring(0, eq);
        inlineValue = arg.substring(eq + 1);
      }
      if (switchFlags.contains(name) || PRESENTATION_FLAGS.contains(name)) {
        if (inlineValue == null || Boolean.parseBoolean(inlineValue)) {
          line.switches.add(name);
        }
      } else if (valueFlags.contains(name) || PRESENTATION_VALUE_FLAGS.contains(name)) {
        String value = inlineValue;
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UnknownFlagException(name + " (missing value)");
          }
          value = args.get(++i);
        }
        line.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        throw new UnknownFlagException(name);
      }
    }
    return line;
  }

  boolean has(String flag) {
    return switches.contains(flag) || values.containsKey(flag);
  }

  Optional<String> value(String flag) {
    List<String> all = values.getOrDefault(flag, List.of());
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  List<String> values(String flag) {
    return values.getOrDefault(flag, List.of());
  }

  List<String> positionals() {
    return positionals;
  }

  Optional<String> positional(int index) {
    return index < positionals.size() ? Optional.of(positionals.get(index)) : Optional.empty();
  }
}
