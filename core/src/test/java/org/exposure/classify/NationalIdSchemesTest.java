package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exposure.model.ColumnClassification;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each scheme against the worked examples of its public specification, and how a user adds one. */
class NationalIdSchemesTest {
  private final ColumnClassifier classifier = ColumnClassifier.of(LocalDate.of(2025, 7, 1));

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      // RvIG: 9a + 8b + ... + 2h - i a multiple of 11
      "nl-bsn, 111222333, 111222333",
      "nl-bsn, 1112.22.333, 111222333",
      // NHS Data Dictionary's example
      "gb-nhs, 943 476 5919, 9434765919",
      "be-rrn, 85.07.30-033.28, 85073003328",
      // born in 2000: the check is taken over 2 followed by the nine digits
      "be-rrn, 00.01.01-001.05, 00010100105",
      // INSEE: key = 97 - (13 digits mod 97)
      "fr-nir, 2 55 08 14 168 025 38, 255081416802538",
      // Corsica: 2A counts as 19 in the key
      "fr-nir, 1 84 06 2A 123 456 01, 184062A12345601",
      // GKV: letter as 01-26, weights 1-2-1-2, digit sums, mod 10
      "de-kvnr, A123456780, A123456780",
      // Skatteverket's example: Luhn over the ten digits
      "se-pnr, 811218-9876, 8112189876",
      "se-pnr, 19811218-9876, 8112189876",
      "dk-cpr, 070761-4285, 0707614285",
      "us-ssn, 123-45-6789, 123456789",
      // HMRC's manual's example form, and one written with spaces
      "gb-nino, AB123456C, AB123456C",
      "gb-nino, jk 12 34 56 d, JK123456D",
      // Revenue's published example
      "ie-ppsn, 6433435F, 6433435F",
  })
  void workedExamplesAreValid(String id, String value, String canonical) {
    NationalIdScheme scheme = NationalIdSchemes.byId(id).orElseThrow();
    assertThat(scheme.canonical(value)).contains(canonical);
    assertThat(scheme.isValid(canonical)).isTrue();
    assertThat(scheme.matches(value)).isTrue();
    assertThat(scheme.linkingForm(value)).contains(canonical);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "nl-bsn, 123456789",
      "gb-nhs, 943 476 5918",
      "be-rrn, 85.07.30-033.29",
      "fr-nir, 2 55 08 14 168 025 39",
      "fr-nir, 3 55 08 14 168 025 38",
      "de-kvnr, A123456781",
      "se-pnr, 811218-9875",
      "se-pnr, 811318-9876",
      "dk-cpr, 320761-4285",
      // never allocated: D first, O second, the GB prefix, a suffix E
      "gb-nino, DA123456C",
      "gb-nino, AO123456C",
      "gb-nino, GB123456C",
      "gb-nino, AB123456E",
      "ie-ppsn, 6433435G",
  })
  void numbersThatFailTheirCheckAreNotValid(String id, String value) {
    NationalIdScheme scheme = NationalIdSchemes.byId(id).orElseThrow();
    assertThat(scheme.matches(value)).isFalse();
    assertThat(scheme.linkingForm(value)).isEmpty();
  }

  /** The issuance rules decide whether an SSN is valid, not whether a column holds SSNs. */
  @Test
  void anSsnOfTheNeverIssuedArea9xxIsAnSsnThatLinks() {
    NationalIdScheme ssn = NationalIdSchemes.byId("us-ssn").orElseThrow();
    assertThat(ssn.matches("999-12-3456")).isTrue();
    assertThat(ssn.isValid("999123456")).isFalse();
    assertThat(ssn.isValid("666123456")).isFalse();
    assertThat(ssn.isValid("000123456")).isFalse();
    assertThat(ssn.linkingForm("999-12-3456")).contains("999123456");
    // The parts that stand for "none" link no one.
    assertThat(ssn.linkingForm("000-00-0000")).isEmpty();
    assertThat(ssn.linkingForm("123-00-4567")).isEmpty();
    assertThat(ssn.linkingForm("123-45-0000")).isEmpty();
    // Nine bare digits are written as an SSN too, where the column says it holds SSNs.
    assertThat(ssn.canonical("999123456")).contains("999123456");
    assertThat(ssn.matches("999123456")).isFalse();
  }

  @Test
  void aNumberMetWithoutAColumnTakesTheFirstSchemeItMatches() {
    assertThat(NationalIdSchemes.of("111222333").map(NationalIdScheme::id)).contains("nl-bsn");
    assertThat(NationalIdSchemes.of("999-12-3456").map(NationalIdScheme::id)).contains("us-ssn");
    assertThat(NationalIdSchemes.of("943 476 5919").map(NationalIdScheme::id)).contains("gb-nhs");
    assertThat(NationalIdSchemes.of("2 55 08 14 168 025 38").map(NationalIdScheme::id))
        .contains("fr-nir");
    assertThat(NationalIdSchemes.of("123456789")).isEmpty();
    assertThat(NationalIdSchemes.of("")).isEmpty();
  }

  @Test
  void everySchemeHasAStableLowerCaseIdCountryFirstAndNoTwoShareOne() {
    List<String> ids = new ArrayList<>();
    for (NationalIdScheme s : NationalIdSchemes.all()) {
      assertThat(s.id()).matches("[a-z]{2}-[a-z0-9-]+").startsWith(s.country().toLowerCase(java.util.Locale.ROOT));
      assertThat(s.country()).matches("[A-Z]{2}");
      ids.add(s.id());
    }
    assertThat(ids).doesNotHaveDuplicates()
        .containsSubsequence("nl-bsn", "us-ssn", "gb-nhs", "be-rrn", "fr-nir", "de-kvnr", "dk-cpr",
            "se-pnr", "is-kennitala");
  }

  @Test
  void anSsnHeaderOverNineBareDigitsIsConfirmedByTheSsnNotFlaggedByThe11Proef() {
    ColumnClassification c = classifier.classify("us.csv", "ssn",
        List.of("999123456", "999234567", "999345678", "999456789"));
    assertThat(c.type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(c.evidence())
        .isEqualTo("header 'ssn'; 4 of 4 sampled values are US social security numbers (nine digits)");
  }

  @Test
  void aBsnHeaderIsStillHeldToThe11Proef() {
    ColumnClassification c = classifier.classify("nl.csv", "bsn",
        List.of("999-12-3456", "999-23-4567"));
    assertThat(c.evidence()).contains("pass the 11-proef").contains("warning");
  }

  @Test
  void aSchemeRegisteredWithServiceLoaderDecidesItsColumnAndNamesItself() {
    assertThat(NationalIdSchemes.registered()).singleElement().isInstanceOf(TestKennitala.class);
    ColumnDecision d = classifier.decide("is.csv", "kolom1",
        List.of("120174-2319", "010190-3559", "311285-2119"));
    assertThat(d.classification().type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(d.classification().evidence())
        .isEqualTo("no known header; 3 of 3 sampled values are Icelandic kennitala with a valid check digit");
    assertThat(d.scheme().map(NationalIdScheme::id)).contains("is-kennitala");
    assertThat(d.country()).contains("IS");
  }
}
