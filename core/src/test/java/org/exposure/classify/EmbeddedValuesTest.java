package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;

class EmbeddedValuesTest {

  private static List<String> expand(FieldType type, String value) {
    List<ExposedValue> out = new ArrayList<>();
    EmbeddedValues.expand(type, value, out);
    List<String> shown = new ArrayList<>();
    out.forEach(v -> shown.add(v.type() + ":" + v.value()));
    return shown;
  }

  /**
   * A remark is searched only for tokens its digits and words allow; each token at the least its gate
   * lets through is still found: ten digits of a phone number, nine of a BSN, a run of four of a
   * postcode or a date, two capitals before two digits of an IBAN, a result's first word in any case.
   */
  @Test
  void tokensAtTheEdgeOfWhatARemarkIsSearchedForAreFound() {
    assertThat(expand(FieldType.FREE_TEXT, "bel 0612345678 graag"))
        .containsExactly("PHONE:0612345678");
    assertThat(expand(FieldType.FREE_TEXT, "BSN 111222333 gemeld")).containsExactly(
        "NATIONAL_ID:111222333");
    assertThat(expand(FieldType.FREE_TEXT, "verhuisd naar 2281 AB")).containsExactly(
        "POSTCODE:2281 AB");
    assertThat(expand(FieldType.FREE_TEXT, "gezien op 1-2-2020 ok")).containsExactly(
        "CLINICAL_DATE:1-2-2020");
    assertThat(expand(FieldType.FREE_TEXT, "IBAN NL91ABNA0417164300 bekend"))
        .containsExactly("BANK_ACCOUNT:NL91ABNA0417164300");
    assertThat(expand(FieldType.FREE_TEXT, "uitslag PAP 3b, HSIL"))
        .containsExactly("TEST_RESULT:PAP 3b", "TEST_RESULT:HSIL");
    assertThat(expand(FieldType.FREE_TEXT, "Bloedverlies na coitus, klachten sinds enkele weken."))
        .isEmpty();
  }

  @Test
  void aWholeAddressYieldsNumberPostcodeAndPlace() {
    assertThat(expand(FieldType.STREET_ADDRESS, "Kerkstraat 12a, 2281 AB Rijswijk"))
        .containsExactly("POSTCODE:2281 AB", "CITY:Rijswijk", "HOUSE_NUMBER:12a");
    assertThat(expand(FieldType.STREET_ADDRESS, "1e Jacob van Campenstr 15, 1012NX Hoogmade"))
        .containsExactly("POSTCODE:1012 NX", "CITY:Hoogmade", "HOUSE_NUMBER:15");
    assertThat(expand(FieldType.STREET_ADDRESS, "Lindelaan 7-2")).containsExactly("HOUSE_NUMBER:7-2");
    assertThat(expand(FieldType.STREET_ADDRESS, "Lindelaan")).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "FR|41 rue Nationale 51307 ANGERS|51307",
      "DE|Hauptstr. 5, 10115 Berlin|10115",
      "BE|Dorpsstraat 176, 8394 AALST|8394",
      "US|123 Main St, Springfield, IL 62704|62704",
      "GB|29 Queens Road, Oxford OX16 9RY|OX16 9RY",
      "BE|Rijksweg 1021|",
      "US|12345 Main St|",
      "DE|Hauptstr. 10115|"})
  void anAddressLinesPostcodeIsFoundInItsFilesCountry(String country, String line,
      String postcode) {
    List<ExposedValue> out = new ArrayList<>();
    EmbeddedValues.expand(FieldType.STREET_ADDRESS, line, country, out);
    List<String> found = out.stream().filter(v -> v.type() == FieldType.POSTCODE)
        .map(ExposedValue::value).toList();
    if (postcode == null) {
      assertThat(found).as(line).isEmpty();
    } else {
      assertThat(found).as(line).containsExactly(postcode);
    }
  }

  @Test
  void aFullNameYieldsItsParts() {
    assertThat(expand(FieldType.PERSON_NAME, "Marieke de Vries"))
        .containsExactly("GIVEN_NAME:Marieke", "FAMILY_NAME:de Vries");
    assertThat(expand(FieldType.PERSON_NAME, "J.P. van der Berg"))
        .containsExactly("INITIALS:J.P.", "FAMILY_NAME:van der Berg");
    assertThat(expand(FieldType.PERSON_NAME, "Vries, Marieke de"))
        .containsExactly("GIVEN_NAME:Marieke", "FAMILY_NAME:de Vries");
    assertThat(expand(FieldType.PERSON_NAME, "Anna Maria Jansen"))
        .containsExactly("GIVEN_NAME:Anna Maria", "FAMILY_NAME:Jansen");
    assertThat(expand(FieldType.PERSON_NAME, "Jansen")).isEmpty();
  }

  /** Words parted by any white space: "Vries, Marieke\tde" ended the whole run with an exception. */
  @Test
  void aNameOfWordsPartedByTabsOrLineBreaksYieldsItsParts() {
    for (String space : new String[] {"\t", "\n", "\r\n", "  ", "\u000b"}) {
      assertThat(expand(FieldType.PERSON_NAME, "Vries, Marieke" + space + "de"))
          .containsExactly("GIVEN_NAME:Marieke", "FAMILY_NAME:de Vries");
      assertThat(expand(FieldType.PERSON_NAME, "Vries, Anna" + space + "Maria" + space + "van"))
          .containsExactly("GIVEN_NAME:Anna Maria", "FAMILY_NAME:van Vries");
    }
  }

  @Test
  void freeTextRevealsEmbeddedIdentifiersAndResults() {
    assertThat(expand(FieldType.FREE_TEXT, "Patiënte (BSN 111222333) gebeld op 06-12345678 over "
        + "uitslag Pap 3b en HPV 16 positief; mail naar j.brouwer@example.nl, geb. 03-04-1968"))
        .containsExactlyInAnyOrder("EMAIL:j.brouwer@example.nl", "NATIONAL_ID:111222333",
            "PHONE:06-12345678", "BIRTH_DATE:03-04-1968", "TEST_RESULT:Pap 3b",
            "TEST_RESULT:HPV 16 positief");
  }

  @Test
  void freeTextRevealsSensitiveDiagnoses() {
    assertThat(expand(FieldType.FREE_TEXT, "Patiënte is zwanger (12 weken), eerder depressie; "
        + "plaveiselcelcarcinoom uitgesloten"))
        .containsExactlyInAnyOrder("DIAGNOSIS:zwanger", "DIAGNOSIS:depressie",
            "TEST_RESULT:plaveiselcelcarcinoom");
  }

  @Test
  void aNineDigitNumberWithoutABsnWordIsNotABsn() {
    // 111222333 passes the 11-proef, but here it is an order number
    assertThat(expand(FieldType.FREE_TEXT, "Ordernummer 111222333 verzonden op 2025-03-01"))
        .containsExactly("CLINICAL_DATE:2025-03-01");
  }

  @Test
  void otherTypesRevealNothingMore() {
    assertThat(expand(FieldType.FAMILY_NAME, "de Vries")).isEmpty();
    assertThat(expand(FieldType.NATIONAL_ID, "111222333")).isEmpty();
  }
}
