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

/**
 * The Spanish DNI/NIE, the Italian codice fiscale, the Austrian SVNR, the Swiss AHV number, the
 * Norwegian fødselsnummer, the Finnish henkilötunnus and the Polish PESEL against the examples their
 * specifications publish, and their columns told from other countries' alike.
 */
class EuropeanIdsTest {
  private final ColumnClassifier classifier = ColumnClassifier.of(LocalDate.of(2025, 7, 1));

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      // Ministerio del Interior: 12345678 mod 23 = 14, the letter Z
      "es-dni, 12345678Z, 12345678Z",
      "es-dni, 12.345.678-z, 12345678Z",
      // NIE: X, Y, Z read as 0, 1, 2 before the same check
      "es-dni, X1234567L, X1234567L",
      "es-dni, Y-1234567-X, Y1234567X",
      "es-dni, z1234567r, Z1234567R",
      // widely published examples whose check follows DM 23/12/1976's tables; the second with omocodia
      // (2 written N) in the 14th place
      "it-cf, RSSMRA85T10A562S, RSSMRA85T10A562S",
      "it-cf, rssmra85t10a56nh, RSSMRA85T10A56NH",
      "it-cf, MRT MTT 91D08 F205J, MRTMTT91D08F205J",
      // the SVNR's usual published example: 1*3 + 2*7 + 3*9 + 0*5 + 1*8 + 0*4 + 1*2 + 8*1 + 0*6 = 62,
      // 62 mod 11 = 7
      "at-svnr, 1237 010180, 1237010180",
      "at-svnr, 1237-01.01.80, 1237010180",
      // ZAS's example, and one worked through on sozialversicherungsnummer.ch
      "ch-ahv, 756.1234.5678.97, 7561234567897",
      "ch-ahv, 756 9217 0769 85, 7569217076985",
      // fnrinfo.no's worked example (k1 = 11 - 241 mod 11 = 1, k2 = 11 - 215 mod 11 = 5), a D-number
      // (day + 40) and a synthetic test number (month + 80)
      "no-fnr, 31129956715, 31129956715",
      "no-fnr, 311299 56715, 31129956715",
      "no-fnr, 41018540094, 41018540094",
      "no-fnr, 01818510078, 01818510078",
      // DVV's example: 131052308 mod 31 = 25, T; the century sign outside the check
      "fi-hetu, 131052-308T, 131052-308T",
      "fi-hetu, 131052a308t, 131052A308T",
      // a hospital's temporary number (900-999)
      "fi-hetu, 131052-9129, 131052-9129",
      // the PESEL of a man born 14 May 1944 and of a woman born 8 July 1902 (Wikipedia's examples), and
      // one of 8 July 2002 (month + 20) with its check digit computed
      "pl-pesel, 44051401359, 44051401359",
      "pl-pesel, 02070803628, 02070803628",
      "pl-pesel, 02270803624, 02270803624",
      // Autoridade Tributária: 11 - (1*9 + 2*8 + ... + 8*2 = 156) mod 11 = 9; a non-resident's 45...;
      // the VAT form behind PT
      "pt-nif, 123456789, 123456789",
      "pt-nif, 123 456 789, 123456789",
      "pt-nif, 451234561, 451234561",
      "pt-nif, PT 123456789, 123456789",
  })
  void publishedExamplesAreValid(String id, String value, String canonical) {
    NationalIdScheme scheme = NationalIdSchemes.byId(id).orElseThrow();
    assertThat(scheme.canonical(value)).contains(canonical);
    assertThat(scheme.isValid(canonical)).isTrue();
    // Nine bare digits are a NIF only in a column that says so: alone, the VAT form.
    assertThat(scheme.matches(value)).isEqualTo(!id.equals("pt-nif") || value.startsWith("PT"));
    assertThat(scheme.linkingForm(value)).contains(canonical);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "es-dni, 12345678A",
      "es-dni, X1234567M",
      // a letter where a DNI has digits, and seven digits only
      "es-dni, 1234A678Z",
      "es-dni, 1234567Z",
      "it-cf, RSSMRA85T10A562T",
      // omocodia letter with the check of the code it came from
      "it-cf, RSSMRA85T10A56NS",
      // F is no month letter, 35 no day
      "it-cf, RSSMRA85F10A562S",
      "it-cf, RSSMRA85T35A562S",
      "at-svnr, 1238 010180",
      // 32nd of January, month 15
      "at-svnr, 1237 320180",
      "at-svnr, 1237 011580",
      "ch-ahv, 756.1234.5678.98",
      // 757 is no Swiss number, twelve digits no AHV number
      "ch-ahv, 757.1234.5678.97",
      "ch-ahv, 756.1234.5678.9",
      "no-fnr, 31129956716",
      "no-fnr, 31129956705",
      // the 32nd, and a month 13
      "no-fnr, 32129956715",
      "fi-hetu, 131052-308U",
      // G is no century sign, 001 no individual number
      "fi-hetu, 131052G308T",
      "pl-pesel, 44051401358",
      // month 13 is no month of any century
      "pl-pesel, 44131401359",
      "pt-nif, 123456780",
      // a company's number (5...) names no one
      "pt-nif, 500000000",
  })
  void numbersThatFailTheirCheckAreNotValid(String id, String value) {
    NationalIdScheme scheme = NationalIdSchemes.byId(id).orElseThrow();
    assertThat(scheme.matches(value)).isFalse();
    assertThat(scheme.linkingForm(value)).isEmpty();
  }

  /** Months 13 and 14 are the substitute birth dates given where a day's serial numbers ran out. */
  @Test
  void anSvnrWithASubstituteBirthMonthIsValid() {
    NationalIdScheme svnr = NationalIdSchemes.byId("at-svnr").orElseThrow();
    String body = "123" + "0" + "051347";
    int sum = 0;
    int[] weights = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};
    for (int i = 0; i < 10; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    String valid = "123" + sum % 11 + "051347";
    assertThat(sum % 11).isLessThan(10);
    assertThat(svnr.matches(valid)).isTrue();
  }

  @Test
  void numbersMetWithoutAColumnNameTheirScheme() {
    assertThat(NationalIdSchemes.of("12345678Z").map(NationalIdScheme::id)).contains("es-dni");
    assertThat(NationalIdSchemes.of("RSSMRA85T10A562S").map(NationalIdScheme::id)).contains("it-cf");
    assertThat(NationalIdSchemes.of("756.1234.5678.97").map(NationalIdScheme::id)).contains("ch-ahv");
    // Nine bare digits that fail the 11-proef are no NIF met by chance, though valid as one.
    assertThat(NationalIdSchemes.of("123456789")).isEmpty();
    assertThat(NationalIdSchemes.of("PT123456789").map(NationalIdScheme::id)).contains("pt-nif");
  }

  @Test
  void theNewSchemesAreBuiltInAfterTheOthers() {
    List<String> ids = new ArrayList<>();
    NationalIdSchemes.builtIn().forEach(s -> ids.add(s.id()));
    assertThat(ids).containsSubsequence("nl-bsn", "se-pnr", "es-dni", "it-cf", "at-svnr", "ch-ahv",
        "no-fnr", "fi-hetu", "pl-pesel", "pt-nif");
  }

  @Test
  void headersInTheCountrysLanguagesNameTheScheme() {
    for (String header : List.of("DNI", "NIE", "Codice fiscale", "CF", "SVNR",
        "Sozialversicherungsnummer", "AHV-Nummer", "No AVS", "N° AVS", "Fødselsnummer",
        "Henkilötunnus", "HETU", "PESEL", "NIF", "Número de contribuinte")) {
      assertThat(HeaderDictionary.lookup(header)).as(header).contains(FieldType.NATIONAL_ID);
    }
    assertThat(HeaderDictionary.country("DNI")).contains("ES");
    assertThat(HeaderDictionary.country("Codice fiscale")).contains("IT");
    assertThat(HeaderDictionary.country("SVNR")).contains("AT");
    assertThat(HeaderDictionary.country("AHV-Nummer")).contains("CH");
    assertThat(HeaderDictionary.lookup("CAP")).contains(FieldType.POSTCODE);
    assertThat(HeaderDictionary.lookup("Código postal")).contains(FieldType.POSTCODE);
    assertThat(HeaderDictionary.lookup("Cognome")).contains(FieldType.FAMILY_NAME);
    assertThat(HeaderDictionary.lookup("Teléfono")).contains(FieldType.PHONE);
  }

  /** An SVNR column under its own header, whatever else ten digits with a date could be. */
  @Test
  void anSvnrColumnIsNamedByItsSchemeAndTheEvidenceSaysSo() {
    List<String> sample = List.of("1237 010180", "1237010180");
    ColumnClassification c = classifier.classify("at.csv", "SVNR", sample);
    assertThat(c.type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(c.evidence()).contains("Austrian social insurance numbers (SVNR)");
  }

  private java.util.Optional<String> countryOf(List<String> headers, List<List<String>> samples) {
    List<ColumnDecision> decisions = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      decisions.add(classifier.decide("f.csv", headers.get(i), samples.get(i)));
    }
    return classifier.country(headers, samples, decisions);
  }

  /**
   * German words vote for Germany, unless the file's identifiers or phones speak for Austria or
   * Switzerland, where German is written too; Italian words likewise for Italy or Switzerland.
   */
  @Test
  void wordsOfALanguageSeveralCountriesWriteGoToTheOneTheOtherColumnsName() {
    List<String> names = List.of("Anna", "Lukas");
    List<String> germanPlz = List.of("10115", "80331");
    assertThat(countryOf(List.of("Vorname", "Nachname", "PLZ"),
        List.of(names, List.of("Huber", "Bauer"), germanPlz))).contains("DE");
    assertThat(countryOf(List.of("SVNR", "Vorname", "Nachname", "PLZ"),
        List.of(List.of("1237 010180", "1237010180"), names, List.of("Huber", "Bauer"),
            List.of("1010", "8010")))).contains("AT");
    assertThat(countryOf(List.of("AHV-Nummer", "Vorname", "Nachname", "PLZ"),
        List.of(List.of("756.1234.5678.97", "756.9217.0769.85"), names, List.of("Meier", "Keller"),
            List.of("8001", "3011")))).contains("CH");
    assertThat(countryOf(List.of("KVNR", "Vorname", "PLZ", "Telefon"),
        List.of(List.of("A123456780", "A123456780"), names, germanPlz,
            List.of("+49 30 1234567", "+49 89 7654321")))).contains("DE");
    assertThat(countryOf(List.of("Cognome", "CAP", "Telefono"),
        List.of(List.of("Rossi", "Russo"), List.of("00184", "20121"),
            List.of("+39 06 1234 5678", "+39 333 123 4567")))).contains("IT");
  }

  /** Four digits are no Austrian or Swiss postcode by themselves: a Dutch file keeps its PC4. */
  @Test
  void aDutchFileWithBsnAndFourDigitPostcodesStaysDutch() {
    assertThat(countryOf(List.of("BSN", "Postcode", "Woonplaats"),
        List.of(List.of("111222333", "123456782"), List.of("1011", "2281"),
            List.of("Amsterdam", "Rijswijk")))).contains("NL");
  }

  /** Under "NIF" the values decide: a Spanish DNI's letter, or a Portuguese NIF's digit. */
  @Test
  void aNifColumnIsSpanishOrPortugueseByItsValues() {
    assertThat(classifier.classify("es.csv", "NIF", List.of("12345678Z", "X1234567L")).evidence())
        .contains("Spanish DNI or NIE");
    assertThat(classifier.classify("pt.csv", "NIF", List.of("123456789", "451234561")).evidence())
        .contains("Portuguese tax numbers (NIF)");
  }

  /** Columns of the countries known before keep their schemes: a BSN, an SSN, an NHS number. */
  @Test
  void otherCountriesColumnsAreNotTakenForTheNewSchemes() {
    assertThat(classifier.classify("nl.csv", "BSN", List.of("111222333", "123456782")).evidence())
        .contains("11-proef");
    assertThat(classifier.classify("us.csv", "SSN", List.of("999-12-3456", "123-45-6789"))
        .evidence()).contains("US social security numbers");
    assertThat(classifier.classify("uk.csv", "NHS Number", List.of("943 476 5919", "9434765919"))
        .evidence()).contains("NHS number");
    // Ten and eleven digits under a header that names no scheme: the scheme most values pass.
    assertThat(classifier.classify("uk.csv", "national_id", List.of("943 476 5919", "9434765919"))
        .evidence()).contains("NHS number");
    assertThat(classifier.classify("be.csv", "national_id",
        List.of("85.07.30-033.28", "00.01.01-001.05")).evidence()).contains("Belgian national numbers");
    assertThat(classifier.classify("pl.csv", "national_id", List.of("44051401359", "02070803628"))
        .evidence()).contains("PESEL");
    assertThat(classifier.classify("no.csv", "national_id", List.of("31129956715", "41018540094"))
        .evidence()).contains("fødselsnummer");
  }
}
