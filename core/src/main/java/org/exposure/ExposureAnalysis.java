package org.exposure;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.exposure.classify.ColumnClassifier;
import org.exposure.cohort.CohortAccumulator;
import org.exposure.cohort.CohortSummary;
import org.exposure.cohort.EquivalenceClasses;
import org.exposure.cohort.Notification;
import org.exposure.cohort.RelatedPersons;
import org.exposure.csv.CsvReader;
import org.exposure.link.SubjectKeys;
import org.exposure.link.SubjectLinker;
import org.exposure.model.FieldReport;
import org.exposure.model.Rejection;
import org.exposure.model.UnusableSourceException;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.RiskModel;
import org.exposure.score.SubjectAssessment;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractReader;
import org.exposure.spi.ExtractSource;

/**
 * The entry point: assesses the extracts of a breach end to end. Reads every source, classifies its
 * columns from a sample, joins the records of one person into one subject, scores each subject with
 * ENISA's method and sums up the cohort.
 *
 * <p>Every record read ends up assessed or rejected with its location and a reason; the run goes on past
 * bad records and past files that cannot be read as extracts (listed as skipped).
 *
 * <p><b>Exception handling.</b> {@link #assess} throws {@link NoSuchFileException} for an input path that
 * does not exist, {@link UnusableSourceException} when no input could be read at all, and
 * {@link IOException} when a file cannot be read. No message quotes extract content.
 *
 * <p>CSV is read here; other formats by the {@link ExtractReader}s found on the class path with
 * {@link ServiceLoader} (FHIR, with {@code exposure-fhir-adapter}; Excel workbooks, with {@code
 * exposure-excel-adapter}), each file going to the first reader
 * that recognises its first bytes. A CSV file whose quoted fields hold no line break is cut into a few
 * parts per thread, each parsed and assessed on its own; records are classified, linked and scored on
 * {@link AnalysisOptions#threads()} threads, and the result is the same for any number of threads.
 * Immutable and thread-safe; each call of {@link #assess} is independent.
 *
 * <pre>{@code
 * AnalysisResult result = ExposureAnalysis.of(AnalysisOptions.builder().build())
 *     .assess(List.of(Path.of("extract.csv")));
 * result.cohort().count(SeverityLevel.VERY_HIGH);
 * result.notification().supervisoryAuthority();
 * }</pre>
 */
public final class ExposureAnalysis {
  private final AnalysisOptions options;
  /** The reader of CSV, built in: the files no other reader recognises. */
  private final CsvReader csv;
  private final RiskModel riskModel;
  /** The readers of formats other than CSV found on the class path, in a stable order. */
  private final List<ExtractReader> readers;

  private ExposureAnalysis(AnalysisOptions options, List<ExtractReader> readers) {
    this.options = options;
    this.csv = CsvReader.of(ColumnClassifier.of(options.assessmentDate()), options.mapping(),
        options.sampleSize(),
        options.threads() == 1 ? 1 : options.threads() * Ingest.PARTS_PER_THREAD);
    this.riskModel = RiskModel.of(options.policy(), options.circumstances().breachWide(),
        options.controller(), options.assessmentDate());
    List<ExtractReader> sorted = new ArrayList<>(readers);
    sorted.sort(Comparator.comparing(ExtractReader::format));
    this.readers = List.copyOf(sorted);
  }

  /**
   * An analysis with the given options, reading CSV and the formats of the {@link ExtractReader}s
   * found on the class path with {@link ServiceLoader}.
   */
  public static ExposureAnalysis of(AnalysisOptions options) {
    List<ExtractReader> found = new ArrayList<>();
    ServiceLoader.load(ExtractReader.class).forEach(found::add);
    return of(options, found);
  }

  /**
   * An analysis with the given options, reading CSV and the formats of the given readers only: for
   * a caller that chooses its readers (or configures one) rather than take the class path's.
   */
  public static ExposureAnalysis of(AnalysisOptions options, List<ExtractReader> readers) {
    return new ExposureAnalysis(requireNonNull(options, "options"), List.copyOf(readers));
  }

  /**
   * Assesses the given files and folders (a folder's files are read in name order, hidden files
   * skipped; pipes, devices, sockets, symbolic links to folders and the files of earlier reports are
   * listed as skipped, not read).
   *
   * @throws NoSuchFileException if an input does not exist
   * @throws UnusableSourceException if no input could be read as an extract
   * @throws IOException if a file cannot be read
   */
  public AnalysisResult assess(List<Path> inputs) throws IOException {
    return assess(inputs, subject -> {});
  }

  /**
   * As {@link #assess(List)}, handing every subject's assessment, with her pseudonymous key, to the
   * consumer as it is made, so that a cohort of millions needs no list of them. Subjects come in the
   * order of their keys (as 16-digit hex strings), one call at a time, on the calling thread: the same
   * order for any number of threads.
   *
   * @throws NoSuchFileException if an input does not exist
   * @throws UnusableSourceException if no input could be read as an extract
   * @throws IOException if a file cannot be read
   */
  public AnalysisResult assess(List<Path> inputs, Consumer<AssessedSubject> subjects)
      throws IOException {
    return assess(inputs, subjects, new Progress());
  }

  /**
   * As {@link #assess(List, Consumer)}, advancing the given progress as it goes, for a display on
   * another thread.
   *
   * @throws NoSuchFileException if an input does not exist
   * @throws UnusableSourceException if no input could be read as an extract
   * @throws IOException if a file cannot be read
   */
  public AnalysisResult assess(List<Path> inputs, Consumer<AssessedSubject> subjects,
      Progress progress) throws IOException {
    return assess(inputs, SubjectSink.of(subjects), progress);
  }

  /**
   * As {@link #assess(List, SubjectSink, Progress)}, without a progress display.
   *
   * @throws NoSuchFileException if an input does not exist
   * @throws UnusableSourceException if no input could be read as an extract
   * @throws IOException if a file cannot be read
   */
  public <T> AnalysisResult assess(List<Path> inputs, SubjectSink<T> subjects) throws IOException {
    return assess(inputs, subjects, new Progress());
  }

  /**
   * As {@link #assess(List, Consumer, Progress)}, preparing each subject for the sink on the thread
   * that scored her ({@link SubjectSink#prepare}), and handing the prepared subjects to it in key
   * order, one at a time, on the calling thread ({@link SubjectSink#accept}).
   *
   * @throws NoSuchFileException if an input does not exist
   * @throws UnusableSourceException if no input could be read as an extract
   * @throws IOException if a file cannot be read
   */
  public <T> AnalysisResult assess(List<Path> inputs, SubjectSink<T> subjects, Progress progress)
      throws IOException {
    requireNonNull(subjects, "subjects");
    requireNonNull(progress, "progress");
    List<ExtractSource> all = new ArrayList<>();
    List<SkippedSource> passedOver = new ArrayList<>();
    Set<Object> files = new HashSet<>();
    long bytes = 0;
    for (Path input : inputs) {
      for (ExtractSource source : expand(input, passedOver)) {
        if (!files.add(identity(source.file()))) {
          passedOver.add(new SkippedSource(source.name(), SAME_FILE));
          continue;
        }
        all.add(source);
        bytes += Files.size(source.file());
      }
    }
    progress.start(bytes);
    SubjectLinker linker = new SubjectLinker(options.subjectKeys(),
        (int) Math.min(MAX_PRESIZED_SUBJECTS, bytes / BYTES_PER_RECORD_GUESS));
    List<SkippedSource> skipped = new ArrayList<>(passedOver);
    BiConsumer<ExtractSource, String> skip = (source, reason) ->
        skipped.add(new SkippedSource(source.name(), reason));
    // CSV files are opened as they come; the files of each other reader together, after them.
    List<Extract<?>> extracts = new ArrayList<>();
    Map<ExtractReader, List<ExtractSource>> byReader = new LinkedHashMap<>();
    for (ExtractSource source : all) {
      byte[] head = options.format() == InputFormat.AUTO ? head(source.file()) : new byte[0];
      Optional<ExtractReader> reader = readerOf(head);
      if (reader.isPresent()) {
        byReader.computeIfAbsent(reader.get(), r -> new ArrayList<>()).add(source);
      } else if (options.format() == InputFormat.FHIR) {
        skip.accept(source, "read as FHIR, but no FHIR reader is on the class path "
            + "(exposure-fhir-adapter)");
      } else if (options.format() == InputFormat.XLSX) {
        skip.accept(source, "read as an Excel workbook, but no Excel reader is on the class path "
            + "(exposure-excel-adapter)");
      } else if (options.format() == InputFormat.AUTO && ExtractReader.startsAsJsonOrXml(head)) {
        skip.accept(source, "looks like FHIR JSON or XML, but no FHIR reader is on the class path "
            + "(exposure-fhir-adapter)");
      } else {
        extracts.addAll(csv.open(List.of(source), skip));
      }
    }
    for (Map.Entry<ExtractReader, List<ExtractSource>> e : byReader.entrySet()) {
      extracts.addAll(e.getKey().open(e.getValue(), skip, csv));
    }
    Ingest ingest = new Ingest(linker, options.threads(), options.maxListedRejections(), progress);
    List<Ingest.Read> read = ingest.read(extracts);
    if (read.isEmpty()) {
      String why = skipped.stream()
          .map(s -> s.source() + " (" + s.reason() + ")")
          .collect(Collectors.joining("; "));
      throw new UnusableSourceException(
          inputs.size() == 1 ? inputs.get(0).toString() : "input",
          "no file could be read as an extract" + (why.isEmpty() ? "" : ": " + why));
    }
    progress.stage(Progress.Stage.SCORING);
    AnalysisResult result = finish(read, skipped, linker, ingest.relatedPersons(), subjects);
    progress.stage(Progress.Stage.DONE);
    return result;
  }

  /**
   * Reads again, after an assessment, the records of one of its sources at the given lines, with
   * their values typed as the assessment typed them and the key of the subject each one's own values
   * give: how a notification list finds the contact details of the people to inform. Records that no
   * longer read are passed over. A FHIR file is read again only with the FHIR reader on the class path.
   *
   * @param result the assessment that read the source
   * @param source one of {@code result.sources()}
   * @param lines the lines (or entry numbers) where the wanted records start
   * @throws IOException if the file cannot be read
   */
  public static void reread(AnalysisResult result, SourceSummary source, Set<Long> lines,
      Consumer<RereadRecord> found) throws IOException {
    requireNonNull(found, "found");
    Path file;
    try {
      file = Path.of(source.source());
    } catch (InvalidPathException e) {
      throw new IOException(e.getReason() + "; run with a UTF-8 locale, e.g. LANG=C.UTF-8");
    }
    List<FieldReport> fields = result.fields().stream()
        .filter(f -> f.classification().source().equals(source.source())).toList();
    ExposureAnalysis analysis = of(result.options());
    ExtractReader reader = source.format().equals("csv") ? analysis.csv
        : analysis.readers.stream().filter(r -> r.format().equals(source.format())).findFirst()
            .orElse(null);
    if (reader == null) {
      return;
    }
    // Only to tell a record's subject key, under the run's own secret; it links nothing.
    SubjectLinker keys = new SubjectLinker(result.options().subjectKeys());
    reader.reread(new ExtractSource(file, source.source()), fields, Set.copyOf(lines), r ->
        found.accept(new RereadRecord(r.record().location(),
            SubjectKeys.hex(keys.subjectCode(r.identifying())), r.onlyRecordAtLocation(),
            r.record().values())));
  }

  /**
   * The files of one input to read ({@link InputWalk}): the file itself, or a folder's regular files at
   * any depth in path order, the caller's {@linkplain AnalysisOptions#excluded() excluded} ones left
   * out. Hidden files, pipes, devices, sockets, symbolic links to folders and the files of earlier
   * reports are not read; they are added to {@code skipped} with their reasons.
   *
   * @throws NoSuchFileException if the input does not exist
   * @throws IOException if a folder cannot be listed
   */
  private List<ExtractSource> expand(Path input, List<SkippedSource> skipped) throws IOException {
    InputWalk walk = InputWalk.of(input, options::isExcluded);
    skipped.addAll(walk.skipped());
    return walk.sources();
  }

  static final String SAME_FILE = "the same file as one read already (named twice, or a link to "
      + "it): read once";

  /**
   * What tells one file from another however it is named: the file system's key for it (a link and
   * its target, a folder and a file in it named both, share one), else its real path.
   */
  private static Object identity(Path file) {
    try {
      Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
      return key != null ? key : file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize(); // read below, where the failure is reported
    }
  }

  /**
   * A guess of the bytes per record of an extract, to size the subject table up front; on the high
   * side, since a table too large wastes more than one that grows.
   */
  private static final long BYTES_PER_RECORD_GUESS = 250;
  private static final long MAX_PRESIZED_SUBJECTS = 1L << 24;

  /**
   * The reader of a file, by the format option or by the file's first bytes; none for CSV.
   *
   * @throws IOException if the file cannot be read
   */
  private Optional<ExtractReader> readerOf(byte[] head) {
    switch (options.format()) {
      case CSV:
        return Optional.empty();
      case FHIR:
        return readers.stream().filter(r -> r.format().equals("fhir")).findFirst();
      case XLSX:
        return readers.stream().filter(r -> r.format().equals("xlsx")).findFirst();
      default:
        return readers.stream().filter(r -> r.recognises(head)).findFirst();
    }
  }

  /** The first bytes of a file, that readers and the FHIR fallback judge it by. */
  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }

  /** How much of a file the readers judge it by. */
  private static final int HEAD_BYTES = 4096;

  /** Two passes over the subjects: equivalence classes first, then each subject's score. */
  private <T> AnalysisResult finish(List<Ingest.Read> read, List<SkippedSource> skipped,
      SubjectLinker linker, RelatedPersons related, SubjectSink<T> subjects) {
    List<SourceSummary> sources = new ArrayList<>(read.size());
    List<Rejection> rejections = new ArrayList<>();
    List<FieldReport> fields = new ArrayList<>();
    long records = 0;
    long rejected = 0;
    for (Ingest.Read r : read) {
      Extract<?> e = r.extract();
      sources.add(new SourceSummary(e.source().name(), e.format(), e.encoding(), e.layout(),
          r.records(), r.rejected()));
      records += r.records();
      rejected += r.rejected();
      for (Rejection rejection : r.rejections()) { // in file order: the rejections listed are the first
        if (rejections.size() < options.maxListedRejections()) {
          rejections.add(rejection);
        }
      }
      fields.addAll(r.fields());
    }
    boolean parallel = options.threads() > 1;
    EquivalenceClasses classes = EquivalenceClasses.ofClassCodes(linker.classCodes(), parallel);
    // One accumulator per thread, merged at the end: sums, so any split gives the same summary.
    Queue<CohortAccumulator> accumulators = new ConcurrentLinkedQueue<>();
    ThreadLocal<CohortAccumulator> local = ThreadLocal.withInitial(() -> {
      CohortAccumulator accumulator = new CohortAccumulator(options.assessmentDate());
      accumulators.add(accumulator);
      return accumulator;
    });
    // The worst over the sources read: a source whose integrity was lost counts even when the
    // breach as a whole was unintelligible.
    BreachCircumstances worst = options.circumstances()
        .worstOf(sources.stream().map(SourceSummary::source).toList());
    // Scored on the other threads while the caller takes them, one at a time, in key order.
    linker.mapSubjectsInKeyOrder(options.threads(), (key, subject, locations) -> {
      SubjectAssessment assessment = riskModel.assess(
          subject, classes.sizeOf(subject.quasiIdentifiers()),
          options.circumstances().worstOf(subject.sources()));
      local.get().add(subject, assessment);
      return subjects.prepare(new AssessedSubject(key, assessment, locations,
          Notification.informs(assessment.level(), worst, options.policy()),
          subject.resultGrade()));
    }, subjects::accept);
    CohortAccumulator cohort = new CohortAccumulator(options.assessmentDate());
    accumulators.forEach(cohort::merge);
    CohortSummary summary = cohort.toSummary();
    return new AnalysisResult(options, sources, skipped, records, records - rejected, rejected,
        linker.recordsWithoutPersonalData(), rejections, fields, summary,
        classes.summary(options.policy().reidentificationThreshold()),
        Notification.decide(summary, worst, options.policy()),
        related);
  }
}
