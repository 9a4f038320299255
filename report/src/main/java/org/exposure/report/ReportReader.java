package org.exposure.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.exposure.score.SubjectAssessment;

/**
 * Reads a finished report back: whether its files belong to one run, and a subject's assessment from
 * {@code subjects.csv}, as {@code exposure explain} shows it. Holds the folder's readers' lock while
 * open, so that no run puts its files in place meanwhile.
 *
 * <pre>{@code
 * try (ReportReader report = ReportReader.open(dir)) {
 *   if (!report.interrupted() && report.mixed().isEmpty()) {
 *     report.subject(key).ifPresent(a -> System.out.println(a.level()));
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe. <b>Exception handling.</b> {@link #mixed} and {@link #subject} throw {@link
 * ReportException} when {@code report.json} is not whole JSON, {@link IOException} when a file cannot
 * be read, and an unchecked exception when a file is not as this version writes it.
 */
public final class ReportReader implements Closeable {
  private final Path dir;
  private final Optional<Closeable> lock;
  private JsonNode json;

  private ReportReader(Path dir, Optional<Closeable> lock) {
    this.dir = dir;
    this.lock = lock;
  }

  /** Whether {@code dir} holds the files of a finished run to read: subjects.csv and report.json. */
  public static boolean isFinished(Path dir) {
    return Files.isRegularFile(dir.resolve(SubjectsCsv.FILE_NAME))
        && Files.isRegularFile(dir.resolve(ReportJson.FILE_NAME));
  }

  /**
   * Opens the report in {@code dir}, under the readers' lock where it can be taken (not on a read-only
   * marker or folder: the run identity still tells a mix of runs there).
   */
  public static ReportReader open(Path dir) {
    Optional<Closeable> lock;
    try {
      lock = OutputFolder.readLock(dir);
    } catch (IOException e) {
      lock = Optional.empty();
    }
    return new ReportReader(dir, lock);
  }

  /** Whether the last run was interrupted while it put its files in place: they may mix two runs. */
  public boolean interrupted() {
    return OutputFolder.interrupted(dir);
  }

  /**
   * Why the folder's files are not those of one run, if they are not: report.json's run identity
   * against the one its subjects.csv and notification-list.csv give, and report.html's.
   */
  public Optional<String> mixed() throws IOException {
    String recorded = ReportJson.runId(json());
    if (recorded.isEmpty()) {
      return Optional.of("report.json records no run identity: written by an earlier version");
    }
    Path list = dir.resolve(NotificationList.FILE_NAME);
    if (!Files.isRegularFile(list)) {
      return Optional.of(NotificationList.FILE_NAME + " is missing");
    }
    if (!RunId.of(dir.resolve(SubjectsCsv.FILE_NAME), list).equals(recorded)) {
      return Optional.of("report.json is not of the run that wrote " + SubjectsCsv.FILE_NAME
          + " and " + NotificationList.FILE_NAME);
    }
    Path html = dir.resolve(ReportHtml.FILE_NAME);
    if (!Files.isRegularFile(html)) {
      return Optional.of(ReportHtml.FILE_NAME + " is missing");
    }
    if (!ReportHtml.runId(head(html)).equals(recorded)) {
      return Optional.of(ReportHtml.FILE_NAME + " is not of the run that wrote report.json");
    }
    return Optional.empty();
  }

  /** The assessment of the subject with the given key (any case, spaces around ignored). */
  public Optional<SubjectAssessment> subject(String key) throws IOException {
    return SubjectsCsv.find(dir.resolve(SubjectsCsv.FILE_NAME), key,
        json().at("/assessment/circumstances/unintelligible").asBoolean());
  }

  private JsonNode json() throws IOException {
    if (json == null) {
      Path report = dir.resolve(ReportJson.FILE_NAME);
      try {
        json = new ObjectMapper().readTree(report.toFile());
      } catch (JsonProcessingException e) {
        throw new ReportException(report + " is not whole JSON (cut short or edited); run "
            + "'exposure assess' again", e);
      }
    }
    return json;
  }

  /** The beginning of a report.html, where its run identity is. */
  private static String head(Path html) throws IOException {
    try (InputStream in = Files.newInputStream(html)) {
      return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    }
  }

  /** Releases the readers' lock. */
  @Override
  public void close() {
    if (lock.isPresent()) {
      try {
        lock.get().close();
      } catch (IOException e) {
        // released by the OS when the process ends
      }
    }
  }

  @Override
  public String toString() {
    return "ReportReader[" + dir + "]";
  }
}
