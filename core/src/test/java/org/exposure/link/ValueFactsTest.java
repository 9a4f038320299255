package org.exposure.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.exposure.classify.NationalIdSchemes;
import org.exposure.classify.Values;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.exposure.model.SourceLocation;
import org.junit.jupiter.api.Test;

class ValueFactsTest {

  @Test
  void readsEachTypeTheLinkerCompares() {
    assertThat(ValueFacts.of(FieldType.NATIONAL_ID, "1112.22.333").bsn()).isEqualTo("111222333");
    assertThat(ValueFacts.of(FieldType.NATIONAL_ID, "12345672").bsn()).isEqualTo("012345672");
    assertThat(ValueFacts.of(FieldType.BIRTH_DATE, "14-02-1975").birthDate())
        .isEqualTo(LocalDate.of(1975, 2, 14));
    assertThat(ValueFacts.of(FieldType.POSTCODE, "1098gh").postcode()).isEqualTo("1098 GH");
    assertThat(ValueFacts.of(FieldType.POSTCODE, "1098").postcode()).isEqualTo("1098");
    assertThat(ValueFacts.of(FieldType.SEX, "vrouw").sex()).isEqualTo("F");
    assertThat(ValueFacts.of(FieldType.AGE, "52").age()).isEqualTo(52);
    assertThat(ValueFacts.of(FieldType.FAMILY_NAME, "de Vries").name()).isEqualTo("de Vries");
    assertThat(ValueFacts.of(FieldType.TEST_RESULT, "Pap 3a1").grade()).isNotEqualTo(ResultGrade.NONE);
  }

  @Test
  void aSensitiveDiagnosisIsMarkedWhateverItsGrade() {
    assertThat(ValueFacts.of(FieldType.DIAGNOSIS, "F32.1 Depressieve episode").sensitive()).isTrue();
    assertThat(ValueFacts.of(FieldType.DIAGNOSIS, "Plaveiselcelcarcinoom").sensitive()).isTrue();
    assertThat(ValueFacts.of(FieldType.DIAGNOSIS, "J45.9 Astma").sensitive()).isFalse();
    // Results open stigma by their grade; only diagnoses are read for sensitive conditions.
    assertThat(ValueFacts.of(FieldType.FREE_TEXT, "HIV").sensitive()).isFalse();
  }

  @Test
  void aValueThatDoesNotReadKeepsOnlyItsType() {
    ValueFacts bsn = ValueFacts.of(FieldType.NATIONAL_ID, "not a number");
    assertThat(bsn.type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(bsn.bsn()).isNull();
    assertThat(ValueFacts.of(FieldType.BIRTH_DATE, "yesterday").birthDate()).isNull();
    // A result that does not read is a result all the same, never a normal one; a placeholder is none.
    assertThat(ValueFacts.of(FieldType.TEST_RESULT, "see letter").grade())
        .isEqualTo(ResultGrade.UNGRADED);
    assertThat(ValueFacts.of(FieldType.TEST_RESULT, "n.v.t.").grade()).isEqualTo(ResultGrade.NONE);
    assertThat(ValueFacts.of(FieldType.DIAGNOSIS, "Hypertension").grade())
        .isEqualTo(ResultGrade.UNGRADED);
    // A reading is only ever the one of its own type.
    assertThat(ValueFacts.of(FieldType.CITY, "1098 GH").postcode()).isNull();
    assertThat(ValueFacts.of(FieldType.RECORD_ID, "111222333").bsn()).isNull();
  }

  @Test
  void aSpreadsheetsTextMarkIsNoPartOfTheValue() {
    // Excel keeps leading zeros of a number typed as text behind an apostrophe: "'0612345678".
    assertThat(ValueFacts.of(FieldType.NATIONAL_ID, "'111222333").bsn())
        .isEqualTo(ValueFacts.of(FieldType.NATIONAL_ID, "111222333").bsn()).isNotNull();
    assertThat(ValueFacts.of(FieldType.BIRTH_DATE, "'14-02-1975").birthDate())
        .isEqualTo(LocalDate.of(1975, 2, 14));
    assertThat(Values.bare("'t Hart")).isEqualTo("'t Hart");
    assertThat(Values.bare("urn:oid:2.16.840.1.113883.2.4.6.3|123456782")).isEqualTo("123456782");
    assertThat(Values.bare("http://hospital.example/mrn|4711")).isEqualTo("4711");
    assertThat(Values.bare("2.16.840.1.113883.2.4.6.3|123456782")).isEqualTo("123456782");
    assertThat(Values.bare("260415000 |Not detected|")).isEqualTo("260415000 |Not detected|");
    assertThat(Values.bare("Pap 2|HPV neg")).isEqualTo("Pap 2|HPV neg");
  }

  @Test
  void onlyAValidBsnLinksRecordsOfStrangers() {
    // Placeholders for "unknown" fail the 11-proef: records holding them link by name, or not at all.
    for (String placeholder : List.of("000000000", "999999999", "123456789")) {
      assertThat(ValueFacts.of(FieldType.NATIONAL_ID, placeholder).bsn()).isNull();
      List<ExposedValue> jansen = List.of(new ExposedValue(FieldType.NATIONAL_ID, placeholder),
          new ExposedValue(FieldType.FAMILY_NAME, "Jansen"),
          new ExposedValue(FieldType.BIRTH_DATE, "14-02-1975"),
          new ExposedValue(FieldType.POSTCODE, "1098 GH"));
      List<ExposedValue> bakker = List.of(new ExposedValue(FieldType.NATIONAL_ID, placeholder),
          new ExposedValue(FieldType.FAMILY_NAME, "Bakker"),
          new ExposedValue(FieldType.BIRTH_DATE, "02-11-1960"),
          new ExposedValue(FieldType.POSTCODE, "3511 AA"));
      assertThat(codeOf(jansen)).isNotEqualTo(codeOf(bakker));
    }
    List<ExposedValue> valid = List.of(new ExposedValue(FieldType.NATIONAL_ID, "111222333"),
        new ExposedValue(FieldType.FAMILY_NAME, "Jansen"));
    List<ExposedValue> sameBsn = List.of(new ExposedValue(FieldType.NATIONAL_ID, "111.222.333"),
        new ExposedValue(FieldType.TEST_RESULT, "Pap 1"));
    assertThat(codeOf(valid)).isEqualTo(codeOf(sameBsn));
  }

  /**
   * A national ID links by its own scheme: an SSN by its digits, valid or not, and never with a BSN or
   * another scheme's number of the same digits.
   */
  @Test
  void aNationalIdLinksByItsOwnSchemeAndSchemesNeverCollide() {
    ValueFacts.Column ssnColumn = ValueFacts.Column.of(NationalIdSchemes.byId("us-ssn"),
        java.util.Optional.empty());
    assertThat(ValueFacts.of(FieldType.NATIONAL_ID, "999-12-3456", ssnColumn).nationalId())
        .isEqualTo("us-ssn|999123456");
    assertThat(ValueFacts.of(FieldType.NATIONAL_ID, "999-12-3456").nationalId())
        .isEqualTo("us-ssn|999123456");
    // The same nine digits under an SSN header and as a BSN are two people's.
    assertThat(ValueFacts.of(FieldType.NATIONAL_ID, "111222333", ssnColumn).nationalId())
        .isEqualTo("us-ssn|111222333");
    assertThat(ValueFacts.of(FieldType.NATIONAL_ID, "111222333").nationalId())
        .isEqualTo("bsn|111222333");
    assertThat(ValueFacts.of(FieldType.NATIONAL_ID, "000-00-0000", ssnColumn).nationalId()).isNull();
    assertThat(ValueFacts.of(FieldType.NATIONAL_ID, "943 476 5919").nationalId())
        .isEqualTo("gb-nhs|9434765919");
    List<ExposedValue> patient = List.of(new ExposedValue(FieldType.NATIONAL_ID, "999-12-3456"),
        new ExposedValue(FieldType.FAMILY_NAME, "Smith"));
    List<ExposedValue> lab = List.of(new ExposedValue(FieldType.NATIONAL_ID, "999-12-3456"),
        new ExposedValue(FieldType.TEST_RESULT, "Pap 1"));
    List<ExposedValue> other = List.of(new ExposedValue(FieldType.NATIONAL_ID, "999-12-3457"),
        new ExposedValue(FieldType.FAMILY_NAME, "Smith"));
    assertThat(codeOf(patient)).isEqualTo(codeOf(lab)).isNotEqualTo(codeOf(other));
  }

  @Test
  void aPostcodeIsReadByItsColumnsCountry() {
    ValueFacts.Column us = ValueFacts.Column.of(java.util.Optional.empty(), java.util.Optional.of("US"));
    assertThat(ValueFacts.of(FieldType.POSTCODE, "02108", us).postcode()).isEqualTo("US 02108");
    assertThat(ValueFacts.of(FieldType.POSTCODE, "02108").postcode()).isNull();
    assertThat(ValueFacts.of(FieldType.POSTCODE, "SW1A 1AA").postcode()).isEqualTo("GB SW1A 1");
  }

  @Test
  void freeTextTellsAResultGradeButNothingToLinkBy() {
    assertThat(ValueFacts.inFreeText(FieldType.NATIONAL_ID, "123456782").bsn()).isNull();
    assertThat(ValueFacts.inFreeText(FieldType.BIRTH_DATE, "01-01-1970").birthDate()).isNull();
    assertThat(ValueFacts.inFreeText(FieldType.POSTCODE, "1011 AB").postcode()).isNull();
    assertThat(ValueFacts.inFreeText(FieldType.POSTCODE, "1011 AB").type()).isEqualTo(FieldType.POSTCODE);
    assertThat(ValueFacts.inFreeText(FieldType.TEST_RESULT, "Pap 3b").grade())
        .isNotEqualTo(ResultGrade.NONE);
  }

  /** "zwanger, colpo uitgesteld": a condition a remark names is sensitive, but it is no result. */
  @Test
  void aConditionNamedInFreeTextIsSensitiveButNoResult() {
    ValueFacts pregnancy = ValueFacts.inFreeText(FieldType.DIAGNOSIS, "zwanger");
    assertThat(pregnancy.sensitive()).isTrue();
    assertThat(pregnancy.grade()).isEqualTo(ResultGrade.NONE);
    assertThat(ValueFacts.of(FieldType.DIAGNOSIS, "zwanger").grade())
        .as("in a diagnosis column it is a diagnosis not graded").isEqualTo(ResultGrade.UNGRADED);
    assertThat(ValueFacts.inFreeText(FieldType.DIAGNOSIS, "CIN 3").grade())
        .isEqualTo(ResultGrade.ABNORMAL_HIGH_GRADE);
  }

  @Test
  void toStringShowsTheTypeOnly() {
    assertThat(ValueFacts.of(FieldType.NATIONAL_ID, "111222333").toString())
        .doesNotContain("111222333").contains("NATIONAL_ID");
  }

  /** Values merge by least and most alarming, so their order in a record makes no difference. */
  @Property(tries = 200)
  void aRecordJoinsTheSameSubjectWhateverTheOrderOfItsValues(
      @ForAll("records") List<ExposedValue> values, @ForAll Random random) {
    List<ExposedValue> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, random);
    assertThat(codeOf(shuffled)).isEqualTo(codeOf(values));
  }

  @Test
  void aFamilyNameSplitOverColumnsLinksAsOne() {
    List<ExposedValue> whole = List.of(new ExposedValue(FieldType.FAMILY_NAME, "de Vries"),
        new ExposedValue(FieldType.BIRTH_DATE, "14-02-1975"),
        new ExposedValue(FieldType.POSTCODE, "1098 GH"));
    List<ExposedValue> split = List.of(new ExposedValue(FieldType.FAMILY_NAME, "Vries"),
        new ExposedValue(FieldType.FAMILY_NAME, "De"),
        new ExposedValue(FieldType.BIRTH_DATE, "1975-02-14"),
        new ExposedValue(FieldType.POSTCODE, "1098gh"));
    assertThat(codeOf(split)).isEqualTo(codeOf(whole));
    assertThat(codeOf(List.of(new ExposedValue(FieldType.FAMILY_NAME, "Jansen"), whole.get(1),
        whole.get(2)))).isNotEqualTo(codeOf(whole));
  }

  private static long codeOf(List<ExposedValue> values) {
    SourceLocation location = new SourceLocation("extract.csv", 7);
    return new SubjectLinker(SubjectKeys.of(new byte[32])).add(location,
        values.stream().map(v -> ValueFacts.of(v.type(), v.value())).toList());
  }

  /** Records of at most one national ID: of two, the first is her key, by design. */
  @Provide
  Arbitrary<List<ExposedValue>> records() {
    Arbitrary<ExposedValue> value = Arbitraries.oneOf(
        Arbitraries.of("de Vries", "Jansen", "Bakker-Smit")
            .map(v -> new ExposedValue(FieldType.FAMILY_NAME, v)),
        Arbitraries.of("Marieke de Vries", "J. Jansen")
            .map(v -> new ExposedValue(FieldType.PERSON_NAME, v)),
        Arbitraries.of("14-02-1975", "1980-01-01")
            .map(v -> new ExposedValue(FieldType.BIRTH_DATE, v)),
        Arbitraries.of("1098 GH", "2281AB", "1098").map(v -> new ExposedValue(FieldType.POSTCODE, v)),
        Arbitraries.of("hrHPV positief", "Pap 1").map(v -> new ExposedValue(FieldType.TEST_RESULT, v)),
        Arbitraries.of("Amsterdam").map(v -> new ExposedValue(FieldType.CITY, v)));
    Arbitrary<List<ExposedValue>> bsn = Arbitraries.of("111222333", "x").map(
        v -> new ExposedValue(FieldType.NATIONAL_ID, v)).list().ofMaxSize(1);
    return Combinators.combine(value.list().ofMinSize(1).ofMaxSize(6), bsn)
        .as((values, id) -> {
          List<ExposedValue> all = new ArrayList<>(values);
          all.addAll(id);
          return all;
        });
  }
}
