package org.exposure.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exposure.AnalysisResult;
import org.exposure.AssessedSubject;
import org.exposure.SourceSummary;
import org.exposure.csv.CsvExtract;
import org.exposure.csv.CsvRow;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.SourceLocation;

/**
 * The contact details of the subjects to inform, for letters: read back, after the assessment, from
 * the first CSV record of each, by the types its columns were given. Only on {@code --contact-columns}:
 * these are raw identifiers, and the file that holds them is as sensitive as the extract. A subject
 * whose first record is not in a CSV extract (FHIR) gets empty columns.
 */
final class ContactColumns {
  /** The columns added, in order, and the field types whose values fill each. */
  static final List<FieldType> TYPES = List.of(FieldType.PERSON_NAME, FieldType.GIVEN_NAME,
      FieldType.INITIALS, FieldType.FAMILY_NAME, FieldType.STREET_ADDRESS, FieldType.HOUSE_NUMBER,
      FieldType.POSTCODE, FieldType.CITY, FieldType.PHONE, FieldType.EMAIL);
  static final String HEADER = "full_name,given_name,initials,family_name,street,house_number,"
      + "postcode,city,phone,email";

  /** Per source, per line of a subject's first record, her key. */
  private final Map<String, Map<Long, String>> wanted = new HashMap<>();

  /** Notes a subject to inform; her details are read by {@link #read}. */
  void want(AssessedSubject subject) {
    SourceLocation first = subject.locations().get(0);
    wanted.computeIfAbsent(first.source(), s -> new HashMap<>()).put(first.line(), subject.key());
  }

  /**
   * The details of every subject noted, by key: one value per {@link #TYPES} entry, columns of the
   * same type joined with a space in column order.
   *
   * @throws IOException if an extract cannot be read again
   */
  Map<String, String[]> read(AnalysisResult result) throws IOException {
    Map<String, String[]> details = new HashMap<>();
    for (SourceSummary source : result.sources()) {
      Map<Long, String> lines = wanted.get(source.source());
      if (lines == null || !source.format().equals("csv")) {
        continue;
      }
      List<FieldType> columns = new ArrayList<>();
      for (FieldReport f : result.fields()) {
        if (f.classification().source().equals(source.source())) {
          columns.add(f.classification().type());
        }
      }
      CsvExtract extract = CsvExtract.open(Path.of(source.source()), source.source());
      extract.read(row -> {
        String key = lines.get(row.location().line());
        if (key != null && row instanceof CsvRow.Accepted accepted) {
          details.put(key, detailsOf(accepted.values(), columns));
        }
      });
    }
    return details;
  }

  private static String[] detailsOf(List<String> values, List<FieldType> columns) {
    String[] out = new String[TYPES.size()];
    for (int t = 0; t < TYPES.size(); t++) {
      List<String> parts = new ArrayList<>(2);
      for (int c = 0; c < columns.size() && c < values.size(); c++) {
        String value = values.get(c).strip();
        if (columns.get(c) == TYPES.get(t) && !value.isEmpty()) {
          // A Dutch name prefix ("van den") is written in lower case, and before the name.
          parts.add(value.equals(value.toLowerCase(Locale.ROOT)) ? 0 : parts.size(), value);
        }
      }
      out[t] = String.join(" ", parts);
    }
    return out;
  }

  @Override
  public String toString() {
    return "ContactColumns[" + wanted.values().stream().mapToInt(Map::size).sum() + " subjects]";
  }
}
