package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.exposure.model.ColumnClassification;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetectorsTest {
  private final ColumnClassifier classifier = ColumnClassifier.of(LocalDate.of(2025, 7, 1));

  @ParameterizedTest
  @ValueSource(strings = {"123-45-6789", "001-01-0001", "899-99-9999"})
  void usSsns(String value) {
    assertThat(NationalIds.isUsSsn(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000-12-3456", "666-12-3456", "900-12-3456", "123-00-4567", "123-45-0000",
      "123456789", "123-456-789"})
  void notUsSsns(String value) {
    assertThat(NationalIds.isUsSsn(value)).isFalse();
  }

  @Test
  void nhsNumbersCarryAMod11Check() {
    assertThat(NationalIds.isNhsNumber("943 476 5919")).isTrue();
    assertThat(NationalIds.isNhsNumber("9434765919")).isTrue();
    assertThat(NationalIds.isNhsNumber("9434765918")).isFalse();
    assertThat(NationalIds.isNhsNumber("943476591")).isFalse();
  }

  @Test
  void belgianNationalNumbersCarryAMod97CheckForBothCenturies() {
    assertThat(NationalIds.isBelgianNationalNumber("85.07.30-033.28")).isTrue();
    assertThat(NationalIds.isBelgianNationalNumber("85073003328")).isTrue();
    assertThat(NationalIds.isBelgianNationalNumber("01020304031")).isTrue(); // born 2001
    assertThat(NationalIds.isBelgianNationalNumber("85073003329")).isFalse();
    assertThat(NationalIds.isBelgianNationalNumber("85133003328")).isFalse(); // month 13
  }

  @ParameterizedTest
  @ValueSource(strings = {"21440-3", "30167-1", "59420-0", "47527-7", "10524-7", "19762-4",
      "LOINC:21440-3", "ln:30167-1"})
  void screeningLoincCodesPassTheirCheckDigit(String code) {
    assertThat(Codes.isLoinc(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"21440-4", "2144-03", "123456-1", "-3", "abcde-1", "2281 AB",
      "LOINC:21440-4", "ICD10:21440-3"})
  void notLoincCodes(String value) {
    assertThat(Codes.isLoinc(value)).isFalse();
  }

  @Test
  void otherCodes() {
    assertThat(Codes.isIcd10("C53.9")).isTrue();
    assertThat(Codes.isIcd10("n87")).isTrue();
    assertThat(Codes.isIcd10("U07.1")).isFalse();
    assertThat(Codes.isIcd10("ICD10CM:E11.9")).isTrue();
    assertThat(Codes.isIcd10("LOINC:E11.9")).isFalse();
    assertThat(Codes.isAgbCode("01999999")).isTrue();
    assertThat(Codes.isAgbCode("00123456")).isFalse();
    assertThat(Codes.isRecordIdentifier("CD8576243476")).isTrue();
    assertThat(Codes.isRecordIdentifier("b9c610cd-28a6-4636-ccb6-c7a0d2a4cb85")).isTrue();
    assertThat(Codes.isRecordIdentifier("Kerkstraat")).isFalse();
    assertThat(Codes.isTestName("Zelfafnameset")).isTrue();
    assertThat(Codes.isTestName("HPV-test")).isTrue();
  }

  @Test
  void aForeignIdHeaderIsConfirmedByItsOwnCheck() {
    ColumnClassification c = classifier.classify("us.csv", "SSN",
        List.of("123-45-6789", "234-56-7890", "345-67-8901"));
    assertThat(c.type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(c.evidence()).isEqualTo("header 'SSN'; 3 of 3 sampled values are US social security numbers");
  }

  @Test
  void unnamedDatesSpreadOverDecadesAreBirthDates() {
    ColumnClassification births = classifier.classify("x.csv", "kolom3",
        List.of("1961-03-04", "1975-11-30", "1990-01-01", "1958-07-07"));
    assertThat(births.type()).isEqualTo(FieldType.BIRTH_DATE);
    assertThat(births.evidence()).contains("spread over 32 years");
    ColumnClassification visits = classifier.classify("x.csv", "kolom4",
        List.of("2024-03-04", "2025-01-30", "2024-12-01"));
    assertThat(visits.type()).isEqualTo(FieldType.CLINICAL_DATE);
  }

  @Test
  void aDetectorRegisteredWithServiceLoaderIsConsulted() {
    assertThat(classifier.detectors()).anyMatch(d -> d instanceof TestDetector);
    ColumnClassification c = classifier.classify("dk.csv", "kolom1", List.of("010190-1234", "311285-4321"));
    assertThat(c.type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(c.evidence()).contains("are test CPR numbers");
  }

  @Test
  void detectorsGivenToTheFactoryComeLast() {
    ValueDetector extra = new TestDetector();
    ColumnClassifier withExtra = ColumnClassifier.of(LocalDate.of(2025, 7, 1), List.of(extra));
    assertThat(withExtra.detectors()).last().isSameAs(extra);
  }

  /** Registered in src/test/resources/META-INF/services/org.exposure.classify.ValueDetector. */
  public static final class TestDetector implements ValueDetector {
    @Override
    public FieldType type() {
      return FieldType.NATIONAL_ID;
    }

    @Override
    public String evidence() {
      return "are test CPR numbers";
    }

    @Override
    public boolean matches(String value) {
      return value.matches("\\d{6}-\\d{4}");
    }

    @Override
    public OptionalDouble decidingShare() {
      return OptionalDouble.of(0.9);
    }
  }
}
