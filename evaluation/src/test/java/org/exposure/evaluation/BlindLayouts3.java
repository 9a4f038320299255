package org.exposure.evaluation;

import static org.exposure.evaluation.Country.BE;
import static org.exposure.evaluation.Country.DE;
import static org.exposure.evaluation.Country.FR;
import static org.exposure.evaluation.Country.IE;
import static org.exposure.evaluation.Country.NL;
import static org.exposure.evaluation.Country.UK;
import static org.exposure.evaluation.Country.US;
import static org.exposure.model.FieldType.AGE;
import static org.exposure.model.FieldType.BANK_ACCOUNT;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
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
import static org.exposure.model.FieldType.RACIAL_OR_ETHNIC_ORIGIN;
import static org.exposure.model.FieldType.RECORD_ID;
import static org.exposure.model.FieldType.RELIGION_OR_BELIEF;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.SEX_LIFE_OR_ORIENTATION;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The third blind part of the corpus (issue 17): twelve CSV layouts in the corpus's first seven
 * countries, written by someone who read neither the classifier's code nor any figure of any part,
 * nor the two blind parts before it. Its truth comes from the generator, {@code docs/evaluation.md}'s
 * labelling guides (types and grades) and DESIGN.md's type definitions. It is sealed: run it once,
 * then read this Javadoc. {@link Corpus} does not write these layouts.
 *
 * <h2>The layouts</h2>
 *
 * <ol>
 *   <li>{@code nl-poli-colposcopie-bijhoudlijst} (NL): a hospital colposcopy clinic's register kept by
 *       hand in Excel; {@code ;}, Windows-1252, visit dates {@code d-M-yyyy}, birth dates
 *       {@code dd-MM-yyyy}; name as {@code Jansen-Visser, A.B.}; the referral reason (smear result)
 *       on a woman's first row only (her visits together, in date order); colposcopic impression, biopsy histology, treatment.
 *   <li>{@code nl-arbodienst-verzuimdossiers} (NL): an occupational health service's sickness-absence
 *       files; TAB, ISO dates; employer, department, job; absence cause as ICD-10 code and Dutch text
 *       in one cell; the occupational physician with a BIG number; advice as free text.
 *   <li>{@code us-bccedp-cervical-mde-export} (US): a state breast and cervical cancer early detection
 *       programme's cervical records, shaped like the NBCCEDP minimum data elements (the numeric codes
 *       before the labels are invented, not checked against the MDE manual): {@code code - label}
 *       cells for race, Hispanic origin, Pap result, HPV result, final diagnosis; cytology always,
 *       HPV only from 30; {@code MM/dd/yyyy}, CRLF.
 *   <li>{@code us-retail-pharmacy-fill-history} (US): a retail pharmacy's fill history, NCPDP-style
 *       ({@code yyyyMMdd}, gender code 1/2, BIN/PCN/group, cardholder id, NDC shaped 5-4-2 but
 *       invented, prescriber NPI with its Luhn digit and name); pipe; no result.
 *   <li>{@code uk-colposcopy-clinic-kc65-worklist} (UK): a hospital colposcopy clinic's work list
 *       (the data behind KC65 returns): hospital number, NHS number, {@code Mrs Grace WALKER}, GP
 *       practice ODS-shaped code, referral smear in clinic shorthand, colposcopic opinion,
 *       transformation zone type, procedure, histology, outcome; UTF-8 with BOM,
 *       {@code dd/MM/yyyy}.
 *   <li>{@code uk-talking-therapies-linked-research} (UK): a pseudonymised research extract of an NHS
 *       Talking Therapies (IAPT) data set: person and referral pseudonyms, age at referral, gender
 *       code 1/2, ethnic category letters, sexual orientation codes, religion, local authority code,
 *       provisional ICD-10 diagnosis, PHQ-9 and GAD-7 first and last scores, therapy type; every cell
 *       quoted, dates with a zero time.
 *   <li>{@code be-registre-cancer-cytohisto-col} (BE): a Walloon pathology lab's cervical file for the
 *       cancer registry, French; one row per examination (HPV, then cytology of the same sample);
 *       NISS bare; {@code N° protocole}; prescriber with an INAMI-shaped number; {@code ;},
 *       Windows-1252, {@code dd/MM/yyyy}.
 *   <li>{@code be-ziekenfonds-prestaties-export} (BE): a Flemish sickness fund's claims export:
 *       member number, INSZ, {@code DECLERCQ Sofie}, IBAN, nomenclature code (six digits shaped like
 *       RIZIV codes, not checked) and its description, provider's RIZIV number, amounts, third-party
 *       payer flag, the claim's line number; every cell quoted, UTF-8 with BOM, ISO dates.
 *   <li>{@code de-dysplasiesprechstunde-verlaufsbogen} (DE): a certified dysplasia clinic's follow-up
 *       sheet: {@code Name, Vorname}, KVNR, the insurer's name, the referring gynaecologist, Munich III
 *       cytology, HR-HPV with genotype, colposcopy in the 2011 IFCPC grades, transformation zone,
 *       histology, ICD-10-GM code, plan; {@code ;}, Windows-1252, visit dates {@code dd.MM.yy}.
 *   <li>{@code de-betriebsaerztlicher-dienst-vorsorgekartei} (DE): an occupational physician's index
 *       of ArbMedVV check-ups: personnel number, department, job, occasion of the check-up, next
 *       due date, vaccination, anti-HBs titre, several ICD-10-GM codes in one cell, remark; TAB.
 *   <li>{@code fr-cabinet-acp-comptes-rendus-col} (FR): an anatomy and cytopathology lab's reports of
 *       the cervix: examination number, NIR grouped as on the carte Vitale, {@code Nom d'usage} and
 *       {@code Nom de naissance}, given names joined by a comma, requesting doctor and RPPS, sampling
 *       and receipt dates, nature of the sample, one conclusion (cytology with reflex HPV, HPV alone,
 *       or histology), comment; {@code ;}, UTF-8 with BOM, CRLF.
 *   <li>{@code ie-sti-clinic-attendance-log} (IE): a public STI (GUM) clinic's attendances: clinic
 *       number, PPSN on only some rows (attendance may be anonymous), risk group, chlamydia,
 *       gonorrhoea, syphilis and HIV results, a cervical screen cell for some women's visits, ICD-10
 *       code, treatment, clinician, partner notification; Windows-1252 with fadas, CRLF,
 *       {@code dd-MMM-yy}.
 * </ol>
 *
 * <h2>Labelling decisions the guide did not name</h2>
 *
 * Each was taken from DESIGN.md's definitions and the guide's nearest row, never from the classifier:
 *
 * <ul>
 *   <li>A referral reason that states the smear result ({@code Verwijsreden}: {@code Pap 3a2,
 *       hrHPV+}) is a reason for an encounter: DIAGNOSIS (the guide's row), graded by the worst result
 *       it states. A referral smear column that is the cytology itself ({@code Referral Smear}) is
 *       TEST_RESULT. UK shorthand: {@code HPV+ negative} low grade (HPV positive), {@code HPV+
 *       borderline}/{@code low grade} low grade, {@code high grade (moderate)}/{@code (severe)} and
 *       {@code ?glandular neoplasia} high grade (as AGC), {@code ?invasive} CANCER,
 *       {@code inadequate x3} UNSATISFACTORY.
 *   <li>A colposcopic impression is a result of the examination: TEST_RESULT. Normal (also
 *       {@code Normalbefund}, {@code normaal beeld}) NORMAL; low grade, minor change, IFCPC
 *       {@code Grad 1} ABNORMAL_LOW_GRADE; high grade, major change, {@code Grad 2}
 *       ABNORMAL_HIGH_GRADE; suspected invasion ({@code Query invasion}, {@code V. a. Invasion},
 *       {@code verdenking invasie}) CANCER, as the guide's {@code ?invasive squamous carcinoma}.
 *       The transformation zone type (1/2/3) is a category: OTHER. The number of biopsies is a count:
 *       OTHER.
 *   <li>Histology in any language is DIAGNOSIS (the guide's row): {@code CGIN} (high-grade glandular
 *       intraepithelial neoplasia) high grade; {@code kein Anhalt für CIN}, {@code Absence de lésion
 *       (col)} NORMAL as {@code No CIN}.
 *   <li>A treatment done or planned, the clinic's outcome or plan ({@code Discharge to routine
 *       recall}, {@code Kontrolle in 6 Mon.}, {@code Test of cure at 6 months}) and an occupational
 *       check-up's occasion are PROCEDURE (the fresh part's care plans, the Italian
 *       {@code Raccomandazione}). A therapy type (CBT, counselling) is PROCEDURE.
 *   <li>The French ACP lab's {@code Conclusion} holds cytology, HPV and histology conclusions in one
 *       column: DIAGNOSIS, as the European part's PALGA-diagnosis column, each cell graded by its
 *       worst finding. The Belgian registry file keeps cytology and HPV in {@code Conclusion}
 *       (TEST_RESULT) and histology apart ({@code Diagnostic histologique}, DIAGNOSIS).
 *   <li>The MDE's final diagnosis codes: {@code Normal/benign} NORMAL, {@code HPV/condylomata/atypia}
 *       low grade (HPV found), {@code CIN I} low, {@code CIN II} and {@code CIN III/CIS} high,
 *       {@code Invasive cervical carcinoma} CANCER. Race and Hispanic origin as {@code code - label}:
 *       RACIAL_OR_ETHNIC_ORIGIN. Insurance status and treatment status: OTHER. County FIPS: OTHER.
 *   <li>HPV {@code n.d.} (not done) grades nothing; the German HPV cell with genotype
 *       ({@code HR-HPV pos. (16)}) low grade. An invalid HPV test ({@code Résultat invalide
 *       (inhibition)}, {@code HPV invalid - repeat in 3 months}, {@code 4 -
 *       Indeterminate/unsatisfactory}) is UNSATISFACTORY, as the research part's infection code
 *       {@code U}; advice after it does not change the grade (the messy part's rule). Remarks
 *       ({@code Opm.}, {@code Commentaire}, {@code Bemerkung}) state no result: FREE_TEXT grading
 *       nothing.
 *   <li>Sickness absence: the first day of absence and the recovery date are dates of a health event:
 *       CLINICAL_DATE (the guide's death row); the consultation date CLINICAL_DATE; the absence
 *       percentage, employer, department and job OTHER; the cause ({@code F32.1 Depressieve episode,
 *       matig}) DIAGNOSIS, UNGRADED unless a cancer; the physician's advice FREE_TEXT grading nothing.
 *       Employee and personnel numbers RECORD_ID. The BIG number beside the physician's name:
 *       PROVIDER.
 *   <li>The next check-up's due date is CLINICAL_DATE (the research part's due date). An anti-HBs
 *       titre and PHQ-9/GAD-7 scores are results the cervical scale cannot grade: TEST_RESULT,
 *       UNGRADED. Several ICD-10-GM codes in one cell: DIAGNOSIS, graded by the worst.
 *   <li>Pharmacy: the Rx number is a prescription's number in one pharmacy: RECORD_ID; the fill
 *       number, quantity, days' supply, DAW code, copay, BIN, PCN and group: OTHER; the cardholder id
 *       INSURANCE_ID; NDC and drug name MEDICATION; NCPDP gender code 1/2 SEX.
 *   <li>Sickness fund: the member number INSURANCE_ID, the claim line number ({@code
 *       Aanrekeningsnummer}) INSURANCE_ID (a claim number); the nomenclature code and description
 *       PROCEDURE (a claimed cytology or colposcopy is a service done, not a result: a woman with only
 *       those is NONE); amounts and the third-party-payer flag OTHER.
 *   <li>Talking Therapies: person and referral pseudonyms RECORD_ID; the local authority code OTHER
 *       (coarser than a municipality); employment status and ending code OTHER; the count of
 *       appointments OTHER; sexual orientation codes SEX_LIFE_OR_ORIENTATION; ethnic category letters
 *       RACIAL_OR_ETHNIC_ORIGIN; religion RELIGION_OR_BELIEF.
 *   <li>STI clinic: chlamydia, gonorrhoea, syphilis and HIV results, positive or negative (even
 *       {@code Not detected}), TEST_RESULT UNGRADED (the European part's rule); the cervical screen
 *       cell ({@code HPV detected (16/18) - reflex cytology: LSIL}) graded by its worst part; risk
 *       group SEX_LIFE_OR_ORIENTATION; treatment MEDICATION; partner notification OTHER; county
 *       OTHER; the sexual-health ICD-10 codes DIAGNOSIS UNGRADED.
 *   <li>The lab's receipt date of a sample ({@code Date de réception}) is a date of the sample's
 *       care: CLINICAL_DATE. The nature of the sample ({@code FCU en milieu liquide}, {@code Biopsie
 *       exocol}) and the type of examination TEST_TYPE.
 *   <li>A name with a double family name and initials ({@code Jansen-Visser, A.B.}) or with a title
 *       ({@code Mrs Grace WALKER}) and {@code DECLERCQ Sofie}: PERSON_NAME. Given names joined by a
 *       comma: GIVEN_NAME. The insurer's name ({@code Kasse}) OTHER. A GP practice's ODS-shaped
 *       code PROVIDER. The performing lab OTHER.
 * </ul>
 */
final class BlindLayouts3 {
  private BlindLayouts3() {}

  /** The grades that send a woman on to colposcopy. */
  private static final Set<ResultGrade> ABNORMAL = EnumSet.of(ABNORMAL_LOW_GRADE,
      ABNORMAL_HIGH_GRADE, CANCER);

  private static final DateTimeFormatter DUTCH_BIRTH = DateTimeFormatter.ofPattern("dd-MM-yyyy",
      Locale.ROOT);
  private static final DateTimeFormatter GERMAN_BIRTH = DateTimeFormatter.ofPattern("dd.MM.yyyy",
      Locale.ROOT);
  private static final DateTimeFormatter IRISH_BIRTH = DateTimeFormatter.ofPattern("dd/MM/yyyy",
      Locale.ROOT);

  static List<CsvLayout> all() {
    return List.of(colposcopyRegisterNl(), absenceNl(), mdeUs(), pharmacyUs(), colposcopyUk(),
        talkingTherapiesUk(), registryBe(), sicknessFundBe(), dysplasiaDe(), occupationalDe(),
        pathologyFr(), stiClinicIe());
  }

  // ------------------------------------------------------------------------------- The Netherlands

  private static CsvLayout colposcopyRegisterNl() {
    return CsvLayout.of("nl-poli-colposcopie-bijhoudlijst", NL).delimiter(';').windows1252()
        .dates("d-M-yyyy").women().ages(31, 65).people(75).rows(1, 4)
        .col("Pat.nr.", RECORD_ID, r -> r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(15)
        .col("Naam", PERSON_NAME, r -> r.p().fullFamily()
            + (r.p().maiden().isEmpty() ? "" : "-" + r.p().maiden()) + ", " + r.p().initials())
        .col("Geb.datum", BIRTH_DATE, r -> DUTCH_BIRTH.format(r.p().birthDate()))
        .col("Lft", AGE, r -> String.valueOf(Period.between(r.p().birthDate(), clinicDate(r))
            .getYears()))
        .col("Verwijzer", PROVIDER, r -> "HA " + List.of("Kok", "Prins", "Dekker", "Mulder",
            "van Dam").get(r.stable("verwijzer", 5)))
        .graded("Verwijsreden", DIAGNOSIS, r -> r.visit() == 0 ? referralDutch(r) : Cell.of(""))
        .col("Datum colpo", CLINICAL_DATE, r -> r.fmt(clinicDate(r)))
        .graded("Colposcopie", TEST_RESULT, r -> impression(r, "normaal beeld",
            "minor change (Swede " + (2 + r.visitPick("sw", 3)) + ")",
            "major change (Swede " + (7 + r.visitPick("sw", 3)) + ")", "verdenking invasie"))
        .col("Biopten", OTHER, r -> String.valueOf(r.visitPick("bx", 3)))
        .graded("PA-uitslag", DIAGNOSIS, r -> new Cell(r.histology().dutch, r.histology().grade))
        .blank(15)
        .col("Behandeling", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN, CIN1 -> "geen, controle 6 mnd";
          case CIN2 -> r.visitPick("tx", 2) == 0 ? "LLETZ" : "controle 6 mnd (kinderwens)";
          case CIN3 -> "LLETZ";
          case CARCINOMA -> "verwezen naar oncologie";
        })
        .col("Opm.", FREE_TEXT, r -> List.of("belt zelf terug", "tolk nodig", "uitslag tel.",
            "brief naar HA", "").get(r.visitPick("opm", 5))).blank(50);
  }

  private static CsvLayout absenceNl() {
    List<Clinical.Dx> causes = Clinical.DIAGNOSES.stream()
        .filter(d -> !d.icd().startsWith("N87") && !d.icd().startsWith("D06")
            && !d.icd().startsWith("O80"))
        .toList();
    return CsvLayout.of("nl-arbodienst-verzuimdossiers", NL).delimiter('\t')
        .people(80).ages(26, 66).rows(1, 4)
        .col("Werknemer-ID", RECORD_ID, r -> "WN" + ResearchLayouts.personKey(r.p().id(),
            1_000_000))
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(30)
        .col("Achternaam", FAMILY_NAME, r -> r.p().fullFamily())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> r.p().female() ? "Vrouw" : "Man")
        .col("Werkgever", OTHER, r -> List.of("Bouwbedrijf Dekker BV", "Zorggroep De Linde",
            "Gemeente Zwolle", "Transport Visser & Zn.").get(r.stable("wg", 4)))
        .col("Afdeling", OTHER, r -> List.of("Uitvoering", "Thuiszorg", "Financiën", "Planning",
            "Logistiek").get(r.stable("afd", 5)))
        .col("Functie", OTHER, r -> List.of("timmerman", "verzorgende IG", "beleidsmedewerker",
            "chauffeur", "planner").get(r.stable("fn", 5)))
        .col("Eerste ziektedag", CLINICAL_DATE, Row::when)
        .col("Hersteldatum", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(3 + r.visitPick("hd",
            120)))).blank(30)
        .graded("Verzuimoorzaak", DIAGNOSIS, r -> {
          Clinical.Dx d = absenceCause(r, causes);
          return new Cell(d.icd() + " " + d.dutch(), d.grade());
        })
        .col("Spreekuur", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(14 + r.visitPick("sp",
            28)))).blank(25)
        .col("Bedrijfsarts", PROVIDER, r -> List.of("drs. E. Bakker (BIG 19012345601)",
            "J. Smit, bedrijfsarts (BIG 39054321001)", "dr. M. Kuipers (BIG 59098765401)")
            .get(r.stable("ba", 3)))
        .col("Arbeidsongeschikt %", OTHER, r -> List.of("100", "50", "100", "25", "0")
            .get(r.visitPick("pct", 5)))
        .col("Advies", FREE_TEXT, r -> List.of("Opbouw 2x4 uur, evaluatie over 2 wkn",
            "Aangepast werk, geen tillen", "Verwijzing eerstelijnspsycholoog besproken",
            "Terug naar eigen werk per maandag", "Contact met leidinggevende na 1 wk")
            .get(r.visitPick("adv", 5))).blank(40);
  }

  // ------------------------------------------------------------------------------- United States

  private static CsvLayout mdeUs() {
    return CsvLayout.of("us-bccedp-cervical-mde-export", US).crlf().dates("MM/dd/yyyy")
        .women().ages(27, 64).people(90).rows(1, 3).byDate()
        .col("Client ID", RECORD_ID, r -> "MA" + String.format(Locale.ROOT, "%07d",
            ResearchLayouts.personKey(r.p().id(), 10_000_000)))
        .col("SSN", NATIONAL_ID, r -> r.p().nationalId()).blank(40)
        .col("Last Name", FAMILY_NAME, r -> r.p().family())
        .col("First Name", GIVEN_NAME, r -> r.p().given())
        .col("MI", INITIALS, r -> r.p().middle().isEmpty() ? "" : r.p().middle().substring(0, 1))
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("ZIP", POSTCODE, r -> r.p().postcode())
        .col("County FIPS", OTHER, r -> "25" + List.of("017", "025", "021", "027", "009")
            .get(r.stable("fips", 5)))
        .col("Race", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("1 - White", "1 - White",
            "2 - Black or African American", "3 - Asian", "5 - American Indian or Alaska Native",
            "7 - Unknown").get(r.stable("race", 6)))
        .col("Hispanic", RACIAL_OR_ETHNIC_ORIGIN, r -> r.stable("hisp", 4) == 0 ? "1 - Yes"
            : "2 - No")
        .col("Insurance Status", OTHER, r -> List.of("Uninsured", "Underinsured", "Uninsured")
            .get(r.stable("ins", 3)))
        .col("Screening Date", CLINICAL_DATE, Row::when)
        .col("Screening Provider NPI", PROVIDER, r -> ResearchLayouts.npi("1" + String.format(
            Locale.ROOT, "%08d", 10_000_000 + r.stable("npi", 4) * 1_234_567)))
        .graded("Pap Result", TEST_RESULT, BlindLayouts3::mdePap)
        .graded("HPV Result", TEST_RESULT, BlindLayouts3::mdeHpv)
        .col("Diagnostic Procedure", PROCEDURE, r -> workedUp(r) ? List.of(
            "Colposcopy with biopsy", "Colposcopy with biopsy", "Colposcopy without biopsy",
            "LEEP").get(r.visitPick("dx", 4)) : "")
        .graded("Final Diagnosis", DIAGNOSIS, r -> workedUp(r) ? mdeFinal(r) : Cell.of(""))
        .col("Treatment Status", OTHER, r -> !workedUp(r) ? "Not needed"
            : r.histology().grade != NORMAL && r.histology().grade != ABNORMAL_LOW_GRADE
            ? "Treatment started"
            : "Not needed");
  }

  private static CsvLayout pharmacyUs() {
    List<String> ndc = List.of("68180-0514-01", "00093-1048-01", "00378-5205-01",
        "16729-0213-01", "00093-8129-56", "00054-4571-25", "61958-0701-01", "00555-9008-58",
        "00093-7153-98", "00173-0682-20", "00406-0512-01", "00904-6720-60");
    return CsvLayout.of("us-retail-pharmacy-fill-history", US).delimiter('|').dates("yyyyMMdd")
        .people(70).ages(18, 85).rows(2, 6).byDate()
        .col("RX_NUMBER", RECORD_ID, r -> "RX" + r.sample().substring(1))
        .col("FILL_NO", OTHER, r -> String.valueOf(r.visitPick("fill", 6)))
        .col("PATIENT_LAST", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("PATIENT_FIRST", GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("GENDER_CD", SEX, r -> r.p().female() ? "2" : "1")
        .col("ADDR1", STREET_ADDRESS, r -> r.p().streetLine().toUpperCase(Locale.ROOT))
        .col("CITY", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("ST", OTHER, r -> "MA")
        .col("ZIP", POSTCODE, r -> r.p().postcode())
        .col("PHONE", PHONE, r -> r.p().phone().replace("-", "")).blank(20)
        .col("CARDHOLDER_ID", INSURANCE_ID, r -> r.p().insuranceNumber()).blank(15)
        .col("BIN", OTHER, r -> List.of("610014", "004336", "003858", "610502")
            .get(r.stable("bin", 4)))
        .col("PCN", OTHER, r -> List.of("ADV", "MEDDADV", "A4", "CN").get(r.stable("bin", 4)))
        .col("GROUP_ID", OTHER, r -> List.of("RX1234", "COMMERCIAL", "MA01", "")
            .get(r.stable("bin", 4)))
        .col("NDC", MEDICATION, r -> ndc.get(Clinical.MEDICINES.indexOf(r.med())))
        .col("DRUG_NAME", MEDICATION, r -> r.med().name().toUpperCase(Locale.ROOT))
        .col("QTY", OTHER, r -> List.of("30", "90", "60", "1").get(r.visitPick("qty", 4)))
        .col("DAYS_SUPPLY", OTHER, r -> List.of("30", "90", "30", "28").get(r.visitPick("qty",
            4)))
        .col("DAW", OTHER, r -> r.visitPick("daw", 5) == 0 ? "1" : "0")
        .col("PRESCRIBER_NPI", PROVIDER, r -> ResearchLayouts.npi("1" + String.format(Locale.ROOT,
            "%08d", 20_000_000 + r.visitPick("doc", 5) * 3_141_592)))
        .col("PRESCRIBER_NAME", PROVIDER, r -> List.of("PATEL, ANIL MD", "OKAFOR, GRACE NP",
            "SULLIVAN, MARK MD", "CHEN, LINDA DO", "RIVERA, JOSE PA").get(r.visitPick("doc", 5)))
        .col("DATE_FILLED", CLINICAL_DATE, Row::when)
        .col("COPAY", OTHER, r -> String.format(Locale.ROOT, "%d.%02d", r.visitPick("c", 40),
            r.visitPick("cc", 100)));
  }

  // ------------------------------------------------------------------------------- United Kingdom

  private static CsvLayout colposcopyUk() {
    return CsvLayout.of("uk-colposcopy-clinic-kc65-worklist", UK).bom().dates("dd/MM/yyyy")
        .women().ages(31, 64).people(80).rows(1, 3)
        .col("Hospital No", RECORD_ID, r -> "K" + String.format(Locale.ROOT, "%06d",
            ResearchLayouts.personKey(r.p().id(), 1_000_000)))
        .col("NHS Number", NATIONAL_ID, r -> r.p().nationalId()).blank(10)
        .col("Patient", PERSON_NAME, r -> (r.stable("title", 3) == 0 ? "Ms " : "Mrs ")
            + r.p().given() + " " + r.p().family().toUpperCase(Locale.ROOT))
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Referring GP Practice", PROVIDER, r -> List.of("B86012", "C84043", "M85063",
            "N82054", "Y02635").get(r.stable("ods", 5)))
        .graded("Referral Smear", TEST_RESULT, r -> r.visit() == 0 ? referralUk(r) : Cell.of(""))
        .col("Appt Date", CLINICAL_DATE, r -> r.fmt(clinicDate(r)))
        .col("Appt Type", OTHER, r -> r.visit() == 0 ? "New" : "Follow-up")
        .graded("Colposcopic Opinion", TEST_RESULT, r -> impression(r, "Normal", "Low grade",
            "High grade", "Query invasion"))
        .col("TZ", OTHER, r -> "Type " + (1 + r.visitPick("tz", 3)))
        .col("Procedure", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN -> "Colposcopy only";
          case CIN1 -> "Punch biopsy";
          case CIN2, CIN3 -> r.visitPick("lletz", 3) == 0 ? "Punch biopsy" : "LLETZ";
          case CARCINOMA -> "Punch biopsy";
        })
        .graded("Histology", DIAGNOSIS, r -> switch (r.histology()) {
          case NO_CIN -> Cell.of("");
          case CIN1 -> new Cell("CIN1", ABNORMAL_LOW_GRADE);
          case CIN2 -> new Cell("CIN2", ABNORMAL_HIGH_GRADE);
          case CIN3 -> r.visitPick("cgin", 5) == 0 ? new Cell("CIN3 + CGIN", ABNORMAL_HIGH_GRADE)
              : new Cell("CIN3", ABNORMAL_HIGH_GRADE);
          case CARCINOMA -> new Cell("Invasive squamous cell carcinoma (FIGO IB1)", CANCER);
        })
        .col("Outcome", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN -> "Discharge to routine recall";
          case CIN1 -> "Repeat colposcopy 12/12";
          case CIN2, CIN3 -> "Test of cure at 6 months";
          case CARCINOMA -> "Refer gynae-oncology MDT";
        })
        .col("Colposcopist", PROVIDER, r -> List.of("Dr A Hughes", "Miss R Khan",
            "Sr J Evans (nurse colposcopist)").get(r.visitPick("colp", 3)));
  }

  private static CsvLayout talkingTherapiesUk() {
    List<String> diagnoses = List.of("F32.1", "F41.1", "F43.1", "F42", "F41.0", "F33.1");
    return CsvLayout.of("uk-talking-therapies-linked-research", UK).quoteAll()
        .dates("yyyy-MM-dd' 00:00:00'").people(95).ages(24, 75).rows(1, 3)
        .col("Person_ID", RECORD_ID, r -> r.p().uuid().replace("-", "").substring(0, 20)
            .toUpperCase(Locale.ROOT))
        .col("Referral_ID", RECORD_ID, r -> "R" + r.sample().substring(1)
            + r.p().uuid().substring(0, 4).toUpperCase(Locale.ROOT))
        .col("Age_ReferralRequest_ReceivedDate", AGE, BlindLayouts3::age)
        .col("Gender", SEX, r -> r.p().female() ? "2" : "1")
        .col("EthnicCategory", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("A", "A", "A", "B", "H", "J",
            "M", "N", "R", "Z").get(r.stable("eth", 10)))
        .col("SexualOrientation", SEX_LIFE_OR_ORIENTATION, r -> List.of("1", "1", "1", "2", "3",
            "4", "U", "Z").get(r.stable("so", 8)))
        .col("Religion", RELIGION_OR_BELIEF, r -> Clinical.UK_RELIGION.get(r.stable("rel",
            Clinical.UK_RELIGION.size())))
        .col("LocalAuthority", OTHER, r -> List.of("E08000035", "E08000003", "E08000025",
            "E06000023", "E08000019", "E06000018").get(r.stable("la", 6)))
        .col("ReferralRequest_ReceivedDate", CLINICAL_DATE, Row::when)
        .graded("ProvDiag", DIAGNOSIS, r -> new Cell(diagnoses.get(r.visitPick("dx",
            diagnoses.size())), UNGRADED))
        .graded("PHQ9_FirstScore", TEST_RESULT, r -> new Cell(String.valueOf(8 + r.visitPick("phq1", 19)), UNGRADED))
        .graded("GAD7_FirstScore", TEST_RESULT, r -> new Cell(String.valueOf(6 + r.visitPick("gad1", 15)), UNGRADED))
        .graded("PHQ9_LastScore", TEST_RESULT, r -> new Cell(String.valueOf(r.visitPick("phq2",
            20)), UNGRADED)).blank(20)
        .graded("GAD7_LastScore", TEST_RESULT, r -> new Cell(String.valueOf(r.visitPick("gad2",
            16)), UNGRADED)).blank(20)
        .col("TherapyType", PROCEDURE, r -> List.of("Cognitive behavioural therapy",
            "Guided self-help", "Counselling for depression", "EMDR",
            "Interpersonal psychotherapy").get(r.visitPick("tt", 5)))
        .col("Count_TreatmentAppointments", OTHER, r -> String.valueOf(1 + r.visitPick("n", 14)))
        .col("EmployStatus", OTHER, r -> String.format(Locale.ROOT, "%02d", 1 + r.visitPick("emp",
            8)))
        .col("EndCode", OTHER, r -> List.of("46", "45", "49", "50", "14").get(r.visitPick("end",
            5)));
  }

  // ------------------------------------------------------------------------------- Belgium

  private static CsvLayout registryBe() {
    return CsvLayout.of("be-registre-cancer-cytohisto-col", BE).delimiter(';').windows1252()
        .dates("dd/MM/yyyy").women().ages(31, 64).people(85).rows(1, 3).onePerResult()
        .col("NISS", NATIONAL_ID, r -> r.p().nationalId()).blank(8)
        .col("Nom", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Date de naissance", BIRTH_DATE, Row::birth)
        .col("Sexe", SEX, r -> "F")
        .col("Code postal", POSTCODE, r -> r.p().postcode())
        .col("Commune", CITY, r -> r.p().city())
        .col("N° protocole", RECORD_ID, r -> (r.part() == CsvLayout.Part.HPV ? "M" : "C")
            + (r.date().getYear() % 100) + "-" + r.sample().substring(2))
        .col("Date prélèvement", CLINICAL_DATE, Row::when)
        .col("Type d'examen", TEST_TYPE, r -> r.part() == CsvLayout.Part.HPV
            ? "Test HPV à haut risque (PCR)" : "Cytologie cervicale en milieu liquide")
        .graded("Conclusion", TEST_RESULT, r -> r.part() == CsvLayout.Part.HPV ? hpvFrenchBe(r)
            : new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade()))
        .graded("Diagnostic histologique", DIAGNOSIS, r -> r.part() == CsvLayout.Part.CYTOLOGY
            && ABNORMAL.contains(r.s().papGrade()) ? histologyFrench(r)
            : Cell.of(""))
        .col("Médecin prescripteur", PROVIDER, r -> List.of("Dr C. Lambert", "Dr M. Dupont",
            "Dr A. Leroy", "Dr S. Martin").get(r.stable("presc", 4)))
        .col("N° INAMI prescripteur", PROVIDER, r -> List.of("1-23456-78-001", "1-34567-89-002",
            "1-45612-34-004", "1-56723-45-003").get(r.stable("presc", 4)))
        .col("Laboratoire", OTHER, r -> "Labo ACP Namur");
  }

  private static CsvLayout sicknessFundBe() {
    List<String[]> services = List.of(
        new String[] {"101076", "Raadpleging huisarts"},
        new String[] {"588232", "Cytologisch onderzoek uitstrijkje baarmoederhals"},
        new String[] {"432851", "Colposcopie"},
        new String[] {"560011", "Zitting kinesitherapie"},
        new String[] {"102034", "Raadpleging geneesheer-specialist gynaecologie"},
        new String[] {"768014", "Opname daghospitaal"},
        new String[] {"114030", "Huisbezoek huisarts"});
    return CsvLayout.of("be-ziekenfonds-prestaties-export", BE).quoteAll().bom()
        .people(70).ages(18, 85).rows(2, 5).byDate()
        .col("Lidnummer", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("INSZ", NATIONAL_ID, r -> r.p().nationalId()).blank(5)
        .col("Naam", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + " "
            + r.p().given())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> r.p().female() ? "V" : "M")
        .col("Adres", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Gemeente", CITY, r -> r.p().city())
        .col("IBAN", BANK_ACCOUNT, r -> r.p().iban()).blank(10)
        .col("Aanrekeningsnummer", INSURANCE_ID, r -> "F" + r.sample().substring(1) + "-"
            + (1 + r.visitPick("lijn", 9)))
        .col("Datum prestatie", CLINICAL_DATE, Row::when)
        .col("Nomenclatuurcode", PROCEDURE, r -> service(r, services)[0])
        .col("Omschrijving", PROCEDURE, r -> service(r, services)[1])
        .col("Zorgverlener RIZIV", PROVIDER, r -> String.format(Locale.ROOT, "1-%05d-%02d-%03d",
            10_000 + r.visitPick("riziv", 6) * 13_579, 10 + r.visitPick("riziv", 6) * 7,
            1 + r.visitPick("riziv", 6)))
        .col("Terugbetaald (EUR)", OTHER, r -> String.format(Locale.ROOT, "%d,%02d",
            5 + r.visitPick("tb", 80), r.visitPick("tbc", 100)))
        .col("Remgeld (EUR)", OTHER, r -> String.format(Locale.ROOT, "%d,%02d",
            r.visitPick("rg", 12), r.visitPick("rgc", 100)))
        .col("Derdebetaler", OTHER, r -> r.visitPick("db", 3) == 0 ? "J" : "N");
  }

  // ------------------------------------------------------------------------------- Germany

  private static CsvLayout dysplasiaDe() {
    return CsvLayout.of("de-dysplasiesprechstunde-verlaufsbogen", DE).delimiter(';')
        .windows1252().dates("dd.MM.yy").women().ages(26, 70).people(70).rows(1, 4)
        .col("Pat.-Nr.", RECORD_ID, r -> String.valueOf(20_000 + ResearchLayouts.personKey(
            r.p().id(), 70_000)))
        .col("Name, Vorname", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.-Dat.", BIRTH_DATE, r -> GERMAN_BIRTH.format(r.p().birthDate()))
        .col("Versichertennr.", NATIONAL_ID, r -> r.p().nationalId()).blank(10)
        .col("Kasse", OTHER, r -> List.of("AOK Bayern", "TK", "BARMER", "DAK-Gesundheit",
            "privat").get(r.stable("kasse", 5)))
        .col("Überweiser", PROVIDER, r -> List.of("Dr. med. K. Weber, FÄ Gyn.",
            "Praxis Dr. Schulz / Dr. Klein", "Dr. med. B. Hartmann").get(r.stable("ueb", 3)))
        .col("Untersuchungsdatum", CLINICAL_DATE, r -> r.fmt(clinicDate(r)))
        .graded("Zytologie", TEST_RESULT, r -> {
          String pap = clinicPap(r);
          Screening s = new Screening(Screening.Hpv.POSITIVE, "16", pap);
          return new Cell(s.papMunich(), s.papMunichGrade());
        })
        .graded("HPV", TEST_RESULT, r -> switch (r.visitPick("hpvde", 6)) {
          case 0 -> Cell.of("n.d.");
          case 1 -> new Cell("HR-HPV neg.", NORMAL);
          case 2 -> new Cell("HR-HPV pos. (16)", ABNORMAL_LOW_GRADE);
          case 3 -> new Cell("HR-HPV pos. (18)", ABNORMAL_LOW_GRADE);
          default -> new Cell("HR-HPV pos. (andere HR-Typen)", ABNORMAL_LOW_GRADE);
        })
        .graded("Kolposkopie", TEST_RESULT, r -> impression(r, "Normalbefund",
            "Grad 1 (minor change)", "Grad 2 (major change)", "V. a. Invasion"))
        .col("TZ", OTHER, r -> "Typ " + (1 + r.visitPick("tz", 3)))
        .graded("Histologie", DIAGNOSIS, r -> switch (r.histology()) {
          case NO_CIN -> new Cell("kein Anhalt für CIN", NORMAL);
          case CIN1 -> new Cell("CIN 1 (LSIL)", ABNORMAL_LOW_GRADE);
          case CIN2 -> new Cell("CIN 2 (HSIL)", ABNORMAL_HIGH_GRADE);
          case CIN3 -> new Cell("CIN 3 (HSIL)", ABNORMAL_HIGH_GRADE);
          case CARCINOMA -> new Cell("Plattenepithelkarzinom, invasiv", CANCER);
        }).blank(35)
        .graded("ICD-10", DIAGNOSIS, r -> switch (r.histology()) {
          case NO_CIN -> new Cell("Z01.4", UNGRADED);
          case CIN1 -> new Cell("N87.0", ABNORMAL_LOW_GRADE);
          case CIN2 -> new Cell("N87.1", ABNORMAL_HIGH_GRADE);
          case CIN3 -> new Cell("D06.9", ABNORMAL_HIGH_GRADE);
          case CARCINOMA -> new Cell("C53.9", CANCER);
        })
        .col("Procedere", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN -> "Entlassung in Routinevorsorge";
          case CIN1 -> "Kontrolle in 6 Mon.";
          case CIN2 -> r.visitPick("proc", 2) == 0 ? "Kontrolle in 6 Mon." : "LEEP geplant";
          case CIN3 -> "Konisation (LEEP)";
          case CARCINOMA -> "Vorstellung Tumorkonferenz";
        });
  }

  private static CsvLayout occupationalDe() {
    List<String> codes = List.of("M54.5", "I10", "J45.9", "F32.1", "E66.9", "E11.9", "F41.1",
        "C50.9", "H52.4", "J30.1");
    return CsvLayout.of("de-betriebsaerztlicher-dienst-vorsorgekartei", DE).delimiter('\t')
        .dates("dd.MM.yyyy").people(85).ages(25, 64).rows(1, 3)
        .col("Personalnr.", RECORD_ID, r -> "P" + String.format(Locale.ROOT, "%06d",
            ResearchLayouts.personKey(r.p().id(), 1_000_000)))
        .col("Nachname", FAMILY_NAME, r -> r.p().family())
        .col("Vorname", GIVEN_NAME, r -> r.p().given())
        .col("Geburtsdatum", BIRTH_DATE, Row::birth)
        .col("Geschlecht", SEX, r -> r.p().female() ? "w" : "m")
        .col("Abteilung", OTHER, r -> List.of("Zentrallabor", "Pflege Station 4B", "Verwaltung",
            "Küche", "Technik").get(r.stable("abt", 5)))
        .col("Tätigkeit", OTHER, r -> List.of("MTLA", "Pflegefachkraft", "Sachbearbeiterin",
            "Koch", "Elektriker").get(r.stable("abt", 5)))
        .col("Vorsorgeanlass", PROCEDURE, r -> List.of(
            "Pflichtvorsorge Infektionsgefährdung (Anh. Teil 2)",
            "Angebotsvorsorge Bildschirmarbeit (Anh. Teil 4)", "Pflichtvorsorge Feuchtarbeit",
            "Wunschvorsorge § 5a ArbMedVV", "Angebotsvorsorge Lärm").get(r.visitPick("anl", 5)))
        .col("Datum Vorsorge", CLINICAL_DATE, Row::when)
        .col("Nächste Vorsorge", CLINICAL_DATE, r -> r.fmt(r.date().plusYears(
            1 + r.visitPick("next", 3)))).blank(20)
        .col("Impfung", MEDICATION, r -> List.of("Hepatitis B (Engerix-B)", "Influenza (Vaxigrip)",
            "MMR (Priorix)", "Tdap (Boostrix)").get(r.visitPick("imp", 4))).blank(50)
        .graded("Anti-HBs (IU/l)", TEST_RESULT, r -> new Cell(String.valueOf(5 + r.visitPick("hbs", 900)), UNGRADED)).blank(60)
        .graded("Diagnosen", DIAGNOSIS, r -> {
          String a = codes.get(r.visitPick("d1", codes.size()));
          String b = codes.get(r.visitPick("d2", codes.size()));
          String cell = a.equals(b) || r.visitPick("two", 2) == 0 ? a : a + "; " + b;
          // A past breast cancer is rare in a workforce: most draws of it fall back to back pain.
          if (cell.contains("C50") && r.visitPick("rare", 5) != 0) {
            cell = cell.replace("C50.9", "M54.5");
          }
          return new Cell(cell, cell.contains("C50") ? CANCER : UNGRADED);
        }).blank(50)
        .col("Betriebsärztin/-arzt", PROVIDER, r -> List.of("Dr. med. U. Richter",
            "Dr. med. S. Braun (FÄ Arbeitsmedizin)").get(r.stable("ba", 2)))
        .col("Bemerkung", FREE_TEXT, r -> List.of("Bildschirmarbeitsplatzbrille empfohlen",
            "Impfpass nachreichen", "Hautschutzplan besprochen", "Titerkontrolle in 1 Jahr")
            .get(r.visitPick("bem", 4))).blank(70);
  }

  // ------------------------------------------------------------------------------- France

  private static CsvLayout pathologyFr() {
    return CsvLayout.of("fr-cabinet-acp-comptes-rendus-col", FR).delimiter(';').bom().crlf()
        .dates("dd/MM/yyyy").women().ages(31, 65).people(80).rows(1, 4).byDate()
        .col("N° examen", RECORD_ID, r -> (r.date().getYear() % 100) + "C" + r.sample()
            .substring(2))
        .col("NIR", NATIONAL_ID, r -> groupedNir(r.p().nationalId())).blank(15)
        .col("Nom d'usage", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Nom de naissance", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden()).toUpperCase(Locale.ROOT))
        .col("Prénom(s)", GIVEN_NAME, r -> r.p().middle().isEmpty() ? r.p().given()
            : r.p().given() + ", " + r.p().middle())
        .col("Date de naissance", BIRTH_DATE, Row::birth)
        .col("Adresse", STREET_ADDRESS, r -> r.p().streetLine())
        .col("CP", POSTCODE, r -> r.p().postcode())
        .col("Ville", CITY, r -> r.p().city())
        .col("Médecin demandeur", PROVIDER, r -> List.of("Dr Martine LEROY (gynécologue)",
            "Dr Paul GIRARD (médecin généraliste)", "Mme Anne ROUX (sage-femme)")
            .get(r.stable("dem", 3)))
        .col("RPPS", PROVIDER, r -> List.of("10001234567", "10002345678", "10003456789")
            .get(r.stable("dem", 3)))
        .col("Date du prélèvement", CLINICAL_DATE, Row::when)
        .col("Date de réception", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(1 + r.visitPick("rec", 4))))
        .col("Nature du prélèvement", TEST_TYPE, r -> switch (frKind(r)) {
          case 0 -> "FCU en milieu liquide";
          case 1 -> "Test HPV-HR (auto-prélèvement vaginal)";
          default -> r.visitPick("bx", 3) == 0 ? "Pièce de conisation" : "Biopsie exocol";
        })
        .graded("Conclusion", DIAGNOSIS, BlindLayouts3::conclusionFr)
        .col("Commentaire", FREE_TEXT, r -> List.of("Contrôle cytologique à 1 an conseillé",
            "Colposcopie recommandée", "Prélèvement reçu sans fiche de renseignements",
            "Double lecture effectuée").get(r.visitPick("com", 4))).blank(55);
  }

  // ------------------------------------------------------------------------------- Ireland

  private static CsvLayout stiClinicIe() {
    return CsvLayout.of("ie-sti-clinic-attendance-log", IE).windows1252().dates("dd-MMM-yy")
        .people(90).ages(24, 60).rows(1, 4).byDate()
        .col("Clinic No", RECORD_ID, r -> "GUM" + String.format(Locale.ROOT, "%05d",
            ResearchLayouts.personKey(r.p().id(), 100_000)))
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId()).blank(45)
        .col("Name", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("DOB", BIRTH_DATE, r -> IRISH_BIRTH.format(r.p().birthDate()))
        .col("Gender", SEX, r -> r.p().female() ? "F" : "M")
        .col("County", OTHER, r -> r.p().region())
        .col("Risk Group", SEX_LIFE_OR_ORIENTATION, r -> r.p().female()
            ? List.of("Heterosexual female", "Heterosexual female", "WSW", "Sex worker")
                .get(r.stable("rg", 4))
            : List.of("MSM", "Heterosexual male", "MSM").get(r.stable("rg", 3)))
        .col("Visit Date", CLINICAL_DATE, Row::when)
        .graded("Chlamydia NAAT", TEST_RESULT, r -> new Cell(r.visitPick("ct", 8) == 0
            ? "Detected" : "Not detected", UNGRADED))
        .graded("Gonorrhoea NAAT", TEST_RESULT, r -> new Cell(r.visitPick("gc", 15) == 0
            ? "Detected" : "Not detected", UNGRADED))
        .graded("Syphilis (TPPA)", TEST_RESULT, r -> new Cell(r.visitPick("syph", 20) == 0
            ? "Reactive" : "Non-reactive", UNGRADED)).blank(30)
        .graded("HIV Ag/Ab", TEST_RESULT, r -> new Cell(r.visitPick("hiv", 40) == 0
            ? "Reactive - confirmatory sent" : "Non-reactive", UNGRADED)).blank(30)
        .graded("Cervical Screen", TEST_RESULT, r -> r.p().female() && r.visitPick("cs", 2) == 0
            ? cervicalIe(r) : Cell.of(""))
        .graded("Diagnosis Code", DIAGNOSIS, r -> new Cell(r.visitPick("ct", 8) == 0
            ? "A56.0" : List.of("Z11.3", "Z11.3", "Z20.2", "A60.0").get(r.visitPick("dxc", 4)),
            UNGRADED))
        .col("Treatment", MEDICATION, r -> r.visitPick("ct", 8) == 0
            ? "Doxycycline 100mg BD x7/7"
            : List.of("", "", "PrEP (emtricitabine/tenofovir)", "Aciclovir 400mg TDS x5/7")
                .get(r.visitPick("tx", 4)))
        .col("Clinician", PROVIDER, r -> List.of("Dr N. Walsh", "CNS M. Byrne",
            "Dr Ó Súilleabháin").get(r.visitPick("clin", 3)))
        .col("Partner Notification", OTHER, r -> r.visitPick("ct", 8) == 0
            ? "Yes - " + (1 + r.visitPick("pn", 3)) + " contact(s)" : "N/A");
  }

  // ------------------------------------------------------------------------------- helpers



  /**
   * A cause of sickness absence: pregnancy codes for women only, and a cancer in about one absence in
   * ten, so that the file looks like a workforce's.
   */
  private static Clinical.Dx absenceCause(Row r, List<Clinical.Dx> causes) {
    List<Clinical.Dx> own = causes.stream()
        .filter(d -> r.p().female() || !d.icd().startsWith("O"))
        .filter(d -> d.grade() != CANCER || r.visitPick("cancer", 10) == 0)
        .toList();
    return own.get(r.visitPick("oorzaak", own.size()));
  }

  /**
   * The date of a clinic visit: the woman's first visit on a day of her own, each later one some
   * six months after the one before, so that her rows, kept together, run in date order.
   */
  private static LocalDate clinicDate(Row r) {
    LocalDate first = LocalDate.of(2019, 1, 7).plusDays(r.stable("first",
        1600));
    return first.plusMonths(6L * r.visit()).plusDays(r.visitPick("later", 21));
  }

  private static String age(Row r) {
    return String.valueOf(Period.between(r.p().birthDate(), r.date()).getYears());
  }

  /**
   * The cytology that brought a woman to a colposcopy or dysplasia clinic: abnormal, from borderline
   * to suspected cancer, drawn per visit.
   */
  private static String clinicPap(Row r) {
    int p = r.visitPick("refpap", 100);
    return p < 22 ? "2" : p < 42 ? "3a1" : p < 62 ? "3a2" : p < 82 ? "3b" : p < 95 ? "4" : "5";
  }

  private static Cell referralDutch(Row r) {
    String pap = clinicPap(r);
    String hpv = List.of("hrHPV+", "hrHPV 16 pos", "hrHPV pos (overig)").get(r.visitPick("hpvnl",
        3));
    String text = switch (r.visitPick("refnl", 3)) {
      case 0 -> "Pap " + pap + ", " + hpv;
      case 1 -> hpv + " / Pap" + pap.toUpperCase(Locale.ROOT);
      default -> "2x Pap " + pap + " (" + hpv + ")";
    };
    return new Cell(text, Screening.papGrade(pap).max(ABNORMAL_LOW_GRADE));
  }

  private static Cell referralUk(Row r) {
    return switch (r.visitPick("refuk", 9)) {
      case 0 -> new Cell("HPV+ negative x3", ABNORMAL_LOW_GRADE);
      case 1 -> new Cell("HPV+ borderline", ABNORMAL_LOW_GRADE);
      case 2 -> new Cell("HPV+ low grade", ABNORMAL_LOW_GRADE);
      case 3, 4 -> new Cell("HPV+ high grade (moderate)", ABNORMAL_HIGH_GRADE);
      case 5 -> new Cell("HPV+ high grade (severe)", ABNORMAL_HIGH_GRADE);
      case 6 -> new Cell("HPV+ ?glandular neoplasia", ABNORMAL_HIGH_GRADE);
      case 7 -> new Cell("HPV+ ?invasive", CANCER);
      default -> new Cell("inadequate x3", UNSATISFACTORY);
    };
  }

  /** A colposcopic impression in the clinic's four words, agreeing with the biopsy's histology. */
  private static Cell impression(Row r, String normal, String low, String high, String invasion) {
    return switch (r.histology()) {
      case NO_CIN -> r.visitPick("imp", 3) == 0 ? new Cell(low, ABNORMAL_LOW_GRADE)
          : new Cell(normal, NORMAL);
      case CIN1 -> new Cell(low, ABNORMAL_LOW_GRADE);
      case CIN2, CIN3 -> r.visitPick("imp", 4) == 0 ? new Cell(low, ABNORMAL_LOW_GRADE)
          : new Cell(high, ABNORMAL_HIGH_GRADE);
      case CARCINOMA -> new Cell(invasion, CANCER);
    };
  }

  private static String usPap(Row r) {
    String pap = r.s().pap();
    return pap.isEmpty() ? "1" : pap;
  }

  private static boolean hpvTested(Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears() >= 30;
  }

  private static Cell mdePap(Row r) {
    String pap = usPap(r);
    String text = switch (pap) {
      case "0" -> "9 - Unsatisfactory";
      case "1" -> "1 - Negative (NILM)";
      case "2" -> "3 - ASC-US";
      case "3a1" -> "4 - LSIL";
      case "3a2" -> "5 - ASC-H";
      case "3b" -> "6 - HSIL";
      case "4" -> "8 - AGC";
      default -> "7 - Squamous cell carcinoma";
    };
    return new Cell(text, Screening.papGrade(pap));
  }

  private static Cell mdeHpv(Row r) {
    if (!hpvTested(r)) {
      return Cell.of("");
    }
    return switch (r.s().hpv()) {
      case NEGATIVE -> new Cell("1 - Negative", NORMAL);
      case POSITIVE -> r.s().genotype().equals("other")
          ? new Cell("2 - Positive, genotype not done", ABNORMAL_LOW_GRADE)
          : new Cell("3 - Positive, type 16/18", ABNORMAL_LOW_GRADE);
      case UNSATISFACTORY -> new Cell("4 - Indeterminate/unsatisfactory", UNSATISFACTORY);
    };
  }

  /** Worked up by colposcopy: an abnormal Pap, or a positive HPV test. */
  private static boolean workedUp(Row r) {
    return ABNORMAL.contains(Screening.papGrade(usPap(r)))
        || hpvTested(r) && r.s().hpv() == Screening.Hpv.POSITIVE;
  }

  private static Cell mdeFinal(Row r) {
    return switch (r.histology()) {
      case NO_CIN -> r.visitPick("fin", 2) == 0 ? new Cell("1 - Normal/benign", NORMAL)
          : new Cell("2 - HPV/condylomata/atypia", ABNORMAL_LOW_GRADE);
      case CIN1 -> new Cell("3 - CIN I/mild dysplasia", ABNORMAL_LOW_GRADE);
      case CIN2 -> new Cell("4 - CIN II/moderate dysplasia", ABNORMAL_HIGH_GRADE);
      case CIN3 -> new Cell("5 - CIN III/severe dysplasia/CIS", ABNORMAL_HIGH_GRADE);
      case CARCINOMA -> new Cell("6 - Invasive cervical carcinoma", CANCER);
    };
  }

  private static Cell hpvFrenchBe(Row r) {
    return switch (r.s().hpv()) {
      case NEGATIVE -> new Cell("HPV HR non détecté", NORMAL);
      case POSITIVE -> new Cell(switch (r.s().genotype()) {
        case "16" -> "HPV HR détecté : génotype 16";
        case "18" -> "HPV HR détecté : génotype 18";
        default -> "HPV HR détecté (autres génotypes à haut risque)";
      }, ABNORMAL_LOW_GRADE);
      case UNSATISFACTORY -> new Cell("Résultat invalide (inhibition)", UNSATISFACTORY);
    };
  }

  private static Cell histologyFrench(Row r) {
    return switch (r.histology()) {
      case NO_CIN -> new Cell("Absence de lésion (col)", NORMAL);
      case CIN1 -> new Cell("CIN 1 / LSIL", ABNORMAL_LOW_GRADE);
      case CIN2 -> new Cell("CIN 2 / HSIL", ABNORMAL_HIGH_GRADE);
      case CIN3 -> new Cell("CIN 3 / HSIL", ABNORMAL_HIGH_GRADE);
      case CARCINOMA -> new Cell("Carcinome épidermoïde invasif", CANCER);
    };
  }

  /** What the sample of a French row is: 0 cytology (reflex HPV), 1 HPV alone, 2 histology. */
  private static int frKind(Row r) {
    int k = r.visitPick("kind", 10);
    return k < 5 ? 0 : k < 8 ? 1 : 2;
  }

  private static Cell conclusionFr(Row r) {
    Screening s = r.s();
    return switch (frKind(r)) {
      case 0 -> {
        String pap = s.pap().isEmpty() ? (s.hpv() == Screening.Hpv.UNSATISFACTORY ? "0" : "1")
            : s.pap();
        Screening cyto = new Screening(s.hpv(), s.genotype(), pap);
        String text = cyto.bethesdaFrench(r.rng());
        ResultGrade grade = cyto.papGrade();
        if (grade == ABNORMAL_LOW_GRADE && pap.equals("2")) {
          boolean positive = s.hpv() == Screening.Hpv.POSITIVE;
          text += ". Test HPV réflexe : " + (positive ? "positif" : "négatif");
        }
        yield new Cell(text, grade);
      }
      case 1 -> switch (s.hpv()) {
        case NEGATIVE -> new Cell("Test HPV-HR négatif", NORMAL);
        case POSITIVE -> new Cell("Test HPV-HR positif" + (s.genotype().equals("other") ? ""
            : " (HPV " + s.genotype() + ")") + ", triage cytologique à prévoir",
            ABNORMAL_LOW_GRADE);
        case UNSATISFACTORY -> new Cell("Prélèvement non interprétable", UNSATISFACTORY);
      };
      default -> histologyFrench(r);
    };
  }

  private static Cell cervicalIe(Row r) {
    Screening s = r.s();
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell("HPV not detected", NORMAL);
      case UNSATISFACTORY -> new Cell("HPV invalid - repeat in 3 months", UNSATISFACTORY);
      case POSITIVE -> {
        String type = s.genotype().equals("other") ? "other HR" : "16/18";
        String cyto = s.bethesda(r.rng());
        yield new Cell("HPV detected (" + type + ") - reflex cytology: " + cyto,
            ABNORMAL_LOW_GRADE.max(s.papGrade()));
      }
    };
  }

  private static String[] service(Row r, List<String[]> services) {
    return services.get(r.visitPick("svc", services.size()));
  }

  /** A NIR grouped as printed on the carte Vitale: {@code 2 85 03 75 056 123 45}. */
  private static String groupedNir(String nir) {
    return nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " "
        + nir.substring(5, 7) + " " + nir.substring(7, 10) + " " + nir.substring(10, 13) + " "
        + nir.substring(13);
  }
}
