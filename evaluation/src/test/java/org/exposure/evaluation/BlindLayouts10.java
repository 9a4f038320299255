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

import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.evaluation.Screening.Hpv;
import org.exposure.model.ResultGrade;

/**
 * The tenth blind part of the corpus (issue 17): twelve CSV layouts in the issue's own domain, the
 * extracts a DPO receives after a breach at a lab, a screening programme, a hospital, a GP practice
 * or a health insurer, written by someone who read neither the classifier's code nor any figure of
 * any part. Its truth comes from the generator, {@code docs/evaluation.md}'s labelling guides
 * (types and grades) and DESIGN.md's type definitions. It is sealed: run it once, then read this
 * Javadoc. {@link Corpus} does not write these layouts.
 *
 * <h2>The layouts</h2>
 *
 * <ol>
 *   <li>{@code nl-pathologielab-cervixscreening-export} (NL): a screening lab's result export after
 *       the NVVP cervical-cytology guideline, one row per result (the hrHPV test, and the reflex
 *       cytology on the same sample): sample number, BSN on most rows, family name with its prefix
 *       behind it, initials, birth date, postcode and house number, sampling date, the test, the
 *       result in Dutch (hrHPV with genotype, Pap class), the KOPAC-B code on cytology rows, the
 *       lab's advice, the requesting GP's AGB code; {@code ;}, Windows-1252, CRLF, {@code
 *       dd-MM-yyyy}.
 *   <li>{@code nl-huisarts-journaalregels-bmhk} (NL): a GP information system's journal lines: the
 *       practice's patient number (with or without its {@code P}), BSN on some, {@code Berg, M.J.
 *       van der}, birth date as {@code yyyyMMdd}, the consultation date, the episode title, the
 *       measurement code and the smear's combined HPV and cytology cell on the first visit of women
 *       in the programme, the SOEP line kind, the journal text, the GP; TAB, UTF-8.
 *   <li>{@code nl-zorgverzekeraar-declaratieregels-lab} (NL): a health insurer's claim lines for
 *       laboratory tests: claim number, member number, BSN, insured person's name, birth date, PC4,
 *       treatment date, the service code and its description (which test), the provider's AGB,
 *       amounts claimed and paid, status; {@code ;}, {@code yyyy-MM-dd}, amounts with decimal
 *       commas, no results.
 *   <li>{@code nl-screeningsorganisatie-zas-uitnodigingen} (NL): a screening organisation's
 *       invitations and self-sampling kits: client number, BSN, salutation, initials, prefix and
 *       family name apart, street, house number and its addition apart, postcode, town, invitation
 *       date, kit requested, kit received date, the hrHPV outcome (with cytology where a GP smear
 *       followed) blank while awaited, the follow-up; {@code ,}, every cell quoted, {@code
 *       d-M-yyyy}.
 *   <li>{@code us-reference-lab-hl7-oru-flat} (US): a reference lab's HL7 v2 ORU results flattened
 *       one OBX per row, headers the segment fields ({@code PID-5 Patient Name}, {@code OBX-5
 *       Observation Value}): MRN, {@code DOE^JANE^M}, DOB and collection time in HL7's compact
 *       forms, sex, the whole address in HL7's components, SSN on some, the ordering NPI with its
 *       name, LOINC code with its name, the value (SNOMED result with display, Bethesda text),
 *       result status; {@code |}, {@code yyyyMMdd}.
 *   <li>{@code us-health-plan-professional-claims} (US): a health plan's professional claim lines
 *       in snake_case: claim and member ids, subscriber name, birth date, gender, ZIP, service
 *       date, rendering NPI, CPT (which test), the ICD-10-CM code that states the smear's finding
 *       ({@code R87.612}) or the screening encounter ({@code Z12.4}), billed amount, paid amount,
 *       place of service; {@code MM/dd/yyyy}.
 *   <li>{@code uk-gp-surgery-smear-recall-search-export} (UK): a GP practice's clinical-system
 *       search of women due or overdue: NHS number with its spaces, surname, forenames, DOB as
 *       {@code dd-MMM-yyyy}, postcode, mobile, usual GP, the last screening date, its result in NHS
 *       wording (HPV with cytology), the recall code, the next due date; CRLF.
 *   <li>{@code uk-hospital-colposcopy-clinic-list} (UK): a hospital colposcopy clinic list:
 *       hospital number, NHS number (spaces on some rows only), {@code SURNAME, Forename}, DOB,
 *       referral date, the referral reason (the screening result that sent her, or a symptom),
 *       priority, clinic date, clinic, consultant, colposcopic impression, biopsy taken, histology,
 *       outcome; {@code dd/MM/yyyy}.
 *   <li>{@code be-labo-pathologie-baarmoederhals} (BE): a Flemish pathology lab's cervical export
 *       for the regional screening centre: national number in its dotted form, family name, given
 *       name, birth date, sex {@code V}, postcode, municipality, sample number, sampling date, the
 *       requesting doctor with a RIZIV number, test, cytology in Bethesda terms, hrHPV with
 *       genotyping in Dutch; {@code ;}, UTF-8 with BOM, {@code dd/MM/yyyy}.
 *   <li>{@code de-labor-zytologie-befundliste} (DE): a cytology lab's findings list under the
 *       cervical-cancer screening directive (cytology from 20, co-test from 35): order number,
 *       {@code Müller, Anna}, birth date, KVNR, sickness fund, sending practice with LANR, sampling
 *       date, the examination, cytology in the Munich nomenclature III, HPV-HR for co-tests, the
 *       recommendation; {@code ;}, Windows-1252, CRLF, {@code dd.MM.yyyy}.
 *   <li>{@code fr-crcdc-ccu-fichier-relances-suivi} (FR): a regional screening coordination
 *       centre's (CRCDC) cervical follow-up file, upper-case headers: file number, NIR with its
 *       spaces, birth and usage names, first name, birth date, address, postcode, town, sampling
 *       date, the test done (HPV-HR from 30, cytology before or as triage), HPV and cytology in
 *       French wording ({@code Non réalisé} where not done), what to do next, the sampler;
 *       {@code ;}, Windows-1252, CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code ie-gp-practice-cervicalcheck-tracker} (IE): a practice nurse's spreadsheet of
 *       CervicalCheck tests taken: patient name, PPSN, DOB as {@code dd/MM/yy}, mobile, Eircode,
 *       date taken, the result as the programme's letters word it, the recommendation, the
 *       smeartaker, whether the result letter was checked; {@code ,}.
 * </ol>
 *
 * <h2>Labelling decisions the guide did not name</h2>
 *
 * Each was taken from DESIGN.md's definitions and the guide's nearest row, never from the
 * classifier:
 *
 * <ul>
 *   <li>A KOPAC-B code is graded by what its P digit says (P1 normal, P4 low, P5-P7 high, P9
 *       cancer); it is left blank where the Pap class is 0 (no code is assigned to an unreadable
 *       smear here).
 *   <li>An advice, a recall code, a follow-up or an outcome ({@code Verwijzing gynaecoloog}, {@code
 *       Repeat in 12 months}) is care planned: PROCEDURE, grading nothing.
 *   <li>The insurer's claim number and member number INSURANCE_ID; amounts, status and place of
 *       service OTHER; a service code with its description TEST_TYPE (which test was billed). PC4
 *       POSTCODE.
 *   <li>An ICD-10-CM code on a claim DIAGNOSIS: {@code R87.610}/{@code R87.612} low grade, {@code
 *       R87.611}/{@code R87.613} high grade, {@code R87.615} UNSATISFACTORY, {@code R87.810} (high-
 *       risk HPV positive) low grade, {@code C53.9} CANCER, the screening encounter {@code Z12.4}
 *       UNGRADED (a reason for the encounter, no finding).
 *   <li>The colposcopy referral reason is the reason for an encounter: DIAGNOSIS, graded by the
 *       result it states; a symptom reason ({@code Post-coital bleeding}) UNGRADED. Colposcopic
 *       impression TEST_RESULT, graded as the guide's row; histology DIAGNOSIS, graded as the
 *       guide's histology rows; biopsy and outcome PROCEDURE; priority and clinic OTHER.
 *   <li>The GP journal's episode title DIAGNOSIS (as drawn, mostly UNGRADED; the prevention episode
 *       UNGRADED); the SOEP line kind OTHER; the journal text FREE_TEXT, stating no result.
 *   <li>Salutation, kit requested, the letter-checked flag, an HL7 result status, the sickness
 *       fund and the billed and paid amounts OTHER; the kit-received date CLINICAL_DATE (a
 *       sample's date); a house-number addition HOUSE_NUMBER.
 *   <li>{@code Non réalisé} in a result column is a placeholder: it grades nothing.
 *   <li>In the German list a co-test's cytology is written for every sample (Pap I where the draw
 *       holds no cytology, graded NORMAL); under 35 the HPV cell is blank.
 *   <li>Every layout holds women only, so no man's row shows a cervical finding.
 * </ul>
 */
final class BlindLayouts10 {
  private BlindLayouts10() {}

  static List<CsvLayout> all() {
    return List.of(pathologyLabNl(), gpJournalNl(), insurerClaimsNl(), selfSamplingNl(),
        hl7FlatUs(), claimsUs(), gpSearchUk(), colposcopyUk(), pathologyLabBe(), cytologyLabDe(),
        coordinationCentreFr(), practiceTrackerIe());
  }

  // ------------------------------------------------------------------------------- shared

  /** The grade a KOPAC-B code reads as by its P digit (third position). */
  static ResultGrade kopacGrade(String code) {
    return switch (code.charAt(2)) {
      case '1', '2', '3' -> NORMAL;
      case '4' -> ABNORMAL_LOW_GRADE;
      case '5', '6', '7', '8' -> ABNORMAL_HIGH_GRADE;
      case '9' -> CANCER;
      default -> throw new IllegalArgumentException("no P axis: " + code);
    };
  }

  /** A grouped national number written with separators, as a form or a letter shows it. */
  static String spaced(String digits, int... groups) {
    StringBuilder s = new StringBuilder();
    int at = 0;
    for (int g : groups) {
      if (at > 0) {
        s.append(' ');
      }
      s.append(digits, at, Math.min(digits.length(), at + g));
      at += g;
    }
    return at < digits.length() ? s.append(' ').append(digits.substring(at)).toString()
        : s.toString();
  }

  /** Whether the visit's smear shows abnormal cytology (Pap 2 or worse). */
  private static boolean abnormalCytology(Screening s) {
    return s.hasCytology() && !s.pap().equals("0") && !s.pap().equals("1");
  }

  // ------------------------------------------------------------------------------- The Netherlands

  private static CsvLayout pathologyLabNl() {
    return CsvLayout.of("nl-pathologielab-cervixscreening-export", NL).delimiter(';')
        .windows1252().dates("dd-MM-yyyy").women().people(85).ages(30, 60).rows(1, 2)
        .onePerResult().byDate()
        .col("Monsternummer", RECORD_ID, r -> r.part() == Part.CYTOLOGY ? r.sample() + "-C"
            : r.sample())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(12)
        .col("Achternaam", FAMILY_NAME, r -> r.p().prefix().isEmpty() ? r.p().family()
            : r.p().family() + ", " + r.p().prefix())
        .col("Vrl", INITIALS, r -> r.p().initials())
        .col("Geb.datum", BIRTH_DATE, Row::birth)
        .col("PC", POSTCODE, r -> r.p().postcode().replace(" ", ""))
        .col("Hnr", HOUSE_NUMBER, r -> r.p().houseNumber() + r.p().houseSuffix())
        .col("Afnamedatum", CLINICAL_DATE, Row::when)
        .col("Verrichting", TEST_TYPE, r -> r.part() == Part.CYTOLOGY
            ? "Cervixcytologie (reflex)" : "hrHPV-test BVO")
        .graded("Uitslag", TEST_RESULT, r -> r.part() == Part.CYTOLOGY
            ? new Cell(r.s().papDutch(r.rng()), r.s().papGrade())
            : new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade()))
        .graded("KOPAC-B", TEST_RESULT, r -> {
          if (r.part() != Part.CYTOLOGY || r.s().pap().equals("0")) {
            return Cell.of("");
          }
          String code = r.s().kopac(r.rng());
          // Some labs print the axes with their letters, others the six digits alone.
          String text = r.visitPick("kopac", 2) == 0 ? code
              : String.format(Locale.ROOT, "K%c O%c P%c A%c C%c B%c", code.charAt(0),
                  code.charAt(1), code.charAt(2), code.charAt(3), code.charAt(4), code.charAt(5));
          return new Cell(text, kopacGrade(code));
        })
        .col("Advies", PROCEDURE, r -> adviceNl(r.s()))
        .col("Aanvrager AGB", PROVIDER, r -> String.format(Locale.ROOT, "01%06d",
            r.stable("agb", 1_000_000)));
  }

  /** The screening lab's advice to the woman and her GP, after the programme's algorithm. */
  private static String adviceNl(Screening s) {
    if (s.hpv() == Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "Nieuw uitstrijkje binnen 6 weken";
    }
    if (s.hpv() == Hpv.NEGATIVE) {
      return "Terug naar bevolkingsonderzoek";
    }
    return abnormalCytology(s) ? "Verwijzing gynaecoloog" : "Controle-uitstrijkje na 6 maanden";
  }

  private static CsvLayout gpJournalNl() {
    return CsvLayout.of("nl-huisarts-journaalregels-bmhk", NL).delimiter('\t')
        .dates("yyyyMMdd").women().people(80).ages(30, 64).rows(1, 4).byDate()
        .col("Patiëntnummer", RECORD_ID, r -> (r.visitPick("p", 3) == 0 ? "P" : "")
            + r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(45)
        .col("Naam", PERSON_NAME, r -> r.p().family() + ", " + r.p().initials()
            + (r.p().prefix().isEmpty() ? "" : " " + r.p().prefix()))
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Contactdatum", CLINICAL_DATE, Row::when)
        .graded("Episode", DIAGNOSIS, r -> smearVisit(r)
            ? new Cell("Preventie baarmoederhalskanker", UNGRADED)
            : new Cell(r.dx().dutch(), r.dx().grade()))
        .col("Regel", OTHER, r -> smearVisit(r) ? "O" : List.of("S", "E", "P")
            .get(r.visitPick("soep", 3)))
        .col("Bepalingcode", TEST_TYPE, r -> smearVisit(r) ? "BMHK" : "")
        .graded("Uitslag", TEST_RESULT, r -> smearVisit(r)
            ? new Cell(r.s().combinedDutch(r.rng()), r.s().grade()) : Cell.of(""))
        .col("Journaaltekst", FREE_TEXT, r -> smearVisit(r)
            ? List.of("Uitstrijkje gemaakt i.h.k.v. BVO, materiaal naar lab.",
                "Uitslag BVO ontvangen, pt. telefonisch ingelicht.",
                "Cervixuitstrijkje afgenomen, pt. krijgt bericht van screeningsorganisatie.")
                .get(r.visitPick("txt", 3))
            : List.of("Klachten sinds enkele weken, uitleg gegeven.",
                "Controle afgesproken over 2 weken.", "Recept meegegeven, bij aanhouden terug.",
                "Telefonisch consult, geen bijzonderheden.").get(r.visitPick("txt", 4)))
        .col("Huisarts", PROVIDER, r -> List.of("dr. H. Visser", "J.P. Bakker, huisarts",
            "dr. S. Mulder").get(r.stable("gp", 3)));
  }

  /** A GP's smear in the programme: the first visit of four in five women. */
  private static boolean smearVisit(Row r) {
    return r.visit() == 0 && r.stable("bvo", 5) < 4;
  }

  private static CsvLayout insurerClaimsNl() {
    return CsvLayout.of("nl-zorgverzekeraar-declaratieregels-lab", NL).delimiter(';')
        .dates("yyyy-MM-dd").women().people(75).ages(25, 70).rows(1, 4)
        .col("Declaratienummer", INSURANCE_ID, r -> "D" + r.date().getYear()
            + r.sample().substring(1))
        .col("Verzekerdennummer", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam verzekerde", PERSON_NAME, r -> r.p().initials() + " " + r.p().fullFamily())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("PC4", POSTCODE, r -> r.p().postcode().substring(0, 4))
        .col("Behandeldatum", CLINICAL_DATE, Row::when)
        .col("Prestatiecode", TEST_TYPE, r -> labCodeNl(r)[0])
        .col("Omschrijving prestatie", TEST_TYPE, r -> labCodeNl(r)[1])
        .col("AGB zorgaanbieder", PROVIDER, r -> List.of("26005711", "26003450", "26012219")
            .get(r.visitPick("lab", 3)))
        .col("Gedeclareerd", OTHER, r -> String.format(Locale.ROOT, "%d,%02d",
            8 + r.visitPick("eur", 60), r.visitPick("ct", 100)))
        .col("Toegekend", OTHER, r -> String.format(Locale.ROOT, "%d,%02d",
            8 + r.visitPick("eur", 60), r.visitPick("ct", 100)))
        .col("Status", OTHER, r -> List.of("Toegewezen", "Toegewezen", "Afgewezen",
            "In behandeling").get(r.visitPick("st", 4)));
  }

  /** A lab test's claim code and description, drawn per claim line. */
  private static String[] labCodeNl(Row r) {
    return switch (r.visitPick("code", 5)) {
      case 0 -> new String[] {"073512", "hrHPV-bepaling"};
      case 1 -> new String[] {"073513", "Cervixcytologie"};
      case 2 -> new String[] {"070412", "HbA1c"};
      case 3 -> new String[] {"070001", "Bloedbeeld"};
      default -> new String[] {"075220", "Chlamydia trachomatis PCR"};
    };
  }

  private static CsvLayout selfSamplingNl() {
    return CsvLayout.of("nl-screeningsorganisatie-zas-uitnodigingen", NL).quoteAll()
        .dates("d-M-yyyy").women().people(110).ages(30, 60).rows(1, 2)
        .col("Clientnummer", RECORD_ID, r -> "C" + r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Aanhef", OTHER, r -> "Mevrouw")
        .col("Voorletters", INITIALS, r -> r.p().initials().replace(".", ""))
        .col("Tussenvoegsel", FAMILY_NAME, r -> r.p().prefix())
        .col("Achternaam", FAMILY_NAME, r -> r.p().family())
        .col("Straat", STREET_ADDRESS, r -> r.p().street())
        .col("Huisnummer", HOUSE_NUMBER, r -> String.valueOf(r.p().houseNumber()))
        .col("Toevoeging", HOUSE_NUMBER, r -> r.p().houseSuffix())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Woonplaats", CITY, r -> r.p().city())
        .col("Uitnodigingsdatum", CLINICAL_DATE, Row::when)
        .col("ZAS aangevraagd", OTHER, r -> kitRequested(r) ? "J" : "N")
        .col("Datum ZAS ontvangen", CLINICAL_DATE, r -> kitRequested(r) && !awaited(r)
            ? r.fmt(r.date().plusDays(12 + r.visitPick("recv", 20))) : "")
        .graded("Uitslag", TEST_RESULT, r -> awaited(r) ? Cell.of("")
            : new Cell(r.s().hpv() == Hpv.POSITIVE && kitRequested(r)
                // A positive self-sample has no cells: the GP's smear follows for cytology.
                ? r.s().hpvDutch(r.rng()) + (r.s().hasCytology()
                    ? ", vervolg-uitstrijkje Pap " + r.s().pap() : "")
                : r.s().combinedDutch(r.rng()), r.s().grade()))
        .col("Vervolg", PROCEDURE, r -> awaited(r) ? "" : adviceNl(r.s()));
  }

  private static boolean kitRequested(Row r) {
    return r.visitPick("zas", 3) == 0;
  }

  /** An invitation whose result has not come back yet (or that was not answered). */
  private static boolean awaited(Row r) {
    return r.visitPick("wait", 6) == 0;
  }

  // ------------------------------------------------------------------------------- United States

  private static CsvLayout hl7FlatUs() {
    return CsvLayout.of("us-reference-lab-hl7-oru-flat", US).delimiter('|').dates("yyyyMMdd")
        .women().people(85).ages(21, 65).rows(1, 2).onePerResult().byDate()
        .col("PID-3 Patient ID", RECORD_ID, r -> r.p().recordNumber() + "^^^MRN")
        .col("PID-5 Patient Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT)
            + "^" + r.p().given().toUpperCase(Locale.ROOT)
            + (r.p().middle().isEmpty() ? "" : "^" + r.p().middle().charAt(0)))
        .col("PID-7 Date of Birth", BIRTH_DATE, Row::birth)
        .col("PID-8 Sex", SEX, r -> "F")
        .col("PID-11 Patient Address", STREET_ADDRESS, r -> r.p().streetLine() + "^^"
            + r.p().city() + "^" + r.p().region() + "^" + r.p().postcode())
        .col("PID-19 SSN", NATIONAL_ID, r -> r.p().nationalId().replace("-", "")).blank(60)
        .col("OBR-7 Observation Date/Time", CLINICAL_DATE, r -> r.when()
            + r.clock("obr").replace(":", ""))
        .col("OBR-16 Ordering Provider", PROVIDER, r -> List.of(
            "1457382913^NGUYEN^LINDA^^^MD", "1093817264^PATEL^RAVI^^^MD",
            "1841296035^OKAFOR^GRACE^^^NP").get(r.stable("npi", 3)))
        .col("OBX-3 Observation Identifier", TEST_TYPE, r -> r.part() == Part.CYTOLOGY
            ? "19762-4^General categories Cvx/Vag Cyto^LN"
            : "59420-0^HPV HR DNA Cervix Ql Probe^LN")
        .graded("OBX-5 Observation Value", TEST_RESULT, r -> r.part() == Part.CYTOLOGY
            ? new Cell(r.s().bethesda(r.rng()), r.s().papGrade())
            : new Cell(switch (r.s().hpv()) {
              case NEGATIVE -> "260415000^Not detected^SCT";
              case POSITIVE -> "260373001^Detected^SCT";
              case UNSATISFACTORY -> "125154007^Specimen unsatisfactory for evaluation^SCT";
            }, r.s().hpvGrade()))
        .col("OBX-11 Result Status", OTHER, r -> r.visitPick("st", 10) == 0 ? "C" : "F");
  }

  private static CsvLayout claimsUs() {
    return CsvLayout.of("us-health-plan-professional-claims", US).dates("MM/dd/yyyy").women()
        .people(80).ages(21, 65).rows(1, 3)
        .col("claim_id", INSURANCE_ID, r -> "CLM" + r.sample().substring(1) + r.visit())
        .col("member_id", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("subscriber_name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given().toUpperCase(Locale.ROOT))
        .col("patient_dob", BIRTH_DATE, Row::birth)
        .col("patient_gender", SEX, r -> "F")
        .col("patient_zip", POSTCODE, r -> r.p().postcode())
        .col("service_from_date", CLINICAL_DATE, Row::when)
        .col("rendering_npi", PROVIDER, r -> List.of("1306849450", "1770654394", "1528061736")
            .get(r.stable("npi", 3)))
        .col("cpt_code", TEST_TYPE, r -> r.visitPick("cpt", 2) == 0 ? "87624" : "88175")
        .graded("dx_code_1", DIAGNOSIS, r -> claimDx(r.s()))
        .col("billed_amt", OTHER, r -> String.format(Locale.ROOT, "%d.%02d",
            40 + r.visitPick("amt", 120), r.visitPick("c", 100)))
        .col("paid_amt", OTHER, r -> String.format(Locale.ROOT, "%d.%02d",
            20 + r.visitPick("paid", 60), r.visitPick("pc", 100)))
        .col("place_of_service", OTHER, r -> r.visitPick("pos", 3) == 0 ? "81" : "11");
  }

  /** The ICD-10-CM code a claim for the visit's smear carries, graded by the finding it states. */
  private static Cell claimDx(Screening s) {
    if (s.hpv() == Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return new Cell("R87.615", UNSATISFACTORY);
    }
    if (s.hpv() == Hpv.NEGATIVE) {
      return new Cell("Z12.4", UNGRADED);
    }
    return switch (s.pap()) {
      case "2" -> new Cell("R87.610", ABNORMAL_LOW_GRADE);
      case "3a1" -> new Cell("R87.612", ABNORMAL_LOW_GRADE);
      case "3a2" -> new Cell("R87.611", ABNORMAL_HIGH_GRADE);
      case "3b", "4" -> new Cell("R87.613", ABNORMAL_HIGH_GRADE);
      case "5" -> new Cell("C53.9", CANCER);
      default -> new Cell("R87.810", ABNORMAL_LOW_GRADE);
    };
  }

  // ------------------------------------------------------------------------------- United Kingdom

  private static CsvLayout gpSearchUk() {
    return CsvLayout.of("uk-gp-surgery-smear-recall-search-export", UK).crlf()
        .dates("dd-MMM-yyyy").women().people(90).ages(25, 64).rows(1, 2)
        .col("NHS Number", NATIONAL_ID, r -> spaced(r.p().nationalId(), 3, 3, 4))
        .col("Surname", FAMILY_NAME, r -> r.p().family())
        .col("Forenames", GIVEN_NAME, r -> r.p().middle().isEmpty() ? r.p().given()
            : r.p().given() + " " + r.p().middle())
        .col("Date of Birth", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Mobile Telephone", PHONE, r -> r.p().phone()).blank(15)
        .col("Usual GP", PROVIDER, r -> List.of("Dr A Khan", "Dr S Hughes", "Dr P Osei")
            .get(r.stable("gp", 3)))
        .col("Cervical Screening Date", CLINICAL_DATE, Row::when)
        .graded("Cervical Screening Result", TEST_RESULT, r -> new Cell(
            r.s().hasCytology() ? r.s().hpvEnglish(r.rng()) + ", cytology: "
                + r.s().nhsCytology(r.rng()) : r.s().hpvEnglish(r.rng()), r.s().grade()))
        .col("Recall", PROCEDURE, r -> switch (r.s().hpv()) {
          case NEGATIVE -> "Routine recall";
          case UNSATISFACTORY -> "Repeat in 3 months";
          case POSITIVE -> abnormalCytology(r.s()) || r.s().pap().equals("0")
              ? "Refer to colposcopy" : "Repeat in 12 months";
        })
        .col("Next Due Date", CLINICAL_DATE, r -> r.fmt(r.date().plusYears(
            r.s().hpv() == Hpv.NEGATIVE ? (r.p().birthDate().getYear() < 1975 ? 5 : 3) : 1)));
  }

  private static CsvLayout colposcopyUk() {
    return CsvLayout.of("uk-hospital-colposcopy-clinic-list", UK).dates("dd/MM/yyyy").women()
        .people(70).ages(25, 64).rows(1, 3)
        .col("Hosp No", RECORD_ID, r -> "RX" + r.p().recordNumber())
        .col("NHS No", NATIONAL_ID, r -> r.visitPick("nhs", 2) == 0
            ? spaced(r.p().nationalId(), 3, 3, 4) : r.p().nationalId())
        .col("Patient", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Referral Date", CLINICAL_DATE, r -> r.fmt(r.date().minusDays(
            14 + r.visitPick("ref", 30))))
        .graded("Referral Reason", DIAGNOSIS, r -> referralUk(r))
        .col("Priority", OTHER, r -> r.s().papGrade().compareTo(ABNORMAL_HIGH_GRADE) >= 0
            ? "2WW" : "Routine")
        .col("Appt Date", CLINICAL_DATE, Row::when)
        .col("Clinic", OTHER, r -> List.of("COLP-AM Women's Unit", "COLP-PM Outpatients B")
            .get(r.visitPick("clinic", 2)))
        .col("Consultant", PROVIDER, r -> List.of("Miss R Patel", "Mr J Fraser", "Dr E Lowe")
            .get(r.stable("cons", 3)))
        .graded("Colp Impression", TEST_RESULT, r -> impressionUk(r))
        .col("Biopsy", PROCEDURE, r -> biopsied(r) ? "Punch biopsy x2" : "None")
        .graded("Histology", DIAGNOSIS, r -> biopsied(r)
            ? new Cell(r.histology().english, r.histology().grade) : Cell.of(""))
        .col("Outcome", PROCEDURE, r -> biopsied(r) && r.histology().grade.compareTo(
            ABNORMAL_HIGH_GRADE) >= 0 ? "LLETZ listed" : biopsied(r)
            ? "Colposcopy in 12 months" : "Discharge to routine recall");
  }

  /** Why she was sent to the clinic: her screening result, or a symptom. */
  private static Cell referralUk(Row r) {
    Screening s = r.s();
    if (abnormalCytology(s)) {
      return new Cell("HPV positive / " + s.nhsCytology(r.rng()), s.grade());
    }
    return switch (s.hpv()) {
      case POSITIVE -> new Cell("HPV positive x3, cytology negative", ABNORMAL_LOW_GRADE);
      case UNSATISFACTORY -> new Cell("Inadequate x3", UNSATISFACTORY);
      case NEGATIVE -> new Cell(List.of("Post-coital bleeding", "Abnormal looking cervix",
          "Intermenstrual bleeding").get(r.visitPick("sym", 3)), UNGRADED);
    };
  }

  private static boolean biopsied(Row r) {
    return impressionUk(r).grade().compareTo(ABNORMAL_LOW_GRADE) >= 0;
  }

  /** The colposcopist's impression, following the smear that sent her. */
  private static Cell impressionUk(Row r) {
    return switch (r.s().papGrade()) {
      case ABNORMAL_LOW_GRADE -> new Cell("Low grade", ABNORMAL_LOW_GRADE);
      case ABNORMAL_HIGH_GRADE -> new Cell("High grade", ABNORMAL_HIGH_GRADE);
      case CANCER -> new Cell("Suspected invasion", CANCER);
      default -> new Cell("Normal", NORMAL);
    };
  }

  // ------------------------------------------------------------------------------- Belgium

  private static CsvLayout pathologyLabBe() {
    return CsvLayout.of("be-labo-pathologie-baarmoederhals", BE).delimiter(';').bom()
        .dates("dd/MM/yyyy").women().people(90).ages(25, 64).rows(1, 3)
        .col("Rijksregisternr", NATIONAL_ID, r -> belgianDotted(r.p().nationalId()))
        .col("Familienaam", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> "V")
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Gemeente", CITY, r -> r.p().city())
        .col("Staalnr", RECORD_ID, r -> "C" + r.date().getYear() % 100 + "-"
            + r.sample().substring(1))
        .col("Datum afname", CLINICAL_DATE, Row::when)
        .col("Aanvrager", PROVIDER, r -> List.of("Dr. K. Peeters (RIZIV 1-23456-25-004)",
            "Dr. L. Janssens (RIZIV 1-48213-03-003)", "Dr. A. Maes (RIZIV 1-90172-45-004)")
            .get(r.stable("doc", 3)))
        .col("Onderzoek", TEST_TYPE, r -> r.s().hasCytology() ? "hrHPV + reflexcytologie"
            : "hrHPV primaire screening")
        .graded("Cytologie (Bethesda 2014)", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesda(r.rng()), r.s().papGrade()) : Cell.of(""))
        .graded("hrHPV", TEST_RESULT, r -> new Cell(switch (r.s().hpv()) {
          case NEGATIVE -> "negatief";
          case UNSATISFACTORY -> "niet interpreteerbaar";
          case POSITIVE -> "positief: " + switch (r.s().genotype()) {
            case "16" -> "HPV16";
            case "18" -> "HPV18";
            default -> "andere hoogrisicotypes";
          };
        }, r.s().hpvGrade()));
  }

  /** A Belgian national number in its printed form: {@code yy.mm.dd-nnn.cc}. */
  static String belgianDotted(String n) {
    return n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "-"
        + n.substring(6, 9) + "." + n.substring(9);
  }

  // ------------------------------------------------------------------------------- Germany

  private static CsvLayout cytologyLabDe() {
    return CsvLayout.of("de-labor-zytologie-befundliste", DE).delimiter(';').windows1252()
        .dates("dd.MM.yyyy").women().people(90).ages(20, 65).rows(1, 3)
        .col("Auftragsnr.", RECORD_ID, r -> r.sample().substring(1))
        .col("Name, Vorname", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.-Datum", BIRTH_DATE, Row::birth)
        .col("KVNR", NATIONAL_ID, r -> r.p().nationalId())
        .col("Kostenträger", OTHER, r -> List.of("AOK Bayern", "TK", "BARMER", "DAK-Gesundheit",
            "IKK classic").get(r.stable("kk", 5)))
        .col("Einsender", PROVIDER, r -> List.of("Praxis Dr. med. Weber, LANR 123456601",
            "Frauenarztpraxis Schulz, LANR 987654422", "MVZ Gyn Mitte, LANR 456789903")
            .get(r.stable("einsender", 3)))
        .col("Entnahmedatum", CLINICAL_DATE, Row::when)
        .col("Untersuchung", TEST_TYPE, r -> coTest(r)
            ? "Ko-Test (Zytologie + HPV) Primärscreening ab 35" : "Zytologie Primärscreening")
        .graded("Zytologie (Münchner Nomenklatur III)", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().papMunich(), r.s().papMunichGrade()) : new Cell("Pap I", NORMAL))
        .graded("HPV-HR", TEST_RESULT, r -> coTest(r)
            ? new Cell(r.s().hpvGerman(r.rng()), r.s().hpvGrade()) : Cell.of(""))
        .col("Empfehlung", PROCEDURE, r -> r.s().papMunichGrade().compareTo(ABNORMAL_LOW_GRADE)
            >= 0 ? "Abklärungskolposkopie" : coTest(r) && r.s().hpv() == Hpv.POSITIVE
            ? "Kontrolle in 12 Monaten" : coTest(r) ? "nächste Vorsorge in 3 Jahren"
            : "nächste Vorsorge in 1 Jahr");
  }

  /** From 35 the directive's screening is a co-test; below, cytology alone. */
  private static boolean coTest(Row r) {
    return !r.p().birthDate().plusYears(35).isAfter(r.date());
  }

  // ------------------------------------------------------------------------------- France

  private static CsvLayout coordinationCentreFr() {
    return CsvLayout.of("fr-crcdc-ccu-fichier-relances-suivi", FR).delimiter(';').windows1252()
        .dates("dd/MM/yyyy").women().people(85).ages(25, 65).rows(1, 3)
        .col("N° DOSSIER", RECORD_ID, r -> "CCU-" + r.p().recordNumber())
        .col("NIR", NATIONAL_ID, r -> spaced(r.p().nationalId(), 1, 2, 2, 2, 3, 3))
        .col("NOM DE NAISSANCE", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden()).toUpperCase(Locale.ROOT))
        .col("NOM D'USAGE", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? ""
            : r.p().family().toUpperCase(Locale.ROOT))
        .col("PRENOM", GIVEN_NAME, r -> r.p().given())
        .col("DATE NAISS", BIRTH_DATE, Row::birth)
        .col("ADRESSE", STREET_ADDRESS, r -> r.p().streetLine())
        .col("CP", POSTCODE, r -> r.p().postcode())
        .col("COMMUNE", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("DATE PRELEVEMENT", CLINICAL_DATE, Row::when)
        .col("TEST", TEST_TYPE, r -> hpvAgeFr(r) ? "Test HPV-HR" : "Examen cytologique")
        .graded("RESULTAT HPV", TEST_RESULT, r -> hpvAgeFr(r)
            ? new Cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade()) : Cell.of("Non réalisé"))
        .graded("RESULTAT CYTOLOGIE", TEST_RESULT, r -> cytologyFr(r))
        .col("CONDUITE A TENIR", PROCEDURE, r -> cytologyFr(r).grade().compareTo(
            ABNORMAL_LOW_GRADE) >= 0 ? "Colposcopie" : hpvAgeFr(r) && r.s().hpv() == Hpv.POSITIVE
            ? "Test HPV à 1 an" : hpvAgeFr(r) ? "Dépistage à 5 ans" : "Cytologie à 3 ans")
        .col("PRELEVEUR", PROVIDER, r -> List.of("Dr Martin (gynécologue)",
            "Mme Lefèvre (sage-femme)", "Dr Bernard (médecin généraliste)")
            .get(r.stable("prel", 3)));
  }

  /** From 30 the primary test is HPV-HR; cytology is then done only on a positive sample. */
  private static boolean hpvAgeFr(Row r) {
    return !r.p().birthDate().plusYears(30).isAfter(r.date());
  }

  /** The cytology cell: triage of a positive HPV from 30, primary cytology below. */
  private static Cell cytologyFr(Row r) {
    if (hpvAgeFr(r) && !r.s().hasCytology()) {
      return Cell.of("Non réalisé");
    }
    // Under 30 every woman has cytology; a draw without any is written as a normal smear.
    return r.s().hasCytology() ? new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade())
        : new Cell("NILM", NORMAL);
  }

  // ------------------------------------------------------------------------------- Ireland

  private static CsvLayout practiceTrackerIe() {
    return CsvLayout.of("ie-gp-practice-cervicalcheck-tracker", IE).dates("dd/MM/yy").women()
        .people(80).ages(25, 65).rows(1, 3)
        .col("Patient", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId()).blank(20)
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Mobile", PHONE, r -> r.p().phone())
        .col("Eircode", POSTCODE, r -> r.p().postcode())
        .col("Date taken", CLINICAL_DATE, Row::when)
        .graded("Result", TEST_RESULT, r -> resultIe(r.s()))
        .col("Recommendation", PROCEDURE, r -> switch (r.s().hpv()) {
          case NEGATIVE -> "Routine recall";
          case UNSATISFACTORY -> "Repeat in 3 months";
          case POSITIVE -> abnormalCytology(r.s()) ? "Refer to colposcopy"
              : r.s().pap().equals("0") ? "Repeat in 3 months" : "Repeat in 12 months";
        })
        .col("Smeartaker", PROVIDER, r -> List.of("Dr Byrne", "Nurse Walsh", "Dr O'Connor")
            .get(r.stable("taker", 3)))
        .col("Letter checked", OTHER, r -> r.visitPick("chk", 4) == 0 ? "" : "Y");
  }

  /** The result as CervicalCheck's letters word it, with the cytology named where abnormal. */
  private static Cell resultIe(Screening s) {
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell("HPV not found", NORMAL);
      case UNSATISFACTORY -> new Cell("HPV test inadequate", UNSATISFACTORY);
      case POSITIVE -> {
        if (s.pap().equals("0")) {
          yield new Cell("HPV found - cytology inadequate", s.grade());
        }
        if (!abnormalCytology(s)) {
          yield new Cell("HPV found, no abnormal cells", ABNORMAL_LOW_GRADE);
        }
        String cyto = switch (s.pap()) {
          case "2" -> "ASC-US";
          case "3a1" -> "LSIL";
          case "3a2" -> "ASC-H";
          case "3b", "4" -> "HSIL";
          default -> "SCC";
        };
        yield new Cell("HPV found, abnormal cells (" + cyto + ")", s.grade());
      }
    };
  }
}
