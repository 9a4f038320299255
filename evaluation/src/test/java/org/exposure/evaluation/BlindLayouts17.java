package org.exposure.evaluation;

import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
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
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;
import static org.exposure.model.ResultGrade.ABNORMAL_HIGH_GRADE;
import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.NORMAL;
import static org.exposure.model.ResultGrade.UNGRADED;

import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The seventeenth blind part of the corpus: twelve CSV layouts from the hospital's and the GP's side
 * of cervical screening and its follow-up, as their systems export them. <b>Sealed</b>: written
 * without reading the classifier, its dictionaries or any other layout part, and never run through
 * the classifier by its author; its per-layout detail is read once, after it has been measured.
 *
 * <p>The layouts and the public conventions each follows:
 *
 * <ol>
 *   <li>{@code nl-hix-gyn-poli-afsprakenlijst}: a Dutch gynaecology outpatient clinic's appointment
 *       list as a hospital information system (ChipSoft HiX style) exports it for the colposcopy
 *       clinic: semicolon, Windows-1252, {@code dd-MM-yyyy}; the referral's combined HPV and Pap cell
 *       and the PALGA-style histology conclusion in Dutch, the NVOG guideline's follow-up steps.
 *   <li>{@code nl-his-bvo-bmhk-praktijkregister}: a Dutch GP practice's prevention register of the
 *       population screening for cervical cancer (HIS export, one row per woman): TAB, BOM, the
 *       hrHPV, Pap and KOPAC-B results as the RIVM programme reports them to the GP, HPV vaccination
 *       by brand.
 *   <li>{@code uk-emis-cervical-search-export}: an English GP practice's population search as EMIS
 *       Web's reporting exports it: every cell quoted, CRLF, {@code dd-MMM-yyyy}, one row per woman
 *       with the NHS Cervical Screening Programme's result wording, recall date, HPV vaccine and the
 *       NHS Data Dictionary's ethnic categories.
 *   <li>{@code uk-colposcopy-clinic-attendances}: an NHS hospital colposcopy clinic's attendances
 *       (the data items of the NHS CSP colposcopy guidance and its KC65 return): referral cytology
 *       with the HPV result in one cell, colposcopic impression, biopsy, histology and outcome.
 *   <li>{@code us-epic-clarity-problem-list}: a US hospital EHR's problem list queried from an Epic
 *       Clarity-style reporting database: upper-case snake column names, SQL datetime literals, ICD-10
 *       codes beside their names, race and ethnicity by the OMB categories.
 *   <li>{@code us-hl7-oru-cervical-results}: a US hospital lab's results flattened from HL7 v2 ORU
 *       messages (OBX-3 LOINC, OBX-5 value, OBX-8 abnormal flag), one row per result, names in XPN
 *       form with carets, HL7 dates {@code yyyyMMdd}, TAB-delimited, Bethesda 2001 wording.
 *   <li>{@code de-dysplasie-sprechstunde-termine}: a German hospital's dysplasia clinic (oKFE-RL,
 *       G-BA) appointment list: Windows-1252, semicolon, {@code dd.MM.yyyy}, Munich III groups,
 *       HPV-HR wording, KVNR, the colposcopy findings in the IFCPC 2011 terms.
 *   <li>{@code fr-programme-bloc-gynecologie}: a French hospital's theatre list for excisions after
 *       abnormal smears: PMSI convention (CCAM acts, CIM-10 principal diagnosis), nom d'usage and
 *       nom de naissance, the indication in French Bethesda wording.
 *   <li>{@code be-huisarts-gmd-baarmoederhals}: a Flemish GP's global medical file (GMD) holders'
 *       list with their last smear: INSZ in its printed form {@code yy.mm.dd-xxx.cc}, sickness fund
 *       and member number, Bethesda cytology and Dutch HPV wording.
 *   <li>{@code ie-gynae-onc-mdt-list}: an Irish hospital's gynaecological oncology MDT list (the
 *       CervicalCheck colposcopy referral pathway): pipe-delimited as an iPMS-style report, ICD-10
 *       code and text in one cell, histology, referral smear and MDT outcome.
 *   <li>{@code nl-epd-uitslagen-vrouwen}: a Dutch hospital EPD's lab results for its women, one row
 *       per result, cervical and routine chemistry mixed, decimal commas, BOM.
 *   <li>{@code us-outpatient-pharmacy-fills}: a US hospital outpatient pharmacy's fill list (NCPDP
 *       field names: Rx number, fill date, RxCUI, quantity, days supply, prescriber NPI, member id):
 *       no results, grade NONE.
 * </ol>
 *
 * <p>Labelling notes:
 *
 * <ul>
 *   <li>A colposcopic impression in any language ({@code laaggradige afwijking}, {@code Major change
 *       (Grad 2)}) is TEST_RESULT graded as the guide's impression row; a suspected invasion grades
 *       as cancer, like the NHS's {@code ?invasive} wording.
 *   <li>A clinic's follow-up step and an MDT outcome are PROCEDURE (a plan of care); a biopsy column
 *       whose value names what was taken is PROCEDURE, its {@code None} cells included.
 *   <li>A referral or indication cell that quotes the smear (and HPV) is TEST_RESULT, graded by its
 *       worst part; an ICD-10 code with its text in one cell is DIAGNOSIS.
 *   <li>A recall or next-test-due date is a planned invitation: CLINICAL_DATE.
 *   <li>An appointment time, a theatre, an agenda code, a result status or abnormal flag, a unit,
 *       quantity, days supply, the sickness fund's and payer's names: OTHER.
 *   <li>An encounter, case, accession, order or prescription number is RECORD_ID (it identifies a
 *       record in one organisation), as is an Epic patient id beside the MRN.
 *   <li>The ordering provider in HL7 XCN form (NPI, family, given joined by carets) is PROVIDER.
 *   <li>A lab value's row (HbA1c, glucose) is UNGRADED; the HPV and Pap rows are graded.
 *   <li>A KOPAC-B code drawn for an unsatisfactory or Pap 2 smear reads as Pap 1 (the generator's
 *       mapping), so its cell grades normal and the Pap cell beside it decides.
 * </ul>
 */
final class BlindLayouts17 {
  private BlindLayouts17() {}

  private static final List<String> NL_GYNAECOLOGISTS = List.of("dr. A.M. de Vries",
      "dr. P.J. Hoekstra", "drs. E. Kuipers", "dr. S. Bakker-Smit");
  private static final List<String> NL_GPS = List.of("Huisartsenpraktijk De Linde",
      "J. Mulder, huisarts", "Gezondheidscentrum Noord", "H. Visser, huisarts");
  private static final List<String> UK_GPS = List.of("Dr A Patel", "Dr S Hughes",
      "Dr R O'Connell", "Dr J Whitfield", "Dr M Khan");
  private static final List<String> UK_COLPOSCOPISTS = List.of("Miss K Edwards", "Mr T Green",
      "Sr L Morgan (nurse colposcopist)", "Dr F Shah");
  private static final List<String> US_PROVIDERS = List.of("1497758544^PATEL^NEHA",
      "1326041571^O'BRIEN^KATHLEEN", "1760583942^GARCIA^MARIA", "1932171688^NGUYEN^LINDA");
  private static final List<String> DE_DOCTORS = List.of("Dr. med. K. Schäfer",
      "Dr. med. U. Wagner", "Praxis Dr. Becker", "Dr. med. S. Hoffmann");
  private static final List<String> FR_SURGEONS = List.of("Dr LEFEBVRE", "Pr MOREAU",
      "Dr GIRARD", "Dr FOURNIER");
  private static final List<String> BE_GPS = List.of("Dr. Peeters", "Dr. Janssens",
      "Dr. Maes", "Dr. Claes");
  private static final List<String> IE_CONSULTANTS = List.of("Prof. N. Gleeson",
      "Dr C. O'Sullivan", "Dr M. Fitzgerald", "Ms R. Kennedy");

  /** The cervical diagnoses of {@link Clinical#DIAGNOSES}, by ICD-10 code. */
  private static Clinical.Dx dx(String icd) {
    return Clinical.DIAGNOSES.stream().filter(d -> d.icd().equals(icd)).findFirst().orElseThrow();
  }

  /** The cervical diagnosis a clinic records for a woman referred with this smear. */
  private static Clinical.Dx cervicalDx(Screening s) {
    return switch (s.pap()) {
      case "5" -> dx("C53.9");
      case "3b", "4" -> dx("D06.9");
      case "3a2" -> dx("N87.1");
      default -> dx("N87.0");
    };
  }

  /** The diagnosis a biopsy's histology gives: no CIN is coded as the referral's CIN 1. */
  private static Clinical.Dx histologyDx(Screening.Histology h) {
    return switch (h) {
      case NO_CIN, CIN1 -> dx("N87.0");
      case CIN2 -> dx("N87.1");
      case CIN3 -> dx("D06.9");
      case CARCINOMA -> dx("C53.9");
    };
  }

  /** The colposcopic impression's grade: the smear's, an unsatisfactory or absent smear normal. */
  private static ResultGrade impressionGrade(Screening s) {
    ResultGrade g = s.papGrade();
    return g.compareTo(NORMAL) <= 0 ? NORMAL : g;
  }

  private static Cell impression(Screening s, String normal, String low, String high,
      String invasion) {
    ResultGrade g = impressionGrade(s);
    String text = g == NORMAL ? normal : g == ABNORMAL_LOW_GRADE ? low
        : g == ABNORMAL_HIGH_GRADE ? high : invasion;
    return new Cell(text, g);
  }

  private static Cell cytology(Row r, String text) {
    return r.s().hasCytology() ? new Cell(text, r.s().papGrade()) : Cell.of("");
  }

  static List<CsvLayout> all() {
    return List.of(nlGynClinic(), nlGpRegister(), ukEmisSearch(), ukColposcopy(),
        usProblemList(), usOruResults(), deDysplasia(), frTheatre(), beGmd(), ieMdt(),
        nlEpdResults(), usPharmacy());
  }

  /** HiX-style appointment list of a gynaecology outpatient clinic. */
  static CsvLayout nlGynClinic() {
    return CsvLayout.of("nl-hix-gyn-poli-afsprakenlijst", Country.NL)
        .women().ages(30, 65).people(70).rows(1, 3).byDate()
        .delimiter(';').windows1252().dates("dd-MM-yyyy")
        .col("Afspraakdatum", CLINICAL_DATE, Row::when)
        .col("Tijd", OTHER, r -> r.clock("t"))
        .col("Agenda", OTHER, r -> r.visitPick("ag", 3) == 0 ? "GYN-COLPO-NP" : "GYN-COLPO-HP")
        .col("Patiëntnr.", RECORD_ID, r -> r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        // Dutch hospitals print the name family first, prefix after the initials.
        .col("Naam", PERSON_NAME, r -> r.p().family() + ", " + r.p().initials()
            + (r.p().prefix().isEmpty() ? "" : " " + r.p().prefix()))
        .col("Geb.datum", BIRTH_DATE, Row::birth)
        .col("Behandelaar", PROVIDER, r -> Country.pick(r.rng(), NL_GYNAECOLOGISTS))
        .graded("Verwijsuitslag", TEST_RESULT,
            r -> new Cell(r.s().combinedDutch(r.rng()), r.s().grade()))
        .graded("Colposcopie", TEST_RESULT, r -> impression(r.s(), "normaal beeld",
            "laaggradige afwijking", "hooggradige afwijking", "verdenking invasie"))
        .graded("PA-conclusie", DIAGNOSIS,
            r -> new Cell(r.histology().dutch, r.histology().grade)).blank(30)
        .col("Beleid", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN, CIN1 -> "controle over 6 mnd";
          case CIN2, CIN3 -> "LLETZ gepland";
          case CARCINOMA -> "verwijzing oncologisch centrum";
        });
  }

  /** A GP practice's register of its women in the cervical screening programme. */
  static CsvLayout nlGpRegister() {
    return CsvLayout.of("nl-his-bvo-bmhk-praktijkregister", Country.NL)
        .women().ages(30, 60).people(110).delimiter('\t').bom().dates("dd-MM-yyyy")
        .col("Patientnummer", RECORD_ID, r -> r.p().recordNumber())
        .col("Achternaam", FAMILY_NAME, r -> r.p().fullFamily())
        .col("Voorletters", INITIALS, r -> r.p().initials())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Huisnr", HOUSE_NUMBER, r -> r.p().houseNumber() + r.p().houseSuffix())
        .col("Telefoon", PHONE, r -> r.p().phone()).blank(15)
        .col("Datum uitstrijkje", CLINICAL_DATE, Row::when)
        .graded("Uitslag hrHPV", TEST_RESULT, r -> new Cell(r.s().hpvDutch(r.rng()),
            r.s().hpvGrade()))
        .graded("Uitslag cytologie", TEST_RESULT, r -> cytology(r, r.s().papDutch(r.rng())))
        .graded("KOPAC-B", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().kopac(r.rng()), Screening.papGrade(r.s().kopacPap())) : Cell.of(""))
        .col("HPV-vaccinatie", MEDICATION, r -> Country.pick(r.rng(),
            List.of("Cervarix", "Gardasil", "Gardasil 9"))).blank(65)
        .col("Vervolgadvies", PROCEDURE, r -> switch (r.s().grade()) {
          case NORMAL -> "volgende uitnodiging over 5 jaar";
          case UNSATISFACTORY -> "herhaling uitstrijkje";
          case ABNORMAL_LOW_GRADE -> "controle-uitstrijkje na 6 maanden";
          default -> "verwijzing gynaecoloog";
        })
        .col("Huisarts", PROVIDER, r -> Country.pick(r.rng(), NL_GPS));
  }

  /** EMIS Web population search of women due or screened. */
  static CsvLayout ukEmisSearch() {
    return CsvLayout.of("uk-emis-cervical-search-export", Country.UK)
        .women().ages(25, 64).people(95).quoteAll().crlf().dates("dd-MMM-yyyy")
        .col("NHS Number", NATIONAL_ID, r -> r.p().nationalId())
        .col("Surname", FAMILY_NAME, r -> r.p().family())
        .col("Forenames", GIVEN_NAME, r -> (r.p().given() + " " + r.p().middle()).trim())
        .col("Date of Birth", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Usual GP", PROVIDER, r -> UK_GPS.get(r.stable("gp", UK_GPS.size())))
        .col("Ethnicity", RACIAL_OR_ETHNIC_ORIGIN, r -> Country.pick(r.rng(),
            Clinical.UK_ETHNIC_GROUP)).blank(10)
        .col("Cervical Screening Date", CLINICAL_DATE, Row::when)
        .graded("HPV Result", TEST_RESULT, r -> new Cell(r.s().hpvEnglish(r.rng()),
            r.s().hpvGrade()))
        .graded("Cytology Result", TEST_RESULT, r -> cytology(r, r.s().nhsCytology(r.rng())))
        .col("Next Test Due", CLINICAL_DATE, r -> r.fmt(r.date().plusYears(
            r.s().grade() == NORMAL ? (r.p().birthDate().getYear() < 1975 ? 5 : 3) : 1)))
        .col("HPV Immunisation", MEDICATION, r -> Country.pick(r.rng(),
            List.of("Gardasil", "Gardasil 9", "Cervarix"))).blank(60);
  }

  /** An NHS colposcopy clinic's attendances with outcome. */
  static CsvLayout ukColposcopy() {
    return CsvLayout.of("uk-colposcopy-clinic-attendances", Country.UK)
        .women().ages(25, 64).people(75).rows(1, 3).crlf().dates("dd/MM/yyyy")
        .col("Hosp No", RECORD_ID, r -> "RX" + r.p().recordNumber())
        .col("NHS No", NATIONAL_ID, r -> r.p().nationalId().substring(0, 3) + " "
            + r.p().nationalId().substring(3, 6) + " " + r.p().nationalId().substring(6))
        .col("Patient Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Appt Date", CLINICAL_DATE, Row::when)
        .col("Appt Type", OTHER, r -> r.visitPick("type", 3) == 0 ? "New" : "Follow-up")
        .graded("Referral Result", TEST_RESULT, r -> new Cell("HR-HPV "
            + (r.s().hpv() == Screening.Hpv.POSITIVE ? "positive" : r.s().hpv()
                == Screening.Hpv.NEGATIVE ? "negative" : "inadequate")
            + (r.s().hasCytology() ? " / " + r.s().nhsCytology(r.rng()) : ""), r.s().grade()))
        .graded("Colposcopic Impression", TEST_RESULT, r -> impression(r.s(), "Normal",
            "Low grade", "High grade", "Suspected invasion"))
        .col("Biopsy", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN -> "None";
          case CIN1 -> "Punch biopsy";
          default -> "LLETZ";
        })
        .graded("Histology", DIAGNOSIS, r -> new Cell(r.histology().english,
            r.histology().grade)).blank(35)
        .col("Outcome", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN -> "Discharge to routine recall";
          case CIN1 -> "Colposcopy follow-up 12 months";
          case CIN2, CIN3 -> "Test of cure at 6 months";
          case CARCINOMA -> "Refer to gynae-oncology MDT";
        })
        .col("Colposcopist", PROVIDER, r -> Country.pick(r.rng(), UK_COLPOSCOPISTS));
  }

  /** The problem a row of the problem list holds: cervical for a third of the problems. */
  private static Clinical.Dx problem(Row r) {
    return r.visitPick("dx", 3) == 0 ? cervicalDx(r.s()) : r.dx();
  }

  /** Epic Clarity-style problem list. */
  static CsvLayout usProblemList() {
    return CsvLayout.of("us-epic-clarity-problem-list", Country.US)
        .women().ages(21, 70).people(90).rows(1, 4)
        .dates("yyyy-MM-dd' 00:00:00.000'")
        .col("PAT_ID", RECORD_ID, r -> "Z" + (4_000_000 + r.p().id() * 37))
        .col("PAT_MRN_ID", RECORD_ID, r -> r.p().recordNumber())
        .col("PAT_NAME", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ","
            + r.p().given().toUpperCase(Locale.ROOT)
            + (r.p().middle().isEmpty() ? "" : " " + r.p().middle().charAt(0)))
        .col("BIRTH_DATE", BIRTH_DATE, Row::birth)
        .col("PATIENT_RACE", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("White", "White",
            "Black or African American", "Asian", "American Indian or Alaska Native",
            "Native Hawaiian or Other Pacific Islander", "Other").get(r.stable("race", 7)))
        .col("ETHNIC_GROUP", RACIAL_OR_ETHNIC_ORIGIN, r -> r.stable("eth", 4) == 0
            ? "Hispanic or Latino" : "Not Hispanic or Latino")
        .col("NOTED_DATE", CLINICAL_DATE, Row::when)
        .graded("DX_NAME", DIAGNOSIS, r -> new Cell(problem(r).english()
            .replace(" (disorder)", "").replace(" (finding)", ""), problem(r).grade()))
        .graded("CURRENT_ICD10_LIST", DIAGNOSIS, r -> new Cell(problem(r).icd(),
            problem(r).grade()))
        .col("PROBLEM_STATUS_C_NAME", OTHER, r -> r.visitPick("st", 4) == 0 ? "Resolved"
            : "Active");
  }

  /** HL7 v2 ORU results of a hospital lab, one OBX a row. */
  static CsvLayout usOruResults() {
    return CsvLayout.of("us-hl7-oru-cervical-results", Country.US)
        .women().ages(21, 65).people(85).rows(1, 2).onePerResult().byDate()
        .delimiter('\t').dates("yyyyMMdd")
        .col("PID-3 MRN", RECORD_ID, r -> r.p().recordNumber())
        .col("PID-5 Patient Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT)
            + "^" + r.p().given().toUpperCase(Locale.ROOT))
        .col("PID-7 DOB", BIRTH_DATE, Row::birth)
        .col("OBR-3 Accession", RECORD_ID, Row::sample)
        .col("OBR-7 Collected", CLINICAL_DATE, Row::when)
        .col("OBR-16 Ordering Provider", PROVIDER,
            r -> US_PROVIDERS.get(r.visitPick("orc", US_PROVIDERS.size())))
        .col("OBX-3 Code", TEST_TYPE, r -> r.part() == CsvLayout.Part.HPV ? "21440-3"
            : "10524-7")
        .col("OBX-3 Text", TEST_TYPE, r -> r.part() == CsvLayout.Part.HPV
            ? "HPV high risk DNA, cervix" : "Cytology report of cervical smear")
        .graded("OBX-5 Value", TEST_RESULT, r -> r.part() == CsvLayout.Part.HPV
            ? new Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade())
            : new Cell(r.s().bethesda(r.rng()), r.s().papGrade()))
        .col("OBX-8 Flag", OTHER, r -> (r.part() == CsvLayout.Part.HPV ? r.s().hpvGrade()
            : r.s().papGrade()).isAbnormal() ? "A" : "N")
        .col("OBX-11 Status", OTHER, r -> "F");
  }

  /** A German dysplasia clinic's appointments. */
  static CsvLayout deDysplasia() {
    return CsvLayout.of("de-dysplasie-sprechstunde-termine", Country.DE)
        .women().ages(30, 65).people(70).rows(1, 3).delimiter(';').windows1252()
        .dates("dd.MM.yyyy")
        .col("Fall-Nr.", RECORD_ID, r -> "F" + r.sample().substring(1))
        .col("Pat.-Nr.", RECORD_ID, r -> r.p().recordNumber())
        .col("KVNR", NATIONAL_ID, r -> r.p().nationalId())
        .col("Name, Vorname", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.-Dat.", BIRTH_DATE, Row::birth)
        .col("Termin", CLINICAL_DATE, Row::when)
        .col("Krankenkasse", OTHER, r -> List.of("AOK Bayern", "TK", "Barmer", "DAK-Gesundheit")
            .get(r.stable("kk", 4)))
        .col("Einweiser", PROVIDER, r -> Country.pick(r.rng(), DE_DOCTORS))
        .graded("Zytologie", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().papMunich(), r.s().papMunichGrade()) : Cell.of(""))
        .graded("HPV-Test", TEST_RESULT, r -> new Cell(r.s().hpvGerman(r.rng()),
            r.s().hpvGrade()))
        .graded("Kolposkopie", TEST_RESULT, r -> impression(r.s(), "Normalbefund",
            "Minor change (Grad 1)", "Major change (Grad 2)", "V.a. Invasion"))
        .graded("Histologie", DIAGNOSIS, r -> new Cell(switch (r.histology()) {
          case NO_CIN -> "keine CIN";
          case CIN1 -> "CIN 1";
          case CIN2 -> "CIN 2";
          case CIN3 -> "CIN 3";
          case CARCINOMA -> "invasives Plattenepithelkarzinom";
        }, r.histology().grade)).blank(40)
        .col("Procedere", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN, CIN1 -> "Kontrolle in 6 Mon.";
          case CIN2, CIN3 -> "Konisation (LEEP)";
          case CARCINOMA -> "Vorstellung Tumorkonferenz";
        });
  }

  /** A French hospital's theatre list for cervical excisions. */
  static CsvLayout frTheatre() {
    Clinical.Proc conisation = Clinical.PROCEDURES.stream()
        .filter(p -> p.ccam().equals("JKFA031")).findFirst().orElseThrow();
    Clinical.Proc colposcopy = Clinical.PROCEDURES.stream()
        .filter(p -> p.ccam().equals("JKQE001")).findFirst().orElseThrow();
    return CsvLayout.of("fr-programme-bloc-gynecologie", Country.FR)
        .women().ages(25, 65).people(80).rows(1, 2).byDate().delimiter(';').windows1252()
        .dates("dd/MM/yyyy")
        .col("Date intervention", CLINICAL_DATE, Row::when)
        .col("Heure", OTHER, r -> r.clock("h"))
        .col("Salle", OTHER, r -> "Salle " + (1 + r.visitPick("s", 6)))
        .col("IPP", RECORD_ID, r -> r.p().recordNumber())
        .col("N° séjour", RECORD_ID, r -> r.sample().substring(1))
        .col("Nom d'usage", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Nom de naissance", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden()).toUpperCase(Locale.ROOT))
        .col("Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Date de naissance", BIRTH_DATE, Row::birth)
        .col("NIR", NATIONAL_ID, r -> r.p().nationalId()).blank(25)
        .graded("Indication", TEST_RESULT, r -> new Cell(r.s().hasCytology()
            ? r.s().bethesdaFrench(r.rng()) + ", " + r.s().hpvFrench(r.rng())
            : r.s().hpvFrench(r.rng()), r.s().grade()))
        .graded("DP (CIM-10)", DIAGNOSIS, r -> new Cell(histologyDx(r.histology()).icd(),
            histologyDx(r.histology()).grade()))
        .graded("Libellé diagnostic", DIAGNOSIS, r -> new Cell(
            histologyDx(r.histology()).french(), histologyDx(r.histology()).grade()))
        .col("Acte CCAM", PROCEDURE, r -> excised(r) ? conisation.ccam() : colposcopy.ccam())
        .col("Libellé acte", PROCEDURE, r -> excised(r) ? conisation.french()
            : colposcopy.french())
        .col("Opérateur", PROVIDER, r -> Country.pick(r.rng(), FR_SURGEONS))
        .col("Anesthésie", OTHER, r -> r.visitPick("a", 3) == 0 ? "AG" : "ALR");
  }

  /** Whether the biopsy's histology calls for an excision (CIN 2 or worse). */
  private static boolean excised(Row r) {
    return r.histology().grade.compareTo(ABNORMAL_HIGH_GRADE) >= 0;
  }

  /** A Flemish GP's list of GMD holders with their last smear. */
  static CsvLayout beGmd() {
    return CsvLayout.of("be-huisarts-gmd-baarmoederhals", Country.BE)
        .women().ages(25, 64).people(100).delimiter(';').dates("d/MM/yyyy")
        .col("INSZ", NATIONAL_ID, r -> {
          String n = r.p().nationalId();
          return n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "-"
              + n.substring(6, 9) + "." + n.substring(9);
        })
        .col("Naam", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geslacht", SEX, r -> "V")
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Adres", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Gemeente", CITY, r -> r.p().city())
        .col("Ziekenfonds", OTHER, r -> List.of("CM", "Solidaris", "Helan", "Partena")
            .get(r.stable("zf", 4)))
        .col("Lidnummer", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("GMD-houder", PROVIDER, r -> Country.pick(r.rng(), BE_GPS))
        .col("Laatste uitstrijkje", CLINICAL_DATE, Row::when)
        .graded("Cytologie", TEST_RESULT, r -> cytology(r, r.s().bethesda(r.rng())))
        .graded("HPV", TEST_RESULT, r -> new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade()))
        .col("HPV-vaccin", MEDICATION, r -> Country.pick(r.rng(),
            List.of("Cervarix", "Gardasil 9"))).blank(55);
  }

  /** An Irish gynae-oncology MDT list. */
  static CsvLayout ieMdt() {
    return CsvLayout.of("ie-gynae-onc-mdt-list", Country.IE)
        .women().ages(25, 70).people(65).rows(1, 2).delimiter('|').dates("dd/MM/yyyy")
        .col("MDT Date", CLINICAL_DATE, Row::when)
        .col("MRN", RECORD_ID, r -> r.p().recordNumber())
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Patient", PERSON_NAME, r -> r.p().given() + " "
            + r.p().family().toUpperCase(Locale.ROOT))
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Eircode", POSTCODE, r -> r.p().postcode())
        .col("Referring Consultant", PROVIDER, r -> Country.pick(r.rng(), IE_CONSULTANTS))
        .graded("Referral Smear", TEST_RESULT, r -> cytology(r, r.s().bethesda(r.rng())))
        .graded("Diagnosis", DIAGNOSIS, r -> new Cell(histologyDx(r.histology()).icd() + " "
            + histologyDx(r.histology()).english().replace(" (disorder)", ""),
            histologyDx(r.histology()).grade()))
        .graded("Histology", DIAGNOSIS, r -> new Cell(r.histology().english,
            r.histology().grade)).blank(20)
        .col("MDT Outcome", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN, CIN1 -> "Colposcopy surveillance";
          case CIN2, CIN3 -> "LLETZ, then test of cure";
          case CARCINOMA -> r.visitPick("o", 2) == 0 ? "Radical hysterectomy"
              : "Chemoradiation";
        });
  }

  /** The kind of a hospital lab result row: a routine value, the hrHPV test or the Pap smear. */
  private static int resultKind(Row r) {
    int k = r.visitPick("kind", 3);
    return k == 2 && !r.s().hasCytology() ? 1 : k;
  }

  private static String dutchObsName(Clinical.Obs o) {
    return switch (o.loinc()) {
      case "8302-2" -> "Lengte";
      case "29463-7" -> "Gewicht";
      case "8480-6" -> "Systolische bloeddruk";
      case "4548-4" -> "HbA1c";
      case "2093-3" -> "Cholesterol totaal";
      case "2339-0" -> "Glucose";
      default -> "Hemoglobine";
    };
  }

  /** A Dutch hospital EPD's results for its women. */
  static CsvLayout nlEpdResults() {
    return CsvLayout.of("nl-epd-uitslagen-vrouwen", Country.NL)
        .women().ages(30, 70).people(75).rows(2, 4).delimiter(';').bom().dates("yyyy-MM-dd")
        .col("PatientID", RECORD_ID, r -> r.p().recordNumber())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> "V")
        .col("Ordernummer", RECORD_ID, Row::sample)
        .col("Afnamedatum", CLINICAL_DATE, Row::when)
        .col("Bepaling", TEST_TYPE, r -> switch (resultKind(r)) {
          case 0 -> dutchObsName(r.obs());
          case 1 -> "hrHPV PCR (cervix)";
          default -> "Cytologie cervixuitstrijk";
        })
        .graded("Uitslag", TEST_RESULT, r -> switch (resultKind(r)) {
          case 0 -> new Cell(String.valueOf(r.value()).replace('.', ','), UNGRADED);
          case 1 -> new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade());
          default -> new Cell(r.s().papDutch(r.rng()), r.s().papGrade());
        })
        .col("Eenheid", OTHER, r -> resultKind(r) == 0 ? r.obs().unit() : "")
        .col("Aanvrager", PROVIDER, r -> Country.pick(r.rng(), NL_GYNAECOLOGISTS))
        .col("Status", OTHER, r -> "Definitief");
  }

  /** A US hospital outpatient pharmacy's fills. */
  static CsvLayout usPharmacy() {
    return CsvLayout.of("us-outpatient-pharmacy-fills", Country.US)
        .women().ages(21, 75).people(70).rows(1, 4).byDate().dates("MM/dd/yyyy")
        .col("Rx Number", RECORD_ID, r -> "RX" + r.sample().substring(1))
        .col("Fill Date", CLINICAL_DATE, Row::when)
        .col("MRN", RECORD_ID, r -> r.p().recordNumber())
        .col("Patient Last", FAMILY_NAME, r -> r.p().family())
        .col("Patient First", GIVEN_NAME, r -> r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Phone", PHONE, r -> r.p().phone())
        .col("RxCUI", MEDICATION, r -> r.med().rxnorm())
        .col("Drug Description", MEDICATION, r -> r.med().name())
        .col("Qty", OTHER, r -> String.valueOf(30 * (1 + r.visitPick("q", 3))
            * (1 + r.visitPick("n", 2))))
        .col("Days Supply", OTHER, r -> String.valueOf(30 * (1 + r.visitPick("q", 3))))
        .col("Prescriber NPI", PROVIDER, r -> US_PROVIDERS.get(r.stable("npi", 4))
            .substring(0, 10))
        .col("Payer", OTHER, r -> List.of("Aetna", "BCBS MA", "UnitedHealthcare", "Medicaid")
            .get(r.stable("payer", 4)))
        .col("Member ID", INSURANCE_ID, r -> r.p().insuranceNumber());
  }
}
