package org.exposure.evaluation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third blind part is well formed: deterministic, of the agreed size, named apart from every other
 * part (the two blind parts compared at run time, never read), in the first seven countries only, with
 * graded cervical results in at least seven layouts, and no identifier value that two subjects share
 * (so that the truth's subjects are the file's). It never runs the classifier.
 */
class BlindLayouts3Test {
  private static final Set<ResultGrade> CERVICAL = EnumSet.of(ResultGrade.UNSATISFACTORY,
      ResultGrade.NORMAL, ResultGrade.ABNORMAL_LOW_GRADE, ResultGrade.ABNORMAL_HIGH_GRADE,
      ResultGrade.CANCER);
  private static final Set<FieldType> IDENTIFIERS = EnumSet.of(FieldType.NATIONAL_ID,
      FieldType.RECORD_ID, FieldType.INSURANCE_ID, FieldType.BANK_ACCOUNT, FieldType.PHONE,
      FieldType.EMAIL);
  private static final Set<Country> FIRST_SEVEN = EnumSet.of(Country.NL, Country.US, Country.UK,
      Country.BE, Country.DE, Country.FR, Country.IE);

  @Test
  void eachLayoutWritesTheSameBytesTwiceForTheSameSeed(@TempDir Path dir) throws IOException {
    for (CsvLayout layout : BlindLayouts3.all()) {
      Path a = Files.createDirectories(dir.resolve("a"));
      Path b = Files.createDirectories(dir.resolve("b"));
      Truth first = layout.write(a, Corpus.SEED);
      Truth second = layout.write(b, Corpus.SEED);
      assertThat(Files.readAllBytes(a.resolve(layout.fileName())))
          .as(layout.name()).isEqualTo(Files.readAllBytes(b.resolve(layout.fileName())));
      assertThat(second).as(layout.name()).isEqualTo(first);
    }
  }

  @Test
  void anotherSeedWritesAnotherFile(@TempDir Path dir) throws IOException {
    CsvLayout layout = BlindLayouts3.all().get(0);
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    layout.write(a, Corpus.SEED);
    layout.write(b, Corpus.SEED + 1);
    assertThat(Files.readAllBytes(a.resolve(layout.fileName())))
        .isNotEqualTo(Files.readAllBytes(b.resolve(layout.fileName())));
  }

  @Test
  void eachLayoutHasBetween60And450RowsAndAtLeast20Subjects(@TempDir Path dir)
      throws IOException {
    for (CsvLayout layout : BlindLayouts3.all()) {
      Truth truth = layout.write(dir, Corpus.SEED);
      int rows = truth.subjects().stream().mapToInt(s -> s.locations().size()).sum();
      assertThat(rows).as(layout.name()).isBetween(60, 450);
      assertThat(truth.subjects()).as(layout.name()).hasSizeGreaterThanOrEqualTo(20);
      // The file holds the header and exactly these rows, one line each, every row someone's.
      List<String> lines = lines(dir.resolve(layout.fileName()));
      assertThat(lines).as(layout.name()).hasSize(rows + 1);
      Set<String> seen = new HashSet<>();
      truth.subjects().forEach(s -> assertThat(seen.addAll(s.locations())).isTrue());
      assertThat(truth.fields()).as(layout.name()).isNotEmpty()
          .allSatisfy(f -> assertThat(f.name()).isNotBlank());
    }
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    List<String> names = BlindLayouts3.all().stream().map(CsvLayout::name).toList();
    assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(12);
    List<String> others = Stream.of(CsvLayouts.all(), FreshLayouts.all(), ResearchLayouts.all(),
            EuropeanLayouts.all(), MessyLayouts.all(), SystemLayouts.all(), BlindLayouts.all(),
            BlindLayouts2.all())
        .flatMap(List::stream).map(CsvLayout::name).toList();
    assertThat(names).doesNotContainAnyElementsOf(others);
  }

  @Test
  void onlyTheFirstSevenCountriesAndAtLeastSevenLayoutsCarryGradedCervicalResults(
      @TempDir Path dir) throws IOException {
    int cervical = 0;
    for (CsvLayout layout : BlindLayouts3.all()) {
      assertThat(layout.country()).as(layout.name()).isIn(FIRST_SEVEN);
      Truth truth = layout.write(dir, Corpus.SEED);
      long graded = truth.subjects().stream().filter(s -> CERVICAL.contains(s.grade())).count();
      if (graded >= 10) {
        cervical++;
      }
    }
    assertThat(cervical).isGreaterThanOrEqualTo(7);
  }

  @Test
  void noIdentifierValueBelongsToTwoSubjects(@TempDir Path dir) throws IOException {
    for (CsvLayout layout : BlindLayouts3.all()) {
      Truth truth = layout.write(dir, Corpus.SEED);
      List<String> lines = lines(dir.resolve(layout.fileName()));
      char delimiter = delimiter(lines.get(0), truth.fields().size());
      Map<Integer, Integer> subjectOfLine = new HashMap<>();
      truth.subjects().forEach(s -> s.locations().forEach(l -> subjectOfLine.put(
          Integer.parseInt(l.split(":")[1]), s.id())));
      for (Truth.Field field : truth.fields()) {
        if (!IDENTIFIERS.contains(field.type())) {
          continue;
        }
        // Written forms of one number (dots, dashes, spaces, Excel's apostrophe) are one value; a
        // phone's country code is not stripped, so two forms of one number may pass unnoticed.
        Map<String, Integer> owner = new HashMap<>();
        for (int line = 2; line <= lines.size(); line++) {
          String value = cells(lines.get(line - 1), delimiter).get(field.index() - 1)
              .replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
          if (value.isEmpty()) {
            continue;
          }
          Integer before = owner.putIfAbsent(value, subjectOfLine.get(line));
          assertThat(before == null || before.equals(subjectOfLine.get(line)))
              .as("%s column %d line %d", layout.name(), field.index(), line).isTrue();
        }
      }
    }
  }

  /** The file's lines, read in UTF-8 when it is valid UTF-8 and in Windows-1252 otherwise. */
  private static List<String> lines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, Charset.forName("windows-1252"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return List.of(text.split("\r?\n"));
  }

  /** The delimiter that splits the header into as many cells as the truth has fields. */
  private static char delimiter(String header, int fields) {
    for (char d : new char[] {';', ',', '\t', '|'}) {
      if (cells(header, d).size() == fields) {
        return d;
      }
    }
    throw new AssertionError("no delimiter splits the header into " + fields + " cells");
  }

  /** One line's cells, quotes honoured (no cell of this part holds a line break). */
  private static List<String> cells(String line, char delimiter) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
