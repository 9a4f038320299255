package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMappingTest {
  @TempDir Path dir;

  private ColumnMapping parse(String text) throws IOException {
    return ColumnMapping.parse(Files.writeString(dir.resolve("mapping.txt"), text, StandardCharsets.UTF_8));
  }

  @Test
  void rulesMatchHeadersAsTheClassifierReadsThem() throws IOException {
    ColumnMapping mapping = parse("\uFEFF# comment\n\nNummer = record_id\nGeb. datum = BIRTH_DATE\n");
    assertThat(mapping.ruleFor("any.csv", "nummer")).hasValueSatisfying(r -> {
      assertThat(r.type()).contains(FieldType.RECORD_ID);
      assertThat(r.line()).isEqualTo(3);
    });
    assertThat(mapping.ruleFor("any.csv", "GEB_DATUM").flatMap(ColumnMapping.Rule::type))
        .contains(FieldType.BIRTH_DATE);
    assertThat(mapping.ruleFor("any.csv", "naam")).isEmpty();
  }

  @Test
  void aRuleForTheSourceWinsOverAGeneralOne() throws IOException {
    ColumnMapping mapping = parse("opmerking = FREE_TEXT\nuitslagen-*.csv: opmerking = ignore\n");
    assertThat(mapping.ruleFor("data/uitslagen-2025.csv", "Opmerking").flatMap(ColumnMapping.Rule::type))
        .isEmpty();
    assertThat(mapping.ruleFor("data/uitslagen-2025.csv", "Opmerking").map(ColumnMapping.Rule::line))
        .contains(2);
    assertThat(mapping.ruleFor("data/patienten.csv", "Opmerking").flatMap(ColumnMapping.Rule::type))
        .contains(FieldType.FREE_TEXT);
  }

  @Test
  void badRulesNameTheirLine() {
    assertThatThrownBy(() -> parse("bsn = NATIONAL_ID\nnaam = NAAM\n"))
        .isInstanceOf(InvalidMappingException.class)
        .hasMessageEndingWith("mapping.txt:2: unknown type 'NAAM'; expected one of NATIONAL_ID, "
            + "PERSON_NAME, GIVEN_NAME, INITIALS, FAMILY_NAME, BIRTH_DATE, AGE, SEX, STREET_ADDRESS, "
            + "HOUSE_NUMBER, POSTCODE, CITY, PHONE, EMAIL, BANK_ACCOUNT, RECORD_ID, PROVIDER, TEST_TYPE, "
            + "TEST_RESULT, DIAGNOSIS, CLINICAL_DATE, MEDICATION, PROCEDURE, INSURANCE_ID, GEOLOCATION, "
            + "RACIAL_OR_ETHNIC_ORIGIN, RELIGION_OR_BELIEF, POLITICAL_OPINION, TRADE_UNION_MEMBERSHIP, "
            + "SEX_LIFE_OR_ORIENTATION, GENETIC_DATA, BIOMETRIC_DATA, CRIMINAL_CONVICTION, FREE_TEXT, "
            + "OTHER, or ignore");
    assertThatThrownBy(() -> parse("just a header\n"))
        .isInstanceOf(InvalidMappingException.class).hasMessageEndingWith(":1: expected "
            + "'[source:] header = TYPE' or '[source:] header = ignore'");
    assertThatThrownBy(() -> parse(" = OTHER\n"))
        .isInstanceOf(InvalidMappingException.class).hasMessageEndingWith(":1: the header before '=' is empty");
  }

  @Test
  void emptyMappingHasNoRules() {
    assertThat(ColumnMapping.empty().rules()).isEmpty();
    assertThat(ColumnMapping.empty().ruleFor("a.csv", "bsn")).isEqualTo(Optional.empty());
  }
}
