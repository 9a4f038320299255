package org.exposure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder a run writes its report into, as an assessment recognises it among its inputs: its files
 * are never read back as extracts, wherever the folder lies inside an input folder.
 *
 * <p>A report folder holds the {@linkplain #MARKER marker file} that every run of {@code exposure
 * assess} writes (and locks) there. A folder written before the marker existed is recognised by its
 * {@code report.json} beside a {@code subjects.csv} whose first line is the subjects' header. In a
 * report folder only the {@linkplain #FILE_NAMES report's own files} are passed over (and listed as
 * skipped); any other file of the user's there is read as usual.
 *
 * <p>Stateless; the methods only look at the file system.
 */
public final class ReportFolder {
  /** The hidden file that marks a report folder, and that a run locks while it writes there. */
  public static final String MARKER = ".exposure-report";

  /** The start of the name of the hidden folder a run writes its files into before they go in place. */
  public static final String STAGING_PREFIX = ".exposure-staging-";

  /** The name a run's staging folder takes once its files are complete: the commit point. */
  public static final String COMMIT = ".exposure-commit";

  /** Whether a name is one of the hidden ones a run writes into its report folder. */
  public static boolean isOwnHiddenName(String name) {
    return name.equals(MARKER) || name.equals(COMMIT) || name.startsWith(STAGING_PREFIX);
  }

  /** The subjects, one row each, with their assessment. */
  public static final String SUBJECTS = "subjects.csv";
  /** The subjects to inform. */
  public static final String NOTIFICATION_LIST = "notification-list.csv";
  /** The report a DPO reads. */
  public static final String REPORT_HTML = "report.html";
  /** The report as data, the contract other tools read. */
  public static final String REPORT_JSON = "report.json";

  /** The files of a report, in the order a run puts them in place: report.json last. */
  public static final List<String> FILE_NAMES =
      List.of(SUBJECTS, NOTIFICATION_LIST, REPORT_HTML, REPORT_JSON);

  /** How {@code subjects.csv} begins, for report folders written before the marker. */
  private static final String SUBJECTS_HEADER = "subject,level,se,dpc,ei,cb,";

  private ReportFolder() {}

  /**
   * Whether the folder holds a report: the marker, or (for reports written before it) a {@code
   * report.json} beside a {@code subjects.csv} that starts with the subjects' header. Reads at most a
   * few bytes of a regular file, never a pipe or device.
   */
  public static boolean isReportFolder(Path folder) {
    if (Files.isRegularFile(folder.resolve(MARKER))) {
      return true;
    }
    Path subjects = folder.resolve(SUBJECTS);
    if (!Files.isRegularFile(folder.resolve(REPORT_JSON)) || !Files.isRegularFile(subjects)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(subjects)) {
      byte[] head = in.readNBytes(SUBJECTS_HEADER.length());
      return new String(head, StandardCharsets.US_ASCII).equals(SUBJECTS_HEADER);
    } catch (IOException e) {
      return false; // unreadable: not recognisably ours, so it is read (and fails) as any input
    }
  }

  /** Whether the file is one of a report's own files: one of {@link #FILE_NAMES} in a report folder. */
  public static boolean isReportFile(Path file) {
    Path name = file.getFileName();
    Path folder = file.toAbsolutePath().getParent();
    return name != null && folder != null && FILE_NAMES.contains(name.toString())
        && isReportFolder(folder);
  }
}
