package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderDictionaryTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "BSN|NATIONAL_ID",
      // A data model's path (zibs, openEHR): the last element names the field
      "Patient.Naamgegevens.Voornamen|GIVEN_NAME",
      "Adresgegevens.Huisnummer|HOUSE_NUMBER",
      "LaboratoriumUitslag.Test.TestCode|TEST_TYPE",
      "LaboratoriumUitslag.Test.TestDatumTijd|CLINICAL_DATE",
      "LaboratoriumUitslag.Monster.Monsternummer|RECORD_ID",
      "Probleem.ProbleemNaam|DIAGNOSIS",
      "Zorgverlener.ZorgverlenerIdentificatienummer|PROVIDER",
      "Geb.datum|BIRTH_DATE",
      // Public systems' names: Epic Clarity, EMIS, LDT, PMSI, Irish
      "SEX_C|SEX",
      "ADD_LINE_1|STREET_ADDRESS",
      "Registered Practice|PROVIDER",
      "Hospital Number|RECORD_ID",
      "Medical Council Number|PROVIDER",
      "8410 Test-Ident|TEST_TYPE",
      "DR|DIAGNOSIS",
      "TAX_NUM_1|PROVIDER",
      // HPRIM Santé's header lines, LDT, zib, Vektis, HES; one name in two languages
      "L2 Nom|FAMILY_NAME",
      "L6 CP Ville|POSTCODE",
      "L12 Médecin destinataire|PROVIDER",
      "8311 Anforderungsnummer des Labors|RECORD_ID",
      "Patient.Identificatienummer|NATIONAL_ID",
      "LaboratoriumUitslag.Monster.Monstermateriaal|TEST_TYPE",
      "Omschrijving prestatie|PROCEDURE",
      "Tarief prestatie (incl. BTW)|OTHER",
      "MYDOB|BIRTH_DATE",
      "Gemeente/Commune|CITY",
      "ICD-10-CM Dx Pointer 1|DIAGNOSIS",
      "Verwezen naar|PROVIDER",
      "SUITE_A_DONNER|PROCEDURE",
      "Uitslagbrief|OTHER",
      "N° affilié|INSURANCE_ID",
      "Prestataire|PROVIDER",
      "Colposcopy clinic|PROVIDER",
      "Priority|OTHER",
      "Naam/Nom|PERSON_NAME",
      "Surname/Forename|PERSON_NAME",
      "Client Account|PROVIDER",
      "Classificatie DSM-5|DIAGNOSIS",
      "HD (ICD-10-GM)|DIAGNOSIS",
      "Probleemlijst|DIAGNOSIS",
      "Indication|DIAGNOSIS",
      "redenVerwijzing|DIAGNOSIS",
      "ZINR|MEDICATION",
      "GMD-houder|PROVIDER",
      "Adviser Notes|FREE_TEXT",
      "MBI|INSURANCE_ID",
      "Brief versandt|OTHER",
      "Cognome|FAMILY_NAME",
      "Data di nascita|BIRTH_DATE",
      "USUBJID|RECORD_ID",
      "LBTESTCD|TEST_TYPE",
      "PATID|RECORD_ID",
      "DX_TYPE|OTHER",
      "Hosp No|RECORD_ID",
      "Topographie|DIAGNOSIS",
      "PHQ9|TEST_RESULT",
      "Burgerservicenummer|NATIONAL_ID",
      "patient_bsn|NATIONAL_ID",
      "Geb. datum|BIRTH_DATE",
      "gebdat|BIRTH_DATE",
      "Date of birth|BIRTH_DATE",
      "Tel.nr|PHONE",
      "E-mail adres|EMAIL",
      "PC|POSTCODE",
      "Postcode woonadres|POSTCODE",
      "Tussenvoegsel|FAMILY_NAME",
      "Voorletters|INITIALS",
      "Naam huisarts|PROVIDER",
      "AGB-code huisarts|PROVIDER",
      "Soort onderzoek|TEST_TYPE",
      "hrHPV uitslag|TEST_RESULT",
      "Pap-klasse|TEST_RESULT",
      "KOPAC-B|TEST_RESULT",
      "Afnamedatum|CLINICAL_DATE",
      "Monsternummer|RECORD_ID",
      "Opmerkingen|FREE_TEXT",
      "Straat|STREET_ADDRESS",
      "Huisnr.|HOUSE_NUMBER",
      "Woonplaats|CITY",
      "Geslacht|SEX",
      "IBAN|BANK_ACCOUNT",
      "Réçu uitslag|TEST_RESULT"})
  void knownHeaders(String header, FieldType expected) {
    assertThat(HeaderDictionary.lookup(header)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "kolom1", "aantal", "hoeveelheid", "field12"})
  void unknownHeaders(String header) {
    assertThat(HeaderDictionary.lookup(header)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "polisnummer|INSURANCE_ID",
      "Ethnicity|RACIAL_OR_ETHNIC_ORIGIN",
      "Godsdienst|RELIGION_OR_BELIEF",
      "Seksuele geaardheid|SEX_LIFE_OR_ORIENTATION",
      "Vakbondslid|TRADE_UNION_MEMBERSHIP",
      "Strafblad|CRIMINAL_CONVICTION",
      "Medicatie|MEDICATION",
      "vaccinatiedatum|CLINICAL_DATE",
      "LAT|GEOLOCATION",
      "Member ID|INSURANCE_ID",
      "PZN|MEDICATION",
      "PID-5 Patient Name|PERSON_NAME",
      "3103 Geburtsdatum|BIRTH_DATE",
      "8420 Ergebnis-Wert|TEST_RESULT",
      "PPSN|NATIONAL_ID",
      "Batchnummer|OTHER",
      "Médecin prescripteur|PROVIDER",
      "N° dossier|RECORD_ID",
      "PAYER|OTHER",
      "Personal cancer history|DIAGNOSIS",
      "klantnr|RECORD_ID",
      "order_id|RECORD_ID",
      "Accession No|RECORD_ID",
      "client_huisnummer|HOUSE_NUMBER",
      "Straat/Huisnr.|STREET_ADDRESS",
      "Naam (volledig)|PERSON_NAME",
      "geb. datum (jjjjmmdd)|BIRTH_DATE",
      "BIRTHPLACE|CITY",
      "Date de naissance|BIRTH_DATE",
      "status|OTHER",
      "volgnr|OTHER"})
  void compoundsQualifiersAndNonPersonalHeaders(String header, FieldType expected) {
    assertThat(HeaderDictionary.lookup(header)).contains(expected);
  }

  @Test
  void generalAndFormOnlyHeadersAreWeak() {
    assertThat(HeaderDictionary.isGeneric("Datum")).isTrue();
    assertThat(HeaderDictionary.isGeneric("contact nummer")).isTrue();
    assertThat(HeaderDictionary.isGeneric("geboortedatum")).isFalse();
    assertThat(HeaderDictionary.isGeneric("monsternummer")).isFalse();
  }

  @Test
  void aFirstRowOfDataIsNotAHeader() {
    assertThat(HeaderDictionary.holdsData(List.of("bsn", "achternaam", "tussenvoegsel", "voorletters",
        "geboortedatum", "straat", "huisnummer", "postcode", "woonplaats", "huisarts", "agb_huisarts",
        "afnamedatum", "hpv_uitslag", "pap_klasse", "e-mail", "telefoon", "2024", "kolom 7")))
        .isFalse();
    assertThat(HeaderDictionary.holdsData(List.of("111222333", "Jansen"))).isTrue();
    assertThat(HeaderDictionary.holdsData(List.of("Jansen", "14-02-1975"))).isTrue();
    assertThat(HeaderDictionary.holdsData(List.of("Jansen", "1098 GH"))).isTrue();
    assertThat(HeaderDictionary.holdsData(List.of("Jansen", "j.jansen@example.nl"))).isTrue();
    assertThat(HeaderDictionary.holdsData(List.of("Jansen", "06-12345678"))).isTrue();
    // Names alone cannot be told from a header.
    assertThat(HeaderDictionary.holdsData(List.of("Jansen", "Pieter"))).isFalse();
  }

  private static final List<List<String>> SCREENING_ROWS = List.of(
      List.of("Marieke Jansen", "HPV negatief", "Utrecht", "Huisartsenpraktijk Bakker"),
      List.of("Sanne Visser", "HPV positief", "Rijswijk", "Huisartsenpraktijk Dijkstra"),
      List.of("Fenna de Vries", "HPV negatief", "Groningen", "Gezondheidscentrum De Linde"),
      List.of("Noor Bakker", "Pap 1", "Zwaag", "Huisartsenpraktijk Visser"));

  @ParameterizedTest
  @ValueSource(strings = {
      "Anna de Vries|HPV positief|Amsterdam|Huisartsenpraktijk Jansen",
      "Xiomara Oyelaran|NILM|Ter Apel|Huisartsenpraktijk Oyelaran",
      "Precious Kaya|hrHPV negatief|Delfzijl|Dr. Kaya",
      "Wilhelmina Nguyen|geen afwijkingen|Oudeschild|Huisartsen Nguyen",
      "Tjitske Hoekstra|onbekend|Hoogkarspel|wil de uitslag per post",
      "Anna|Pap 3a2|Nieuw-Vennep|verhuisd, nieuw adres onbekend",
      "Gonneke Oudshoorn|HPV positief|Utrecht|Akkoord",
  })
  void aFirstRowOfNamesResultsPlacesAndPracticesIsData(String row) {
    assertThat(HeaderDictionary.isHeader(List.of(row.split("\\|")), SCREENING_ROWS)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Naam|Uitslag HPV|Woonplaats|Huisarts",
      "naam|hrHPV|plaats|naam_huisarts",
      "Patient Name|Result|City|GP Name",
      "NAME|RESULT|CITY|PROVIDER",
      "naam|uitslag|Kolom3|huisarts",
      "kolom1|kolom2|kolom3|kolom4",
      "Naam (volledig)|Uitslag (hrHPV)|Woonplaats|Naam huisarts",
  })
  void aFirstRowOfNamesOfColumnsIsAHeader(String row) {
    assertThat(HeaderDictionary.isHeader(List.of(row.split("\\|")), SCREENING_ROWS)).isTrue();
  }

  @Test
  void aSlashJoinsOneNameInTwoLanguagesNotTwoPhrases() {
    assertThat(HeaderDictionary.lookup("eDisposition.01 Destination/Transferred To, Name"))
        .isNotEqualTo(java.util.Optional.of(FieldType.PERSON_NAME));
  }

  @Test
  void namesBehindAFieldsNumberMakeAHeader() {
    assertThat(HeaderDictionary.isHeader(List.of("L1 Titre", "L2 Nom", "L3 Prénom", "L6 CP Ville",
        "Texte"), List.of(List.of("TEST HPV HR", "MICHEL", "Manon", "21814 LILLE",
        "Recherche HPV à haut risque : négatif.")))).isTrue();
  }

  @Test
  void aFirstRowAloneIsAHeaderOnlyWhereItsWordsNameColumns() {
    assertThat(HeaderDictionary.isHeader(List.of("bsn", "naam", "Kolom3"), List.of())).isTrue();
    assertThat(HeaderDictionary.isHeader(List.of("Opmerkingen"), List.of())).isTrue();
    assertThat(HeaderDictionary.isHeader(List.of("client_id", "screening_ronde"), List.of()))
        .isTrue();
    assertThat(HeaderDictionary.isHeader(List.of("Anna de Vries", "HPV positief"), List.of()))
        .isFalse();
    assertThat(HeaderDictionary.isHeader(List.of("Xiomara Oyelaran"), List.of())).isFalse();
    assertThat(HeaderDictionary.isHeader(List.of("12", "7,50", "3"), List.of())).isFalse();
    assertThat(HeaderDictionary.isHeader(List.of("belt terug na de vakantie"), List.of())).isFalse();
  }

  @Test
  void aCellThatRecursBelowInItsColumnIsAValue() {
    List<List<String>> below = List.of(List.of("Cytologie", "Jansen"), List.of("HPV", "Bakker"));
    assertThat(HeaderDictionary.isHeader(List.of("HPV", "Achternaam"), below)).isFalse();
    // a header repeated whole further down is still a header
    assertThat(HeaderDictionary.isHeader(List.of("Test", "Achternaam"),
        List.of(List.of("Cytologie", "Jansen"), List.of("Test", "Achternaam")))).isTrue();
  }

  @Test
  void aWordAboveValuesOfAShapeItLacksIsAName() {
    List<List<String>> below = List.of(List.of("111222333", "03-04-1968"),
        List.of("999993653", "1975-11-02"), List.of("999990482", "30-06-2001"));
    assertThat(HeaderDictionary.isHeader(List.of("Personnummer", "Födelsedatum"), below)).isTrue();
    assertThat(HeaderDictionary.isHeader(List.of("onbekend", "n.v.t."), below)).isFalse();
  }

  @Test
  void aKnownNameItsColumnConfirmsMakesAHeaderOfCellsNoRuleClaims() {
    List<List<String>> below = List.of(List.of("111222333", "x", "y"), List.of("999993653", "x", "y"),
        List.of("999990482", "x", "y"));
    assertThat(HeaderDictionary.isHeader(List.of("bsn", "=cmd|' /C calc'!A0", "<b>qx</b>"), below))
        .isTrue();
    // unconfirmed by its column, the name alone does not outvote them
    List<List<String>> words = List.of(List.of("a", "x", "y"), List.of("b", "x", "y"));
    assertThat(HeaderDictionary.isHeader(List.of("bsn", "=cmd|' /C calc'!A0", "<b>qx</b>"), words))
        .isFalse();
    // nor does it outvote a cell that reads as a value
    assertThat(HeaderDictionary.isHeader(List.of("bsn", "Anna de Vries", "<b>qx</b>"), below)).isFalse();
  }

  /** A header word beside a name like those below it, or beside a street and number, is data. */
  @Test
  void aHeaderWordBesideAValueOfItsColumnsShapeIsData() {
    List<List<String>> below = List.of(List.of("Marietje Klaassen", "telefoon"),
        List.of("Kees Jansen", "post"), List.of("Fenna op den Kamp", "email"));
    for (String word : List.of("email", "naam", "status", "code", "datum", "huisarts", "diagnose",
        "opmerking", "telefoon")) {
      assertThat(HeaderDictionary.isHeader(List.of("Jantje Pietersen", word), below)).as(word).isFalse();
    }
    assertThat(HeaderDictionary.isHeader(List.of("adres", "Kerkstraat 5"), List.of())).isFalse();
    assertThat(HeaderDictionary.isHeader(List.of("Adresregel 1", "Adresregel 2"), List.of())).isTrue();
    // Title-case names of columns above values of other shapes stay a header
    assertThat(HeaderDictionary.isHeader(List.of("Patient Name", "Screening Office"),
        List.of(List.of("Marietje Klaassen", "Leeds"), List.of("Kees Jansen", "York"),
            List.of("Fenna Bakker", "Hull")))).isTrue();
  }

  /** The header again below, in another case, spacing, with a mark or only in part, is no evidence. */
  @Test
  void aVariantOfTheHeaderBelowIsNoEvidenceAgainstIt() {
    List<String> header = List.of("bsn", "naam", "geboortedatum", "diagnose");
    List<List<String>> rows = List.of(List.of("111222333", "Jantje Pietersen", "03-04-1968", "B20"),
        List.of("123456782", "Marietje Klaassen", "12-11-1975", "E11.9"),
        List.of("232222632", "Kees Jansen", "01-02-1980", "Z00"));
    for (List<String> variant : List.of(List.of("Bsn", "Naam", "Geboortedatum", "Diagnose"),
        List.of(" BSN ", "NAAM", "GEBOORTEDATUM", "DIAGNOSE"), List.of("\uFEFFbsn", "naam",
            "geboortedatum", "diagnose"), List.of("bsn", "", "", ""))) {
      List<List<String>> below = new ArrayList<>(rows);
      below.add(variant);
      assertThat(HeaderDictionary.isHeader(header, below)).as(variant.toString()).isTrue();
    }
  }

  /** A pivot's column per date does not make its header a record: the date is hidden, not decisive. */
  @Test
  void aDateAmongNamesOfColumnsIsOutvoted() {
    List<List<String>> rows = List.of(List.of("111222333", "Jantje Pietersen", "B20", "pos"),
        List.of("123456782", "Marietje Klaassen", "E11.9", "neg"),
        List.of("232222632", "Kees Jansen", "Z00", "neg"));
    assertThat(HeaderDictionary.isHeader(List.of("bsn", "naam", "diagnose", "2024-01-01"), rows))
        .isTrue();
    assertThat(HeaderDictionary.mayBeAValue("2024-01-01")).isTrue();
    assertThat(HeaderDictionary.isHeader(List.of("Anna de Vries", "12-03-1968", "Amsterdam", "x"),
        rows)).isFalse();
  }

  @Test
  void columnsAreNumberedInTheTensOfThousands() {
    assertThat(HeaderDictionary.isHeader(List.of("kolom9999", "kolom10000", "col_65535"), List.of()))
        .isTrue();
  }

  /** In a row taken for a header as a whole, a cell that reads as a value on its own is not shown. */
  @Test
  void aCellOfAHeaderThatReadsAsAValueIsNotPublished() {
    for (String value : List.of("Anna de Vries", "Amsterdam", "1968", "onbekend", "n.v.t.",
        "Kerkstraat 5", "Dorpsstraat 12a",
        "belt terug na de vakantie over de uitslag", "x".repeat(61), "111222333")) {
      assertThat(HeaderDictionary.mayBeAValue(value)).as(value).isTrue();
    }
    for (String name : List.of("bsn", "Naam", "Achternaam", "Uitslag HPV", "woonplaats", "kolom3",
        "client_id", "GP Name", "Opmerkingen", "Adresregel 1", "HPV16", "overig hrHPV", "")) {
      assertThat(HeaderDictionary.mayBeAValue(name)).as(name).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "03-04-1968", "1011 AB", "a@example.nl", "06-12345678",
      "NL91ABNA0417164300"})
  void aValueIsNeverAName(String cell) {
    assertThat(HeaderDictionary.looksLikeValue(cell)).isTrue();
    assertThat(HeaderDictionary.isHeader(List.of("bsn", "naam", cell), List.of())).isFalse();
  }
}
