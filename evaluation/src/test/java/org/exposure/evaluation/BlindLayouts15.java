package org.exposure.evaluation;

import static org.exposure.model.ResultGrade.ABNORMAL_HIGH_GRADE;
import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.CANCER;
import static org.exposure.model.ResultGrade.NONE;
import static org.exposure.model.ResultGrade.NORMAL;
import static org.exposure.model.ResultGrade.UNGRADED;
import static org.exposure.model.ResultGrade.UNSATISFACTORY;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * The fifteenth blind part of the corpus: <b>sealed</b>. Twelve CSV layouts of the systems that hold
 * screening and care data at scale (payers' claims files, registries, a screening programme's
 * monitoring extract, a hospital data warehouse, labs' interface files flattened to CSV), each in its
 * own column-naming convention and code systems. Written without reading the classifier, its
 * dictionaries or any other layout part; the classifier was never run on them while they were written,
 * so that the part measures issue 17's thresholds honestly. Do not adjust the classifier to this file.
 *
 * <p>The layouts and the public record layout or data dictionary each follows (header wording and
 * numbering after the source; the codes drawn are public terminology, the texts and numbers are
 * written for the corpus):
 *
 * <ol>
 *   <li>{@code us-ccw-carrier-claims-pipe}: CMS Chronic Conditions Warehouse carrier (Part B) claims,
 *       named as the CCW/ResDAC data dictionary names its variables ({@code BENE_ID}, {@code CLM_ID},
 *       {@code CLM_FROM_DT}, {@code PRF_PHYSN_NPI}, {@code LINE_HCPCS_CD}, {@code ICD_DGNS_CD1}),
 *       joined with the beneficiary summary's birth date, sex and race code; pipe-delimited, dates
 *       {@code YYYYMMDD}, ICD-10-CM codes without their dot as CMS writes them. The cytology finding
 *       is the R87.61x code of ICD-10-CM, a positive hrHPV test R87.810.
 *   <li>{@code us-naaccr-cervix-incidence}: a state cancer registry's cervical (C53) cases flattened
 *       from the NAACCR record layout (Volume II data dictionary item names in upper snake case):
 *       ICD-O-3 topography, histology and behaviour in their own items, race and Hispanic origin as
 *       NAACCR codes, county as a FIPS code, surgery as the site-specific surgery code.
 *   <li>{@code us-clarity-cyto-components}: a hospital data warehouse (Epic Clarity reporting tables
 *       {@code PATIENT}, {@code ORDER_PROC}, {@code ORDER_RESULTS}, {@code CLARITY_COMPONENT}) with one
 *       row per result component, all cells quoted, CRLF, Clarity's {@code DATETIME} form;
 *       Bethesda wording for cytology.
 *   <li>{@code uk-hmr101-lab-interface}: an NHS cytology laboratory's result feed after the HMR101
 *       request form and the NHS Cervical Screening Programme's result, infection and action codes,
 *       each code beside its description; dates {@code dd-MMM-yyyy} in capitals.
 *   <li>{@code uk-exeter-prior-notification}: a GP practice's prior notification list from the
 *       Open Exeter cervical screening system: one row per woman due, no result (grade NONE).
 *   <li>{@code nl-vektis-ha-prestaties}: a health insurer's GP claims after Vektis's EI declaration
 *       standard for general practice: numbered field headers ("0203 ...") as the standard numbers its
 *       elements (numbers and wording here after that form, not a copy), semicolon, Windows-1252,
 *       {@code YYYYMMDD}, amounts in cents. No result (grade NONE).
 *   <li>{@code nl-bvo-bmhk-monitor}: the cervical screening programme's monitoring extract (the
 *       monitor the RIVM commissions): abbreviated Dutch upper-snake headers, PC4, KOPAC-B code, Pap
 *       class, hrHPV and genotype in their own columns, PALGA histology, UTF-8 with BOM.
 *   <li>{@code be-mutualiteit-ss-pp}: a Belgian sickness fund's claims in the IMA-AIM data warehouse
 *       convention (table-prefixed numbered variables: {@code SS...} for care, {@code PP...} for the
 *       population), RIZIV/INAMI nomenclature numbers with their wording, decimal commas. No result.
 *   <li>{@code de-ldt-befundsaetze}: a laboratory's LDT result records (KBV's Labordatentransfer)
 *       flattened one result per row, each column headed by its xDT field identifier ("8480 ...");
 *       dates {@code TTMMJJJJ}, Windows-1252; Munich nomenclature III with its recommendation, a
 *       third of the cytology texts repeating the co-test's HPV finding after a bar.
 *   <li>{@code fr-snds-dcir-ald}: a regional health-insurance fund's claims in the SNDS data
 *       dictionary's DCIR naming ({@code BEN_*}, {@code EXE_SOI_DTD}, {@code PFS_EXE_NUM},
 *       {@code CAM_PRS_IDE}) with the long-term condition's ICD-10 code ({@code MED_MTF_COD}); SAS
 *       datetime form {@code 04MAR2021:00:00:00}.
 *   <li>{@code fr-crcdc-doccu-suivi}: a regional cancer-screening coordination centre's follow-up file
 *       for organised cervical screening (DOCCU), upper-snake French headers, HPV and Bethesda
 *       results in French, the conduct to hold.
 *   <li>{@code ie-cervicalcheck-register}: a CervicalCheck screening register extract, title-case
 *       headers, PPSN and Eircode, HPV, genotype, Bethesda cytology and the recommendation.
 * </ol>
 *
 * <p>Labelling notes (the guide decides where it speaks; otherwise DESIGN.md's definitions):
 *
 * <ul>
 *   <li>Code-only result and diagnosis cells (ICD-10-CM R87.61x, NHS result and infection codes, a
 *       NAACCR histology or behaviour code) are labelled by what they mean and graded by it: R87.610
 *       ASC-US and R87.612 LSIL low grade, R87.611 ASC-H and R87.613 HSIL high grade, R87.614
 *       cytologic evidence of malignancy cancer, R87.615 unsatisfactory smear unsatisfactory, R87.810
 *       hrHPV positive low grade; Z12.4 (screening encounter) is a diagnosis the scale cannot grade:
 *       UNGRADED. NHS result code 1 inadequate, 2 negative, 8 borderline and 3 low-grade low, 7 and 4
 *       high-grade, 5 ?invasive cancer; infection code 0 negative, 9 positive, U unavailable
 *       (unsatisfactory). The NHS result code X and its text ("no cytology test undertaken") state
 *       that no cytology was done: TEST_RESULT column, but the cell adds no grade (NONE).
 *   <li>NAACCR's behaviour code (always 3, malignant) is part of the ICD-O-3 diagnosis: DIAGNOSIS,
 *       CANCER, like primary site and histology. Invasive cervical cases only, as US registries do
 *       not collect CIN 3 since 1996. Race and Hispanic-origin codes are RACIAL_OR_ETHNIC_ORIGIN
 *       although numeric; so is the CCW race code.
 *   <li>Billing codes of a service (HCPCS/CPT, Vektis prestatiecodes, RIZIV nomenclature, SNDS nature
 *       of service, CCAM, NAACCR surgery codes) are PROCEDURE: care done, even where the service
 *       billed is a laboratory test, because the column is of services, not of which test.
 *   <li>Recall and follow-up advice (NHS action code and text, Open Exeter recall type, Vervolg,
 *       Hinweise, conduite à tenir, recommendation) is PROCEDURE, as the guide's plan of care.
 *   <li>A year of birth alone (SNDS {@code BEN_NAI_ANN}) is BIRTH_DATE at year precision. An INSEE
 *       commune code is the municipality: CITY. A département, county FIPS or state code is OTHER.
 *   <li>Pseudonymised keys (SNDS {@code BEN_NIR_PSA}, CCW {@code BENE_ID}, Clarity {@code PAT_ID})
 *       identify a record in one organisation: RECORD_ID. A claim number or a claim line's reference
 *       is INSURANCE_ID; a sickness fund's member number too.
 *   <li>The sample taker, GP practice code, LANR/BSNR, AGB, NPI, ADELI and RIZIV numbers of the
 *       person's physicians are PROVIDER; a laboratory's own code or name is OTHER.
 *   <li>Initials in the Vektis layout are INITIALS; its prefix column (Voorvoegsel) is FAMILY_NAME.
 *       Middle names are GIVEN_NAME, maiden and birth names FAMILY_NAME.
 * </ul>
 */
final class BlindLayouts15 {
  private BlindLayouts15() {}

  static List<CsvLayout> all() {
    return List.of(usCarrierClaims(), usNaaccr(), usClarity(), ukHmr101(), ukPriorNotification(),
        nlVektis(), nlMonitor(), beMutualiteit(), deLdt(), frDcir(), frCrcdc(), ieRegister());
  }

  // ------------------------------------------------------------------------------- helpers

  private static Cell cell(String text, ResultGrade grade) {
    return new Cell(text, grade);
  }

  private static String fmt(String pattern, LocalDate d) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(d);
  }

  /**
   * A ten-digit NPI for the physician numbered {@code n}: 1, eight digits spread from {@code n}, and
   * its check digit ({@link CheckDigits#npi}).
   */
  static String npi(int n) {
    String body = String.format(Locale.ROOT, "1%08d", (n * 7_919_993L + 23_456_789L) % 100_000_000);
    return CheckDigits.npi(body);
  }

  /** A LANR: six digits, the KBV check digit (weights 4 and 9), the specialty code. */
  static String lanr(int six, String specialty) {
    String body = String.format(Locale.ROOT, "%06d", six % 1_000_000);
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 4 : 9);
    }
    int check = (10 - sum % 10) % 10;
    return body + check + specialty;
  }

  /** The sample number's digits. */
  private static String sampleDigits(Row r) {
    return r.sample().substring(1);
  }

  private static boolean hpvPositive(Row r) {
    return r.s().hpv() == Screening.Hpv.POSITIVE;
  }

  // ------------------------------------------------------------------------------- US

  /** ICD-10-CM code of the smear's finding, no dot, and its grade. */
  private static Cell r87(Row r) {
    Screening s = r.s();
    if (s.hpv() == Screening.Hpv.UNSATISFACTORY) {
      return cell("R87615", UNSATISFACTORY);
    }
    return switch (s.pap()) {
      case "0" -> cell("R87615", UNSATISFACTORY);
      case "2" -> cell("R87610", ABNORMAL_LOW_GRADE);
      case "3a1" -> cell("R87612", ABNORMAL_LOW_GRADE);
      case "3a2" -> cell("R87611", ABNORMAL_HIGH_GRADE);
      case "3b", "4" -> cell("R87613", ABNORMAL_HIGH_GRADE);
      case "5" -> cell("R87614", CANCER);
      default -> cell("Z124", UNGRADED);
    };
  }

  static CsvLayout usCarrierClaims() {
    List<String> race = List.of("1", "1", "1", "2", "2", "3", "4", "5", "6");
    return CsvLayout.of("us-ccw-carrier-claims-pipe", Country.US).women().ages(30, 70).people(85)
        .rows(1, 3).delimiter('|').dates("yyyyMMdd").byDate()
        .col("BENE_ID", FieldType.RECORD_ID,
            r -> String.valueOf(100_000_000L + r.stable("bene", 899_999_999)))
        .col("CLM_ID", FieldType.INSURANCE_ID, r -> "10000" + sampleDigits(r))
        .col("NCH_CLM_TYPE_CD", FieldType.OTHER, r -> "71")
        .col("CLM_FROM_DT", FieldType.CLINICAL_DATE, Row::when)
        .col("CLM_THRU_DT", FieldType.CLINICAL_DATE, Row::when)
        .col("BENE_BIRTH_DT", FieldType.BIRTH_DATE, Row::birth)
        .col("BENE_SEX_IDENT_CD", FieldType.SEX, r -> "2")
        .col("BENE_RACE_CD", FieldType.RACIAL_OR_ETHNIC_ORIGIN,
            r -> race.get(r.stable("race", race.size())))
        .col("BENE_STATE_CD", FieldType.OTHER, r -> "22")
        .col("BENE_ZIP_CD", FieldType.POSTCODE, r -> r.p().postcode())
        .col("PRF_PHYSN_NPI", FieldType.PROVIDER, r -> npi(r.stable("npi", 40)))
        .col("LINE_HCPCS_CD", FieldType.PROCEDURE, r -> r.s().hasCytology()
            ? List.of("88175", "G0123", "88142").get(r.visitPick("cpt", 3))
            : "87624")
        .graded("ICD_DGNS_CD1", FieldType.DIAGNOSIS, BlindLayouts15::r87)
        .graded("ICD_DGNS_CD2", FieldType.DIAGNOSIS,
            r -> hpvPositive(r) ? cell("R87810", ABNORMAL_LOW_GRADE) : cell("", NONE))
        .col("LINE_ALOWD_CHRG_AMT", FieldType.OTHER,
            r -> String.format(Locale.ROOT, "%.2f", 20 + r.visitPick("amt", 4000) / 100.0))
        .col("LINE_NCH_PMT_AMT", FieldType.OTHER,
            r -> String.format(Locale.ROOT, "%.2f", 15 + r.visitPick("amt", 4000) / 125.0));
  }

  static CsvLayout usNaaccr() {
    List<String> sites = List.of("C530", "C531", "C538", "C539", "C539");
    List<String> histologies = List.of("8070", "8070", "8071", "8072", "8140", "8083", "8560");
    List<String> race = List.of("01", "01", "01", "02", "02", "03", "04", "05", "96", "99");
    List<String> surgery = List.of("00", "26", "27", "40", "50", "60", "60");
    return CsvLayout.of("us-naaccr-cervix-incidence", Country.US).women().ages(25, 85).people(78)
        .dates("yyyyMMdd")
        .col("PATIENT_ID_NUMBER", FieldType.RECORD_ID, r -> "0" + r.p().recordNumber())
        .col("TUMOR_RECORD_NUMBER", FieldType.OTHER, r -> "01")
        .col("NAME_LAST", FieldType.FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("NAME_FIRST", FieldType.GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
        .col("NAME_MIDDLE", FieldType.GIVEN_NAME, r -> r.p().middle().toUpperCase(Locale.ROOT))
        .col("NAME_MAIDEN", FieldType.FAMILY_NAME, r -> r.p().maiden().toUpperCase(Locale.ROOT))
        .col("SOCIAL_SECURITY_NUMBER", FieldType.NATIONAL_ID,
            r -> r.p().nationalId().replace("-", ""))
        .col("DATE_OF_BIRTH", FieldType.BIRTH_DATE, Row::birth)
        .col("SEX", FieldType.SEX, r -> "2")
        .col("RACE_1", FieldType.RACIAL_OR_ETHNIC_ORIGIN,
            r -> race.get(r.stable("race", race.size())))
        .col("SPANISH_HISPANIC_ORIGIN", FieldType.RACIAL_OR_ETHNIC_ORIGIN,
            r -> r.stable("hisp", 5) == 0 ? String.valueOf(1 + r.stable("hispt", 7)) : "0")
        .col("ADDR_AT_DX_NO_STREET", FieldType.STREET_ADDRESS,
            r -> r.p().streetLine().toUpperCase(Locale.ROOT))
        .col("ADDR_AT_DX_CITY", FieldType.CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("ADDR_AT_DX_STATE", FieldType.OTHER, r -> "MA")
        .col("ADDR_AT_DX_POSTAL_CODE", FieldType.POSTCODE, r -> r.p().postcode())
        .col("COUNTY_AT_DX", FieldType.OTHER,
            r -> String.format(Locale.ROOT, "%03d", 1 + 2 * r.stable("county", 14)))
        .col("DATE_OF_DIAGNOSIS", FieldType.CLINICAL_DATE, Row::when)
        .graded("PRIMARY_SITE", FieldType.DIAGNOSIS,
            r -> cell(sites.get(r.stable("site", sites.size())), CANCER))
        .graded("HISTOLOGIC_TYPE_ICD_O_3", FieldType.DIAGNOSIS,
            r -> cell(histologies.get(r.stable("histo", histologies.size())), CANCER))
        .graded("BEHAVIOR_CODE_ICD_O_3", FieldType.DIAGNOSIS, r -> cell("3", CANCER))
        .col("DIAGNOSTIC_CONFIRMATION", FieldType.OTHER, r -> r.stable("conf", 8) == 0 ? "2" : "1")
        .col("RX_SUMM_SURG_PRIM_SITE", FieldType.PROCEDURE,
            r -> surgery.get(r.stable("surg", surgery.size())))
        .col("NPI_PHYSICIAN_MANAGING", FieldType.PROVIDER, r -> npi(r.stable("mgr", 25)))
        .col("VITAL_STATUS", FieldType.OTHER, r -> r.stable("vital", 6) == 0 ? "0" : "1");
  }

  static CsvLayout usClarity() {
    List<String> race = List.of("White or Caucasian", "White or Caucasian",
        "Black or African American", "Asian", "American Indian or Alaska Native",
        "Native Hawaiian or Other Pacific Islander", "Other", "Patient Refused");
    return CsvLayout.of("us-clarity-cyto-components", Country.US).women().ages(21, 65).people(75)
        .rows(1, 2).onePerResult().quoteAll().crlf().dates("yyyy-MM-dd 00:00:00")
        .col("PAT_ID", FieldType.RECORD_ID,
            r -> String.format(Locale.ROOT, "Z%07d", r.stable("patid", 10_000_000)))
        .col("PAT_MRN_ID", FieldType.RECORD_ID, r -> "E" + r.p().recordNumber())
        .col("PAT_NAME", FieldType.PERSON_NAME, r -> (r.p().family() + "," + r.p().given()
            + (r.p().middle().isEmpty() ? "" : " " + r.p().middle().charAt(0)))
            .toUpperCase(Locale.ROOT))
        .col("BIRTH_DATE", FieldType.BIRTH_DATE, Row::birth)
        .col("SEX_C", FieldType.SEX, r -> "1")
        .col("PATIENT_RACE", FieldType.RACIAL_OR_ETHNIC_ORIGIN,
            r -> race.get(r.stable("race", race.size())))
        .col("ZIP", FieldType.POSTCODE, r -> r.p().postcode())
        .col("HOME_PHONE", FieldType.PHONE, r -> r.p().phone())
        .col("ORDER_PROC_ID", FieldType.RECORD_ID, r -> "4" + sampleDigits(r))
        .col("PROC_CODE", FieldType.TEST_TYPE, r -> r.s().hasCytology() ? "LAB8260" : "LAB8261")
        .col("DESCRIPTION", FieldType.TEST_TYPE, r -> r.s().hasCytology()
            ? "THINPREP PAP WITH HPV REFLEX" : "HPV HIGH RISK PRIMARY SCREEN")
        .col("COMPONENT_NAME", FieldType.TEST_TYPE, r -> r.part() == Part.HPV
            ? "HPV, HIGH RISK" : "CYTOLOGY INTERPRETATION")
        .col("LOINC_CODE", FieldType.TEST_TYPE, r -> r.part() == Part.HPV ? "21440-3" : "10524-7")
        .graded("ORD_VALUE", FieldType.TEST_RESULT, r -> r.part() == Part.HPV
            ? cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade())
            : cell(r.s().bethesda(r.rng()), r.s().papGrade()))
        .col("RESULT_TIME", FieldType.CLINICAL_DATE,
            r -> fmt("yyyy-MM-dd", r.date().plusDays(3 + r.visitPick("tat", 6))) + " "
                + r.clock("res") + ":00")
        .col("AUTHRZING_PROV_ID", FieldType.PROVIDER,
            r -> String.valueOf(10_000 + r.stable("prov", 30) * 37));
  }

  // ------------------------------------------------------------------------------- UK

  private static String nhsResultCode(Row r) {
    return r.s().hasCytology() ? Screening.nhsResultCode(r.s().pap()) : "X";
  }

  private static String nhsActionCode(Row r) {
    Screening s = r.s();
    if (s.hpv() == Screening.Hpv.NEGATIVE) {
      return "R";
    }
    if (s.hpv() == Screening.Hpv.UNSATISFACTORY || s.pap().equals("0") || s.pap().equals("1")) {
      return "A";
    }
    return "S";
  }

  static CsvLayout ukHmr101() {
    return CsvLayout.of("uk-hmr101-lab-interface", Country.UK).women().ages(25, 64).people(90)
        .rows(1, 2).crlf().dates("dd-MMM-yyyy")
        .col("LAB_CODE", FieldType.OTHER, r -> "NCL01")
        .col("LAB_REF_NO", FieldType.RECORD_ID, r -> "CY" + sampleDigits(r))
        .col("NHS_NO", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("SURNAME", FieldType.FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("FORENAME", FieldType.GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
        .col("DOB", FieldType.BIRTH_DATE, r -> r.birth().toUpperCase(Locale.ROOT))
        .col("POSTCODE", FieldType.POSTCODE, r -> r.p().postcode())
        .col("GP_CODE", FieldType.PROVIDER,
            r -> String.format(Locale.ROOT, "%c%05d", 'B' + r.stable("ccg", 5),
                81_000 + r.stable("gp", 900)))
        .col("SOURCE_CODE", FieldType.OTHER, r -> r.stable("src", 6) == 0 ? "N" : "G")
        .col("TEST_DATE", FieldType.CLINICAL_DATE, r -> r.when().toUpperCase(Locale.ROOT))
        .graded("INFECTION_CODE", FieldType.TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> cell("0", NORMAL);
          case POSITIVE -> cell("9", ABNORMAL_LOW_GRADE);
          case UNSATISFACTORY -> cell("U", UNSATISFACTORY);
        })
        .graded("INFECTION_DESC", FieldType.TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> cell("HPV negative", NORMAL);
          case POSITIVE -> cell("HPV positive", ABNORMAL_LOW_GRADE);
          case UNSATISFACTORY -> cell("HPV unavailable", UNSATISFACTORY);
        })
        .graded("RESULT_CODE", FieldType.TEST_RESULT,
            r -> cell(nhsResultCode(r), r.s().papGrade()))
        .graded("RESULT_DESC", FieldType.TEST_RESULT, r -> r.s().hasCytology()
            ? cell(r.s().nhsCytology(r.rng()), r.s().papGrade())
            : cell("No cytology test undertaken", NONE))
        .col("ACTION_CODE", FieldType.PROCEDURE, BlindLayouts15::nhsActionCode)
        .col("ACTION_DESC", FieldType.PROCEDURE, r -> switch (nhsActionCode(r)) {
          case "R" -> "Routine recall";
          case "A" -> r.s().hpv() == Screening.Hpv.POSITIVE ? "Repeat advised in 12 months"
              : "Repeat advised in 3 months";
          default -> "Suspend - refer to colposcopy";
        });
  }

  static CsvLayout ukPriorNotification() {
    List<String> recall = List.of("Routine", "Routine", "Routine", "Routine", "Early", "Repeat");
    return CsvLayout.of("uk-exeter-prior-notification", Country.UK).women().ages(25, 64)
        .people(96).dates("dd/MM/yyyy")
        .col("NHS Number", FieldType.NATIONAL_ID, r -> r.p().nationalId().substring(0, 3) + " "
            + r.p().nationalId().substring(3, 6) + " " + r.p().nationalId().substring(6))
        .col("Title", FieldType.OTHER, r -> r.stable("title", 3) == 0 ? "Miss" : "Mrs")
        .col("Surname", FieldType.FAMILY_NAME, r -> r.p().family())
        .col("Forename(s)", FieldType.GIVEN_NAME, r -> r.p().middle().isEmpty() ? r.p().given()
            : r.p().given() + " " + r.p().middle())
        .col("Date of Birth", FieldType.BIRTH_DATE, Row::birth)
        .col("Address 1", FieldType.STREET_ADDRESS, r -> r.p().streetLine())
        .col("Address 2", FieldType.CITY, r -> r.p().city())
        .col("Address 3", FieldType.OTHER, r -> r.p().region())
        .col("Postcode", FieldType.POSTCODE, r -> r.p().postcode())
        .col("Registered GP", FieldType.PROVIDER, r -> "Dr " + List.of("Ahmed", "Begum", "Carter",
            "Doyle", "Evans", "Fraser").get(r.stable("gp", 6)))
        .col("Last Test Date", FieldType.CLINICAL_DATE, r -> r.fmt(r.date().minusYears(3)))
        .col("Next Test Due Date", FieldType.CLINICAL_DATE, Row::when)
        .col("Recall Type", FieldType.PROCEDURE, r -> recall.get(r.stable("recall", 6)));
  }

  // ------------------------------------------------------------------------------- NL

  static CsvLayout nlVektis() {
    List<String> codes = List.of("13001", "13003", "13003", "13003", "13004", "13011", "13012");
    return CsvLayout.of("nl-vektis-ha-prestaties", Country.NL).ages(18, 80).people(80).rows(1, 3)
        .delimiter(';').windows1252().dates("yyyyMMdd")
        .col("0203 Burgerservicenummer (BSN) verzekerde", FieldType.NATIONAL_ID,
            r -> r.p().nationalId())
        .col("0204 UZOVI-nummer", FieldType.OTHER,
            r -> List.of("3311", "3343", "7095", "3358").get(r.stable("uzovi", 4)))
        .col("0205 Verzekerdennummer (inschrijvingsnummer, relatienummer)",
            FieldType.INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("0206 Patiëntidentificatienummer", FieldType.RECORD_ID, r -> r.p().recordNumber())
        .col("0207 Datum geboorte verzekerde", FieldType.BIRTH_DATE, Row::birth)
        .col("0208 Code geslacht verzekerde", FieldType.SEX, r -> r.p().female() ? "2" : "1")
        .col("0210 Naam verzekerde (01)", FieldType.FAMILY_NAME,
            r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("0211 Voorvoegsel verzekerde (01)", FieldType.FAMILY_NAME,
            r -> r.p().prefix().toUpperCase(Locale.ROOT))
        .col("0214 Voorletters verzekerde", FieldType.INITIALS,
            r -> r.p().initials().replace(".", ""))
        .col("0216 Postcode (huisadres) verzekerde", FieldType.POSTCODE,
            r -> r.p().postcode().replace(" ", ""))
        .col("0217 Huisnummer (huisadres) verzekerde", FieldType.HOUSE_NUMBER,
            r -> String.valueOf(r.p().houseNumber()))
        .col("0405 Zorgverlenerscode behandelaar/uitvoerder", FieldType.PROVIDER,
            r -> String.format(Locale.ROOT, "01%06d", 10_000 + r.stable("agb", 60) * 131))
        .col("0410 Datum prestatie", FieldType.CLINICAL_DATE, Row::when)
        .col("0411 Aanduiding prestatiecodelijst", FieldType.OTHER, r -> "003")
        .col("0412 Prestatiecode", FieldType.PROCEDURE,
            r -> codes.get(r.visitPick("code", codes.size())))
        .col("0414 Aantal uitgevoerde prestaties", FieldType.OTHER, r -> "1")
        .col("0418 Tarief prestatie (incl. btw)", FieldType.OTHER,
            r -> String.format(Locale.ROOT, "%08d", 1063 + r.visitPick("tarief", 3) * 1063))
        .col("0421 Indicatie debet/credit", FieldType.OTHER, r -> "D")
        .col("0424 Referentienummer dit prestatierecord", FieldType.INSURANCE_ID,
            r -> "HA" + sampleDigits(r));
  }

  /** What the programme advises after the visit, in the monitor's short Dutch. */
  private static String vervolg(Row r) {
    Screening s = r.s();
    if (s.hpv() == Screening.Hpv.NEGATIVE) {
      return "terug naar BVO";
    }
    if (s.hpv() == Screening.Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "nieuwe afname";
    }
    return s.pap().equals("1") ? "controle-uitstrijkje 12 mnd" : "verwijzing gynaecoloog";
  }

  static CsvLayout nlMonitor() {
    List<String> regions = List.of("Noord", "Oost", "Zuid", "Midden-West", "Zuid-West");
    return CsvLayout.of("nl-bvo-bmhk-monitor", Country.NL).women().ages(30, 65).people(85)
        .rows(1, 2).delimiter(';').bom().dates("dd-MM-yyyy")
        .col("CLIENT_ID", FieldType.RECORD_ID, r -> "C" + r.p().recordNumber())
        .col("BSN", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("GEBDAT", FieldType.BIRTH_DATE, Row::birth)
        .col("PC4", FieldType.POSTCODE, r -> r.p().postcode().substring(0, 4))
        .col("GEMEENTE", FieldType.CITY, r -> r.p().city())
        .col("SO_REGIO", FieldType.OTHER, r -> regions.get(r.stable("regio", regions.size())))
        .col("UITNDAT", FieldType.CLINICAL_DATE, r -> r.fmt(r.date().minusDays(28)))
        .col("AFNDAT", FieldType.CLINICAL_DATE, Row::when)
        .col("AFNWIJZE", FieldType.TEST_TYPE, r -> !r.s().hasCytology()
            && r.visitPick("zas", 4) == 0 ? "ZAS" : "UITSTRIJK")
        .col("MONSTERNR", FieldType.RECORD_ID, Row::sample)
        .graded("HPV_UITSL", FieldType.TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> cell("NEG", NORMAL);
          case POSITIVE -> cell("POS", ABNORMAL_LOW_GRADE);
          case UNSATISFACTORY -> cell("ONB", UNSATISFACTORY);
        })
        .graded("HPV_GENO", FieldType.TEST_RESULT, r -> hpvPositive(r)
            ? cell(r.s().genotype().equals("other") ? "overig" : r.s().genotype(),
                ABNORMAL_LOW_GRADE)
            : cell("", NONE))
        .graded("CYT_PAP", FieldType.TEST_RESULT, r -> r.s().hasCytology()
            ? cell("PAP" + r.s().pap().toUpperCase(Locale.ROOT), r.s().papGrade())
            : cell("", NONE))
        .graded("KOPAC_B", FieldType.TEST_RESULT, r -> r.s().hasCytology()
            && !r.s().pap().equals("0") && !r.s().pap().equals("2")
            ? cell(r.s().kopac(r.rng()), Screening.papGrade(r.s().kopacPap()))
            : cell("", NONE))
        .col("VERVOLG", FieldType.PROCEDURE, BlindLayouts15::vervolg)
        .graded("PA_UITSL", FieldType.DIAGNOSIS, r -> vervolg(r).startsWith("verwijzing")
            && r.visitPick("pa", 5) > 0
            ? cell(r.histology().dutch, r.histology().grade)
            : cell("", NONE));
  }

  // ------------------------------------------------------------------------------- BE

  static CsvLayout beMutualiteit() {
    List<String[]> acts = List.of(
        new String[] {"101076", "Raadpleging huisarts"},
        new String[] {"101076", "Raadpleging huisarts"},
        new String[] {"103132", "Huisbezoek huisarts"},
        new String[] {"102196", "Raadpleging geneesheer-specialist"},
        new String[] {"149612", "Afname cervicovaginaal uitstrijkje"},
        new String[] {"460316", "Klinische biologie - forfait"},
        new String[] {"560011", "Kinesitherapie - individuele zitting"});
    return CsvLayout.of("be-mutualiteit-ss-pp", Country.BE).ages(20, 85).people(80).rows(1, 3)
        .delimiter(';').dates("dd/MM/yyyy")
        .col("SS00010_INSZ", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("SS00015_LIDNR", FieldType.INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("PP0015_GESLACHT", FieldType.SEX, r -> r.p().female() ? "2" : "1")
        .col("PP0020_GEBDAT", FieldType.BIRTH_DATE, Row::birth)
        .col("PP0035_POSTCODE", FieldType.POSTCODE, r -> r.p().postcode())
        .col("PP0040_GEMEENTE", FieldType.CITY, r -> r.p().city())
        .col("SS00020_DAT_VERSTREKKING", FieldType.CLINICAL_DATE, Row::when)
        .col("SS00050_NOMENCLATUUR", FieldType.PROCEDURE,
            r -> acts.get(r.visitPick("act", acts.size()))[0])
        .col("SS00052_OMSCHRIJVING", FieldType.PROCEDURE,
            r -> acts.get(r.visitPick("act", acts.size()))[1])
        .col("SS00060_AANTAL", FieldType.OTHER, r -> "1")
        .col("SS00160_TERUGBETALING", FieldType.OTHER,
            r -> String.format(Locale.ROOT, "%d,%02d", 8 + r.visitPick("eur", 40),
                r.visitPick("ct", 100)))
        .col("SS00070_RIZIV_ZORGVERLENER", FieldType.PROVIDER,
            r -> String.format(Locale.ROOT, "1-%05d-%02d-%03d", 10_000 + r.stable("riziv", 80) * 97,
                r.stable("rz", 90) + 10, 1 + r.stable("kw", 3) * 3));
  }

  // ------------------------------------------------------------------------------- DE

  /** Munich III follow-up for the cytology record, in the lab's abbreviations. */
  private static String hinweis(Row r) {
    if (r.part() == Part.HPV) {
      return "";
    }
    return switch (r.s().pap()) {
      case "0" -> "Wiederholung der Abstrichentnahme";
      case "1" -> "Kontrolle im Rahmen der KFU";
      case "2", "3a1" -> "Kontrolle in 6 Mon.";
      case "3a2" -> "Abklärungskolposkopie in 3 Mon.";
      default -> "Abklärungskolposkopie umgehend";
    };
  }

  static CsvLayout deLdt() {
    return CsvLayout.of("de-ldt-befundsaetze", Country.DE).women().ages(20, 70).people(80)
        .rows(1, 2).onePerResult().delimiter(';').windows1252().dates("ddMMyyyy")
        .col("8310 Anforderungs-Ident", FieldType.RECORD_ID, r -> "A" + sampleDigits(r))
        .col("3101 Name", FieldType.FAMILY_NAME, r -> r.p().family())
        .col("3102 Vorname", FieldType.GIVEN_NAME, r -> r.p().given())
        .col("3103 Geburtsdatum", FieldType.BIRTH_DATE, Row::birth)
        .col("3110 Geschlecht", FieldType.SEX, r -> "W")
        .col("3119 Versicherten_ID", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("3107 Straße", FieldType.STREET_ADDRESS, r -> r.p().streetLine())
        .col("3112 PLZ", FieldType.POSTCODE, r -> r.p().postcode())
        .col("3113 Ort", FieldType.CITY, r -> r.p().city())
        .col("0201 BSNR", FieldType.PROVIDER,
            r -> String.format(Locale.ROOT, "%02d%07d", 17 + r.stable("kv", 5), r.stable("bs", 1000)
                * 977))
        .col("0212 LANR", FieldType.PROVIDER, r -> lanr(100_000 + r.stable("lanr", 40) * 2711,
            "15"))
        .col("8432 Abnahme-Datum", FieldType.CLINICAL_DATE, Row::when)
        .col("8410 Test-Ident", FieldType.TEST_TYPE, r -> r.part() == Part.HPV ? "HPVHR" : "ZYTO")
        .col("8411 Testbezeichnung", FieldType.TEST_TYPE, r -> r.part() == Part.HPV
            ? "HPV-HR-DNA-Nachweis" : "Zervixzytologie Dünnschicht")
        .graded("8480 Ergebnis-Text", FieldType.TEST_RESULT, r -> r.part() == Part.HPV
            ? cell(r.s().hpvGerman(r.rng()), r.s().hpvGrade())
            : r.visitPick("co", 3) == 0
                // co-testing labs often repeat the HPV finding in the cytology report's text
                ? cell(r.s().papMunich() + " | " + r.s().hpvGerman(r.rng()),
                    r.s().papMunichGrade().max(r.s().hpvGrade()))
                : cell(r.s().papMunich(), r.s().papMunichGrade()))
        .col("8470 Testbezogene Hinweise", FieldType.PROCEDURE, BlindLayouts15::hinweis);
  }

  // ------------------------------------------------------------------------------- FR

  /** A long-term condition (ALD) and its ICD-10 code, or none. */
  private static Cell ald(Row r) {
    List<String> codes = List.of("C539", "C509", "F321", "F200", "E119", "B20", "C187", "F102");
    int pick = r.stable("ald", 20);
    if (pick >= codes.size()) {
      return cell("", NONE);
    }
    String code = codes.get(pick);
    return cell(code, code.startsWith("C") ? CANCER : UNGRADED);
  }

  static CsvLayout frDcir() {
    List<String> nature = List.of("1111", "1111", "1112", "1318", "3316", "1321");
    return CsvLayout.of("fr-snds-dcir-ald", Country.FR).ages(20, 85).people(80).rows(1, 4)
        .delimiter(';').byDate().dates("ddMMMyyyy:00:00:00")
        .col("BEN_NIR_PSA", FieldType.RECORD_ID,
            r -> r.p().uuid().replace("-", "").substring(0, 17).toUpperCase(Locale.ROOT))
        .col("BEN_RNG_GEM", FieldType.OTHER, r -> "1")
        .col("BEN_NAI_ANN", FieldType.BIRTH_DATE, r -> String.valueOf(r.p().birthDate().getYear()))
        .col("BEN_SEX_COD", FieldType.SEX, r -> r.p().female() ? "2" : "1")
        .col("BEN_RES_DPT", FieldType.OTHER, r -> "0" + r.p().postcode().substring(0, 2))
        .col("BEN_RES_COM", FieldType.CITY, r -> r.p().postcode().substring(2))
        .col("EXE_SOI_DTD", FieldType.CLINICAL_DATE, r -> r.when().toUpperCase(Locale.ROOT))
        .col("PRS_NAT_REF", FieldType.PROCEDURE, r -> nature.get(r.visitPick("nat", nature.size())))
        .col("PSE_SPE_COD", FieldType.OTHER, r -> r.visitPick("spe", 4) == 0 ? "07" : "01")
        .col("PFS_EXE_NUM", FieldType.PROVIDER,
            r -> String.format(Locale.ROOT, "%02d1%05d", 10 + r.stable("exe", 80),
                r.stable("exn", 100_000)))
        .col("CAM_PRS_IDE", FieldType.PROCEDURE,
            r -> r.visitPick("ccam", 3) == 0 ? r.proc().ccam() : "")
        .graded("MED_MTF_COD", FieldType.DIAGNOSIS, BlindLayouts15::ald)
        .col("PRS_PAI_MNT", FieldType.OTHER,
            r -> String.format(Locale.ROOT, "%d.%02d", 17 + r.visitPick("mnt", 60),
                r.visitPick("mc", 100)));
  }

  private static String conduite(Row r) {
    Screening s = r.s();
    if (s.hpv() == Screening.Hpv.NEGATIVE) {
      return "Nouveau dépistage dans 5 ans";
    }
    if (s.hpv() == Screening.Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "Nouveau prélèvement";
    }
    return s.pap().equals("1") ? "Test HPV à 1 an" : "Colposcopie";
  }

  static CsvLayout frCrcdc() {
    List<String> doctors = List.of("Dr LEFEBVRE Anne", "Dr GARNIER Paul", "Mme ROUSSEL (sage-femme)",
        "Dr FAURE Hélène", "Dr BLANC Marc", "Dr CHEVALIER Isabelle");
    return CsvLayout.of("fr-crcdc-doccu-suivi", Country.FR).women().ages(25, 65).people(82)
        .rows(1, 2).delimiter(';').bom().dates("dd/MM/yyyy")
        .col("NUM_DOSSIER", FieldType.RECORD_ID, r -> "CCU" + r.p().recordNumber())
        .col("NIR", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("NOM_NAISSANCE", FieldType.FAMILY_NAME, r -> (r.p().maiden().isEmpty()
            ? r.p().family() : r.p().maiden()).toUpperCase(Locale.ROOT))
        .col("NOM_USAGE", FieldType.FAMILY_NAME,
            r -> r.p().maiden().isEmpty() ? "" : r.p().family().toUpperCase(Locale.ROOT))
        .col("PRENOM", FieldType.GIVEN_NAME, r -> r.p().given())
        .col("DATE_NAISSANCE", FieldType.BIRTH_DATE, Row::birth)
        .col("ADRESSE", FieldType.STREET_ADDRESS, r -> r.p().streetLine())
        .col("CODE_POSTAL", FieldType.POSTCODE, r -> r.p().postcode())
        .col("COMMUNE", FieldType.CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("DATE_PRELEVEMENT", FieldType.CLINICAL_DATE, Row::when)
        .col("TYPE_PRELEVEMENT", FieldType.TEST_TYPE, r -> !r.s().hasCytology()
            && r.visitPick("apv", 5) == 0 ? "Autoprélèvement vaginal" : "Frottis en milieu liquide")
        .graded("RESULTAT_HPV", FieldType.TEST_RESULT,
            r -> cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade()))
        .graded("RESULTAT_CYTO", FieldType.TEST_RESULT, r -> r.s().hasCytology()
            ? cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade())
            : cell("", NONE))
        .col("CONDUITE_A_TENIR", FieldType.PROCEDURE, BlindLayouts15::conduite)
        .col("PRELEVEUR", FieldType.PROVIDER, r -> doctors.get(r.stable("prel", doctors.size())))
        .col("LABORATOIRE", FieldType.OTHER, r -> List.of("Cerballiance", "Biogroup",
            "Laboratoire Eurofins Biomnis").get(r.visitPick("lab", 3)));
  }

  // ------------------------------------------------------------------------------- IE

  private static String recommendation(Row r) {
    Screening s = r.s();
    if (s.hpv() == Screening.Hpv.NEGATIVE) {
      return "Routine recall - 5 years";
    }
    if (s.hpv() == Screening.Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "Repeat test in 3 months";
    }
    return s.pap().equals("1") ? "Repeat HPV test in 12 months" : "Refer to colposcopy";
  }

  static CsvLayout ieRegister() {
    return CsvLayout.of("ie-cervicalcheck-register", Country.IE).women().ages(25, 65).people(84)
        .rows(1, 2).crlf().dates("dd/MM/yyyy")
        .col("Client ID", FieldType.RECORD_ID, r -> "CS" + r.p().recordNumber())
        .col("PPSN", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("First Name", FieldType.GIVEN_NAME, r -> r.p().given())
        .col("Surname", FieldType.FAMILY_NAME, r -> r.p().family())
        .col("Date of Birth", FieldType.BIRTH_DATE, Row::birth)
        .col("Address 1", FieldType.STREET_ADDRESS, r -> r.p().streetLine())
        .col("Town", FieldType.CITY, r -> r.p().city())
        .col("County", FieldType.OTHER, r -> r.p().region())
        .col("Eircode", FieldType.POSTCODE, r -> r.p().postcode())
        .col("Mobile", FieldType.PHONE, r -> r.p().phone())
        .col("Smear Taker No.", FieldType.PROVIDER,
            r -> String.valueOf(400_000 + r.stable("taker", 45) * 173))
        .col("Test Date", FieldType.CLINICAL_DATE, Row::when)
        .col("Lab Accession No.", FieldType.RECORD_ID, r -> "CC" + sampleDigits(r))
        .graded("HPV Result", FieldType.TEST_RESULT,
            r -> cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade()))
        .graded("Genotype", FieldType.TEST_RESULT, r -> hpvPositive(r)
            ? cell(r.s().genotype().equals("other") ? "Other HR HPV" : "HPV " + r.s().genotype(),
                ABNORMAL_LOW_GRADE)
            : cell("", NONE))
        .graded("Cytology", FieldType.TEST_RESULT, r -> r.s().hasCytology()
            ? cell(r.s().bethesda(r.rng()), r.s().papGrade())
            : cell("", NONE))
        .col("Recommendation", FieldType.PROCEDURE, BlindLayouts15::recommendation);
  }
}
