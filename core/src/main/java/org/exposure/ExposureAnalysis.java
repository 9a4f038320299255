package org.exposure;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import com.google.common.base.Throwables;
import org.exposure.classify.ColumnClassifier;
import org.exposure.classify.ColumnDecision;
import org.exposure.classify.ColumnMapping;
import org.exposure.classify.EmbeddedValues;
import org.exposure.classify.HeaderDictionary;
import org.exposure.cohort.CohortAccumulator;
import org.exposure.cohort.CohortSummary;
import org.exposure.cohort.EquivalenceClasses;
import org.exposure.cohort.Notification;
import org.exposure.cohort.RelatedPersons;
import org.exposure.csv.CsvExtract;
import org.exposure.csv.CsvPart;
import org.exposure.csv.CsvRow;
import org.exposure.link.SubjectLinker;
import org.exposure.model.ColumnClassification;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.Rejection;
import org.exposure.model.SourceLocation;
import org.exposure.model.UnusableSourceException;
import org.exposure.score.RiskModel;
import org.exposure.score.SubjectAssessment;
import org.exposure.spi.ExtractReader;
import org.exposure.spi.ExtractSink;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.SubjectRef;
import org.exposure.spi.Workers;

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
 * {@link ServiceLoader} (FHIR, with {@code exposure-fhir-adapter}), each file going to the first reader
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
  private final ColumnClassifier classifier;
  private final RiskModel riskModel;
  /** The readers of formats other than CSV found on the class path, in a stable order. */
  private final List<ExtractReader> readers;

  private ExposureAnalysis(AnalysisOptions options) {
    this.options = options;
    this.classifier = ColumnClassifier.of(options.assessmentDate());
    this.riskModel = RiskModel.of(options.policy(), options.circumstances().breachWide(),
        options.controller(), options.assessmentDate());
    List<ExtractReader> found = new ArrayList<>();
    ServiceLoader.load(ExtractReader.class).forEach(found::add);
    found.sort(Comparator.comparing(ExtractReader::format));
    this.readers = List.copyOf(found);
  }

  /** An analysis with the given options. */
  public static ExposureAnalysis of(AnalysisOptions options) {
    return new ExposureAnalysis(requireNonNull(options, "options"));
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
   * consumer as it is made, so that a cohort of millions needs no list of them. Subjects come in no
   * particular order, one call at a time, possibly from a worker thread.
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
    Run run = new Run((int) Math.min(MAX_PRESIZED_SUBJECTS, bytes / BYTES_PER_RECORD_GUESS), progress);
    run.skipped.addAll(passedOver);
    Map<ExtractReader, List<ExtractSource>> byReader = new LinkedHashMap<>();
    for (ExtractSource source : all) {
      byte[] head = options.format() == InputFormat.AUTO ? head(source.file()) : new byte[0];
      Optional<ExtractReader> reader = readerOf(head);
      if (reader.isPresent()) {
        byReader.computeIfAbsent(reader.get(), r -> new ArrayList<>()).add(source);
      } else {
        run.read(source, head);
      }
    }
    for (Map.Entry<ExtractReader, List<ExtractSource>> e : byReader.entrySet()) {
      e.getKey().read(e.getValue(), run, options.threads());
    }
    if (run.sources.isEmpty()) {
      String why = run.skipped.stream()
          .map(s -> s.source() + " (" + s.reason() + ")")
          .collect(Collectors.joining("; "));
      throw new UnusableSourceException(
          inputs.size() == 1 ? inputs.get(0).toString() : "input",
          "no file could be read as an extract" + (why.isEmpty() ? "" : ": " + why));
    }
    progress.stage(Progress.Stage.SCORING);
    AnalysisResult result = run.finish(subjects);
    progress.stage(Progress.Stage.DONE);
    return result;
  }

  /**
   * Opens a CSV extract as an assessment reads it: with a header only where its first row looks like
   * the names of its columns ({@link HeaderDictionary#isHeader}, weighed against the records below it),
   * else without one, so that a first row of data is a record and never a column's name. A header
   * name that {@linkplain HeaderDictionary#mayBeAValue may be a value}, or holds a control character,
   * is shown as {@code column N}. For a
   * caller that reads an extract again after its assessment, and must find its records at the same
   * lines.
   *
   * @throws UnusableSourceException if the file is empty, binary, or has no header row
   * @throws IOException if the file cannot be read
   */
  public static CsvExtract openCsv(Path file, String source) throws IOException {
    CsvExtract extract = CsvExtract.open(file, source);
    List<List<String>> below = new ArrayList<>();
    for (CsvRow row : extract.firstRecords(HeaderDictionary.ROWS_COMPARED)) {
      if (row instanceof CsvRow.Accepted accepted) {
        below.add(accepted.values());
      }
    }
    if (!HeaderDictionary.isHeader(extract.header(), below)) {
      return extract.withoutHeader();
    }
    // With few records below to weigh it against, a first row read as a header shows only the names
    // of columns it knows: its other cells may be a lone record's ("diagnose;HIV positief").
    boolean alone = below.size() < HeaderDictionary.FEW_ROWS;
    return extract.withNamesHidden(name -> HeaderDictionary.mayBeAValue(name)
        || (alone && !HeaderDictionary.namesAColumn(name))
        || name.chars().anyMatch(c -> Character.isISOControl(c)));
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

  static final String PREAMBLE = "a line above the table (a title or a note), not one of its rows";

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

  /** Records handed to a worker at a time. */
  private static final int BATCH = 1024;

  /**
   * Parts a CSV file is cut into per thread: a thread that finishes its part early takes the next, so
   * that a thread slowed down by the machine does not leave the others idle at the end.
   */
  private static final int PARTS_PER_THREAD = 4;

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

  /**
   * The mutable state of one call of {@link #assess}; also the sink the readers of other formats hand
   * their records to, from any thread.
   */
  private final class Run implements ExtractSink {
    final List<SourceSummary> sources = new ArrayList<>();
    final List<SkippedSource> skipped = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<FieldReport> fields = new ArrayList<>();
    final SubjectLinker linker;
    long read;
    long assessed;
    long rejected;
    long relatedCount;
    final Map<FieldType, Long> relatedTypes = new EnumMap<>(FieldType.class);

    final Progress progress;

    Run(int expectedSubjects, Progress progress) {
      linker = new SubjectLinker(options.subjectKeys(), expectedSubjects);
      this.progress = progress;
    }

    /** Reads one source as CSV; {@code head} is its first bytes, read once already. */
    void read(ExtractSource source, byte[] head) throws IOException {
      if (options.format() == InputFormat.FHIR) {
        skipped.add(new SkippedSource(source.name(),
            "read as FHIR, but no FHIR reader is on the class path (exposure-fhir-adapter)"));
        return;
      }
      if (options.format() == InputFormat.AUTO && ExtractReader.startsAsJsonOrXml(head)) {
        skipped.add(new SkippedSource(source.name(), "looks like FHIR JSON or XML, but no FHIR "
            + "reader is on the class path (exposure-fhir-adapter)"));
        return;
      }
      CsvExtract extract;
      try {
        extract = openCsv(source.file(), source.name());
      } catch (UnusableSourceException e) {
        skipped.add(new SkippedSource(source.name(), e.problem()));
        return;
      }
      readCsv(extract);
    }

    /**
     * Classifies the columns from a sample, then reads every record. A file that can be cut at line
     * breaks is read in a few parts per thread, each parsed and assessed on a worker; otherwise one
     * parser reads here and hands batches to the workers.
     */
    private void readCsv(CsvExtract extract) throws IOException {
      // The scan that cuts the file into parts runs while the columns are classified, on threads of
      // its own: the classification's parallel stream needs the common pool.
      CompletableFuture<List<CsvPart>> cutting = CompletableFuture.supplyAsync(() -> {
        try {
          return extract.parts(options.threads() == 1 ? 1 : options.threads() * PARTS_PER_THREAD);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, scan -> {
        Thread thread = new Thread(scan, "exposure-cut-scan");
        thread.setDaemon(true);
        thread.start();
      });
      List<String> header = extract.header();
      List<CsvRow> first = extract.firstRecords(options.sampleSize());
      CsvColumn[] columns = classify(extract.source(), header, first,
          extract.spreadSample(options.sampleSize()));
      List<CsvPart> parts;
      try {
        parts = cutting.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException) {
          throw ((UncheckedIOException) e.getCause()).getCause();
        }
        Throwables.throwIfUnchecked(e.getCause());
        throw e;
      }
      List<Tally> tallies = new ArrayList<>(parts.size());
      try (Workers workers = Workers.of(options.threads())) {
        if (parts.size() == 1 && options.threads() > 1) {
          Dispatcher dispatcher = new Dispatcher(workers, columns);
          tallies.add(dispatcher.tally);
          parts.get(0).read(dispatcher, progress::addBytes);
          dispatcher.flush();
          dispatcher.tally.flushProgress();
        } else {
          for (CsvPart part : parts) {
            Tally tally = new Tally();
            tallies.add(tally);
            workers.run(() -> {
              CsvRecordReader reader = new CsvRecordReader(columns, linker);
              try {
                part.read(row -> {
                  if (tally.count(row)) {
                    reader.read((CsvRow.Accepted) row);
                  }
                }, progress::addBytes);
                tally.flushProgress();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              reader.finish();
            });
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      long partRead = 0;
      long partRejected = 0;
      for (long line : extract.preamble()) { // a title or note above the table: above the records
        partRead++;
        partRejected++;
        if (rejections.size() < options.maxListedRejections()) {
          rejections.add(new Rejection(new SourceLocation(extract.source(), line), PREAMBLE));
        }
      }
      for (Tally tally : tallies) { // in file order, so the rejections listed are the first ones
        partRead += tally.read;
        partRejected += tally.rejected;
        for (Rejection r : tally.rejections) {
          if (rejections.size() < options.maxListedRejections()) {
            rejections.add(r);
          }
        }
      }
      read += partRead;
      rejected += partRejected;
      assessed += partRead - partRejected;
      for (CsvColumn column : columns) {
        fields.add(column.report());
      }
      sources.add(new SourceSummary(extract.source(), "csv", extract.charset().name(),
          delimiterName(extract.delimiter()), partRead, partRejected));
    }

    private static final int PROGRESS_EVERY = 4096;

    /** Reads on the caller's thread and hands the records to assess to the workers in batches. */
    private final class Dispatcher implements Consumer<CsvRow> {
      final Tally tally = new Tally();
      final Workers workers;
      final CsvColumn[] columns;
      List<CsvRow.Accepted> batch = new ArrayList<>(BATCH);

      Dispatcher(Workers workers, CsvColumn[] columns) {
        this.workers = workers;
        this.columns = columns;
      }

      @Override
      public void accept(CsvRow row) {
        if (tally.count(row)) {
          batch.add((CsvRow.Accepted) row);
          if (batch.size() == BATCH) {
            flush();
          }
        }
      }

      void flush() {
        List<CsvRow.Accepted> full = batch;
        batch = new ArrayList<>(BATCH);
        workers.run(() -> {
          CsvRecordReader reader = new CsvRecordReader(columns, linker);
          full.forEach(reader::read);
          reader.finish();
        });
      }
    }

    /** The records of one part read so far, and the first of its rejections; one thread's. */
    private final class Tally {
      long read;
      long rejected;
      long reported;
      final List<Rejection> rejections = new ArrayList<>();

      /** Counts the row; true if it is to be assessed. */
      boolean count(CsvRow row) {
        if (++read - reported == PROGRESS_EVERY) {
          flushProgress();
        }
        if (row instanceof CsvRow.Rejected) {
          rejected++;
          if (rejections.size() < options.maxListedRejections()) {
            rejections.add(((CsvRow.Rejected) row).rejection());
          }
          return false;
        }
        return true;
      }

      /** Adds the records counted since the last report to the progress. */
      void flushProgress() {
        progress.addRecords(read - reported);
        reported = read;
      }
    }

    /** Decides every column from the first records and a spread of records from the rest. */
    private CsvColumn[] classify(
        String source, List<String> header, List<CsvRow> first, List<List<String>> spread) {
      List<List<String>> samples = new ArrayList<>(header.size());
      for (int i = 0; i < header.size(); i++) {
        List<String> values = new ArrayList<>(first.size() + spread.size());
        for (CsvRow row : first) {
          if (row instanceof CsvRow.Accepted) {
            values.add(((CsvRow.Accepted) row).values().get(i));
          }
        }
        for (List<String> row : spread) {
          values.add(row.get(i));
        }
        samples.add(values);
      }
      List<ColumnDecision> decisions = classifier.decideAll(source, header, samples);
      CsvColumn[] columns = new CsvColumn[header.size()];
      for (int i = 0; i < header.size(); i++) {
        Optional<ColumnMapping.Rule> rule = options.mapping().ruleFor(source, header.get(i));
        columns[i] = new CsvColumn(
            rule.isPresent() ? mapped(source, header.get(i), rule.get()) : decisions.get(i));
      }
      return columns;
    }

    private ColumnDecision mapped(String source, String header, ColumnMapping.Rule rule) {
      String evidence = (rule.type().isPresent() ? "set" : "ignored") + " by the mapping file, line "
          + rule.line();
      return new ColumnDecision(new ColumnClassification(source, header,
          rule.type().orElse(FieldType.OTHER), 1.0, evidence), Optional.empty());
    }

    /** Two passes over the subjects: equivalence classes first, then each subject's score. */
    AnalysisResult finish(Consumer<AssessedSubject> subjects) {
      boolean parallel = options.threads() > 1;
      EquivalenceClasses classes = EquivalenceClasses.ofClassCodes(linker.classCodes(), parallel);
      // One accumulator per thread, merged at the end: sums, so any split gives the same summary.
      Queue<CohortAccumulator> accumulators = new ConcurrentLinkedQueue<>();
      ThreadLocal<CohortAccumulator> local = ThreadLocal.withInitial(() -> {
        CohortAccumulator accumulator = new CohortAccumulator(options.assessmentDate());
        accumulators.add(accumulator);
        return accumulator;
      });
      Object consumerLock = new Object();
      linker.forEachSubject(parallel, (key, subject, locations) -> {
        SubjectAssessment assessment = riskModel.assess(
            subject, classes.sizeOf(subject.quasiIdentifiers()),
            options.circumstances().worstOf(subject.sources()));
        local.get().add(subject, assessment);
        synchronized (consumerLock) { // the caller's consumer need not be thread-safe
          subjects.accept(new AssessedSubject(key, assessment, locations));
        }
      });
      CohortAccumulator cohort = new CohortAccumulator(options.assessmentDate());
      accumulators.forEach(cohort::merge);
      CohortSummary summary = cohort.toSummary();
      return new AnalysisResult(options, sources, skipped, read, assessed, rejected,
          linker.recordsWithoutPersonalData(), rejections, fields, summary,
          classes.summary(options.policy().reidentificationThreshold()),
          // The worst over the sources read: a source whose integrity was lost counts even when the
          // breach as a whole was unintelligible.
          Notification.decide(summary, options.circumstances()
              .worstOf(sources.stream().map(SourceSummary::source).toList()), options.policy()),
          relatedPersons());
    }

    // The sink for readers of other formats: any thread may call it, so it locks the run.

    @Override
    public SubjectRef subjectOf(ExposedRecord record) {
      return new SubjectRef(linker.subjectCode(record));
    }

    @Override
    public Optional<SubjectRef> add(ExposedRecord record) {
      long code = linker.add(record);
      return code == 0 ? Optional.empty() : Optional.of(new SubjectRef(code));
    }

    @Override
    public void add(ExposedRecord record, SubjectRef subject) {
      linker.add(record, subject.code());
    }

    @Override
    public synchronized void addRelatedPerson(ExposedRecord record) {
      relatedCount++;
      EnumSet<FieldType> types = EnumSet.noneOf(FieldType.class);
      List<ExposedValue> revealed = new ArrayList<>();
      for (ExposedValue v : record.values()) {
        types.add(v.type());
        if (v.type() == FieldType.FREE_TEXT) { // left whole by readers, as the linker reads it
          EmbeddedValues.expand(FieldType.FREE_TEXT, v.value(), revealed);
        }
      }
      revealed.forEach(v -> types.add(v.type()));
      types.forEach(t -> relatedTypes.merge(t, 1L, Long::sum));
    }

    @Override
    public synchronized void reject(Rejection rejection) {
      if (rejections.size() < options.maxListedRejections()) {
        rejections.add(rejection);
      }
    }

    @Override
    public synchronized void field(FieldReport field) {
      fields.add(field);
    }

    @Override
    public synchronized void source(SourceSummary source) {
      sources.add(source);
      read += source.recordsRead();
      rejected += source.recordsRejected();
      assessed += source.recordsRead() - source.recordsRejected();
    }

    @Override
    public synchronized void skip(SkippedSource source) {
      skipped.add(source);
    }

    @Override
    public void bytesRead(long bytes) {
      progress.addBytes(bytes);
    }

    private synchronized RelatedPersons relatedPersons() {
      return relatedCount == 0 ? RelatedPersons.none()
          : new RelatedPersons(relatedCount, relatedTypes);
    }
  }

  private static String delimiterName(char delimiter) {
    return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
  }
}
