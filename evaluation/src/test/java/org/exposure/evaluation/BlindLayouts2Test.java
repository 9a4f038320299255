package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The second blind part's own helpers: NPI and PZN check digits. Its laws are
 * {@link PartLawsTest}'s.
 */
class BlindLayouts2Test {

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
