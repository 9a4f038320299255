package org.exposure.evaluation;

import static org.exposure.evaluation.Country.DE;
import static org.exposure.evaluation.Country.IE;
import static org.exposure.evaluation.Country.UK;
import static org.exposure.evaluation.Country.US;
import static org.exposure.model.FieldType.AGE;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.EMAIL;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.FREE_TEXT;
import static org.exposure.model.FieldType.GEOLOCATION;
import static org.exposure.model.FieldType.GIVEN_NAME;
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
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;
import static org.exposure.model.ResultGrade.ABNORMAL_HIGH_GRADE;
import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.CANCER;
import static org.exposure.model.ResultGrade.NONE;
import static org.exposure.model.ResultGrade.UNGRADED;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The research part of the corpus (issue 17): layouts after the published data dictionaries of
 * research networks and warehouses, written by someone who had read neither the classifier nor any
 * figure: the OMOP CDM v5.4 {@code person} and {@code measurement} tables, PCORnet's
 * {@code LAB_RESULT_CM}, MIMIC-IV's {@code patients} joined to {@code admissions}, a CDISC SDTM
 * {@code LB} domain, the NHS cervical screening call/recall record with its result, infection and
 * action codes, a UK Biobank showcase extract ({@code 31-0.0} field ids), CMS DE-SynPUF's
 * beneficiary summary and carrier claims, a REDCap export of an Irish cohort (raw headers, label
 * values, {@code ___n} checkboxes, {@code _complete} status), a US immunization registry's flat
 * export and i2b2's {@code observation_fact}.
 *
 * <p>Research files carry pseudonymous keys, coded categories (concept ids, 1/2 flags), dates split
 * or shifted, and results beside their qualifiers and flags: the truth follows the labelling guide
 * of {@code docs/evaluation.md}, and where the guide has no row the nearest one decides (listed
 * there under "The research part").
 */
final class ResearchLayouts {
  private ResearchLayouts() {}

  private static final DateTimeFormatter ISO_T = DateTimeFormatter.ofPattern(
      "yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern(
      "yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter SDTM = DateTimeFormatter.ofPattern(
      "yyyy-MM-dd'T'HH:mm", Locale.ROOT);

  static List<CsvLayout> all() {
    return List.of(omopPerson(), omopMeasurement(), pcornetLab(), mimicAdmissions(), sdtmLab(),
        nhsCallRecall(), ukBiobank(), synpufBeneficiary(), synpufCarrier(), redcapCohort(),
        iisImmunizations(), i2b2Facts());
  }

  // ------------------------------------------------------------------------------- OMOP CDM v5.4

  /** OMOP's {@code person} table as ETL-Synthea fills it: concept ids beside the source values. */
  private static CsvLayout omopPerson() {
    return CsvLayout.of("us-omop-cdm-person", US).delimiter('\t').dates("yyyy-MM-dd").people(240)
        .ages(0, 95)
        .col("person_id", RECORD_ID, ResearchLayouts::personNumber)
        .col("gender_concept_id", SEX, r -> r.p().female() ? "8532" : "8507")
        .col("year_of_birth", BIRTH_DATE, r -> String.valueOf(r.p().birthDate().getYear()))
        .col("month_of_birth", BIRTH_DATE, r -> String.valueOf(r.p().birthDate().getMonthValue()))
        .col("day_of_birth", BIRTH_DATE, r -> String.valueOf(r.p().birthDate().getDayOfMonth()))
        .col("birth_datetime", BIRTH_DATE, r -> ISO_T.format(r.p().birthDate().atStartOfDay()))
        .col("race_concept_id", RACIAL_OR_ETHNIC_ORIGIN, r -> RACE_CONCEPTS.get(race(r)))
        .col("ethnicity_concept_id", RACIAL_OR_ETHNIC_ORIGIN, r -> hispanic(r) ? "38003563"
            : "38003564")
        .col("location_id", OTHER, r -> String.valueOf(1 + stable(r, "location", 180)))
        .col("provider_id", PROVIDER, r -> String.valueOf(2000 + stable(r, "provider", 400)))
        .blank(30)
        .col("care_site_id", OTHER, r -> String.valueOf(300 + stable(r, "site", 40))).blank(30)
        .col("person_source_value", RECORD_ID, r -> r.p().uuid())
        .col("gender_source_value", SEX, r -> r.p().female() ? "F" : "M")
        .col("gender_source_concept_id", OTHER, r -> "0")
        .col("race_source_value", RACIAL_OR_ETHNIC_ORIGIN, r -> Clinical.US_RACE.get(race(r)))
        .col("race_source_concept_id", OTHER, r -> "0")
        .col("ethnicity_source_value", RACIAL_OR_ETHNIC_ORIGIN, r -> hispanic(r) ? "hispanic"
            : "nonhispanic")
        .col("ethnicity_source_concept_id", OTHER, r -> "0");
  }

  /**
   * OMOP's {@code measurement} table with the concept names joined, as an analyst exports it: the
   * HPV answer as a value concept (LOINC answer concepts), the cytology left unmapped (concept 0)
   * with the lab's words in {@code value_source_value}.
   */
  private static CsvLayout omopMeasurement() {
    return CsvLayout.of("us-omop-cdm-measurement-cervix", US).dates("yyyy-MM-dd").women()
        .ages(21, 65).people(120).rows(1, 2).onePerResult()
        .col("measurement_id", RECORD_ID, r -> String.valueOf(visitKey(r, 2_000_000) * 10
            + (hpv(r) ? 1 : 2)))
        .col("person_id", RECORD_ID, ResearchLayouts::personNumber)
        .col("measurement_concept_id", TEST_TYPE, r -> hpv(r) ? "3016451" : "3019148")
        .col("measurement_concept_name", TEST_TYPE, r -> hpv(r)
            ? "Human papilloma virus 16+18+31+33+35+45+51+52+56 DNA [Presence] in Cervix by Probe"
            : "Microscopic observation [Identifier] in Cervical or vaginal smear or scraping by"
                + " Cyto stain")
        .col("measurement_date", CLINICAL_DATE, Row::when)
        .col("measurement_datetime", CLINICAL_DATE, r -> ISO_T.format(sampleTime(r)))
        .col("measurement_type_concept_id", OTHER, r -> "32817")
        .graded("value_as_concept_id", TEST_RESULT, r -> omopAnswer(r, true))
        .graded("value_as_concept_name", TEST_RESULT, r -> omopAnswer(r, false))
        .col("provider_id", PROVIDER, r -> String.valueOf(2000 + fixed(r, "prov", 400))).blank(20)
        .col("visit_occurrence_id", RECORD_ID, r -> String.valueOf(70_000_000
            + visitKey(r, 2_000_000)))
        .col("measurement_source_value", TEST_TYPE, r -> hpv(r) ? "21440-3" : "10524-7")
        .graded("value_source_value", TEST_RESULT, r -> hpv(r)
            ? new Cell(switch (r.s().hpv()) {
              case NEGATIVE -> "NEGATIVE";
              case POSITIVE -> pick(r, "POSITIVE", "HR HPV POSITIVE");
              case UNSATISFACTORY -> "Unsatisfactory specimen";
            }, r.s().hpvGrade())
            : new Cell(r.s().bethesda(r.rng()), r.s().papGrade()));
  }

  // ------------------------------------------------------------------------------- PCORnet CDM

  /**
   * PCORnet's {@code LAB_RESULT_CM}, out of SAS with {@code DATE9.} dates ({@code 03MAR2021}): the
   * qualitative result in {@code RESULT_QUAL}, the abnormal flag in {@code ABN_IND}, the lab's
   * words in {@code RAW_RESULT}; {@code OT} and {@code NI} are the model's "other" and "no
   * information".
   */
  private static CsvLayout pcornetLab() {
    return CsvLayout.of("us-pcornet-lab-result-cm", US).delimiter('|').dates("ddMMMyyyy").women()
        .ages(21, 65).people(110).rows(1, 3).onePerResult().byDate().crlf()
        .col("LAB_RESULT_CM_ID", RECORD_ID, r -> "LR" + visitKey(r, 20_000_000) + (hpv(r) ? 1 : 2))
        .col("PATID", RECORD_ID, r -> r.p().uuid().substring(0, 8).toUpperCase(Locale.ROOT))
        .col("ENCOUNTERID", RECORD_ID, r -> "E" + visitKey(r, 2_000_000)).blank(15)
        .col("SPECIMEN_SOURCE", TEST_TYPE, r -> "CERVIX")
        .col("LAB_LOINC", TEST_TYPE, r -> hpv(r) ? pick(r, "21440-3", "30167-1") : "10524-7")
        .col("LAB_LOINC_SOURCE", OTHER, r -> "DM")
        .col("PRIORITY", OTHER, r -> "R")
        .col("RESULT_LOC", OTHER, r -> "L")
        .col("LAB_PX", TEST_TYPE, r -> hpv(r) ? "87624" : "88175")
        .col("LAB_PX_TYPE", OTHER, r -> "CH")
        .col("LAB_ORDER_DATE", CLINICAL_DATE, r -> sas(r, r.date()))
        .col("SPECIMEN_DATE", CLINICAL_DATE, r -> sas(r, r.date()))
        .col("SPECIMEN_TIME", OTHER, r -> String.format(Locale.ROOT, "%02d:%02d",
            8 + fixed(r, "h", 9), fixed(r, "m", 60)))
        .col("RESULT_DATE", CLINICAL_DATE, r -> sas(r, r.date().plusDays(3 + fixed(r, "d", 9))))
        .graded("RESULT_QUAL", TEST_RESULT, ResearchLayouts::pcornetQual)
        .col("RESULT_MODIFIER", OTHER, r -> "TX")
        .graded("ABN_IND", TEST_RESULT, ResearchLayouts::abnormalFlag)
        .col("RAW_LAB_NAME", TEST_TYPE, r -> hpv(r) ? "HPV HIGH RISK DNA" : "THINPREP PAP SMEAR")
        .graded("RAW_RESULT", TEST_RESULT, r -> hpv(r)
            ? new Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade())
            : new Cell(r.s().bethesda(r.rng()), r.s().papGrade()));
  }

  // ------------------------------------------------------------------------------- MIMIC-IV

  /**
   * MIMIC-IV's {@code patients} joined to {@code admissions}, one row per admission: an anchor age
   * and year instead of a birth date, every date shifted into the 22nd century by one offset per
   * patient.
   */
  private static CsvLayout mimicAdmissions() {
    return CsvLayout.of("us-mimic-iv-admissions", US).dates("yyyy-MM-dd").people(120).ages(25, 95)
        .rows(1, 4)
        .col("subject_id", RECORD_ID, r -> String.valueOf(10_000_000
            + personKey(r, 9_000_000)))
        .col("hadm_id", RECORD_ID, r -> String.valueOf(20_000_000 + visitKey(r, 2_000_000)))
        .col("gender", SEX, r -> r.p().female() ? "F" : "M")
        .col("anchor_age", AGE, r -> String.valueOf(Math.min(91,
            Period.between(r.p().birthDate(), LocalDate.of(2019, 1, 1)).getYears())))
        .col("anchor_year", OTHER, r -> String.valueOf(2019 + shiftYears(r)))
        .col("anchor_year_group", OTHER, r -> pickStable(r, "group", List.of("2008 - 2010",
            "2011 - 2013", "2014 - 2016", "2017 - 2019")))
        .col("dod", CLINICAL_DATE, r -> died(r)
            ? LocalDate.of(2025, 7, 1).plusYears(shiftYears(r)).plusDays(stable(r, "dod", 300))
                .toString() : "")
        .col("admittime", CLINICAL_DATE, r -> SQL_TIME.format(admitted(r)))
        .col("dischtime", CLINICAL_DATE, r -> SQL_TIME.format(admitted(r)
            .plusHours(20 + fixed(r, "stay", 200))))
        .col("admission_type", OTHER, r -> pick(r, "EW EMER.", "URGENT", "ELECTIVE",
            "OBSERVATION ADMIT", "SURGICAL SAME DAY ADMISSION", "DIRECT EMER."))
        .col("admit_provider_id", PROVIDER, r -> "P" + Integer.toHexString(0x10000
            + fixed(r, "provider", 0xEFFFF)).toUpperCase(Locale.ROOT))
        .col("admission_location", OTHER, r -> pick(r, "EMERGENCY ROOM", "PHYSICIAN REFERRAL",
            "TRANSFER FROM HOSPITAL", "WALK-IN/SELF REFERRAL", "CLINIC REFERRAL"))
        .col("discharge_location", OTHER, r -> pick(r, "HOME", "HOME HEALTH CARE",
            "SKILLED NURSING FACILITY", "REHAB", "HOSPICE"))
        .col("insurance", OTHER, r -> pickStable(r, "ins", List.of("Medicare", "Medicaid", "Other",
            "Private")))
        .col("language", OTHER, r -> pickStable(r, "lang", List.of("ENGLISH", "ENGLISH", "ENGLISH",
            "?")))
        .col("marital_status", OTHER, r -> pickStable(r, "marital", List.of("MARRIED", "SINGLE",
            "WIDOWED", "DIVORCED", "")))
        .col("race", RACIAL_OR_ETHNIC_ORIGIN, r -> pickStable(r, "race", MIMIC_RACE))
        .col("edregtime", CLINICAL_DATE, r -> viaEmergency(r)
            ? SQL_TIME.format(admitted(r).minusHours(3 + fixed(r, "ed", 5))) : "")
        .col("edouttime", CLINICAL_DATE, r -> viaEmergency(r)
            ? SQL_TIME.format(admitted(r).plusMinutes(20)) : "")
        .col("hospital_expire_flag", OTHER, r -> "0");
  }

  // ------------------------------------------------------------------------------- CDISC SDTM

  /**
   * An SDTM {@code LB} domain of a cervical-screening trial run at German sites: pseudonymous
   * {@code USUBJID}, sponsor test codes, original and standardised results, the reference-range
   * indicator, ISO 8601 collection times; no name, no date of birth.
   */
  private static CsvLayout sdtmLab() {
    return CsvLayout.of("de-sdtm-lb-cervical-trial", DE).windows1252().dates("yyyy-MM-dd").women()
        .ages(30, 60)
        .people(100).rows(1, 3).onePerResult()
        .col("STUDYID", OTHER, r -> "HPVSCR-301")
        .col("DOMAIN", OTHER, r -> "LB")
        .col("USUBJID", RECORD_ID, r -> "HPVSCR-301-49" + String.format(Locale.ROOT, "%02d-%04d",
            1 + stable(r, "site", 12), personKey(r, 10_000)))
        .col("LBSEQ", OTHER, r -> String.valueOf(r.visit() * 2 + (hpv(r) ? 1 : 2)))
        .col("LBTESTCD", TEST_TYPE, r -> hpv(r) ? "HPVHR" : "CERVCYTO")
        .col("LBTEST", TEST_TYPE, r -> hpv(r) ? "High Risk HPV DNA" : "Cervical Cytology")
        .col("LBCAT", OTHER, r -> hpv(r) ? "MICROBIOLOGY" : "CYTOLOGY")
        .col("LBSPEC", TEST_TYPE, r -> "CERVIX")
        .col("LBMETHOD", TEST_TYPE, r -> hpv(r) ? "POLYMERASE CHAIN REACTION"
            : "LIQUID-BASED CYTOLOGY")
        .graded("LBORRES", TEST_RESULT, r -> hpv(r)
            ? new Cell(switch (r.s().hpv()) {
              case NEGATIVE -> "NEGATIVE";
              case POSITIVE -> "POSITIVE";
              case UNSATISFACTORY -> "UNSATISFACTORY";
            }, r.s().hpvGrade())
            : new Cell(BETHESDA_SHORT.get(papIndex(r)), r.s().papGrade()))
        .graded("LBSTRESC", TEST_RESULT, r -> hpv(r)
            ? new Cell(switch (r.s().hpv()) {
              case NEGATIVE -> "NEGATIVE";
              case POSITIVE -> "POSITIVE";
              case UNSATISFACTORY -> "UNSATISFACTORY FOR EVALUATION";
            }, r.s().hpvGrade())
            : new Cell(BETHESDA_SDTM.get(papIndex(r)), r.s().papGrade()))
        .graded("LBNRIND", TEST_RESULT, r -> {
          ResultGrade g = hpv(r) ? r.s().hpvGrade() : r.s().papGrade();
          return switch (g) {
            case NORMAL -> new Cell("NORMAL", g);
            case UNSATISFACTORY -> Cell.of("");
            default -> new Cell("ABNORMAL", g);
          };
        })
        .col("VISITNUM", OTHER, r -> String.valueOf(r.visit() + 1))
        .col("VISIT", OTHER, r -> List.of("SCREENING", "MONTH 12", "MONTH 24").get(r.visit()))
        .col("LBDTC", CLINICAL_DATE, r -> SDTM.format(visitDate(r).atTime(8 + fixed(r, "h", 9),
            fixed(r, "m", 60))))
        .col("LBDY", OTHER, r -> String.valueOf(1 + r.visit() * 365 + fixed(r, "dy", 20)));
  }

  // ------------------------------------------------------------------------------- United Kingdom

  /**
   * The NHS cervical screening call/recall record of each test: the programme's result code (X when
   * no cytology was done), HPV infection code (0 negative, 9 positive, U unavailable), action code
   * (A routine recall, R repeat, S suspend for referral), and the next test due date.
   */
  private static CsvLayout nhsCallRecall() {
    return CsvLayout.of("uk-csp-call-recall-history", UK).dates("dd-MM-yyyy").women().ages(25, 64)
        .people(170).rows(1, 3)
        .col("NHS Number", NATIONAL_ID, r -> r.p().nationalId().substring(0, 3) + " "
            + r.p().nationalId().substring(3, 6) + " " + r.p().nationalId().substring(6))
        .col("Surname", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Forenames", GIVEN_NAME, r -> (r.p().given() + " " + r.p().middle()).trim())
        .col("Date of Birth", BIRTH_DATE, Row::birth)
        .col("Address Line 1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Town", CITY, r -> r.p().city())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("GP Practice Code", PROVIDER, r -> pickStable(r, "gp", List.of("B", "C", "M", "Y"))
            + String.format(Locale.ROOT, "%05d", stable(r, "gpnum", 100_000)))
        .col("Test Date", CLINICAL_DATE, Row::when)
        .col("Source Code", OTHER, r -> pick(r, "G", "G", "G", "N", "H"))
        .graded("Result Code", TEST_RESULT, ResearchLayouts::nhsResultCode)
        .graded("Result", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(nhsResultCode(r).text().equals("6")
                ? "?Glandular neoplasia of endocervical type" : r.s().nhsCytology(r.rng()),
                r.s().papGrade())
            : new Cell("No cytology test undertaken", NONE))
        .graded("Infection Code", TEST_RESULT, r -> new Cell(switch (r.s().hpv()) {
          case NEGATIVE -> "0";
          case POSITIVE -> "9";
          case UNSATISFACTORY -> "U";
        }, r.s().hpvGrade()))
        .col("Action Code", OTHER, r -> nhsAction(r))
        .col("Next Test Due Date", CLINICAL_DATE, r -> r.fmt(r.date().plusMonths(switch (
            nhsAction(r)) {
          case "A" -> r.p().birthDate().plusYears(50).isAfter(r.date()) ? 36 : 60;
          case "R" -> 12;
          default -> 6;
        })));
  }

  /**
   * A UK Biobank showcase extract as {@code ukbconv} writes it: every cell quoted, a column per
   * field-instance-array ({@code 41270-0.0}), data codings instead of words, blanks where nothing
   * was recorded.
   */
  private static CsvLayout ukBiobank() {
    return CsvLayout.of("uk-biobank-showcase-extract", UK).quoteAll().dates("yyyy-MM-dd")
        .people(200).ages(57, 85)
        .col("eid", RECORD_ID, r -> String.valueOf(1_000_000 + personKey(r, 5_000_000)))
        .col("31-0.0", SEX, r -> r.p().female() ? "0" : "1")
        .col("34-0.0", BIRTH_DATE, r -> String.valueOf(r.p().birthDate().getYear()))
        .col("52-0.0", BIRTH_DATE, r -> String.valueOf(r.p().birthDate().getMonthValue()))
        .col("21022-0.0", AGE, r -> String.valueOf(Period.between(r.p().birthDate(), attended(r))
            .getYears()))
        .col("21000-0.0", RACIAL_OR_ETHNIC_ORIGIN, r -> pickStable(r, "eth", UKB_ETHNIC))
        .col("53-0.0", CLINICAL_DATE, r -> attended(r).toString())
        .col("54-0.0", OTHER, r -> pickStable(r, "centre", List.of("11010", "11016", "11009",
            "11017", "11013", "11021")))
        .col("189-0.0", OTHER, r -> String.format(Locale.ROOT, "%.5f",
            -5.5 + stable(r, "townsend", 1_300_000) / 100_000.0)).blank(3)
        .col("20074-0.0", GEOLOCATION, r -> String.valueOf((380 + stable(r, "east", 120)) * 1000))
        .col("20075-0.0", GEOLOCATION, r -> String.valueOf((380 + stable(r, "north", 120)) * 1000))
        .graded("20116-0.0", TEST_RESULT, r -> {
          String status = pickStable(r, "smoke", List.of("0", "0", "1", "2", "-3"));
          return status.equals("-3") ? Cell.of(status) : new Cell(status, UNGRADED);
        })
        .graded("41270-0.0", DIAGNOSIS, r -> inpatient(r) ? ukbDx(r.dx()) : Cell.of(""))
        .graded("41270-0.1", DIAGNOSIS, r -> inpatient(r) && fixed(r, "dx2", 2) == 0
            ? ukbDx(Clinical.DIAGNOSES.get(fixed(r, "dx2code", Clinical.DIAGNOSES.size())))
            : Cell.of(""))
        .col("41280-0.0", CLINICAL_DATE, r -> inpatient(r) ? r.when() : "")
        .graded("40006-0.0", DIAGNOSIS, r -> registryCancer(r) == null ? Cell.of("")
            : ukbDx(registryCancer(r)))
        .col("40005-0.0", CLINICAL_DATE, r -> registryCancer(r) == null ? ""
            : r.fmt(r.date().minusDays(40)))
        .col("40000-0.0", CLINICAL_DATE, r -> stable(r, "death", 25) == 0
            ? r.fmt(r.date().plusYears(1)) : "")
        .col("20003-0.0", MEDICATION, r -> pickStable(r, "med", UKB_MEDICINES)).blank(35);
  }

  // ------------------------------------------------------------------------------- CMS DE-SynPUF

  /** The DE-SynPUF beneficiary summary: 1/2 codes, chronic-condition flags, payment totals. */
  private static CsvLayout synpufBeneficiary() {
    CsvLayout layout = CsvLayout.of("us-desynpuf-beneficiary-summary", US).dates("yyyyMMdd")
        .people(220).ages(83, 105)
        .col("DESYNPUF_ID", RECORD_ID, ResearchLayouts::synpufId)
        .col("BENE_BIRTH_DT", BIRTH_DATE, Row::birth)
        .col("BENE_DEATH_DT", CLINICAL_DATE, r -> stable(r, "death", 16) == 0
            ? r.fmt(LocalDate.of(2010, 1, 1).plusDays(stable(r, "deathday", 700))) : "")
        .col("BENE_SEX_IDENT_CD", SEX, r -> r.p().female() ? "2" : "1")
        .col("BENE_RACE_CD", RACIAL_OR_ETHNIC_ORIGIN, r -> pickStable(r, "race", List.of("1", "1",
            "1", "1", "2", "3", "5")))
        .graded("BENE_ESRD_IND", DIAGNOSIS, r -> chronic(r, "ESRD", 12)
            ? new Cell("Y", UNGRADED) : Cell.of("0"))
        .col("SP_STATE_CODE", OTHER, r -> "22")
        .col("BENE_COUNTY_CD", OTHER, r -> String.format(Locale.ROOT, "%03d",
            10 * (1 + stable(r, "county", 14))))
        .col("BENE_HI_CVRAGE_TOT_MONS", OTHER, r -> "12")
        .col("BENE_SMI_CVRAGE_TOT_MONS", OTHER, r -> pickStable(r, "smi", List.of("12", "12", "0")))
        .col("BENE_HMO_CVRAGE_TOT_MONS", OTHER, r -> pickStable(r, "hmo", List.of("0", "0", "12")))
        .col("PLAN_CVRG_MOS_NUM", OTHER, r -> pickStable(r, "plan", List.of("0", "12", "12")));
    for (String[] condition : SYNPUF_CONDITIONS) {
      ResultGrade yes = condition[0].equals("SP_CNCR") ? CANCER : UNGRADED;
      layout.graded(condition[0], DIAGNOSIS, r -> chronic(r, condition[0],
          Integer.parseInt(condition[1])) ? new Cell("1", yes) : Cell.of("2"));
    }
    for (String amount : List.of("MEDREIMB_IP", "BENRES_IP", "PPPYMT_IP", "MEDREIMB_OP",
        "BENRES_OP", "PPPYMT_OP", "MEDREIMB_CAR", "BENRES_CAR", "PPPYMT_CAR")) {
      layout.col(amount, OTHER, r -> stable(r, amount, 3) == 0 ? "0.00"
          : String.format(Locale.ROOT, "%d.00", 10 * stable(r, amount + "$", 900)));
    }
    return layout;
  }

  /**
   * The DE-SynPUF carrier claims file: a claim per row, ICD-9-CM diagnoses without the dot (795.0x
   * for abnormal Pap and HPV findings, 622.1x for cervical dysplasia), HCPCS line items with their
   * performing NPI and tax number.
   */
  private static CsvLayout synpufCarrier() {
    return CsvLayout.of("us-desynpuf-carrier-claims", US).dates("yyyyMMdd").people(120)
        .ages(83, 100).rows(1, 4)
        .col("DESYNPUF_ID", RECORD_ID, ResearchLayouts::synpufId)
        .col("CLM_ID", INSURANCE_ID, r -> String.valueOf(887_200_000_000_000L
            + visitKey(r, 20_000_000) * 1000 + 312))
        .col("CLM_FROM_DT", CLINICAL_DATE, r -> r.fmt(claimDate(r)))
        .col("CLM_THRU_DT", CLINICAL_DATE, r -> r.fmt(claimDate(r)))
        .graded("ICD9_DGNS_CD_1", DIAGNOSIS, r -> icd9(r, 1))
        .graded("ICD9_DGNS_CD_2", DIAGNOSIS, r -> icd9(r, 2))
        .graded("ICD9_DGNS_CD_3", DIAGNOSIS, r -> icd9(r, 3))
        .col("PRF_PHYSN_NPI_1", PROVIDER, r -> npi(r, "npi1"))
        .col("TAX_NUM_1", PROVIDER, r -> CheckDigits.digits(r.rng(), 9))
        .col("HCPCS_CD_1", PROCEDURE, r -> hcpcs(r)[0])
        .col("LINE_NCH_PMT_AMT_1", OTHER, r -> String.format(Locale.ROOT, "%d.00",
            10 + fixed(r, "pay1", 150)))
        .graded("LINE_ICD9_DGNS_CD_1", DIAGNOSIS, r -> icd9(r, 1))
        .col("PRF_PHYSN_NPI_2", PROVIDER, r -> secondLine(r) ? npi(r, "npi2") : "")
        .col("TAX_NUM_2", PROVIDER, r -> secondLine(r) ? CheckDigits.digits(r.rng(), 9) : "")
        .col("HCPCS_CD_2", PROCEDURE, r -> hcpcs(r)[1])
        .col("LINE_NCH_PMT_AMT_2", OTHER, r -> secondLine(r) ? String.format(Locale.ROOT,
            "%d.00", 10 + fixed(r, "pay2", 90)) : "")
        .graded("LINE_ICD9_DGNS_CD_2", DIAGNOSIS, r -> secondLine(r) ? icd9(r, 2).text().isEmpty()
            ? icd9(r, 1) : icd9(r, 2) : Cell.of(""));
  }

  // ------------------------------------------------------------------------------- REDCap, Ireland

  /**
   * A REDCap export of an Irish HPV self-sampling cohort (API: raw headers, label values): one row
   * per event; the baseline row holds the demographics form, later events leave it blank;
   * checkboxes as {@code ___n} columns of {@code Checked}/{@code Unchecked}; a {@code _complete}
   * status per form.
   */
  private static CsvLayout redcapCohort() {
    return CsvLayout.of("ie-redcap-hpv-self-sampling-cohort", IE).bom().dates("yyyy-MM-dd").women()
        .ages(30, 65).people(90).rows(1, 3)
        .col("record_id", RECORD_ID, r -> (1 + stable(r, "dag", 3)) + "-" + (100
            + personKey(r, 900)))
        .col("redcap_event_name", OTHER, r -> List.of("Baseline (Arm 1: Self-sampling)",
            "Month 12 (Arm 1: Self-sampling)", "Month 24 (Arm 1: Self-sampling)").get(r.visit()))
        .col("redcap_data_access_group", OTHER, r -> List.of("cork_cuh", "galway_uhg",
            "dublin_coombe").get(stable(r, "dag", 3)))
        .col("hospital_mrn", RECORD_ID, r -> baseline(r, r.p().recordNumber()))
        .col("first_name", GIVEN_NAME, r -> baseline(r, r.p().given()))
        .col("last_name", FAMILY_NAME, r -> baseline(r, r.p().family()))
        .col("dob", BIRTH_DATE, r -> baseline(r, r.birth()))
        .col("age_consent", AGE, r -> baseline(r, String.valueOf(Period.between(r.p().birthDate(),
            visitDate(r)).getYears())))
        .col("eircode", POSTCODE, r -> baseline(r, r.p().postcode()))
        .col("mobile", PHONE, r -> baseline(r, stable(r, "mob", 10) == 0 ? "" : r.p().phone()))
        .col("email", EMAIL, r -> baseline(r, stable(r, "mail", 4) == 0 ? "" : r.p().email()))
        .col("ethnic___1", RACIAL_OR_ETHNIC_ORIGIN, r -> baseline(r, checked(ethnic(r) == 0)))
        .col("ethnic___2", RACIAL_OR_ETHNIC_ORIGIN, r -> baseline(r, checked(ethnic(r) == 1)))
        .col("ethnic___3", RACIAL_OR_ETHNIC_ORIGIN, r -> baseline(r, checked(ethnic(r) == 2)))
        .col("ethnic___4", RACIAL_OR_ETHNIC_ORIGIN, r -> baseline(r, checked(ethnic(r) == 3)))
        .col("ethnic___5", RACIAL_OR_ETHNIC_ORIGIN, r -> baseline(r, checked(ethnic(r) == 4)))
        .col("demographics_complete", OTHER, r -> baseline(r, pickStable(r, "demo", List.of(
            "Complete", "Complete", "Unverified"))))
        .col("sample_date", CLINICAL_DATE, r -> r.fmt(visitDate(r)))
        .col("sample_type", TEST_TYPE, r -> pick(r, "Self-collected vaginal swab",
            "Self-collected vaginal swab", "Clinician-collected cervical sample"))
        .graded("hpv_result", TEST_RESULT, r -> new Cell(switch (r.s().hpv()) {
          case NEGATIVE -> "HPV not detected";
          case POSITIVE -> "HPV detected";
          case UNSATISFACTORY -> "Unsatisfactory sample";
        }, r.s().hpvGrade()))
        .graded("hpv_genotype___1", TEST_RESULT, r -> genotypeBox(r, "16"))
        .graded("hpv_genotype___2", TEST_RESULT, r -> genotypeBox(r, "18"))
        .graded("hpv_genotype___3", TEST_RESULT, r -> genotypeBox(r, "other"))
        .graded("cytology_result", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesda(r.rng()), r.s().papGrade()) : Cell.of(""))
        .col("colposcopy_date", CLINICAL_DATE, r -> referred(r)
            ? r.fmt(visitDate(r).plusDays(20 + fixed(r, "colp", 40))) : "")
        .graded("histology", DIAGNOSIS, r -> referred(r) && fixed(r, "biopsy", 4) > 0
            ? new Cell(r.histology().english, r.histology().grade) : Cell.of(""))
        .col("screening_complete", OTHER, r -> pick(r, "Complete", "Complete", "Incomplete"));
  }

  // ------------------------------------------------------------------------------- US IIS

  /**
   * A state immunization information system's flat export, pipe-delimited: the child, her mother's
   * maiden name and responsible party, CDC race and ethnicity codes, CVX and MVX codes, lot, VFC
   * eligibility, the administering provider's NPI.
   */
  private static CsvLayout iisImmunizations() {
    return CsvLayout.of("us-iis-immunization-flat-export", US).delimiter('|').dates("yyyyMMdd")
        .people(110).ages(1, 17).rows(1, 4)
        .col("IIS_PATIENT_ID", RECORD_ID, r -> "MA" + String.format(Locale.ROOT, "%09d",
            personKey(r, 1_000_000_000)))
        .col("PAT_LAST_NAME", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("PAT_FIRST_NAME", GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
        .col("PAT_MIDDLE_NAME", GIVEN_NAME, r -> r.p().middle().toUpperCase(Locale.ROOT))
        .col("PAT_BIRTH_DATE", BIRTH_DATE, Row::birth)
        .col("PAT_SEX", SEX, r -> r.p().female() ? "F" : "M")
        .col("MOTHER_MAIDEN_NAME", FAMILY_NAME, r -> pickStable(r, "maiden", List.of("SMITH",
            "GARCIA", "OBRIEN", "NGUYEN", "COSTA", "MURPHY", "")))
        .col("RESP_PARTY_NAME", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + pickStable(r, "parent", List.of("JENNIFER", "MARIA", "MICHAEL", "DAVID", "LISA")))
        .col("RESP_PARTY_RELATIONSHIP", OTHER, r -> pickStable(r, "rel", List.of("MTH", "MTH",
            "FTH", "GRD")))
        .col("PAT_ADDRESS", STREET_ADDRESS, r -> r.p().streetLine().toUpperCase(Locale.ROOT))
        .col("PAT_CITY", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("PAT_STATE", OTHER, r -> "MA")
        .col("PAT_ZIP", POSTCODE, r -> r.p().postcode())
        .col("PAT_PHONE", PHONE, r -> r.p().phone().replace("-", "")).blank(15)
        .col("PAT_RACE", RACIAL_OR_ETHNIC_ORIGIN, r -> pickStable(r, "race", CDC_RACE))
        .col("PAT_ETHNICITY", RACIAL_OR_ETHNIC_ORIGIN, r -> stable(r, "eth", 4) == 0 ? "2135-2"
            : "2186-5")
        .col("VACCINE_CVX", MEDICATION, r -> childVaccine(r)[0])
        .col("VACCINE_NAME", MEDICATION, r -> childVaccine(r)[1])
        .col("ADMIN_DATE", CLINICAL_DATE, r -> r.fmt(administered(r)))
        .col("LOT_NUMBER", OTHER, r -> "L" + CheckDigits.digits(r.rng(), 6))
        .col("MVX_CODE", OTHER, r -> childVaccine(r)[2])
        .col("ROUTE", OTHER, r -> childVaccine(r)[3])
        .col("SITE", OTHER, r -> childVaccine(r)[3].equals("PO") ? "" : pick(r, "LA", "RA", "LT",
            "RT"))
        .col("VFC_ELIGIBILITY", OTHER, r -> pickStable(r, "vfc", List.of("V01", "V02", "V02",
            "V03", "V04", "V05")))
        .col("ADMIN_PROVIDER_NPI", PROVIDER, r -> npi(r, "npi"))
        .col("FACILITY_ID", OTHER, r -> "MA" + (10_000 + stable(r, "fac", 90_000)))
        .col("HISTORICAL_IND", OTHER, r -> pick(r, "00", "00", "00", "01"));
  }

  // ------------------------------------------------------------------------------- i2b2

  /**
   * i2b2's {@code observation_fact} for a query of lab facts ({@code concept_cd LIKE 'LOINC:%'})
   * with the concept's {@code name_char} joined: a number in {@code nval_num} with the operator
   * {@code E} in {@code tval_char}, or a text result in {@code tval_char}; {@code valueflag_cd} H,
   * L or A; the cytology report's text in {@code observation_blob}; SQL Server's datetimes.
   */
  private static CsvLayout i2b2Facts() {
    return CsvLayout.of("us-i2b2-observation-fact-labs", US).delimiter('\t').dates("yyyy-MM-dd")
        .women().ages(21, 65).people(100).rows(1, 3).onePerResult()
        .col("encounter_num", RECORD_ID, r -> String.valueOf(400_000 + visitKey(r, 150_000)))
        .col("patient_num", RECORD_ID, r -> String.valueOf(1_000_000 + personKey(r, 8_000_000)))
        .col("concept_cd", TEST_TYPE, r -> "LOINC:" + switch (i2b2Kind(r)) {
          case 0 -> r.obs().loinc();
          case 1 -> "21440-3";
          default -> "10524-7";
        })
        .col("name_char", TEST_TYPE, r -> switch (i2b2Kind(r)) {
          case 0 -> r.obs().name();
          case 1 -> "HPV high risk DNA Cervix Ql Probe";
          default -> "Microscopic obs Cvx/Vag Cyto";
        })
        .col("provider_id", PROVIDER, r -> fixed(r, "prov", 3) == 0 ? "@"
            : "PROV:" + (10_000 + fixed(r, "provnum", 90_000)))
        .col("start_date", CLINICAL_DATE, r -> r.when() + " 00:00:00.000")
        .col("modifier_cd", OTHER, r -> "@")
        .col("instance_num", OTHER, r -> "1")
        .col("valtype_cd", OTHER, r -> i2b2Kind(r) == 0 ? "N" : "T")
        .graded("tval_char", TEST_RESULT, r -> switch (i2b2Kind(r)) {
          case 0 -> Cell.of("E");
          case 1 -> new Cell(switch (r.s().hpv()) {
            case NEGATIVE -> "NEGATIVE";
            case POSITIVE -> "POSITIVE";
            case UNSATISFACTORY -> "QNS";
          }, r.s().hpvGrade());
          default -> new Cell(BETHESDA_SHORT.get(papIndex(r)), r.s().papGrade());
        })
        .graded("nval_num", TEST_RESULT, r -> i2b2Kind(r) == 0
            ? new Cell(String.format(Locale.ROOT, "%.1f", r.value()), UNGRADED) : Cell.of(""))
        .graded("valueflag_cd", TEST_RESULT, ResearchLayouts::i2b2Flag)
        .col("units_cd", OTHER, r -> i2b2Kind(r) == 0 ? r.obs().unit() : "")
        .col("end_date", CLINICAL_DATE, r -> r.when() + " 00:00:00.000")
        .col("location_cd", OTHER, r -> "@")
        .graded("observation_blob", FREE_TEXT, r -> i2b2Kind(r) == 2
            ? new Cell(cytologyReport(r), r.s().papGrade()) : Cell.of(""))
        .col("update_date", OTHER, r -> r.fmt(r.date().plusDays(2 + fixed(r, "upd", 5)))
            + " 03:00:00.000")
        .col("import_date", OTHER, r -> "2025-06-01 02:14:00.000")
        .col("sourcesystem_cd", OTHER, r -> pick(r, "EPIC_LAB", "SUNQUEST"))
        .col("upload_id", OTHER, r -> "87");
  }

  /** What an i2b2 fact row holds: 0 a numeric lab value, 1 an HPV test, 2 a cytology. */
  private static int i2b2Kind(Row r) {
    if (!hpv(r)) {
      return 2;
    }
    return fixed(r, "i2b2", 3) == 0 ? 0 : 1;
  }

  /**
   * i2b2's value flag, graded as the result it qualifies: H or L on a lab value, A on an abnormal
   * HPV or cytology result, N on a normal one, blank when the sample could not be read.
   */
  private static Cell i2b2Flag(Row r) {
    if (i2b2Kind(r) == 0) {
      double share = (r.value() - r.obs().low()) / (r.obs().high() - r.obs().low());
      return share > 0.85 ? new Cell("H", UNGRADED) : share < 0.1 ? new Cell("L", UNGRADED)
          : Cell.of("");
    }
    ResultGrade g = i2b2Kind(r) == 1 ? r.s().hpvGrade() : r.s().papGrade();
    return switch (g) {
      case NORMAL -> new Cell("N", g);
      case UNSATISFACTORY -> Cell.of("");
      default -> new Cell("A", g);
    };
  }

  /** The cytology report's text as the pathology system stores it beside the coded result. */
  private static String cytologyReport(Row r) {
    String adequacy = r.s().pap().equals("0") ? "Unsatisfactory for evaluation"
        : "Satisfactory for evaluation, transformation zone present";
    return "SPECIMEN: ThinPrep cervical. ADEQUACY: " + adequacy + ". INTERPRETATION: "
        + r.s().bethesda(r.rng()) + ". Signed out " + r.fmt(r.date().plusDays(4)) + ".";
  }

  // ------------------------------------------------------------------------------- vocabularies

  /** OMOP race concepts in the order of {@link Clinical#US_RACE}; "other" is left unmapped (0). */
  private static final List<String> RACE_CONCEPTS = List.of("8527", "8527", "8527", "8516", "8515",
      "8657", "8557", "0");
  private static final List<String> MIMIC_RACE = List.of("WHITE", "WHITE", "WHITE",
      "BLACK/AFRICAN AMERICAN", "HISPANIC/LATINO - PUERTO RICAN", "ASIAN - CHINESE",
      "WHITE - OTHER EUROPEAN", "BLACK/CAPE VERDEAN", "UNKNOWN", "OTHER");
  /** UK Biobank data-coding 1001 ethnic backgrounds. */
  private static final List<String> UKB_ETHNIC = List.of("1001", "1001", "1001", "1001", "1002",
      "1003", "3001", "3002", "4001", "4002", "5", "2001", "-3");
  /** UK Biobank data-coding 4: simvastatin, aspirin, omeprazole, atorvastatin, metformin. */
  private static final List<String> UKB_MEDICINES = List.of("1140861958", "1140868226",
      "1140865634", "1141146234", "1140884600");
  /** CDC Race and Ethnicity code set: White, Black, Asian, AI/AN, NH/PI, Other. */
  private static final List<String> CDC_RACE = List.of("2106-3", "2106-3", "2106-3", "2054-5",
      "2028-9", "1002-5", "2076-8", "2131-1");
  private static final List<String> BETHESDA_SHORT = List.of("UNSATISFACTORY", "NILM", "ASC-US",
      "LSIL", "ASC-H", "HSIL", "AGC", "SCC");
  private static final List<String> BETHESDA_SDTM = List.of("UNSATISFACTORY FOR EVALUATION",
      "NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY",
      "ATYPICAL SQUAMOUS CELLS OF UNDETERMINED SIGNIFICANCE",
      "LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION",
      "ATYPICAL SQUAMOUS CELLS, CANNOT EXCLUDE HSIL",
      "HIGH-GRADE SQUAMOUS INTRAEPITHELIAL LESION", "ATYPICAL GLANDULAR CELLS",
      "SQUAMOUS CELL CARCINOMA");
  /** DE-SynPUF chronic-condition flags and the share (percent) of beneficiaries flagged. */
  private static final List<String[]> SYNPUF_CONDITIONS = List.of(
      new String[] {"SP_ALZHDMTA", "18"},
      new String[] {"SP_CHF", "28"}, new String[] {"SP_CHRNKIDN", "17"},
      new String[] {"SP_CNCR", "8"}, new String[] {"SP_COPD", "14"},
      new String[] {"SP_DEPRESSN", "21"}, new String[] {"SP_DIABETES", "38"},
      new String[] {"SP_ISCHMCHT", "42"}, new String[] {"SP_OSTEOPRS", "17"},
      new String[] {"SP_RA_OA", "15"}, new String[] {"SP_STRKETIA", "5"});

  /** An ICD-9-CM code without its dot, and its grade by the guide's table. */
  private record Icd9(String code, ResultGrade grade) {}

  /** Cervical screening and its follow-up: 795.0x Pap and HPV findings, 622.1x, 233.1, 180.9. */
  private static final List<Icd9> ICD9_CERVIX = List.of(new Icd9("V762", UNGRADED),
      new Icd9("V762", UNGRADED), new Icd9("79501", ABNORMAL_LOW_GRADE),
      new Icd9("79503", ABNORMAL_LOW_GRADE), new Icd9("79505", ABNORMAL_LOW_GRADE),
      new Icd9("79502", ABNORMAL_HIGH_GRADE), new Icd9("79504", ABNORMAL_HIGH_GRADE),
      new Icd9("62211", ABNORMAL_LOW_GRADE), new Icd9("62212", ABNORMAL_HIGH_GRADE),
      new Icd9("2331", ABNORMAL_HIGH_GRADE), new Icd9("1809", CANCER));
  /** Diagnoses of elderly beneficiaries' office visits; one cancer (174.9, breast) among them. */
  private static final List<Icd9> ICD9_OTHER = List.of(new Icd9("4019", UNGRADED),
      new Icd9("25000", UNGRADED), new Icd9("2724", UNGRADED), new Icd9("311", UNGRADED),
      new Icd9("4280", UNGRADED), new Icd9("49121", UNGRADED), new Icd9("V5869", UNGRADED),
      new Icd9("53081", UNGRADED), new Icd9("2859", UNGRADED), new Icd9("78650", UNGRADED),
      new Icd9("4139", UNGRADED), new Icd9("5990", UNGRADED), new Icd9("71590", UNGRADED),
      new Icd9("2449", UNGRADED), new Icd9("042", UNGRADED), new Icd9("1749", CANCER));
  private static final List<String> HCPCS_CERVIX = List.of("G0101", "Q0091", "88142", "88175",
      "87624", "57454", "57460");
  private static final List<String> HCPCS_OTHER = List.of("99213", "99214", "36415", "80053",
      "93000", "G0008", "71020");
  /** Childhood and adolescent vaccines: CVX, name, MVX, route, and the ages (years) given at. */
  private static final List<String[]> CHILD_VACCINES = List.of(
      new String[] {"165", "HPV9", "MSD", "IM", "9", "17"},
      new String[] {"165", "HPV9", "MSD", "IM", "9", "17"},
      new String[] {"115", "Tdap", "SKB", "IM", "10", "17"},
      new String[] {"114", "MenACWY-D", "PMC", "IM", "11", "17"},
      new String[] {"03", "MMR", "MSD", "SC", "1", "6"},
      new String[] {"21", "varicella", "MSD", "SC", "1", "6"},
      new String[] {"150", "Influenza, injectable, quadrivalent, preservative free", "SKB", "IM",
          "0", "17"},
      new String[] {"116", "rotavirus, pentavalent", "MSD", "PO", "0", "0"},
      new String[] {"133", "Pneumococcal conjugate PCV 13", "PFR", "IM", "0", "1"});

  // ------------------------------------------------------------------------------- helpers

  /** A number fixed by the person, so that her rows agree without sharing a draw. */
  private static int stable(Row r, String salt, int bound) {
    return mixed(r.p().uuid() + salt, bound);
  }

  /** A number fixed by the visit (shared by its HPV and cytology rows). */
  private static int fixed(Row r, String salt, int bound) {
    return mixed(r.sample() + r.date() + salt, bound);
  }

  /** Spreads a key's hash, so that keys differing in one character give unrelated numbers. */
  private static int mixed(String key, int bound) {
    return new Random(key.hashCode()).nextInt(bound);
  }

  private static String pickStable(Row r, String salt, List<String> from) {
    return from.get(stable(r, salt, from.size()));
  }

  private static String pick(Row r, String... from) {
    return from[r.rng().nextInt(from.length)];
  }

  /**
   * A key of the person, distinct for every person of a layout: the corpus handle scrambled by a
   * multiplication modulo {@code modulus} (7919 is prime and divides no modulus used, so distinct
   * handles below the modulus give distinct keys).
   */
  static long personKey(int handle, long modulus) {
    return Math.floorMod(handle * 7919L + 4099L, modulus);
  }

  private static long personKey(Row r, long modulus) {
    return personKey(r.p().id(), modulus);
  }

  /** A key of the visit: the person's key and the visit's index, so that no two visits share it. */
  private static long visitKey(Row r, long modulus) {
    return personKey(r, modulus) * 4 + r.visit();
  }

  /** A research key of nine digits, taken from the person's UUID so that no two share one. */
  private static String personNumber(Row r) {
    return String.valueOf(100_000_000L + Long.parseLong(r.p().uuid().substring(0, 8), 16)
        % 900_000_000L);
  }

  /** A provider's NPI drawn for the visit: 1 and eight digits, then its Luhn check digit. */
  private static String npi(Row r, String salt) {
    return npi("1" + String.format(Locale.ROOT, "%08d", fixed(r, salt, 100_000_000)));
  }

  /** The nine digits and their NPI check digit ({@link CheckDigits#npi}). */
  static String npi(String nine) {
    return CheckDigits.npi(nine);
  }

  private static String synpufId(Row r) {
    return r.p().uuid().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
  }

  private static boolean hpv(Row r) {
    return r.part() != Part.CYTOLOGY;
  }

  private static int race(Row r) {
    return stable(r, "race", Clinical.US_RACE.size());
  }

  private static boolean hispanic(Row r) {
    return stable(r, "hispanic", 6) == 0;
  }

  private static int papIndex(Row r) {
    return Screening.PAP_CLASSES.indexOf(r.s().pap());
  }

  private static LocalDateTime sampleTime(Row r) {
    return r.date().atTime(8 + fixed(r, "h", 9), fixed(r, "m", 60));
  }

  /** A date of the form {@code 03MAR2021}, as SAS's {@code DATE9.} format writes it. */
  private static String sas(Row r, LocalDate d) {
    return r.fmt(d).toUpperCase(Locale.ROOT);
  }

  /** A visit's date in a study: baseline fixed by the person, then a year apart. */
  private static LocalDate visitDate(Row r) {
    return LocalDate.of(2020, 1, 6).plusDays(stable(r, "baseline", 500)).plusYears(r.visit());
  }

  private static Cell omopAnswer(Row r, boolean id) {
    if (!hpv(r) || r.s().hpv() == Screening.Hpv.UNSATISFACTORY) {
      return Cell.of(id ? "0" : "No matching concept");
    }
    boolean positive = r.s().hpv() == Screening.Hpv.POSITIVE;
    boolean detected = fixed(r, "answer", 3) == 0;
    String[] answer = positive ? detected ? new String[] {"45877985", "Detected"}
        : new String[] {"45884084", "Positive"}
        : new String[] {"9189", "Negative"};
    return new Cell(id ? answer[0] : answer[1], r.s().hpvGrade());
  }

  private static Cell pcornetQual(Row r) {
    if (hpv(r)) {
      boolean detected = fixed(r, "qual", 2) == 0;
      return switch (r.s().hpv()) {
        case NEGATIVE -> new Cell(detected ? "UNDETECTED" : "NEGATIVE", r.s().hpvGrade());
        case POSITIVE -> new Cell(detected ? "DETECTED" : "POSITIVE", r.s().hpvGrade());
        case UNSATISFACTORY -> Cell.of("OT");
      };
    }
    return switch (r.s().papGrade()) {
      case NORMAL -> new Cell("NORMAL", r.s().papGrade());
      case UNSATISFACTORY -> Cell.of("OT");
      default -> new Cell("ABNORMAL", r.s().papGrade());
    };
  }

  /** PCORnet's ABN_IND, graded as the result it qualifies (NI, no information, grades none). */
  private static Cell abnormalFlag(Row r) {
    ResultGrade g = hpv(r) ? r.s().hpvGrade() : r.s().papGrade();
    return switch (g) {
      case NORMAL -> new Cell("NL", g);
      case UNSATISFACTORY -> Cell.of("NI");
      default -> new Cell("AB", g);
    };
  }

  private static int shiftYears(Row r) {
    return 100 + stable(r, "shift", 90);
  }

  private static boolean died(Row r) {
    return stable(r, "died", 12) == 0;
  }

  private static LocalDateTime admitted(Row r) {
    return r.date().plusYears(shiftYears(r)).atTime(fixed(r, "admit", 24), fixed(r, "min", 60));
  }

  private static boolean viaEmergency(Row r) {
    return fixed(r, "emergency", 10) < 6;
  }

  /** The programme's result code for the cytology, X when none was done. */
  private static Cell nhsResultCode(Row r) {
    if (!r.s().hasCytology()) {
      return new Cell("X", NONE);
    }
    String code = switch (r.s().pap()) {
      case "0" -> "1";
      case "1" -> "2";
      case "2" -> "8";
      case "3a1" -> "3";
      case "3a2" -> "7";
      case "3b" -> "4";
      case "4" -> fixed(r, "glandular", 2) == 0 ? "4" : "6";
      default -> "5";
    };
    return new Cell(code, r.s().papGrade());
  }

  private static String nhsAction(Row r) {
    ResultGrade g = r.s().grade();
    return switch (g) {
      case NORMAL -> "A";
      case UNSATISFACTORY -> "R";
      case ABNORMAL_LOW_GRADE -> r.s().papGrade() == ResultGrade.NORMAL
          || r.s().papGrade() == ResultGrade.UNSATISFACTORY ? "R" : "S";
      default -> "S";
    };
  }

  private static LocalDate attended(Row r) {
    return LocalDate.of(2007, 3, 1).plusDays(stable(r, "attended", 1400));
  }

  private static boolean inpatient(Row r) {
    return stable(r, "inpatient", 10) < 6;
  }

  private static Cell ukbDx(Clinical.Dx dx) {
    return new Cell(dx.icd().replace(".", ""), dx.grade());
  }

  /** A cancer registry entry for about one participant in eight, else null. */
  private static Clinical.Dx registryCancer(Row r) {
    if (stable(r, "registry", 8) != 0) {
      return null;
    }
    List<Clinical.Dx> cancers = Clinical.DIAGNOSES.stream()
        .filter(d -> d.icd().startsWith("C") || d.icd().startsWith("D06")).toList();
    return cancers.get(stable(r, "cancer", cancers.size()));
  }

  private static boolean chronic(Row r, String condition, int percent) {
    return stable(r, condition, 100) < percent;
  }

  /** A claim's diagnoses: a woman's claims are often about her cervical screening. */
  private static Cell icd9(Row r, int position) {
    boolean cervix = r.p().female() && fixed(r, "cervix", 2) == 0;
    int count = 1 + fixed(r, "count", 3);
    if (position > count) {
      return Cell.of("");
    }
    List<Icd9> from = cervix && position == 1 ? ICD9_CERVIX : ICD9_OTHER;
    Icd9 code = from.get(fixed(r, "dx" + position, from.size()));
    return new Cell(code.code(), code.grade());
  }

  /** The DE-SynPUF files cover 2008-2010, when claims were coded in ICD-9-CM. */
  private static LocalDate claimDate(Row r) {
    return LocalDate.of(2008, 1, 1).plusDays(fixed(r, "claim", 1096));
  }

  private static boolean secondLine(Row r) {
    return fixed(r, "lines", 3) > 0;
  }

  private static String[] hcpcs(Row r) {
    boolean cervix = r.p().female() && fixed(r, "cervix", 2) == 0;
    String first = cervix ? HCPCS_CERVIX.get(fixed(r, "px1", HCPCS_CERVIX.size()))
        : HCPCS_OTHER.get(fixed(r, "px1", HCPCS_OTHER.size()));
    String second = secondLine(r) ? HCPCS_OTHER.get(fixed(r, "px2", HCPCS_OTHER.size())) : "";
    return new String[] {first, second};
  }

  /** The demographics form is filled on the baseline event only. */
  private static String baseline(Row r, String value) {
    return r.visit() == 0 ? value : "";
  }

  private static String checked(boolean ticked) {
    return ticked ? "Checked" : "Unchecked";
  }

  /** One of five Irish census ethnic categories, by person. */
  private static int ethnic(Row r) {
    return List.of(0, 0, 0, 0, 1, 2, 3, 4).get(stable(r, "ethnic", 8));
  }

  /** A genotype box: ticked when that genotype was found (low grade), else a box left unticked. */
  private static Cell genotypeBox(Row r, String genotype) {
    return r.s().genotype().equals(genotype) ? new Cell("Checked", ABNORMAL_LOW_GRADE)
        : Cell.of("Unchecked");
  }

  /** Referred to colposcopy: HPV 16/18, or any high-grade or worse cytology. */
  private static boolean referred(Row r) {
    return r.s().genotype().equals("16") || r.s().genotype().equals("18")
        || r.s().papGrade() == ABNORMAL_HIGH_GRADE || r.s().papGrade() == CANCER;
  }

  /** A vaccine of the schedule for the child's age on the day: infant, childhood or adolescent. */
  private static String[] childVaccine(Row r) {
    int age = Period.between(r.p().birthDate(), administered(r)).getYears();
    List<String[]> due = CHILD_VACCINES.stream().filter(v -> age >= Integer.parseInt(v[4])
        && age <= Integer.parseInt(v[5])).toList();
    return due.get(fixed(r, "vaccine", due.size()));
  }

  /** The day of a dose: between two months after birth and the day of the export. */
  private static LocalDate administered(Row r) {
    LocalDate from = r.p().birthDate().plusMonths(2);
    long days = java.time.temporal.ChronoUnit.DAYS.between(from, LocalDate.of(2025, 6, 30));
    return from.plusDays(fixed(r, "given", (int) Math.max(1, days)));
  }
}
