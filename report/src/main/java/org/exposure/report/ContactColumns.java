package org.exposure.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.SourceSummary;
import org.exposure.model.FieldType;
import org.exposure.model.SourceLocation;

/**
 * The contact details of the subjects to inform, for letters: read back, after the assessment, from
 * the first of their records that holds them: a CSV record, by the types its columns were given, or a
 * FHIR Patient, by the types of her elements. Only on {@code --contact-columns}: these are raw
 * identifiers, and the file that holds them is as sensitive as the extract. A subject known only from
 * resources that name her by reference gets empty columns.
 *
 * <p>A FHIR Patient's details go to a subject only if her own values link her to that subject's key:
 * several Patients may share a location (the entries of a Bundle on one NDJSON line), and a letter with
 * another woman's name and address is a breach of its own. Where that cannot be verified, the columns
 * stay empty.
 */
final class ContactColumns implements ContactReader {
  /** The columns added, in order, and the field types whose values fill each. */
  static final List<FieldType> TYPES = List.of(FieldType.PERSON_NAME, FieldType.GIVEN_NAME,
      FieldType.INITIALS, FieldType.FAMILY_NAME, FieldType.STREET_ADDRESS, FieldType.HOUSE_NUMBER,
      FieldType.POSTCODE, FieldType.CITY, FieldType.PHONE, FieldType.EMAIL);
  private static final List<String> HEADER = List.of("full_name", "given_name", "initials",
      "family_name", "street", "house_number", "postcode", "city", "phone", "email");

  /** Per source, per line of each of a subject's records, the keys of the subjects located there. */
  private final Map<String, Map<Long, Set<String>>> wanted = new HashMap<>();

  /**
   * Notes a subject to inform; her details are read by {@link #read}. All her records are noted: in
   * FHIR her Patient may come after resources about her.
   */
  @Override
  public void want(String key, List<SourceLocation> locations) {
    for (SourceLocation location : locations) {
      wanted.computeIfAbsent(location.source(), s -> new HashMap<>())
          .computeIfAbsent(location.line(), l -> new HashSet<>(2)).add(key);
    }
  }

  @Override
  public List<String> columns() {
    return HEADER;
  }

  /**
   * The details of every subject noted, by key: one value per {@link #TYPES} entry, values of the
   * same type joined with a space in order. A record's details go to a subject located at its line if
   * its own values give her key, or if it alone starts there and she alone is located there.
   *
   * @throws IOException if an extract cannot be read again
   */
  @Override
  public Map<String, List<String>> read(AnalysisResult result) throws IOException {
    Map<String, List<String>> details = new HashMap<>();
    for (SourceSummary source : result.sources()) {
      Map<Long, Set<String>> lines = wanted.get(source.source());
      if (lines == null) {
        continue;
      }
      ExposureAnalysis.reread(result, source, lines.keySet(), found -> {
        Set<String> keys = lines.get(found.location().line());
        if (keys == null) {
          return;
        }
        String key = keys.contains(found.subjectKey()) ? found.subjectKey()
            : found.onlyRecordAtLocation() && keys.size() == 1 ? keys.iterator().next() : null;
        if (key == null) {
          return; // another woman at the same location, or not a subject to inform
        }
        List<String> values = new ArrayList<>();
        List<FieldType> types = new ArrayList<>();
        found.values().forEach(v -> {
          values.add(v.value());
          types.add(v.type());
        });
        keepFirst(details, key, detailsOf(values, types));
      });
    }
    return details;
  }

  /**
   * Keeps a subject's details from the first of her records that holds any: a record of a file without
   * contact columns (results only, say) leaves room for one of another file that has them.
   */
  private static void keepFirst(Map<String, List<String>> details, String key, String[] found) {
    for (String value : found) {
      if (!value.isEmpty()) {
        details.putIfAbsent(key, List.of(found));
        return;
      }
    }
  }

  /**
   * One value per {@link #TYPES} entry from a record's values and their types, values of the same
   * type joined with a space in order.
   */
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
    return "ContactColumns[" + wanted.values().stream().mapToInt(Map::size).sum() + " records noted]";
  }
}
