package org.exposure.evaluation;

import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.FREE_TEXT;
import static org.exposure.model.FieldType.GIVEN_NAME;
import static org.exposure.model.FieldType.INSURANCE_ID;
import static org.exposure.model.FieldType.NATIONAL_ID;
import static org.exposure.model.FieldType.OTHER;
import static org.exposure.model.FieldType.PERSON_NAME;
import static org.exposure.model.FieldType.PHONE;
import static org.exposure.model.FieldType.POSTCODE;
import static org.exposure.model.FieldType.PROCEDURE;
import static org.exposure.model.FieldType.PROVIDER;
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

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.evaluation.Screening.Histology;
import org.exposure.evaluation.Screening.Hpv;
import org.exposure.model.ResultGrade;

/**
 * The thirteenth blind part of the corpus: <b>sealed</b>. Twelve layouts of what leaks in a real
 * breach beside a screening programme's own extracts: the lists and logs that staff keep by hand in
 * a spreadsheet, in the words and short-hand they really use. They were written from public
 * guidance and documented practice by someone who read neither the classifier, its dictionaries,
 * nor any other part of the corpus, and they were never run through the classifier before being
 * handed over: the evaluation reads their per-layout detail once, at the end. Do not tune the
 * classifier to them.
 *
 * <h2>Layouts and the source each follows</h2>
 *
 * <ol>
 *   <li>{@code uk-lab-failsafe-open-referrals}: a cytology laboratory's failsafe tracking sheet:
 *       the period's results, with a failsafe process open for each referral to colposcopy whose
 *       outcome has not come back (NHS England, "Cervical screening: cytology reporting failsafe
 *       (primary HPV)", §2: a process is opened and closed; the lab sends enquiries when no outcome
 *       arrives). Results in the call/recall short-hand of one cell: cytology result code, HPV
 *       infection code and action code ({@code X0A}, {@code 29R}, {@code M9S}, {@code 79S}...;
 *       NHSCSP "HPV primary screening" code tables and a lab's published Exeter result-code list: 1 inadequate, 2/N negative, 8/B borderline, 3/M low-grade, 7
 *       high-grade moderate, 4 high-grade severe, 5 ?invasive squamous carcinoma, X no cytology;
 *       HPV 0 negative, 9 positive, U unavailable; action A routine, R repeat, S suspend). NHS
 *       numbers spaced 3-3-4, British dates, CRLF.
 *   <li>{@code uk-gp-prior-notification-review}: a GP practice's working copy of its prior
 *       notification list (PCSE / CSAS guidance: the practice reviews the list ten weeks before the
 *       test is due and defers, ceases or lets the invitation go). Last result in nurses'
 *       short-hand ({@code HPV +ve / LG dysk}, {@code hrHPV neg}, {@code HG ?inv}); the practice's
 *       action.
 *   <li>{@code uk-screening-incident-log}: a trust's incident log of screening safety incidents
 *       ("Managing safety incidents in NHS screening programmes"): incident reference, category,
 *       harm level, the result involved written out in NHSCSP report terminology, sometimes in
 *       labelled parts ({@code HPV: positive | Cytology: ...}), and a narrative.
 *   <li>{@code ie-gp-smear-register-failsafe}: a general practice's smear register with its log of
 *       CervicalCheck failsafe requests (cervicalcheck.ie "Failsafe requests": a letter two months
 *       after a missed repeat test or colposcopy, answered with the CSP ID; the doctor records at
 *       least two efforts to reach the woman). Results as Irish practices note them ({@code HPV
 *       detected, LSIL}, {@code HPV not detected}).
 *   <li>{@code ie-colposcopy-mdt-discordance}: a colposcopy clinic's MDT list of cases whose
 *       referral cytology, colposcopic impression and histology disagree (the quality-assurance
 *       review of discordant results that colposcopy standards ask for), with the MDT's plan.
 *   <li>{@code nl-lab-follow-up-watchlist}: a Dutch screening laboratory's spreadsheet for watching
 *       follow-up (RIVM, "Betrokken partijen": the laboratory checks the follow-up of women with
 *       Pap 3a2 or worse); the combined HPV/cytology cell as staff type it, KOPAC-B where it was
 *       copied, the next step by the RIVM referral scheme of 2022, and the PALGA histology once it
 *       arrived. Semicolons, Windows-1252.
 *   <li>{@code nl-courier-sample-manifest}: a courier's transport manifest of smears and
 *       self-sampling kits from GP practices to the screening laboratory (NHG practice guide: the
 *       practice hands the material to the courier for the lab). Tab-separated; no results, but who
 *       was screened.
 *   <li>{@code be-moc-gynaecology-list}: a Flemish hospital's list for the multidisciplinary
 *       oncology consult (MOC) in gynaecology: cytology as Belgian labs report it (Bethesda with
 *       the hrHPV test), biopsy histology, the proposal. Rijksregisternummer written {@code
 *       YY.MM.DD-SSS.CC}; BOM, semicolons.
 *   <li>{@code de-cytology-histology-recall-list}: a German cytology laboratory's recall list
 *       asking sending practices for histology after abnormal findings
 *       (Qualitätssicherungsvereinbarung Zervix-Zytologie, § 135 Abs. 2 SGB V; a lab's published
 *       description of its "Recall-Liste"). Befund in Munich nomenclature III with the HPV test in
 *       one cell; Windows-1252, semicolons.
 *   <li>{@code fr-crcdc-follow-up-reminders}: a French regional cancer-screening coordination
 *       centre's (CRCDC) mail-merge file for reminders to women whose test needs follow-up (the
 *       organised programme's relances): NIR spaced, address for the letter, result in French with
 *       the HPV test and Bethesda, the conduct to hold. BOM, semicolons.
 *   <li>{@code us-gyn-claims-export}: a gynecology practice's billing export of claim lines (837P's
 *       fields flattened: patient account, subscriber ID, payer, date of service, CPT, ICD-10-CM
 *       diagnosis pointers with their descriptions, rendering NPI with its Luhn check digit,
 *       charge). ICD-10-CM cytology findings (R87.61x, R87.810) and screening encounters (Z12.4).
 *   <li>{@code us-result-letter-merge}: a clinic's mail-merge file for patients' result letters:
 *       one row per letter, the result as the paragraph the letter prints, and the follow-up by the
 *       ASCCP risk-based management wording. CRLF, every cell quoted.
 * </ol>
 *
 * <h2>Labelling notes (where the guide is silent)</h2>
 *
 * <ul>
 *   <li>Call/recall code triplets ({@code M9S}) are TEST_RESULT and graded by the worst of their
 *       result and infection codes: the action letter adds nothing. {@code X0A} is hrHPV negative,
 *       NORMAL; {@code XUR} HPV unavailable, UNSATISFACTORY; {@code 19R} HPV positive with
 *       inadequate cytology, LOW_GRADE by the positive HPV; {@code 59S} ?invasive, CANCER.
 *   <li>Short-hand results ({@code HG mod}, {@code LG dysk}, {@code bord.}, {@code inad}) are
 *       graded by the NHS terms they abbreviate; {@code HG ?inv} as "?invasive squamous carcinoma",
 *       CANCER.
 *   <li>ICD-10-CM cytology findings are graded by the Bethesda term they code: R87.610 (ASC-US),
 *       R87.612 (LSIL), R87.810 (high-risk HPV DNA positive) low grade; R87.611 (ASC-H), R87.613
 *       (HSIL) high grade; R87.615 (unsatisfactory smear) UNSATISFACTORY; C53.9 CANCER. Z12.4, the
 *       screening encounter, is a diagnosis code that states no result: UNGRADED. The claim number
 *       is INSURANCE_ID ("a claim number"); CPT codes of laboratory tests (88175, 87624, 87625) are
 *       TEST_TYPE, which test was billed.
 *   <li>Colposcopic impressions are TEST_RESULT (guide); "Suspicious for invasion" is graded
 *       CANCER, as the guide grades a Pap 5 ("suspected carcinoma").
 *   <li>The action or next step of a list (defer, cease, refer, repeat, LLETZ, "Colposcopie",
 *       "controle 12 mnd") is PROCEDURE, a plan of care, even where it states a reason such as
 *       pregnancy.
 *   <li>Incident references, the failsafe programme's CSP ID, a courier's barcode: RECORD_ID (a
 *       case or sample number of one organisation). The incident category, harm level, failsafe
 *       stage, status and discordance flag are OTHER (categories); pick-up times, manifest numbers,
 *       payers and charges are OTHER. Narratives and notes are FREE_TEXT and, by the guide, add no
 *       grade.
 *   <li>The courier's material column (smear or self-sampling kit) is TEST_TYPE: it says which test
 *       was done. The billing practice's and referring GP's codes (NPI, AGB, BSNR, UK practice
 *       code) are PROVIDER.
 *   <li>The next test's due date on a recall list is CLINICAL_DATE, as an invitation's date is.
 *   <li>Dutch lab short-hand ({@code HPV-}, {@code HPV n.b.b.} for "niet beoordeelbaar") is graded
 *       by what it abbreviates: NORMAL and UNSATISFACTORY.
 *   <li>Histology with the material it came from ({@code CIN 3 (biopt)}) is DIAGNOSIS and graded by
 *       its CIN grade; the German {@code keine CIN} and the English {@code No CIN} are NORMAL.
 *   <li>A woman's maiden name beside her married name (French {@code NOM DE NAISSANCE}) is a second
 *       FAMILY_NAME column, blank where she has none.
 * </ul>
 */
final class BlindLayouts13 {
  private BlindLayouts13() {}

  static List<CsvLayout> all() {
    return List.of(ukLabFailsafe(), ukPriorNotification(), ukIncidentLog(), ieGpFailsafe(),
        ieColposcopyMdt(), nlLabWatchlist(), nlCourierManifest(), beMocList(), deRecallList(),
        frCrcdcReminders(), usClaimsExport(), usResultLetters());
  }

  // ------------------------------------------------------------------------------- UK

  /** NHSCSP lab failsafe tracking: one row per test, a process open where the action is S. */
  static CsvLayout ukLabFailsafe() {
    List<String> clinics = List.of("St James's Colposcopy", "LGI Colposcopy", "Wythenshawe Colp",
        "Southmead Colposcopy", "Jessop Wing Colp");
    return CsvLayout.of("uk-lab-failsafe-open-referrals", Country.UK).women().ages(25, 64)
        .people(70).rows(1, 2).dates("dd/MM/yyyy").crlf()
        .col("NHS Number", NATIONAL_ID, r -> nhsSpaced(r.p().nationalId()))
        .col("Surname", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Forename", GIVEN_NAME, r -> r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Lab No", RECORD_ID, r -> "C" + r.sample().substring(1))
        .col("Date Taken", CLINICAL_DATE, Row::when)
        .graded("Res/Inf/Act", TEST_RESULT, r -> new Cell(exeter(r.s()), r.s().grade()))
        .col("Practice", PROVIDER, r -> ukPractice(r))
        .col("Colp Clinic", OTHER, r -> clinics.get(r.stable("clinic", clinics.size())))
        // Only a referral (action S) opens a failsafe process; the rest are closed at reporting.
        .col("Failsafe Stage", OTHER, r -> !exeter(r.s()).endsWith("S") ? "N/A"
            : List.of("Open", "Enquiry 1 sent", "Enquiry 2 sent", "Escalated to SIL")
                .get(r.visitPick("stage", 4)));
  }

  /** A practice's prior notification list, worked through by the practice nurse. */
  static CsvLayout ukPriorNotification() {
    return CsvLayout.of("uk-gp-prior-notification-review", Country.UK).women().ages(25, 64)
        .people(90).rows(1, 1).dates("dd-MMM-yyyy")
        .col("NHS No.", NATIONAL_ID, r -> r.p().nationalId())
        .col("Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given())
        .col("DoB", BIRTH_DATE, Row::birth)
        .col("Address", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().city())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Next Test Due", CLINICAL_DATE, r -> r.fmt(r.date().plusYears(
            r.s().hpv() == Hpv.NEGATIVE ? 5 : 1)))
        .graded("Last result", TEST_RESULT, BlindLayouts13::ukShortHand)
        .col("Usual GP", PROVIDER, r -> "Dr " + List.of("Ahmed", "Okafor", "Lennon", "Whitfield",
            "Sandhu", "Marsh").get(r.stable("gp", 6)))
        .col("Action", PROCEDURE, BlindLayouts13::ukPnlAction);
  }

  /** Screening safety incidents logged by a trust, the result involved written out. */
  static CsvLayout ukIncidentLog() {
    List<String> categories = List.of("Delay in result reporting", "Failsafe - no colp outcome",
        "Sample rejected - labelling", "Result letter not sent", "Wrong recall interval set");
    return CsvLayout.of("uk-screening-incident-log", Country.UK).women().ages(25, 64)
        .people(60).rows(1, 2).dates("d/M/yyyy").quoteAll().crlf()
        .col("Incident Ref", RECORD_ID, r -> "W" + r.sample().substring(1))
        .col("Category", OTHER, r -> categories.get(r.visitPick("cat", categories.size())))
        .col("Patient NHS no", NATIONAL_ID, r -> r.p().nationalId())
        .col("Patient name", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("Date of test", CLINICAL_DATE, Row::when)
        .graded("Result involved", TEST_RESULT, BlindLayouts13::nhsWrittenOut)
        .col("Harm", OTHER, r -> List.of("No harm", "No harm", "Low harm", "Moderate harm")
            .get(r.visitPick("harm", 4)))
        .col("Description", FREE_TEXT, r -> List.of(
            "Result received by practice " + (3 + r.visitPick("wk", 8)) + " weeks after sample.",
            "Lab failsafe enquiry unanswered; practice contacted by phone.",
            "Sample label did not match request form, sample rejected and patient recalled.",
            "Patient not sent result letter; identified at audit.",
            "Recall date set incorrectly on system, corrected by CSAS.")
            .get(r.visitPick("cat", 5)));
  }

  /** The call/recall code triplet: cytology result, HPV infection code, action. */
  static String exeter(Screening s) {
    return switch (s.hpv()) {
      case NEGATIVE -> "X0A";
      case UNSATISFACTORY -> "XUR";
      case POSITIVE -> switch (s.pap()) {
        case "0" -> "19R";
        case "1" -> "29R";
        case "2" -> "B9S";
        case "3a1" -> "M9S";
        case "3a2" -> "79S";
        case "3b", "4" -> "49S";
        default -> "59S";
      };
    };
  }

  /** The last result as a practice nurse notes it. */
  static Cell ukShortHand(Row r) {
    Screening s = r.s();
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell(pick(r, "HPV -ve", "hrHPV neg", "HPV not detected"), NORMAL);
      case UNSATISFACTORY -> new Cell(pick(r, "Inadequate", "inad - rpt 3/12", "HPV unavailable"),
          UNSATISFACTORY);
      case POSITIVE -> new Cell(pick(r, "HPV +ve", "hrHPV pos", "HPV+") + " / " + switch (s.pap()) {
        case "0" -> "inadequate cyto";
        case "1" -> pick(r, "neg cyto", "no abnormal cells");
        case "2" -> pick(r, "borderline", "bord. sq.");
        case "3a1" -> pick(r, "LG dysk", "low grade dysk.");
        case "3a2" -> pick(r, "HG mod", "HG dysk (moderate)");
        case "3b", "4" -> pick(r, "HG sev", "HG dysk (severe)");
        default -> pick(r, "HG ?inv", "HG dysk ?invasive sq ca");
      }, s.grade());
    };
  }

  /** What the practice did with the woman on its list. */
  static String ukPnlAction(Row r) {
    // A woman referred after her last test is under colposcopy, whatever the list says.
    if (exeter(r.s()).endsWith("S")) {
      return "Under colp f/u - defer";
    }
    return List.of("OK to invite", "OK to invite", "OK to invite", "Defer 6m - pregnant",
        "Cease - no cervix (TAH)", "Defer - recent test").get(r.stable("pnl", 6));
  }

  /** NHSCSP report terminology, in one line or in labelled parts. */
  static Cell nhsWrittenOut(Row r) {
    Screening s = r.s();
    String hpv = switch (s.hpv()) {
      case NEGATIVE -> "HPV negative";
      case POSITIVE -> "HPV positive";
      case UNSATISFACTORY -> "HPV unavailable";
    };
    if (!s.hasCytology()) {
      return new Cell(r.visitPick("form", 2) == 0 ? hpv : "HPV: " + hpv.substring(4), s.grade());
    }
    String cytology = s.nhsCytology(r.rng());
    String text = r.visitPick("form", 2) == 0 ? hpv + "; " + cytology
        : "HPV: " + hpv.substring(4) + " | Cytology: " + cytology;
    return new Cell(text, s.grade());
  }

  private static String nhsSpaced(String n) {
    return n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
  }

  private static String ukPractice(Row r) {
    int i = r.stable("practice", 6);
    return List.of("B86012", "B86045", "Y02318", "C84077", "M85021", "P84660").get(i);
  }

  // ------------------------------------------------------------------------------- Ireland

  /** A practice's log of CervicalCheck failsafe requests and what was done. */
  static CsvLayout ieGpFailsafe() {
    return CsvLayout.of("ie-gp-smear-register-failsafe", Country.IE).women().ages(25, 65)
        .people(75).rows(1, 2).dates("dd/MM/yyyy")
        .col("CSP ID", RECORD_ID, r -> "CSP" + r.p().recordNumber())
        .col("Patient", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId()).blank(35)
        .col("Mobile", PHONE, r -> r.p().phone())
        .col("Test date", CLINICAL_DATE, Row::when)
        .graded("Result", TEST_RESULT, BlindLayouts13::irishResult)
        // A failsafe request follows only a result that needs a repeat test or colposcopy.
        .col("Failsafe", OTHER, r -> r.s().hpv() == Hpv.NEGATIVE ? ""
            : r.visitPick("fs", 3) == 0 ? "2nd request" : "1st request")
        .col("Action taken", PROCEDURE, BlindLayouts13::irishAction)
        .col("GP", PROVIDER, r -> "Dr " + List.of("Ní Chonaill", "Brennan", "Fitzgerald",
            "Hegarty").get(r.stable("gp", 4)))
        .col("Notes", FREE_TEXT, r -> r.s().hpv() == Hpv.NEGATIVE ? "" : List.of(
            "rang x2, no answer", "letter sent to new address", "pt aware, will book",
            "text msg sent", "moved to UK per mother").get(r.visitPick("note", 5))).blank(30);
  }

  static Cell irishResult(Row r) {
    Screening s = r.s();
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell(pick(r, "HPV not detected", "HPV neg"), NORMAL);
      case UNSATISFACTORY -> new Cell(pick(r, "Unsatisfactory - repeat in 3 months",
          "Inadequate sample"), UNSATISFACTORY);
      case POSITIVE -> new Cell(pick(r, "HPV detected, ", "HPV+ / ", "HPV pos - ")
          + switch (s.pap()) {
            case "0" -> "cytology inadequate";
            case "1" -> pick(r, "no abnormal cells", "NILM");
            case "2" -> "ASC-US";
            case "3a1" -> "LSIL";
            case "3a2" -> "ASC-H";
            case "3b", "4" -> "HSIL";
            default -> "SCC";
          }, s.grade());
    };
  }

  static String irishAction(Row r) {
    Screening s = r.s();
    if (s.hpv() != Hpv.POSITIVE) {
      return s.hpv() == Hpv.UNSATISFACTORY ? "Repeat test booked" : "No action - routine recall";
    }
    return s.pap().equals("1") || s.pap().equals("0") ? "Repeat HPV test in 12 months"
        : pick(r, "Referred to colposcopy", "Colposcopy appt given", "Re-referred to colposcopy");
  }

  /** A colposcopy MDT's discordance list: cytology, impression and histology side by side. */
  static CsvLayout ieColposcopyMdt() {
    return CsvLayout.of("ie-colposcopy-mdt-discordance", Country.IE).women().ages(25, 65)
        .people(65).rows(1, 2).dates("dd/MM/yy")
        .col("MRN", RECORD_ID, r -> String.format(Locale.ROOT, "%07d",
            Integer.parseInt(r.p().recordNumber())))
        .col("Patient name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + " "
            + r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Clinic date", CLINICAL_DATE, r -> r.fmt(r.date().plusWeeks(6)))
        .graded("Referral cytology", TEST_RESULT, BlindLayouts13::irishResult)
        .graded("Colp impression", TEST_RESULT, BlindLayouts13::colposcopicImpression)
        .graded("Histology", DIAGNOSIS, r -> new Cell(r.histology().english,
            r.histology().grade)).blank(15)
        .col("Discordant?", OTHER, r -> impressionMatches(r) ? "N" : "Y")
        .col("MDT outcome", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN -> pick(r, "Discharge to primary care", "Repeat colp 6/12");
          case CIN1 -> pick(r, "Repeat colp 12/12", "Conservative mgmt, smear 12/12");
          case CIN2, CIN3 -> pick(r, "LLETZ", "LLETZ under LA");
          case CARCINOMA -> "Refer gynae-oncology";
        })
        .col("Consultant", PROVIDER, r -> "Dr " + List.of("Walsh", "Mac Aodha", "Kearney")
            .get(r.stable("cons", 3)));
  }

  /** The colposcopist's impression: mostly the histology's grade, off by one where drawn. */
  static Cell colposcopicImpression(Row r) {
    List<String> scale = List.of("Normal", "Low grade", "High grade", "Suspicious for invasion");
    List<ResultGrade> grades = List.of(NORMAL, ABNORMAL_LOW_GRADE, ABNORMAL_HIGH_GRADE, CANCER);
    int i = impressionIndex(r);
    return new Cell(scale.get(i), grades.get(i));
  }

  private static int impressionIndex(Row r) {
    int base = switch (r.histology()) {
      case NO_CIN -> 0;
      case CIN1 -> 1;
      case CIN2, CIN3 -> 2;
      case CARCINOMA -> 3;
    };
    int shift = r.visitPick("colp", 5);
    return shift == 0 ? Math.max(0, base - 1) : shift == 1 ? Math.min(3, base + 1) : base;
  }

  private static boolean impressionMatches(Row r) {
    return r.visitPick("colp", 5) >= 2 || (r.visitPick("colp", 5) == 0
        && r.histology() == Histology.NO_CIN)
        || (r.visitPick("colp", 5) == 1 && r.histology() == Histology.CARCINOMA);
  }

  // ------------------------------------------------------------------------------- Netherlands

  /** A screening lab's follow-up watch list, typed by its staff. */
  static CsvLayout nlLabWatchlist() {
    return CsvLayout.of("nl-lab-follow-up-watchlist", Country.NL).women().ages(30, 65)
        .people(80).rows(1, 2).dates("dd-MM-yyyy").delimiter(';').windows1252()
        .col("Monsternr", RECORD_ID, Row::sample)
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam", PERSON_NAME, r -> r.p().fullFamily() + ", " + r.p().initials())
        .col("Geb.dat.", BIRTH_DATE, Row::birth)
        .col("Afname", CLINICAL_DATE, Row::when)
        .graded("Uitslag", TEST_RESULT, BlindLayouts13::dutchLabShortHand)
        .col("Vervolg", PROCEDURE, r -> dutchNextStep(r.s()))
        .col("Huisarts", PROVIDER, r -> "HA " + List.of("de Boer", "Kramer", "van Dam",
            "Bouwman", "Mulder").get(r.stable("ha", 5)))
        .graded("PALGA histo", DIAGNOSIS, r -> dutchReferred(r.s())
            ? new Cell(r.histology().dutch, r.histology().grade) : Cell.of(""));
  }

  static Cell dutchLabShortHand(Row r) {
    Screening s = r.s();
    String hpv = switch (s.hpv()) {
      case NEGATIVE -> pick(r, "hrHPV neg", "HPV-", "hrHPV negatief");
      case UNSATISFACTORY -> pick(r, "hrHPV onbeoordeelbaar", "HPV n.b.b.");
      case POSITIVE -> pick(r, "hrHPV+ (", "HPV pos (", "hrHPV pos (")
          + (s.genotype().equals("other") ? "overig" : s.genotype()) + ")";
    };
    if (!s.hasCytology()) {
      ResultGrade g = s.hpv() == Hpv.UNSATISFACTORY ? UNSATISFACTORY : NORMAL;
      return new Cell(hpv, g);
    }
    String pap = pick(r, "Pap", "pap ", "PAP") + (r.rng().nextBoolean() ? s.pap()
        : s.pap().toUpperCase(Locale.ROOT));
    boolean kopac = !s.pap().equals("0") && !s.pap().equals("2") && r.rng().nextBoolean();
    return new Cell(hpv + " / " + pap + (kopac ? " (KOPAC " + s.kopac(r.rng()) + ")" : ""),
        s.grade());
  }

  /** The RIVM referral scheme of July 2022, as the lab's next step. */
  static String dutchNextStep(Screening s) {
    if (s.hpv() == Hpv.NEGATIVE) {
      return "geen, ronde klaar";
    }
    if (s.hpv() == Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "herhalen na 6 wk";
    }
    return dutchReferred(s) ? "verwijzen gynaecoloog" : "controle-uitstrijkje 12 mnd";
  }

  static boolean dutchReferred(Screening s) {
    if (s.hpv() != Hpv.POSITIVE || s.pap().equals("0") || s.pap().equals("1")) {
      return false;
    }
    boolean sixteenEighteen = !s.genotype().equals("other");
    return sixteenEighteen || Screening.papGrade(s.pap()).compareTo(ABNORMAL_HIGH_GRADE) >= 0;
  }

  /** A courier's manifest of samples picked up at GP practices. */
  static CsvLayout nlCourierManifest() {
    List<String> practices = List.of("Huisartsenpraktijk De Linde", "Gezondheidscentrum Oost",
        "Huisartsen Molenweg", "Praktijk Brouwer & Smit", "HAP Centrum");
    return CsvLayout.of("nl-courier-sample-manifest", Country.NL).women().ages(30, 65)
        .people(75).rows(1, 2).dates("d-M-yyyy").delimiter('\t').byDate()
        .col("Rit", OTHER, r -> "R" + r.date().format(DateTimeFormatter.ofPattern("yyMMdd",
            Locale.ROOT)) + "-" + (1 + r.stable("route", 3)))
        .col("Ophaaladres", PROVIDER, r -> practices.get(r.stable("prak", practices.size())))
        .col("AGB", PROVIDER, r -> List.of("01051234", "01057788", "01060342", "01049911",
            "01063150").get(r.stable("prak", 5)))
        .col("Barcode", RECORD_ID, Row::sample)
        .col("Cliënt", PERSON_NAME, r -> r.p().initials() + " " + r.p().fullFamily())
        .col("Geb.datum", BIRTH_DATE, Row::birth)
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(20)
        .col("Afnamedatum", CLINICAL_DATE, Row::when)
        .col("Materiaal", TEST_TYPE, r -> r.visitPick("zas", 4) == 0 ? "ZAS (zelfafname)"
            : pick(r, "uitstrijkje ThinPrep", "cervixuitstrijkje (BVO)", "uitstrijkje"))
        .col("Opgehaald", OTHER, r -> r.clock("pickup"))
        .col("Colli", OTHER, r -> String.valueOf(1 + r.visitPick("colli", 3)));
  }

  // ------------------------------------------------------------------------------- Belgium

  /** A Flemish hospital's gynaecological MOC list. */
  static CsvLayout beMocList() {
    return CsvLayout.of("be-moc-gynaecology-list", Country.BE).women().ages(25, 64)
        .people(60).rows(1, 2).dates("dd/MM/yyyy").delimiter(';').bom()
        .col("MOC-datum", CLINICAL_DATE, r -> r.fmt(r.date().plusWeeks(4)))
        .col("Pat.nr.", RECORD_ID, r -> "P" + r.p().recordNumber())
        .col("Rijksregisternr.", NATIONAL_ID, r -> inszDotted(r.p().nationalId()))
        .col("Naam", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + " "
            + r.p().given())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Aanvrager", PROVIDER, r -> "Dr. " + List.of("Vandenberghe", "Claes", "Dewulf",
            "Jacobs").get(r.stable("aanv", 4)))
        .graded("Cytologie", TEST_RESULT, BlindLayouts13::belgianCytology)
        .graded("Histologie", DIAGNOSIS, r -> new Cell(r.histology().dutch + " (biopt)",
            r.histology().grade))
        .col("Voorstel", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN -> "controle cytologie + HPV na 6 mnd";
          case CIN1 -> "expectatief, controle 12 mnd";
          case CIN2, CIN3 -> pick(r, "LEEP-conisatie", "LLETZ");
          case CARCINOMA -> "MRI bekken, radicale hysterectomie vs. chemoradiatie";
        });
  }

  static Cell belgianCytology(Row r) {
    Screening s = r.s();
    String hpv = switch (s.hpv()) {
      case NEGATIVE -> "HPV-test negatief";
      case UNSATISFACTORY -> "HPV-test niet beoordeelbaar";
      case POSITIVE -> "HPV-test positief (" + (s.genotype().equals("other")
          ? "andere hr-types" : "type " + s.genotype()) + ")";
    };
    return new Cell(s.hasCytology() ? s.bethesda(r.rng()) + "; " + hpv : hpv, s.grade());
  }

  private static String inszDotted(String n) {
    return n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "-"
        + n.substring(6, 9) + "." + n.substring(9);
  }

  // ------------------------------------------------------------------------------- Germany

  /** A German cytology lab's recall list for missing histology. */
  static CsvLayout deRecallList() {
    List<String> senders = List.of("Praxis Dr. med. Hartmann", "Frauenarztpraxis am Markt",
        "MVZ Gynäkologie Nord", "Dr. med. Aydin / Dr. med. Lorenz", "Praxis Dres. Vogel");
    return CsvLayout.of("de-cytology-histology-recall-list", Country.DE).women().ages(35, 65)
        .people(70).rows(1, 2).dates("dd.MM.yyyy").delimiter(';').windows1252()
        .col("Einsender", PROVIDER, r -> senders.get(r.stable("einsender", senders.size())))
        .col("BSNR", PROVIDER, r -> List.of("721234500", "721987600", "380456700", "720011200",
            "381122300").get(r.stable("einsender", 5)))
        .col("Journal-Nr.", RECORD_ID, r -> "Z" + r.sample().substring(1))
        .col("Name, Vorname", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.-Datum", BIRTH_DATE, Row::birth)
        .col("KVNR", NATIONAL_ID, r -> r.p().nationalId())
        .col("Kasse", OTHER, r -> List.of("AOK Bayern", "TK", "BARMER", "DAK-Gesundheit",
            "IKK classic").get(r.stable("kasse", 5)))
        .col("Abstrich vom", CLINICAL_DATE, Row::when)
        .graded("Befund Zyto/HPV", TEST_RESULT, BlindLayouts13::germanFinding)
        .graded("Histologie", DIAGNOSIS, r -> r.s().hasCytology()
            ? new Cell(germanHistology(r.histology()), r.histology().grade) : Cell.of(""))
        .blank(45)
        .col("Status", OTHER, r -> List.of("offen", "1. Erinnerung", "2. Erinnerung", "erledigt")
            .get(r.visitPick("st", 4)));
  }

  static Cell germanFinding(Row r) {
    Screening s = r.s();
    String hpv = s.hpvGerman(r.rng());
    if (!s.hasCytology()) {
      return new Cell(hpv, s.hpvGrade());
    }
    return new Cell(s.papMunich() + (r.rng().nextBoolean() ? " / " : ", ") + hpv,
        s.hpvGrade().max(s.papMunichGrade()));
  }

  static String germanHistology(Histology h) {
    return switch (h) {
      case NO_CIN -> "keine CIN";
      case CIN1 -> "CIN 1";
      case CIN2 -> "CIN 2";
      case CIN3 -> "CIN 3";
      case CARCINOMA -> "invasives Plattenepithelkarzinom";
    };
  }

  // ------------------------------------------------------------------------------- France

  /** A CRCDC's merge file for follow-up reminder letters. */
  static CsvLayout frCrcdcReminders() {
    return CsvLayout.of("fr-crcdc-follow-up-reminders", Country.FR).women().ages(25, 65)
        .people(80).rows(1, 2).dates("dd/MM/yyyy").delimiter(';').bom()
        .col("NIR", NATIONAL_ID, r -> nirSpaced(r.p().nationalId()))
        .col("NOM D'USAGE", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("NOM DE NAISSANCE", FAMILY_NAME, r -> r.p().maiden().toUpperCase(Locale.ROOT))
        .col("PRENOM", GIVEN_NAME, r -> r.p().given())
        .col("DATE NAISS", BIRTH_DATE, Row::birth)
        .col("ADRESSE", STREET_ADDRESS, r -> r.p().streetLine())
        .col("CP", POSTCODE, r -> r.p().postcode())
        .col("VILLE", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("DATE PRELEVEMENT", CLINICAL_DATE, Row::when)
        .graded("RESULTAT", TEST_RESULT, BlindLayouts13::frenchResult)
        .col("CAT", PROCEDURE, r -> frenchConduct(r.s()))
        .col("PRESCRIPTEUR", PROVIDER, r -> List.of("Dr BLANC", "Mme FAURE (sage-femme)",
            "Dr NGUYEN", "Dr LEMAIRE").get(r.stable("presc", 4)))
        .col("N RELANCE", OTHER, r -> String.valueOf(1 + r.visitPick("rel", 2)));
  }

  static Cell frenchResult(Row r) {
    Screening s = r.s();
    String hpv = s.hpvFrench(r.rng());
    return new Cell(s.hasCytology() ? hpv + " - " + s.bethesdaFrench(r.rng()) : hpv, s.grade());
  }

  /** The conduct to hold after a primary HPV test (HAS 2019 algorithm, short). */
  static String frenchConduct(Screening s) {
    if (s.hpv() == Hpv.NEGATIVE) {
      return "Rappel à 5 ans";
    }
    if (s.hpv() == Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "Nouveau prélèvement";
    }
    return s.pap().equals("1") ? "Test HPV-HR à 1 an" : "Colposcopie";
  }

  private static String nirSpaced(String n) {
    return n.charAt(0) + " " + n.substring(1, 3) + " " + n.substring(3, 5) + " "
        + n.substring(5, 7) + " " + n.substring(7, 10) + " " + n.substring(10, 13) + " "
        + n.substring(13);
  }

  // ------------------------------------------------------------------------------- United States

  /** Claim lines of a gynecology practice, diagnosis pointers by the result found. */
  static CsvLayout usClaimsExport() {
    List<String> npis = List.of(npi("123456789"), npi("198765432"), npi("154321098"),
        npi("167890123"));
    return CsvLayout.of("us-gyn-claims-export", Country.US).women().ages(21, 65)
        .people(70).rows(1, 3).dates("MM/dd/yyyy")
        .col("ClaimNo", INSURANCE_ID, r -> "CLM" + r.sample().substring(1) + r.visit())
        .col("PatAcctNo", RECORD_ID, r -> r.p().recordNumber())
        .col("PatLName", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("PatFName", GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
        .col("PatDOB", BIRTH_DATE, Row::birth)
        .col("PatSex", SEX, r -> "F")
        .col("PatZip", POSTCODE, r -> r.p().postcode())
        .col("SubscriberID", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("Payer", OTHER, r -> List.of("BCBS MA", "Aetna", "UnitedHealthcare", "MassHealth")
            .get(r.stable("payer", 4)))
        .col("DOS", CLINICAL_DATE, Row::when)
        .col("CPT", TEST_TYPE, r -> r.s().hasCytology() ? pick(r, "88175", "88142")
            : r.s().hpv() == Hpv.POSITIVE ? "87625" : "87624")
        .graded("DxCode1", DIAGNOSIS, r -> usDx(r.s(), true))
        .graded("DxDesc1", DIAGNOSIS, r -> usDx(r.s(), false))
        .graded("DxCode2", DIAGNOSIS, r -> r.s().hpv() == Hpv.POSITIVE && r.s().hasCytology()
            && !r.s().pap().equals("1") ? new Cell("R87.810", ABNORMAL_LOW_GRADE) : Cell.of(""))
        .col("RenderingNPI", PROVIDER, r -> npis.get(r.stable("npi", npis.size())))
        .col("Charge", OTHER, r -> String.format(Locale.ROOT, "%.2f",
            r.s().hasCytology() ? 68.0 + r.visitPick("c", 30) : 49.5));
  }

  /** The ICD-10-CM code, or its description, a practice bills for the result found. */
  static Cell usDx(Screening s, boolean code) {
    String[] dx;
    ResultGrade grade;
    if (!s.hasCytology()) {
      dx = new String[] {"Z12.4", "Encounter for screening for malignant neoplasm of cervix"};
      grade = UNGRADED;
    } else {
      switch (s.pap()) {
        case "0" -> {
          dx = new String[] {"R87.615", "Unsatisfactory cytologic smear of cervix"};
          grade = UNSATISFACTORY;
        }
        case "1" -> {
          dx = new String[] {"R87.810",
              "Cervical high risk human papillomavirus (HPV) DNA test positive"};
          grade = ABNORMAL_LOW_GRADE;
        }
        case "2" -> {
          dx = new String[] {"R87.610", "Atypical squamous cells of undetermined significance"
              + " on cytologic smear of cervix (ASC-US)"};
          grade = ABNORMAL_LOW_GRADE;
        }
        case "3a1" -> {
          dx = new String[] {"R87.612", "Low grade squamous intraepithelial lesion on"
              + " cytologic smear of cervix (LGSIL)"};
          grade = ABNORMAL_LOW_GRADE;
        }
        case "3a2" -> {
          dx = new String[] {"R87.611", "Atypical squamous cells cannot exclude high grade"
              + " squamous intraepithelial lesion on cytologic smear of cervix (ASC-H)"};
          grade = ABNORMAL_HIGH_GRADE;
        }
        case "3b", "4" -> {
          dx = new String[] {"R87.613", "High grade squamous intraepithelial lesion on"
              + " cytologic smear of cervix (HGSIL)"};
          grade = ABNORMAL_HIGH_GRADE;
        }
        default -> {
          dx = new String[] {"C53.9", "Malignant neoplasm of cervix uteri, unspecified"};
          grade = CANCER;
        }
      }
    }
    return new Cell(code ? dx[0] : dx[1], grade);
  }

  /** A result letter's merge row: the paragraph the letter prints. */
  static CsvLayout usResultLetters() {
    return CsvLayout.of("us-result-letter-merge", Country.US).women().ages(21, 65)
        .people(85).rows(1, 2).dates("MMMM d, yyyy").quoteAll().crlf()
        .col("MRN", RECORD_ID, r -> "MRN" + r.p().recordNumber())
        .col("Salutation", OTHER, r -> r.stable("sal", 3) == 0 ? "Mrs." : "Ms.")
        .col("FirstName", GIVEN_NAME, r -> r.p().given())
        .col("LastName", FAMILY_NAME, r -> r.p().family())
        .col("Address1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("City", CITY, r -> r.p().city())
        .col("State", OTHER, r -> "MA")
        .col("Zip", POSTCODE, r -> r.p().postcode())
        .col("TestDate", CLINICAL_DATE, Row::when)
        .graded("ResultText", TEST_RESULT, BlindLayouts13::usLetterParagraph)
        .col("NextStep", PROCEDURE, r -> usNextStep(r.s()))
        .col("SignedBy", PROVIDER, r -> List.of("Karen Doyle, MD", "Luis Ortega, NP",
            "Amy Chen, MD").get(r.stable("sig", 3)));
  }

  static Cell usLetterParagraph(Row r) {
    Screening s = r.s();
    String text = switch (s.hpv()) {
      case NEGATIVE -> "Your HPV test was negative. This is a normal result.";
      case UNSATISFACTORY -> "Your sample could not be read by the lab (unsatisfactory), so the"
          + " test needs to be repeated.";
      case POSITIVE -> "Your HPV test was positive. " + switch (s.pap()) {
        case "0" -> "Your Pap test sample was unsatisfactory for evaluation.";
        case "1" -> "Your Pap test was normal (negative for intraepithelial lesion or malignancy).";
        case "2" -> "Your Pap test showed some atypical cells (ASC-US).";
        case "3a1" -> "Your Pap test showed low-grade changes (LSIL).";
        case "3a2" -> "Your Pap test showed atypical cells that may be high-grade (ASC-H).";
        case "3b", "4" -> "Your Pap test showed high-grade changes (HSIL).";
        default -> "Your Pap test showed cells consistent with squamous cell carcinoma.";
      };
    };
    return new Cell(text, s.grade());
  }

  static String usNextStep(Screening s) {
    if (s.hpv() == Hpv.NEGATIVE) {
      return "Routine screening in 5 years";
    }
    if (s.hpv() == Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "Repeat test in 2-4 months";
    }
    return switch (s.pap()) {
      case "1" -> "Repeat co-test in 1 year";
      case "5" -> "Urgent referral to gynecologic oncology";
      default -> "Colposcopy";
    };
  }

  /** An NPI: nine digits and their check digit ({@link CheckDigits#npi}). */
  static String npi(String nine) {
    return CheckDigits.npi(nine);
  }

  // ------------------------------------------------------------------------------- helpers

  /** One of the phrasings, drawn with the row's own random numbers. */
  private static String pick(Row r, String... options) {
    return options[r.rng().nextInt(options.length)];
  }
}
