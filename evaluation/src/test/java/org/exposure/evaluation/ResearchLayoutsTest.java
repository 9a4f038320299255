package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import static java.nio.charset.StandardCharsets.UTF_8;

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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The research part's layouts are usable corpus material: each writes the same bytes for the same
 * seed, has a size the evaluation can score, and is named apart from every other layout.
 */
class ResearchLayoutsTest {

  @Test
  void eachLayoutWritesTheSameBytesTwiceForTheSameSeed(@TempDir Path tmp) throws IOException {
    PartChecks.sameBytesTwice(ResearchLayouts::all, tmp);
  }

  @Test
  void anotherSeedWritesAnotherFile(@TempDir Path tmp) throws IOException {
    PartChecks.anotherSeedWritesAnotherFile(ResearchLayouts.all(), tmp);
  }


  @Test
  void eachLayoutHasBetween60And450RowsAndAtLeast20Subjects(@TempDir Path tmp)
      throws IOException {
    PartChecks.rowsSubjectsAndLines(ResearchLayouts.all(), tmp);
  }

  @Test
  void headersAreUniqueWithinEachLayout(@TempDir Path tmp) throws IOException {
    for (CsvLayout layout : ResearchLayouts.all()) {
      List<String> headers = layout.write(tmp, Corpus.SEED).fields().stream()
          .map(Truth.Field::name).toList();
      assertThat(headers).as(layout.name()).doesNotHaveDuplicates();
    }
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    List<String> names = ResearchLayouts.all().stream().map(CsvLayout::name).toList();
    assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(10);
    Set<String> others = new HashSet<>();
    CsvLayouts.all().forEach(l -> others.add(l.name()));
    FreshLayouts.all().forEach(l -> others.add(l.name()));
    assertThat(names).doesNotContainAnyElementsOf(others);
  }

  @Test
  void atLeastFourLayoutsCarryGradedCervicalResults(@TempDir Path tmp) throws IOException {
    List<String> screening = new ArrayList<>();
    for (CsvLayout layout : ResearchLayouts.all()) {
      Truth truth = layout.write(tmp, Corpus.SEED);
      Set<ResultGrade> grades = EnumSet.noneOf(ResultGrade.class);
      truth.subjects().forEach(s -> grades.add(s.grade()));
      if (grades.containsAll(EnumSet.of(ResultGrade.NORMAL, ResultGrade.ABNORMAL_LOW_GRADE,
          ResultGrade.ABNORMAL_HIGH_GRADE))) {
        screening.add(layout.name());
      }
    }
    assertThat(screening).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void noIdentifierValueIsSharedByTwoSubjects(@TempDir Path tmp) throws IOException {
    Set<FieldType> keys = EnumSet.of(FieldType.RECORD_ID, FieldType.NATIONAL_ID,
        FieldType.INSURANCE_ID);
    for (CsvLayout layout : ResearchLayouts.all()) {
      Truth truth = layout.write(tmp, Corpus.SEED);
      Map<Integer, Integer> subjectOfLine = new HashMap<>();
      truth.subjects().forEach(s -> s.locations().forEach(l -> subjectOfLine.put(
          Integer.parseInt(l.split(":")[1]), s.id())));
      List<String> lines = Files.readAllLines(tmp.resolve(layout.fileName()), UTF_8);
      String header = lines.get(0).replace("\uFEFF", "");
      char delimiter = ",\t|;".chars().mapToObj(c -> (char) c)
          .max(Comparator.comparingLong(c -> header.chars().filter(h -> h == c).count()))
          .orElseThrow();
      try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
          .parse(new StringReader(String.join("\n", lines.subList(1, lines.size()))))) {
        Map<String, Integer> owner = new HashMap<>();
        int line = 1;
        for (CSVRecord row : parser) {
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
  }

  @Test
  void personKeysAreDistinctForEveryPersonOfALayout() {
    for (long modulus : List.of(900L, 10_000L, 150_000L)) {
      Set<Long> keys = new HashSet<>();
      for (int handle = 1; handle <= 450; handle++) {
        keys.add(ResearchLayouts.personKey(handle, modulus));
      }
      assertThat(keys).as("modulus " + modulus).hasSize(450);
    }
  }

  @Test
  void npiCheckDigitOnThePublishedExample() {
    // CMS's worked example: 123456789 with the 80840 prefix has check digit 3.
    assertThat(ResearchLayouts.npi("123456789")).isEqualTo("1234567893");
    assertThat(ResearchLayouts.npi("123456788")).isEqualTo("1234567885");
  }
}
