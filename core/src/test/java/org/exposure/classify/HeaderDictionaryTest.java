package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

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
      "polisnummer|RECORD_ID",
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
}
