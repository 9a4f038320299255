package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fifth blind part is well formed: deterministic, of the agreed size, named apart from every
 * other part, in the first seven countries only, with graded cervical results in at least seven
 * layouts, and no identifier value that two subjects share (so that the truth's subjects are the
 * file's). It never runs the classifier.
 */
class BlindLayouts5Test {

  @Test
  void eachLayoutWritesTheSameBytesTwiceForTheSameSeed(@TempDir Path tmp) throws IOException {
    PartChecks.sameBytesTwice(BlindLayouts5::all, tmp);
  }

  @Test
  void anotherSeedWritesAnotherFile(@TempDir Path tmp) throws IOException {
    PartChecks.anotherSeedWritesAnotherFile(BlindLayouts5.all(), tmp);
  }

  @Test
  void eachLayoutHasBetween60And450RowsAndAtLeast20Subjects(@TempDir Path tmp)
      throws IOException {
    PartChecks.rowsSubjectsAndLines(BlindLayouts5.all(), tmp);
  }

  @Test
  void headersAreUniqueAndEveryRowHasEveryColumn(@TempDir Path tmp) throws IOException {
    PartChecks.headersUniqueAndRowsFull(BlindLayouts5.all(), tmp);
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    PartChecks.namesApartFromTheOtherParts(BlindLayouts5.all(), 12);
  }

  @Test
  void onlyTheCorpusFirstSevenCountries() {
    PartChecks.onlyIn(BlindLayouts5.all(), PartChecks.FIRST_SEVEN);
  }

  @Test
  void atLeastSevenLayoutsCarryGradedCervicalResults(@TempDir Path tmp) throws IOException {
    PartChecks.cervicalResultsInAtLeast(BlindLayouts5.all(), 7, tmp);
  }

  @Test
  void noIdentifierValueIsSharedByTwoSubjects(@TempDir Path tmp) throws IOException {
    PartChecks.noIdentifierSharedBySubjects(BlindLayouts5.all(), tmp);
  }

  @Test
  void rizivCarriesNinetySevenMinusTheFirstSixDigitsModNinetySeven() {
    // 123456 = 97 * 1272 + 72: the check digits are 97 - 72 = 25.
    assertThat(BlindLayouts5.riziv("123456", "004")).isEqualTo("1-23456-25-004");
    for (int n = 100_000; n < 1_000_000; n += 7_919) {
      String six = String.valueOf(n);
      String riziv = BlindLayouts5.riziv(six, "580");
      String digits = riziv.replace("-", "");
      assertThat(digits).hasSize(11).startsWith(six).endsWith("580");
      int check = Integer.parseInt(digits.substring(6, 8));
      assertThat((n + check) % 97).as(riziv).isZero();
      assertThat(check).as(riziv).isBetween(1, 97);
    }
  }
}
