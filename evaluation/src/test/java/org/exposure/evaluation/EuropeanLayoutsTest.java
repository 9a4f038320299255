package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
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
  void eachLayoutWritesTheSameBytesTwiceForTheSameSeed(@TempDir Path tmp) throws IOException {
    PartChecks.sameBytesTwice(EuropeanLayouts::all, tmp);
  }

  @Test
  void anotherSeedWritesAnotherFile(@TempDir Path tmp) throws IOException {
    PartChecks.anotherSeedWritesAnotherFile(EuropeanLayouts.all(), tmp);
  }

  @Test
  void eachLayoutHasBetween60And450RowsAndAtLeast20Subjects(@TempDir Path tmp)
      throws IOException {
    PartChecks.rowsSubjectsAndLines(EuropeanLayouts.all(), tmp);
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
