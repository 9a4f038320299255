package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuePatternsTest {

  @Test
  void postcodesAreCanonicalised() {
    assertThat(ValuePatterns.postcode("2281 AB")).contains("2281 AB");
    assertThat(ValuePatterns.postcode("2281ab")).contains("2281 AB");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0281 AB", "2281 SA", "2281 SD", "2281 SS", "228 AB", "2281  AB", "22811AB",
      "2281-AB", "AB 2281", ""})
  void rejectsWhatIsNotADutchPostcode(String value) {
    assertThat(ValuePatterns.postcode(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"j.jansen@example.nl", "anna.de.vries+lab@mail.example.com",
      "Anna de Vries <anna.devries@example.nl>", "<j.jansen@example.nl>", "\"White, Emily\" <e@example.com>"})
  void emails(String value) {
    assertThat(ValuePatterns.isEmail(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jansen@", "@example.nl", "j jansen@example.nl", "example.nl",
      "Anna <geen adres>", "a > b", "<j.jansen@example.nl> en meer>", "x@example.nl>"})
  void notEmails(String value) {
    assertThat(ValuePatterns.isEmail(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0612345678", "06-12345678", "070 123 4567", "+31 6 12345678",
      "0031612345678", "+44 20 7946 0958", "(070) 1234567"})
  void phones(String value) {
    assertThat(ValuePatterns.isPhone(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456782", "061234567", "+31 06 12345678", "0012345678", "tel 0612345678"})
  void notPhones(String value) {
    assertThat(ValuePatterns.isPhone(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kerkstraat 12", "Kerkstraat 12a", "1e Jacob van Campenstr. 15",
      "Van 't Hoffstraat 7-2", "Laan van Meerdervoort 1004 B"})
  void streetsWithNumbers(String value) {
    assertThat(ValuePatterns.isStreetAndNumber(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "12a", "12 a", "7-2", "7 - 2", "1004 B", "15/3", "99999", "3bis"})
  void houseNumbers(String value) {
    assertThat(ValuePatterns.isHouseNumber(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a12", "123456", "12-", "12 abcde", "12.5", "Kerkstraat 12"})
  void notHouseNumbers(String value) {
    assertThat(ValuePatterns.isHouseNumber(value)).isFalse();
  }

  @Test
  void ibanChecksum() {
    assertThat(ValuePatterns.isIban("NL91ABNA0417164300")).isTrue();
    assertThat(ValuePatterns.isIban("NL91 ABNA 0417 1643 00")).isTrue();
    assertThat(ValuePatterns.isIban("NL92ABNA0417164300")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"M", "v", "F", "vrouw", "Female", "X", "w", "weiblich", "männlich",
      "féminin", "Homme", "mujer", "divers"})
  void sexCodes(String value) {
    assertThat(ValuePatterns.isSexCode(value)).isTrue();
    assertThat(Values.sex(value)).isPresent();
  }

  /** Signs are not folded away ("{x}" is no X), a digit is a code only under a sex header. */
  @ParameterizedTest
  @ValueSource(strings = {"{x}", "1", "9", "femme fatale", ""})
  void notSexCodes(String value) {
    assertThat(ValuePatterns.isSexCode(value)).isFalse();
  }
}
