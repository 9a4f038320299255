package org.exposure.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code exposure} command. Only this module prints or exits.
 *
 * <p>Exit codes: 0 the assessment ran (even with rejected records); 1 the input or output was unusable;
 * 2 the command line was wrong.
 */
@Command(
    name = "exposure",
    mixinStandardHelpOptions = true,
    versionProvider = ExposureCommand.Version.class,
    description = "Assesses the impact of a medical-record data breach: who was exposed, to what, "
        + "and how badly.",
    subcommands = {AssessCommand.class, ExplainCommand.class},
    usageHelpWidth = 100,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the assessment ran (rejected records are listed in the report)",
        "1:the input or the output folder was unusable",
        "2:the command line was wrong"})
public final class ExposureCommand implements Runnable {
  static final int EXIT_UNUSABLE = 1;
  static final int EXIT_USAGE = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command with the given streams and returns its exit code; never exits the JVM. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ExposureCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Path.class, ExposureCommand::path);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("exposure: " + PrintableLines.printable(e.getMessage()));
      err.println("Try 'exposure " + e.getCommandLine().getCommandName() + " --help'.");
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("exposure: internal error (" + e.getClass().getSimpleName()
          + "); please report it with the command line used");
      return EXIT_UNUSABLE;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("exposure: out of memory; give Java more heap, e.g. java -Xmx4g -jar exposure.jar ...");
      return EXIT_UNUSABLE;
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use 'assess' or 'explain'");
  }

  /**
   * A path from the command line, or why it cannot be one here: under a locale without UTF-8 (such
   * as {@code LANG=C} in cron or a container) Java cannot encode a name with other than ASCII.
   */
  private static Path path(String name) {
    if (name.isEmpty()) { // Path.of("") is the working folder: never what an empty argument meant
      throw new CommandLine.TypeConversionException("an empty name; name a file or folder");
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException("not a file name this system can use ("
          + e.getReason() + "); if it holds letters beyond ASCII, run with a UTF-8 locale, e.g. "
          + "LANG=C.UTF-8");
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ExposureCommand.class.getPackage().getImplementationVersion();
      return new String[] {"exposure " + (version != null ? version : "(development build)")};
    }
  }
}
