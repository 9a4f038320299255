package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.exposure.model.ResultGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The European part is well formed: deterministic, of the agreed size, named apart from the other
 * parts, and carrying graded cervical results in at least five layouts. It never runs the classifier.
 */
class EuropeanLayoutsTest {
  private static final Set<ResultGrade> CERVICAL = EnumSet.of(ResultGrade.UNSATISFACTORY,
      ResultGrade.NORMAL, ResultGrade.ABNORMAL_LOW_GRADE, ResultGrade.ABNORMAL_HIGH_GRADE,
      ResultGrade.CANCER);

  @Test
  void eachLayoutWritesTheSameBytesTwiceForTheSameSeed(@TempDir Path dir) throws IOException {
    for (CsvLayout layout : EuropeanLayouts.all()) {
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
    CsvLayout layout = EuropeanLayouts.all().get(0);
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
    for (CsvLayout layout : EuropeanLayouts.all()) {
      Truth truth = layout.write(dir, Corpus.SEED);
      int rows = truth.subjects().stream().mapToInt(s -> s.locations().size()).sum();
      assertThat(rows).as(layout.name()).isBetween(60, 450);
      assertThat(truth.subjects()).as(layout.name()).hasSizeGreaterThanOrEqualTo(20);
      // The header and every row are lines of the file; a subject's rows are hers alone.
      Set<String> seen = new HashSet<>();
      truth.subjects().forEach(s -> assertThat(seen.addAll(s.locations())).isTrue());
      assertThat(truth.fields()).as(layout.name()).isNotEmpty()
          .allSatisfy(f -> assertThat(f.name()).isNotBlank());
    }
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    List<String> names = EuropeanLayouts.all().stream().map(CsvLayout::name).toList();
    assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(10);
    List<String> others = Stream.concat(CsvLayouts.all().stream(), FreshLayouts.all().stream())
        .map(CsvLayout::name).toList();
    assertThat(names).doesNotContainAnyElementsOf(others);
  }

  @Test
  void atLeastFiveLayoutsCarryGradedCervicalResultsAndNewCountriesAppear(@TempDir Path dir)
      throws IOException {
    int cervical = 0;
    Set<Country> countries = EnumSet.noneOf(Country.class);
    for (CsvLayout layout : EuropeanLayouts.all()) {
      Truth truth = layout.write(dir, Corpus.SEED);
      countries.add(truth.country());
      long graded = truth.subjects().stream().filter(s -> CERVICAL.contains(s.grade())).count();
      if (graded >= 10) {
        cervical++;
      }
    }
    assertThat(cervical).isGreaterThanOrEqualTo(5);
    assertThat(countries).contains(Country.ES, Country.IT, Country.AT);
  }
}
