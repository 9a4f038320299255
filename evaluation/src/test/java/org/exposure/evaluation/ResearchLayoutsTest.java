package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The research part's own helpers: person keys and NPI check digits. Its laws are
 * {@link PartLawsTest}'s.
 */
class ResearchLayoutsTest {

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
