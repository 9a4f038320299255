package org.exposure.evaluation;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * The laws every part of the corpus keeps, checked the same way for each part's layouts: the same
 * seed writes the same bytes and truth, another seed another file, and every layout is of the size
 * the corpus holds ({@code CorpusEvaluationTest} checks the whole corpus; these check a part before it
 * is wired in).
 */
final class PartChecks {
  private PartChecks() {}

  /** The corpus's first seven countries, the only ones of the parts that keep to them. */
  static final Set<Country> FIRST_SEVEN = EnumSet.of(Country.NL, Country.US, Country.UK,
      Country.BE, Country.DE, Country.FR, Country.IE);

  /** The grades of a cervical screening result. */
  private static final Set<ResultGrade> CERVICAL = EnumSet.of(ResultGrade.UNSATISFACTORY,
      ResultGrade.NORMAL, ResultGrade.ABNORMAL_LOW_GRADE, ResultGrade.ABNORMAL_HIGH_GRADE,
      ResultGrade.CANCER);

  /** The types whose values name one subject: two subjects sharing one would be one person. */
  private static final Set<FieldType> IDENTIFIERS = EnumSet.of(FieldType.NATIONAL_ID,
      FieldType.RECORD_ID, FieldType.INSURANCE_ID, FieldType.BANK_ACCOUNT, FieldType.PHONE,
      FieldType.EMAIL);

  /** The names of the corpus's FHIR layouts, which are not {@link CsvLayout}s. */
  private static final List<String> FHIR_NAMES = List.of("us-fhir-synthea-bundles",
      "us-fhir-bulk-ndjson", "nl-fhir-screening-ndjson", "be-fhir-hub-ndjson",
      "uk-fhir-collection-bundle");

  /** Every CSV part of the corpus, in the corpus's order. */
  static Stream<List<CsvLayout>> allCsvParts() {
    return Stream.of(CsvLayouts.all(), FreshLayouts.all(), ResearchLayouts.all(),
        EuropeanLayouts.all(), MessyLayouts.all(), SystemLayouts.all(), BlindLayouts.all(),
        BlindLayouts2.all(), BlindLayouts3.all(), BlindLayouts4.all(), BlindLayouts5.all(),
        BlindLayouts6.all(), BlindLayouts7.all(), BlindLayouts8.all(), BlindLayouts9.all(),
        BlindLayouts10.all(), BlindLayouts11.all(), BlindLayouts13.all(), BlindLayouts12.all(),
        BlindLayouts15.all(), BlindLayouts14.all(), BlindLayouts16.all(), BlindLayouts17.all(),
        BlindLayouts18.all(),
        BlindLayouts19.all(), BlindLayouts20.all(),
        BlindLayouts21.all());
  }

  /**
   * A part has at least {@code min} layouts, each named once in the whole corpus (the part itself
   * among its CSV parts, or not yet wired in).
   */
  static void namesApartFromTheOtherParts(List<CsvLayout> part, int min) {
    List<String> names = part.stream().map(CsvLayout::name).toList();
    assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(min);
    Map<String, Long> everywhere = new HashMap<>();
    Stream.concat(allCsvParts().flatMap(List::stream).map(CsvLayout::name), FHIR_NAMES.stream())
        .forEach(n -> everywhere.merge(n, 1L, Long::sum));
    boolean wiredIn = allCsvParts().anyMatch(p -> p.stream().map(CsvLayout::name).toList()
        .equals(names));
    for (String name : names) {
      assertThat(everywhere.getOrDefault(name, 0L)).as(name).isEqualTo(wiredIn ? 1L : 0L);
    }
  }

  /** Every layout of a part is in one of the given countries. */
  static void onlyIn(List<CsvLayout> part, Set<Country> countries) {
    assertThat(part).extracting(CsvLayout::country).allSatisfy(c -> assertThat(c).isIn(countries));
  }

  /** At least {@code min} layouts have ten or more subjects with a cervical grade. */
  static void cervicalResultsInAtLeast(List<CsvLayout> part, int min, Path tmp)
      throws IOException {
    int cervical = 0;
    for (CsvLayout layout : part) {
      Truth truth = layout.write(tmp, Corpus.SEED);
      if (truth.subjects().stream().filter(s -> CERVICAL.contains(s.grade())).count() >= 10) {
        cervical++;
      }
    }
    assertThat(cervical).isGreaterThanOrEqualTo(min);
  }

  /** Every layout's headers are distinct and not blank, and every row has every column. */
  static void headersUniqueAndRowsFull(List<CsvLayout> part, Path tmp) throws IOException {
    for (CsvLayout layout : part) {
      Truth truth = layout.write(tmp, Corpus.SEED);
      List<String> headers = truth.fields().stream().map(Truth.Field::name).toList();
      assertThat(headers).as(layout.name()).doesNotHaveDuplicates()
          .allSatisfy(h -> assertThat(h).isNotBlank());
      for (CSVRecord row : rows(tmp, layout, truth)) {
        assertThat(row.size()).as(layout.name() + " row " + row.getRecordNumber())
            .isEqualTo(headers.size());
      }
    }
  }

  /**
   * No identifier value belongs to two subjects, so that the truth's subjects are the file's. Written
   * forms of one value (spaces, dots, dashes, case, Excel's apostrophe) are one value; a phone's
   * country code is not stripped, so two forms of one number may pass unnoticed.
   */
  static void noIdentifierSharedBySubjects(List<CsvLayout> part, Path tmp) throws IOException {
    for (CsvLayout layout : part) {
      Truth truth = layout.write(tmp, Corpus.SEED);
      Map<Integer, Integer> subjectOfLine = new HashMap<>();
      truth.subjects().forEach(s -> s.locations().forEach(l -> subjectOfLine.put(
          Integer.parseInt(l.substring(l.lastIndexOf(':') + 1)), s.id())));
      Map<String, Integer> owner = new HashMap<>();
      int line = 1;
      for (CSVRecord row : rows(tmp, layout, truth)) {
        line++;
        Integer subject = subjectOfLine.get(line);
        for (Truth.Field field : truth.fields()) {
          String value = row.get(field.index() - 1).replaceAll("[^0-9A-Za-z]", "")
              .toUpperCase(Locale.ROOT);
          if (IDENTIFIERS.contains(field.type()) && !value.isEmpty()) {
            Integer before = owner.putIfAbsent(field.index() + "=" + value, subject);
            assertThat(before == null || before.equals(subject))
                .as("%s: %s shared, line %d", layout.name(), field.name(), line).isTrue();
          }
        }
      }
    }
  }

  /**
   * A written layout's data rows: its file read as UTF-8 where it is valid UTF-8 and as
   * Windows-1252 otherwise, a byte-order mark dropped, split by the delimiter that cuts the header
   * into as many cells as the truth has fields.
   */
  static List<CSVRecord> rows(Path dir, CsvLayout layout, Truth truth) throws IOException {
    String text = text(dir.resolve(layout.fileName()));
    String header = text.substring(0, Math.max(0, text.indexOf('\n')));
    char delimiter = ",;\t|".chars().mapToObj(c -> (char) c)
        .filter(d -> cells(header, d) == truth.fields().size())
        .min(Comparator.comparingInt(",;\t|"::indexOf)).orElseThrow(() -> new AssertionError(
            layout.name() + ": no delimiter cuts the header into the truth's fields"));
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
        .parse(new StringReader(text))) {
      List<CSVRecord> records = parser.getRecords();
      return records.subList(1, records.size());
    }
  }

  private static String text(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, Charset.forName("windows-1252"));
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The cells of a header line cut by {@code delimiter}, quotes honoured. */
  private static int cells(String header, char delimiter) {
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
        .parse(new StringReader(header))) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? 0 : records.get(0).size();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Two fresh lists of a part's layouts write the same bytes and truth for the same seed. */
  static void sameBytesTwice(Supplier<List<CsvLayout>> part, Path tmp) throws IOException {
    List<CsvLayout> once = part.get();
    List<CsvLayout> again = part.get();
    assertThat(again).hasSameSizeAs(once);
    for (int i = 0; i < once.size(); i++) {
      Path first = Files.createDirectories(tmp.resolve("a" + i));
      Path second = Files.createDirectories(tmp.resolve("b" + i));
      Truth one = once.get(i).write(first, Corpus.SEED);
      Truth two = again.get(i).write(second, Corpus.SEED);
      String file = once.get(i).fileName();
      assertThat(Files.readAllBytes(second.resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
      assertThat(two).as(file).isEqualTo(one);
    }
  }

  /** Every layout writes another file for another seed. */
  static void anotherSeedWritesAnotherFile(List<CsvLayout> layouts, Path tmp) throws IOException {
    for (CsvLayout layout : layouts) {
      Path a = Files.createDirectories(tmp.resolve("a-" + layout.name()));
      Path b = Files.createDirectories(tmp.resolve("b-" + layout.name()));
      layout.write(a, Corpus.SEED);
      layout.write(b, Corpus.SEED + 1);
      assertThat(Files.readAllBytes(a.resolve(layout.fileName()))).as(layout.name())
          .isNotEqualTo(Files.readAllBytes(b.resolve(layout.fileName())));
    }
  }

  /**
   * Every layout has 60-450 rows and at least 20 subjects, its file a header and one line per row,
   * every row one subject's, and every field a name.
   */
  static void rowsSubjectsAndLines(List<CsvLayout> layouts, Path tmp) throws IOException {
    for (CsvLayout layout : layouts) {
      Truth truth = layout.write(tmp, Corpus.SEED);
      int rows = truth.subjects().stream().mapToInt(s -> s.locations().size()).sum();
      assertThat(rows).as(layout.name()).isBetween(60, 450);
      assertThat(truth.subjects()).as(layout.name()).hasSizeGreaterThanOrEqualTo(20);
      long lines = Files.readAllLines(tmp.resolve(layout.fileName()), ISO_8859_1).size();
      assertThat(lines).as(layout.name() + ": header and one line per row").isEqualTo(rows + 1);
      Set<String> seen = new HashSet<>();
      truth.subjects().forEach(s -> assertThat(seen.addAll(s.locations())).isTrue());
      assertThat(truth.fields()).as(layout.name()).isNotEmpty()
          .allSatisfy(f -> assertThat(f.name()).isNotBlank());
    }
  }
}
