package org.exposure.evaluation;

import static org.exposure.evaluation.Country.BE;
import static org.exposure.evaluation.Country.DE;
import static org.exposure.evaluation.Country.FR;
import static org.exposure.evaluation.Country.IE;
import static org.exposure.evaluation.Country.NL;
import static org.exposure.evaluation.Country.UK;
import static org.exposure.evaluation.Country.US;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.EMAIL;
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
import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.NORMAL;
import static org.exposure.model.ResultGrade.UNGRADED;
import static org.exposure.model.ResultGrade.UNSATISFACTORY;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.evaluation.Screening.Hpv;

/**
 * The eleventh blind part of the corpus (issue 17): twelve CSV layouts in the corpus's first seven
 * countries, extracts as a DPO receives them after a breach at a screening laboratory, a GP practice,
 * a hospital clinic or an insurer, written by someone who read neither the classifier's code nor any
 * figure of any part. Its truth comes from the generator, {@code docs/evaluation.md}'s labelling
 * guides (types and grades) and DESIGN.md's type definitions. It is sealed: run it once, then read
 * this Javadoc. {@link Corpus} does not write these layouts.
 *
 * <h2>The layouts</h2>
 *
 * <ol>
 *   <li>{@code nl-bmhk-screeningslab-uitslagregels} (NL): a screening laboratory's result lines for
 *       the cervical programme, one row per result (hrHPV, then reflex cytology behind a label such
 *       as {@code Cytologie: Pap 3a2}): sample number, BSN, initials, prefix and family name in their
 *       own columns, birth date, postcode, house number, sampling date, material (GP smear or
 *       self-sampling kit), test, result, genotype, follow-up advice, GP, screening organisation;
 *       {@code ;}, {@code dd-MM-yyyy}.
 *   <li>{@code nl-huisarts-journaal-uitslagen} (NL): a GP system's journal lines for its women:
 *       patient number, {@code Berg, M.J. van der}, birth date, date, SOEP line kind, episode as ICD-10
 *       code and Dutch text, the test and its result (the programme's HPV and Pap in one cell, or a
 *       lab value with its unit), journal text, the GP; {@code ;}, UTF-8 with BOM, rows by date.
 *   <li>{@code nl-gynaecologie-colposcopie-werklijst} (NL): a gynaecology clinic's colposcopy work
 *       list kept in a spreadsheet: hospital number, full name, birth date, BSN (dotted on some rows,
 *       blank on others), referral date, referring GP, referral smear (HPV and Pap in one cell),
 *       colposcopy date, biopsy histology, plan, gynaecologist, remarks; {@code ;}, Windows-1252,
 *       CRLF, {@code d-M-yyyy}.
 *   <li>{@code nl-zorgverzekeraar-zvw-declaratieregels} (NL): a health insurer's claim lines: claim
 *       number, member number, BSN, name, birth date, postcode, date of service, the service, the
 *       diagnosis, the provider with AGB code, amount, status; {@code |}, {@code yyyyMMdd}.
 *   <li>{@code us-reference-lab-gyn-results} (US): a reference laboratory's results feed flattened to
 *       a pipe-delimited file, one row per result (HR HPV, then reflex ThinPrep cytology): accession,
 *       last and first name in capitals, DOB, sex, SSN on some rows, member id, payer, ordering
 *       provider with NPI, collection date, LOINC code and test name, result, status; {@code
 *       MM/dd/yyyy}.
 *   <li>{@code us-obgyn-pap-tracking-log} (US): an OB/GYN practice's Pap tracking spreadsheet:
 *       {@code Last, First}, MRN, DOB, phone, race/ethnicity in one cell, insurance, visit date, Pap
 *       and HPV in one cell, next step, due date, provider, notes, letter flag; {@code M/d/yy}.
 *   <li>{@code uk-gp-cervical-screening-recall-list} (UK): a GP practice's cervical screening list:
 *       NHS number (spaced on some rows), surname, forename, DOB, postcode, e-mail, test date, HPV,
 *       cytology in NHS wording ({@code -} where none was done), action, next test due, sample taker,
 *       practice code; CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code be-labo-cervixcytologie-hpv} (BE): a Flemish laboratory's cervical export: sample
 *       number, national number (dotted on some rows), name, first name, birth date, sex, sickness
 *       fund, requesting doctor with RIZIV number, sampling date, hrHPV with genotype, cytology in
 *       Bethesda terms, advice; TAB, {@code dd/MM/yyyy}.
 *   <li>{@code be-mutualite-remboursements-prestations} (BE): a Walloon sickness fund's
 *       reimbursement lines: member number, NISS, names, birth date, sex, postcode, commune, service
 *       date, service, provider with INAMI number, amount reimbursed, co-payment, third-party payer
 *       flag; {@code ;}, Windows-1252, CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code de-frauenarzt-krebsfrueherkennung-export} (DE): a gynaecology practice's early
 *       detection (KFE) export: patient number, {@code Müller, Anna}, birth date, KVNR, payer, date,
 *       service (cytology or co-test from 35), cytology in the Munich nomenclature III, HPV, plan,
 *       physician with LANR, remark; {@code ;}, Windows-1252, CRLF, {@code dd.MM.yyyy}.
 *   <li>{@code fr-laboratoire-depistage-ccu-resultats} (FR): a laboratory's cervical screening
 *       results: file number, NIR (spaced on some rows), birth and usage names, first name, birth
 *       date, postcode, town in capitals, sampling date, test (cytology under 30, HPV from 30), HPV
 *       and cytology in French wording, what to do, prescribing doctor; {@code ;}, Windows-1252,
 *       CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code ie-gp-cervicalcheck-sample-log} (IE): a GP practice's log of CervicalCheck samples:
 *       PPSN, surname, first name, DOB, address line, Eircode, date taken, HPV, cytology, next step,
 *       colposcopy clinic, smeartaker; UTF-8 with BOM, {@code dd/MM/yyyy}.
 * </ol>
 *
 * <h2>Labelling decisions the guide did not name</h2>
 *
 * Each was taken from DESIGN.md's definitions and the guide's nearest row, never from the classifier:
 *
 * <ul>
 *   <li>Material (smear or self-sampling kit) and the test names TEST_TYPE (the guide's material
 *       row). A genotype cell graded low grade as the guide's genotype row; the follow-up advice, a
 *       next step and what to do PROCEDURE (the guide's plan-of-care row).
 *   <li>SOEP line kind, the screening organisation, payer, sickness fund, status, amounts, the
 *       letter flag and the third-party payer flag OTHER. Journal text, remarks and notes FREE_TEXT,
 *       grading nothing.
 *   <li>A colposcopy clinic the woman is sent to is her care provider: PROVIDER, as a practice.
 *       Practice codes, RIZIV/INAMI, LANR and NPI numbers PROVIDER with their doctors.
 *   <li>A claim number INSURANCE_ID (the guide's claim row); the service billed PROCEDURE.
 *   <li>The placeholder {@code -} in the UK cytology column is no result: it grades nothing.
 *   <li>A due date, next test due or planned colposcopy date is a care event, done or planned, like
 *       an invitation: CLINICAL_DATE.
 * </ul>
 */
final class BlindLayouts11 {
  private BlindLayouts11() {}

  static List<CsvLayout> all() {
    return List.of(screeningLabNl(), gpJournalNl(), colposcopyNl(), insurerClaimsNl(),
        referenceLabUs(), papTrackingUs(), recallListUk(), cervixLabBe(), sicknessFundBe(),
        gynaecologyPracticeDe(), screeningLabFr(), sampleLogIe());
  }

  private static int ageAt(Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears();
  }

  // ------------------------------------------------------------------------------- The Netherlands

  /** The Dutch programme's follow-up advice for a sample's results. */
  private static String adviceNl(Row r) {
    Screening s = r.s();
    if (s.hpv() == Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "Nieuw uitstrijkje binnen 6 weken";
    }
    if (s.hpv() == Hpv.NEGATIVE) {
      return r.visitPick("ivl", 2) == 0 ? "Terug naar screening (5 jaar)"
          : "Terug naar screening (10 jaar)";
    }
    boolean urgent = Screening.papGrade(s.pap()).compareTo(ABNORMAL_LOW_GRADE) > 0
        || !s.pap().equals("1") && !s.genotype().equals("other");
    return urgent ? "Verwijzing gynaecoloog" : "Controle-uitstrijkje na 12 maanden";
  }

  private static CsvLayout screeningLabNl() {
    return CsvLayout.of("nl-bmhk-screeningslab-uitslagregels", NL).delimiter(';')
        .dates("dd-MM-yyyy").women().ages(30, 65).people(75).rows(1, 2).onePerResult()
        .col("Monsternummer", RECORD_ID, Row::sample)
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Voorletters", INITIALS, r -> r.p().initials())
        .col("Tussenv.", FAMILY_NAME, r -> r.p().prefix())
        .col("Geslachtsnaam", FAMILY_NAME, r -> r.p().family())
        .col("Geb. datum", BIRTH_DATE, Row::birth)
        .col("PC", POSTCODE, r -> r.p().postcode())
        .col("Hnr", HOUSE_NUMBER, r -> String.valueOf(r.p().houseNumber()))
        .col("Datum afname", CLINICAL_DATE, Row::when)
        // A self-sampling kit carries no cells to read: only smears get reflex cytology.
        .col("Materiaal", TEST_TYPE, r -> !r.s().hasCytology() && r.visitPick("zas", 4) == 0
            ? "ZAS (zelfafname)" : "Cervixuitstrijkje")
        .col("Onderzoek", TEST_TYPE, r -> r.part() == Part.HPV ? "hrHPV-test (PCR)"
            : "Cytologie (reflex)")
        .graded("Uitslag", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade())
            : new Cell(List.of("Cytologie: ", "Uitslag cytologie: ", "").get(r.visitPick("lbl", 3))
                + r.s().papDutch(r.rng()), r.s().papGrade()))
        .graded("Genotype", TEST_RESULT, r -> r.part() == Part.HPV && r.s().hpv() == Hpv.POSITIVE
            ? new Cell(r.s().genotype().equals("other") ? "overig hrHPV" : "HPV" + r.s().genotype(),
                ABNORMAL_LOW_GRADE) : Cell.of(""))
        .col("Vervolgadvies", PROCEDURE, BlindLayouts11::adviceNl)
        .col("Huisarts", PROVIDER, r -> List.of("Huisartsenpraktijk De Linde (AGB 01012345)",
            "J.P. Smit, huisarts", "Gezondheidscentrum Oosterpoort").get(r.stable("ha", 3)))
        .col("Screeningsorganisatie", OTHER, r -> List.of("BVO Nederland regio Noord",
            "BVO Nederland regio Zuid-West").get(r.stable("so", 2)));
  }

  /** Whether a journal line carries the woman's screening result rather than a lab value. */
  private static boolean smearLine(Row r) {
    return r.visit() == 0 && r.stable("bmhk", 10) < 7;
  }

  private static CsvLayout gpJournalNl() {
    return CsvLayout.of("nl-huisarts-journaal-uitslagen", NL).delimiter(';').bom()
        .dates("dd-MM-yyyy").women().ages(30, 64).people(70).rows(1, 3).byDate()
        .col("Patiëntnummer", RECORD_ID, r -> r.p().recordNumber())
        .col("Naam", PERSON_NAME, r -> r.p().family() + ", " + r.p().initials()
            + (r.p().prefix().isEmpty() ? "" : " " + r.p().prefix()))
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Datum", CLINICAL_DATE, Row::when)
        .col("Regel", OTHER, r -> smearLine(r) ? "E" : List.of("S", "O", "E", "P")
            .get(r.visitPick("soep", 4)))
        .graded("Episode", DIAGNOSIS, r -> new Cell(r.dx().icd() + " " + r.dx().dutch(),
            r.dx().grade())).blank(30)
        .col("Bepaling", TEST_TYPE, r -> smearLine(r) ? "BMHK uitslag (hrHPV/cytologie)"
            : r.obs().name())
        .graded("Uitslag", TEST_RESULT, r -> smearLine(r)
            ? new Cell(r.s().combinedDutch(r.rng()), r.s().grade())
            : new Cell(String.valueOf(r.value()).replace('.', ',') + " " + r.obs().unit(),
                UNGRADED))
        .col("Tekst", FREE_TEXT, r -> List.of("Uitslag besproken, patiënte ingelicht.",
            "Telefonisch contact, afspraak volgt.", "Brief verstuurd.",
            "Geen actie nodig, volgt controle.").get(r.visitPick("txt", 4)))
        .col("Arts", PROVIDER, r -> List.of("E. Mulder (huisarts)", "R. Bos (huisarts)",
            "Praktijkondersteuner").get(r.visitPick("arts", 3)));
  }

  private static String dottedBsn(String bsn) {
    return bsn.length() != 9 ? bsn
        : bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
  }

  private static CsvLayout colposcopyNl() {
    return CsvLayout.of("nl-gynaecologie-colposcopie-werklijst", NL).delimiter(';').windows1252()
        .dates("d-M-yyyy").women().ages(30, 64).people(65).rows(1, 2)
        .col("ZIS-nr", RECORD_ID, r -> "Z" + r.p().recordNumber())
        .col("Naam patiënt", PERSON_NAME, r -> r.p().fullName())
        .col("Geb.dat.", BIRTH_DATE, Row::birth)
        .col("BSN", NATIONAL_ID, r -> r.visitPick("dot", 3) == 0 ? dottedBsn(r.p().nationalId())
            : r.p().nationalId()).blank(20)
        .col("Verwijsdatum", CLINICAL_DATE, Row::when)
        .col("Verwijzer", PROVIDER, r -> List.of("huisarts Kok, Zwolle", "HAP De Vecht",
            "dr. L. Hendriks (huisarts)").get(r.stable("verw", 3)))
        .graded("Uitslag verwijzing", TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> new Cell("hrHPV neg (controle na behandeling)", NORMAL);
          case UNSATISFACTORY -> new Cell("HPV onbeoordeelbaar", UNSATISFACTORY);
          case POSITIVE -> new Cell((r.s().genotype().equals("other") ? "HPV overig pos"
              : "HPV " + r.s().genotype() + " pos") + " + Pap " + r.s().pap(), r.s().grade());
        })
        .col("Datum colpo", CLINICAL_DATE, r -> r.s().hpv() == Hpv.POSITIVE
            ? r.fmt(r.date().plusDays(14 + r.visitPick("wt", 30))) : "")
        .graded("PA biopt", DIAGNOSIS, r -> r.s().hpv() == Hpv.POSITIVE
            ? new Cell(r.histology().dutch, r.histology().grade) : Cell.of(""))
        .col("Beleid", PROCEDURE, r -> {
          if (r.s().hpv() != Hpv.POSITIVE) {
            return "Terug naar huisarts";
          }
          return switch (r.histology()) {
            case NO_CIN, CIN1 -> "Controle cytologie over 6 mnd";
            case CIN2, CIN3 -> "LLETZ gepland";
            case CARCINOMA -> "Verwijzing oncologisch centrum (MDO)";
          };
        })
        .col("Gynaecoloog", PROVIDER, r -> List.of("Dr. A. Vos", "Dr. S. Peters", "Dr. K. Meijer")
            .get(r.visitPick("gyn", 3)))
        .col("Opmerkingen", FREE_TEXT, r -> List.of("patiënte angstig, uitleg gegeven",
            "zwanger, colpo uitgesteld", "tolk nodig", "belt zelf voor uitslag")
            .get(r.visitPick("opm", 4))).blank(60);
  }

  private static CsvLayout insurerClaimsNl() {
    return CsvLayout.of("nl-zorgverzekeraar-zvw-declaratieregels", NL).delimiter('|')
        .dates("yyyyMMdd").ages(18, 85).people(60).rows(1, 4).byDate()
        .col("Declaratienummer", INSURANCE_ID, r -> "D" + r.sample().substring(1))
        .col("Verzekerdennummer", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam verzekerde", PERSON_NAME, r -> r.p().initials() + " " + r.p().fullFamily())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode().replace(" ", ""))
        .col("Datum prestatie", CLINICAL_DATE, Row::when)
        .col("Prestatie", PROCEDURE, r -> r.proc().dutch())
        .graded("Diagnose", DIAGNOSIS, r -> new Cell(r.dx().icd() + " " + r.dx().dutch(),
            r.dx().grade()))
        .col("Zorgverlener", PROVIDER, r -> List.of("Isala Zwolle (AGB 06010713)",
            "Huisartsenpraktijk Centrum (AGB 01054321)", "Ziekenhuis Rivierenland (AGB 06010965)")
            .get(r.visitPick("zv", 3)))
        .col("Bedrag", OTHER, r -> String.format(Locale.ROOT, "%d,%02d", 30 + r.visitPick("b", 900),
            r.visitPick("c", 100)))
        .col("Status", OTHER, r -> List.of("Toegewezen", "Toegewezen", "Afgewezen", "In behandeling")
            .get(r.visitPick("st", 4)));
  }

  // ------------------------------------------------------------------------------- United States

  private static CsvLayout referenceLabUs() {
    return CsvLayout.of("us-reference-lab-gyn-results", US).delimiter('|').dates("MM/dd/yyyy")
        .women().ages(25, 65).people(70).rows(1, 2).onePerResult()
        .col("ACCESSION", RECORD_ID, r -> "GY" + r.sample().substring(1))
        .col("PT_LAST", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("PT_FIRST", GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
        .col("PT_DOB", BIRTH_DATE, Row::birth)
        .col("PT_SEX", SEX, r -> "F")
        .col("PT_SSN", NATIONAL_ID, r -> r.p().nationalId()).blank(45)
        .col("MEMBER_ID", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("PAYER", OTHER, r -> List.of("BCBS MA", "Aetna", "UnitedHealthcare", "Humana")
            .get(r.stable("payer", 4)))
        .col("ORDERING_PROVIDER", PROVIDER, r -> List.of("PATEL, ANITA MD 1234567893",
            "KIM, DAVID DO 1588667638", "OKAFOR, GRACE NP 1093817735").get(r.stable("ord", 3)))
        .col("COLLECTION_DT", CLINICAL_DATE, Row::when)
        .col("LOINC", TEST_TYPE, r -> r.part() == Part.HPV ? "77379-6" : "47527-7")
        .col("TEST_NAME", TEST_TYPE, r -> r.part() == Part.HPV ? "HPV HIGH RISK W/ 16/18 GENOTYPING"
            : "THINPREP PAP (REFLEX)")
        .graded("RESULT", TEST_RESULT, r -> {
          if (r.part() == Part.CYTOLOGY) {
            return new Cell(r.s().bethesda(r.rng()), r.s().papGrade());
          }
          return switch (r.s().hpv()) {
            case NEGATIVE -> new Cell("NOT DETECTED", NORMAL);
            case UNSATISFACTORY -> new Cell("UNSATISFACTORY - INSUFFICIENT SPECIMEN",
                UNSATISFACTORY);
            case POSITIVE -> new Cell(r.s().genotype().equals("other")
                ? "DETECTED (OTHER HIGH RISK)" : "DETECTED (HPV " + r.s().genotype() + ")",
                ABNORMAL_LOW_GRADE);
          };
        })
        .col("RESULT_STATUS", OTHER, r -> "F");
  }

  private static CsvLayout papTrackingUs() {
    return CsvLayout.of("us-obgyn-pap-tracking-log", US).dates("M/d/yy").women().ages(25, 64)
        .people(65).rows(1, 3)
        .col("Patient", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("MRN", RECORD_ID, r -> r.p().recordNumber())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Phone", PHONE, r -> r.p().phone()).blank(10)
        .col("Race/Ethnicity", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("White, non-Hispanic",
            "Black, non-Hispanic", "Hispanic/Latina", "Asian", "Declined")
            .get(r.stable("race", 5)))
        .col("Insurance", OTHER, r -> List.of("MassHealth", "BCBS", "Tufts", "Self-pay")
            .get(r.stable("ins", 4)))
        .col("Visit Date", CLINICAL_DATE, Row::when)
        .graded("Pap/HPV", TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> new Cell("NILM / HPV neg", NORMAL);
          case UNSATISFACTORY -> new Cell("Unsatisfactory for evaluation", UNSATISFACTORY);
          case POSITIVE -> new Cell(r.s().bethesda(r.rng()) + " / HPV pos"
              + (r.s().genotype().equals("other") ? " (non 16/18)" : " " + r.s().genotype()),
              r.s().grade());
        })
        .col("Next Step", PROCEDURE, r -> switch (r.s().hpv()) {
          case NEGATIVE -> "Routine screening 5 yrs";
          case UNSATISFACTORY -> "Repeat Pap 2-4 mo";
          case POSITIVE -> r.s().papGrade().compareTo(NORMAL) > 0 || !r.s().genotype()
              .equals("other") ? "Colposcopy" : "Repeat co-test 1 yr";
        })
        .col("Due", CLINICAL_DATE, r -> r.fmt(r.date().plusMonths(switch (r.s().hpv()) {
          case NEGATIVE -> 60;
          case UNSATISFACTORY -> 3;
          case POSITIVE -> 2;
        })))
        .col("Provider", PROVIDER, r -> List.of("Dr. Feldman", "Dr. Ruiz", "L. Chen, CNM")
            .get(r.visitPick("prov", 3)))
        .col("Notes", FREE_TEXT, r -> List.of("LM x2", "pt aware", "sched'd", "no show, resched")
            .get(r.visitPick("note", 4))).blank(40)
        .col("Letter Sent", OTHER, r -> r.visitPick("let", 3) == 0 ? "N" : "Y");
  }

  // ------------------------------------------------------------------------------- United Kingdom

  private static String spacedNhs(String nhs) {
    return nhs.length() != 10 ? nhs
        : nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
  }

  private static CsvLayout recallListUk() {
    return CsvLayout.of("uk-gp-cervical-screening-recall-list", UK).crlf().dates("dd/MM/yyyy")
        .women().ages(25, 64).people(70).rows(1, 2)
        .col("NHS Number", NATIONAL_ID, r -> r.visitPick("sp", 2) == 0
            ? spacedNhs(r.p().nationalId()) : r.p().nationalId())
        .col("Surname", FAMILY_NAME, r -> r.p().family())
        .col("Forename", GIVEN_NAME, r -> r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Email", EMAIL, r -> r.p().email()).blank(25)
        .col("Test Date", CLINICAL_DATE, Row::when)
        .graded("HPV", TEST_RESULT, r -> new Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade()))
        .graded("Cytology", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().nhsCytology(r.rng()), r.s().papGrade()) : Cell.of("-"))
        .col("Action", PROCEDURE, r -> {
          if (r.s().hpv() == Hpv.UNSATISFACTORY || r.s().pap().equals("0")) {
            return "Repeat sample in 3 months";
          }
          if (r.s().hpv() == Hpv.NEGATIVE) {
            return ageAt(r) < 50 ? "Routine recall 3 yrs" : "Routine recall 5 yrs";
          }
          return r.s().pap().equals("1") ? "Repeat in 12 months" : "Refer to colposcopy";
        })
        .col("Next Test Due", CLINICAL_DATE, r -> r.fmt(r.date().plusYears(
            r.s().hpv() == Hpv.NEGATIVE ? 3 : 1)))
        .col("Sample Taker", PROVIDER, r -> List.of("Sr J Patel (PN)", "Dr R Hughes",
            "K Owen (HCA)").get(r.visitPick("st", 3)))
        .col("Practice Code", PROVIDER, r -> List.of("B82005", "M85063", "Y02904")
            .get(r.stable("prac", 3)));
  }

  // ------------------------------------------------------------------------------- Belgium

  private static String dottedRrn(String n) {
    return n.length() != 11 ? n : n.substring(0, 2) + "." + n.substring(2, 4) + "."
        + n.substring(4, 6) + "-" + n.substring(6, 9) + "." + n.substring(9);
  }

  private static CsvLayout cervixLabBe() {
    return CsvLayout.of("be-labo-cervixcytologie-hpv", BE).delimiter('\t').dates("dd/MM/yyyy")
        .women().ages(25, 64).people(70).rows(1, 2)
        .col("Staalnr", RECORD_ID, r -> "C" + r.sample().substring(1))
        .col("Rijksregisternr", NATIONAL_ID, r -> r.visitPick("dot", 2) == 0
            ? dottedRrn(r.p().nationalId()) : r.p().nationalId())
        .col("Naam", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geb.datum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> "V")
        .col("Ziekenfonds", OTHER, r -> List.of("CM", "Solidaris", "Helan", "LM")
            .get(r.stable("zf", 4)))
        .col("Aanvrager", PROVIDER, r -> List.of("Dr. Peeters H. (1-23456-78-004)",
            "Dr. Claes E. (1-54321-09-003)", "Dr. Wouters A. (1-11873-42-001)")
            .get(r.stable("aanv", 3)))
        .col("Datum afname", CLINICAL_DATE, Row::when)
        .graded("hrHPV", TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> new Cell("negatief", NORMAL);
          case UNSATISFACTORY -> new Cell("niet beoordeelbaar", UNSATISFACTORY);
          case POSITIVE -> new Cell("positief: " + (r.s().genotype().equals("other")
              ? "andere hoog-risico types" : "HPV " + r.s().genotype()), ABNORMAL_LOW_GRADE);
        })
        .graded("Cytologie (Bethesda)", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesda(r.rng()), r.s().papGrade()) : Cell.of(""))
        .col("Advies", PROCEDURE, r -> switch (r.s().hpv()) {
          case NEGATIVE -> "Volgende screening over 5 jaar";
          case UNSATISFACTORY -> "Nieuwe afname aanbevolen";
          case POSITIVE -> r.s().pap().equals("1") ? "Herhaling HPV-test na 12 maanden"
              : "Colposcopie aanbevolen";
        });
  }

  private static CsvLayout sicknessFundBe() {
    return CsvLayout.of("be-mutualite-remboursements-prestations", BE).delimiter(';')
        .windows1252().dates("dd/MM/yyyy").ages(20, 85).people(60).rows(1, 4)
        .col("N° affilié", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("NISS", NATIONAL_ID, r -> r.p().nationalId())
        .col("Nom", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Date de naissance", BIRTH_DATE, Row::birth)
        .col("Sexe", SEX, r -> r.p().female() ? "F" : "M")
        .col("Code postal", POSTCODE, r -> r.p().postcode())
        .col("Commune", CITY, r -> r.p().city())
        .col("Date prestation", CLINICAL_DATE, Row::when)
        .col("Prestation", PROCEDURE, r -> r.proc().french())
        .col("Prestataire", PROVIDER, r -> List.of("Dr Lambert C. (INAMI 1-20345-67-003)",
            "CHU de Liège", "Dr Dubois M. (INAMI 1-18765-43-004)").get(r.visitPick("pr", 3)))
        .col("Montant remboursé", OTHER, r -> String.format(Locale.ROOT, "%d,%02d €",
            10 + r.visitPick("m", 400), r.visitPick("c", 100)))
        .col("Ticket modérateur", OTHER, r -> String.format(Locale.ROOT, "%d,%02d €",
            1 + r.visitPick("t", 30), r.visitPick("u", 100)))
        .col("Tiers payant", OTHER, r -> r.visitPick("tp", 3) == 0 ? "O" : "N");
  }

  // ------------------------------------------------------------------------------- Germany

  private static CsvLayout gynaecologyPracticeDe() {
    return CsvLayout.of("de-frauenarzt-krebsfrueherkennung-export", DE).delimiter(';')
        .windows1252().dates("dd.MM.yyyy").women().ages(22, 65).people(70).rows(1, 3)
        .col("Pat.-Nr.", RECORD_ID, r -> r.p().recordNumber())
        .col("Name", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.-Datum", BIRTH_DATE, Row::birth)
        .col("Versichertennr.", NATIONAL_ID, r -> r.p().nationalId()).blank(10)
        .col("Kostenträger", OTHER, r -> List.of("AOK Bayern", "TK", "BARMER", "DAK-Gesundheit")
            .get(r.stable("kt", 4)))
        .col("Datum", CLINICAL_DATE, Row::when)
        .col("Leistung", TEST_TYPE, r -> ageAt(r) < 35 ? "Zytologie (jährlich)"
            : "Ko-Test (Zytologie + HPV)")
        // Under 35 the cytology is read every year, HPV or not; a negative HPV means Pap I here.
        .graded("Zytologie", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().papMunich(), r.s().papMunichGrade())
            : r.s().hpv() == Hpv.UNSATISFACTORY ? new Cell("Pap 0", UNSATISFACTORY)
            : new Cell("Pap I", NORMAL))
        .graded("HPV", TEST_RESULT, r -> ageAt(r) < 35 ? Cell.of("")
            : new Cell(r.s().hpvGerman(r.rng()), r.s().hpvGrade()))
        .col("Procedere", PROCEDURE, r -> {
          if (r.s().hpv() == Hpv.UNSATISFACTORY || r.s().pap().equals("0")) {
            return "Wiederholung in 3 Mon.";
          }
          if (!r.s().hasCytology() || r.s().pap().equals("1")) {
            return ageAt(r) < 35 ? "Kontrolle in 12 Mon." : "nächster Ko-Test in 3 J.";
          }
          return "Abklärungskolposkopie";
        })
        .col("Arzt", PROVIDER, r -> List.of("Dr. med. S. Hoffmann (LANR 123456701)",
            "Dr. med. K. Braun (LANR 234567801)").get(r.stable("arzt", 2)))
        .col("Bemerkung", FREE_TEXT, r -> List.of("Pat. informiert", "Befund per Post",
            "Rückruf erbeten").get(r.visitPick("bem", 3))).blank(50);
  }

  // ------------------------------------------------------------------------------- France

  private static String spacedNir(String nir) {
    return nir.length() != 15 ? nir : nir.charAt(0) + " " + nir.substring(1, 3) + " "
        + nir.substring(3, 5) + " " + nir.substring(5, 7) + " " + nir.substring(7, 10) + " "
        + nir.substring(10, 13) + " " + nir.substring(13);
  }

  private static CsvLayout screeningLabFr() {
    return CsvLayout.of("fr-laboratoire-depistage-ccu-resultats", FR).delimiter(';')
        .windows1252().dates("dd/MM/yyyy").women().ages(25, 65).people(70).rows(1, 2)
        .col("N° dossier", RECORD_ID, r -> r.p().recordNumber())
        .col("NIR", NATIONAL_ID, r -> r.visitPick("sp", 2) == 0 ? spacedNir(r.p().nationalId())
            : r.p().nationalId())
        .col("Nom de naissance", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden()).toUpperCase(Locale.ROOT))
        .col("Nom d'usage", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? ""
            : r.p().family().toUpperCase(Locale.ROOT))
        .col("Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Date de naissance", BIRTH_DATE, Row::birth)
        .col("Code postal", POSTCODE, r -> r.p().postcode())
        .col("Ville", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("Date de prélèvement", CLINICAL_DATE, Row::when)
        .col("Examen", TEST_TYPE, r -> ageAt(r) < 30 ? "Examen cytologique (frottis)"
            : "Test HPV-HR (+ cytologie réflexe)")
        .graded("Résultat HPV", TEST_RESULT, r -> ageAt(r) < 30 ? Cell.of("")
            : new Cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade()))
        // Under 30 the smear is read first; over 30 only an HPV-positive sample is.
        .graded("Cytologie", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade())
            : ageAt(r) >= 30 ? Cell.of("")
            : r.s().hpv() == Hpv.UNSATISFACTORY ? new Cell("Frottis non interprétable",
                UNSATISFACTORY) : new Cell("NILM", NORMAL))
        .col("Conduite à tenir", PROCEDURE, r -> {
          if (r.s().hpv() == Hpv.UNSATISFACTORY || r.s().pap().equals("0")) {
            return "Nouveau prélèvement dans 3 mois";
          }
          if (!r.s().hasCytology()) {
            return ageAt(r) < 30 ? "Frottis à 3 ans" : "Test HPV à 5 ans";
          }
          return r.s().pap().equals("1") ? "Test HPV à 1 an" : "Colposcopie";
        })
        .col("Médecin prescripteur", PROVIDER, r -> List.of("Dr Martin Sophie", "Dr Bernard Luc",
            "Sage-femme Petit Claire").get(r.stable("med", 3)));
  }

  // ------------------------------------------------------------------------------- Ireland

  private static CsvLayout sampleLogIe() {
    return CsvLayout.of("ie-gp-cervicalcheck-sample-log", IE).bom().dates("dd/MM/yyyy").women()
        .ages(25, 65).people(65).rows(1, 2)
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId()).blank(15)
        .col("Surname", FAMILY_NAME, r -> r.p().family())
        .col("First name", GIVEN_NAME, r -> r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Address", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().city())
        .col("Eircode", POSTCODE, r -> r.p().postcode())
        .col("Date taken", CLINICAL_DATE, Row::when)
        // CervicalCheck's letters say whether HPV was found; practices copy that wording.
        .graded("HPV result", TEST_RESULT, r -> new Cell(switch (r.s().hpv()) {
          case NEGATIVE -> List.of("HPV not found", "HPV not detected").get(r.visitPick("n", 2));
          case POSITIVE -> r.visitPick("p", 2) == 0 ? "HPV found" : "HPV detected ("
              + (r.s().genotype().equals("other") ? "other high-risk" : "type " + r.s().genotype())
              + ")";
          case UNSATISFACTORY -> List.of("Inadequate", "Unsatisfactory sample")
              .get(r.visitPick("u", 2));
        }, r.s().hpvGrade()))
        .graded("Cytology", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesda(r.rng()), r.s().papGrade()) : Cell.of(""))
        .col("Next step", PROCEDURE, r -> switch (r.s().hpv()) {
          case NEGATIVE -> ageAt(r) < 30 ? "Routine recall 3 years" : "Routine recall 5 years";
          case UNSATISFACTORY -> "Repeat in 3 months";
          case POSITIVE -> r.s().pap().equals("1") ? "Repeat HPV test in 12 months"
              : "Referred to colposcopy";
        })
        .col("Colposcopy clinic", PROVIDER, r -> r.s().hpv() == Hpv.POSITIVE
            && !r.s().pap().equals("1") ? List.of("Coombe Hospital", "Cork University Maternity "
            + "Hospital", "University Hospital Galway").get(r.stable("clinic", 3)) : "")
        .col("Smeartaker", PROVIDER, r -> List.of("Nurse M. Byrne", "Dr. C. Walsh")
            .get(r.visitPick("st", 2)));
  }
}
