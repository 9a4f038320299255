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
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.FREE_TEXT;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The seventh blind part of the corpus (issue 17): twelve CSV layouts in the corpus's first seven
 * countries, each modelled on a public specification or a documented export convention of the
 * issue's own domain (labs, screening programmes, hospitals, GP practices, insurers), written by
 * someone who read neither the classifier's code nor any figure of any part. Its truth comes from
 * the generator, {@code docs/evaluation.md}'s labelling guides (types and grades) and DESIGN.md's
 * type definitions. It is sealed: run it once, then read this Javadoc. {@link Corpus} does not
 * write these layouts.
 *
 * <h2>The layouts</h2>
 *
 * <ol>
 *   <li>{@code nl-his-nhg45-labjournaal} (NL): a GP information system's lab journal, one row per
 *       determination in the NHG-Tabel 45 manner (a number, a memo code and a name per test; the
 *       numbers are shaped as the table's, not looked up): the practice's patient number, BSN on
 *       most rows, {@code Berg, M.J. van der} with the partner's name on some rows, birth date,
 *       {@code V}/{@code M}, postcode and house number, the date, the test, the result (the
 *       programme's smear as an hrHPV row and a cytology row behind a label, other tests as values
 *       with a decimal comma), unit, the ICPC episode, the GP; {@code ;}, Windows-1252, CRLF,
 *       {@code d-M-yyyy}.
 *   <li>{@code nl-zib-laboratoriumuitslag-bvo} (NL): a screening lab's export whose headers are the
 *       zib element paths ({@code Patient.Naamgegevens.Geslachtsnaam.Achternaam}, {@code
 *       LaboratoriumUitslag.Monster.Monsternummer}), one row per result: BSN (some rows with the
 *       naming system's OID in front), given names, initials, prefixes, family name, birth date,
 *       sex, postcode, town, sample number and material, collection and result times, the test as
 *       LOINC code and name, the result as a SNOMED CT code with or without its term, status, a
 *       remark, the requesting GP's AGB code; TAB, ISO dates.
 *   <li>{@code nl-vektis-declaraties-huisartsenzorg} (NL): an insurer's file of GP claims with the
 *       Vektis EI element names ({@code Burgerservicenummer (BSN) verzekerde}, {@code Datum
 *       geboorte verzekerde}, {@code Prestatiecode}): BSN, UZOVI, member number, birth date, sex as
 *       {@code 1}/{@code 2}, name code, family name in capitals, prefix, initials without dots,
 *       postcode without a space, house number, the provider's AGB code, the claim line's
 *       reference, the date, the service code (five digits, shaped as the GP tariff's) and its
 *       description, tariff and amount in cents; {@code ;}, {@code yyyyMMdd}. No result.
 *   <li>{@code nl-hix-pathologie-cervix} (NL): a hospital pathology department's list of cervical
 *       examinations: patient number, BSN on most rows, {@code Berg, M.J. van der}, birth date,
 *       street line, postcode and town in one cell, T-number, date received, requester, material,
 *       the smear's conclusion in labelled parts (cytology as Pap class with KOPAC-B, hrHPV with
 *       its genotype), the biopsy's PALGA-style diagnosis, the advice, a microscopy note; {@code
 *       ;}, UTF-8 with BOM, {@code dd-MM-yyyy}.
 *   <li>{@code us-omop-measurement-person} (US): an OMOP CDM extract of the MEASUREMENT table
 *       joined to PERSON and LOCATION as ETL-Synthea fills them: person id, the source patient
 *       UUID, gender, year, month and day of birth apart, race and ethnicity source values, ZIP,
 *       measurement and visit ids, the LOINC code, the date, the value as its source text, the type
 *       concept, the provider id; one row per result.
 *   <li>{@code us-epic-clarity-pap-hpv-results} (US): a Clarity report joining PATIENT, ORDER_PROC
 *       and ORDER_RESULTS: PAT_ID, MRN, {@code LAST,FIRST M}, birth date, SEX_C, SSN on a minority
 *       (dashed or not), address, city, ZIP, phone, ethnic group, order id, order description,
 *       component, ORD_VALUE in capitals, result time, authorizing provider id; one row per
 *       component, every cell quoted, {@code M/d/yyyy}.
 *   <li>{@code uk-systmone-cervical-screening-search} (UK): a GP practice's clinical-system search
 *       of cervical screening entries: NHS number (spaced or not), surname, forenames, birth date,
 *       age, address line, postcode, mobile, usual GP, event date, the recorded term (HPV and
 *       cytology entries in NHS wording), the lab, the next test due and the recall status; {@code
 *       dd MMM yyyy}, CRLF.
 *   <li>{@code uk-hes-apc-episode-extract} (UK): a trust's admitted-patient-care episodes under the
 *       HES field names ({@code EPIKEY}, {@code NEWNHSNO}, {@code MYDOB}, {@code DIAG_4_01}, {@code
 *       OPERTN_4_01}): episode key, HES id, NHS number, month and year of birth, age, sex as a
 *       code, ethnic category code, postcode, provider code, admission and discharge dates,
 *       admission method, specialty, consultant code, two diagnoses as four-character ICD-10 codes,
 *       the main operation as an OPCS-4-shaped code, discharge destination.
 *   <li>{@code be-kankerregister-cervix-registratie} (BE): a pathology lab's registration of
 *       cervical samples for the Belgian Cancer Registry's cyto-histopathology register, bilingual
 *       headers: INSZ/NISS, names, birth date, postcode, municipality, sample number, sample date,
 *       requesting doctor, examination type, the HPV result and the Bethesda cytology in Dutch or
 *       French by the municipality's language, histology on biopsies, the lab, a remark; {@code |},
 *       {@code dd/MM/yyyy}.
 *   <li>{@code de-ldt-laborbefunde-zytologie} (DE): a lab's findings as LDT field ids with their
 *       names ({@code 3101 Name}, {@code 8410 Test-Ident}, {@code 8420 Ergebnis-Wert}), one row per
 *       test: the practice's and the lab's order numbers, names, birth date, sex, the insured
 *       person's id (KVNR), street, PLZ, town, collection and report dates, test ident and name,
 *       the result value (HPV, or the Munich III group) and its text, the test's advice, the
 *       sender's LANR and name; {@code ;}, Windows-1252, CRLF, {@code ddMMyyyy}.
 *   <li>{@code fr-hprim-entetes-comptes-rendus} (FR): a lab's result server export whose columns
 *       are the twelve header lines of an HPRIM report (title, name, first name, two address lines,
 *       postcode and town, birth date, social-security number, lab reference, date, sender,
 *       recipient) and the report's text (cervical cytology and the HPV test in labelled parts, or
 *       other analyses); {@code ;}, Windows-1252, CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code ie-hipe-discharges-pas-extract} (IE): a hospital's discharges, HIPE abstract joined
 *       with its patient administration system: MRN, HIPE number, surname and forename (fadas lost
 *       on some rows), DOB, sex, address, county, Eircode, medical card number, admission and
 *       discharge dates, admission type, principal and additional diagnoses as ICD-10-AM code and
 *       text, principal procedure, consultant, destination, length of stay.
 * </ol>
 *
 * <h2>Labelling decisions the guide did not name</h2>
 *
 * Each follows DESIGN.md's definitions and the guide's nearest row, never the classifier:
 *
 * <ul>
 *   <li>Lab journal: the NHG number, memo code and name of a determination TEST_TYPE (which test);
 *       the unit OTHER; the ICPC episode (code and title) DIAGNOSIS, UNGRADED ({@code X86 Afwijkend
 *       cervixuitstrijkje} too: it says abnormal, not how abnormal; the result beside it grades the
 *       row), blank on a smear that found nothing. {@code Uitslag cytologie: Pap 3a2} graded as its
 *       Pap class.
 *   <li>zib export: a BSN with its naming system's OID in front is still NATIONAL_ID; the material
 *       and the LOINC test TEST_TYPE; a SNOMED CT result code with or without its term graded as
 *       the code's meaning (260373001 low grade, 260415000 normal, 125154007 unsatisfactory, the
 *       Bethesda codes by their terms); the status OTHER; the remark FREE_TEXT.
 *   <li>Claims: UZOVI (the insurer) OTHER; member number and the claim line's reference
 *       INSURANCE_ID; the name code and the amounts OTHER; service code and description PROCEDURE
 *       (consultations and procedures done); the provider's AGB code PROVIDER. No result: grades
 *       NONE.
 *   <li>Pathology: the patient number and T-number RECORD_ID; postcode and town in one cell
 *       POSTCODE; material TEST_TYPE; the smear's conclusion TEST_RESULT, graded by its worst part;
 *       the biopsy's diagnosis DIAGNOSIS, graded by its CIN grade or carcinoma; the advice
 *       PROCEDURE; the microscopy note FREE_TEXT grading nothing.
 *   <li>OMOP: person id, source value (a UUID), measurement and visit ids RECORD_ID; year, month
 *       and day of birth each BIRTH_DATE (parts of it); race and ethnicity RACIAL_OR_ETHNIC_ORIGIN;
 *       the type concept OTHER; the provider id PROVIDER.
 *   <li>Clarity: PAT_ID, MRN and order id RECORD_ID; SEX_C's code SEX; order description and
 *       component TEST_TYPE; ORD_VALUE TEST_RESULT ({@code INVALID} unsatisfactory); the ethnic
 *       group RACIAL_OR_ETHNIC_ORIGIN; the authorizing provider's id PROVIDER.
 *   <li>GP search: the recorded term TEST_RESULT, graded as NHS wording ({@code High risk human
 *       papillomavirus test inadequate} unsatisfactory); the lab OTHER; next test due
 *       CLINICAL_DATE; recall status PROCEDURE (a plan of care).
 *   <li>HES: EPIKEY and HESID RECORD_ID; MYDOB ({@code MMyyyy}) BIRTH_DATE; STARTAGE AGE; ETHNOS
 *       codes RACIAL_OR_ETHNIC_ORIGIN; PROCODE, ADMIMETH, MAINSPEF and DISDEST codes OTHER; CONSULT
 *       PROVIDER; the ICD-10 codes DIAGNOSIS graded by the guide (N87.0 low, N87.1 and D06 high,
 *       C-codes cancer, others UNGRADED); OPERTN PROCEDURE.
 *   <li>Cancer registry: sample number RECORD_ID; examination type TEST_TYPE; HPV and cytology
 *       TEST_RESULT graded by their wording; histology DIAGNOSIS graded by CIN grade; the lab
 *       OTHER. Under 30 the cytology is primary (no HPV); from 30 HPV first, cytology when
 *       positive.
 *   <li>LDT: both order numbers RECORD_ID; the KVNR NATIONAL_ID; collection and report dates
 *       CLINICAL_DATE; test ident and name TEST_TYPE; result value and text TEST_RESULT, the Munich
 *       groups graded as the guide (IIID1 low, IIID2 and IVa-p high, V-p cancer, I normal, 0
 *       unsatisfactory) and the texts by their meaning; the test's advice PROCEDURE; LANR and
 *       sender PROVIDER.
 *   <li>HPRIM: the title (which examination) TEST_TYPE; the second address line STREET_ADDRESS;
 *       postcode and town POSTCODE; the NIR with or without spaces NATIONAL_ID; the lab reference
 *       RECORD_ID; sender and recipient PROVIDER; the report's text TEST_RESULT (it holds the
 *       results), graded by its worst part, other analyses UNGRADED.
 *   <li>HIPE: MRN and HIPE number RECORD_ID; a whole address line STREET_ADDRESS; county OTHER; the
 *       medical card number INSURANCE_ID (a state scheme's membership number); diagnoses DIAGNOSIS
 *       graded by the guide; the procedure PROCEDURE; admission type, destination and length of
 *       stay OTHER.
 *   <li>A man's row never shows a cervical finding.
 * </ul>
 */
final class BlindLayouts7 {
  private BlindLayouts7() {}

  static List<CsvLayout> all() {
    return List.of(labJournalNl(), zibLabNl(), vektisClaimsNl(), pathologyNl(), omopUs(),
        clarityUs(), gpSearchUk(), hesUk(), cancerRegistryBe(), ldtDe(), hprimFr(), hipeIe());
  }

  private static int ageAt(Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears();
  }

  /** A name sorted the Dutch way: {@code Berg, M.J. van der}, with the partner's on some rows. */
  private static String dutchSortName(Row r) {
    String family = r.p().family();
    if (!r.p().maiden().isEmpty() && r.visitPick("naamgebruik", 3) == 0) {
      family = family + "-" + r.p().maiden();
    }
    return family + ", " + r.p().initials() + (r.p().prefix().isEmpty() ? ""
        : " " + r.p().prefix());
  }

  // ------------------------------------------------------------------------------- The Netherlands

  /** A GP's lab test: NHG-style number, memo code, name, unit, value range and its episode. */
  private record Lab(String number, String memo, String name, String unit, int low, int high,
      String episode) {}

  private static final List<Lab> LABS_NL = List.of(
      new Lab("2401", "HBA1", "HbA1c (IFCC)", "mmol/mol", 38, 75, "T90 Diabetes mellitus type 2"),
      new Lab("382", "GLUN", "Glucose nuchter (veneus)", "mmol/l", 48, 98,
          "T90 Diabetes mellitus type 2"),
      new Lab("1622", "CHOL", "Cholesterol totaal", "mmol/l", 38, 72,
          "T93 Vetstofwisselingsstoornis"),
      new Lab("3120", "KREA", "Kreatinine", "umol/l", 550, 1200,
          "K86 Hypertensie zonder orgaanschade"),
      new Lab("1001", "HB", "Hemoglobine", "mmol/l", 62, 98, "B80 IJzergebreksanemie"),
      new Lab("1806", "TSH", "TSH", "mU/l", 3, 68, "T86 Hypothyreoïdie/myxoedeem"));

  private static Lab labNl(Row r) {
    return LABS_NL.get(r.visitPick("lab" + r.part(), LABS_NL.size()));
  }

  private static boolean smearNl(Row r) {
    return r.p().female() && r.visit() == 0;
  }

  /** A lab value with a decimal comma: tenths of the unit between the test's bounds. */
  private static String labValueNl(Row r) {
    Lab lab = labNl(r);
    int tenths = lab.low() + r.visitPick("val" + r.part(), lab.high() - lab.low());
    return lab.unit().equals("mmol/mol") || lab.unit().equals("umol/l")
        ? String.valueOf(lab.unit().equals("umol/l") ? tenths / 10 : tenths)
        : (tenths / 10) + "," + (tenths % 10);
  }

  private static CsvLayout labJournalNl() {
    return CsvLayout.of("nl-his-nhg45-labjournaal", NL).delimiter(';').windows1252()
        .dates("d-M-yyyy").people(85).ages(30, 72).rows(1, 3).onePerResult()
        .col("Patnr", RECORD_ID, r -> r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(12)
        .col("Naam", PERSON_NAME, BlindLayouts7::dutchSortName)
        .col("Geb.datum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> r.p().female() ? "V" : "M")
        .col("Postcode", POSTCODE, r -> r.p().postcode().replace(" ", ""))
        .col("Huisnr", HOUSE_NUMBER, r -> r.p().houseNumber() + r.p().houseSuffix())
        .col("Datum", CLINICAL_DATE, Row::when)
        .col("NHG-nr", TEST_TYPE, r -> !smearNl(r) ? labNl(r).number()
            : r.part() == Part.HPV ? "3584" : "3585")
        .col("Memo", TEST_TYPE, r -> !smearNl(r) ? labNl(r).memo()
            : r.part() == Part.HPV ? "HPVH" : "CYTU")
        .col("Bepaling", TEST_TYPE, r -> !smearNl(r) ? labNl(r).name()
            : r.part() == Part.HPV ? "hrHPV (BVO)" : "Cytologie cervixuitstrijkje")
        .graded("Uitslag", TEST_RESULT, r -> {
          if (!smearNl(r)) {
            return new Cell(labValueNl(r), UNGRADED);
          }
          if (r.part() == Part.HPV) {
            return new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade());
          }
          String label = List.of("Uitslag cytologie: ", "Cytologie: ", "")
              .get(r.visitPick("lbl", 3));
          return new Cell(label + r.s().papDutch(r.rng()), r.s().papGrade());
        })
        .col("Eenheid", OTHER, r -> smearNl(r) ? "" : labNl(r).unit())
        .graded("ICPC", DIAGNOSIS, r -> {
          if (!smearNl(r)) {
            return new Cell(labNl(r).episode(), UNGRADED);
          }
          boolean abnormal = r.s().papGrade() == ABNORMAL_LOW_GRADE
              || r.s().papGrade() == ABNORMAL_HIGH_GRADE || r.s().papGrade() == CANCER;
          // A programme smear is journalled without an episode unless it found something.
          return abnormal ? new Cell("X86 Afwijkend cervixuitstrijkje", UNGRADED) : Cell.of("");
        })
        .col("Huisarts", PROVIDER, r -> List.of("HA Kooistra", "HA El Idrissi", "HA de Graaf")
            .get(r.stable("ha", 3)));
  }

  /** A SNOMED CT code and its term for a Pap class, by its Bethesda equivalent. */
  private static String[] bethesdaSnomed(String pap) {
    return switch (pap) {
      case "0" -> new String[] {"125154007", "Specimen unsatisfactory for evaluation"};
      case "1" -> new String[] {"373887005",
          "Negative for intraepithelial lesion or malignancy"};
      case "2" -> new String[] {"441087007",
          "Atypical squamous cells of undetermined significance"};
      case "3a1" -> new String[] {"62051000119105", "Low grade squamous intraepithelial lesion"};
      case "3a2" -> new String[] {"441088002",
          "Atypical squamous cells cannot exclude high grade squamous intraepithelial lesion"};
      case "3b", "4" -> new String[] {"62061000119107",
          "High grade squamous intraepithelial lesion"};
      default -> new String[] {"1162767002", "Squamous cell carcinoma"};
    };
  }

  private static String[] hpvSnomed(Screening s) {
    return switch (s.hpv()) {
      case NEGATIVE -> new String[] {"260415000", "Not detected"};
      case POSITIVE -> new String[] {"260373001", "Detected"};
      case UNSATISFACTORY -> new String[] {"125154007", "Specimen unsatisfactory for evaluation"};
    };
  }

  private static CsvLayout zibLabNl() {
    return CsvLayout.of("nl-zib-laboratoriumuitslag-bvo", NL).delimiter('\t')
        .people(90).women().ages(30, 65).rows(1, 2).onePerResult().byDate()
        .col("Patient.Identificatienummer", NATIONAL_ID, r -> r.visitPick("oid", 5) == 0
            ? "urn:oid:2.16.840.1.113883.2.4.6.3|" + r.p().nationalId() : r.p().nationalId())
        .col("Patient.Naamgegevens.Voornamen", GIVEN_NAME, r -> r.p().middle().isEmpty()
            ? r.p().given() : r.p().given() + " " + r.p().middle())
        .col("Patient.Naamgegevens.Initialen", INITIALS, r -> r.p().initials())
        .col("Patient.Naamgegevens.Geslachtsnaam.Voorvoegsels", FAMILY_NAME, r -> r.p().prefix())
        .col("Patient.Naamgegevens.Geslachtsnaam.Achternaam", FAMILY_NAME, r -> r.p().family())
        .col("Patient.Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Patient.Geslacht", SEX, r -> r.stable("gcode", 2) == 0 ? "F" : "Vrouw")
        .col("Patient.Adresgegevens.Postcode", POSTCODE, r -> r.p().postcode())
        .col("Patient.Adresgegevens.Woonplaats", CITY, r -> r.p().city())
        .col("LaboratoriumUitslag.Monster.Monsternummer", RECORD_ID, Row::sample)
        .col("LaboratoriumUitslag.Monster.Monstermateriaal", TEST_TYPE, r -> selfSample(r)
            ? "Zelfafname vaginaal (ZAS)" : "Uitstrijkje cervix (LBC)")
        .col("LaboratoriumUitslag.Monster.AfnameDatumTijd", CLINICAL_DATE, r -> r.when() + "T"
            + r.clock("afname") + ":00")
        .col("LaboratoriumUitslag.Test.TestCode", TEST_TYPE, r -> r.part() == Part.HPV
            ? "59420-0 HPV 16+18+31+33+35+39+45+51+52+56+58+59+66+68 DNA [Presence] in Cervix"
            : "47527-7 Cytology report of Cervical or vaginal smear or scraping")
        .graded("LaboratoriumUitslag.Test.TestUitslag", TEST_RESULT, r -> {
          String[] code = r.part() == Part.HPV ? hpvSnomed(r.s()) : bethesdaSnomed(r.s().pap());
          ResultGrade grade = r.part() == Part.HPV ? r.s().hpvGrade() : r.s().papGrade();
          return new Cell(r.visitPick("term", 4) == 0 ? code[0] : code[0] + " |" + code[1] + "|",
              grade);
        })
        .col("LaboratoriumUitslag.Test.TestDatumTijd", CLINICAL_DATE, r -> r.fmt(r.date()
            .plusDays(r.part() == Part.HPV ? 4 : 9)) + "T" + r.clock("uitslag") + ":00")
        .col("LaboratoriumUitslag.Test.TestUitslagStatus", OTHER, r -> r.visitPick("status",
            20) == 0
            ? "Gecorrigeerd" : "Definitief")
        .col("LaboratoriumUitslag.Test.Toelichting", FREE_TEXT, r -> List.of(
            "Monster tijdig ontvangen", "Barcode handmatig ingevoerd",
            "Aanvraagformulier nagezonden door praktijk").get(r.visitPick("toel", 3))).blank(65)
        .col("Aanvrager.Zorgverlener.AGB", PROVIDER, r -> "01" + (100_000 + r.stable("agb", 5)
            * 37_171));
  }

  /** A self-sampling kit: only for an hrHPV test without cytology on the same sample. */
  private static boolean selfSample(Row r) {
    return !r.s().hasCytology() && r.visitPick("zas", 3) == 0;
  }

  /** A GP service: the Vektis-style code, its description and the tariff in cents. */
  private record Service(String code, String description, int cents) {}

  private static final List<Service> SERVICES = List.of(
      new Service("13001", "Consult regulier korter dan 5 minuten", 1165),
      new Service("13002", "Consult regulier 5 tot 20 minuten", 1165 * 2),
      new Service("13003", "Consult regulier 20 minuten of langer", 1165 * 4),
      new Service("13004", "Visite regulier korter dan 20 minuten", 3490),
      new Service("13011", "Telefonisch consult", 1165),
      new Service("13031", "Aanbrengen IUD (M&I)", 6420),
      new Service("13036", "Spirometrie (M&I)", 4630),
      new Service("13044", "Chirurgie (M&I)", 9270));

  private static Service service(Row r) {
    return SERVICES.get(r.visitPick("prest", SERVICES.size()));
  }

  private static CsvLayout vektisClaimsNl() {
    return CsvLayout.of("nl-vektis-declaraties-huisartsenzorg", NL).delimiter(';')
        .dates("yyyyMMdd").people(90).ages(18, 88).rows(1, 4)
        .col("Burgerservicenummer (BSN) verzekerde", NATIONAL_ID, r -> r.p().nationalId())
        .col("UZOVI-nummer", OTHER, r -> List.of("3311", "3343", "3358", "0101")
            .get(r.stable("uzovi", 4)))
        .col("Verzekerdennummer (inschrijvingsnummer, relatienummer)", INSURANCE_ID,
            r -> r.p().insuranceNumber())
        .col("Datum geboorte verzekerde", BIRTH_DATE, Row::birth)
        .col("Code geslacht verzekerde", SEX, r -> r.p().female() ? "2" : "1")
        .col("Naamcode/naamgebruik (01)", OTHER, r -> r.p().maiden().isEmpty() ? "1" : "2")
        .col("Naam verzekerde (01)", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Voorvoegsel verzekerde (01)", FAMILY_NAME, r -> r.p().prefix()
            .toUpperCase(Locale.ROOT))
        .col("Voorletters verzekerde", INITIALS, r -> r.p().initials().replace(".", ""))
        .col("Postcode (huisadres) verzekerde", POSTCODE, r -> r.p().postcode().replace(" ", ""))
        .col("Huisnummer (huisadres) verzekerde", HOUSE_NUMBER, r -> String.valueOf(
            r.p().houseNumber()))
        .col("Zorgverlenerscode behandelaar/uitvoerder", PROVIDER, r -> "01" + (200_000
            + r.stable("zvl", 4) * 51_413))
        .col("Referentienummer dit prestatierecord", INSURANCE_ID, r -> "HA" + r.sample()
            .substring(1) + r.visit())
        .col("Datum prestatie", CLINICAL_DATE, Row::when)
        .col("Prestatiecode", PROCEDURE, r -> service(r).code())
        .col("Omschrijving prestatie", PROCEDURE, r -> service(r).description())
        .col("Tarief prestatie (incl. BTW)", OTHER, r -> String.format(Locale.ROOT, "%08d",
            service(r).cents()))
        .col("Declaratiebedrag (incl. BTW)", OTHER, r -> String.format(Locale.ROOT, "%08d",
            r.visitPick("afw", 10) == 0 ? 0 : service(r).cents()));
  }

  private static boolean biopsyNl(Row r) {
    return r.visit() > 0 && r.visitPick("bx", 3) == 0;
  }

  /** The smear's conclusion in labelled parts: cytology (KOPAC-B where it fixes the class), HPV. */
  private static String smearConclusionNl(Row r) {
    Screening s = r.s();
    String hpv = switch (s.hpv()) {
      case NEGATIVE -> "hrHPV: negatief";
      case UNSATISFACTORY -> "hrHPV: niet beoordeelbaar";
      case POSITIVE -> "hrHPV: positief (" + s.genotypeDutch() + ")";
    };
    if (!s.hasCytology()) {
      return hpv;
    }
    String kopac = switch (s.pap()) {
      case "0", "2" -> "";
      default -> " (KOPAC-B " + s.kopac(r.rng()) + ")";
    };
    return "Cytologie: Pap " + s.pap() + kopac + " | " + hpv;
  }

  private static CsvLayout pathologyNl() {
    return CsvLayout.of("nl-hix-pathologie-cervix", NL).delimiter(';').bom()
        .dates("dd-MM-yyyy").people(80).women().ages(30, 65).rows(1, 3)
        .col("Patiëntnummer", RECORD_ID, r -> r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(25)
        .col("Patiëntnaam", PERSON_NAME, BlindLayouts7::dutchSortName)
        .col("Geb.datum", BIRTH_DATE, Row::birth)
        .col("Adres", STREET_ADDRESS, r -> r.p().streetLine())
        .col("PC/Woonplaats", POSTCODE, r -> r.p().postcode() + "  " + r.p().city()
            .toUpperCase(Locale.ROOT))
        .col("T-nummer", RECORD_ID, r -> "T" + (r.date().getYear() % 100) + "-" + r.sample()
            .substring(1))
        .col("Ontvangstdatum", CLINICAL_DATE, Row::when)
        .col("Aanvrager", PROVIDER, r -> biopsyNl(r) ? List.of("Gynaecologie, dr. S. Mulder",
            "Gynaecologie, dr. F. Aydin").get(r.visitPick("gyn", 2))
            : List.of("Huisartsenpraktijk De Linde", "Huisarts T. Hoekstra",
                "Gezondheidscentrum Oost").get(r.stable("ha", 3)))
        .col("Materiaal", TEST_TYPE, r -> biopsyNl(r)
            ? List.of("Cervixbiopt (colposcopisch)", "LLETZ-excisie").get(r.visitPick("mat", 2))
            : r.visit() == 0 ? "Cervixuitstrijkje BVO (hrHPV + reflexcytologie)"
            : "Controle-uitstrijkje cervix")
        .graded("Conclusie", TEST_RESULT, r -> biopsyNl(r) ? Cell.of("")
            : new Cell(smearConclusionNl(r), r.s().grade()))
        .graded("PALGA-diagnose", DIAGNOSIS, r -> biopsyNl(r)
            ? new Cell("cervix * " + (r.visitPick("mat", 2) == 0 ? "biopt" : "lisexcisie") + " * "
                + r.histology().dutch, r.histology().grade) : Cell.of(""))
        .col("Vervolgadvies", PROCEDURE, BlindLayouts7::adviceNl)
        .col("Microscopie", FREE_TEXT, r -> List.of("Voldoende materiaal, transformatiezone "
            + "aanwezig.", "Zie conclusie.", "Preparaat beoordeeld door twee screeners.",
            "Materiaal in zijn geheel ingesloten.").get(r.visitPick("micro", 4))).blank(30);
  }

  private static String adviceNl(Row r) {
    if (biopsyNl(r)) {
      return r.histology().grade == NORMAL || r.histology().grade == ABNORMAL_LOW_GRADE
          ? "Controle bij gynaecoloog na 6 maanden" : "Behandeling volgens richtlijn CIN";
    }
    Screening s = r.s();
    if (s.hpv() == Screening.Hpv.UNSATISFACTORY || s.papGrade() == UNSATISFACTORY) {
      return "Nieuw uitstrijkje na 6 weken";
    }
    if (s.hpv() == Screening.Hpv.NEGATIVE) {
      return "Geen vervolg, volgende ronde bevolkingsonderzoek";
    }
    boolean highGrade = s.papGrade() == ABNORMAL_HIGH_GRADE || s.papGrade() == CANCER;
    boolean sixteenEighteen = !s.genotype().equals("other");
    return highGrade || (sixteenEighteen && s.papGrade() != NORMAL) ? "Verwijzing gynaecoloog"
        : "Controle-uitstrijkje na 12 maanden";
  }

  // ------------------------------------------------------------------------------- United States

  private static String cytologyUs(Row r) {
    return r.s().bethesda(r.rng());
  }

  private static CsvLayout omopUs() {
    return CsvLayout.of("us-omop-measurement-person", US).people(85).women().ages(30, 65)
        .rows(1, 2).onePerResult().byDate()
        .col("person_id", RECORD_ID, r -> r.p().recordNumber())
        .col("person_source_value", RECORD_ID, r -> r.p().uuid())
        .col("gender_source_value", SEX, r -> "F")
        .col("year_of_birth", BIRTH_DATE, r -> String.valueOf(r.p().birthDate().getYear()))
        .col("month_of_birth", BIRTH_DATE, r -> String.valueOf(r.p().birthDate()
            .getMonthValue()))
        .col("day_of_birth", BIRTH_DATE, r -> String.valueOf(r.p().birthDate().getDayOfMonth()))
        .col("race_source_value", RACIAL_OR_ETHNIC_ORIGIN, r -> Clinical.US_RACE.get(
            r.stable("race", Clinical.US_RACE.size())))
        .col("ethnicity_source_value", RACIAL_OR_ETHNIC_ORIGIN, r -> Clinical.US_ETHNICITY.get(
            r.stable("eth", Clinical.US_ETHNICITY.size())))
        .col("zip", POSTCODE, r -> r.p().postcode())
        .col("measurement_id", RECORD_ID, r -> r.sample().substring(1)
            + (r.part() == Part.HPV ? "1" : "2"))
        .col("measurement_source_value", TEST_TYPE, r -> r.part() == Part.HPV ? "59420-0"
            : r.visitPick("loinc", 2) == 0 ? "47527-7" : "10524-7")
        .col("measurement_date", CLINICAL_DATE, Row::when)
        .graded("value_source_value", TEST_RESULT, r -> r.part() == Part.HPV
            ? switch (r.s().hpv()) {
              case NEGATIVE -> new Cell("Not detected", NORMAL);
              case POSITIVE -> new Cell("Detected", ABNORMAL_LOW_GRADE);
              case UNSATISFACTORY -> new Cell("Specimen unsatisfactory", UNSATISFACTORY);
            }
            : new Cell(cytologyUs(r), r.s().papGrade()))
        .col("measurement_type_concept_id", OTHER, r -> "32817")
        .col("provider_id", PROVIDER, r -> String.valueOf(4100 + r.stable("prov", 12)))
        .col("visit_occurrence_id", RECORD_ID, r -> "7" + r.sample().substring(1));
  }

  private static CsvLayout clarityUs() {
    return CsvLayout.of("us-epic-clarity-pap-hpv-results", US).dates("M/d/yyyy").quoteAll()
        .people(90).women().ages(30, 65).rows(1, 2).onePerResult()
        .col("PAT_ID", RECORD_ID, r -> "Z" + r.p().recordNumber())
        .col("PAT_MRN_ID", RECORD_ID, r -> "E" + Math.floorMod(r.p().uuid().hashCode(),
            100_000_000))
        .col("PAT_NAME", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ","
            + r.p().given().toUpperCase(Locale.ROOT) + (r.p().middle().isEmpty() ? ""
            : " " + r.p().middle().charAt(0)))
        .col("BIRTH_DATE", BIRTH_DATE, Row::birth)
        .col("SEX_C", SEX, r -> "1")
        .col("SSN", NATIONAL_ID, r -> r.stable("ssn", 3) != 0 ? "" : r.visitPick("dash", 2) == 0
            ? r.p().nationalId().replace("-", "") : r.p().nationalId())
        .col("ADD_LINE_1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("CITY", CITY, r -> r.p().city())
        .col("ZIP", POSTCODE, r -> r.p().postcode())
        .col("HOME_PHONE", PHONE, r -> r.p().phone()).blank(15)
        .col("ETHNIC_GROUP", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("Not Hispanic or Latino",
            "Not Hispanic or Latino", "Hispanic or Latino", "Patient Declined")
            .get(r.stable("eth", 4)))
        .col("ORDER_PROC_ID", RECORD_ID, r -> "6" + r.sample().substring(1))
        .col("DESCRIPTION", TEST_TYPE, r -> r.s().hasCytology() && r.visitPick("co", 2) == 0
            ? "THINPREP PAP AND HPV HIGH RISK" : "HPV HIGH RISK W REFLEX TO CYTOLOGY")
        .col("COMPONENT_NAME", TEST_TYPE, r -> r.part() == Part.HPV ? "HPV HIGH RISK"
            : "CYTOLOGY INTERPRETATION")
        .graded("ORD_VALUE", TEST_RESULT, r -> r.part() == Part.HPV
            ? switch (r.s().hpv()) {
              case NEGATIVE -> new Cell("NOT DETECTED", NORMAL);
              case POSITIVE -> new Cell(r.s().genotype().equals("other") ? "DETECTED"
                  : "DETECTED (HPV " + r.s().genotype() + ")", ABNORMAL_LOW_GRADE);
              case UNSATISFACTORY -> new Cell("INVALID", UNSATISFACTORY);
            }
            : new Cell(cytologyUs(r).toUpperCase(Locale.ROOT), r.s().papGrade()))
        .col("RESULT_TIME", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(r.part() == Part.HPV
            ? 3 : 8)) + " " + r.clock("res"))
        .col("AUTHRZING_PROV_ID", PROVIDER, r -> String.valueOf(1_020_300 + r.stable("auth", 9)
            * 17));
  }

  // ------------------------------------------------------------------------------- United Kingdom

  private static String nhsSpaced(String nhs) {
    return nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
  }

  private static CsvLayout gpSearchUk() {
    LocalDate searchDay = LocalDate.of(2025, 6, 30);
    return CsvLayout.of("uk-systmone-cervical-screening-search", UK).dates("dd MMM yyyy").crlf()
        .people(90).women().ages(25, 64).rows(1, 3).onePerResult()
        .col("NHS Number", NATIONAL_ID, r -> r.visitPick("sp", 4) == 0 ? r.p().nationalId()
            : nhsSpaced(r.p().nationalId()))
        .col("Surname", FAMILY_NAME, r -> r.p().family())
        .col("Forename(s)", GIVEN_NAME, r -> r.p().middle().isEmpty() ? r.p().given()
            : r.p().given() + " " + r.p().middle())
        .col("Date of Birth", BIRTH_DATE, Row::birth)
        .col("Age", AGE, r -> String.valueOf(Period.between(r.p().birthDate(), searchDay)
            .getYears()))
        .col("Address Line 1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Mobile Telephone", PHONE, r -> String.format(Locale.ROOT, "07700 900%03d",
            r.p().id()))
        .blank(20)
        .col("Usual GP", PROVIDER, r -> List.of("Dr Okonkwo", "Dr Fairweather", "Dr Raman")
            .get(r.stable("gp", 3)))
        .col("Event Date", CLINICAL_DATE, Row::when)
        .graded("Recorded Term", TEST_RESULT, r -> r.part() == Part.HPV
            ? switch (r.s().hpv()) {
              case NEGATIVE -> new Cell("High risk human papillomavirus not detected", NORMAL);
              case POSITIVE -> new Cell("High risk human papillomavirus detected",
                  ABNORMAL_LOW_GRADE);
              case UNSATISFACTORY -> new Cell("High risk human papillomavirus test inadequate",
                  UNSATISFACTORY);
            }
            : new Cell("Cervical cytology: " + r.s().nhsCytology(r.rng()), r.s().papGrade()))
        .col("Lab", OTHER, r -> List.of("NHS Cervical Screening Lab (North)",
            "Cervical Screening Laboratory, Manchester").get(r.stable("lab", 2)))
        .col("Next Test Due", CLINICAL_DATE, r -> r.fmt(r.date().plusYears(recallYears(r))))
        .col("Recall Status", PROCEDURE, r -> {
          if (r.s().hpv() == Screening.Hpv.UNSATISFACTORY || r.s().papGrade() == UNSATISFACTORY) {
            return "Repeat test in 3 months";
          }
          if (r.s().hpv() == Screening.Hpv.NEGATIVE) {
            return ageAt(r) < 50 ? "Routine recall (3 years)" : "Routine recall (5 years)";
          }
          return r.s().papGrade() == NORMAL ? "Early recall (12 months)"
              : "Referred to colposcopy";
        });
  }

  private static int recallYears(Row r) {
    return r.s().hpv() == Screening.Hpv.NEGATIVE ? (ageAt(r) < 50 ? 3 : 5) : 1;
  }

  /** An admitted episode: four-character ICD-10 codes, an OPCS-4-shaped operation, specialty. */
  private record Episode(String diagnosis, ResultGrade grade, String secondary,
      ResultGrade secondaryGrade, String operation, String specialty, boolean gynaecology) {}

  private static final List<Episode> EPISODES = List.of(
      new Episode("N871", ABNORMAL_HIGH_GRADE, "", UNGRADED, "Q011", "502", true),
      new Episode("N870", ABNORMAL_LOW_GRADE, "", UNGRADED, "Q031", "502", true),
      new Episode("D069", ABNORMAL_HIGH_GRADE, "Z864", UNGRADED, "Q011", "502", true),
      new Episode("C539", CANCER, "Z510", UNGRADED, "Q074", "503", true),
      new Episode("O800", UNGRADED, "Z370", UNGRADED, "R241", "501", true),
      new Episode("I214", UNGRADED, "I10X", UNGRADED, "K751", "320", false),
      new Episode("J441", UNGRADED, "F172", UNGRADED, "", "340", false),
      new Episode("S720", UNGRADED, "W190", UNGRADED, "W461", "110", false),
      new Episode("F329", UNGRADED, "F101", UNGRADED, "", "710", false),
      new Episode("C509", CANCER, "", UNGRADED, "B281", "103", false),
      new Episode("K802", UNGRADED, "E669", UNGRADED, "J183", "100", false));

  private static Episode episode(Row r) {
    List<Episode> pool = r.p().female() && r.visitPick("gyn", 2) == 0
        ? EPISODES.stream().filter(Episode::gynaecology).toList()
        : EPISODES.stream().filter(e -> !e.gynaecology()).toList();
    return pool.get(r.visitPick("epi", pool.size()));
  }

  private static CsvLayout hesUk() {
    return CsvLayout.of("uk-hes-apc-episode-extract", UK).people(90).ages(20, 88).rows(1, 3)
        .col("EPIKEY", RECORD_ID, r -> "30" + r.sample().substring(1) + r.visit())
        .col("HESID", RECORD_ID, r -> "9" + r.p().recordNumber() + (r.stable("hes", 90) + 10))
        .col("NEWNHSNO", NATIONAL_ID, r -> r.p().nationalId())
        .col("MYDOB", BIRTH_DATE, r -> r.p().birthDate().format(DateTimeFormatter.ofPattern(
            "MMyyyy", Locale.ROOT)))
        .col("STARTAGE", AGE, r -> String.valueOf(ageAt(r)))
        .col("SEX", SEX, r -> r.p().female() ? "2" : "1")
        .col("ETHNOS", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("A", "A", "A", "B", "H", "J", "M",
            "N", "Z").get(r.stable("ethnos", 9)))
        .col("HOMEADD", POSTCODE, r -> r.p().postcode())
        .col("PROCODE", OTHER, r -> List.of("RR8", "RW3", "RHQ").get(r.stable("trust", 3)))
        .col("ADMIDATE", CLINICAL_DATE, Row::when)
        .col("DISDATE", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(r.visitPick("los", 9))))
        .col("ADMIMETH", OTHER, r -> episode(r).gynaecology() ? "11" : List.of("21", "21", "12")
            .get(r.visitPick("meth", 3)))
        .col("MAINSPEF", OTHER, r -> episode(r).specialty())
        .col("CONSULT", PROVIDER, r -> "C" + (3_100_000 + r.visitPick("cons", 20) * 41_233))
        .graded("DIAG_4_01", DIAGNOSIS, r -> new Cell(episode(r).diagnosis(), episode(r).grade()))
        .graded("DIAG_4_02", DIAGNOSIS, r -> new Cell(episode(r).secondary(),
            episode(r).secondaryGrade()))
        .col("OPERTN_4_01", PROCEDURE, r -> episode(r).operation().isEmpty() ? "-"
            : episode(r).operation())
        .col("DISDEST", OTHER, r -> r.visitPick("dest", 10) == 0 ? "54" : "19");
  }

  // ------------------------------------------------------------------------------- Belgium

  /** Whether the person lives in one of the list's French-speaking municipalities. */
  private static boolean francophone(Row r) {
    return List.of("Liège", "Namur", "Charleroi", "Mons", "Wavre", "Tournai")
        .contains(r.p().city());
  }

  private static boolean biopsyBe(Row r) {
    return r.visit() > 0 && r.visitPick("bx", 4) == 0;
  }

  /** The cytology done: reflex after a positive HPV from 30, primary below 30. */
  private static Screening cytologyBe(Row r) {
    if (ageAt(r) >= 30) {
      return r.s();
    }
    String pap = r.s().hasCytology() ? r.s().pap()
        : r.s().hpv() == Screening.Hpv.UNSATISFACTORY ? "0" : "1";
    return new Screening(r.s().hpv(), r.s().genotype(), pap);
  }

  private static CsvLayout cancerRegistryBe() {
    return CsvLayout.of("be-kankerregister-cervix-registratie", BE).delimiter('|')
        .dates("dd/MM/yyyy").people(85).women().ages(25, 64).rows(1, 3)
        .col("INSZ/NISS", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam/Nom", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam/Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Geboortedatum/Date de naissance", BIRTH_DATE, Row::birth)
        .col("Postcode/Code postal", POSTCODE, r -> r.p().postcode())
        .col("Gemeente/Commune", CITY, r -> r.p().city())
        .col("Staalnummer/N° échantillon", RECORD_ID, r -> "P" + r.date().getYear() + "-"
            + r.sample().substring(1))
        .col("Datum afname/Date prélèvement", CLINICAL_DATE, Row::when)
        .col("Aanvragend arts/Médecin demandeur", PROVIDER, r -> francophone(r)
            ? List.of("Dr M. Dubois", "Dr A. Lambert").get(r.stable("med", 2))
            : List.of("Dr K. Peeters", "Dr H. Claes", "Dr E. Maes").get(r.stable("arts", 3)))
        .col("Type onderzoek/Type d'examen", TEST_TYPE, r -> biopsyBe(r)
            ? (francophone(r) ? "Biopsie du col" : "Cervixbiopsie")
            : ageAt(r) < 30 ? (francophone(r) ? "Cytologie primaire" : "Primaire cytologie")
            : (francophone(r) ? "Test HPV primaire (+ cytologie réflexe)"
                : "Primaire HPV-test (+ reflexcytologie)"))
        .graded("HPV-resultaat/Résultat HPV", TEST_RESULT, r -> biopsyBe(r) || ageAt(r) < 30
            ? Cell.of("") : new Cell(francophone(r) ? r.s().hpvFrench(r.rng())
                : r.s().hpvDutch(r.rng()), r.s().hpvGrade()))
        .graded("Cytologie (Bethesda)", TEST_RESULT, r -> {
          Screening cytology = cytologyBe(r);
          if (biopsyBe(r) || !cytology.hasCytology()) {
            return Cell.of("");
          }
          return new Cell(francophone(r) ? cytology.bethesdaFrench(r.rng())
              : cytology.bethesda(r.rng()), cytology.papGrade());
        })
        .graded("Histologie", DIAGNOSIS, r -> biopsyBe(r) ? new Cell(francophone(r)
            ? histologyFrench(r.histology()) : r.histology().dutch, r.histology().grade)
            : Cell.of(""))
        .col("Labo", OTHER, r -> francophone(r) ? "Laboratoire d'anatomie pathologique, CHU"
            : "Labo pathologische anatomie, AZ")
        .col("Opmerking/Remarque", FREE_TEXT, r -> List.of("Staal goed ontvangen",
            "Formulier onvolledig ingevuld", "Échantillon reçu en bon état",
            "Identificatie gecontroleerd").get(r.visitPick("opm", 4))).blank(55);
  }

  private static String histologyFrench(Screening.Histology h) {
    return switch (h) {
      case NO_CIN -> "Absence de dysplasie";
      case CIN1 -> "CIN 1 (dysplasie légère)";
      case CIN2 -> "CIN 2 (dysplasie modérée)";
      case CIN3 -> "CIN 3 (dysplasie sévère)";
      case CARCINOMA -> "Carcinome épidermoïde invasif";
    };
  }

  // ------------------------------------------------------------------------------- Germany

  /** The finding in words that goes with a Munich III group. */
  private static String munichText(Screening s) {
    return switch (s.pap()) {
      case "0" -> "Unzureichendes Material";
      case "1" -> "Unauffälliges Zellbild";
      case "2", "3a1" -> "Leichte Dysplasie (CIN 1) wahrscheinlich";
      case "3a2" -> "Mäßige Dysplasie (CIN 2) wahrscheinlich";
      case "3b", "4" -> "Schwere Dysplasie oder Carcinoma in situ";
      default -> "Plattenepithelkarzinom";
    };
  }

  private static CsvLayout ldtDe() {
    return CsvLayout.of("de-ldt-laborbefunde-zytologie", DE).delimiter(';').windows1252()
        .dates("ddMMyyyy").people(85).women().ages(30, 65).rows(1, 2).onePerResult()
        .col("8310 Anforderungs-Ident", RECORD_ID, r -> "A" + r.sample().substring(1))
        .col("8311 Anforderungsnummer des Labors", RECORD_ID, r -> (r.date().getYear() % 100)
            + new StringBuilder(r.sample().substring(1)).reverse().toString())
        .col("3101 Name", FAMILY_NAME, r -> r.p().family())
        .col("3102 Vorname", GIVEN_NAME, r -> r.p().given())
        .col("3103 Geburtsdatum", BIRTH_DATE, Row::birth)
        .col("3110 Geschlecht", SEX, r -> "W")
        .col("3119 Versicherten_ID", NATIONAL_ID, r -> r.p().nationalId()).blank(15)
        .col("3107 Straße", STREET_ADDRESS, r -> r.p().streetLine())
        .col("3112 PLZ", POSTCODE, r -> r.p().postcode())
        .col("3113 Ort", CITY, r -> r.p().city())
        .col("8432 Abnahme-Datum", CLINICAL_DATE, Row::when)
        .col("8302 Berichtsdatum", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(r.part()
            == Part.HPV ? 3 : 7)))
        .col("8410 Test-Ident", TEST_TYPE, r -> r.part() == Part.HPV ? "HPVHR" : "ZYTO")
        .col("8411 Testbezeichnung", TEST_TYPE, r -> r.part() == Part.HPV
            ? "HPV-HR-DNA (PCR)" : "Zervixzytologie (Dünnschicht)")
        .graded("8420 Ergebnis-Wert", TEST_RESULT, r -> r.part() == Part.HPV
            ? switch (r.s().hpv()) {
              case NEGATIVE -> new Cell("negativ", NORMAL);
              case POSITIVE -> new Cell("positiv", ABNORMAL_LOW_GRADE);
              case UNSATISFACTORY -> new Cell("nicht beurteilbar", UNSATISFACTORY);
            }
            : new Cell(r.visitPick("pap", 2) == 0 ? r.s().papMunich()
                : r.s().papMunich().replace("Pap ", ""), r.s().papMunichGrade()))
        .graded("8480 Ergebnis-Text", TEST_RESULT, r -> {
          if (r.part() == Part.CYTOLOGY) {
            return new Cell(munichText(r.s()), r.s().papMunichGrade());
          }
          if (r.s().hpv() != Screening.Hpv.POSITIVE) {
            return Cell.of("");
          }
          return new Cell(r.s().genotype().equals("other") ? "andere HR-Typen nachgewiesen"
              : "HPV " + r.s().genotype() + " nachgewiesen", ABNORMAL_LOW_GRADE);
        })
        .col("8470 Testbezogene Hinweise", PROCEDURE, r -> {
          if (r.part() == Part.HPV) {
            return r.s().hpv() == Screening.Hpv.UNSATISFACTORY ? "Wiederholung empfohlen" : "";
          }
          ResultGrade g = r.s().papMunichGrade();
          return g == UNSATISFACTORY ? "Kontrolle in 3 Monaten" : g == NORMAL
              ? "Kontrolle in 12 Monaten" : "Abklärungskolposkopie empfohlen";
        })
        .col("0212 LANR", PROVIDER, r -> String.valueOf(412_345_600 + r.stable("lanr", 4)
            * 1_001))
        .col("Einsender", PROVIDER, r -> List.of("Frauenarztpraxis Dr. Weber",
            "Gynäkologische Gemeinschaftspraxis am Markt", "Dr. med. S. Brandt")
            .get(r.stable("lanr", 4) % 3));
  }

  // ------------------------------------------------------------------------------- France

  private static boolean cervicalFr(Row r) {
    return r.visit() == 0 || r.visitPick("cx", 3) == 0;
  }

  /** The NIR as written on a report: with its key, spaced in its parts or not. */
  private static String nirFr(Row r) {
    String nir = r.p().nationalId();
    if (r.visitPick("nir", 3) != 0) {
      return nir;
    }
    return nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " "
        + nir.substring(5, 7) + " " + nir.substring(7, 10) + " " + nir.substring(10, 13) + " "
        + nir.substring(13);
  }

  /** The report's text: cytology and HPV in labelled parts (primary cytology below 30). */
  private static Cell reportFr(Row r) {
    if (!cervicalFr(r)) {
      int g = 80 + r.visitPick("glyc", 40);
      return new Cell("Glycémie à jeun : " + g / 100 + "," + String.format(Locale.ROOT, "%02d",
          g % 100) + " g/L. Cholestérol total : " + (15 + r.visitPick("chol", 10)) / 10 + ","
          + (15 + r.visitPick("chol", 10)) % 10 + " g/L.", UNGRADED);
    }
    Screening s = r.s();
    if (ageAt(r) < 30) {
      String pap = s.hasCytology() ? s.pap() : s.hpv() == Screening.Hpv.UNSATISFACTORY ? "0" : "1";
      Screening cytology = new Screening(s.hpv(), s.genotype(), pap);
      return new Cell("Frottis cervico-utérin (cytologie en milieu liquide). Conclusion : "
          + cytology.bethesdaFrench(r.rng()), cytology.papGrade());
    }
    String hpv = "Recherche HPV à haut risque : " + switch (s.hpv()) {
      case NEGATIVE -> "négatif";
      case POSITIVE -> "positif" + (s.genotype().equals("other") ? " (autres types HR)"
          : " (HPV " + s.genotype() + ")");
      case UNSATISFACTORY -> "ininterprétable";
    };
    String cytology = s.hasCytology() ? ". Cytologie réflexe : " + s.bethesdaFrench(r.rng())
        : "";
    return new Cell(hpv + cytology + ".", s.grade());
  }

  private static CsvLayout hprimFr() {
    return CsvLayout.of("fr-hprim-entetes-comptes-rendus", FR).delimiter(';').windows1252()
        .dates("dd/MM/yyyy").people(85).women().ages(25, 65).rows(1, 3)
        .col("L1 Titre", TEST_TYPE, r -> !cervicalFr(r) ? "BILAN BIOLOGIQUE"
            : ageAt(r) < 30 ? "FROTTIS CERVICO-UTERIN" : "TEST HPV HR (DEPISTAGE COL)")
        .col("L2 Nom", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("L3 Prénom", GIVEN_NAME, r -> r.p().given())
        .col("L4 Adresse 1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("L5 Adresse 2", STREET_ADDRESS, r -> r.stable("adr2", 4) != 0 ? ""
            : List.of("Résidence Les Tilleuls, bât. B", "Appartement 12", "Lieu-dit Les Granges")
                .get(r.stable("adr2l", 3)))
        .col("L6 CP Ville", POSTCODE, r -> r.p().postcode() + " " + r.p().city()
            .toUpperCase(Locale.ROOT))
        .col("L7 Date de naissance", BIRTH_DATE, Row::birth)
        .col("L8 N° sécurité sociale", NATIONAL_ID, BlindLayouts7::nirFr).blank(10)
        .col("L9 Référence labo", RECORD_ID, r -> "D" + (r.date().getYear() % 100)
            + r.sample().substring(1))
        .col("L10 Date", CLINICAL_DATE, Row::when)
        .col("L11 Correspondant", PROVIDER, r -> List.of("Dr ROUX Céline, gynécologue",
            "Mme PETIT Julie, sage-femme", "Dr MOREL Karim").get(r.stable("pres", 3)))
        .col("L12 Médecin destinataire", PROVIDER, r -> List.of("Dr GIRARD Anne",
            "Dr FOURNIER Paul", "Dr MERCIER Sophie").get(r.stable("mt", 3)))
        .graded("Texte", TEST_RESULT, BlindLayouts7::reportFr);
  }

  // ------------------------------------------------------------------------------- Ireland

  /** A discharge: principal and additional diagnosis (ICD-10-AM), procedure, gynaecological. */
  private record Discharge(String principal, ResultGrade grade, String additional,
      String procedure, boolean gynaecology) {}

  private static final List<Discharge> DISCHARGES = List.of(
      new Discharge("N87.1 Moderate cervical dysplasia", ABNORMAL_HIGH_GRADE, "",
          "Large loop excision of transformation zone (LLETZ)", true),
      new Discharge("N87.2 Severe cervical dysplasia, not elsewhere classified",
          ABNORMAL_HIGH_GRADE, "", "Cone biopsy of cervix", true),
      new Discharge("C53.0 Malignant neoplasm of endocervix", CANCER,
          "Z51.1 Chemotherapy session for neoplasm", "Radical hysterectomy", true),
      new Discharge("N87.0 Mild cervical dysplasia", ABNORMAL_LOW_GRADE, "",
          "Colposcopy with biopsy of cervix", true),
      new Discharge("O80 Single spontaneous delivery", UNGRADED, "Z37.0 Single live birth",
          "Spontaneous vertex delivery", true),
      new Discharge("J18.9 Pneumonia, unspecified", UNGRADED, "E11.9 Type 2 diabetes mellitus "
          + "without complication", "", false),
      new Discharge("I63.9 Cerebral infarction, unspecified", UNGRADED,
          "I10 Essential (primary) hypertension", "CT of brain", false),
      new Discharge("K35.8 Acute appendicitis, other and unspecified", UNGRADED, "",
          "Laparoscopic appendicectomy", false),
      new Discharge("F10.3 Alcohol withdrawal state", UNGRADED, "K70.3 Alcoholic cirrhosis of "
          + "liver", "", false),
      new Discharge("C18.7 Malignant neoplasm of sigmoid colon", CANCER, "",
          "Laparoscopic sigmoid colectomy", false));

  private static Discharge discharge(Row r) {
    List<Discharge> pool = DISCHARGES.stream().filter(d -> d.gynaecology() == (r.p().female()
        && r.visitPick("gyn", 5) < 3)).toList();
    return pool.get(r.visitPick("dis", pool.size()));
  }

  private static CsvLayout hipeIe() {
    return CsvLayout.of("ie-hipe-discharges-pas-extract", IE).dates("dd/MM/yyyy").people(90)
        .ages(20, 85).rows(1, 3).byDate()
        .col("MRN", RECORD_ID, r -> "H" + r.p().recordNumber())
        .col("HIPE No.", RECORD_ID, r -> r.date().getYear() + "/" + r.sample().substring(1))
        .col("Surname", FAMILY_NAME, r -> r.visitPick("fada", 3) == 0
            ? Country.ascii(r.p().family()) : r.p().family())
        .col("Forename", GIVEN_NAME, r -> r.visitPick("fada", 3) == 0
            ? Country.ascii(r.p().given()) : r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Sex", SEX, r -> r.p().female() ? "F" : "M")
        .col("Address", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().city())
        .col("County", OTHER, r -> r.p().region())
        .col("Eircode", POSTCODE, r -> r.p().postcode()).blank(15)
        .col("Medical Card No.", INSURANCE_ID, r -> r.stable("gms", 5) < 2
            ? r.p().insuranceNumber() : "")
        .col("Admission Date", CLINICAL_DATE, Row::when)
        .col("Discharge Date", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(discharge(r)
            .gynaecology() ? r.visitPick("los", 3) : 2 + r.visitPick("los", 12))))
        .col("Adm Type", OTHER, r -> discharge(r).gynaecology() ? "Elective" : "Emergency")
        .graded("Principal Dx (ICD-10-AM)", DIAGNOSIS, r -> new Cell(discharge(r).principal(),
            discharge(r).grade()))
        .graded("Additional Dx", DIAGNOSIS, r -> new Cell(discharge(r).additional(),
            discharge(r).additional().startsWith("C") ? CANCER : UNGRADED))
        .col("Principal Procedure", PROCEDURE, r -> discharge(r).procedure())
        .col("Consultant", PROVIDER, r -> List.of("Prof. M. Keane", "Dr A. Ní Bhriain",
            "Dr C. Doherty", "Mr P. Walsh").get(r.visitPick("cons", 4)))
        .col("Discharge Destination", OTHER, r -> r.visitPick("dest", 8) == 0
            ? "Nursing home" : "Home")
        .col("LOS", OTHER, r -> String.valueOf(discharge(r).gynaecology()
            ? r.visitPick("los", 3) : 2 + r.visitPick("los", 12)));
  }
}
