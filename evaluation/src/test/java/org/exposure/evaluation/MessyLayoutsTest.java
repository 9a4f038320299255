package org.exposure.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messy part is well formed: deterministic, of the agreed size, named apart from every other part,
 * in the first seven countries only, with graded cervical results in at least six layouts, and no
 * identifier value that two subjects share (so that the truth's subjects are the file's). It never runs
 * the classifier.
 */
class MessyLayoutsTest {

  @Test
  void eachLayoutWritesTheSameBytesTwiceForTheSameSeed(@TempDir Path tmp) throws IOException {
    PartChecks.sameBytesTwice(MessyLayouts::all, tmp);
  }

  @Test
  void anotherSeedWritesAnotherFile(@TempDir Path tmp) throws IOException {
    PartChecks.anotherSeedWritesAnotherFile(MessyLayouts.all(), tmp);
  }

  @Test
  void eachLayoutHasBetween60And450RowsAndAtLeast20Subjects(@TempDir Path tmp)
      throws IOException {
    PartChecks.rowsSubjectsAndLines(MessyLayouts.all(), tmp);
  }

  @Test
  void headersAreUniqueAndEveryRowHasEveryColumn(@TempDir Path tmp) throws IOException {
    PartChecks.headersUniqueAndRowsFull(MessyLayouts.all(), tmp);
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    PartChecks.namesApartFromTheOtherParts(MessyLayouts.all(), 10);
  }

  @Test
  void onlyTheCorpusFirstSevenCountries() {
    PartChecks.onlyIn(MessyLayouts.all(), PartChecks.FIRST_SEVEN);
  }

  @Test
  void atLeastSixLayoutsCarryGradedCervicalResults(@TempDir Path tmp) throws IOException {
    PartChecks.cervicalResultsInAtLeast(MessyLayouts.all(), 6, tmp);
  }

  @Test
  void noIdentifierValueIsSharedByTwoSubjects(@TempDir Path tmp) throws IOException {
    PartChecks.noIdentifierSharedBySubjects(MessyLayouts.all(), tmp);
  }
}
