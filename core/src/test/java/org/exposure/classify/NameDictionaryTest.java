package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameDictionaryTest {

  @ParameterizedTest
  @ValueSource(strings = {"Marieke de Vries", "J.P. Jansen", "Anna van der Berg", "Jansen, M.",
      "Vries, Marieke de", "Femke Bakker-Smit"})
  void personNames(String value) {
    assertThat(NameDictionary.isPersonName(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Marieke", "Jansen", "Kerkstraat 12", "de Vries", "Amsterdam", "111222333"})
  void notPersonNames(String value) {
    assertThat(NameDictionary.isPersonName(value)).isFalse();
  }

  @Test
  void familyNamesWithAndWithoutPrefixes() {
    assertThat(NameDictionary.isFamilyName("de Vries")).isTrue();
    assertThat(NameDictionary.isFamilyName("van der Meulen")).isTrue();
    assertThat(NameDictionary.isFamilyName("JANSEN")).isTrue();
    assertThat(NameDictionary.isFamilyName("Marieke Jansen")).isFalse();
  }

  @Test
  void givenNamesMustAllBeKnown() {
    assertThat(NameDictionary.isGivenName("Anna-Sophie")).isTrue();
    assertThat(NameDictionary.isGivenName("Zoë")).isTrue();
    assertThat(NameDictionary.isGivenName("Marieke Jansen")).isFalse();
  }

  @Test
  void initialsAndCities() {
    assertThat(NameDictionary.isInitials("J.P.M.")).isTrue();
    assertThat(NameDictionary.isInitials("J. P.")).isTrue();
    assertThat(NameDictionary.isInitials("JPM")).isFalse();
    assertThat(NameDictionary.isCity("'s-Hertogenbosch")).isTrue();
    assertThat(NameDictionary.isCity("Atlantis")).isFalse();
  }

  @Test
  void namesAndPlacesDecideColumnsWithoutKnownHeaders() {
    ColumnClassifier classifier = ColumnClassifier.of(LocalDate.of(2025, 7, 1));
    assertThat(classifier.classify("x.csv", "col1",
        List.of("Marieke de Vries", "J. Bakker", "Fenna Visser", "Xandra Qwerty")).type())
        .isEqualTo(FieldType.PERSON_NAME);
    assertThat(classifier.classify("x.csv", "col2", List.of("Jansen", "de Jong", "Smit", "Zyx")).type())
        .isEqualTo(FieldType.FAMILY_NAME);
    assertThat(classifier.classify("x.csv", "col3", List.of("Anna", "Lotte", "Qwerty")).type())
        .isEqualTo(FieldType.GIVEN_NAME);
    assertThat(classifier.classify("x.csv", "col4", List.of("Utrecht", "Rijswijk", "Leiden")).type())
        .isEqualTo(FieldType.CITY);
    assertThat(classifier.classify("x.csv", "col5", List.of("J.", "A.B.", "M.J.P.")).type())
        .isEqualTo(FieldType.INITIALS);
  }

  @Test
  void aNameHeaderIsNeverRefutedByTheDictionary() {
    ColumnClassifier classifier = ColumnClassifier.of(LocalDate.of(2025, 7, 1));
    var c = classifier.classify("x.csv", "achternaam", List.of("Qwerty", "Xyzzy", "Plugh"));
    assertThat(c.type()).isEqualTo(FieldType.FAMILY_NAME);
    assertThat(c.evidence()).doesNotContain("warning");
  }
}
