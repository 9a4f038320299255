package org.exposure.evaluation;

import static org.exposure.model.FieldType.AGE;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.GIVEN_NAME;
import static org.exposure.model.FieldType.HOUSE_NUMBER;
import static org.exposure.model.FieldType.INITIALS;
import static org.exposure.model.FieldType.INSURANCE_ID;
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
import static org.exposure.model.ResultGrade.NORMAL;
import static org.exposure.model.ResultGrade.UNGRADED;
import static org.exposure.model.ResultGrade.UNSATISFACTORY;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The twelfth blind part of the corpus: <b>sealed</b>. Its layouts were written without reading the
 * classifier, its dictionaries or any other layout part, and the classifier was never run on them
 * before the part was handed over; it is measured once, by someone else (docs/evaluation.md, "Blind
 * parts"). Do not tune the classifier to it.
 *
 * <p>Twelve extracts of the cervical screening chain, as the systems that hold it export them, in
 * the first seven countries; every value is synthetic ({@link Person}), every result drawn by
 * {@link Screening}. The layouts and what each follows:
 *
 * <ol>
 *   <li>{@code nl-bmhk-ronde-uitslagregister}: a screening organisation's round register of the
 *       Dutch bevolkingsonderzoek baarmoederhalskanker, one row per woman and round: invitation and
 *       sample dates, kind of sample (GP smear or self-sampling kit), hrHPV and the reflex cytology
 *       (Pap class with its KOPAC-B code where the NVVP ordering fixes it) and the follow-up advice
 *       of RIVM's referral schedule of July 2022 (reference/dutch-health-data.md §2.4-2.6). Header
 *       names from the BRP/Haal-Centraal field names and the screening column names of §2.6;
 *       semicolons, Windows-1252, {@code dd-MM-yyyy}, as a Dutch Excel saves a list.
 *   <li>{@code nl-lis-cervix-uitslagregels}: a Dutch laboratory information system's result export
 *       after a MEDLAB/Edifact-style message: one row per determination (hrHPV row, cytology row),
 *       short upper-case column names, TAB-separated UTF-8 with a byte-order mark, {@code yyyyMMdd}
 *       dates, test code and description, and the KOPAC-B code in a column of its own beside the
 *       Pap class (NVVP guideline: keep KOPAC-B and Pap).
 *   <li>{@code nl-pathologie-verslagarchief}: a pathology lab's report archive, PALGA-excerpt style
 *       (Casparie et al. 2007, §2.6): report number, material, one conclusion per report, cytology
 *       reports with HPV and Pap in one cell, biopsy and excision reports with the histology.
 *   <li>{@code nl-his-labjournaal-vrouwen}: a Dutch GP system's lab journal (determinations named
 *       as a GP's lab message names them, NHG-Tabel 45 style, values with a decimal comma),
 *       screening results beside HbA1c and blood pressure, the episode's ICD-10 diagnosis on the
 *       lab rows.
 *   <li>{@code uk-csms-cervical-test-history}: England's NHS CSP call and recall test history: the
 *       result, infection and action codes written code and text (result categories of NHS
 *       Digital's Cervical Screening Programme statistics, Appendix D; result codes and their
 *       letter forms as a laboratory's Read-code table lists them), and the three in one bare code
 *       as the NHSCSP protocol algorithm writes them ({@code X0A}, {@code M9S}), with the next test
 *       due date ("Cervical screening: guidance for call and recall administration best practice");
 *       NHS number in its 3-3-4 form, CRLF.
 *   <li>{@code uk-colposcopy-clinic-worklist}: an English colposcopy clinic's list (NHS CSP
 *       colposcopy and programme management): referral result, colposcopic opinion, transformation
 *       zone type, biopsy histology, management, colposcopist; pipe-delimited, {@code dd-MMM-yyyy}.
 *   <li>{@code ie-cervicalcheck-client-register}: Ireland's CervicalCheck (HSE National Screening
 *       Service) register in an upper-snake-case export: PPSN, CSP client id, Eircode, sample
 *       taker, HPV result with its genotype in a column of its own, Bethesda cytology (used by
 *       CervicalCheck labs), and the management recommendation every result carries
 *       (CervicalCheck's "Cervical Screening Results and Management Recommendation Guide": recall
 *       at 3 or 5 years by age, 12-month repeat, colposcopy).
 *   <li>{@code be-vl-bmhk-staalregistratie}: the Flemish bevolkingsonderzoek baarmoederhalskanker
 *       (Centrum voor Kankeropsporing) as a sample registration with INSZ in its printed
 *       {@code yy.mm.dd-sss.cc} form, ziekenfonds and member number, RIZIV number of the sampling
 *       doctor, and one result cell with labelled parts ({@code Cytologie:}) in Bethesda terms, as
 *       Belgian labs report.
 *   <li>{@code fr-crcdc-doccu-suivi-tests}: a French CRCDC's follow-up file of the DOCCU programme
 *       (organised cervical screening, HAS 2019 strategy: HPV-HR test from 30, reflex cytology when
 *       positive): NIR with spaces, birth and usage names, one row per test, results in French, the
 *       "conduite à tenir", the sample taker's RPPS; Windows-1252, semicolons.
 *   <li>{@code de-okfe-zervix-befundliste}: a German practice's documentation of the organised
 *       programme (oKFE-Richtlinie of the G-BA, Teil III: co-testing from 35), KVNR, Kostenträger
 *       and IK, one "Befund" cell with the HPV test and the cytology in Munich nomenclature III,
 *       the "Abklärung", LANR and BSNR; Windows-1252, semicolons, {@code dd.MM.yyyy}.
 *   <li>{@code us-nbccedp-mde-cervical-cycle}: a state programme's submission of the NBCCEDP
 *       minimum data elements for cervical cycles (the MDE data user's manuals as the states
 *       publish them, e.g. Kentucky's WH-58 MDE descriptions and California's Every Woman Counts
 *       cycle form): coded race and Hispanic origin, screening date, Pap and HPV results as coded
 *       values with their labels, final diagnosis and its date, treatment status, provider NPI;
 *       {@code MM/dd/yyyy}. The short column names and the code numbers are this layout's own,
 *       written after the manuals' items and labels, not copied from them.
 *   <li>{@code us-payer-claim-lines-cervical}: a health insurer's professional claim lines (X12
 *       837P flattened: claim id, line number, member id, subscriber, service date, CPT code and
 *       description, the first ICD-10-CM diagnosis as a bare code and its description, rendering
 *       NPI, amounts, payer); {@code yyyyMMdd} as X12 writes dates.
 * </ol>
 *
 * <p>Labelling notes (where the labelling guide is silent, DESIGN.md's definitions decide):
 *
 * <ul>
 *   <li>Follow-up advice, recommendations, NHS action codes, "conduite à tenir", "Abklärung" and a
 *       colposcopy clinic's management are plans of care: {@code PROCEDURE}, never graded. A recall
 *       or next-test due date is a planned care event, like an invitation: {@code CLINICAL_DATE}.
 *   <li>The NHS infection code {@code U} ("HPV unavailable": no result could be obtained from the
 *       sample) and CervicalCheck's "Invalid / unable to process" are the specimen failing:
 *       {@code UNSATISFACTORY}, like {@code Inadequate}.
 *   <li>The NHS's combined code (cytology, infection, action: {@code X0A}, {@code 79S}) holds two
 *       results and an action: {@code TEST_RESULT}, graded by its worst result part ({@code X} is
 *       "no cytology", so {@code X0A} is HPV negative, normal; {@code XUR} unsatisfactory).
 *   <li>An ICD-10-CM claim diagnosis grades by its meaning: R87.615 unsatisfactory smear
 *       ({@code UNSATISFACTORY}), R87.610 ASC-US, R87.612 LSIL and R87.810 high-risk HPV positive
 *       (low grade), R87.611 ASC-H and R87.613 HSIL (high grade), R87.614 cytologic evidence of
 *       malignancy ({@code CANCER}). Z12.4 (encounter for cervical screening) says a screening took
 *       place, not its result: a diagnosis the scale cannot grade, {@code UNGRADED}, never normal.
 *       The bare code column and the description column are both {@code DIAGNOSIS}.
 *   <li>CPT codes and their descriptions on a claim line name the service billed, tests included:
 *       {@code PROCEDURE} (a procedure code system), not {@code TEST_TYPE}.
 *   <li>A pathology archive's single "Conclusie" column holds cytology reports and histology
 *       reports: by the guide's rule for a lab's conclusion with histology in it,
 *       {@code DIAGNOSIS}.
 *   <li>A colposcopic opinion "Suspected invasion" is graded {@code CANCER}, as the NHS cytology's
 *       "?invasive squamous carcinoma" is; "Normal" {@code NORMAL}; "Low grade" and "High grade" by
 *       their words. NBCCEDP's final diagnosis "Normal/benign reaction/inflammation" is histology
 *       without CIN: {@code NORMAL}.
 *   <li>Ziekenfonds, Kostenträger, IK, régime, payer and lab names are organisations:
 *       {@code OTHER}. The sampling doctor's RIZIV/RPPS/LANR/NPI and the practice's BSNR, AGB and
 *       NHS practice code are the woman's care providers: {@code PROVIDER}. A CervicalCheck
 *       sample-taker number is the registered sample taker who took her sample: {@code PROVIDER}.
 *   <li>NBCCEDP race and Hispanic-origin codes with labels are {@code RACIAL_OR_ETHNIC_ORIGIN}; the
 *       state FIPS code, a claim's line number, amounts, a treatment status, a report status and a
 *       unit are {@code OTHER}; a transformation zone type is {@code OTHER} (the guide's row).
 *   <li>A German co-test reports cytology also when HPV is negative (oKFE, from 35): those cells
 *       carry "Pap I" and grade normal, which the screening draw's HPV-negative women are.
 *   <li>A colposcopy clinic sees referred women: a drawn sample without an abnormal finding is
 *       written as the persistent-HPV referral it would be ("hrHPV positive (persistent) / No
 *       abnormal cells", low grade), so the referral cell and its grade agree.
 * </ul>
 */
final class BlindLayouts12 {
  private BlindLayouts12() {}

  static List<CsvLayout> all() {
    return List.of(nlRoundRegister(), nlLisResultLines(), nlPathologyArchive(), nlGpLabJournal(),
        ukCallRecallHistory(), ukColposcopyWorklist(), ieCervicalCheckRegister(),
        beFlemishSampleRegistration(), frCrcdcFollowUp(), deOkfeFindings(), usNbccedpMde(),
        usPayerClaimLines());
  }

  // ------------------------------------------------------------------------------- helpers

  private static Cell cell(String text, ResultGrade grade) {
    return new Cell(text, grade);
  }

  /** A number of {@code length} digits for one of {@code many} providers, the same on her rows. */
  private static String providerNumber(Row r, String salt, int many, int length) {
    long n = Math.floorMod((salt + r.stable(salt, many)).hashCode(),
        (long) Math.pow(10, length - 1));
    return String.format(Locale.ROOT, "%d%0" + (length - 1) + "d", 1 + r.stable(salt, many) % 9, n);
  }

  /** An NPI: nine digits and their check digit ({@link CheckDigits#npi}). */
  static String npi(String nine) {
    return CheckDigits.npi(nine);
  }

  private static String npiOf(Row r, String salt) {
    return npi(String.format(Locale.ROOT, "1%08d",
        Math.floorMod((salt + r.stable(salt, 14)).hashCode(), 100_000_000)));
  }

  /** RIVM's referral schedule of July 2022, the advice the woman's letter and her GP receive. */
  private static String dutchAdvice(Screening s) {
    if (s.hpv() == Screening.Hpv.NEGATIVE) {
      return "geen vervolg, volgende uitnodiging over 5 jaar";
    }
    if (s.hpv() == Screening.Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "nieuw uitstrijkje na 6 weken";
    }
    boolean type1618 = !s.genotype().equals("other");
    boolean high = s.papGrade().compareTo(ABNORMAL_HIGH_GRADE) >= 0;
    if (high || (type1618 && !s.pap().equals("1"))) {
      return "verwijzing gynaecoloog";
    }
    return "controle-uitstrijkje na 12 maanden";
  }

  private static boolean referred(Screening s) {
    return s.hpv() == Screening.Hpv.POSITIVE && !s.pap().equals("1") && !s.pap().equals("0");
  }

  /** The Pap class with its KOPAC-B code where the NVVP ordering fixes the code, else alone. */
  private static String papWithKopac(Screening s, Row r) {
    String pap = "Pap " + s.pap();
    return switch (s.pap()) {
      case "0", "2" -> pap;
      default -> pap + " (KOPAC-B " + s.kopac(r.rng()) + ")";
    };
  }

  // ------------------------------------------------------------------------------- NL

  /** A screening organisation's round register: one row per woman and round. */
  static CsvLayout nlRoundRegister() {
    return CsvLayout.of("nl-bmhk-ronde-uitslagregister", Country.NL).women().ages(30, 65)
        .people(90).rows(1, 2).delimiter(';').windows1252().dates("dd-MM-yyyy")
        .col("Cliëntnummer", RECORD_ID, r -> "BVO" + r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Voorletters", INITIALS, r -> r.p().initials())
        .col("Voorvoegsel", FAMILY_NAME, r -> r.p().prefix())
        .col("Geslachtsnaam", FAMILY_NAME, r -> r.p().family())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Straatnaam", STREET_ADDRESS, r -> r.p().street())
        .col("Huisnummer", HOUSE_NUMBER, r -> String.valueOf(r.p().houseNumber()))
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Woonplaats", CITY, r -> r.p().city())
        .col("Uitnodigingsdatum", CLINICAL_DATE, r -> r.fmt(r.date().minusDays(
            14 + r.visitPick("inv", 40))))
        .col("Afnamedatum", CLINICAL_DATE, Row::when)
        .col("Soort afname", TEST_TYPE, r -> r.visitPick("zas", 3) == 0
            ? "zelfafnameset (ZAS)" : "uitstrijkje huisarts")
        .col("Monsternummer", RECORD_ID, Row::sample)
        .graded("Uitslag hrHPV", TEST_RESULT, r -> cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade()))
        .graded("Uitslag cytologie", TEST_RESULT, r -> r.s().hasCytology()
            ? cell(papWithKopac(r.s(), r), r.s().papGrade()) : Cell.of(""))
        .col("Vervolgadvies", PROCEDURE, r -> dutchAdvice(r.s()))
        .col("AGB-code huisarts", PROVIDER, r -> "01" + providerNumber(r, "agb", 25, 6))
        .col("Regio", OTHER, r -> r.p().region());
  }

  /** A lab information system's result lines: one row per determination. */
  static CsvLayout nlLisResultLines() {
    return CsvLayout.of("nl-lis-cervix-uitslagregels", Country.NL).women().ages(30, 65)
        .people(70).rows(1, 2).onePerResult().byDate().delimiter('\t').bom().dates("yyyyMMdd")
        .col("MONSTERNR", RECORD_ID, Row::sample)
        .col("PATNR", RECORD_ID, r -> r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("NAAM", PERSON_NAME, r -> r.p().fullFamily() + ", " + r.p().initials())
        .col("GEBDAT", BIRTH_DATE, Row::birth)
        .col("GESL", SEX, r -> "V")
        .col("AFNDAT", CLINICAL_DATE, Row::when)
        .col("ONTVDAT", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(1 + r.visitPick("ontv", 3))))
        .col("TESTCODE", TEST_TYPE, r -> r.part() == Part.HPV ? "HRHPV" : "CYTCX")
        .col("TESTOMSCHR", TEST_TYPE, r -> r.part() == Part.HPV
            ? "hrHPV-DNA (PCR), cervix" : "Cervixcytologie (dunnelaag)")
        .graded("UITSLAG", TEST_RESULT, r -> r.part() == Part.HPV
            ? cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade())
            : cell(r.s().papDutch(r.rng()), r.s().papGrade()))
        .graded("KOPACB", TEST_RESULT, r -> r.part() == Part.CYTOLOGY
            && !r.s().pap().equals("0") && !r.s().pap().equals("2")
            ? cell(r.s().kopac(r.rng()), Screening.papGrade(r.s().kopacPap())) : Cell.of(""))
        .col("STATUS", OTHER, r -> "definitief")
        .col("AANVRAGER", PROVIDER, r -> "Huisartsenpraktijk " + Country.pick(
            new Random(r.stable("prak", 1000)), List.of("De Linde", "Het Anker",
                "Oost", "Centrum", "De Vaart", "Molenhoek", "Zuiderpark", "De Brink")))
        .col("AGB_AANVR", PROVIDER, r -> "01" + providerNumber(r, "aagb", 20, 6));
  }

  /** A pathology lab's report archive: one row per report, cytology or histology. */
  static CsvLayout nlPathologyArchive() {
    return CsvLayout.of("nl-pathologie-verslagarchief", Country.NL).women().ages(30, 65)
        .people(80).rows(1, 2).quoteAll().dates("d-M-yyyy")
        .col("Verslagnummer", RECORD_ID, r -> (histologyReport(r) ? "H" : "C")
            + r.date().getYear() % 100 + "-" + r.sample().substring(3))
        .col("Patiëntnummer", RECORD_ID, r -> r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam", PERSON_NAME, r -> r.p().fullName())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> "vrouw")
        .col("Datum ontvangst", CLINICAL_DATE, Row::when)
        .col("Aanvrager", PROVIDER, r -> histologyReport(r)
            ? "gynaecoloog " + Country.pick(new Random(r.stable("gyn", 99)),
                List.of("dr. Mulder", "dr. Kok", "dr. Prins", "dr. Visser"))
            : "huisarts " + Country.pick(new Random(r.stable("ha", 99)),
                List.of("Bakker", "Smit", "Hendriks", "Dekker", "Brouwer", "Willems")))
        .col("Materiaal", TEST_TYPE, r -> histologyReport(r)
            ? (r.histology().ordinal() >= Screening.Histology.CIN2.ordinal()
                ? "portio, lisexcisie" : "portio, biopten")
            : "cervixuitstrijkje (bevolkingsonderzoek)")
        .graded("Conclusie", DIAGNOSIS, r -> histologyReport(r)
            ? cell("Portio: " + r.histology().dutch, r.histology().grade)
            : cell(r.s().combinedDutch(r.rng()), r.s().grade()));
  }

  /** A histology report follows where the cytology was high grade or worse, most of the time. */
  private static boolean histologyReport(Row r) {
    return r.s().papGrade().compareTo(ABNORMAL_HIGH_GRADE) >= 0 && r.visitPick("histo", 3) > 0;
  }

  private static final List<String> NL_LAB_NAMES = List.of("Lengte", "Gewicht",
      "Systolische bloeddruk", "HbA1c", "Cholesterol totaal", "Glucose (nuchter)", "Hemoglobine");

  /** A GP system's lab journal: screening results beside other determinations. */
  static CsvLayout nlGpLabJournal() {
    return CsvLayout.of("nl-his-labjournaal-vrouwen", Country.NL).women().ages(30, 65)
        .people(70).rows(1, 3).delimiter(';').crlf().dates("dd-MM-yyyy")
        .col("patnr", RECORD_ID, r -> r.p().recordNumber())
        .col("naam", PERSON_NAME, r -> r.p().family() + ", " + r.p().initials()
            + (r.p().prefix().isEmpty() ? "" : " " + r.p().prefix()))
        .col("geb_datum", BIRTH_DATE, Row::birth)
        .col("leeftijd", AGE, r -> String.valueOf(Period.between(r.p().birthDate(),
            LocalDate.of(2025, 6, 30)).getYears()))
        .col("datum", CLINICAL_DATE, Row::when)
        .col("bepaling", TEST_TYPE, r -> gpScreening(r)
            ? (r.s().hasCytology() ? "BVO hrHPV + cytologie" : "BVO hrHPV")
            : NL_LAB_NAMES.get(Clinical.OBSERVATIONS.indexOf(r.obs())))
        .graded("uitslag", TEST_RESULT, r -> gpScreening(r)
            ? cell(r.s().combinedDutch(r.rng()), r.s().grade())
            : cell(String.valueOf(r.value()).replace('.', ','), UNGRADED))
        .col("eenheid", OTHER, r -> gpScreening(r) ? "" : r.obs().unit())
        .graded("episode", DIAGNOSIS, r -> gpScreening(r) ? Cell.of("")
            : cell(r.dx().icd() + " " + r.dx().dutch(), r.dx().grade()))
        .col("huisarts", PROVIDER, r -> "HA " + Country.pick(
            new Random(r.stable("ha", 97)), List.of("J. Visser", "M. de Boer",
                "A. Yilmaz", "P. Kuipers")));
  }

  private static boolean gpScreening(Row r) {
    return r.visitPick("kind", 5) < 3;
  }

  // ------------------------------------------------------------------------------- UK and IE

  private static String nhsSpaced(String nhs) {
    return nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
  }

  /** The NHS call and recall result code and its wording for the cytology. */
  private static String nhsResultCode(Screening s) {
    return Screening.nhsResultCode(s.pap());
  }

  /**
   * The cytology character of the combined code: a digit, or the letter form a laboratory also uses
   * for negative, borderline and low grade; {@code X} where no cytology was done.
   */
  private static String nhsCytologyChar(Row r) {
    boolean letter = r.visitPick("letter", 2) == 0;
    return switch (r.s().pap()) {
      case "" -> "X";
      case "1" -> letter ? "N" : "2";
      case "2" -> letter ? "B" : "8";
      case "3a1" -> letter ? "M" : "3";
      default -> nhsResultCode(r.s());
    };
  }

  private static String nhsInfectionChar(Screening s) {
    return switch (s.hpv()) {
      case NEGATIVE -> "0";
      case POSITIVE -> "9";
      case UNSATISFACTORY -> "U";
    };
  }

  private static String nhsActionChar(Screening s) {
    return s.hpv() == Screening.Hpv.NEGATIVE ? "A" : referred(s) ? "S" : "R";
  }

  static CsvLayout ukCallRecallHistory() {
    return CsvLayout.of("uk-csms-cervical-test-history", Country.UK).women().ages(25, 64)
        .people(90).rows(1, 2).crlf().dates("dd/MM/yyyy")
        .col("NHS Number", NATIONAL_ID, r -> nhsSpaced(r.p().nationalId()))
        .col("Surname", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Forename(s)", GIVEN_NAME, r -> r.p().middle().isEmpty() ? r.p().given()
            : r.p().given() + " " + r.p().middle())
        .col("Date of Birth", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("GP Practice Code", PROVIDER, r -> "B8" + providerNumber(r, "prac", 30, 4))
        .col("Test Date", CLINICAL_DATE, Row::when)
        .col("Lab Code", OTHER, r -> "LAB" + (60 + r.stable("lab", 4)))
        .graded("Infection Code", TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> cell("0 - HPV negative", NORMAL);
          case POSITIVE -> cell("9 - HPV positive", ABNORMAL_LOW_GRADE);
          case UNSATISFACTORY -> cell("U - HPV unavailable", UNSATISFACTORY);
        })
        .graded("Result Code", TEST_RESULT, r -> r.s().hasCytology()
            ? cell(nhsResultCode(r.s()) + " - " + r.s().nhsCytology(r.rng()), r.s().papGrade())
            : Cell.of(""))
        .col("Action Code", PROCEDURE, r -> r.s().hpv() == Screening.Hpv.NEGATIVE
            ? "A - Routine recall" : r.s().hpv() == Screening.Hpv.UNSATISFACTORY
            || r.s().pap().equals("0") ? "R - Repeat in 3 months"
            : referred(r.s()) ? "S - Suspend (colposcopy referral)" : "R - Repeat in 12 months")
        .graded("Test Code", TEST_RESULT, r -> cell(nhsCytologyChar(r)
            + nhsInfectionChar(r.s()) + nhsActionChar(r.s()), r.s().grade()))
        .col("Next Test Due", CLINICAL_DATE, r -> r.fmt(r.s().hpv() == Screening.Hpv.NEGATIVE
            ? r.date().plusYears(r.p().birthDate().plusYears(50).isAfter(r.date()) ? 3 : 5)
            : r.date().plusMonths(referred(r.s()) ? 6 : r.s().pap().equals("0") ? 3 : 12)));
  }

  /** A colposcopy clinic's referral result: persistent HPV where the draw found nothing. */
  private static Cell referralResult(Row r) {
    Screening s = r.s();
    if (referred(s)) {
      return cell("hrHPV positive / " + s.nhsCytology(r.rng()), s.grade());
    }
    return cell("hrHPV positive (persistent) / No abnormal cells", ABNORMAL_LOW_GRADE);
  }

  static CsvLayout ukColposcopyWorklist() {
    return CsvLayout.of("uk-colposcopy-clinic-worklist", Country.UK).women().ages(25, 64)
        .people(70).rows(1, 2).delimiter('|').dates("dd-MMM-yyyy")
        .col("Hospital No", RECORD_ID, r -> "RX" + r.p().recordNumber())
        .col("NHS No", NATIONAL_ID, r -> r.p().nationalId())
        .col("Patient", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Referral Date", CLINICAL_DATE, r -> r.fmt(r.date().minusDays(
            10 + r.visitPick("ref", 30))))
        .graded("Referral Result", TEST_RESULT, BlindLayouts12::referralResult)
        .col("Appt Date", CLINICAL_DATE, Row::when)
        .graded("Colposcopic Opinion", TEST_RESULT, r -> switch (r.histology()) {
          case NO_CIN -> cell("Normal", NORMAL);
          case CIN1 -> cell("Low grade", ABNORMAL_LOW_GRADE);
          case CIN2, CIN3 -> cell("High grade", ABNORMAL_HIGH_GRADE);
          case CARCINOMA -> cell("Suspected invasion", CANCER);
        })
        .col("TZ", OTHER, r -> "Type " + (1 + r.visitPick("tz", 3)))
        .graded("Biopsy Histology", DIAGNOSIS, r -> cell(r.histology().english,
            r.histology().grade)).blank(15)
        .col("Management", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN -> "Discharge: HPV test in 12 months";
          case CIN1 -> "Repeat colposcopy in 12 months";
          case CIN2, CIN3 -> "LLETZ";
          case CARCINOMA -> "Referred to gynae-oncology MDT";
        })
        .col("Colposcopist", PROVIDER, r -> Country.pick(new Random(
            r.stable("colp", 91)), List.of("Dr A Patel", "Miss R Hughes", "Dr K Evans",
                "Nurse Colposcopist J Wood")));
  }

  static CsvLayout ieCervicalCheckRegister() {
    return CsvLayout.of("ie-cervicalcheck-client-register", Country.IE).women().ages(25, 65)
        .people(85).rows(1, 2).bom().dates("dd/MM/yyyy")
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("CSP_ID", RECORD_ID, r -> "CSP" + r.p().recordNumber())
        .col("SURNAME", FAMILY_NAME, r -> r.p().family())
        .col("FORENAME", GIVEN_NAME, r -> r.p().given())
        .col("MAIDEN_NAME", FAMILY_NAME, r -> r.p().maiden())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("ADDRESS_LINE_1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("TOWN", CITY, r -> r.p().city())
        .col("EIRCODE", POSTCODE, r -> r.p().postcode())
        .col("SAMPLE_TAKER_ID", PROVIDER, r -> "ST" + providerNumber(r, "st", 30, 5))
        .col("SAMPLE_DATE", CLINICAL_DATE, Row::when)
        .graded("HPV_RESULT", TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> cell("HPV Not Detected", NORMAL);
          case POSITIVE -> cell("HPV Detected", ABNORMAL_LOW_GRADE);
          case UNSATISFACTORY -> cell("Invalid / unable to process", UNSATISFACTORY);
        })
        .graded("HPV_GENOTYPE", TEST_RESULT, r -> r.s().hpv() == Screening.Hpv.POSITIVE
            ? cell(r.s().genotype().equals("other") ? "Other HR HPV" : r.s().genotype(),
                ABNORMAL_LOW_GRADE) : Cell.of(""))
        .graded("CYTOLOGY_RESULT", TEST_RESULT, r -> r.s().hasCytology()
            ? cell(r.s().bethesda(r.rng()), r.s().papGrade()) : Cell.of(""))
        .col("RECOMMENDATION", PROCEDURE, r -> r.s().hpv() == Screening.Hpv.NEGATIVE
            ? (r.p().birthDate().plusYears(30).isAfter(r.date()) ? "Routine recall 3 years"
                : "Routine recall 5 years")
            : r.s().hpv() == Screening.Hpv.UNSATISFACTORY || r.s().pap().equals("0")
                ? "Repeat sample in 3 months"
                : referred(r.s()) ? "Refer to colposcopy" : "Repeat HPV test in 12 months")
        .col("LAB", OTHER, r -> r.visitPick("lab", 2) == 0 ? "CPL Coombe" : "NCSL Dublin");
  }

  // ------------------------------------------------------------------------------- BE and FR

  private static String inszPrinted(String n) {
    return n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "-"
        + n.substring(6, 9) + "." + n.substring(9);
  }

  /** The Flemish lab's one result cell: hrHPV, then the cytology as a labelled part. */
  private static Cell flemishResult(Row r) {
    Screening s = r.s();
    String hpv = switch (s.hpv()) {
      case NEGATIVE -> "hrHPV negatief";
      case POSITIVE -> "hrHPV positief (" + (s.genotype().equals("other") ? "andere hrHPV-types"
          : "HPV " + s.genotype()) + ")";
      case UNSATISFACTORY -> "staal niet beoordeelbaar";
    };
    return s.hasCytology() ? cell(hpv + " - Cytologie: " + s.bethesda(r.rng()), s.grade())
        : cell(hpv, s.grade());
  }

  static CsvLayout beFlemishSampleRegistration() {
    return CsvLayout.of("be-vl-bmhk-staalregistratie", Country.BE).women().ages(25, 64)
        .people(80).rows(1, 2).delimiter(';').quoteAll().dates("dd/MM/yyyy")
        .col("INSZ", NATIONAL_ID, r -> inszPrinted(r.p().nationalId()))
        .col("Naam", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geslacht", SEX, r -> "V")
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Straat + nr", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Gemeente", CITY, r -> r.p().city())
        .col("Ziekenfonds", OTHER, r -> Country.pick(new Random(r.stable("zf", 99)),
            List.of("CM", "Solidaris", "Helan", "Vlaams & Neutraal Ziekenfonds",
                "Liberale Mutualiteit")))
        .col("Lidnummer", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("Datum staalname", CLINICAL_DATE, Row::when)
        .col("RIZIV-nr arts", PROVIDER, r -> {
          String n = providerNumber(r, "riziv", 40, 11);
          return n.charAt(0) + "-" + n.substring(1, 6) + "-" + n.substring(6, 8) + "-"
              + n.substring(8);
        })
        .col("Type test", TEST_TYPE, r -> r.s().hasCytology()
            ? "HPV-test + reflexcytologie" : "HPV-test (primaire screening)")
        .graded("Resultaat", TEST_RESULT, BlindLayouts12::flemishResult)
        .col("Labo", OTHER, r -> "Labo " + Country.pick(new Random(r.stable("labo",
            9)), List.of("Gent", "Leuven", "Antwerpen", "Hasselt")));
  }

  private static String nirSpaced(String n) {
    return n.charAt(0) + " " + n.substring(1, 3) + " " + n.substring(3, 5) + " "
        + n.substring(5, 7) + " " + n.substring(7, 10) + " " + n.substring(10, 13) + " "
        + n.substring(13);
  }

  /** What the CRCDC's letter says to do after one test (HAS 2019 algorithm). */
  private static String conduiteATenir(Row r) {
    Screening s = r.s();
    if (r.part() == Part.HPV) {
      return switch (s.hpv()) {
        case NEGATIVE -> "Nouveau test HPV-HR dans 5 ans";
        case POSITIVE -> "Examen cytologique réflexe";
        case UNSATISFACTORY -> "Nouveau prélèvement";
      };
    }
    return switch (s.pap()) {
      case "0" -> "Nouveau prélèvement à 3 mois";
      case "1" -> "Test HPV-HR à 1 an";
      default -> "Colposcopie";
    };
  }

  static CsvLayout frCrcdcFollowUp() {
    return CsvLayout.of("fr-crcdc-doccu-suivi-tests", Country.FR).women().ages(30, 65)
        .people(75).rows(1, 2).onePerResult().delimiter(';').windows1252().dates("dd/MM/yyyy")
        .col("NIR", NATIONAL_ID, r -> nirSpaced(r.p().nationalId()))
        .col("Nom de naissance", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden())
        .col("Nom d'usage", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? "" : r.p().family())
        .col("Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Date de naissance", BIRTH_DATE, Row::birth)
        .col("Adresse", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Code postal", POSTCODE, r -> r.p().postcode())
        .col("Commune", CITY, r -> r.p().city())
        .col("Téléphone", PHONE, r -> r.p().phone())
        .col("Date du prélèvement", CLINICAL_DATE, Row::when)
        .col("Examen", TEST_TYPE, r -> r.part() == Part.HPV ? "Test HPV-HR"
            : "Examen cytologique réflexe")
        .graded("Résultat", TEST_RESULT, r -> r.part() == Part.HPV
            ? cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade())
            : cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade()))
        .col("Conduite à tenir", PROCEDURE, BlindLayouts12::conduiteATenir)
        .col("Préleveur (RPPS)", PROVIDER, r -> "10" + providerNumber(r, "rpps", 30, 9))
        .col("Régime", OTHER, r -> r.stable("reg", 6) == 0 ? "MSA" : "Régime général");
  }

  // ------------------------------------------------------------------------------- DE

  /** The co-test's one finding cell: HPV, then the cytology (Pap I where HPV was negative). */
  private static Cell germanFinding(Row r) {
    Screening s = r.s();
    String hpv = s.hpvGerman(r.rng());
    return switch (s.hpv()) {
      case NEGATIVE -> cell(hpv + "; Zytologie: Pap I", NORMAL);
      case UNSATISFACTORY -> cell(hpv, UNSATISFACTORY);
      case POSITIVE -> cell(hpv + "; Zytologie: " + s.papMunich(),
          ABNORMAL_LOW_GRADE.max(s.papMunichGrade()));
    };
  }

  static CsvLayout deOkfeFindings() {
    return CsvLayout.of("de-okfe-zervix-befundliste", Country.DE).women().ages(35, 65)
        .people(80).rows(1, 2).delimiter(';').windows1252().dates("dd.MM.yyyy")
        .col("Versichertennummer", NATIONAL_ID, r -> r.p().nationalId())
        .col("Name", FAMILY_NAME, r -> r.p().family())
        .col("Vorname", GIVEN_NAME, r -> r.p().given())
        .col("Geb.-Datum", BIRTH_DATE, Row::birth)
        .col("PLZ", POSTCODE, r -> r.p().postcode())
        .col("Ort", CITY, r -> r.p().city())
        .col("Kostenträger", OTHER, r -> Country.pick(new Random(r.stable("kk", 99)),
            List.of("AOK Nordost", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit",
                "IKK classic")))
        .col("IK", OTHER, r -> "10" + (1000000 + r.stable("kk", 99) * 7919))
        .col("Untersuchungsdatum", CLINICAL_DATE, Row::when)
        .col("Leistung", TEST_TYPE, r -> "Ko-Testung (HPV-Test + Zytologie)")
        .graded("Befund", TEST_RESULT, BlindLayouts12::germanFinding)
        .col("Abklärung", PROCEDURE, r -> r.s().hpv() == Screening.Hpv.NEGATIVE
            ? "Routine-Screening in 3 Jahren"
            : r.s().hpv() == Screening.Hpv.UNSATISFACTORY || r.s().pap().equals("0")
                ? "Wiederholung des Abstrichs"
                : r.s().papGrade().compareTo(ABNORMAL_HIGH_GRADE) >= 0
                    ? "Abklärungskolposkopie" : "Kontrolle in 12 Mon.")
        .col("LANR", PROVIDER, r -> providerNumber(r, "lanr", 12, 9))
        .col("BSNR", PROVIDER, r -> "7" + providerNumber(r, "bsnr", 6, 8));
  }

  // ------------------------------------------------------------------------------- US

  private static final List<String> MDE_RACE = List.of("1 White", "1 White", "1 White",
      "2 Black or African American", "3 Asian", "4 Native Hawaiian or Other Pacific Islander",
      "5 American Indian or Alaska Native", "9 Unknown");

  private static Cell mdePap(Screening s) {
    String text = switch (s.pap()) {
      case "0" -> "9 Unsatisfactory";
      case "1" -> "1 Negative (NILM)";
      case "2" -> "3 ASC-US";
      case "3a1" -> "4 LSIL";
      case "3a2" -> "5 ASC-H";
      case "3b", "4" -> "6 HSIL";
      case "5" -> "7 Squamous cell carcinoma";
      default -> "";
    };
    return text.isEmpty() ? Cell.of("") : cell(text, s.papGrade());
  }

  private static Cell mdeFinalDx(Screening.Histology h) {
    return switch (h) {
      case NO_CIN -> cell("1 Normal/benign reaction/inflammation", NORMAL);
      case CIN1 -> cell("2 HPV/condylomata/atypia/CIN 1", ABNORMAL_LOW_GRADE);
      case CIN2 -> cell("3 CIN 2", ABNORMAL_HIGH_GRADE);
      case CIN3 -> cell("4 CIN 3/CIS", ABNORMAL_HIGH_GRADE);
      case CARCINOMA -> cell("5 Invasive cervical carcinoma", CANCER);
    };
  }

  static CsvLayout usNbccedpMde() {
    return CsvLayout.of("us-nbccedp-mde-cervical-cycle", Country.US).women().ages(21, 64)
        .people(85).rows(1, 1).dates("MM/dd/yyyy")
        .col("STFIPS", OTHER, r -> "25")
        .col("ENROLLID", RECORD_ID, r -> "MA" + r.p().recordNumber())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("ZIP", POSTCODE, r -> r.p().postcode())
        .col("RACE1", RACIAL_OR_ETHNIC_ORIGIN, r -> MDE_RACE.get(r.stable("race",
            MDE_RACE.size())))
        .col("HISPANIC", RACIAL_OR_ETHNIC_ORIGIN, r -> r.stable("hisp", 4) == 0
            ? "1 Hispanic/Latina" : "2 Not Hispanic/Latina")
        .col("CXSCRNDT", CLINICAL_DATE, Row::when)
        .graded("PAPRSLT", TEST_RESULT, r -> mdePap(r.s()))
        .graded("HPVRSLT", TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> cell("2 Negative", NORMAL);
          case POSITIVE -> cell("1 Positive", ABNORMAL_LOW_GRADE);
          case UNSATISFACTORY -> cell("3 Unsatisfactory", UNSATISFACTORY);
        })
        .col("COLPODT", CLINICAL_DATE, r -> referred(r.s())
            ? r.fmt(r.date().plusDays(20 + r.visitPick("colpo", 40))) : "")
        .graded("CXFINDX", DIAGNOSIS, r -> referred(r.s()) ? mdeFinalDx(r.histology())
            : Cell.of(""))
        .col("CXFINDXDT", CLINICAL_DATE, r -> referred(r.s())
            ? r.fmt(r.date().plusDays(70 + r.visitPick("dx", 30))) : "")
        .col("CXTXSTAT", OTHER, r -> !referred(r.s()) ? ""
            : r.histology().ordinal() >= Screening.Histology.CIN2.ordinal()
                ? "1 Treatment started" : "3 Treatment not needed")
        .col("PROVNPI", PROVIDER, r -> npiOf(r, "mde"));
  }

  private static final String Z124 = "Encounter for screening for malignant neoplasm of cervix";

  /** The first diagnosis of a claim line: the abnormal finding it bills, else the screening. */
  private static String[] claimDx(Row r) {
    Screening s = r.s();
    if (r.part() == Part.HPV) {
      return s.hpv() == Screening.Hpv.POSITIVE
          ? new String[] {"R87.810", "Cervical high risk HPV DNA test positive", "LOW"}
          : new String[] {"Z12.4", Z124, "UNGRADED"};
    }
    return switch (s.pap()) {
      case "0" -> new String[] {"R87.615", "Unsatisfactory cytologic smear of cervix",
          "UNSATISFACTORY"};
      case "2" -> new String[] {"R87.610", "ASC-US on cytologic smear of cervix", "LOW"};
      case "3a1" -> new String[] {"R87.612", "LSIL on cytologic smear of cervix", "LOW"};
      case "3a2" -> new String[] {"R87.611", "ASC-H on cytologic smear of cervix", "HIGH"};
      case "3b", "4" -> new String[] {"R87.613", "HSIL on cytologic smear of cervix", "HIGH"};
      case "5" -> new String[] {"R87.614", "Cytologic evidence of malignancy on smear of cervix",
          "CANCER"};
      default -> new String[] {"Z12.4", Z124, "UNGRADED"};
    };
  }

  private static ResultGrade claimGrade(String g) {
    return switch (g) {
      case "UNSATISFACTORY" -> UNSATISFACTORY;
      case "LOW" -> ABNORMAL_LOW_GRADE;
      case "HIGH" -> ABNORMAL_HIGH_GRADE;
      case "CANCER" -> CANCER;
      default -> UNGRADED;
    };
  }

  static CsvLayout usPayerClaimLines() {
    return CsvLayout.of("us-payer-claim-lines-cervical", Country.US).women().ages(30, 64)
        .people(80).rows(1, 2).onePerResult().dates("yyyyMMdd")
        .col("Claim ID", INSURANCE_ID, r -> "CLM" + r.date().getYear() + r.sample().substring(1))
        .col("Line No", OTHER, r -> r.part() == Part.HPV ? "1" : "2")
        .col("Member ID", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("Subscriber Last Name", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Subscriber First Name", GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
        .col("Member DOB", BIRTH_DATE, Row::birth)
        .col("Gender", SEX, r -> "F")
        .col("Member ZIP", POSTCODE, r -> r.p().postcode())
        .col("Service Date", CLINICAL_DATE, Row::when)
        .col("CPT/HCPCS", PROCEDURE, r -> r.part() == Part.HPV ? "87624" : "88175")
        .col("Procedure Description", PROCEDURE, r -> r.part() == Part.HPV
            ? "HPV high-risk types, nucleic acid detection"
            : "Cytopathology cervical, thin layer, automated screening")
        .graded("ICD-10-CM Dx1", DIAGNOSIS, r -> {
          String[] dx = claimDx(r);
          return cell(dx[0], claimGrade(dx[2]));
        })
        .graded("Dx1 Description", DIAGNOSIS, r -> {
          String[] dx = claimDx(r);
          return cell(dx[1], claimGrade(dx[2]));
        })
        .col("Rendering NPI", PROVIDER, r -> npiOf(r, "rend"))
        .col("Billed Amount", OTHER, r -> r.part() == Part.HPV ? "98.00" : "64.50")
        .col("Paid Amount", OTHER, r -> r.part() == Part.HPV ? "47.80" : "29.36")
        .col("Payer", OTHER, r -> r.p().insuranceNumber().startsWith("BCB")
            ? "Blue Cross Blue Shield of Massachusetts" : r.p().insuranceNumber()
                .startsWith("AET") ? "Aetna" : r.p().insuranceNumber().startsWith("UHC")
                    ? "UnitedHealthcare" : "Humana");
  }
}
