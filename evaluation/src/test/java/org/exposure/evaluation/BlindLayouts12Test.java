package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The twelfth blind part's own helper: the NPI check digit. Its laws are {@link PartLawsTest}'s. */
class BlindLayouts12Test {

  @Test
  void npiCarriesTheLuhnCheckDigitOverThe80840Prefix() {
    // CMS's worked example: 123456789 behind the 80840 prefix gives the check digit 3.
    assertThat(BlindLayouts12.npi("123456789")).isEqualTo("1234567893");
    assertThat(BlindLayouts12.npi("199999999")).hasSize(10).startsWith("199999999");
  }
}
