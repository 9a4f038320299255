package org.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exposure.cohort.CohortSummary;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import org.exposure.score.Harm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The founding case's results as labs write them, end to end: combined cells, results on rows of their
 * own behind a label, and diagnoses and special categories beside them. Each woman's grade is her worst
 * part's, whatever the phrasing.
 */
class ResultPhrasingsTest {
  private static final AnalysisOptions OPTIONS = AnalysisOptions.builder()
      .circumstances(BreachCircumstances.DEFAULT.withMalicious(true))
      .controller(ControllerType.HEALTH)
      .assessmentDate(LocalDate.of(2025, 7, 1))
      .build();

  @TempDir Path dir;

  /** A valid BSN (11-proef) from a serial number: 9 digits, weights 9..2 and -1. */
  static String bsn(int serial) {
    for (int n = 100_000_000 + serial * 100; ; n++) {
      String s = Integer.toString(n);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (s.charAt(i) - '0') * (9 - i);
      }
      if ((sum - (s.charAt(8) - '0')) % 11 == 0) {
        return s;
      }
    }
  }

  @Test
  void combinedCellsAreGradedByTheirWorstPart() throws IOException {
    List<String> cells = List.of(
        "hrHPV positief / Pap 3a2", // high
        "HPV: pos; cyto: Pap 2", // low
        "hrHPV negatief", // normal
        "HPV 16 pos. | Cytologie: 3b", // high
        "hrHPV positief - Pap 5", // cancer
        "HPV+ / Pap 4", // high
        "hrHPV positief (HPV 16), Pap 1", // low
        "zie brief", // ungraded
        "n.v.t."); // no result
    List<String> lines = new ArrayList<>(List.of("bsn;achternaam;geboortedatum;postcode;uitslag"));
    for (int i = 0; i < cells.size(); i++) {
      lines.add(bsn(i + 1) + ";Jansen;0" + (i + 1) + "-02-1970;2281 AB;\"" + cells.get(i) + "\"");
    }
    CohortSummary cohort = assess(lines);
    assertThat(cohort.subjects()).isEqualTo(9);
    assertThat(cohort.count(ResultGrade.CANCER)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(3);
    assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(2);
    assertThat(cohort.count(ResultGrade.UNGRADED)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.NORMAL)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.NONE)).isEqualTo(1);
    assertThat(cohort.count(Harm.STIGMA)).isEqualTo(6);
  }

  @Test
  void resultsOnRowsOfTheirOwnBehindALabelAddUpPerWoman() throws IOException {
    List<String> lines = new ArrayList<>(List.of("bsn;achternaam;geboortedatum;uitslag"));
    String[][] rows = {
        {"HPV: positief", "Cytologie: Pap 3a2"}, // high
        {"HPV-uitslag: positief", "Uitslag cytologie: Pap 1"}, // low
        {"HPV: negatief", "Cytologie: niet verricht"}, // normal
        {"hrHPV: aangetoond", "Cytologie: KOPAC-B 1-1-8-1-1-1"}}; // cancer
    for (int i = 0; i < rows.length; i++) {
      for (String cell : rows[i]) {
        lines.add(bsn(i + 1) + ";de Vries;0" + (i + 1) + "-03-1968;" + cell);
      }
    }
    CohortSummary cohort = assess(lines);
    assertThat(cohort.subjects()).isEqualTo(4);
    assertThat(cohort.count(ResultGrade.CANCER)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.NORMAL)).isEqualTo(1);
  }

  @Test
  void sensitiveDiagnosesAndSpecialCategoriesAreSeen() throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "Id,FIRST,LAST,BIRTHDATE,RACE,ETHNICITY,DIAGNOSIS,MEDICATION"));
    String[] diagnoses = {"F32.1", "Acute bronchitis (disorder)", "HIV disease", "Normal pregnancy",
        "Hypertension", "Malignant neoplasm of breast"};
    String[] races = {"white", "black", "asian", "white", "native", "hawaiian"};
    for (int i = 0; i < diagnoses.length; i++) {
      lines.add("p" + i + ",Anna,Smith" + i + ",1980-01-0" + (i + 1) + "," + races[i]
          + ",nonhispanic," + diagnoses[i] + ",Metformin 500 MG Oral Tablet");
    }
    AnalysisResult result = ExposureAnalysis.of(OPTIONS).assess(List.of(write(lines)));
    assertThat(result.fields()).extracting(f -> f.classification().field(),
        f -> f.classification().type())
        .contains(org.assertj.core.groups.Tuple.tuple("RACE", FieldType.RACIAL_OR_ETHNIC_ORIGIN),
            org.assertj.core.groups.Tuple.tuple("ETHNICITY", FieldType.RACIAL_OR_ETHNIC_ORIGIN),
            org.assertj.core.groups.Tuple.tuple("MEDICATION", FieldType.MEDICATION));
    CohortSummary cohort = result.cohort();
    assertThat(cohort.subjects()).isEqualTo(6);
    assertThat(cohort.count(Harm.STIGMA)).isEqualTo(4); // depression, HIV, pregnancy, cancer
    assertThat(cohort.count(Harm.DISCRIMINATION)).isEqualTo(6);
  }

  @Test
  void aPatientNumberLinksTheRowsOfOneTable() throws IOException {
    // Synthea's clinical tables know her by her PATIENT UUID only; a sample number links nothing.
    List<String> lines = new ArrayList<>(List.of("DATE,PATIENT,ENCOUNTER,CODE,DESCRIPTION,VALUE"));
    for (int p = 0; p < 5; p++) {
      for (int row = 0; row < 3; row++) {
        lines.add("2020-0" + (row + 1) + "-01,5f1c2a3b-0000-4000-8000-00000000000" + p
            + ",e" + p + row + "-2222-4000-8000-000000000000,8302-2,Body Height," + (150 + row));
      }
    }
    AnalysisResult result = ExposureAnalysis.of(OPTIONS).assess(List.of(write(lines)));
    assertThat(result.cohort().subjects()).isEqualTo(5);
    // A lab value is a result that the screening scale cannot grade: never normal.
    assertThat(result.cohort().count(ResultGrade.UNGRADED)).isEqualTo(5);
  }

  @Test
  void aPatientNumberJoinsRowsThatCarryHerNationalIdOnlySometimes() throws IOException {
    // An HL7 feed flattened to CSV: the SSN is filled in on some of a woman's rows only.
    List<String> lines = new ArrayList<>(List.of("PID-3 Patient ID,PID-19 SSN,OBX-5 Observation Value"));
    for (int p = 0; p < 4; p++) {
      lines.add("MRN" + (1000 + p) + ",123-45-67" + (10 + p) + ",HPV detected");
      lines.add("MRN" + (1000 + p) + ",,NOT DETECTED");
      lines.add("MRN" + (1000 + p) + ",,Pap 3b");
    }
    AnalysisResult result = ExposureAnalysis.of(OPTIONS).assess(List.of(write(lines)),
        s -> assertThat(s.locations()).hasSize(3));
    assertThat(result.cohort().subjects()).isEqualTo(4);
    assertThat(result.cohort().count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(4);
  }

  /**
   * A lab export with one row per result: the test's name in its own column says what the outcome
   * beside it speaks of. A positive Chlamydia test is no HPV result; a bare class under "Cytologie" is
   * a Pap class.
   */
  @Test
  void aResultIsReadBesideItsTestsName() throws IOException {
    List<String> lines = new ArrayList<>(List.of("bsn;achternaam;geboortedatum;bepaling;uitslag"));
    String[][] rows = {
        {"Chlamydia trachomatis PCR", "positief"}, // ungraded: another test's
        {"hrHPV", "positief"}, // low
        {"Cytologie", "3a2"}, // high
        {"HIV-1/2 antistoffen", "negatief"}}; // ungraded
    for (int i = 0; i < rows.length; i++) {
      lines.add(bsn(i + 1) + ";Bakker;0" + (i + 1) + "-04-1975;" + rows[i][0] + ";" + rows[i][1]);
    }
    lines.add(bsn(1) + ";Bakker;01-04-1975;Hemoglobine;8.1"); // the first woman's: ungraded too
    CohortSummary cohort = assess(lines);
    assertThat(cohort.subjects()).isEqualTo(4);
    assertThat(cohort.count(ResultGrade.UNGRADED)).isEqualTo(2);
    assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.NORMAL)).isZero();
  }

  /** A result column whose header names its test keeps it, whatever a sampling-method column says. */
  @Test
  void aHeaderNamingTheTestOutweighsTheRecordsOtherColumns() throws IOException {
    List<String> lines = new ArrayList<>(
        List.of("bsn;achternaam;geboortedatum;afnamemethode;uitslag hrhpv"));
    String[][] rows = {{"Zelfafname (ZAS)", "positief"}, {"Uitstrijkje huisarts", "negatief"}};
    for (int i = 0; i < rows.length; i++) {
      lines.add(bsn(i + 1) + ";Smit;0" + (i + 1) + "-05-1980;" + rows[i][0] + ";" + rows[i][1]);
    }
    CohortSummary cohort = assess(lines);
    assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.NORMAL)).isEqualTo(1);
  }

  /** A column headed by another test holds that test's outcomes: an STI clinic's register. */
  @Test
  void aColumnHeadedByAnotherTestHoldsItsOutcomes() throws IOException {
    List<String> lines = new ArrayList<>(
        List.of("BSN;Achternaam;Geboortedatum;Chlamydia (NAAT);Hiv-test;Uitslag HPV"));
    lines.add(bsn(1) + ";Visser;01-06-1990;positief;negatief;");
    lines.add(bsn(2) + ";Visser;02-06-1990;negatief;negatief;positief");
    lines.add(bsn(3) + ";Visser;03-06-1990;negatief;negatief;");
    lines.add(bsn(4) + ";Visser;04-06-1990;negatief;positief;negatief");
    CohortSummary cohort = assess(lines);
    assertThat(cohort.count(ResultGrade.UNGRADED)).isEqualTo(3);
    assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(1);
  }

  @Test
  void aPatientNumberJoinsHerRowsWithAndWithoutANationalId() throws IOException {
    // A clinic's export: her national ID left blank on some rows, her name and birth date on all.
    List<String> lines = new ArrayList<>(
        List.of("Patientnummer;BSN;Achternaam;Geboortedatum;Postcode;Uitslag"));
    for (int p = 0; p < 4; p++) {
      String person = "P" + (7000 + p) + ";%s;de Boer;0" + (p + 1) + "-07-1979;1011 AB;%s";
      lines.add(String.format(person, bsn(p + 1), "HPV negatief"));
      lines.add(String.format(person, "", "Pap 3a2"));
      lines.add(String.format(person, bsn(p + 1), "HPV positief"));
    }
    // In another order too: the key kept must not depend on which row came first.
    for (List<String> rows : List.of(lines, reversedBody(lines))) {
      AnalysisResult result = ExposureAnalysis.of(OPTIONS).assess(List.of(write(rows)),
          s -> assertThat(s.locations()).hasSize(3));
      assertThat(result.cohort().subjects()).isEqualTo(4);
      assertThat(result.cohort().count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(4);
    }
  }

  private static List<String> reversedBody(List<String> lines) {
    List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
    java.util.Collections.reverse(body);
    body.add(0, lines.get(0));
    return body;
  }

  /** A survey tool's checkbox columns: a ticked box is the finding its header names. */
  @Test
  void aTickedBoxIsTheFindingItsHeaderNames() throws IOException {
    List<String> lines = new ArrayList<>(
        List.of("record_id,bsn,last_name,dob,hpv_result,hpv_genotype___1,smoker___1"));
    lines.add("1," + bsn(1) + ",Jansen,1980-01-01,HPV not detected,Unchecked,Checked");
    lines.add("2," + bsn(2) + ",Jansen,1980-01-02,HPV detected,Checked,Unchecked");
    lines.add("3," + bsn(3) + ",Jansen,1980-01-03,HPV not detected,Unchecked,Unchecked");
    lines.add("4," + bsn(4) + ",Jansen,1980-01-04,HPV not detected,Unchecked,Unchecked");
    CohortSummary cohort = assess(lines);
    assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.NORMAL)).isEqualTo(3);
  }

  @Test
  void herRowsWithTheNationalIdLeftBlankAreHersByNameBirthDateAndPostcode() throws IOException {
    List<String> lines = new ArrayList<>(List.of("BSN;Achternaam;Geboortedatum;Postcode;Uitslag"));
    for (int p = 0; p < 4; p++) {
      String person = "%s;Mulder;0" + (p + 1) + "-08-1982;3511 AA;%s";
      lines.add(String.format(person, bsn(p + 1), "HPV negatief"));
      lines.add(String.format(person, "", "Pap 3b"));
    }
    // Twins: one family name, birth date and postcode, two BSNs; they stay two.
    lines.add(bsn(11) + ";Smit;09-09-1990;1011 AB;HPV negatief");
    lines.add(bsn(12) + ";Smit;09-09-1990;1011 AB;HPV negatief");
    for (List<String> rows : List.of(lines, reversedBody(lines))) {
      CohortSummary cohort = assess(rows);
      assertThat(cohort.subjects()).isEqualTo(6);
      assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(4);
    }
  }

  /** Without a postcode column, the rows with the ID left blank are hers by names and birth date. */
  @Test
  void withoutAPostcodeHerRowsWithTheIdLeftBlankAreHersByNameAndBirthDate() throws IOException {
    List<String> lines = new ArrayList<>(List.of("BSN;Naam;Geboortedatum;Uitslag"));
    for (int p = 0; p < 4; p++) {
      String person = "%s;Visser, Anna;0" + (p + 1) + "-03-1975;%s";
      lines.add(String.format(person, bsn(p + 21), "HPV negatief"));
      lines.add(String.format(person, "", "Pap 3b"));
    }
    for (List<String> rows : List.of(lines, reversedBody(lines))) {
      CohortSummary cohort = assess(rows);
      assertThat(cohort.subjects()).isEqualTo(4);
      assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(4);
    }
  }

  /**
   * A sample tracker without a national ID, a patient number or a postcode: a woman's samples are
   * hers by family name and birth date; another woman of the same name, born another day, is not.
   */
  @Test
  void withoutAnyNumberForHerHerSamplesAreHersByNameAndBirthDate() throws IOException {
    List<String> lines = new ArrayList<>(List.of("barcode;achternaam;vl;gebdat;HPV"));
    for (int p = 0; p < 4; p++) {
      for (int sample = 0; sample < 2; sample++) {
        lines.add("T" + (51_000_000 + 97 * (2 * p + sample)) + ";Willems;I.;1" + p
            + "/11/1977;" + (sample == 0 ? "neg" : "pos"));
      }
    }
    for (List<String> rows : List.of(lines, reversedBody(lines))) {
      CohortSummary cohort = assess(rows);
      assertThat(cohort.subjects()).isEqualTo(4);
      assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(4);
    }
  }

  /**
   * A table that names no patient number, whose only record number recurs over rows: each number is
   * one person's, as a clinic's registration number is on every consultation.
   */
  @Test
  void aRecurringRecordNumberLinksHerRowsWhereNoPatientNumberIsNamed() throws IOException {
    List<String> lines = new ArrayList<>(List.of("Registratienummer;Roepnaam;Consultdatum;Hiv-test"));
    for (int p = 0; p < 5; p++) {
      for (int visit = 1; visit <= 3; visit++) {
        lines.add("CSG" + (4_000_000 + 7919 * p) + ";Anna;0" + visit + "-02-2024;negatief");
      }
    }
    CohortSummary cohort = assess(lines);
    assertThat(cohort.subjects()).isEqualTo(5);
    List<String> orders = new ArrayList<>(List.of("Ordernummer;Roepnaam;Datum;Uitslag"));
    for (int row = 0; row < 6; row++) {
      orders.add("ORD" + (500_000 + 13 * row) + ";Anna;01-02-2024;HPV negatief");
    }
    assertThat(assess(orders).subjects()).as("numbers that never recur link no one").isEqualTo(6);
  }

  /** A register's flags say the condition their header names: 1 yes, 2 no (CMS), cancer as cancer. */
  @Test
  void aConditionsFlagSaysTheConditionItsHeaderNames() throws IOException {
    List<String> lines = new ArrayList<>(List.of("SSN,BENE_BIRTH_DT,SP_CNCR,SP_DEPRESSN"));
    String[] flags = {"1,2", "2,1", "2,2", "1,1"};
    for (int p = 0; p < flags.length; p++) {
      lines.add(ssn(p) + ",1950010" + (p + 1) + "," + flags[p]);
    }
    CohortSummary cohort = assess(lines);
    assertThat(cohort.count(ResultGrade.CANCER)).isEqualTo(2);
    assertThat(cohort.count(ResultGrade.UNGRADED)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.NONE)).isEqualTo(1);
  }

  /** Valid NHS numbers (mod 11), one per row of {@link #assessByNhsNumber}. */
  private static final List<String> NHS_NUMBERS = List.of("943 476 5919", "401 023 2137",
      "485 777 3456", "450 557 7104", "943 476 5900");

  /** Assesses a CSV of an "NHS Number" column before the given ones, one woman a row. */
  private CohortSummary assessByNhsNumber(String header, String... rows) throws IOException {
    List<String> lines = new ArrayList<>(List.of("NHS Number," + header));
    for (int p = 0; p < rows.length; p++) {
      lines.add(NHS_NUMBERS.get(p) + "," + rows[p]);
    }
    return assess(lines);
  }

  /** The NHS programme's HPV infection code: 0 not found, 9 found, U unavailable. */
  @Test
  void theNhsInfectionCodeIsAnHpvResult() throws IOException {
    CohortSummary cohort = assessByNhsNumber("Result,Infection Code", "Negative,0", "Negative,9",
        "Inadequate,U", "Low-grade dyskaryosis,9");
    assertThat(cohort.count(ResultGrade.NORMAL)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(2);
    assertThat(cohort.count(ResultGrade.UNSATISFACTORY)).isEqualTo(1);
  }

  /** The result, infection and action codes written together: the worse of cytology and HPV. */
  @Test
  void theNhsCodesWrittenTogetherAreGradedByCytologyAndHpv() throws IOException {
    CohortSummary cohort = assessByNhsNumber("Result / HPV / Action", "X0A", "2/9/R", "4-9-S",
        "1UR", "5 9 S");
    assertThat(cohort.count(ResultGrade.NORMAL)).as("no cytology, HPV not found").isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).as("negative, HPV found").isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.UNSATISFACTORY)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.CANCER)).isEqualTo(1);
  }

  /**
   * The NHS's codes under a "Test Code" header, in records that name a test (a lab's code): read as
   * the programme's codes, not beside the record's test.
   */
  @Test
  void nhsTestCodesAreReadAsCodesBesideATest() throws IOException {
    CohortSummary cohort = assessByNhsNumber("Test Date,Lab Code,Test Code",
        "01/03/2024,LAB60,X0A", "02/03/2024,LAB61,29R", "03/03/2024,LAB62,49S",
        "04/03/2024,LAB63,XUR", "05/03/2024,LAB64,59S");
    assertThat(cohort.count(ResultGrade.NORMAL)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.UNSATISFACTORY)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.CANCER)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.UNGRADED)).isZero();
  }

  /**
   * A cancer registry's tumour behaviour in a column of its own (NAACCR's item 523): 3 malignant, 2
   * in situ; its site grades nothing, and an ICD-O-3 morphology with its behaviour grades by it.
   */
  @Test
  void aTumoursBehaviourCodeGradesItsCase() throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "SOCIAL_SECURITY_NUMBER,PRIMARY_SITE,BEHAVIOR_CODE_ICD_O_3,Morphology ICD-O-3"));
    String[] rows = {"C539,3,", "C539,2,", "C539,,8077/2", "C539,,8070/3", "C539,,8077/0"};
    for (int p = 0; p < rows.length; p++) {
      lines.add(ssn(p) + "," + rows[p]);
    }
    CohortSummary cohort = assess(lines);
    assertThat(cohort.count(ResultGrade.CANCER)).isEqualTo(2);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(2);
    assertThat(cohort.count(ResultGrade.UNGRADED)).isEqualTo(1);
  }

  /** The NHS programme's Read codes under a "Read Code" header are its results. */
  @Test
  void readCodesAreTheProgrammesResults() throws IOException {
    CohortSummary cohort = assessByNhsNumber("Read Code", "4K22", "4K2J", "4K2L", "4K21", "4K2M");
    assertThat(cohort.count(ResultGrade.NORMAL)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.UNSATISFACTORY)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.CANCER)).isEqualTo(1);
  }

  /**
   * What no reading alone grades is read as the outcome of the test its header names ("+" under
   * "hrHPV", "2" under "Pap screener"); what a reading grades keeps it ("5 - HSIL" is no Pap 5).
   */
  @Test
  void aBareOutcomeIsReadAsItsHeadersTest() throws IOException {
    List<String> lines = new ArrayList<>(List.of("BSN;Geboortedatum;hrHPV;Pap screener;Pap Result"));
    lines.add(bsn(41) + ";01-01-1970;+;;");
    lines.add(bsn(42) + ";02-01-1970;-;;");
    lines.add(bsn(43) + ";03-01-1970;;2;");
    lines.add(bsn(44) + ";04-01-1970;;;5 - HSIL");
    CohortSummary cohort = assess(lines);
    assertThat(cohort.count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(2);
    assertThat(cohort.count(ResultGrade.NORMAL)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.CANCER)).isZero();
  }

  /** An ICPC code is no ICD-10 code: "D06 Buikpijn" is abdominal pain, not a carcinoma in situ. */
  @Test
  void icpcCodesAreReadAsIcpc() throws IOException {
    List<String> lines = new ArrayList<>(List.of("BSN;Achternaam;Geboortedatum;ICPC"));
    lines.add(bsn(31) + ";Bakker;01-01-1970;D06 Andere gelokaliseerde buikpijn");
    lines.add(bsn(32) + ";Bakker;02-01-1970;D06");
    lines.add(bsn(33) + ";Bakker;03-01-1970;X75 Maligniteit cervix");
    CohortSummary cohort = assess(lines);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isZero();
    assertThat(cohort.count(ResultGrade.UNGRADED)).isEqualTo(2);
    assertThat(cohort.count(ResultGrade.CANCER)).as("its title still speaks").isEqualTo(1);
  }

  /** An identity number no scheme checks (an asylum seeker's V-number) still links her rows. */
  @Test
  void anUncheckedIdentityNumberLinksHerRows() throws IOException {
    List<String> lines = new ArrayList<>(List.of("V-nummer;Naam;Datum contact;Uitslag"));
    for (int p = 0; p < 4; p++) {
      for (int visit = 1; visit <= 2; visit++) {
        lines.add((4_164_833_506L + 977L * p) + ";VOS, Lieke;0" + visit + "-01-2019;"
            + (visit == 1 ? "HPV negatief" : "Pap 3b"));
      }
    }
    CohortSummary cohort = assess(lines);
    assertThat(cohort.subjects()).isEqualTo(4);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(4);
  }

  /** A ZIP under "member_zip" is read as a US ZIP: her name, birth date and ZIP link her claims. */
  @Test
  void aUsFileIsKnownByAWordOfItsHeaders() throws IOException {
    List<String> lines = new ArrayList<>(List.of("auth_number,member_name,member_dob,member_zip,"
        + "dx_primary"));
    for (int p = 0; p < 4; p++) {
      for (int claim = 0; claim < 2; claim++) {
        lines.add("PA" + (1_900_000 + 37 * (2 * p + claim)) + ",\"BROWN, TAYLOR\",04/2" + p
            + "/1969,0349" + p + "," + (claim == 0 ? "Z01.411" : "R87.613"));
      }
    }
    CohortSummary cohort = assess(lines);
    assertThat(cohort.subjects()).isEqualTo(4);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(4);
  }

  /**
   * A German emergency protocol: "Name, Vorname", "PLZ/Ort" with the postcode before the town, the
   * insurance number left blank for the privately insured. Her rows are one subject all the same.
   */
  @Test
  void aPostcodeBeforeItsTownLinksHerRowsWithTheIdLeftBlank() throws IOException {
    List<String> lines = new ArrayList<>(List.of("Name, Vorname;Geb.-Datum;Geschl.;PLZ/Ort;"
        + "Vers.-Nr.;Verdachtsdiagnose"));
    String[] kvnr = {"K042274216", "H143822368", "P966836981", "M141779287"};
    for (int p = 0; p < kvnr.length; p++) {
      String person = "\"Richter, Anna%d\";0%d.03.1970;w;0954%d Hamburg;%s;%s";
      lines.add(String.format(person, p, p + 1, p, kvnr[p], "S72.01 Schenkelhalsfraktur"));
      lines.add(String.format(person, p, p + 1, p, "", "C53.9 Zervixkarzinom"));
    }
    CohortSummary cohort = assess(lines);
    assertThat(cohort.subjects()).isEqualTo(4);
    assertThat(cohort.count(ResultGrade.CANCER)).isEqualTo(4);
  }

  /**
   * A portal's messages: her BSN on some rows, her patient number on others, neither on a few, never
   * both together. Her name and birth date make them one subject, in any row order.
   */
  @Test
  void herRowsByBsnByPatientNumberAndByNameAloneAreOne() throws IOException {
    List<String> lines = new ArrayList<>(List.of("PatientNr HIS;BSN;Naam;Geb.datum;Uitslag"));
    for (int p = 0; p < 4; p++) {
      String person = "%s;%s;Mw. F. van den Meijer" + p + ";1" + p + "-01-1963;%s";
      lines.add(String.format(person, 1_041_560 + p, "", "HPV negatief"));
      lines.add(String.format(person, "", bsn(p + 41), "HPV negatief"));
      lines.add(String.format(person, "", "", "Pap 3b"));
    }
    for (List<String> rows : List.of(lines, reversedBody(lines))) {
      CohortSummary cohort = assess(rows);
      assertThat(cohort.subjects()).isEqualTo(4);
      assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(4);
    }
  }

  /** A US SSN in the 9xx area that test data uses, distinct per serial. */
  private static String ssn(int serial) {
    return String.format("9%02d-%02d-%04d", 10 + serial, 20 + serial, 1000 + serial);
  }

  /** A cancer registry's topography names a site: C53.1 of an in-situ tumour is no cancer. */
  @Test
  void aSiteCodeGradesNothingByItself() throws IOException {
    List<String> lines = new ArrayList<>(
        List.of("BSN;Achternaam;Geboortedatum;ICD-10;Topographie;Morphologie"));
    lines.add(bsn(1) + ";Jong;01-01-1970;D06.9;C53.1;8077/2 CIN III");
    lines.add(bsn(2) + ";Jong;02-01-1970;C53.9;C53.9;8070/3 Plaveiselcelcarcinoom");
    lines.add(bsn(3) + ";Jong;03-01-1970;D06.1;C53.1;8077/2 CIN III");
    lines.add(bsn(4) + ";Jong;04-01-1970;D06.9;C53.0;8077/2 CIN III");
    CohortSummary cohort = assess(lines);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(3);
    assertThat(cohort.count(ResultGrade.CANCER)).isEqualTo(1);
  }

  /** The cohort, every record assessed. */
  private CohortSummary assess(List<String> lines) throws IOException {
    AnalysisResult result = ExposureAnalysis.of(OPTIONS).assess(List.of(write(lines)));
    assertThat(result.recordsRejected()).isZero();
    return result.cohort();
  }

  private Path write(List<String> lines) throws IOException {
    Path file = dir.resolve("extract-" + lines.hashCode() + ".csv");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
