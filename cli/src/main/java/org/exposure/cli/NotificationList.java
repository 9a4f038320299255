package org.exposure.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.AssessedSubject;
import org.exposure.ReportFolder;
import org.exposure.score.SeverityLevel;
import org.exposure.score.SubjectAssessment;

/**
 * {@code notification-list.csv}: one row per data subject to inform (at or above the policy's
 * {@code inform.from}), with her pseudonymous key, level, SE, harms and the {@code file:line} of every
 * record where her data were found, so that the controller can find her in its own systems. No raw
 * identifier, unless the user asks for {@linkplain ContactColumns contact columns}. Every cell is safe
 * to open in a spreadsheet: one that starts with {@code = + - @}, a tab or a carriage return is
 * prefixed with an apostrophe, so that it is never run as a formula.
 */
final class NotificationList implements Closeable {
  static final String FILE_NAME = ReportFolder.NOTIFICATION_LIST;

  private final BufferedWriter out;
  private final SeverityLevel informFrom;
  private final boolean nobody;
  private long rows;

  private NotificationList(BufferedWriter out, SeverityLevel informFrom, boolean nobody) {
    this.out = out;
    this.informFrom = informFrom;
    this.nobody = nobody;
  }

  /**
   * @param informFrom the lowest level whose subjects are informed
   * @param nobody whether no one is to be informed (unintelligible data): the list stays empty
   */
  static NotificationList create(Path file, SeverityLevel informFrom, boolean nobody)
      throws IOException {
    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write("subject,level,se,harms,records,locations\r\n");
    return new NotificationList(out, informFrom, nobody);
  }

  /** Lists the subject if she is to be informed; returns whether she was. */
  boolean add(AssessedSubject subject) throws IOException {
    SubjectAssessment a = subject.assessment();
    if (nobody || a.level().compareTo(informFrom) < 0) {
      return false;
    }
    out.write(String.join(",", cell(subject.key()), cell(a.level().name()), cell(String.valueOf(a.se())),
        cell(a.harms().stream().map(Enum::name).collect(Collectors.joining(" "))),
        cell(String.valueOf(subject.locations().size())),
        cell(subject.locations().stream().map(Object::toString).collect(Collectors.joining("; ")))));
    out.write("\r\n");
    rows++;
    return true;
  }

  /**
   * Adds the contact columns to a list written before: each row gets its subject's details, or empty
   * cells where there are none. Rewrites the file through a temporary one beside it.
   */
  static void addContactColumns(Path file, Map<String, String[]> details) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    String[] none = new String[ContactColumns.TYPES.size()];
    Arrays.fill(none, "");
    // Read as CSV, not by lines: a location's file name may hold a line break.
    try (CSVParser in = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.DEFAULT);
        BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      boolean header = true;
      for (CSVRecord row : in) {
        StringBuilder line = new StringBuilder();
        for (String value : row) {
          line.append(line.length() == 0 ? "" : ",").append(cell(value));
        }
        if (header) {
          line.append(',').append(ContactColumns.HEADER);
          header = false;
        } else {
          for (String value : details.getOrDefault(row.get(0), none)) {
            line.append(',').append(cell(value));
          }
        }
        out.write(line.append("\r\n").toString());
      }
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The subjects listed so far. */
  long rows() {
    return rows;
  }

  /** A CSV cell: quoted where needed, and never read by a spreadsheet as a formula. */
  static String cell(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0) {
      safe = '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
