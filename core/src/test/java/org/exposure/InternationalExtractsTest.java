package org.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.exposure.cohort.CohortSummary;
import org.exposure.cohort.Region;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extracts of other countries are judged by their own rules: a US Synthea-style file by the SSN, ZIP
 * code and NANP; UK, Belgian and French files by the NHS number, the national number and the NIR, their
 * postcodes and their phone prefixes; Spanish, Italian, Austrian, Swiss, Norwegian, Finnish and Polish
 * files by the DNI/NIE, the codice fiscale, the SVNR, the AHV number, the fødselsnummer, the
 * henkilötunnus and the PESEL, and a Portuguese file by the NIF. No Dutch rule speaks where the file is not Dutch.
 */
class InternationalExtractsTest {
  private static final AnalysisOptions OPTIONS =
      AnalysisOptions.builder().assessmentDate(LocalDate.of(2025, 7, 1)).build();

  private static AnalysisResult assess(String... names) throws IOException {
    List<java.nio.file.Path> files = new java.util.ArrayList<>();
    for (String name : names) {
      files.add(ExposureAnalysisTest.fixture("intl/" + name));
    }
    return ExposureAnalysis.of(OPTIONS).assess(files);
  }

  private static FieldReport field(AnalysisResult r, String source, String name) {
    return r.fields().stream()
        .filter(f -> f.classification().source().endsWith(source)
            && f.classification().field().equals(name))
        .findFirst().orElseThrow();
  }

  private static void assertNoDutchRule(AnalysisResult r) {
    for (FieldReport f : r.fields()) {
      assertThat(f.classification().evidence()).as(f.classification().field())
          .doesNotContain("11-proef").doesNotContain("Dutch").doesNotContain("warning");
    }
  }

  @Test
  void aSyntheaPatientsFileIsJudgedByUsRules() throws IOException {
    AnalysisResult r = assess("us-patients.csv");
    FieldReport ssn = field(r, "us-patients.csv", "SSN");
    assertThat(ssn.classification().type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(ssn.classification().evidence())
        .isEqualTo("header 'SSN'; 20 of 20 sampled values are US social security numbers");
    assertThat(ssn.contradicting()).isZero();
    // A driver's licence and a passport number are identifiers no scheme checks: the header decides.
    assertThat(field(r, "us-patients.csv", "DRIVERS").classification().evidence())
        .isEqualTo("header 'DRIVERS'");
    assertThat(field(r, "us-patients.csv", "PASSPORT").classification().type())
        .isEqualTo(FieldType.NATIONAL_ID);
    FieldReport zip = field(r, "us-patients.csv", "ZIP");
    assertThat(zip.classification().type()).isEqualTo(FieldType.POSTCODE);
    assertThat(zip.classification().evidence()).endsWith("20 of 20 sampled values are US ZIP codes");
    FieldReport phone = field(r, "us-patients.csv", "PHONE");
    assertThat(phone.classification().type()).isEqualTo(FieldType.PHONE);
    assertThat(phone.classification().evidence()).endsWith("are US phone numbers (NANP, +1)");
    assertNoDutchRule(r);
  }

  @Test
  void twoSyntheaFilesLinkBySsnIntoOneSubjectEach() throws IOException {
    CohortSummary cohort = assess("us-patients.csv", "us-observations.csv").cohort();
    assertThat(cohort.subjects()).isEqualTo(20);
    assertThat(cohort.count(FieldType.TEST_TYPE)).isEqualTo(20);
    assertThat(cohort.count(FieldType.PHONE)).isEqualTo(20);
    // Regions by ZIP3, not Dutch PC2: none of them is counted without a postcode.
    assertThat(cohort.countInRegion(0)).isZero();
    assertThat(cohort.foreignRegions().keySet()).allMatch(region -> region.country().equals("US"));
    assertThat(cohort.foreignRegions().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(20);
  }

  @Test
  void aUkFileIsJudgedByTheNhsNumberUkPostcodesAndPlus44() throws IOException {
    AnalysisResult r = assess("uk-patients.csv");
    assertThat(field(r, "uk-patients.csv", "NHS Number").classification().evidence())
        .endsWith("20 of 20 sampled values pass the NHS number mod-11 check");
    assertThat(field(r, "uk-patients.csv", "Postcode").classification().evidence())
        .endsWith("20 of 20 sampled values are UK postcodes");
    assertThat(field(r, "uk-patients.csv", "Telephone").classification().evidence())
        .endsWith("are UK phone numbers (+44, 0...)");
    assertNoDutchRule(r);
    CohortSummary cohort = r.cohort();
    assertThat(cohort.subjects()).isEqualTo(20);
    assertThat(cohort.foreignRegions().keySet()).allMatch(region -> region.country().equals("GB"));
  }

  @Test
  void aBelgianFileIsJudgedByTheNationalNumberBelgianPostcodesAndPlus32() throws IOException {
    AnalysisResult r = assess("be-patients.csv");
    assertThat(field(r, "be-patients.csv", "Rijksregisternummer").classification().evidence())
        .endsWith("20 of 20 sampled values are Belgian national numbers with a valid check");
    assertThat(field(r, "be-patients.csv", "Postcode").classification().evidence())
        .endsWith("20 of 20 sampled values are Belgian postcodes");
    assertThat(field(r, "be-patients.csv", "GSM").classification().evidence())
        .endsWith("are Belgian phone numbers (+32, 0...)");
    assertNoDutchRule(r);
    assertThat(r.cohort().foreignRegions().keySet()).extracting(Region::country).containsOnly("BE");
  }

  @Test
  void aFrenchFileIsJudgedByTheNirFrenchPostcodesAndPlus33() throws IOException {
    AnalysisResult r = assess("fr-patients.csv");
    FieldReport nir = field(r, "fr-patients.csv", "NIR");
    assertThat(nir.classification().type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(nir.classification().evidence())
        .endsWith("20 of 20 sampled values are French social security numbers (NIR) with a valid key");
    assertThat(field(r, "fr-patients.csv", "Code postal").classification().evidence())
        .endsWith("20 of 20 sampled values are French postcodes");
    assertThat(field(r, "fr-patients.csv", "Téléphone").classification().evidence())
        .endsWith("are French phone numbers (+33, 0...)");
    assertNoDutchRule(r);
    CohortSummary cohort = r.cohort();
    assertThat(cohort.subjects()).isEqualTo(20);
    assertThat(cohort.foreignRegions().keySet()).extracting(Region::country).containsOnly("FR");
  }

  @Test
  void aGermanFileIsJudgedByTheKvnrGermanPostcodesAndPlus49() throws IOException {
    AnalysisResult r = assess("de-patients.csv");
    FieldReport kvnr = field(r, "de-patients.csv", "KVNR");
    assertThat(kvnr.classification().type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(kvnr.classification().evidence()).endsWith(
        "20 of 20 sampled values are German health insurance numbers (KVNR) with a valid check digit");
    // Five digits are German postcodes in a German file, not US ZIP codes.
    assertThat(field(r, "de-patients.csv", "PLZ").classification().evidence())
        .endsWith("20 of 20 sampled values are German postcodes (PLZ)");
    assertThat(field(r, "de-patients.csv", "Telefon").classification().evidence())
        .endsWith("are German phone numbers (+49, 0...)");
    assertNoDutchRule(r);
    assertThat(r.cohort().foreignRegions().keySet()).extracting(Region::country).containsOnly("DE");
  }

  /**
   * A Spanish, Italian, Austrian, Swiss, Norwegian, Finnish, Polish or Portuguese file: its national ID typed and named by its scheme, its
   * postcodes and phones by the country's rules, its subjects counted in the country's regions and
   * linked into one each.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "es-patients.csv|DNI|Spanish DNI or NIE numbers with a valid check letter|Código postal"
          + "|Spanish postcodes|Teléfono|Spanish phone numbers (+34, 6.../9...)|ES",
      "it-patients.csv|Codice fiscale|Italian codici fiscali with a valid check character|CAP"
          + "|Italian postcodes (CAP)|Telefono|Italian phone numbers (+39, 0.../3...)|IT",
      "at-patients.csv|SVNR|Austrian social insurance numbers (SVNR) with a valid check digit|PLZ"
          + "|Austrian postcodes (PLZ)|Telefon|Austrian phone numbers (+43, 0...)|AT",
      "ch-patients.csv|AHV-Nummer|Swiss AHV/AVS numbers (756) with a valid check digit|PLZ"
          + "|Swiss postcodes (PLZ/NPA)|Telefon|Swiss phone numbers (+41, 0...)|CH",
      "no-patients.csv|Fødselsnummer|Norwegian national identity numbers (fødselsnummer) with valid"
          + " check digits|Postnummer|Norwegian postcodes (postnummer)|Telefon"
          + "|Norwegian phone numbers (+47, 8 digits)|NO",
      "fi-patients.csv|Henkilötunnus|Finnish personal identity codes (henkilötunnus) with a valid check"
          + " character|Postinumero|Finnish postcodes|Puhelin|Finnish phone numbers (+358, 0...)|FI",
      "pl-patients.csv|PESEL|Polish PESEL numbers with a valid check digit|Kod pocztowy"
          + "|Polish postcodes (NN-NNN)|Telefon|Polish phone numbers (+48, 9 digits)|PL",
      "pt-patients.csv|NIF|Portuguese tax numbers (NIF) with a valid check digit|Código postal"
          + "|Portuguese postcodes (NNNN-NNN)|Telemóvel|Portuguese phone numbers (+351, 2.../9...)|PT",
  })
  void aFileOfANewCountryIsJudgedByItsOwnRules(String file, String idHeader, String idEvidence,
      String postcodeHeader, String postcodeEvidence, String phoneHeader, String phoneEvidence,
      String country) throws IOException {
    AnalysisResult r = assess(file);
    FieldReport id = field(r, file, idHeader);
    assertThat(id.classification().type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(id.classification().evidence()).endsWith("20 of 20 sampled values are " + idEvidence);
    assertThat(id.contradicting()).isZero();
    FieldReport postcode = field(r, file, postcodeHeader);
    assertThat(postcode.classification().type()).isEqualTo(FieldType.POSTCODE);
    assertThat(postcode.classification().evidence())
        .endsWith("20 of 20 sampled values are " + postcodeEvidence);
    FieldReport phone = field(r, file, phoneHeader);
    assertThat(phone.classification().type()).isEqualTo(FieldType.PHONE);
    assertThat(phone.classification().evidence()).endsWith("are " + phoneEvidence);
    assertNoDutchRule(r);
    CohortSummary cohort = r.cohort();
    assertThat(cohort.subjects()).isEqualTo(20);
    assertThat(cohort.countInRegion(0)).isZero();
    assertThat(cohort.foreignRegions().keySet()).extracting(Region::country).containsOnly(country);
  }

  /** Nine bare digits under a header that names no scheme, in a file its other columns make American. */
  @Test
  void noDutchRuleFlagsAColumnOfAUsFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    StringBuilder csv = new StringBuilder("national_id,ZIP,PHONE\n");
    for (int i = 0; i < 20; i++) {
      csv.append(String.format(java.util.Locale.ROOT, "9991%05d,021%02d,555-234-%04d\n", i * 37, i, i));
    }
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("us.csv"), csv);
    AnalysisResult r = ExposureAnalysis.of(OPTIONS).assess(List.of(file));
    assertThat(field(r, "us.csv", "national_id").classification().evidence())
        .isEqualTo("header 'national_id'");
    assertNoDutchRule(r);
    // In a file of unknown country, the 11-proef still speaks, as it always did.
    assertThat(ColumnClassifierHolder.CLASSIFIER.classify("x.csv", "national_id",
        List.of("999100000", "999100037")).evidence()).contains("11-proef");
  }

  /** A classifier for single columns, outside any file. */
  private static final class ColumnClassifierHolder {
    static final org.exposure.classify.ColumnClassifier CLASSIFIER =
        org.exposure.classify.ColumnClassifier.of(LocalDate.of(2025, 7, 1));
  }

  @Test
  void theReidentificationReadingLeavesNonDutchSubjectsOutOfTheDutchPopulation() throws IOException {
    AnalysisResult r = assess("us-patients.csv");
    assertThat(r.reidentification().subjectsOutsideNl()).isEqualTo(20);
    assertThat(r.reidentification().populationUniqueness()).isEmpty();
    assertThat(r.reidentification().estimatedPopulationUniques()).isZero();
  }
}
