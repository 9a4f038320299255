package org.exposure.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systems part's layouts are usable corpus material: each writes the same bytes for the same
 * seed, has a size the evaluation can score, keeps its subjects apart, stays in the corpus's first
 * seven countries and is named apart from every other layout. It never runs the classifier.
 */
class SystemLayoutsTest {

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
    PartChecks.headersUniqueAndRowsFull(SystemLayouts.all(), tmp);
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    PartChecks.namesApartFromTheOtherParts(SystemLayouts.all(), 10);
  }

  @Test
  void onlyTheCorpusFirstSevenCountries() {
    PartChecks.onlyIn(SystemLayouts.all(), PartChecks.FIRST_SEVEN);
  }

  @Test
  void atLeastSixLayoutsCarryGradedCervicalResults(@TempDir Path tmp) throws IOException {
    PartChecks.cervicalResultsInAtLeast(SystemLayouts.all(), 6, tmp);
  }

  @Test
  void noIdentifierValueIsSharedByTwoSubjects(@TempDir Path tmp) throws IOException {
    PartChecks.noIdentifierSharedBySubjects(SystemLayouts.all(), tmp);
  }
}
