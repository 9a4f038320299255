package org.exposure.report;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * A report put in place by {@link ReportWriter#finish}: where, under which run identity, and how many
 * rows its two lists hold. Holds no extract value.
 *
 * @param folder the folder holding the four files
 * @param runId the run's identity, 32 hex digits, recorded in {@code report.json} ({@code run.id}) and
 *     {@code report.html}, derived from the content of the two CSV files
 * @param subjects the rows of {@code subjects.csv}
 * @param toInform the rows of {@code notification-list.csv}
 */
public record Report(Path folder, String runId, long subjects, long toInform) {
  public Report {
    requireNonNull(folder, "folder");
    requireNonNull(runId, "runId");
  }

  /** A report file of this report, by name, such as {@code report.html}. */
  public Path file(String name) {
    return folder.resolve(name);
  }
}
