package org.exposure.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third blind part is well formed: deterministic, of the agreed size, named apart from every other
 * part, in the first seven countries only, with graded cervical results in at least seven layouts,
 * and no identifier value that two subjects share (so that the truth's subjects are the file's). It
 * never runs the classifier.
 */
class BlindLayouts3Test {

  @Test
  void eachLayoutWritesTheSameBytesTwiceForTheSameSeed(@TempDir Path tmp) throws IOException {
    PartChecks.sameBytesTwice(BlindLayouts3::all, tmp);
  }

  @Test
  void anotherSeedWritesAnotherFile(@TempDir Path tmp) throws IOException {
    PartChecks.anotherSeedWritesAnotherFile(BlindLayouts3.all(), tmp);
  }

  @Test
  void eachLayoutHasBetween60And450RowsAndAtLeast20Subjects(@TempDir Path tmp)
      throws IOException {
    PartChecks.rowsSubjectsAndLines(BlindLayouts3.all(), tmp);
  }

  @Test
  void headersAreUniqueAndEveryRowHasEveryColumn(@TempDir Path tmp) throws IOException {
    PartChecks.headersUniqueAndRowsFull(BlindLayouts3.all(), tmp);
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    PartChecks.namesApartFromTheOtherParts(BlindLayouts3.all(), 12);
  }

  @Test
  void onlyTheCorpusFirstSevenCountries() {
    PartChecks.onlyIn(BlindLayouts3.all(), PartChecks.FIRST_SEVEN);
  }

  @Test
  void atLeastSevenLayoutsCarryGradedCervicalResults(@TempDir Path tmp) throws IOException {
    PartChecks.cervicalResultsInAtLeast(BlindLayouts3.all(), 7, tmp);
  }

  @Test
  void noIdentifierValueIsSharedByTwoSubjects(@TempDir Path tmp) throws IOException {
    PartChecks.noIdentifierSharedBySubjects(BlindLayouts3.all(), tmp);
  }
}
