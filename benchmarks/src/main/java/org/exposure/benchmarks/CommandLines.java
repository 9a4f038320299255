package org.exposure.benchmarks;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * The picocli set-up the benchmark tools share: a wrong command line is reported in one line on stderr
 * and exits 2; {@code --help} prints to stdout and exits 0.
 */
final class CommandLines {
  static final int OK = 0;
  static final int IO_ERROR = 1;
  static final int USAGE = 2;

  private CommandLines() {
  }

  /** A command line for the annotated command, printing to the given streams. */
  static CommandLine of(Object command, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.registerConverter(Path.class, CommandLines::path);
    cli.registerConverter(Long.class, CommandLines::wholeNumber);
    cli.registerConverter(long.class, CommandLines::wholeNumber);
    cli.setParameterExceptionHandler((e, args) -> {
      e.getCommandLine().getErr().println(e.getCommandLine().getCommandName() + ": "
          + oneLine(e.getMessage()) + " (see --help)");
      return USAGE;
    });
    return cli;
  }

  /** Runs a tool's {@code main}: exits the JVM only when the tool failed. */
  static void main(Object command, String[] args) {
    int code = of(command, System.out, System.err).execute(args);
    if (code != OK) {
      System.exit(code);
    }
  }

  /** A converter that accepts exactly the keys of {@code choices}, lower case. */
  static <T> CommandLine.ITypeConverter<T> choice(Map<String, T> choices, String expected) {
    return value -> {
      T choice = choices.get(value.toLowerCase(Locale.ROOT));
      if (choice == null) {
        throw new CommandLine.TypeConversionException("expected " + expected + ", got '" + value + "'");
      }
      return choice;
    };
  }

  /** Fails the command line unless {@code value} is at least {@code min}. */
  static void atLeast(CommandLine cli, String option, long value, long min) {
    if (value < min) {
      throw new CommandLine.ParameterException(cli,
          option + ": expected a whole number from " + min + ", got " + value);
    }
  }

  private static Path path(String value) {
    if (value.isEmpty()) { // Path.of("") is the working folder: never what an empty argument meant
      throw new CommandLine.TypeConversionException("expected a file name, got ''");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException("expected a valid file name, got '" + value + "'");
    }
  }

  /** A whole number, with {@code _} allowed between digits: {@code 5_000_000}. */
  private static Long wholeNumber(String value) {
    try {
      return Long.parseLong(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("expected a whole number, got '" + value + "'");
    }
  }

  static String oneLine(String message) {
    String text = message == null ? "" : message.strip();
    return text.replace('\r', ' ').replace('\n', ' ');
  }
}
