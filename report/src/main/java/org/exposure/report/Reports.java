package org.exposure.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The publication API: a report of an assessment as the {@code exposure} command writes it, four files
 * put in place together in one folder: {@code report.json}, {@code report.html}, {@code subjects.csv}
 * and {@code notification-list.csv}. Small cells are withheld in both reports, the same way; every
 * file is readable by the user only; a run that fails or dies leaves the earlier report as it was.
 *
 * <pre>{@code
 * try (ReportWriter writer = Reports.open(Path.of("exposure-report"), Locale.ENGLISH)) {
 *   AnalysisResult result = ExposureAnalysis.of(options).assess(inputs, writer.sink());
 *   writer.finish(result);
 * }
 * }</pre>
 *
 * <p>A program that reads the files of the {@code assess} options' own report folder as input should
 * exclude them ({@code AnalysisOptions.Builder.exclude}), as the command does.
 *
 * <p><b>Exception handling.</b> {@code open} throws {@link ReportException} when another run is writing
 * to the folder, or when the folder holds a file under a report file's name that no run wrote (it is
 * never overwritten); {@link IOException} when the folder cannot be created or written.
 */
public final class Reports {
  private Reports() {}

  /**
   * Opens a report in {@code dir} (created, readable by the user only, if absent) for the given
   * language; the four files appear only on {@link ReportWriter#finish}.
   *
   * @throws ReportException if another run holds the folder, or a file there is not a report's
   * @throws IOException if the folder cannot be created or written
   */
  public static ReportWriter open(Path dir, Locale locale) throws IOException {
    return open(dir, ReportOptions.of(locale));
  }

  /**
   * As {@link #open(Path, Locale)}, with the given options.
   *
   * @throws ReportException if another run holds the folder, or a file there is not a report's
   * @throws IOException if the folder cannot be created or written
   */
  public static ReportWriter open(Path dir, ReportOptions options) throws IOException {
    return open(dir, options, ReportWriter.DEFAULT_BOUND);
  }

  /** As {@link #open(Path, ReportOptions)}, spilling subjects past {@code bound} bytes (for tests). */
  static ReportWriter open(Path dir, ReportOptions options, long bound) throws IOException {
    java.util.Objects.requireNonNull(dir, "dir");
    java.util.Objects.requireNonNull(options, "options");
    OutputFolder folder = OutputFolder.open(dir);
    try {
      ReportWriter writer = new ReportWriter(folder, options, bound);
      ReportHtml.warmUpInBackground();
      return writer;
    } catch (IOException | RuntimeException e) {
      folder.close(); // releases the folder, its earlier report untouched
      throw e;
    }
  }
}
