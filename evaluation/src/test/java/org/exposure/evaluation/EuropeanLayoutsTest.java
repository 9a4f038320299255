package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The European part reaches Spain, Italy and Austria. Its other laws are {@link PartLawsTest}'s.
 */
class EuropeanLayoutsTest {

  @Test
  void spainItalyAndAustriaAppear() {
    assertThat(EuropeanLayouts.all()).extracting(CsvLayout::country)
        .contains(Country.ES, Country.IT, Country.AT);
  }
}
