package org.exposure.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line of {@link CohortGenerator#main}. Exit codes: 0 done, 1 I/O error, 2 bad option.
 */
@Command(
    name = "cohort-generator",
    customSynopsis = "java -cp <classpath> org.exposure.benchmarks.CohortGenerator --out FILE [options]",
    description = {
        "Writes a synthetic Dutch cervical-cancer screening lab extract (CSV). Same options and seed give",
        "a byte-identical file. All people, numbers and results are invented.", ""},
    sortOptions = false,
    usageHelpWidth = 100)
final class CohortCommandLine implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "File to write (required; replaced if it exists).")
  private Path out;

  @Option(names = "--rows", paramLabel = "N",
      description = "Number of women (default: ${DEFAULT-VALUE}, max " + CohortSpec.MAX_ROWS + ").")
  private long rows = CohortSpec.DEFAULT_ROWS;

  @Option(names = "--seed", paramLabel = "S",
      description = "Random seed, a whole number (default: ${DEFAULT-VALUE}).")
  private long seed = CohortSpec.DEFAULT_SEED;

  @Option(names = "--headers", paramLabel = "nl|en",
      description = "Dutch or English column names (default: nl).")
  private CohortSpec.HeaderStyle headers;

  @Option(names = "--delimiter", paramLabel = "';'|','|tab|'|'", converter = Delimiter.class,
      description = "Field separator (default: ; for nl, , for en).")
  private Character delimiter;

  @Option(names = "--encoding", paramLabel = "utf-8|utf-8-bom|windows-1252",
      description = "Character encoding (default: utf-8).")
  private CohortSpec.OutputEncoding encoding;

  @Option(names = "--date-format", paramLabel = "dutch|iso",
      description = "dd-mm-jjjj or yyyy-mm-dd (default: dutch for nl, iso for en).")
  private CohortSpec.DateStyle dateStyle;

  @Option(names = "--split-rows",
      description = "HPV-positive women get a second record holding the cytology.")
  private boolean splitRows;

  @Option(names = "--result-share", paramLabel = "X",
      description = "Share of women whose result is in the file, 0..1 (default: ${DEFAULT-VALUE}).")
  private double resultShare = CohortSpec.DEFAULT_RESULT_SHARE;

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "Women are 30-65 on this date (default: ${DEFAULT-VALUE}).")
  private LocalDate referenceDate = CohortSpec.DEFAULT_REFERENCE_DATE;

  @Option(names = "--line-ending", paramLabel = "crlf|lf",
      description = "Record separator (default: crlf).")
  private CohortSpec.LineEnding lineEnding;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this text.")
  private boolean help;

  private CohortCommandLine() {
  }

  /** Parses {@code args}, writes the cohort and returns the exit code; never exits the JVM. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = CommandLines.of(new CohortCommandLine(), out, err);
    cli.registerConverter(CohortSpec.HeaderStyle.class, CommandLines.choice(
        Map.of("nl", CohortSpec.HeaderStyle.NL, "en", CohortSpec.HeaderStyle.EN), "nl or en"));
    cli.registerConverter(CohortSpec.OutputEncoding.class, CommandLines.choice(Map.of(
        "utf-8", CohortSpec.OutputEncoding.UTF_8, "utf8", CohortSpec.OutputEncoding.UTF_8,
        "utf-8-bom", CohortSpec.OutputEncoding.UTF_8_BOM, "utf8-bom", CohortSpec.OutputEncoding.UTF_8_BOM,
        "windows-1252", CohortSpec.OutputEncoding.WINDOWS_1252,
        "cp1252", CohortSpec.OutputEncoding.WINDOWS_1252), "utf-8, utf-8-bom or windows-1252"));
    cli.registerConverter(CohortSpec.DateStyle.class, CommandLines.choice(
        Map.of("dutch", CohortSpec.DateStyle.DUTCH, "iso", CohortSpec.DateStyle.ISO), "dutch or iso"));
    cli.registerConverter(CohortSpec.LineEnding.class, CommandLines.choice(
        Map.of("crlf", CohortSpec.LineEnding.CRLF, "lf", CohortSpec.LineEnding.LF), "crlf or lf"));
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    CohortSpec cohort = spec();
    PrintWriter err = spec.commandLine().getErr();
    boolean opened = false;
    try {
      long records;
      try (OutputStream stream = Files.newOutputStream(out)) {
        opened = true;
        records = new CohortGenerator().write(cohort, stream);
      }
      long bytes = Files.size(out);
      err.println(String.format(Locale.ROOT, "%s: wrote %d records for %d women to %s (%,d bytes, %.1f MiB)",
          spec.name(), records, cohort.rows(), out, bytes, bytes / (1024.0 * 1024.0)));
      return CommandLines.OK;
    } catch (IOException | RuntimeException e) {
      if (opened) {
        try {
          Files.deleteIfExists(out); // a truncated extract is worse than none
        } catch (IOException ignored) {
          // keep the original error
        }
      }
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      err.println(spec.name() + ": cannot write " + out + ": " + CommandLines.oneLine(message));
      return CommandLines.IO_ERROR;
    }
  }

  /** The spec the options describe; a wrong command line if the builder rejects it. */
  private CohortSpec spec() {
    CohortSpec.Builder builder = CohortSpec.builder()
        .seed(seed)
        .splitRows(splitRows)
        .referenceDate(referenceDate);
    if (rows < 0 || rows > CohortSpec.MAX_ROWS) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--rows: expected a whole number from 0 to " + CohortSpec.MAX_ROWS + ", got " + rows);
    }
    if (!(resultShare >= 0.0 && resultShare <= 1.0)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--result-share: expected a number from 0 to 1, got " + resultShare);
    }
    builder.rows(rows).resultShare(resultShare);
    if (headers != null) {
      builder.headers(headers);
    }
    if (delimiter != null) {
      builder.delimiter(delimiter);
    }
    if (encoding != null) {
      builder.encoding(encoding);
    }
    if (dateStyle != null) {
      builder.dateStyle(dateStyle);
    }
    if (lineEnding != null) {
      builder.lineEnding(lineEnding);
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** {@code ;}, {@code ,}, {@code tab} (or a tab character) or {@code |}. */
  static final class Delimiter implements CommandLine.ITypeConverter<Character> {
    @Override
    public Character convert(String value) throws Exception {
      return CommandLines.choice(Map.of(";", ';', ",", ',', "tab", '\t', "\t", '\t', "|", '|'),
          "';', ',', tab or '|'").convert(value);
    }
  }

  /** A calendar date, YYYY-MM-DD. */
  static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("expected a date YYYY-MM-DD, got '" + value + "'");
      }
    }
  }
}
