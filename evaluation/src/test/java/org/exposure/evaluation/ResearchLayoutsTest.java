package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The research part's layouts are usable corpus material: each writes the same bytes for the same
 * seed, has a size the evaluation can score, keeps its subjects apart, and is named apart from every
 * other layout. It never runs the classifier.
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
  void headersAreUniqueAndEveryRowHasEveryColumn(@TempDir Path tmp) throws IOException {
    PartChecks.headersUniqueAndRowsFull(ResearchLayouts.all(), tmp);
  }

  @Test
  void namesAreUniqueAndApartFromTheOtherParts() {
    PartChecks.namesApartFromTheOtherParts(ResearchLayouts.all(), 10);
  }

  @Test
  void atLeastFourLayoutsCarryGradedCervicalResults(@TempDir Path tmp) throws IOException {
    PartChecks.cervicalResultsInAtLeast(ResearchLayouts.all(), 4, tmp);
  }

  @Test
  void noIdentifierValueIsSharedByTwoSubjects(@TempDir Path tmp) throws IOException {
    PartChecks.noIdentifierSharedBySubjects(ResearchLayouts.all(), tmp);
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
