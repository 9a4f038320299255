package org.exposure.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.AssessedSubject;
import org.exposure.ReportFolder;
import org.exposure.model.SourceLocation;
import org.exposure.score.SubjectAssessment;

/**
 * {@code notification-list.csv}: one row per data subject to inform (as {@link
 * org.exposure.cohort.Notification#informs} decides), in subject-key order, with her pseudonymous key,
 * level, SE, harms and the {@code file:line} of every record where her data were found, so that the
 * controller can find her in its own systems. No raw identifier, unless the caller asks for {@linkplain
 * ContactReader contact columns}. Every cell is safe to open in a spreadsheet ({@link
 * RowPrinter#guarded}).
 */
final class NotificationList {
  static final String FILE_NAME = ReportFolder.NOTIFICATION_LIST;
  private static final String[] HEADER = {"subject", "level", "se", "harms", "records", "locations"};

  private final RowPrinter printer = new RowPrinter(CSVFormat.DEFAULT);

  /** The header row. */
  String header() {
    return printer.row(HEADER);
  }

  /** The subject's row, were she to be informed. Not thread-safe. */
  String row(AssessedSubject subject) {
    SubjectAssessment a = subject.assessment();
    StringBuilder locations = new StringBuilder(32 * subject.locations().size());
    for (SourceLocation location : subject.locations()) {
      locations.append(locations.length() == 0 ? "" : "; ").append(location);
    }
    return printer.fast("\r\n", true, subject.key(), a.level().name(), String.valueOf(a.se()),
        a.harms(), String.valueOf(subject.locations().size()), locations.toString());
  }

  /**
   * Adds the contact columns to a list written before: each row gets its subject's details, or empty
   * cells where there are none. Rewrites the file through a temporary one beside it.
   *
   * @param columns the names of the columns added
   * @param details per subject key, one value per column
   */
  static void addContactColumns(Path file, Path temporary, List<String> columns,
      Map<String, List<String>> details) throws IOException {
    List<String> none = Collections.nCopies(columns.size(), "");
    RowPrinter printer = new RowPrinter(CSVFormat.DEFAULT);
    // Read as CSV, not by lines: a location's file name may hold a line break.
    try (CSVParser in = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.DEFAULT);
        Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      boolean header = true;
      for (CSVRecord row : in) {
        List<String> cells = new ArrayList<>(row.toList());
        cells.addAll(header ? columns : details.getOrDefault(row.get(0), none));
        header = false;
        out.write(printer.row(cells.stream().map(RowPrinter::guarded).toArray(String[]::new)));
      }
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
