package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fourth blind part is well formed: deterministic, of the agreed size, named apart from every
 * other part, in the first seven countries only, with graded cervical results in at least seven
 * layouts, and no identifier value that two subjects share (so that the truth's subjects are the
 * file's). It never runs the classifier.
 */
class BlindLayouts4Test {

  @Test
  void eachLayoutWritesTheSameBytesTwiceForTheSameSeed(@TempDir Path tmp) throws IOException {
    PartChecks.sameBytesTwice(BlindLayouts4::all, tmp);
  }

  @Test
  void anotherSeedWritesAnotherFile(@TempDir Path tmp) throws IOException {
    PartChecks.anotherSeedWritesAnotherFile(BlindLayouts4.all(), tmp);
  }

  @Test
  void eachLayoutHasBetween60And450RowsAndAtLeast20Subjects(@TempDir Path tmp)
      throws IOException {
    PartChecks.rowsSubjectsAndLines(BlindLayouts4.all(), tmp);
  }

  @Test
  void headersAreUniqueAndEveryRowHasEveryColumn(@TempDir Path tmp) throws IOException {
    PartChecks.headersUniqueAndRowsFull(BlindLayouts4.all(), tmp);
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    PartChecks.namesApartFromTheOtherParts(BlindLayouts4.all(), 12);
  }

  @Test
  void onlyTheCorpusFirstSevenCountries() {
    PartChecks.onlyIn(BlindLayouts4.all(), PartChecks.FIRST_SEVEN);
  }

  @Test
  void atLeastSevenLayoutsCarryGradedCervicalResults(@TempDir Path tmp) throws IOException {
    PartChecks.cervicalResultsInAtLeast(BlindLayouts4.all(), 7, tmp);
  }

  @Test
  void noIdentifierValueIsSharedByTwoSubjects(@TempDir Path tmp) throws IOException {
    PartChecks.noIdentifierSharedBySubjects(BlindLayouts4.all(), tmp);
  }

  @Test
  void lanrCarriesTheCheckDigitOfWeightsFourAndNine() {
    // 3·4 + 1·9 + 8·4 + 2·9 + 0·4 + 4·9 = 107: the check digit 3 brings the sum to 110.
    assertThat(BlindLayouts4.lanr("318204", "01")).isEqualTo("318204301");
    for (int n = 100_000; n < 1_000_000; n += 7_919) {
      String six = String.valueOf(n);
      String lanr = BlindLayouts4.lanr(six, "58");
      assertThat(lanr).hasSize(9).startsWith(six).endsWith("58");
      int sum = lanr.charAt(6) - '0';
      int odd = 0;
      int even = 0;
      for (int i = 0; i < 6; i++) {
        int d = six.charAt(i) - '0';
        sum += d * (i % 2 == 0 ? 4 : 9);
        if (i % 2 == 0) {
          odd += d;
        } else {
          even += d;
        }
      }
      assertThat(sum % 10).as(lanr).isZero();
      // The same digit written the other way: 6 × (d1 + d3 + d5) + (d2 + d4 + d6), mod 10.
      assertThat(lanr.charAt(6) - '0').as(lanr).isEqualTo((6 * odd + even) % 10);
    }
  }
}
