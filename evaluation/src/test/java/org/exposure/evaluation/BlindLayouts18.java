package org.exposure.evaluation;

import static org.exposure.model.FieldType.AGE;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.EMAIL;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.GIVEN_NAME;
import static org.exposure.model.FieldType.HOUSE_NUMBER;
import static org.exposure.model.FieldType.INITIALS;
import static org.exposure.model.FieldType.INSURANCE_ID;
import static org.exposure.model.FieldType.MEDICATION;
import static org.exposure.model.FieldType.NATIONAL_ID;
import static org.exposure.model.FieldType.OTHER;
import static org.exposure.model.FieldType.PERSON_NAME;
import static org.exposure.model.FieldType.PHONE;
import static org.exposure.model.FieldType.POSTCODE;
import static org.exposure.model.FieldType.PROCEDURE;
import static org.exposure.model.FieldType.PROVIDER;
import static org.exposure.model.FieldType.RACIAL_OR_ETHNIC_ORIGIN;
import static org.exposure.model.FieldType.RECORD_ID;
import static org.exposure.model.FieldType.RELIGION_OR_BELIEF;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.exposure.model.ResultGrade;

/**
 * The eighteenth blind part of the corpus, <b>sealed</b>: written without reading the classifier,
 * its dictionaries or any other layout part, and never run through the classifier by its author.
 * Its per-layout detail is read once, after the part is merged and measured.
 *
 * <p>What a ransomware group takes from a lab's or a practice's database server: table dumps with
 * the systems' own technical column names (snake_case, abbreviated, a prefix per table), code
 * columns beside their descriptions, status and flag columns and audit columns. Results are as the
 * systems store them: codes, code plus text, short values.
 *
 * <ol>
 *   <li>{@code nl-lims-tbl-uitslag-dump}: a Dutch screening lab's result table, one row per test,
 *       prefix {@code uit_}; the KOPAC-B code beside the Pap class (PALGA / NVVP coding,
 *       {@code reference/dutch-health-data.md} §2.3-2.5), record status and mutation audit.
 *   <li>{@code nl-bvo-scr-ronde-dump}: a Dutch screening programme's screening-round table (BVO
 *       baarmoederhalskanker: invitation, sample, combined hrHPV and cytology cell, follow-up
 *       advice).
 *   <li>{@code us-lis-obx-result-dump}: a US lab information system's result table whose columns
 *       follow HL7 v2 segment fields (PID-3, PID-19, OBR-7, OBX-3, OBX-5, OBX-8, OBX-11), LOINC
 *       test codes, Bethesda 2001 wording, abnormal flag and result status.
 *   <li>{@code us-ehr-enc-dx-rx-dump}: a US clinic EHR join of encounter, problem and prescription
 *       tables in upper-case reporting-database column style ({@code _C} category codes,
 *       {@code _YN} flags), ICD-10-CM codes beside text, RxNorm codes beside names, race and ethnicity.
 *   <li>{@code uk-cyto-lims-tst-dump}: an English cytology lab's test table, NHS number, the NHS
 *       Cervical Screening Programme's result codes beside their wording, hrHPV result and action
 *       code (NHSCSP result/action code conventions).
 *   <li>{@code uk-gp-consult-snomed-dump}: an English GP system's consultation table, SNOMED CT
 *       concept ids beside terms, ethnic category (NHS data dictionary), CRLF.
 *   <li>{@code be-labo-res-dump}: a Belgian lab's result table, INSZ, mutuality code and member
 *       number, Bethesda with Dutch hrHPV wording, Windows-1252, semicolons.
 *   <li>{@code de-lis-ldt-befund-dump}: a German lab's result table with LDT field-id column names
 *       (3101 Name, 3102 Vorname, 3103 Geburtsdatum, 8410 Test-Ident, 8411 Testbezeichnung, 8420
 *       Ergebnis), KVNR, Munich nomenclature III and HPV-HR wording, semicolons.
 *   <li>{@code de-pvs-diag-dump}: a German practice system's diagnosis table, ICD-10-GM with the
 *       Diagnosesicherheit flag (G/V/A/Z) and Konfession, Kassen-IK, Windows-1252.
 *   <li>{@code fr-sil-cr-dump}: a French lab information system's report table, NIR, the lab's exam
 *       codes, Bethesda in French, HPV HR wording, histology where a biopsy was read, semicolons,
 *       BOM.
 *   <li>{@code ie-cerv-scr-tst-dump}: an Irish cervical screening lab's test table, PPSN, Eircode,
 *       hrHPV with reflex cytology in NHS-style wording, pipes.
 *   <li>{@code nl-zvz-decl-regel-dump}: a Dutch health insurer's claim-line table (Vektis-style
 *       declaration fields: declaration number, verzekerdennummer, BSN, AGB, the care activity's
 *       description, diagnosis code, amount and status).
 * </ol>
 *
 * <p>Labelling notes:
 * <ul>
 *   <li>Status, flag and source-system columns (record status, abnormal flag {@code A}/{@code N},
 *       Diagnosesicherheit, result status {@code F}) are OTHER: categories, not results. An
 *       abnormal flag alone is not a graded result.
 *   <li>Audit columns (user, timestamp, workstation) are OTHER, as the guide's audit trail row
 *       says.
 *   <li>A code column beside its description carries the same type as the description: a KOPAC-B or
 *       NHSCSP result code is TEST_RESULT and graded like its text; an action code ({@code A},
 *       {@code R}, {@code S}) is the plan of care, PROCEDURE; a lab's exam code or a LOINC code
 *       names the test, TEST_TYPE.
 *   <li>An insurer's Kassen-IK and a mutuality's code are OTHER (the insurer, an organisation); a
 *       member number and a claim number are INSURANCE_ID.
 *   <li>The practitioner's numbers (AGB, NPI, RIZIV/INAMI, RPPS, LANR, a sample taker's id, a GP
 *       practice code) are PROVIDER; a clinician's name likewise.
 *   <li>Category-coded sex ({@code SEX_C} 1/2, {@code vrz_gesl} 1/2, {@code W}, {@code V}) is SEX:
 *       the column is of what it codes. Both race and ethnic-group columns are
 *       RACIAL_OR_ETHNIC_ORIGIN.
 *   <li>A {@code Tussenvoegsel} column, mostly blank, is FAMILY_NAME as the guide says.
 *   <li>The KOPAC-B code is drawn only for the Pap classes its P axis fixes; its cytology row's
 *       text gives the Pap class the code stands for, so that the two cells agree.
 *   <li>A GUID of a consultation, an order or accession number, a declaration number per visit:
 *       RECORD_ID (INSURANCE_ID for the claim), one per visit, never shared by two subjects.
 *   <li>Diagnosis codes grade as {@link Clinical.Dx#grade()}; an episode's date is CLINICAL_DATE.
 * </ul>
 */
final class BlindLayouts18 {
  private BlindLayouts18() {}

  static List<CsvLayout> all() {
    return List.of(nlLims(), nlBvo(), usLis(), usEhr(), ukCyto(), ukGp(), beLabo(), deLdt(),
        dePvs(), frSil(), ieCerv(), nlDecl());
  }

  /** An audit timestamp a little after the event, ISO form whatever the layout's dates. */
  private static String stamp(CsvLayout.Row r, String salt) {
    LocalDate d = r.date().plusDays(1 + r.visitPick(salt, 6));
    return d + " " + r.clock(salt) + ":" + String.format(Locale.ROOT, "%02d",
        r.visitPick(salt + "s", 60));
  }

  private static String pick(CsvLayout.Row r, String salt, List<String> from) {
    return from.get(r.visitPick(salt, from.size()));
  }

  private static String stablePick(CsvLayout.Row r, String salt, List<String> from) {
    return from.get(r.stable(salt, from.size()));
  }

  private static boolean hpvRow(CsvLayout.Row r) {
    return r.part() == CsvLayout.Part.HPV;
  }

  private static CsvLayout nlLims() {
    return CsvLayout.of("nl-lims-tbl-uitslag-dump", Country.NL).women().ages(30, 65)
        .people(90).rows(1, 2).onePerResult().delimiter(';').dates("yyyyMMdd")
        .col("uit_monsternr", RECORD_ID, CsvLayout.Row::sample)
        .col("uit_pat_bsn", NATIONAL_ID, r -> r.p().nationalId())
        .col("uit_pat_anaam", FAMILY_NAME, r -> r.p().fullFamily())
        .col("uit_pat_vrlt", INITIALS, r -> r.p().initials().replace(".", ""))
        .col("uit_pat_gebdt", BIRTH_DATE, CsvLayout.Row::birth)
        .col("uit_afnamedt", CLINICAL_DATE, CsvLayout.Row::when)
        .col("uit_bep_code", TEST_TYPE, r -> hpvRow(r) ? "HPVPCR" : "CYTLBC")
        .col("uit_bep_oms", TEST_TYPE, r -> hpvRow(r) ? "hrHPV PCR" : "Cytologie (LBC)")
        // The KOPAC-B code is stored only on the cytology row; the HPV row leaves it empty.
        .graded("uit_kopac", TEST_RESULT, r -> hpvRow(r) ? CsvLayout.Cell.of("")
            : new CsvLayout.Cell(r.s().kopac(r.rng()), Screening.papGrade(r.s().kopacPap())))
        .graded("uit_res_txt", TEST_RESULT, r -> hpvRow(r)
            ? new CsvLayout.Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade())
            : new CsvLayout.Cell("Pap " + r.s().kopacPap(), Screening.papGrade(r.s().kopacPap())))
        .col("uit_stat", OTHER, r -> pick(r, "st", List.of("DEF", "DEF", "DEF", "AUT")))
        .col("uit_mut_usr", OTHER, r -> pick(r, "u", List.of("jdekker", "analist2", "sysbatch")))
        .col("uit_mut_dt", OTHER, r -> stamp(r, "m"));
  }

  private static CsvLayout nlBvo() {
    return CsvLayout.of("nl-bvo-scr-ronde-dump", Country.NL).women().ages(30, 65)
        .people(100).rows(1, 2).dates("yyyy-MM-dd")
        .col("scr_ronde_id", RECORD_ID, r -> "R" + r.sample().substring(1))
        .col("cli_bsn", NATIONAL_ID, r -> r.p().nationalId())
        .col("cli_voorletters", INITIALS, r -> r.p().initials())
        .col("cli_tussenv", FAMILY_NAME, r -> r.p().prefix())
        .col("cli_achternaam", FAMILY_NAME, r -> r.p().family())
        .col("cli_geb_datum", BIRTH_DATE, CsvLayout.Row::birth)
        .col("cli_postcode", POSTCODE, r -> r.p().postcode())
        .col("cli_huisnr", HOUSE_NUMBER, r -> String.valueOf(r.p().houseNumber()))
        .col("uitn_datum", CLINICAL_DATE, r -> r.fmt(r.date().minusDays(20 + r.visitPick("u", 40))))
        .col("mons_afname_dt", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("uitsl_hpv_cyto", TEST_RESULT,
            r -> new CsvLayout.Cell(r.s().combinedDutch(r.rng()), r.s().grade()))
        .col("vervolg_advies", PROCEDURE, r -> switch (r.s().grade()) {
          case NORMAL -> "Volgende ronde";
          case UNSATISFACTORY -> "Nieuw uitstrijkje";
          case ABNORMAL_LOW_GRADE -> r.s().papGrade() == ResultGrade.NORMAL
              ? "Controle-uitstrijkje na 6 mnd" : "Verwijzing gynaecoloog";
          default -> "Verwijzing gynaecoloog";
        })
        .col("ronde_status", OTHER, r -> pick(r, "rs", List.of("AFGEROND", "AFGEROND", "LOPEND")))
        .col("gewijzigd_door", OTHER, r -> pick(r, "g", List.of("SYSTEEM", "medewerker07")));
  }

  private static CsvLayout usLis() {
    return CsvLayout.of("us-lis-obx-result-dump", Country.US).women().ages(21, 65)
        .people(85).rows(1, 2).onePerResult().dates("yyyyMMdd").quoteAll()
        .col("obr_placer_ord_no", RECORD_ID, r -> "ORD" + r.sample().substring(1))
        .col("pid_3_mrn", RECORD_ID, r -> r.p().recordNumber())
        .col("pid_5_pt_name", PERSON_NAME, r -> (r.p().family() + "^" + r.p().given())
            .toUpperCase(Locale.ROOT))
        .col("pid_7_dob", BIRTH_DATE, CsvLayout.Row::birth)
        .col("pid_8_sex", SEX, r -> "F")
        .col("pid_19_ssn", NATIONAL_ID, r -> r.p().nationalId())
        .col("obr_16_ord_prov_npi", PROVIDER,
            r -> "1" + String.format(Locale.ROOT, "%09d", r.stable("npi", 40) * 7919 + 1000))
        .col("obr_7_coll_dt", CLINICAL_DATE, CsvLayout.Row::when)
        .col("obx_3_loinc", TEST_TYPE, r -> hpvRow(r) ? "30167-1" : "19762-4")
        .col("obx_3_text", TEST_TYPE, r -> hpvRow(r) ? "HPV HR DNA Cervix Ql Probe+Sig Amp"
            : "Cytology Cervix ThinPrep")
        .graded("obx_5_value", TEST_RESULT, r -> hpvRow(r)
            ? new CsvLayout.Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade())
            : new CsvLayout.Cell(r.s().bethesda(r.rng()), r.s().papGrade()))
        .col("obx_8_abn_flg", OTHER, r -> (hpvRow(r) ? r.s().hpvGrade() : r.s().papGrade())
            .compareTo(ResultGrade.NORMAL) > 0 ? "A" : "N")
        .col("obx_11_rslt_stat", OTHER, r -> "F")
        .col("upd_user_id", OTHER, r -> pick(r, "u", List.of("CT_MLEE", "CT_RPATEL", "INTERFACE")));
  }

  private static CsvLayout usEhr() {
    return CsvLayout.of("us-ehr-enc-dx-rx-dump", Country.US).ages(18, 85)
        .people(70).rows(1, 4).dates("MM/dd/yyyy")
        .col("PAT_ENC_CSN_ID", RECORD_ID, r -> "E" + r.sample().substring(1))
        .col("PAT_MRN_ID", RECORD_ID, r -> r.p().recordNumber())
        .col("PAT_LAST_NAME", FAMILY_NAME, r -> r.p().family())
        .col("PAT_FIRST_NAME", GIVEN_NAME, r -> r.p().given())
        .col("BIRTH_DATE", BIRTH_DATE, CsvLayout.Row::birth)
        .col("SEX_C", SEX, r -> r.p().female() ? "1" : "2")
        .col("PATIENT_RACE", RACIAL_OR_ETHNIC_ORIGIN, r -> stablePick(r, "race", Clinical.US_RACE))
        .col("ETHNIC_GROUP", RACIAL_OR_ETHNIC_ORIGIN,
            r -> stablePick(r, "eth", Clinical.US_ETHNICITY))
        .col("ZIP", POSTCODE, r -> r.p().postcode())
        .col("HOME_PHONE", PHONE, r -> r.p().phone()).blank(15)
        .col("CONTACT_DATE", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("ICD10_CODE", DIAGNOSIS, r -> new CsvLayout.Cell(r.dx().icd(), r.dx().grade()))
        .graded("DX_NAME", DIAGNOSIS, r -> new CsvLayout.Cell(
            r.dx().english().replace(" (disorder)", "").replace(" (finding)", ""), r.dx().grade()))
        .col("PRIMARY_DX_YN", OTHER, r -> r.visitPick("p", 3) == 0 ? "N" : "Y")
        .col("RXNORM_CODE", MEDICATION, r -> r.med().rxnorm()).blank(35)
        .col("MED_DESCRIPTION", MEDICATION, r -> r.med().name()).blank(10)
        .col("ORDER_STATUS_C", OTHER, r -> pick(r, "rx", List.of("1", "1", "2", "5")));
  }

  /** NHSCSP cytology result code for the Pap class drawn. */
  private static String nhsCode(String pap) {
    return Screening.nhsResultCode(pap);
  }

  private static CsvLayout ukCyto() {
    return CsvLayout.of("uk-cyto-lims-tst-dump", Country.UK).women().ages(25, 64)
        .people(95).rows(1, 2).dates("dd/MM/yyyy").crlf()
        .col("tst_lab_no", RECORD_ID, r -> "CY" + r.sample().substring(1))
        .col("pat_nhs_no", NATIONAL_ID, r -> r.p().nationalId())
        .col("pat_surname", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("pat_forename", GIVEN_NAME, r -> r.p().given())
        .col("pat_dob", BIRTH_DATE, CsvLayout.Row::birth)
        .col("pat_pcode", POSTCODE, r -> r.p().postcode())
        .col("gp_prac_code", PROVIDER, r -> String.format(Locale.ROOT, "%c%05d",
            (char) ('A' + r.stable("prac", 20)), 81000 + r.stable("pc", 900)))
        .col("tst_taken_dt", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("hpv_res", TEST_RESULT, r -> new CsvLayout.Cell(
            switch (r.s().hpv()) {
              case NEGATIVE -> "Negative";
              case POSITIVE -> "Positive";
              case UNSATISFACTORY -> "Inadequate";
            }, r.s().hpvGrade()))
        .graded("cyt_res_cd", TEST_RESULT,
            r -> new CsvLayout.Cell(nhsCode(r.s().pap()), r.s().papGrade()))
        .graded("cyt_res_desc", TEST_RESULT,
            r -> new CsvLayout.Cell(r.s().nhsCytology(r.rng()), r.s().papGrade()))
        .col("act_cd", PROCEDURE, r -> switch (r.s().grade()) {
          case NORMAL -> "A";
          case UNSATISFACTORY -> "R";
          default -> r.s().papGrade().compareTo(ResultGrade.NORMAL) > 0 ? "S" : "R";
        })
        .col("auth_by", OTHER, r -> pick(r, "a", List.of("BMS14", "CSP03", "PATH01")))
        .col("auth_dtm", OTHER, r -> stamp(r, "au"));
  }

  private static CsvLayout ukGp() {
    return CsvLayout.of("uk-gp-consult-snomed-dump", Country.UK).ages(18, 90)
        .people(75).rows(1, 3).dates("yyyy-MM-dd").crlf()
        .col("consultation_guid", RECORD_ID, r -> (r.p().uuid().substring(0, 24)
            + String.format(Locale.ROOT, "%010X%02X", r.visitPick("c", 1 << 30), r.visit()))
            .toUpperCase(Locale.ROOT))
        .col("nhs_number", NATIONAL_ID, r -> r.p().nationalId())
        .col("patient_name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given())
        .col("date_of_birth", BIRTH_DATE, CsvLayout.Row::birth)
        .col("sex", SEX, r -> r.p().female() ? "F" : "M")
        .col("ethnic_category", RACIAL_OR_ETHNIC_ORIGIN,
            r -> stablePick(r, "eth", Clinical.UK_ETHNIC_GROUP))
        .col("address_line_1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("postcode", POSTCODE, r -> r.p().postcode())
        .col("effective_date", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("snomed_concept_id", DIAGNOSIS,
            r -> new CsvLayout.Cell(r.dx().snomed(), r.dx().grade()))
        .graded("term", DIAGNOSIS, r -> new CsvLayout.Cell(r.dx().english(), r.dx().grade()))
        .col("problem_status", OTHER, r -> pick(r, "ps", List.of("Active", "Past", "Active")))
        .col("clinician_name", PROVIDER, r -> stablePick(r, "gp",
            List.of("Dr A Khan", "Dr S Walsh", "Dr M Okafor", "Dr J Reid")))
        .col("entered_by_user", OTHER, r -> pick(r, "eu", List.of("rec.jones", "dr.khan")));
  }

  private static CsvLayout beLabo() {
    return CsvLayout.of("be-labo-res-dump", Country.BE).women().ages(25, 64)
        .people(80).rows(1, 2).windows1252().delimiter(';').dates("dd/MM/yyyy")
        .col("lab_aanvr_nr", RECORD_ID, r -> r.sample().substring(1))
        .col("pat_insz", NATIONAL_ID, r -> r.p().nationalId())
        .col("pat_naam", FAMILY_NAME, r -> r.p().family())
        .col("pat_vnaam", GIVEN_NAME, r -> r.p().given())
        .col("pat_gebdat", BIRTH_DATE, CsvLayout.Row::birth)
        .col("pat_gesl", SEX, r -> "V")
        .col("pat_pc", POSTCODE, r -> r.p().postcode())
        .col("pat_gem", CITY, r -> r.p().city())
        .col("pat_mut_cd", OTHER, r -> stablePick(r, "mut",
            List.of("100", "200", "300", "500", "600")))
        .col("pat_mut_lidnr", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("presc_riziv", PROVIDER, r -> String.format(Locale.ROOT, "1%05d%02d%03d",
            r.stable("rz", 100000), r.stable("rz2", 100), 1 + r.stable("rz3", 999)))
        .col("staal_dt", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("res_hpv", TEST_RESULT, r -> new CsvLayout.Cell(switch (r.s().hpv()) {
          case NEGATIVE -> "negatief";
          case POSITIVE -> r.s().genotype().equals("other") ? "positief (andere hr-types)"
              : "positief (type " + r.s().genotype() + ")";
          case UNSATISFACTORY -> "niet beoordeelbaar";
        }, r.s().hpvGrade()))
        .graded("res_cyto_bethesda", TEST_RESULT,
            r -> new CsvLayout.Cell(r.s().bethesda(r.rng()), r.s().papGrade()))
        .col("res_valid_flg", OTHER, r -> "J")
        .col("res_valid_door", OTHER, r -> pick(r, "v", List.of("KLB01", "APATH2")));
  }

  private static CsvLayout deLdt() {
    return CsvLayout.of("de-lis-ldt-befund-dump", Country.DE).women().ages(20, 70)
        .people(85).rows(1, 2).onePerResult().delimiter(';').dates("ddMMyyyy")
        .col("fk8310_anf_nr", RECORD_ID, r -> r.sample().substring(1))
        .col("fk3119_kvnr", NATIONAL_ID, r -> r.p().nationalId())
        .col("fk3101_name", FAMILY_NAME, r -> r.p().family())
        .col("fk3102_vorname", GIVEN_NAME, r -> r.p().given())
        .col("fk3103_gebdat", BIRTH_DATE, CsvLayout.Row::birth)
        .col("fk3110_geschl", SEX, r -> "W")
        .col("fk4111_kassen_ik", OTHER, r -> stablePick(r, "ik",
            List.of("108310400", "101575519", "104940005", "105313145")))
        .col("fk8432_abn_dat", CLINICAL_DATE, CsvLayout.Row::when)
        .col("fk8410_test_id", TEST_TYPE, r -> hpvRow(r) ? "HPVHR" : "ZYTO")
        .col("fk8411_test_bez", TEST_TYPE, r -> hpvRow(r) ? "HPV-HR-DNA (PCR)"
            : "Zytologie Zervix (Münchner Nomenklatur III)")
        .graded("fk8420_ergebnis", TEST_RESULT, r -> hpvRow(r)
            ? new CsvLayout.Cell(r.s().hpvGerman(r.rng()), r.s().hpvGrade())
            : new CsvLayout.Cell(r.s().papMunich(), r.s().papMunichGrade()))
        .col("befund_status", OTHER, r -> pick(r, "bs", List.of("E", "E", "T")))
        .col("geaendert_am", OTHER, r -> stamp(r, "ga"));
  }

  private static CsvLayout dePvs() {
    return CsvLayout.of("de-pvs-diag-dump", Country.DE).ages(18, 90)
        .people(70).rows(1, 4).windows1252().delimiter(';').dates("dd.MM.yyyy")
        .col("pat_nr", RECORD_ID, r -> r.p().recordNumber())
        .col("pat_kvnr", NATIONAL_ID, r -> r.p().nationalId())
        .col("pat_nachname", FAMILY_NAME, r -> r.p().family())
        .col("pat_vorname", GIVEN_NAME, r -> r.p().given())
        .col("pat_gebdat", BIRTH_DATE, CsvLayout.Row::birth)
        .col("pat_plz", POSTCODE, r -> r.p().postcode())
        .col("pat_ort", CITY, r -> r.p().city())
        .col("pat_konfession", RELIGION_OR_BELIEF, r -> stablePick(r, "rel", Clinical.DE_RELIGION))
          .blank(20)
        .col("kasse_ik", OTHER, r -> stablePick(r, "ik", List.of("108310400", "109519005")))
        .col("diag_datum", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("diag_icd", DIAGNOSIS, r -> new CsvLayout.Cell(r.dx().icd(), r.dx().grade()))
        .col("diag_sicherheit", OTHER, r -> pick(r, "ds", List.of("G", "G", "G", "V", "Z", "A")))
        .graded("diag_text", DIAGNOSIS, r -> new CsvLayout.Cell(r.dx().german(), r.dx().grade()))
        .col("diag_dauer_kz", OTHER, r -> r.visitPick("dd", 2) == 0 ? "D" : "A")
        .col("arzt_lanr", PROVIDER, r -> String.format(Locale.ROOT, "%07d01",
            1000000 + r.stable("lanr", 8000000)))
        .col("erf_user", OTHER, r -> pick(r, "eu", List.of("MFA1", "MFA2", "ARZT")));
  }

  private static CsvLayout frSil() {
    return CsvLayout.of("fr-sil-cr-dump", Country.FR).women().ages(25, 65)
        .people(80).rows(1, 2).bom().delimiter(';').dates("dd/MM/yyyy")
        .col("num_dossier", RECORD_ID, r -> "D" + r.sample().substring(1))
        .col("nir", NATIONAL_ID, r -> r.p().nationalId())
        .col("nom_naiss", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("prenom", GIVEN_NAME, r -> r.p().given())
        .col("date_naiss", BIRTH_DATE, CsvLayout.Row::birth)
        .col("cp", POSTCODE, r -> r.p().postcode())
        .col("tel_port", PHONE, r -> r.p().phone()).blank(20)
        .col("presc_rpps", PROVIDER, r -> String.format(Locale.ROOT, "10%09d",
            r.stable("rpps", 1_000_000_000)))
        .col("dt_prel", CLINICAL_DATE, CsvLayout.Row::when)
        .col("code_exam", TEST_TYPE, r -> r.s().hasCytology() ? "HPVHR+CYTO" : "HPVHR")
        .graded("res_hpv_hr", TEST_RESULT,
            r -> new CsvLayout.Cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade()))
        .graded("res_cyto", TEST_RESULT, r -> new CsvLayout.Cell(r.s().bethesdaFrench(r.rng()),
            r.s().papGrade()))
        // A biopsy is read only after an abnormal smear; elsewhere the column is empty.
        .graded("res_histo", DIAGNOSIS, r -> r.s().papGrade().compareTo(ResultGrade.NORMAL) > 0
            && r.visitPick("h", 2) == 0
            ? new CsvLayout.Cell(switch (r.histology()) {
              case NO_CIN -> "Absence de CIN";
              case CIN1 -> "CIN 1 (lésion de bas grade)";
              case CIN2 -> "CIN 2";
              case CIN3 -> "CIN 3";
              case CARCINOMA -> "Carcinome épidermoïde infiltrant";
            }, r.histology().grade) : CsvLayout.Cell.of(""))
        .col("statut_cr", OTHER, r -> pick(r, "sc", List.of("VALIDE", "VALIDE", "DIFFUSE")))
        .col("valid_bio", OTHER, r -> pick(r, "vb", List.of("BIO1", "BIO3", "ANAPATH2")));
  }

  private static CsvLayout ieCerv() {
    return CsvLayout.of("ie-cerv-scr-tst-dump", Country.IE).women().ages(25, 65)
        .people(90).rows(1, 2).delimiter('|').dates("dd-MM-yyyy")
        .col("tst_accession", RECORD_ID, r -> "IE" + r.sample().substring(1))
        .col("pt_ppsn", NATIONAL_ID, r -> r.p().nationalId())
        .col("pt_fname", GIVEN_NAME, r -> r.p().given())
        .col("pt_sname", FAMILY_NAME, r -> r.p().family())
        .col("pt_dob", BIRTH_DATE, CsvLayout.Row::birth)
        .col("pt_age", AGE,
            r -> String.valueOf(Period.between(r.p().birthDate(), r.date()).getYears()))
        .col("pt_eircode", POSTCODE, r -> r.p().postcode())
        .col("pt_email", EMAIL, r -> r.p().email()).blank(30)
        .col("smp_taker_id", PROVIDER, r -> String.format(Locale.ROOT, "ST%05d",
            r.stable("st", 100000)))
        .col("smp_dt", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("hpv_rslt", TEST_RESULT,
            r -> new CsvLayout.Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade()))
        .graded("cyto_rslt", TEST_RESULT,
            r -> new CsvLayout.Cell(r.s().nhsCytology(r.rng()), r.s().papGrade()))
        .col("rec_stat", OTHER, r -> pick(r, "rs", List.of("C", "C", "A")))
        .col("last_upd_dt", OTHER, r -> stamp(r, "lu"));
  }

  private static CsvLayout nlDecl() {
    return CsvLayout.of("nl-zvz-decl-regel-dump", Country.NL).ages(18, 85)
        .people(70).rows(1, 4).delimiter(';').dates("yyyyMMdd")
        .col("dcl_nr", INSURANCE_ID, r -> "D" + r.sample().substring(1)
            + String.format(Locale.ROOT, "%02d", r.visit()))
        .col("vrz_nr", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("vrz_bsn", NATIONAL_ID, r -> r.p().nationalId())
        .col("vrz_gebdat", BIRTH_DATE, CsvLayout.Row::birth)
        .col("vrz_gesl", SEX, r -> r.p().female() ? "2" : "1")
        .col("vrz_pc", POSTCODE, r -> r.p().postcode().replace(" ", ""))
        .col("zvl_agb", PROVIDER, r -> String.format(Locale.ROOT, "0%07d",
            r.stable("agb", 10_000_000)))
        .col("prest_dt", CLINICAL_DATE, CsvLayout.Row::when)
        .col("prest_oms", PROCEDURE, r -> r.proc().dutch())
        .graded("diag_cd", DIAGNOSIS, r -> new CsvLayout.Cell(r.dx().icd(), r.dx().grade()))
        .col("bedrag_ing", OTHER, r -> String.format(Locale.ROOT, "%d,%02d",
            20 + r.visitPick("b", 900), r.visitPick("c", 100)))
        .col("dcl_stat", OTHER, r -> pick(r, "ds", List.of("TOEGEKEND", "TOEGEKEND", "AFGEWEZEN")))
        .col("verw_dt", OTHER, r -> stamp(r, "vw"));
  }
}
