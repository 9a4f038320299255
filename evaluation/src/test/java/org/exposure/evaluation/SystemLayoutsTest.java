package org.exposure.evaluation;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systems part's layouts are usable corpus material: each writes the same bytes for the same
 * seed, has a size the evaluation can score, keeps its subjects apart, stays in the corpus's first
 * seven countries and is named apart from every other layout. It never runs the classifier. Files are
 * read as ISO-8859-1, which decodes any byte, so that the Windows-1252 layouts are read too: the
 * checks look only at delimiters, quotes and ASCII identifiers.
 */
class SystemLayoutsTest {
  private static final Set<ResultGrade> CERVICAL = EnumSet.of(ResultGrade.UNSATISFACTORY,
      ResultGrade.NORMAL, ResultGrade.ABNORMAL_LOW_GRADE, ResultGrade.ABNORMAL_HIGH_GRADE,
      ResultGrade.CANCER);

  @Test
  void eachLayoutWritesTheSameBytesTwiceForTheSameSeed(@TempDir Path tmp) throws IOException {
    PartChecks.sameBytesTwice(SystemLayouts::all, tmp);
  }

  @Test
  void anotherSeedWritesAnotherFile(@TempDir Path tmp) throws IOException {
    PartChecks.anotherSeedWritesAnotherFile(SystemLayouts.all(), tmp);
  }

  @Test
  void eachLayoutHasBetween60And450RowsAndAtLeast20Subjects(@TempDir Path tmp)
      throws IOException {
    PartChecks.rowsSubjectsAndLines(SystemLayouts.all(), tmp);
  }

  @Test
  void headersAreUniqueAndEveryRowHasEveryColumn(@TempDir Path tmp) throws IOException {
    for (CsvLayout layout : SystemLayouts.all()) {
      Truth truth = layout.write(tmp, Corpus.SEED);
      List<String> headers = truth.fields().stream().map(Truth.Field::name).toList();
      assertThat(headers).as(layout.name()).doesNotHaveDuplicates()
          .allSatisfy(h -> assertThat(h).isNotBlank());
      for (CSVRecord row : rows(tmp, layout)) {
        assertThat(row.size()).as(layout.name() + " line " + row.getRecordNumber())
            .isEqualTo(headers.size());
      }
    }
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    List<String> names = SystemLayouts.all().stream().map(CsvLayout::name).toList();
    assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(10);
    Set<String> others = new HashSet<>(List.of("us-fhir-synthea-bundles", "us-fhir-bulk-ndjson",
        "nl-fhir-screening-ndjson", "be-fhir-hub-ndjson", "uk-fhir-collection-bundle"));
    Stream.of(CsvLayouts.all(), FreshLayouts.all(), ResearchLayouts.all(), EuropeanLayouts.all())
        .flatMap(List::stream).forEach(l -> others.add(l.name()));
    assertThat(names).doesNotContainAnyElementsOf(others);
  }

  @Test
  void onlyTheCorpusFirstSevenCountries() {
    assertThat(SystemLayouts.all()).extracting(CsvLayout::country)
        .allSatisfy(c -> assertThat(c.ordinal()).isLessThanOrEqualTo(Country.IE.ordinal()));
  }

  @Test
  void atLeastSixLayoutsCarryGradedCervicalResults(@TempDir Path tmp) throws IOException {
    List<String> screening = new ArrayList<>();
    for (CsvLayout layout : SystemLayouts.all()) {
      Truth truth = layout.write(tmp, Corpus.SEED);
      Set<ResultGrade> grades = EnumSet.noneOf(ResultGrade.class);
      truth.subjects().forEach(s -> grades.add(s.grade()));
      long cervical = truth.subjects().stream().filter(s -> CERVICAL.contains(s.grade())).count();
      if (cervical >= 10 && grades.containsAll(EnumSet.of(ResultGrade.ABNORMAL_LOW_GRADE,
          ResultGrade.ABNORMAL_HIGH_GRADE))) {
        screening.add(layout.name());
      }
    }
    assertThat(screening).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void noIdentifierValueIsSharedByTwoSubjects(@TempDir Path tmp) throws IOException {
    Set<FieldType> keys = EnumSet.of(FieldType.RECORD_ID, FieldType.NATIONAL_ID,
        FieldType.INSURANCE_ID);
    for (CsvLayout layout : SystemLayouts.all()) {
      Truth truth = layout.write(tmp, Corpus.SEED);
      Map<Integer, Integer> subjectOfLine = new HashMap<>();
      truth.subjects().forEach(s -> s.locations().forEach(l -> subjectOfLine.put(
          Integer.parseInt(l.split(":")[1]), s.id())));
      Map<String, Integer> owner = new HashMap<>();
      int line = 1;
      for (CSVRecord row : rows(tmp, layout)) {
        line++;
        int subject = subjectOfLine.get(line);
        for (Truth.Field field : truth.fields()) {
          String value = row.get(field.index() - 1);
          if (keys.contains(field.type()) && !value.isEmpty()) {
            Integer before = owner.putIfAbsent(field.name() + "=" + value, subject);
            assertThat(before == null || before == subject)
                .as(layout.name() + ": " + field.name() + " shared, line " + line).isTrue();
          }
        }
      }
    }
  }

  /** The data rows of a written layout, its delimiter the most frequent candidate in the header. */
  private static List<CSVRecord> rows(Path dir, CsvLayout layout) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve(layout.fileName()), ISO_8859_1);
    String header = lines.get(0);
    char delimiter = ",\t|;".chars().mapToObj(c -> (char) c)
        .max(Comparator.comparingLong(c -> header.chars().filter(h -> h == c).count()))
        .orElseThrow();
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
        .parse(new StringReader(String.join("\n", lines.subList(1, lines.size()))))) {
      return parser.getRecords();
    }
  }
}
