package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Postcodes and phone numbers by country, in their national and international forms. */
class PostcodesAndPhonesTest {

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
      "02108, US, US 02108",
      "021081832, US, US 02108",
      "02108-1234, US, US 02108",
      "2108, US, ''",
      "SW1A 1AA, GB, GB SW1A 1",
      "sw1a1aa, GB, GB SW1A 1",
      "W1A 0AX, GB, GB W1A 0",
      "M1 1AE, GB, GB M1 1",
      "B33 8TH, GB, GB B33 8",
      "CR2 6XH, GB, GB CR2 6",
      "DN55 1PT, GB, GB DN55 1",
      "1000, BE, BE 1000",
      "0999, BE, ''",
      "10115, DE, DE 10115",
      "00999, DE, ''",
      "75001, FR, FR 75001",
      "20000, FR, FR 20000",
      "96000, FR, ''",
      "1098 gh, NL, 1098 GH",
      "1098, NL, 1098",
      // Without a country, only forms that tell one are read.
      "1098GH, '', 1098 GH",
      "02108-1234, '', US 02108",
      "SW1A 1AA, '', GB SW1A 1",
      "02108, '', ''",
  })
  void classForms(String value, String country, String expected) {
    assertThat(Postcodes.classForm(value, country).orElse("")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is a UK postcode: {1}")
  @CsvSource({"SW1A 1AA, true", "EC1A 1BB, true", "A9 9AA, true", "AA99 9AA, true", "1234 AB, false",
      "SW1A 1A, false", "SW1A1AAA, false", "S 1AA, false", "SWAA 1AA, false"})
  void ukPostcodes(String value, boolean uk) {
    assertThat(Postcodes.isUk(value)).isEqualTo(uk);
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
      "06 12345678, NL, true", "+31 6 12345678, NL, true", "0031 20 1234567, NL, true",
      "+31 06 12345678, NL, false",
      "555-234-5678, US, true", "(555) 234-5678, US, true", "+1 555 234 5678, US, true",
      "1-555-234-5678, US, true", "001 555 234 5678, US, true", "555-123-4567, US, false",
      "5552345678, US, false", "555-023-4567, US, false", "211-123-4567, US, false",
      "07700 900123, GB, true", "+44 7700 900123, GB, true", "+44 20 7946 0000, GB, true",
      "0470 12 34 56, BE, true", "02 123 45 67, BE, true", "+32 470 12 34 56, BE, true",
      "030 1234567, DE, true", "+49 30 1234567, DE, true", "+49 1512 3456789, DE, true",
      "06 12 34 56 78, FR, true", "+33 6 12 34 56 78, FR, true", "+33 06 12 34 56 78, FR, false",
      "+31 6 12345678, US, false", "+44 7700 900123, NL, false", "06-1234 5678, XX, false",
      "tel 0612345678, NL, false", "06 12345678 ext, NL, false",
  })
  void phonesByCountry(String value, String country, boolean phone) {
    assertThat(Phones.isOf(value, country)).isEqualTo(phone);
  }

  @Test
  void anInternationalNumberBelongsToOneCountryOnly() {
    for (String country : new String[] {"NL", "US", "GB", "BE", "DE", "FR"}) {
      assertThat(Phones.isOf("+44 7700 900123", country)).isEqualTo(country.equals("GB"));
      assertThat(Phones.isOf("+1 555 234 5678", country)).isEqualTo(country.equals("US"));
    }
  }

  @Property
  void theChecksAreTotal(@ForAll String any) {
    for (String country : new String[] {"NL", "US", "GB", "BE", "DE", "FR", ""}) {
      Phones.isOf(any, country);
      Postcodes.classForm(any, country);
    }
    Postcodes.isUk(any);
    Postcodes.isZipPlus4(any);
  }
}
