package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second blind part's layouts are usable corpus material: each writes the same bytes for the same
 * seed, has a size the evaluation can score, keeps its subjects apart, stays in the corpus's first
 * seven countries and is named apart from every other layout. It never runs the classifier.
 */
class BlindLayouts2Test {

  @Test
  void eachLayoutWritesTheSameBytesTwiceForTheSameSeed(@TempDir Path tmp) throws IOException {
    PartChecks.sameBytesTwice(BlindLayouts2::all, tmp);
  }

  @Test
  void anotherSeedWritesAnotherFile(@TempDir Path tmp) throws IOException {
    PartChecks.anotherSeedWritesAnotherFile(BlindLayouts2.all(), tmp);
  }

  @Test
  void eachLayoutHasBetween60And450RowsAndAtLeast20Subjects(@TempDir Path tmp)
      throws IOException {
    PartChecks.rowsSubjectsAndLines(BlindLayouts2.all(), tmp);
  }

  @Test
  void headersAreUniqueAndEveryRowHasEveryColumn(@TempDir Path tmp) throws IOException {
    PartChecks.headersUniqueAndRowsFull(BlindLayouts2.all(), tmp);
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    PartChecks.namesApartFromTheOtherParts(BlindLayouts2.all(), 12);
  }

  @Test
  void onlyTheCorpusFirstSevenCountries() {
    PartChecks.onlyIn(BlindLayouts2.all(), PartChecks.FIRST_SEVEN);
  }

  @Test
  void atLeastSevenLayoutsCarryGradedCervicalResults(@TempDir Path tmp) throws IOException {
    PartChecks.cervicalResultsInAtLeast(BlindLayouts2.all(), 7, tmp);
  }

  @Test
  void noIdentifierValueIsSharedByTwoSubjects(@TempDir Path tmp) throws IOException {
    PartChecks.noIdentifierSharedBySubjects(BlindLayouts2.all(), tmp);
  }

  @Test
  void npiCarriesItsLuhnCheckDigitAsCmsPublishesIt() {
    // CMS's own example of the check-digit computation: 123456789 with the 80840 prefix gives 3.
    assertThat(BlindLayouts2.npi(0)).isEqualTo("1234567893");
    assertThat(BlindLayouts2.npi(1)).hasSize(10).startsWith("1");
  }

  @Test
  void eachMedicineHasItsOwnPznWithAValidCheckDigit() {
    Set<String> pzns = new HashSet<>();
    for (int i = 0; i < Clinical.MEDICINES.size(); i++) {
      String pzn = BlindLayouts2.pzn(i);
      assertThat(pzn).matches("[0-9]{8}");
      int sum = 0;
      for (int d = 0; d < 7; d++) {
        sum += (d + 1) * (pzn.charAt(d) - '0');
      }
      assertThat(sum % 11).as(pzn).isEqualTo(pzn.charAt(7) - '0');
      assertThat(pzns.add(pzn)).as(pzn).isTrue();
    }
  }
}
