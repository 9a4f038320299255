package org.exposure.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.AssessedSubject;
import org.exposure.ReportFolder;
import org.exposure.model.FieldType;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.DpcRule;
import org.exposure.score.EiRule;
import org.exposure.score.Harm;
import org.exposure.score.SubjectAssessment;

/**
 * {@code subjects.csv}: one row per subject, in subject-key order, with her pseudonymous key, her
 * severity and the rules behind it, so that {@code exposure explain} can explain her later. Rule and
 * type names only; no extract value. Written and read with Commons CSV.
 */
final class SubjectsCsv {
  static final String FILE_NAME = ReportFolder.SUBJECTS;
  private static final String[] HEADER = {"subject", "level", "se", "dpc", "ei", "cb", "dpc_rule",
      "basic_dpc", "minor_raise", "ei_rule", "class_size", "harms", "field_types", "confidentiality",
      "integrity", "availability", "malicious"};
  /** Line feeds, as the file always had: RunId hashes lines, and a reader splits on {@code \n}. */
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private final RowPrinter printer = new RowPrinter(FORMAT);

  /** The header row. */
  String header() {
    return printer.row(HEADER);
  }

  /** The subject's row. Not thread-safe. */
  String row(AssessedSubject subject) {
    SubjectAssessment a = subject.assessment();
    return printer.fast("\n", false, subject.key(), a.level().name(), number(a.se()),
        String.valueOf(a.dpc()), number(a.ei()), number(a.cb()), a.dpcRule().name(),
        String.valueOf(a.basicDpc()), String.valueOf(a.minorRaise()), a.eiRule().name(),
        String.valueOf(a.classSize()), a.harms(), a.exposed(),
        a.circumstances().confidentiality().name(), a.circumstances().integrity().name(),
        a.circumstances().availability().name(), String.valueOf(a.circumstances().malicious()));
  }

  /** The assessment of the subject with the given key, as the run made it. */
  static Optional<SubjectAssessment> find(Path file, String key, boolean unintelligible)
      throws IOException {
    String wanted = key.strip().toLowerCase(Locale.ROOT);
    CSVFormat format = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser rows = CSVParser.builder().setReader(in).setFormat(format).get()) {
      for (CSVRecord f : rows) {
        if (f.get(0).equals(wanted)) {
          return Optional.of(assessment(f, unintelligible));
        }
      }
    }
    return Optional.empty();
  }

  private static SubjectAssessment assessment(CSVRecord f, boolean unintelligible) {
    BreachCircumstances circumstances = new BreachCircumstances(
        BreachCircumstances.Confidentiality.valueOf(f.get("confidentiality")),
        BreachCircumstances.Integrity.valueOf(f.get("integrity")),
        BreachCircumstances.Availability.valueOf(f.get("availability")),
        Boolean.parseBoolean(f.get("malicious")), unintelligible);
    return new SubjectAssessment(DpcRule.valueOf(f.get("dpc_rule")),
        Integer.parseInt(f.get("basic_dpc")), Integer.parseInt(f.get("minor_raise")),
        EiRule.valueOf(f.get("ei_rule")), Double.parseDouble(f.get("ei")),
        Integer.parseInt(f.get("class_size")), circumstances,
        enums(f.get("field_types"), FieldType.class), enums(f.get("harms"), Harm.class));
  }

  private static String number(double value) {
    return String.valueOf(value);
  }

  private static <E extends Enum<E>> Set<E> enums(String names, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    Arrays.stream(names.split(" ")).filter(n -> !n.isEmpty()).forEach(n -> set.add(Enum.valueOf(type, n)));
    return set;
  }
}
