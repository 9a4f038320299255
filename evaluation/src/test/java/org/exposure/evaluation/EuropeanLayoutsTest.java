package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The European part is well formed: deterministic, of the agreed size, named apart from the other
 * parts, in Spain, Italy and Austria too, and carrying graded cervical results in at least five
 * layouts. It never runs the classifier.
 */
class EuropeanLayoutsTest {

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
  void headersAreUniqueAndEveryRowHasEveryColumn(@TempDir Path tmp) throws IOException {
    PartChecks.headersUniqueAndRowsFull(EuropeanLayouts.all(), tmp);
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    PartChecks.namesApartFromTheOtherParts(EuropeanLayouts.all(), 10);
  }

  @Test
  void atLeastFiveLayoutsCarryGradedCervicalResults(@TempDir Path tmp) throws IOException {
    PartChecks.cervicalResultsInAtLeast(EuropeanLayouts.all(), 5, tmp);
  }

  @Test
  void noIdentifierValueIsSharedByTwoSubjects(@TempDir Path tmp) throws IOException {
    PartChecks.noIdentifierSharedBySubjects(EuropeanLayouts.all(), tmp);
  }

  @Test
  void spainItalyAndAustriaAppear() {
    assertThat(EuropeanLayouts.all()).extracting(CsvLayout::country)
        .contains(Country.ES, Country.IT, Country.AT);
  }
}
