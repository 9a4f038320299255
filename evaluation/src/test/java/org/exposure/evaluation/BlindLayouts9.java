package org.exposure.evaluation;

import static org.exposure.evaluation.Country.BE;
import static org.exposure.evaluation.Country.DE;
import static org.exposure.evaluation.Country.FR;
import static org.exposure.evaluation.Country.IE;
import static org.exposure.evaluation.Country.NL;
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
import static org.exposure.model.FieldType.GIVEN_NAME;
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
import static org.exposure.model.FieldType.RECORD_ID;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;
import static org.exposure.model.ResultGrade.ABNORMAL_HIGH_GRADE;
import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.CANCER;
import static org.exposure.model.ResultGrade.NORMAL;
import static org.exposure.model.ResultGrade.UNGRADED;
import static org.exposure.model.ResultGrade.UNSATISFACTORY;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The ninth blind part of the corpus (issue 17): twelve CSV layouts in the corpus's first seven
 * countries, in the issue's own domain (what a DPO receives from a lab, a screening programme, a
 * hospital, a GP practice or an insurer after a breach), written by someone who read neither the
 * classifier's code nor any other part's layouts nor any figure. Its truth comes from the
 * generator, {@code docs/evaluation.md}'s labelling guides (types and grades) and DESIGN.md's type
 * definitions.
 * It is sealed: run it once, then read this Javadoc. {@link Corpus} does not write these layouts.
 *
 * <h2>The layouts</h2>
 *
 * <ol>
 *   <li>{@code nl-bmhk-screeningslab-verrichtingregels} (NL): a screening lab's export of the
 *       population programme's samples, one row per test done (hrHPV, and reflex cytology when
 *       positive): monster number, BSN, initials, prefix and family name apart, birth date, date
 *       taken, the test as a code with its name, the result in Dutch words, the KOPAC-B code on
 *       cytology rows, the advice to the woman, the GP with an AGB code; {@code ;}, {@code
 *       dd-MM-yyyy}.
 *   <li>{@code nl-huisarts-uitstrijk-bewaaklijst} (NL): a GP practice's own failsafe sheet of the
 *       smears its assistants took: HIS number, {@code Berg, M.J. van der}, birth date, mobile,
 *       date taken, the result in one cell (HPV and Pap, as typed from the letter), the action,
 *       whether she was called, a remark; {@code ;}, Windows-1252, CRLF, {@code d-M-yyyy}.
 *   <li>{@code nl-zorgverzekeraar-declaraties-gynaecologie} (NL): an insurer's gynaecology claim
 *       lines: claim number, insured-person number, BSN, birth date, sex, postcode, service dates,
 *       the service in words, the ICD-10 code and its Dutch text, the hospital, the amount; TAB,
 *       {@code yyyyMMdd}.
 *   <li>{@code nl-poli-colposcopie-spreekuurlijst} (NL): a hospital's colposcopy clinic list:
 *       hospital number, name, birth date, age, clinic date, the referring smear (HPV and Pap),
 *       the colposcopic impression, the PALGA histology conclusion, the policy, the gynaecologist;
 *       UTF-8 with BOM, {@code dd-MM-yyyy}.
 *   <li>{@code us-reference-lab-cotest-results-flat} (US): a reference lab's results flattened to
 *       one row per observation: accession, MRN, {@code LAST^FIRST}, DOB, collection date, LOINC
 *       code and its name, the result text (HR HPV or Bethesda), an abnormal flag, the ordering
 *       clinician, the member id; every cell quoted, {@code MM/dd/yyyy}.
 *   <li>{@code us-commercial-payer-claim-lines-ob-gyn} (US): a payer's professional claim lines in
 *       upper-case snake headers: claim and line, member id, names, DOB in {@code yyyyMMdd},
 *       gender, ZIP, date of service, CPT code, ICD-10-CM diagnosis code and description, the
 *       rendering clinician, billed amount, plan; {@code |}.
 *   <li>{@code uk-gp-cervical-result-codes-audit} (UK): a practice's spreadsheet checking the
 *       lab's result letters: NHS number in 3-3-4, forename, surname, DOB, test date, the NHS
 *       result, HPV infection and action codes in one cell, the cytology wording, next test due,
 *       the sample taker, checked-by initials; CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code uk-gp-ehr-problem-list-camelcase} (UK): a GP system's report-writer output in
 *       camelCase: patientId, nhsNumber, names, dob, sex, postcode, email, the coded entry's date,
 *       SNOMED CT code and term, its medicine, the usual GP.
 *   <li>{@code be-labo-pathologie-cervixcytologie} (BE): a Flemish pathology lab's export, one row
 *       per test: request number, national number, names, birth date, sex code, date taken, the
 *       test, the result in Bethesda or HPV words, the requesting doctor, the sickness fund and its
 *       member number; TAB, {@code dd/MM/yyyy}.
 *   <li>{@code de-zytologielabor-befundliste-kv} (DE): a cytology lab's findings list for the KV
 *       cervical-screening programme: order number, KVNR, {@code Müller, Anna}, birth date, date
 *       taken, the Munich group, the HPV test ({@code entfällt} under 35, where cytology is
 *       done alone), the recommendation, the sending gynaecologist, the
 *       health insurer; {@code ;}, Windows-1252, CRLF, {@code dd.MM.yyyy}.
 *   <li>{@code fr-crcdc-suivi-depistage-col} (FR): a regional screening coordination centre's
 *       follow-up sheet: NIR, birth and usage names, first name, birth date, postcode, town, date
 *       taken, HPV test and cytology in French, the follow-up, the sample taker, the fund; {@code
 *       ;}, {@code dd/MM/yyyy}.
 *   <li>{@code ie-colposcopy-service-referral-tracker} (IE): a colposcopy service's referral
 *       tracker: MRN, PPSN for some, name, DOB, Eircode, mobile, referral date, the referral smear
 *       result in one cell, the colposcopic impression, the biopsy histology, the management, the
 *       consultant; {@code dd/MM/yyyy}.
 * </ol>
 *
 * <h2>Labelling decisions the guide did not name</h2>
 *
 * Each was taken from DESIGN.md's definitions and the guide's nearest row, never from the
 * classifier:
 *
 * <ul>
 *   <li>Advice, action, policy, follow-up, recommendation, management and next step are care
 *       planned: PROCEDURE. A test's code with its name is TEST_TYPE. An abnormal flag and
 *       whether a woman was called are statuses: OTHER. A next test due date is a care event
 *       planned, like an invitation: CLINICAL_DATE.
 *   <li>The NHS result/infection/action code cell ({@code 2/9/R}) is the result in the
 *       programme's codes: TEST_RESULT, graded by its worst part (result code X no cytology, 1
 *       inadequate, 2 negative, 8 borderline, 3 low-grade, 7 and 4 high-grade, 5 ?invasive;
 *       infection 0 HPV negative NORMAL, 9 HPV positive low grade, U unavailable UNSATISFACTORY).
 *   <li>ICD-10-CM codes of abnormal cervical findings on a claim are diagnoses graded by their
 *       meaning (R87.810 and R87.610/612 low grade, R87.611/613 high grade, R87.615 unsatisfactory,
 *       C53.9 cancer); Z12.4, the screening encounter, UNGRADED.
 *   <li>The colposcopic impression TEST_RESULT (normal, low grade, high grade, suspected invasion
 *       as cancer); the histology conclusion DIAGNOSIS by its CIN grade.
 *   <li>A placeholder where nothing was done ({@code entfällt}, {@code non réalisée}, {@code
 *       N/A}, {@code nog niet binnen}) is no result: it grades nothing.
 *   <li>KOPAC-B is written only where the Pap class maps to it unambiguously (not Pap 0 or 2).
 *   <li>Claim lines hold no result: only the diagnosis code grades them. A hospital or a fund is an
 *       organisation: OTHER.
 * </ul>
 */
final class BlindLayouts9 {
  private BlindLayouts9() {}

  static List<CsvLayout> all() {
    return List.of(screeningLabNl(), gpFailsafeNl(), insurerClaimsNl(), colposcopyClinicNl(),
        referenceLabUs(), payerClaimsUs(), resultCodesAuditUk(), problemListUk(),
        pathologyLabBe(), cytologyLabDe(), coordinationCentreFr(), colposcopyTrackerIe());
  }

  // ------------------------------------------------------------------------------- shared

  /** Colposcopic impression in English and its grade, drawn from the visit's histology. */
  private static Cell impressionEnglish(Row r) {
    return switch (r.histology()) {
      case NO_CIN -> new Cell("Normal transformation zone", NORMAL);
      case CIN1 -> new Cell("Low grade (minor change)", ABNORMAL_LOW_GRADE);
      case CIN2, CIN3 -> new Cell("High grade (major change)", ABNORMAL_HIGH_GRADE);
      case CARCINOMA -> new Cell("Suspected invasion", CANCER);
    };
  }

  /** The gravest Pap class of a referral: a positive HPV with cytology above Pap 1. */
  private static boolean referred(Row r) {
    return r.s().hpv() == Screening.Hpv.POSITIVE && !List.of("0", "1").contains(r.s().pap());
  }

  // ------------------------------------------------------------------------------- The Netherlands

  private static CsvLayout screeningLabNl() {
    return CsvLayout.of("nl-bmhk-screeningslab-verrichtingregels", NL).delimiter(';')
        .dates("dd-MM-yyyy").people(85).women().ages(30, 65).rows(1, 2).onePerResult()
        .col("Monsternr", RECORD_ID, Row::sample)
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Vrl", INITIALS, r -> r.p().initials())
        .col("Vv", FAMILY_NAME, r -> r.p().prefix())
        .col("Geslachtsnaam", FAMILY_NAME, r -> r.p().family())
        .col("Geb.dat.", BIRTH_DATE, Row::birth)
        .col("Afnamedatum", CLINICAL_DATE, Row::when)
        .col("Verrichting", TEST_TYPE, r -> r.part() == Part.HPV ? "HPV01 hrHPV-test (PCR)"
            : "CYT02 Cytologie cervix (reflex)")
        .graded("Uitslag", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade())
            : new Cell(r.s().papDutch(r.rng()), r.s().papGrade()))
        .graded("KOPAC-B", TEST_RESULT, r -> r.part() == Part.CYTOLOGY
            && !List.of("0", "2").contains(r.s().pap())
            ? new Cell(r.s().kopac(r.rng()), Screening.papGrade(r.s().kopacPap()))
            : Cell.of(""))
        .col("Advies", PROCEDURE, r -> adviceNl(r))
        .col("Huisarts", PROVIDER, r -> List.of("Huisartsenpraktijk De Linde (AGB 01051234)",
            "J. Bakker, huisarts (AGB 01027788)", "Gezondheidscentrum Oost (AGB 01064410)")
            .get(r.stable("ha", 3)));
  }

  /** The programme's advice for a sample, as its letters put it. */
  private static String adviceNl(Row r) {
    if (r.s().hpv() == Screening.Hpv.UNSATISFACTORY || r.s().pap().equals("0")) {
      return "Nieuw uitstrijkje over 6 weken";
    }
    if (r.s().hpv() == Screening.Hpv.NEGATIVE) {
      return "Terug naar bevolkingsonderzoek";
    }
    return r.s().pap().equals("1") ? "Herhalingsonderzoek na 12 maanden"
        : "Verwijzing gynaecoloog";
  }

  private static CsvLayout gpFailsafeNl() {
    return CsvLayout.of("nl-huisarts-uitstrijk-bewaaklijst", NL).delimiter(';').windows1252()
        .dates("d-M-yyyy").people(75).women().ages(30, 60).rows(1, 3)
        .col("HIS-nr", RECORD_ID, r -> r.p().recordNumber())
        .col("Patiënt", PERSON_NAME, r -> r.p().family() + ", " + r.p().initials()
            + (r.p().prefix().isEmpty() ? "" : " " + r.p().prefix()))
        .col("Geb", BIRTH_DATE, Row::birth)
        .col("Mobiel", PHONE, r -> r.p().phone()).blank(15)
        .col("Uitstrijk d.d.", CLINICAL_DATE, Row::when)
        .graded("Uitslag (HPV/PAP)", TEST_RESULT, r -> r.visit() == 0 || r.stable("u", 4) > 0
            ? new Cell(r.s().combinedDutch(r.rng()), r.s().grade()) : new Cell("nog niet binnen",
                ResultGrade.NONE))
        .col("Actie", PROCEDURE, r -> adviceNl(r))
        .col("Gebeld", OTHER, r -> r.visitPick("gebeld", 3) == 0 ? "nee" : "ja")
        .col("Opm.", FREE_TEXT, r -> List.of("", "", "brief verstuurd", "tel. niet bereikbaar",
            "wil eerst overleggen met partner", "afspraak gemaakt").get(r.visitPick("opm", 6)));
  }

  private static CsvLayout insurerClaimsNl() {
    return CsvLayout.of("nl-zorgverzekeraar-declaraties-gynaecologie", NL).delimiter('\t')
        .dates("yyyyMMdd").people(70).women().ages(25, 70).rows(1, 4)
        .col("declaratienummer", INSURANCE_ID, r -> "D" + r.sample().substring(1) + r.visit())
        .col("verzekerdennummer", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("bsn", NATIONAL_ID, r -> r.p().nationalId())
        .col("geboortedatum", BIRTH_DATE, Row::birth)
        .col("geslacht", SEX, r -> "V")
        .col("postcode", POSTCODE, r -> r.p().postcode().replace(" ", ""))
        .col("begindatum_prestatie", CLINICAL_DATE, Row::when)
        .col("einddatum_prestatie", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(r.visitPick("e",
            90))))
        .col("omschrijving_prestatie", PROCEDURE, r -> r.proc().dutch())
        .graded("diagnose_icd10", DIAGNOSIS, r -> new Cell(r.dx().icd(), r.dx().grade()))
        .graded("diagnose_omschrijving", DIAGNOSIS, r -> new Cell(r.dx().dutch(), r.dx().grade()))
        .col("instelling", OTHER, r -> List.of("Ziekenhuis Rivierenland", "Amstelland Ziekenhuis",
            "Ziekenhuisgroep Twente").get(r.stable("zh", 3)))
        .col("bedrag_eur", OTHER, r -> String.format(Locale.ROOT, "%d,%02d",
            90 + r.visitPick("b", 2400), r.visitPick("c", 100)));
  }

  private static CsvLayout colposcopyClinicNl() {
    return CsvLayout.of("nl-poli-colposcopie-spreekuurlijst", NL).bom().dates("dd-MM-yyyy")
        .people(70).women().ages(30, 62).rows(1, 2)
        .col("Ziekenhuisnummer", RECORD_ID, r -> r.p().recordNumber())
        .col("Naam", PERSON_NAME, r -> "Mevr. " + r.p().initials() + " " + r.p().fullFamily())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Lft", AGE, r -> String.valueOf(Period.between(r.p().birthDate(), r.date())
            .getYears()))
        .col("Spreekuur", CLINICAL_DATE, Row::when)
        .graded("Verwijsuitslag", TEST_RESULT, r -> new Cell("HPV "
            + (r.s().genotype().matches("16|18") ? r.s().genotype() : "overig") + " pos, Pap "
            + colpoPap(r), colpoPapGrade(r)))
        .graded("Colposcopisch beeld", TEST_RESULT, r -> switch (r.histology()) {
          case NO_CIN -> new Cell("normaal", NORMAL);
          case CIN1 -> new Cell("minor change (graad 1)", ABNORMAL_LOW_GRADE);
          case CIN2, CIN3 -> new Cell("major change (graad 2)", ABNORMAL_HIGH_GRADE);
          case CARCINOMA -> new Cell("verdenking invasie", CANCER);
        })
        .graded("PALGA-conclusie", DIAGNOSIS, r -> new Cell("Cervixbiopt: "
            + r.histology().dutch, r.histology().grade))
        .col("Beleid", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN, CIN1 -> "controle cytologie 6 mnd";
          case CIN2, CIN3 -> "LLETZ";
          case CARCINOMA -> "MDO gynaecologische oncologie";
        })
        .col("Gynaecoloog", PROVIDER, r -> List.of("dr. S. Visser", "dr. H. el Amrani",
            "drs. K. Jansen").get(r.stable("gyn", 3)));
  }

  /**
   * A referral's Pap class: every woman at the clinic was referred with HPV and Pap 2 or worse, the
   * visit's own class where it is one, else one drawn for the visit.
   */
  private static String colpoPap(Row r) {
    String pap = r.s().pap();
    return referred(r) ? pap : List.of("2", "2", "3a1", "3a2", "3b").get(r.visitPick("ref", 5));
  }

  private static ResultGrade colpoPapGrade(Row r) {
    return ABNORMAL_LOW_GRADE.max(Screening.papGrade(colpoPap(r)));
  }

  // ------------------------------------------------------------------------------- United States

  private static CsvLayout referenceLabUs() {
    return CsvLayout.of("us-reference-lab-cotest-results-flat", US).quoteAll()
        .dates("MM/dd/yyyy").people(80).women().ages(30, 65).rows(1, 2).onePerResult().byDate()
        .col("ACCESSION", RECORD_ID, r -> "CX" + r.sample().substring(1))
        .col("MRN", RECORD_ID, r -> r.p().recordNumber())
        .col("PT_NAME", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + "^"
            + r.p().given().toUpperCase(Locale.ROOT))
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("COLLECTED", CLINICAL_DATE, r -> r.when() + " " + r.clock("col"))
        .col("OBS_CODE", TEST_TYPE, r -> r.part() == Part.HPV ? "21440-3" : "19762-4")
        .col("OBS_NAME", TEST_TYPE, r -> r.part() == Part.HPV
            ? "HPV I/H risk DNA [Presence] in Cervix by Probe"
            : "General categories [Interpretation] of Cervical or vaginal smear")
        .graded("RESULT_TEXT", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade())
            : new Cell(r.s().bethesda(r.rng()), r.s().papGrade()))
        .col("ABN_FLAG", OTHER, r -> (r.part() == Part.HPV
            ? r.s().hpv() == Screening.Hpv.POSITIVE : !r.s().pap().equals("1")) ? "A" : "N")
        .col("ORDERING_PROVIDER", PROVIDER, r -> List.of("Patel, Anita MD", "O'Brien, Kate NP",
            "Nguyen, Linh DO").get(r.stable("ord", 3)))
        .col("INS_MEMBER_ID", INSURANCE_ID, r -> "W" + r.p().insuranceNumber()).blank(20);
  }

  /** An ICD-10-CM code of a visit's worst cervical finding, its description and grade. */
  private static Cell[] claimDx(Row r) {
    Screening s = r.s();
    if (s.hasCytology()) {
      return switch (s.pap()) {
        case "0" -> dx("R87.615", "Unsatisfactory cytologic smear of cervix", UNSATISFACTORY);
        case "2" -> dx("R87.610", "Atypical squamous cells of undetermined significance on "
            + "cytologic smear of cervix (ASC-US)", ABNORMAL_LOW_GRADE);
        case "3a1" -> dx("R87.612", "Low grade squamous intraepithelial lesion on cytologic smear "
            + "of cervix (LGSIL)", ABNORMAL_LOW_GRADE);
        case "3a2" -> dx("R87.611", "Atypical squamous cells cannot exclude high grade squamous "
            + "intraepithelial lesion on cytologic smear of cervix (ASC-H)", ABNORMAL_HIGH_GRADE);
        case "3b", "4" -> dx("R87.613", "High grade squamous intraepithelial lesion on cytologic "
            + "smear of cervix (HGSIL)", ABNORMAL_HIGH_GRADE);
        case "5" -> dx("C53.9", "Malignant neoplasm of cervix uteri, unspecified", CANCER);
        default -> dx("R87.810", "Cervical high risk human papillomavirus (HPV) DNA test positive",
            ABNORMAL_LOW_GRADE);
      };
    }
    return s.hpv() == Screening.Hpv.POSITIVE
        ? dx("R87.810", "Cervical high risk human papillomavirus (HPV) DNA test positive",
            ABNORMAL_LOW_GRADE)
        : dx("Z12.4", "Encounter for screening for malignant neoplasm of cervix", UNGRADED);
  }

  private static Cell[] dx(String code, String text, ResultGrade grade) {
    return new Cell[] {new Cell(code, grade), new Cell(text, grade)};
  }

  private static CsvLayout payerClaimsUs() {
    return CsvLayout.of("us-commercial-payer-claim-lines-ob-gyn", US).delimiter('|')
        .dates("yyyyMMdd").people(75).women().ages(25, 64).rows(1, 3)
        .col("CLAIM_ID", INSURANCE_ID, r -> "C" + r.date().getYear() + r.sample().substring(1))
        .col("LINE_NO", OTHER, r -> String.valueOf(1 + r.visitPick("ln", 3)))
        .col("MEMBER_ID", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("MBR_LAST_NM", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("MBR_FIRST_NM", GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
        .col("MBR_DOB", BIRTH_DATE, Row::birth)
        .col("MBR_GENDER_CD", SEX, r -> "F")
        .col("MBR_ZIP", POSTCODE, r -> r.p().postcode())
        .col("SVC_FROM_DT", CLINICAL_DATE, Row::when)
        .col("PROC_CD", PROCEDURE, r -> r.s().hasCytology() ? "88175" : "87624")
        .graded("DX_CD_1", DIAGNOSIS, r -> claimDx(r)[0])
        .graded("DX_DESC_1", DIAGNOSIS, r -> claimDx(r)[1])
        .col("RENDERING_PROV_NM", PROVIDER, r -> List.of("WELLS, MARIA MD", "KIM, GRACE MD",
            "ADEYEMI, TOLU CNM").get(r.stable("rp", 3)))
        .col("BILLED_AMT", OTHER, r -> String.format(Locale.ROOT, "%d.%02d",
            40 + r.visitPick("amt", 400), r.visitPick("ct", 100)))
        .col("PLAN_CD", OTHER, r -> List.of("PPO", "HMO", "EPO").get(r.stable("pl", 3)));
  }

  // ------------------------------------------------------------------------------- United Kingdom

  /** The NHS number written 3-3-4, as the lab's letters print it. */
  private static String nhsSpaced(Row r) {
    String n = r.p().nationalId();
    return n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
  }

  /** The programme's result, infection and action codes of a sample and their grade. */
  private static Cell nhsCodes(Row r) {
    Screening s = r.s();
    String result = s.hasCytology() ? Screening.nhsResultCode(s.pap()) : "X";
    String infection = switch (s.hpv()) {
      case NEGATIVE -> "0";
      case POSITIVE -> "9";
      case UNSATISFACTORY -> "U";
    };
    String action = s.hpv() == Screening.Hpv.NEGATIVE ? "A"
        : s.hpv() == Screening.Hpv.UNSATISFACTORY || s.pap().equals("0") || s.pap().equals("1")
            ? "R" : "S";
    return new Cell(result + "/" + infection + "/" + action, s.grade());
  }

  private static CsvLayout resultCodesAuditUk() {
    return CsvLayout.of("uk-gp-cervical-result-codes-audit", UK).crlf().dates("dd/MM/yyyy")
        .people(80).women().ages(25, 64).rows(1, 2)
        .col("NHS No", NATIONAL_ID, BlindLayouts9::nhsSpaced)
        .col("Forename", GIVEN_NAME, r -> r.p().given())
        .col("Surname", FAMILY_NAME, r -> r.p().family())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Test date", CLINICAL_DATE, Row::when)
        .graded("Result / HPV / Action", TEST_RESULT, BlindLayouts9::nhsCodes)
        .graded("Cytology", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().nhsCytology(r.rng()), r.s().papGrade())
            : Cell.of(r.s().hpv() == Screening.Hpv.NEGATIVE ? "Not done (HPV negative)"
                : "Not done"))
        .col("Next test due", CLINICAL_DATE, r -> r.fmt(r.date().plusYears(
            r.s().hpv() == Screening.Hpv.NEGATIVE ? 3 : 1)))
        .col("Sample taker", PROVIDER, r -> List.of("Practice Nurse J. Holt (PIN 40217)",
            "Dr R. Shah", "HCA M. Doyle").get(r.visitPick("st", 3)))
        .col("Checked by", OTHER, r -> List.of("KB", "AP", "SL").get(r.visitPick("ck", 3)))
        .blank(10);
  }

  private static CsvLayout problemListUk() {
    return CsvLayout.of("uk-gp-ehr-problem-list-camelcase", UK).dates("yyyy-MM-dd")
        .people(70).ages(20, 85).rows(1, 4)
        .col("patientId", RECORD_ID, r -> "P" + r.p().recordNumber())
        .col("nhsNumber", NATIONAL_ID, r -> r.p().nationalId())
        .col("firstName", GIVEN_NAME, r -> r.p().given())
        .col("lastName", FAMILY_NAME, r -> r.p().family())
        .col("dob", BIRTH_DATE, Row::birth)
        .col("sex", SEX, r -> r.p().female() ? "Female" : "Male")
        .col("postcode", POSTCODE, r -> r.p().postcode())
        .col("emailAddress", EMAIL, r -> r.p().email()).blank(25)
        .col("entryDate", CLINICAL_DATE, Row::when)
        .graded("snomedConceptId", DIAGNOSIS, r -> new Cell(ukDx(r).snomed(), ukDx(r).grade()))
        .graded("snomedTerm", DIAGNOSIS, r -> new Cell(ukDx(r).english(), ukDx(r).grade()))
        .col("linkedMedication", MEDICATION, r -> r.med().name()).blank(40)
        .col("usualGp", PROVIDER, r -> List.of("Dr A. Whitfield", "Dr N. Okafor",
            "Dr S. Lindqvist").get(r.stable("gp", 3)));
  }

  /** A problem: a man's row never holds a cervical one. */
  private static Clinical.Dx ukDx(Row r) {
    Clinical.Dx dx = r.dx();
    boolean cervical = dx.icd().startsWith("C53") || dx.icd().startsWith("N87")
        || dx.icd().startsWith("D06") || dx.icd().startsWith("O");
    return !r.p().female() && cervical ? Clinical.DIAGNOSES.get(1) : dx;
  }

  // ------------------------------------------------------------------------------- Belgium

  private static CsvLayout pathologyLabBe() {
    return CsvLayout.of("be-labo-pathologie-cervixcytologie", BE).delimiter('\t')
        .dates("dd/MM/yyyy").people(80).women().ages(25, 64).rows(1, 2).onePerResult()
        .col("Aanvraagnr", RECORD_ID, r -> r.date().getYear() % 100 + "-C" + r.sample()
            .substring(1))
        .col("Rijksregisternr", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geb.datum", BIRTH_DATE, Row::birth)
        .col("Gesl", SEX, r -> "V")
        .col("Staalname", CLINICAL_DATE, Row::when)
        .col("Onderzoek", TEST_TYPE, r -> r.part() == Part.HPV ? "HPV hoog-risico (PCR)"
            : "Cervixcytologie (dunnelaag)")
        .graded("Resultaat", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(hpvBe(r), r.s().hpvGrade())
            : new Cell(r.s().bethesda(r.rng()), r.s().papGrade()))
        .col("Aanvrager", PROVIDER, r -> List.of("Dr. L. Peeters (gynaecoloog)",
            "Dr. E. Maes (huisarts)", "Dr. F. Claes (gynaecoloog)").get(r.stable("aan", 3)))
        .col("Ziekenfonds", OTHER, r -> List.of("CM", "Solidaris", "Helan", "LM")
            .get(r.stable("zf", 4)))
        .col("Lidnr ziekenfonds", INSURANCE_ID, r -> r.p().insuranceNumber()).blank(25);
  }

  private static String hpvBe(Row r) {
    return switch (r.s().hpv()) {
      case NEGATIVE -> "Negatief";
      case POSITIVE -> "Positief: " + (r.s().genotype().equals("other")
          ? "andere hoog-risico types" : "HPV " + r.s().genotype());
      case UNSATISFACTORY -> "Niet beoordeelbaar (onvoldoende materiaal)";
    };
  }

  // ------------------------------------------------------------------------------- Germany

  private static CsvLayout cytologyLabDe() {
    return CsvLayout.of("de-zytologielabor-befundliste-kv", DE).delimiter(';').windows1252()
        .dates("dd.MM.yyyy").people(80).women().ages(20, 65).rows(1, 3)
        .col("Auftragsnr.", RECORD_ID, r -> "Z" + r.sample().substring(1))
        .col("KVNR", NATIONAL_ID, r -> r.p().nationalId())
        .col("Patientin", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.-Datum", BIRTH_DATE, Row::birth)
        .col("Entnahme", CLINICAL_DATE, Row::when)
        .graded("Gruppe (Münchner III)", TEST_RESULT, BlindLayouts9::munich)
        .graded("HPV-Test", TEST_RESULT, r -> cytologyOnly(r) ? Cell.of("entfällt")
            : new Cell(r.s().hpvGerman(r.rng()), r.s().hpvGrade()))
        .col("Empfehlung", PROCEDURE, r -> switch (cytologyOnly(r) ? munich(r).grade()
            : munich(r).grade().max(r.s().hpvGrade())) {
          case NORMAL, NONE -> "Kontrolle im Programm";
          case UNSATISFACTORY -> "Wiederholung nach 3 Mon.";
          case ABNORMAL_LOW_GRADE -> "Kontrolle in 6 Mon.";
          default -> "Abklärungskolposkopie";
        })
        .col("Einsender", PROVIDER, r -> List.of("Dr. med. C. Wagner, FÄ Gynäkologie",
            "Praxis Dr. Hoffmann", "MVZ Frauenheilkunde Süd").get(r.stable("ein", 3)))
        .col("Kasse", OTHER, r -> List.of("AOK", "TK", "Barmer", "DAK-Gesundheit")
            .get(r.stable("k", 4)));
  }

  /** Women under 35 have cytology alone in the programme: no HPV test on their sample. */
  private static boolean cytologyOnly(Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears() < 35;
  }

  /**
   * The Munich group of a sample, with its grade. Every sample is read: one the HPV test alone
   * would have settled is Pap I, one too scant for the HPV test Pap 0.
   */
  private static Cell munich(Row r) {
    if (r.s().hasCytology()) {
      return new Cell(r.s().papMunich(), r.s().papMunichGrade());
    }
    return r.s().hpv() == Screening.Hpv.NEGATIVE ? new Cell("Pap I", NORMAL)
        : new Cell("Pap 0", UNSATISFACTORY);
  }

  // ------------------------------------------------------------------------------- France

  private static CsvLayout coordinationCentreFr() {
    return CsvLayout.of("fr-crcdc-suivi-depistage-col", FR).delimiter(';').dates("dd/MM/yyyy")
        .people(80).women().ages(25, 65).rows(1, 2)
        .col("NIR", NATIONAL_ID, r -> r.p().nationalId())
        .col("NOM_NAISS", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("NOM_USAGE", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? ""
            : r.p().maiden().toUpperCase(Locale.ROOT))
        .col("PRENOM", GIVEN_NAME, r -> r.p().given())
        .col("DATE_NAISS", BIRTH_DATE, Row::birth)
        .col("CP", POSTCODE, r -> r.p().postcode())
        .col("COMMUNE", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("DATE_PRLV", CLINICAL_DATE, Row::when)
        .graded("TEST_HPV", TEST_RESULT, r -> new Cell(r.s().hpvFrench(r.rng()),
            r.s().hpvGrade()))
        .graded("CYTO_REFLEXE", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade()) : Cell.of("non réalisée"))
        .col("SUIVI", PROCEDURE, r -> switch (r.s().grade()) {
          case NORMAL -> "Rappel à 5 ans";
          case UNSATISFACTORY -> "Nouveau prélèvement";
          case ABNORMAL_LOW_GRADE -> r.s().pap().equals("1") ? "Test HPV à 1 an"
              : "Colposcopie";
          default -> "Colposcopie";
        })
        .col("PRELEVEUR", PROVIDER, r -> List.of("Dr Martin (gynécologue)",
            "Mme Lefèvre (sage-femme)", "Dr Bernard (médecin généraliste)")
            .get(r.stable("pr", 3)))
        .col("CAISSE", OTHER, r -> List.of("CPAM 75", "CPAM 69", "MSA", "CPAM 13")
            .get(r.stable("cs", 4)));
  }

  // ------------------------------------------------------------------------------- Ireland

  private static CsvLayout colposcopyTrackerIe() {
    return CsvLayout.of("ie-colposcopy-service-referral-tracker", IE).dates("dd/MM/yyyy")
        .people(70).women().ages(25, 65).rows(1, 2)
        .col("MRN", RECORD_ID, r -> "H" + r.p().recordNumber())
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId()).blank(35)
        .col("Patient Name", PERSON_NAME, r -> r.p().given() + " "
            + r.p().family().toUpperCase(Locale.ROOT))
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Eircode", POSTCODE, r -> r.p().postcode())
        .col("Mobile", PHONE, r -> r.p().phone()).blank(10)
        .col("Referral Date", CLINICAL_DATE, Row::when)
        .graded("Referral Smear", TEST_RESULT, r -> referred(r)
            ? new Cell("HPV detected; " + r.s().bethesda(r.rng()), r.s().grade())
            : new Cell("HPV detected x2; NILM", ABNORMAL_LOW_GRADE))
        .graded("Colp Impression", TEST_RESULT, BlindLayouts9::impressionEnglish)
        .graded("Biopsy Histology", DIAGNOSIS, r -> r.visitPick("bx", 4) == 0 ? Cell.of("N/A")
            : new Cell(r.histology().english, r.histology().grade))
        .col("Management", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN, CIN1 -> "Discharge to CervicalCheck, HPV test 12 months";
          case CIN2, CIN3 -> "LLETZ under LA";
          case CARCINOMA -> "Refer gynae-oncology MDM";
        })
        .col("Consultant", PROVIDER, r -> List.of("Dr Siobhan Walsh", "Prof. Declan Byrne",
            "Dr Aisling Ryan").get(r.stable("con", 3)));
  }
}
