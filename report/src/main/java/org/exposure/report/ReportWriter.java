package org.exposure.report;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.exposure.AnalysisResult;
import org.exposure.AssessedSubject;
import org.exposure.SubjectSink;

/**
 * Writes one report: stages {@code subjects.csv} and {@code notification-list.csv}, in subject-key
 * order, from every subject {@code ExposureAnalysis.assess} hands over; then, on {@link #finish},
 * writes {@code report.json} and {@code report.html} and puts the four files in place together. Until
 * then the folder's earlier report stays as it was; {@link #close} without {@code finish} leaves it so and
 * removes what was staged. Opened by {@link Reports#open}.
 *
 * <p>Every file is the same for any number of threads the analysis runs on. Subjects that come in key
 * order, as {@code ExposureAnalysis} hands them over, are written as they come; from the first that
 * does not, they are buffered up to a bound and spilled, sorted, to files in the staging folder
 * (readable by the user only) and merged at the end. Either way a cohort of millions needs no more
 * memory than a small one.
 *
 * <p>{@link #accept} may be called from any thread, and from several at once; {@code finish} and
 * {@code close} from the thread that opened the writer. Handed to the analysis as its {@link #sink},
 * the writer formats each subject's rows on the thread that scored her.
 *
 * <pre>{@code
 * try (ReportWriter writer = Reports.open(Path.of("report"), Locale.ENGLISH)) {
 *   AnalysisResult result = ExposureAnalysis.of(options).assess(inputs, writer.sink());
 *   writer.finish(result);
 * }
 * }</pre>
 *
 * <p><b>Exception handling.</b> {@code accept} throws {@link ReportWriteException} if a row cannot be
 * staged; {@code finish} throws {@link ReportException} for a reason the user can act on and {@link
 * IOException} for other failures of the output, the earlier report untouched unless the failure came
 * after the commit point; {@code close} throws {@link UncheckedIOException} if it cannot release the
 * folder.
 */
public final class ReportWriter implements Consumer<AssessedSubject>, AutoCloseable {
  /**
   * The rows buffered before a sorted run is spilled: some 32 MiB as estimated (two bytes a character;
   * most are one), of which two may be held, a fraction of a 512 MiB heap.
   */
  static final long DEFAULT_BOUND = 32L << 20;

  private final OutputFolder folder;
  private final ReportOptions options;
  private final SortedSubjects subjects;
  /**
   * The rows while they come in key order (as {@code ExposureAnalysis} hands them over), written as
   * they come; null once one came out of order, or with contact columns (which need every informed
   * subject's locations at the end), and the rows are sorted instead.
   */
  private StreamedRows streamed;
  /** The list line of a subject not to inform: none. */
  private static final byte[] NONE = new byte[0];
  /** Each thread's row formatters: rows are formatted on the analysis's threads ({@link #sink}). */
  private final ThreadLocal<SubjectsCsv> subjectRows = ThreadLocal.withInitial(SubjectsCsv::new);
  private final ThreadLocal<NotificationList> listRows =
      ThreadLocal.withInitial(NotificationList::new);
  private final SubjectSink<SortedSubjects.Row> sink = new SubjectSink<>() {
    @Override
    public SortedSubjects.Row prepare(AssessedSubject subject) {
      return row(subject);
    }

    @Override
    public void accept(SortedSubjects.Row row) {
      add(row);
    }
  };
  private boolean finished;

  ReportWriter(OutputFolder folder, ReportOptions options, long bound) throws IOException {
    this.folder = folder;
    this.options = options;
    this.subjects = new SortedSubjects(folder::staged, bound);
    this.streamed = options.contactColumns() ? null : StreamedRows.open(
        folder.staged(SubjectsCsv.FILE_NAME), folder.staged(NotificationList.FILE_NAME),
        folder.staged("rows.index"), subjectRows.get().header().getBytes(StandardCharsets.UTF_8),
        listRows.get().header().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * This writer as the analysis's sink, faster than as a consumer: each subject's rows are formatted
   * on the thread that scored her, and only written in key order on the thread that assesses.
   *
   * <pre>{@code
   * AnalysisResult result = ExposureAnalysis.of(options).assess(inputs, writer.sink());
   * }</pre>
   */
  public SubjectSink<?> sink() {
    return sink;
  }

  /**
   * Takes one subject's assessment.
   *
   * @throws ReportWriteException if her row cannot be staged
   * @throws IllegalStateException after {@link #finish}
   */
  @Override
  public void accept(AssessedSubject subject) {
    add(row(subject));
  }

  /** The subject's rows, formatted; on any thread. */
  private SortedSubjects.Row row(AssessedSubject subject) {
    requireNonNull(subject, "subject");
    return new SortedSubjects.Row(Long.parseUnsignedLong(subject.key(), 16),
        subject.assessment().level(),
        subjectRows.get().row(subject).getBytes(StandardCharsets.UTF_8),
        subject.toInform() ? listRows.get().row(subject).getBytes(StandardCharsets.UTF_8) : NONE,
        options.contactColumns() ? subject.locations() : List.of());
  }

  /** Stages one subject's rows: as they come while they come in key order, else sorted. */
  private synchronized void add(SortedSubjects.Row row) {
    if (finished) {
      throw new IllegalStateException("the report is finished; open another to write one more");
    }
    try {
      if (streamed != null && streamed.add(row)) {
        return;
      }
      if (streamed != null) { // out of order: sorted from here on, with what was written
        streamed.drainTo(subjects);
        streamed = null;
      }
      subjects.add(row);
    } catch (IOException e) {
      throw new ReportWriteException(e);
    }
  }

  /**
   * Writes the rest of the report of the analysis whose subjects this writer took, and puts the four
   * files in place together.
   *
   * @return the report put in place
   * @throws ReportException if the contact columns cannot be read, or the folder cannot take the files
   * @throws IOException if a file cannot be written or put in place
   * @throws IllegalStateException if called twice
   */
  public synchronized Report finish(AnalysisResult result) throws IOException {
    requireNonNull(result, "result");
    if (finished) {
      throw new IllegalStateException("the report is finished already");
    }
    finished = true;
    if (streamed != null) {
      StreamedRows.Written written = streamed.finish();
      streamed = null;
      return publish(result, RunId.of(written.subjectLines(), written.listLines()),
          written.rows(), written.listed());
    }
    Path subjectsFile = folder.staged(SubjectsCsv.FILE_NAME);
    Path list = folder.staged(NotificationList.FILE_NAME);
    ContactReader contacts = options.contactColumns() ? new ContactColumns() : null;
    long rows = 0;
    long toInform = 0;
    // The run's identity is summed from the lines as they are written, not read back.
    RunId.Lines allLines = new RunId.Lines();
    RunId.Lines listLines = new RunId.Lines();
    try (subjects;
        SortedSubjects.Cursor sorted = subjects.sorted();
        OutputStream all = new BufferedOutputStream(Files.newOutputStream(subjectsFile), 1 << 16);
        OutputStream informed = new BufferedOutputStream(Files.newOutputStream(list), 1 << 16)) {
      allLines.write(all, subjectRows.get().header().getBytes(StandardCharsets.UTF_8));
      listLines.write(informed, listRows.get().header().getBytes(StandardCharsets.UTF_8));
      for (SortedSubjects.Row row = sorted.next(); row != null; row = sorted.next()) {
        allLines.write(all, row.subjectLine());
        rows++;
        if (row.listLine().length > 0) { // she is to be informed
          listLines.write(informed, row.listLine());
          toInform++;
          if (contacts != null) {
            contacts.want(row.key(), row.locations());
          }
        }
      }
    }
    if (contacts != null) {
      try {
        NotificationList.addContactColumns(list,
            folder.staged(NotificationList.FILE_NAME + ".tmp"), contacts.columns(),
            contacts.read(result));
      } catch (IOException e) {
        throw new ReportException("cannot add the contact columns to "
            + folder.folder().resolve(NotificationList.FILE_NAME) + ": " + describe(e), e);
      }
    }
    // Contact columns rewrite the list: its lines are summed again from the file.
    String runId = RunId.of(allLines, contacts == null ? listLines : RunId.Lines.of(list));
    return publish(result, runId, rows, toInform);
  }

  /** Writes the two reports and puts the four files in place together. */
  private Report publish(AnalysisResult result, String runId, long rows, long toInform)
      throws IOException {
    ReportJson.write(result, runId, folder.staged(ReportJson.FILE_NAME));
    ReportHtml.write(result, options.locale(), runId, folder.staged(ReportHtml.FILE_NAME));
    folder.commit();
    return new Report(folder.folder(), runId, rows, toInform);
  }

  /**
   * Ends the writer: after {@link #finish}, releases the folder; without it, removes what was staged
   * and leaves the earlier report as it was.
   *
   * @throws UncheckedIOException if the staging folder cannot be removed or the folder released
   */
  @Override
  public synchronized void close() {
    try {
      try {
        if (streamed != null) {
          streamed.close(); // its files go with the staging folder
        }
        subjects.close();
      } finally {
        folder.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An I/O failure in a few words, without the stack. */
  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT)
        + (e.getMessage() != null ? " (" + e.getMessage() + ")" : "");
  }

  @Override
  public String toString() {
    return "ReportWriter[" + folder.folder() + "]";
  }
}
