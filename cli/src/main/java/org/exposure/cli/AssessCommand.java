package org.exposure.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.InputFormat;
import org.exposure.ReportFolder;
import org.exposure.Progress;
import org.exposure.SourceSummary;
import org.exposure.classify.ColumnMapping;
import org.exposure.classify.InvalidMappingException;
import org.exposure.model.UnusableSourceException;
import org.exposure.report.ReportException;
import org.exposure.report.ReportOptions;
import org.exposure.report.ReportWriteException;
import org.exposure.report.ReportWriter;
import org.exposure.report.Reports;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.BreachCircumstances.Availability;
import org.exposure.score.BreachCircumstances.Confidentiality;
import org.exposure.score.BreachCircumstances.Integrity;
import org.exposure.score.ControllerType;
import org.exposure.score.InvalidPolicyException;
import org.exposure.score.Policy;
import org.exposure.score.SourceCircumstances;
import org.exposure.score.SeverityLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code exposure assess}: reads the extracts, writes {@code report.json} and prints a summary. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = ExposureCommand.Version.class,
    description = "Assesses breached extracts (files or folders) and writes report.json into the "
        + "output folder.",
    sortOptions = false,
    usageHelpWidth = 100)
final class AssessCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Extract files or folders.")
  private List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "exposure-report",
      description = "Folder for the report files (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto, csv, fhir or xlsx: detect each file's format by content, or read all "
          + "as CSV, as FHIR or as Excel workbooks (default: ${DEFAULT-VALUE}).")
  private InputFormat format;

  @Option(names = "--confidentiality", paramLabel = "LOSS", defaultValue = "unknown",
      description = "none, known or unknown: to whom the data were disclosed (default: "
          + "${DEFAULT-VALUE} recipients).")
  private Confidentiality confidentiality;

  @Option(names = "--integrity", paramLabel = "LOSS", defaultValue = "none",
      description = "none, recoverable or unrecoverable: whether the data were altered (default: "
          + "${DEFAULT-VALUE}).")
  private Integrity integrity;

  @Option(names = "--availability", paramLabel = "LOSS", defaultValue = "none",
      description = "none, temporary or permanent: whether the data were lost (default: "
          + "${DEFAULT-VALUE}).")
  private Availability availability;

  @Option(names = "--malicious", description = "The breach was intentional, e.g. theft or "
      + "ransomware (adds 0.5 to CB; default: off).")
  private boolean malicious;

  @Option(names = "--unintelligible", description = "The data were unintelligible to the attacker: "
      + "strongly encrypted with the key safe (GDPR Art. 34(3)(a); default: off).")
  private boolean unintelligible;

  @Option(names = "--circumstances", paramLabel = "FILE",
      description = "Circumstances that differ by source file, one line each: "
          + "'<file name>.<element> = <value>', elements confidentiality, integrity, availability, "
          + "malicious; a subject in several sources gets the worst (default: the same for all).")
  private Path circumstancesFile;

  @Option(names = "--controller", paramLabel = "KIND", defaultValue = "general",
      description = "general or health: whether being on the controller's lists reveals health, as "
          + "for a screening lab (default: ${DEFAULT-VALUE}).")
  private ControllerType controller;

  @Option(names = "--mapping", paramLabel = "FILE",
      description = "Column types you set yourself, one rule a line: '[source:] header = TYPE' or "
          + "'[source:] header = ignore' (default: none).")
  private Path mapping;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "The risk model's scores and thresholds, as a properties file overriding the "
          + "defaults (default: " + Policy.DEFAULT_VERSION + "; see docs/methodology.md).")
  private Path policy;

  @Option(names = "--key-file", paramLabel = "FILE", defaultValue = "exposure.key",
      description = "The secret behind the pseudonymous subject keys; created if absent, readable by "
          + "you only. Keep it apart from the report (default: ${DEFAULT-VALUE}).")
  private Path keyFile;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "en or nl: the language of report.html; the Autoriteit Persoonsgegevens' form is "
          + "Dutch (default: ${DEFAULT-VALUE}).")
  private Lang lang;

  /** The languages of report.html. */
  enum Lang { EN, NL }

  @Option(names = "--contact-columns", description = "Add each subject's name, address, phone and "
      + "e-mail, read back from her first CSV record or her FHIR Patient, to notification-list.csv for "
      + "letters. These are raw identifiers: the list becomes as sensitive as the extract "
      + "(default: off).")
  private boolean contactColumns;

  @Option(names = "--quiet", description = "No progress line on stderr (there is none when stderr is "
      + "not a terminal either; default: off).")
  private boolean quiet;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads to read and assess on; the report is the same for any number "
          + "(default: the number of processors).")
  private Integer threads;

  @Option(names = "--assessment-date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "The date ages are taken on (default: today).")
  private LocalDate assessmentDate;

  /** Reads a calendar date, saying what is expected rather than what the parser threw. */
  static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "not a date; expected YYYY-MM-DD, such as 2025-07-01");
      }
    }
  }

  @Override
  public Integer call() {
    PrintWriter stdout = new PrintableLines(spec.commandLine().getOut());
    PrintWriter stderr = new PrintableLines(spec.commandLine().getErr());
    BreachCircumstances circumstances = new BreachCircumstances(
        confidentiality, integrity, availability, malicious, unintelligible);
    AnalysisOptions.Builder options = AnalysisOptions.builder()
        .controller(controller)
        .format(format);
    if (assessmentDate != null) {
      options.assessmentDate(assessmentDate);
    }
    if (threads != null) {
      if (threads < 1 || threads > AnalysisOptions.MAX_THREADS) {
        throw new ParameterException(spec.commandLine(),
            "--threads must be 1 to " + AnalysisOptions.MAX_THREADS + ", was " + threads);
      }
      options.threads(threads);
    }
    Optional<String> overwritten = ownOutputNamed(keyFile);
    if (overwritten.isPresent()) {
      return fail(stderr, "the key file " + keyFile + " is where the report writes its "
          + overwritten.get() + ": keep the key apart from the report, outside " + out);
    }
    KeyFile.Loaded key;
    try {
      key = KeyFile.load(keyFile);
    } catch (KeyFile.Unusable e) {
      return fail(stderr, "cannot use the key file " + keyFile + ": " + e.getMessage());
    } catch (IOException e) {
      return fail(stderr, "cannot use the key file " + keyFile + ": " + describe(e));
    }
    options.subjectKeys(key.keys());
    // The run's own files are never read as input, even in a folder given as input: the key file's
    // secret would be read as a CSV header and reported, and reports of an earlier run as extracts.
    // Those of other report folders are listed as skipped; these are the run's own, not a word.
    options.exclude(keyFile);
    for (String own : ReportFolder.FILE_NAMES) {
      options.exclude(out.resolve(own));
    }
    // Named as an input, the marker would be opened and closed by the reader: on POSIX that drops
    // every lock this process holds on it, the run's own included.
    options.exclude(out.resolve(ReportFolder.MARKER));
    options.circumstances(circumstances);
    Optional<String> problem = Optional.<String>empty()
        .or(() -> read("circumstances", circumstancesFile,
            file -> SourceCircumstances.load(file, circumstances), options::circumstances))
        .or(() -> read("policy", policy, Policy::load, options::policy))
        .or(() -> read("mapping", mapping, ColumnMapping::parse, options::mapping));
    if (problem.isPresent()) {
      return fail(stderr, problem.get());
    }
    // Every file is written aside and put in place together at the end; a run that fails or dies
    // leaves the earlier report as it was (Reports).
    ReportOptions reportOptions = ReportOptions.of(Locale.forLanguageTag(lang.name()));
    if (contactColumns) {
      reportOptions = reportOptions.withContactColumns();
    }
    ReportWriter writer;
    try {
      writer = Reports.open(out, reportOptions);
    } catch (ReportException e) {
      return fail(stderr, e.getMessage());
    } catch (IOException e) {
      return fail(stderr, "cannot write the report to " + out + ": " + describe(e));
    }
    AnalysisResult result;
    try (writer) {
      result = assess(options.build(), writer, stderr);
      if (result == null) {
        return ExposureCommand.EXIT_UNUSABLE;
      }
      writer.finish(result);
    } catch (ReportException e) {
      return fail(stderr, e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return fail(stderr, "cannot write the report to " + out + ": "
          + describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
    }
    printSummary(stdout, result, out.resolve(ReportFolder.REPORT_HTML));
    for (String name : result.options().circumstances()
        .unmatched(result.sources().stream().map(SourceSummary::source).toList())) {
      stderr.println("exposure: the circumstances file names " + name + ", which is none of the "
          + "files read: its circumstances were applied to nothing");
    }
    if (contactColumns) {
      stderr.println("exposure: " + out.resolve(ReportFolder.NOTIFICATION_LIST) + " holds names, "
          + "addresses, phone numbers and e-mail addresses (--contact-columns): keep it as safe as "
          + "the extract itself, and delete it once the letters are sent");
    }
    if (key.created()) {
      stderr.println("exposure: created a new subject-key secret in " + keyFile
          + "; keep it, and keep it apart from the report: it links subject keys to people");
    } else if (key.readableByOthers()) {
      stderr.println("exposure: the key file " + keyFile + " may be read by others than you; "
          + "make it yours only (chmod 600): it links subject keys to people");
    }
    return 0;
  }

  /**
   * Runs the analysis, handing every subject to the report writer.
   *
   * @return the result, or null after printing why the input failed (the earlier report untouched)
   * @throws IOException if the writer could not stage a subject
   */
  private AnalysisResult assess(AnalysisOptions options, ReportWriter writer, PrintWriter stderr)
      throws IOException {
    Progress progress = new Progress();
    // Only on a terminal: a log file or a pipe gets no redrawn lines.
    boolean showProgress = !quiet && System.console() != null;
    ProgressBar bar = ProgressBar.start(progress, spec.commandLine().getErr(), showProgress);
    try {
      return ExposureAnalysis.of(options).assess(inputs, writer.sink(), progress);
    } catch (ReportWriteException e) {
      throw e.getCause();
    } catch (UncheckedIOException e) {
      return failed(stderr, "cannot read the input: " + describe(e.getCause()));
    } catch (NoSuchFileException e) {
      return failed(stderr, "input not found: " + e.getFile());
    } catch (AccessDeniedException e) {
      return failed(stderr, "input not readable (permission denied): " + e.getFile());
    } catch (UnusableSourceException e) {
      return failed(stderr, e.getMessage());
    } catch (IOException e) {
      return failed(stderr, "cannot read the input: " + e.getMessage());
    } finally {
      bar.close();
    }
  }

  /** The name of the report file or marker this run would write at {@code file}, if any. */
  private Optional<String> ownOutputNamed(Path file) {
    Path at = file.toAbsolutePath().normalize();
    return Stream.concat(ReportFolder.FILE_NAMES.stream(), Stream.of(ReportFolder.MARKER))
        .filter(name -> out.resolve(name).toAbsolutePath().normalize().equals(at))
        .findFirst();
  }

  /** The largest policy, mapping or circumstances file read: far above any real one. */
  private static final long MAX_SETTINGS_BYTES = 64L << 20;

  /** Reads one of the files that configure a run. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(Path file) throws IOException;
  }

  /**
   * Reads an optional configuration file and applies it.
   *
   * @return the one-line problem, if the file is given and cannot be used
   */
  private static <T> Optional<String> read(
      String what, Path file, Reader<T> reader, Consumer<T> apply) {
    if (file == null) {
      return Optional.empty();
    }
    try {
      // A pipe would block the run, a device never end; a settings file is a few kilobytes.
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        return Optional.of("cannot read the " + what + " file " + file + ": not a regular file");
      }
      if (Files.isRegularFile(file) && Files.size(file) > MAX_SETTINGS_BYTES) {
        return Optional.of("cannot read the " + what + " file " + file + ": larger than "
            + (MAX_SETTINGS_BYTES >> 20) + " MiB, which no " + what + " file is");
      }
      apply.accept(reader.read(file));
      return Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.of(what + " file not found: " + e.getFile());
    } catch (InvalidPolicyException | InvalidMappingException e) {
      return Optional.of(e.getMessage());
    } catch (IOException e) {
      return Optional.of("cannot read the " + what + " file " + file + ": " + describe(e));
    }
  }

  /** Prints why the run failed; returns null, for {@link #assess}. */
  private static AnalysisResult failed(PrintWriter stderr, String message) {
    fail(stderr, message);
    return null;
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT)
        + (e.getMessage() != null ? " (" + e.getMessage() + ")" : "");
  }

  private static int fail(PrintWriter stderr, String message) {
    stderr.println("exposure: " + message);
    return ExposureCommand.EXIT_UNUSABLE;
  }

  private static void printSummary(PrintWriter out, AnalysisResult r, Path report) {
    out.println(format("Records: %,d read, %,d assessed, %,d rejected, from %d source%s",
        r.recordsRead(), r.recordsAssessed(), r.recordsRejected(), r.sources().size(),
        r.sources().size() == 1 ? "" : "s"));
    r.skipped().forEach(s -> out.println("Skipped: " + s.source() + ": " + s.reason()));
    out.println(format("Subjects: %,d", r.cohort().subjects()));
    for (SeverityLevel level : List.of(SeverityLevel.VERY_HIGH, SeverityLevel.HIGH,
        SeverityLevel.MEDIUM, SeverityLevel.LOW)) {
      out.println(format("  %-10s %,12d", level.displayName(), r.cohort().count(level)));
    }
    out.println("Notify the supervisory authority: "
        + (r.notification().supervisoryAuthority() ? "yes" : "no"));
    out.println(format("Data subjects to inform: %,d", r.notification().dataSubjects()));
    if (r.recordsRejected() > 0) {
      out.println(format("Rejected records are listed in the report (first %,d of %,d).",
          r.rejections().size(), r.recordsRejected()));
    }
    out.println("Report: " + report + " (with report.json, " + ReportFolder.SUBJECTS + " and "
        + ReportFolder.NOTIFICATION_LIST + ")");
  }

  private static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
