package org.exposure.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hand-written argument parsing for {@link CohortGenerator#main}: no dependency on a CLI library
 * in the benchmarks module. Exit codes: 0 done, 1 I/O error, 2 bad option.
 */
final class CohortCommandLine {

  static final int OK = 0;
  static final int IO_ERROR = 1;
  static final int USAGE = 2;

  private static final String NAME = "cohort-generator";

  static final String USAGE_TEXT = String.join(System.lineSeparator(),
      "Usage: java -cp <classpath> org.exposure.benchmarks.CohortGenerator --out FILE [options]",
      "Writes a synthetic Dutch cervical-cancer screening lab extract (CSV). Same options and seed give",
      "a byte-identical file. All people, numbers and results are invented.",
      "",
      "  --out FILE                 file to write (required; replaced if it exists)",
      "  --rows N                   number of women (default " + CohortSpec.DEFAULT_ROWS + ", max "
          + CohortSpec.MAX_ROWS + ")",
      "  --seed S                   random seed, a whole number (default " + CohortSpec.DEFAULT_SEED + ")",
      "  --headers nl|en            Dutch or English column names (default nl)",
      "  --delimiter ';'|','|tab|'|'  field separator (default ; for nl, , for en)",
      "  --encoding utf-8|utf-8-bom|windows-1252  (default utf-8)",
      "  --date-format dutch|iso    dd-mm-jjjj or yyyy-mm-dd (default dutch for nl, iso for en)",
      "  --split-rows               HPV-positive women get a second record holding the cytology",
      "  --result-share X           share of women whose result is in the file, 0..1 (default "
          + CohortSpec.DEFAULT_RESULT_SHARE + ")",
      "  --reference-date YYYY-MM-DD  women are 30-65 on this date (default "
          + CohortSpec.DEFAULT_REFERENCE_DATE + ")",
      "  --line-ending crlf|lf      record separator (default crlf)",
      "  --help                     print this text");

  private CohortCommandLine() {
  }

  /** Thrown for a bad command line; the message is the one-line explanation. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** A parsed command line: the spec and the output file. */
  record Invocation(CohortSpec spec, Path out) {
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE_TEXT);
        return OK;
      }
    }
    Invocation invocation;
    try {
      invocation = parse(args);
    } catch (UsageException e) {
      err.println(NAME + ": " + e.getMessage() + " (see --help)");
      return USAGE;
    }
    Path file = invocation.out();
    boolean opened = false;
    try {
      long records;
      try (OutputStream stream = Files.newOutputStream(file)) {
        opened = true;
        records = new CohortGenerator().write(invocation.spec(), stream);
      }
      long bytes = Files.size(file);
      err.println(String.format(Locale.ROOT, "%s: wrote %d records for %d women to %s (%,d bytes, %.1f MiB)",
          NAME, records, invocation.spec().rows(), file, bytes, bytes / (1024.0 * 1024.0)));
      return OK;
    } catch (IOException | RuntimeException e) {
      if (opened) {
        try {
          Files.deleteIfExists(file); // a truncated extract is worse than none
        } catch (IOException ignored) {
          // keep the original error
        }
      }
      err.println(NAME + ": cannot write " + file + ": " + oneLine(e));
      return IO_ERROR;
    }
  }

  static Invocation parse(String[] args) throws UsageException {
    CohortSpec.Builder builder = CohortSpec.builder();
    Path out = null;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (!seen.add(name)) {
        throw new UsageException(name + " given more than once");
      }
      if (name.equals("--split-rows")) {
        if (value != null) {
          throw new UsageException("--split-rows takes no value");
        }
        builder.splitRows(true);
        continue;
      }
      if (!name.startsWith("--")) {
        throw new UsageException("unexpected argument '" + arg + "'");
      }
      if (!isValued(name)) {
        throw new UsageException("unknown option " + name);
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException(name + " needs a value");
        }
        value = args[++i];
      }
      switch (name) {
        case "--out" -> out = path(value);
        case "--rows" -> builder.rows(wholeNumber(name, value, 0, CohortSpec.MAX_ROWS));
        case "--seed" -> builder.seed(wholeNumber(name, value, Long.MIN_VALUE, Long.MAX_VALUE));
        case "--headers" -> builder.headers(switch (value) {
          case "nl" -> CohortSpec.HeaderStyle.NL;
          case "en" -> CohortSpec.HeaderStyle.EN;
          default -> throw bad(name, value, "nl or en");
        });
        case "--delimiter" -> builder.delimiter(switch (value) {
          case ";" -> ';';
          case "," -> ',';
          case "tab", "\t" -> '\t';
          case "|" -> '|';
          default -> throw bad(name, value, "';', ',', tab or '|'");
        });
        case "--encoding" -> builder.encoding(switch (value.toLowerCase(Locale.ROOT)) {
          case "utf-8", "utf8" -> CohortSpec.OutputEncoding.UTF_8;
          case "utf-8-bom", "utf8-bom" -> CohortSpec.OutputEncoding.UTF_8_BOM;
          case "windows-1252", "cp1252" -> CohortSpec.OutputEncoding.WINDOWS_1252;
          default -> throw bad(name, value, "utf-8, utf-8-bom or windows-1252");
        });
        case "--date-format" -> builder.dateStyle(switch (value) {
          case "dutch" -> CohortSpec.DateStyle.DUTCH;
          case "iso" -> CohortSpec.DateStyle.ISO;
          default -> throw bad(name, value, "dutch or iso");
        });
        case "--line-ending" -> builder.lineEnding(switch (value) {
          case "crlf" -> CohortSpec.LineEnding.CRLF;
          case "lf" -> CohortSpec.LineEnding.LF;
          default -> throw bad(name, value, "crlf or lf");
        });
        case "--result-share" -> builder.resultShare(share(name, value));
        case "--reference-date" -> builder.referenceDate(date(name, value));
        default -> throw new IllegalStateException(name);
      }
    }
    if (out == null) {
      throw new UsageException("--out FILE is required");
    }
    try {
      return new Invocation(builder.build(), out);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static boolean isValued(String name) {
    return switch (name) {
      case "--out", "--rows", "--seed", "--headers", "--delimiter", "--encoding", "--date-format",
          "--line-ending", "--result-share", "--reference-date" -> true;
      default -> false;
    };
  }

  private static UsageException bad(String name, String value, String expected) {
    return new UsageException(name + ": expected " + expected + ", got '" + value + "'");
  }

  private static Path path(String value) throws UsageException {
    if (value.isEmpty()) {
      throw bad("--out", value, "a file name");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw bad("--out", value, "a valid file name");
    }
  }

  private static long wholeNumber(String name, String value, long min, long max) throws UsageException {
    long parsed;
    try {
      parsed = Long.parseLong(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw bad(name, value, "a whole number");
    }
    if (parsed < min || parsed > max) {
      throw bad(name, value, "a whole number from " + min + " to " + max);
    }
    return parsed;
  }

  private static double share(String name, String value) throws UsageException {
    double parsed;
    try {
      parsed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw bad(name, value, "a number from 0 to 1");
    }
    if (!(parsed >= 0.0 && parsed <= 1.0)) {
      throw bad(name, value, "a number from 0 to 1");
    }
    return parsed;
  }

  private static LocalDate date(String name, String value) throws UsageException {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw bad(name, value, "a date YYYY-MM-DD");
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace('\r', ' ').replace('\n', ' ');
  }
}
