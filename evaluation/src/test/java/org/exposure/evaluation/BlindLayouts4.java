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
import static org.exposure.model.FieldType.CRIMINAL_CONVICTION;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The fourth blind part of the corpus (issue 17): twelve CSV layouts in the corpus's first seven
 * countries, written by someone who read neither the classifier's code nor any figure of any part.
 * Its truth comes from the generator, {@code docs/evaluation.md}'s labelling guides (types and grades)
 * and DESIGN.md's type definitions. It is sealed: run it once, then read this Javadoc. {@link Corpus}
 * does not write these layouts.
 *
 * <h2>The layouts</h2>
 *
 * <ol>
 *   <li>{@code nl-pathologie-lis-audittrail} (NL): a pathology lab information system's audit trail
 *       of cervical-screening samples, one row per logged action (an hrHPV authorisation, then the
 *       reflex cytology's on the same sample); the timestamp of the action, the lab user and
 *       workstation, sample number, BSN on most rows, the name sorted as {@code Berg van der, M.J.},
 *       birth date {@code yyyyMMdd}, postcode without its space, the requesting GP with an AGB code,
 *       the assay with its LOINC code, hrHPV outcome, KOPAC-B written with its axis letters
 *       ({@code K1O2P4A1C1B1}) and the Pap class it stands for, the programme's advice; {@code ;},
 *       CRLF, {@code dd-MM-yyyy}.
 *   <li>{@code nl-gza-azc-spreekuurregistratie} (NL): a health centre for asylum seekers' consultations:
 *       the aliens number (V-nummer) on every row, BSN only for some, {@code EL AMRANI, Fatima},
 *       an unknown birth day written as 1 January, origin, language, interpreter, the reception
 *       centre's town, ICPC code with its Dutch title, a TB screening outcome at the first contact,
 *       medication, note; TAB, {@code d-M-yyyy}.
 *   <li>{@code us-health-plan-prior-auth-queue} (US): a health plan's utilisation-management queue of
 *       prior-authorisation requests in snake_case: authorisation number, member id, {@code LAST,
 *       FIRST M}, X12 relationship code, requesting NPI and name, facility, CPT/HCPCS code and
 *       description, ICD-10-CM codes with the dot (cervical cytology findings R87.61x, R87.810, CIN
 *       N87.x, D06.9, C53.9 beside unrelated requests), the reviewer, the determination;
 *       {@code MM/dd/yyyy}.
 *   <li>{@code us-telehealth-app-db-export} (US): a women's telehealth app's users joined to their
 *       home HPV self-collection kit orders, camelCase database columns: user UUID, e-mail, E.164
 *       phone, payment-processor customer id, ISO timestamps with {@code T} and {@code Z}, kit
 *       order id and barcode, kit status, the HPV result as an enum ({@code POSITIVE_16}), the next
 *       step as an enum, contraception prescribed, intake answers as JSON in one cell.
 *   <li>{@code uk-prison-healthcare-women-contacts} (UK): a women's prison healthcare team's contacts:
 *       prison number ({@code A1234BC}), NHS number, establishment, cell location, legal status,
 *       reception date, contact type, substance misuse, opioid substitution, blood-borne virus
 *       screen, the cervical screening status and result in one cell (NHS wording), the community
 *       GP practice's ODS code; UTF-8 with BOM, CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code uk-ice-order-comms-requests} (UK): a hospital's order-communications (ICE-style)
 *       pathology requests: request id, hospital number, NHS number printed 3-3-4, {@code SURNAME,
 *       Forename (Title)}, requesting ward, requester with a GMC number, request date and time,
 *       priority, panels requested, specimen, clinical details, lab number once collected, status;
 *       every cell quoted, {@code dd-MMM-yyyy}.
 *   <li>{@code be-biobank-cervix-staalmanifest} (BE): a Flemish university hospital biobank's sample
 *       manifest of a cervical cohort: sample and donor codes, INSZ on a minority of rows, initials,
 *       birth year, sample type, aliquot, volume, freezer position, consent, study, hrHPV genotyping,
 *       cytology (Bethesda), histology, responsible gynaecologist; TAB, UTF-8 with BOM, ISO dates.
 *   <li>{@code be-cabinet-kine-seances-inami} (BE): a Walloon physiotherapy practice's sessions:
 *       NISS printed {@code YY.MM.DD-SSS.CC}, {@code DUBOIS Camille}, mutualité with its number,
 *       affiliation number, prescriber and INAMI number, prescription date, pathology situation for
 *       reimbursement, medical diagnosis, session number and date, nomenclature code, fee, personal
 *       share, third-party payment; {@code ;}, Windows-1252, CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code de-kinderwunschzentrum-zyklen} (DE): a fertility centre's treatment cycles: patient
 *       id, names, birth date, age, KVNR for the statutorily insured, payer, the partner's name,
 *       cycle, treatment, stimulation and retrieval dates, oocytes, indication as ICD-10-GM code and
 *       text, medication, β-hCG outcome, infection serology and the pre-treatment cervical smear in
 *       Munich III (with HPV from 35) on the first cycle, physician, remark; every cell quoted,
 *       {@code dd.MM.yyyy}.
 *   <li>{@code de-diga-hersteller-nutzerexport} (DE): a digital health application (DiGA) maker's user
 *       export: user UUID, the insurer's activation code, insurer and its IK number, e-mail, names,
 *       birth year, sex, PLZ, prescription and activation dates, the application, ICD-10-GM code, the
 *       prescriber's practice with a LANR carrying its check digit, start and current questionnaire
 *       scores, modules done, last login, billing status; lower-case German snake_case.
 *   <li>{@code fr-kits-autoprelevement-suivi-envois} (FR): a laboratory's dispatch and return log of
 *       HPV self-sampling kits sent to women who did not answer the screening invitation: kit number,
 *       NIR with its key apart, civility, birth and usage names, address lines after the postal
 *       standard (L3, L4, L6 with postcode and town), birth date {@code ddMMyyyy}, phone, attending
 *       doctor, dispatch, reminder and receipt dates, status, result in capitals, what to do next;
 *       {@code ;}, Windows-1252, CRLF.
 *   <li>{@code ie-university-student-health-visits} (IE): a university student health centre's
 *       visits: student number, PPSN for some, name, gender, programme, term address, Eircode,
 *       mobile, e-mail, medical card flag, clinician, reason for visit, a CervicalCheck result on
 *       screening visits, prescription, fee, note; Windows-1252, CRLF, {@code d/M/yyyy}.
 * </ol>
 *
 * <h2>Labelling decisions the guide did not name</h2>
 *
 * Each was taken from DESIGN.md's definitions and the guide's nearest row, never from the classifier:
 *
 * <ul>
 *   <li>An audit trail's timestamp of an action and the lab user and workstation who did it are
 *       administrative (the guide's access-log row): OTHER; the users are the performing lab's staff,
 *       not the woman's provider. The action logged is OTHER. The requesting GP with AGB code is
 *       PROVIDER.
 *   <li>The Dutch aliens number (V-nummer), issued by the state to a foreign national and used
 *       across its agencies, is a national number: NATIONAL_ID. A birth date written as 1 January
 *       when the day is unknown is still BIRTH_DATE. Origin ({@code Herkomst}, a country)
 *       RACIAL_OR_ETHNIC_ORIGIN (the guide's {@code herkomst}); the language spoken and the
 *       interpreter flag OTHER. The town of the reception centre where she lives is her place of
 *       residence: CITY. ICPC codes with titles DIAGNOSIS, UNGRADED; a TB screening outcome
 *       TEST_RESULT, UNGRADED.
 *   <li>A prior-authorisation number is an insurer's number for a request to cover a service, like a
 *       claim number: INSURANCE_ID. The date a request was received and the date of service requested
 *       CLINICAL_DATE (the guide's waiting-list row); the determination date OTHER (like coverage
 *       dates). The plan's reviewer is the insurer's staff: OTHER; the facility OTHER; the X12
 *       relationship code, plan product, units, urgency and determination OTHER. ICD-10-CM cervical
 *       codes graded by what they state: R87.610 ASC-US and R87.612 LSIL low grade, R87.611 ASC-H
 *       and R87.613 HSIL high grade, R87.614 cytologic evidence of malignancy CANCER, R87.615
 *       unsatisfactory smear UNSATISFACTORY, R87.810 high-risk HPV positive low grade; other codes
 *       UNGRADED; the description column graded as its code. The reviewer's summary states no result:
 *       FREE_TEXT grading nothing.
 *   <li>A user's UUID, a payment processor's customer id, a kit order id and a kit's barcode each
 *       identify a record of one organisation: RECORD_ID. Account creation and marketing opt-in OTHER;
 *       the kit's order and sample-receipt timestamps CLINICAL_DATE; the kit status OTHER; the lab's
 *       name OTHER. The HPV enum: {@code NEGATIVE} NORMAL, {@code POSITIVE_*} low grade,
 *       {@code INVALID} UNSATISFACTORY. The next step enum ({@code IN_PERSON_COLPOSCOPY_REFERRAL})
 *       PROCEDURE (care planned). A second address line ({@code Apt 4}) STREET_ADDRESS. Intake answers
 *       as JSON state no result: FREE_TEXT grading nothing.
 *   <li>A prison number identifies a record of the prison service: RECORD_ID. Establishment, wing and
 *       cell location OTHER (an organisation and a place inside it, no address of her own); the date
 *       of reception into custody OTHER (administrative). Legal status ({@code Remand},
 *       {@code Sentenced}, {@code Recall}) states criminal proceedings: CRIMINAL_CONVICTION. Contact
 *       type ({@code Reception screen}, {@code GP clinic}) PROCEDURE (like encounter types). Substance
 *       misuse stated ({@code Opioid dependence}) DIAGNOSIS UNGRADED; {@code None disclosed} grades
 *       nothing. Opioid substitution MEDICATION. A blood-borne virus screen TEST_RESULT UNGRADED;
 *       {@code Declined} grades nothing. The cervical cell holds status and result: TEST_RESULT,
 *       graded by its result; a status alone ({@code Overdue - declined}) grades nothing.
 *   <li>The requesting ward is a hospital department: OTHER (the blind part's rule). Panels requested
 *       and the specimen TEST_TYPE. Clinical details on a request are the reason for a test:
 *       DIAGNOSIS, UNGRADED; {@code None given} grades nothing. Priority, collected flag and status
 *       OTHER; request id and lab number RECORD_ID.
 *   <li>Biobank: sample and donor codes RECORD_ID; a birth year alone BIRTH_DATE (as the
 *       research part's); sample type TEST_TYPE (the material); aliquot, volume, freezer position,
 *       consent and study OTHER. Genotyping cells ({@code HPV16}, {@code HPV45;HPV52}) low grade,
 *       {@code negatief} NORMAL, {@code ongeldig (β-globine neg.)} UNSATISFACTORY.
 *   <li>Physiotherapy: the mutualité (an insurer's name with its number) OTHER; the affiliation
 *       number INSURANCE_ID; the pathology situation for reimbursement ({@code Fb - prothèse totale
 *       de hanche}) names a condition: DIAGNOSIS, UNGRADED, as does the medical diagnosis; session
 *       number, fees, personal share and the third-party flag OTHER; the nomenclature code PROCEDURE.
 *   <li>Fertility: the partner's name is a name in one field: PERSON_NAME (it names another person
 *       on the woman's row; the row is hers). Cycle number and oocyte count OTHER; treatment
 *       PROCEDURE; stimulation start and retrieval CLINICAL_DATE; an indication as ICD-10-GM code and
 *       text DIAGNOSIS, UNGRADED; β-hCG outcome and infection serology TEST_RESULT, UNGRADED; the
 *       smear cell ({@code Pap IIID1 / HPV pos. (03/2024)}) TEST_RESULT, graded by its worst part,
 *       {@code HPV n.b.} (not assessable) UNSATISFACTORY.
 *   <li>DiGA: the insurer's activation code (Freischaltcode) is issued per prescription by the
 *       insurer, like a claim number: INSURANCE_ID. The insurer's IK number OTHER. The activation
 *       date starts the therapy: CLINICAL_DATE; last login OTHER (access log). The application
 *       prescribed is a therapy, not a medicine: PROCEDURE. The prescriber's practice with LANR
 *       PROVIDER. Questionnaire scores TEST_RESULT, UNGRADED; modules done and billing status OTHER.
 *   <li>Self-sampling kits: the postal address's line 6 (postcode and town in one cell) POSTCODE
 *       (its most identifying part); line 3 (residence, building) STREET_ADDRESS. Civility OTHER. The
 *       kit's dispatch is an invitation: CLINICAL_DATE, as are the reminder and the receipt. Status
 *       ({@code NPAI}, {@code NON RETOURNE}) OTHER. A kit received too late to analyse
 *       ({@code PRELEVEMENT NON CONFORME}) is an unusable sample: UNSATISFACTORY. What to do next
 *       PROCEDURE.
 *   <li>Student health: the student number RECORD_ID; programme and the medical card flag OTHER;
 *       the reason for a visit DIAGNOSIS, UNGRADED (also {@code Contraception} and {@code CervicalCheck
 *       screening test}); the CervicalCheck cell graded by its worst part ({@code HPV detected;
 *       cytology LSIL} low grade, {@code Inadequate sample} UNSATISFACTORY); the fee OTHER.
 *   <li>A man's row never shows a cervical or pregnancy finding (as the blind part).
 * </ul>
 */
final class BlindLayouts4 {
  private BlindLayouts4() {}

  /** The grades that send a woman on to colposcopy. */
  private static final Set<ResultGrade> ABNORMAL = EnumSet.of(ABNORMAL_LOW_GRADE,
      ABNORMAL_HIGH_GRADE, CANCER);

  private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd",
      Locale.ROOT);
  private static final DateTimeFormatter FRENCH_COMPACT = DateTimeFormatter.ofPattern("ddMMyyyy",
      Locale.ROOT);

  static List<CsvLayout> all() {
    return List.of(auditTrailNl(), asylumHealthNl(), priorAuthUs(), telehealthUs(), prisonUk(),
        orderCommsUk(), biobankBe(), physiotherapyBe(), fertilityDe(), digaDe(), selfSamplingFr(),
        studentHealthIe());
  }

  // ------------------------------------------------------------------------------- The Netherlands

  private static CsvLayout auditTrailNl() {
    return CsvLayout.of("nl-pathologie-lis-audittrail", NL).delimiter(';').crlf()
        .dates("dd-MM-yyyy").women().ages(36, 65).people(75).rows(1, 3).onePerResult().byDate()
        .col("Tijdstip", OTHER, r -> r.fmt(actionDay(r)) + " " + r.clock("t" + r.part())
            + ":" + String.format(Locale.ROOT, "%02d", r.visitPick("s" + r.part(), 60)))
        .col("Gebruiker", OTHER, r -> r.part() == Part.HPV
            ? List.of("MOL_AVERMEULEN", "MOL_SKOK", "MOL_TBAKKER").get(r.visitPick("ma", 3))
            : List.of("CYT_JPRINS", "CYT_LMEIJER", "PA_RDEKKER", "PA_EHUISMAN")
                .get(r.visitPick("ca", 4)))
        .col("Werkplek", OTHER, r -> r.part() == Part.HPV ? "WS-MOL-0" + (1 + r.visitPick("w", 4))
            : "WS-CYT-1" + (1 + r.visitPick("w", 6)))
        .col("Actie", OTHER, r -> r.part() == Part.HPV
            ? List.of("AUTORISATIE hrHPV", "AUTORISATIE hrHPV", "UITSLAG VERZONDEN (MEDLAB)")
                .get(r.visitPick("act", 3))
            : List.of("AUTORISATIE CYTOLOGIE", "SUPERVISIE + AUTORISATIE",
                "CORRECTIE CONCLUSIE").get(r.visitPick("act", 3)))
        .col("Monsternr", RECORD_ID, r -> (r.date().getYear() % 100) + "Z" + r.sample()
            .substring(2))
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(12)
        .col("Patiënt", PERSON_NAME, r -> r.p().family()
            + (r.p().prefix().isEmpty() ? "" : " " + r.p().prefix()) + ", " + r.p().initials())
        .col("Geb.datum", BIRTH_DATE, r -> COMPACT.format(r.p().birthDate()))
        .col("PC", POSTCODE, r -> r.p().postcode().replace(" ", ""))
        .col("Aanvrager", PROVIDER, r -> List.of("Kok, H.J. (AGB 01012873)",
            "Huisartsenpraktijk De Linde (AGB 01053319)", "Mulder, E. (AGB 01027405)",
            "Gezondheidscentrum Oost (AGB 01061188)").get(r.stable("hap", 4)))
        .col("Afnamedatum", CLINICAL_DATE, Row::when)
        .col("Bepaling", TEST_TYPE, r -> r.part() == Part.HPV ? "hrHPV PCR (primair)"
            : "Cytologie dunnelaag (reflex)")
        .col("LOINC", TEST_TYPE, r -> r.part() == Part.HPV ? "82675-0" : "47527-7")
        .graded("Uitslag hrHPV", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade()) : Cell.of(""))
        .graded("KOPAC-B", TEST_RESULT, r -> {
          if (r.part() != Part.CYTOLOGY) {
            return Cell.of("");
          }
          String k = r.s().kopac(r.rng());
          return new Cell("K" + k.charAt(0) + "O" + k.charAt(1) + "P" + k.charAt(2) + "A"
              + k.charAt(3) + "C" + k.charAt(4) + "B" + k.charAt(5),
              Screening.papGrade(r.s().kopacPap()));
        })
        .graded("Pap", TEST_RESULT, r -> r.part() == Part.CYTOLOGY
            ? new Cell(r.s().kopacPap(), Screening.papGrade(r.s().kopacPap())) : Cell.of(""))
        .col("Advies", PROCEDURE, r -> {
          if (r.s().hpv() == Screening.Hpv.NEGATIVE) {
            return "Volgende ronde (5 jaar)";
          }
          if (r.s().hpv() == Screening.Hpv.UNSATISFACTORY) {
            return "Nieuw uitstrijkje afnemen";
          }
          if (r.part() == Part.HPV) {
            return "Cytologie volgt";
          }
          return Screening.papGrade(r.s().kopacPap()) == NORMAL
              ? "Herhalingsuitstrijkje na 12 maanden" : "Verwijzing gynaecoloog";
        })
        .col("Opmerking", FREE_TEXT, r -> List.of("Uitslag telefonisch doorgegeven aan HA",
            "Conclusie aangepast na supervisie", "Etiket opnieuw geprint",
            "Aanvraagformulier nagezonden").get(r.visitPick("opm", 4))).blank(65);
  }

  private static CsvLayout asylumHealthNl() {
    List<String> icpc = List.of("P76 Depressieve stoornis", "P82 Posttraumatische stressstoornis",
        "S72 Scabiës", "L03 Lage rugpijn zonder uitstraling", "P06 Slaapstoornis",
        "R74 Acute infectie bovenste luchtwegen", "T90 Diabetes mellitus type 2",
        "A70 Tuberculose", "D02 Buikpijn in de maagstreek", "W78 Zwangerschap");
    return CsvLayout.of("nl-gza-azc-spreekuurregistratie", NL).delimiter('\t').dates("d-M-yyyy")
        .people(85).ages(18, 60).rows(1, 4).byDate()
        .col("V-nummer", NATIONAL_ID, r -> String.valueOf(2_000_000_000L
            + Long.parseLong(r.p().uuid().substring(0, 8), 16) % 7_000_000_000L))
        .col("BSN", NATIONAL_ID, r -> r.stable("bsn", 3) == 0 ? r.p().nationalId() : "")
        .col("Naam", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given())
        .col("Geb. datum", BIRTH_DATE, r -> r.stable("jan1", 5) == 0
            ? "1-1-" + r.p().birthDate().getYear() : r.birth())
        .col("Geslacht", SEX, r -> r.p().female() ? "V" : "M")
        .col("Herkomst", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("Syrië", "Eritrea", "Afghanistan",
            "Turkije", "Jemen", "Somalië", "Iran", "Irak").get(r.stable("land", 8)))
        .col("Taal", OTHER, r -> List.of("Arabisch", "Tigrinya", "Dari", "Turks", "Arabisch",
            "Somalisch", "Farsi", "Koerdisch (Sorani)").get(r.stable("land", 8)))
        .col("Tolk", OTHER, r -> r.stable("tolk", 3) == 0 ? "nee" : "ja")
        .col("Woonlocatie", CITY, r -> List.of("Ter Apel", "Budel-Dorplein", "Gilze",
            "Zweeloo", "Burgum", "Cadier en Keer", "Dronten").get(r.stable("azc", 7)))
        .col("Datum contact", CLINICAL_DATE, Row::when)
        .col("Behandelaar", PROVIDER, r -> List.of("R. Haddou, huisarts",
            "S. Bos, praktijkverpleegkundige", "M. Jansen, POH-GGZ", "dr. P. Smit, huisarts")
            .get(r.visitPick("beh", 4)))
        .graded("ICPC", DIAGNOSIS, r -> new Cell(icpcNl(r, icpc), UNGRADED))
        .graded("TBC-screening", TEST_RESULT, r -> r.visit() != 0 ? Cell.of("")
            : new Cell(List.of("X-thorax: geen afwijkingen", "X-thorax: geen afwijkingen",
                "IGRA positief, X-thorax z.a.", "X-thorax afwijkend, verwezen GGD")
                .get(r.stable("tbc", 4)), UNGRADED))
        .col("Medicatie", MEDICATION, r -> switch (icpcNl(r, icpc).substring(0, 3)) {
          case "P76", "P82" -> "Sertraline 50 mg";
          case "S72" -> "Permetrine 5% crème";
          case "L03" -> "Ibuprofen 400 mg";
          case "P06" -> "Temazepam 10 mg";
          case "T90" -> "Metformine 500 mg";
          case "A70" -> "Isoniazide 300 mg; rifampicine 600 mg";
          case "W78" -> "Foliumzuur 0,5 mg";
          case "D02" -> "Omeprazol 20 mg";
          default -> "Paracetamol 500 mg";
        }).blank(35)
        .col("Notitie", FREE_TEXT, r -> List.of("Via tolkentelefoon", "Vervolgafspraak over 2 wk",
            "Overplaatsing naar ander azc gepland", "Verwezen naar GGZ-partner",
            "Niet verschenen op eerdere afspraak").get(r.visitPick("not", 5))).blank(50);
  }

  /** An ICPC code and title for the contact; pregnancy (the list's last) for women only. */
  private static String icpcNl(Row r, List<String> icpc) {
    return icpc.get(r.visitPick("icpc", r.p().female() ? icpc.size() : icpc.size() - 1));
  }

  // ------------------------------------------------------------------------------- United States

  /** A prior-authorisation request: service code and description, diagnosis code and text. */
  private record Request(String cpt, String service, String icd, String dx, ResultGrade grade) {}

  private static final List<Request> GENERAL_REQUESTS = List.of(
      new Request("72148", "MRI lumbar spine without contrast", "M54.50",
          "Low back pain, unspecified", UNGRADED),
      new Request("95810", "Polysomnography, attended, 4 or more parameters", "G47.33",
          "Obstructive sleep apnea (adult) (pediatric)", UNGRADED),
      new Request("43775", "Laparoscopic sleeve gastrectomy", "E66.01",
          "Morbid (severe) obesity due to excess calories", UNGRADED),
      new Request("J0135", "Injection, adalimumab, 20 mg", "M06.9",
          "Rheumatoid arthritis, unspecified", UNGRADED),
      new Request("90837", "Psychotherapy, 60 minutes with patient", "F33.1",
          "Major depressive disorder, recurrent, moderate", UNGRADED),
      new Request("29881", "Arthroscopy, knee, surgical; with meniscectomy", "S83.241A",
          "Other tear of medial meniscus, current injury, right knee", UNGRADED));

  private static Request priorAuthRequest(Row r) {
    boolean cervical = r.p().female() && r.s().hpv() == Screening.Hpv.POSITIVE
        && r.visitPick("cx", 10) < 8;
    if (!cervical) {
      return GENERAL_REQUESTS.get(r.visitPick("gen", GENERAL_REQUESTS.size()));
    }
    Screening.Histology h = r.histology();
    boolean treat = r.visitPick("tx", 3) == 0 && h != Screening.Histology.NO_CIN
        && h != Screening.Histology.CIN1;
    if (treat) {
      return switch (h) {
        case CIN2 -> new Request("57461", "Colposcopy with loop electrode conization of the cervix",
            "N87.1", "Moderate cervical dysplasia", ABNORMAL_HIGH_GRADE);
        case CARCINOMA -> new Request("58210", "Radical abdominal hysterectomy with bilateral "
            + "pelvic lymphadenectomy", "C53.9", "Malignant neoplasm of cervix uteri, unspecified",
            CANCER);
        default -> new Request("57520", "Conization of cervix, cold knife", "D06.9",
            "Carcinoma in situ of cervix, unspecified", ABNORMAL_HIGH_GRADE);
      };
    }
    return switch (r.s().pap()) {
      case "1" -> new Request("57452", "Colposcopy of the cervix", "R87.810",
          "Cervical high risk human papillomavirus (HPV) DNA test positive", ABNORMAL_LOW_GRADE);
      case "0" -> new Request("57452", "Colposcopy of the cervix", "R87.615",
          "Unsatisfactory cytologic smear of cervix", UNSATISFACTORY);
      case "2" -> new Request("57454", "Colposcopy of the cervix with biopsy and endocervical "
          + "curettage", "R87.610", "Atypical squamous cells of undetermined significance on "
          + "cytologic smear of cervix (ASC-US)", ABNORMAL_LOW_GRADE);
      case "3a1" -> new Request("57454", "Colposcopy of the cervix with biopsy and endocervical "
          + "curettage", "R87.612", "Low grade squamous intraepithelial lesion on cytologic smear "
          + "of cervix (LGSIL)", ABNORMAL_LOW_GRADE);
      case "3a2" -> new Request("57455", "Colposcopy of the cervix with biopsy(s) of the cervix",
          "R87.611", "Atypical squamous cells cannot exclude high grade squamous intraepithelial "
          + "lesion on cytologic smear of cervix (ASC-H)", ABNORMAL_HIGH_GRADE);
      case "5" -> new Request("57455", "Colposcopy of the cervix with biopsy(s) of the cervix",
          "R87.614", "Cytologic evidence of malignancy on smear of cervix", CANCER);
      default -> new Request("57460", "Colposcopy with loop electrode biopsy(s) of the cervix",
          "R87.613", "High grade squamous intraepithelial lesion on cytologic smear of cervix "
          + "(HGSIL)", ABNORMAL_HIGH_GRADE);
    };
  }

  private static CsvLayout priorAuthUs() {
    return CsvLayout.of("us-health-plan-prior-auth-queue", US).dates("MM/dd/yyyy")
        .people(90).ages(24, 64).rows(1, 3).byDate()
        .col("auth_number", INSURANCE_ID, r -> "PA" + (r.date().getYear() % 100)
            + r.sample().substring(1))
        .col("member_id", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("member_name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given().toUpperCase(Locale.ROOT) + (r.p().middle().isEmpty() ? ""
            : " " + r.p().middle().charAt(0)))
        .col("member_dob", BIRTH_DATE, Row::birth)
        .col("member_gender", SEX, r -> r.p().female() ? "F" : "M")
        .col("relationship_code", OTHER, r -> switch (r.stable("rel", 4)) {
          case 2 -> "01 - Spouse";
          case 3 -> Period.between(r.p().birthDate(), r.date()).getYears() < 26 ? "19 - Child"
              : "18 - Self";
          default -> "18 - Self";
        })
        .col("member_zip", POSTCODE, r -> r.p().postcode())
        .col("plan_product", OTHER, r -> List.of("Commercial HMO", "Commercial PPO",
            "Medicaid Managed Care", "Exchange Silver EPO").get(r.stable("plan", 4)))
        .col("requesting_npi", PROVIDER, r -> ResearchLayouts.npi("1" + String.format(Locale.ROOT,
            "%08d", 31_000_000 + r.stable("doc", 5) * 2_718_281)))
        .col("requesting_provider", PROVIDER, r -> List.of("WONG, EMILY MD", "OKONKWO, ADA DO",
            "BERGSTROM, LISA NP", "FITZGERALD, SEAN MD", "PATEL, NISHA MD").get(r.stable("doc", 5)))
        .col("servicing_facility", OTHER, r -> List.of("Northside Ambulatory Surgery Center",
            "Mercy Women's Health Pavilion", "Bayview Imaging LLC").get(r.visitPick("fac", 3)))
        .col("received_date", CLINICAL_DATE, Row::when)
        .col("requested_dos", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(7 + r.visitPick("dos", 30))))
        .col("cpt_hcpcs", PROCEDURE, r -> priorAuthRequest(r).cpt())
        .col("service_description", PROCEDURE, r -> priorAuthRequest(r).service())
        .col("units", OTHER, r -> "1")
        .graded("dx_primary", DIAGNOSIS, r -> {
          Request q = priorAuthRequest(r);
          return new Cell(q.icd(), q.grade());
        })
        .graded("dx_primary_desc", DIAGNOSIS, r -> {
          Request q = priorAuthRequest(r);
          return new Cell(q.dx(), q.grade());
        })
        .col("urgency", OTHER, r -> r.visitPick("urg", 5) == 0 ? "Expedited" : "Standard")
        .col("determination", OTHER, r -> List.of("Approved", "Approved", "Approved",
            "Pended - Clinicals Requested", "Denied - Not Medically Necessary")
            .get(r.visitPick("det", 5)))
        .col("determination_date", OTHER, r -> r.fmt(r.date().plusDays(1 + r.visitPick("dd",
            6))))
        .col("reviewer", OTHER, r -> List.of("RN J. ALVAREZ", "RN K. MORRIS",
            "P. NGUYEN MD (Medical Director)").get(r.visitPick("rev", 3)))
        .col("clinical_summary", FREE_TEXT, r -> List.of("Office notes and pathology attached",
            "Meets criteria; approved per policy", "Peer-to-peer offered to requesting provider",
            "Conservative therapy documented x6 weeks", "Missing records, faxed request")
            .get(r.visitPick("sum", 5))).blank(40);
  }

  private static CsvLayout telehealthUs() {
    return CsvLayout.of("us-telehealth-app-db-export", US).dates("yyyy-MM-dd").women()
        .ages(25, 60).people(80).rows(1, 3)
        .col("id", RECORD_ID, r -> r.p().uuid())
        .col("email", EMAIL, r -> r.p().email())
        .col("phoneNumber", PHONE, r -> "+1" + r.p().phone().replace("-", "")).blank(15)
        .col("firstName", GIVEN_NAME, r -> r.p().given())
        .col("lastName", FAMILY_NAME, r -> r.p().family())
        .col("dateOfBirth", BIRTH_DATE, Row::birth)
        .col("sexAtBirth", SEX, r -> "FEMALE")
        .col("address1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("address2", STREET_ADDRESS, r -> r.stable("apt", 4) == 0 ? "Apt "
            + (1 + r.stable("aptno", 40)) : "")
        .col("city", CITY, r -> r.p().city())
        .col("state", OTHER, r -> "MA")
        .col("zip", POSTCODE, r -> r.p().postcode())
        .col("createdAt", OTHER, r -> LocalDate.of(2018, 3, 1).plusDays(r.stable("signup", 300))
            + String.format(Locale.ROOT, "T%02d:%02d:%02dZ", 7 + r.stable("ch", 14),
            r.stable("cm", 60), r.stable("cs", 60)))
        .col("stripeCustomerId", RECORD_ID, r -> "cus_" + r.p().uuid().replace("-", "")
            .substring(10, 24))
        .col("marketingOptIn", OTHER, r -> r.stable("mkt", 3) == 0 ? "true" : "false")
        .col("kitOrderId", RECORD_ID, r -> "KO-" + r.sample().substring(1))
        .col("kitBarcode", RECORD_ID, r -> "HSC" + new StringBuilder(r.sample().substring(1))
            .reverse())
        .col("orderedAt", CLINICAL_DATE, r -> r.when() + "T" + r.clock("o") + ":00Z")
        .col("kitStatus", OTHER, BlindLayouts4::kitStatus)
        .col("sampleReceivedAt", CLINICAL_DATE, r -> kitStatus(r).equals("RESULTED")
            ? r.fmt(r.date().plusDays(9 + r.visitPick("rcv", 20))) + "T" + r.clock("r") + ":00Z"
            : "")
        .col("orderingClinicianNpi", PROVIDER, r -> ResearchLayouts.npi("1" + String.format(
            Locale.ROOT, "%08d", 52_000_000 + r.visitPick("np", 4) * 1_414_213)))
        .col("labName", OTHER, r -> "Partner Reference Laboratory LLC")
        .graded("hpvResult", TEST_RESULT, r -> {
          if (!kitStatus(r).equals("RESULTED")) {
            return Cell.of("");
          }
          return switch (r.s().hpv()) {
            case NEGATIVE -> new Cell("NEGATIVE", NORMAL);
            case UNSATISFACTORY -> new Cell("INVALID", UNSATISFACTORY);
            case POSITIVE -> new Cell(r.s().genotype().equals("other") ? "POSITIVE_OTHER_HR"
                : "POSITIVE_" + r.s().genotype(), ABNORMAL_LOW_GRADE);
          };
        })
        .col("nextStep", PROCEDURE, r -> {
          if (!kitStatus(r).equals("RESULTED")) {
            return "";
          }
          return switch (r.s().hpv()) {
            case NEGATIVE -> "ROUTINE_RESCREEN_5Y";
            case UNSATISFACTORY -> "REPEAT_KIT";
            case POSITIVE -> r.s().genotype().equals("other") ? "IN_PERSON_CYTOLOGY_TRIAGE"
                : "IN_PERSON_COLPOSCOPY_REFERRAL";
          };
        })
        .col("contraceptionRx", MEDICATION, r -> List.of("norethindrone 0.35 mg tablet",
            "levonorgestrel 0.15 mg / ethinyl estradiol 0.03 mg tablet",
            "drospirenone 3 mg / ethinyl estradiol 0.02 mg tablet", "")
            .get(r.stable("rx", 4)))
        .col("intakeAnswers", FREE_TEXT, r -> "{\"lastScreeningYear\":" + (2014 + r.stable("ly", 8)) + ",\"smoker\":" + (r.stable("sm", 5) == 0) + ",\"hpvVaccinated\":\""
            + List.of("yes", "no", "unsure").get(r.stable("vac", 3)) + "\"}");
  }

  private static String kitStatus(Row r) {
    int k = r.visitPick("kit", 10);
    return k < 7 ? "RESULTED" : k < 8 ? "SHIPPED" : k < 9 ? "RETURN_IN_TRANSIT" : "CANCELLED";
  }

  // ------------------------------------------------------------------------------- United Kingdom

  private static CsvLayout prisonUk() {
    return CsvLayout.of("uk-prison-healthcare-women-contacts", UK).bom().crlf().dates("dd/MM/yyyy")
        .women().ages(25, 64).people(75).rows(1, 4)
        .col("Prison Number", RECORD_ID, r -> {
          long k = ResearchLayouts.personKey(r.p().id(), 10_000);
          return "" + (char) ('A' + r.stable("pn1", 3)) + String.format(Locale.ROOT, "%04d", k)
              + (char) ('A' + r.stable("pn2", 26)) + (char) ('A' + r.stable("pn3", 26));
        })
        .col("NHS Number", NATIONAL_ID, r -> r.p().nationalId()).blank(15)
        .col("Surname", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Forename(s)", GIVEN_NAME, r -> r.p().middle().isEmpty() ? r.p().given()
            : r.p().given() + " " + r.p().middle())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Establishment", OTHER, r -> List.of("HMP Styal", "HMP New Hall", "HMP Eastwood Park")
            .get(r.stable("est", 3)))
        .col("Cell Location", OTHER, r -> (char) ('A' + r.visitPick("wing", 4)) + "-"
            + (1 + r.visitPick("lnd", 3)) + "-" + String.format(Locale.ROOT, "%02d",
            1 + r.visitPick("cell", 30)))
        .col("Legal Status", CRIMINAL_CONVICTION, r -> List.of("Remand", "Sentenced", "Sentenced",
            "Recall", "Convicted Unsentenced").get(r.stable("legal", 5)))
        .col("Reception Date", OTHER, r -> r.fmt(LocalDate.of(2018, 10, 1).plusDays(r.stable("recp", 90))))
        .col("Contact Date", CLINICAL_DATE, Row::when)
        .col("Contact Type", PROCEDURE, r -> r.visit() == 0 ? "Reception screen"
            : List.of("Secondary screen", "Nurse clinic", "GP clinic", "Substance misuse review")
                .get(r.visitPick("type", 4)))
        .col("Clinician", PROVIDER, r -> List.of("Nurse K Ahmed", "Dr L Fenwick",
            "Nurse T O'Hara", "Dr M Okoro").get(r.visitPick("clin", 4)))
        .graded("Substance Misuse", DIAGNOSIS, r -> switch (r.stable("sub", 5)) {
          case 0, 1 -> Cell.of("None disclosed");
          case 2 -> new Cell("Opioid dependence - on OST", UNGRADED);
          case 3 -> new Cell("Alcohol dependence", UNGRADED);
          default -> new Cell("Crack cocaine use", UNGRADED);
        })
        .col("OST", MEDICATION, r -> r.stable("sub", 5) != 2 ? ""
            : r.stable("ost", 2) == 0 ? "Methadone 1mg/ml oral solution 60ml OD"
            : "Buprenorphine 8mg sublingual OD")
        .graded("BBV Screen", TEST_RESULT, r -> r.visit() != 0 ? Cell.of("")
            : switch (r.stable("bbv", 6)) {
              case 0 -> Cell.of("Declined");
              case 1 -> new Cell("HCV Ab pos - RNA pending", UNGRADED);
              default -> new Cell("HCV Ab neg / HBsAg neg / HIV neg", UNGRADED);
            })
        .graded("Cervical Screening", TEST_RESULT, r -> {
          if (r.visit() != 0 && r.visitPick("cxlater", 4) != 0) {
            return Cell.of("");
          }
          if (r.stable("cxdecl", 6) == 0) {
            return Cell.of("Overdue - declined");
          }
          Screening s = r.s();
          return switch (s.hpv()) {
            case NEGATIVE -> new Cell("HPV negative - routine recall", NORMAL);
            case UNSATISFACTORY -> new Cell("Inadequate - repeat in 3 months", UNSATISFACTORY);
            case POSITIVE -> new Cell("HPV positive, " + s.nhsCytology(r.rng())
                + (ABNORMAL.contains(s.papGrade()) ? " - colposcopy referral sent"
                : " - recall 12 months"), ABNORMAL_LOW_GRADE.max(s.papGrade()));
          };
        })
        .col("Community GP (ODS)", PROVIDER, r -> List.of("P81042", "C82019", "J83611",
            "L84077", "M88150").get(r.stable("ods", 5)))
        .col("Notes", FREE_TEXT, r -> List.of("Seen on wing", "Interpreter used",
            "Did not attend - officer informed", "ACCT open, reviewed", "Awaiting hospital appt")
            .get(r.visitPick("note", 5))).blank(50);
  }

  private static CsvLayout orderCommsUk() {
    return CsvLayout.of("uk-ice-order-comms-requests", UK).quoteAll().dates("dd-MMM-yyyy")
        .people(95).ages(18, 90).rows(1, 4).byDate()
        .col("Request ID", RECORD_ID, r -> "ICE" + r.sample().substring(1))
        .col("Hospital No", RECORD_ID, r -> "H" + String.format(Locale.ROOT, "%07d",
            ResearchLayouts.personKey(r.p().id(), 10_000_000)))
        .col("NHS Number", NATIONAL_ID, r -> {
          String n = r.p().nationalId();
          return n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
        }).blank(10)
        .col("Patient Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given() + " (" + (r.p().female() ? r.stable("t", 2) == 0 ? "Mrs" : "Ms"
            : "Mr") + ")")
        .col("DoB", BIRTH_DATE, Row::birth)
        .col("Sex", SEX, r -> r.p().female() ? "Female" : "Male")
        .col("Requesting Location", OTHER, r -> {
          List<String> wards = List.of("Ward 14 (Acute Medicine)", "ED Majors",
              "Day Surgery Unit", "Fracture Clinic", "Ward 9 (Care of the Elderly)",
              "Ward 7B (Gynaecology)");
          return wards.get(r.visitPick("loc", r.p().female() ? 6 : 5));
        })
        .col("Requester", PROVIDER, r -> List.of("Dr A BROWN (GMC 7012345)",
            "Dr F ADEYEMI (GMC 6098123)", "Dr R SINGH (GMC 7254310)", "ANP C MOORE")
            .get(r.visitPick("req", 4)))
        .col("Requested", CLINICAL_DATE, r -> r.when() + " " + r.clock("req"))
        .col("Priority", OTHER, r -> List.of("Routine", "Urgent", "Ward round")
            .get(r.visitPick("pri", 3)))
        .col("Panel(s)", TEST_TYPE, r -> panel(r)[0])
        .col("Specimen", TEST_TYPE, r -> panel(r)[1])
        .graded("Clinical Details", DIAGNOSIS, r -> {
          List<String> reasons = List.of("?sepsis", "Chest pain ?ACS", "Pre-op assessment",
              "AKI on CKD3 - monitor", "On methotrexate - 3-monthly bloods", "Fall, on warfarin",
              "Pyrexia post-op day 2", "None given", "Hyperemesis gravidarum");
          String text = reasons.get(r.visitPick("cd", r.p().female() ? 9 : 8));
          return text.equals("None given") ? Cell.of(text) : new Cell(text, UNGRADED);
        })
        .col("Collected", OTHER, r -> collected(r) ? "Y" : "N")
        .col("Lab No", RECORD_ID, r -> collected(r) ? (r.date().getYear() % 100) + "H"
            + r.sample().substring(3) : "")
        .col("Status", OTHER, r -> !collected(r) ? "Awaiting sample"
            : r.visitPick("st", 8) == 0 ? "Cancelled - haemolysed" : "Results available");
  }

  private static String[] panel(Row r) {
    List<String[]> panels = List.of(new String[] {"FBC; U&E; CRP", "Blood"},
        new String[] {"LFT; Clotting screen", "Blood"}, new String[] {"Troponin T (hs)", "Blood"},
        new String[] {"Blood cultures x2", "Blood culture bottles"},
        new String[] {"Urine MC&S", "MSU"}, new String[] {"Group & Save", "Blood (EDTA)"},
        new String[] {"HbA1c; Lipid profile", "Blood"}, new String[] {"MRSA screen", "Nose/groin swab"});
    return panels.get(r.visitPick("panel", panels.size()));
  }

  private static boolean collected(Row r) {
    return r.visitPick("coll", 6) != 0;
  }

  // ------------------------------------------------------------------------------- Belgium

  private static CsvLayout biobankBe() {
    return CsvLayout.of("be-biobank-cervix-staalmanifest", BE).delimiter('\t').bom()
        .dates("yyyy-MM-dd").women().ages(30, 70).people(65).rows(2, 5)
        .col("Sample ID", RECORD_ID, r -> "UZBB-CX-" + r.sample().substring(2) + "-"
            + (1 + r.visitPick("alq", 3)))
        .col("Donor ID", RECORD_ID, r -> "D" + String.format(Locale.ROOT, "%05d",
            ResearchLayouts.personKey(r.p().id(), 100_000)))
        .col("Rijksregisternr.", NATIONAL_ID, r -> r.p().nationalId()).blank(65)
        .col("Initialen", INITIALS, r -> r.p().initials())
        .col("Geboortejaar", BIRTH_DATE, r -> String.valueOf(r.p().birthDate().getYear()))
        .col("Geslacht", SEX, r -> "V")
        .col("Afnamedatum", CLINICAL_DATE, Row::when)
        .col("Staaltype", TEST_TYPE, r -> List.of("Cervixuitstrijkje (ThinPrep, restvolume)",
            "Zelfafname vaginaal (droge borstel)", "DNA-extract uit LBC", "FFPE-blok biopt cervix",
            "Serum").get(r.visitPick("type", 5)))
        .col("Aliquot", OTHER, r -> (1 + r.visitPick("alq", 3)) + "/3")
        .col("Volume (µl)", OTHER, r -> r.visitPick("type", 5) == 3 ? ""
            : String.valueOf(250 * (1 + r.visitPick("vol", 4))))
        .col("Positie", OTHER, r -> String.format(Locale.ROOT, "-80 V%d/R%d/D%02d/%c%d",
            1 + r.visitPick("v", 4), 1 + r.visitPick("rk", 6), 1 + r.visitPick("doos", 40),
            (char) ('A' + r.visitPick("rij", 9)), 1 + r.visitPick("kol", 9)))
        .col("Toestemming", OTHER, r -> List.of("Breed (ICF v3)", "Breed (ICF v3)",
            "Enkel HPV-studie", "Beperkt: geen genetisch onderzoek").get(r.stable("icf", 4)))
        .col("Studie", OTHER, r -> List.of("HPV-SELF-VL", "CIN-TRIAGE-2", "COHORT-CX")
            .get(r.stable("stu", 3)))
        .graded("hrHPV genotypering", TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> new Cell("negatief", NORMAL);
          case UNSATISFACTORY -> new Cell("ongeldig (β-globine neg.)", UNSATISFACTORY);
          case POSITIVE -> new Cell(switch (r.s().genotype()) {
            case "16" -> "HPV16";
            case "18" -> r.visitPick("co", 2) == 0 ? "HPV18" : "HPV18;HPV39";
            default -> List.of("HPV31", "HPV45;HPV52", "HPV33", "HPV58;HPV66")
                .get(r.visitPick("oth", 4));
          }, ABNORMAL_LOW_GRADE);
        })
        .graded("Cytologie", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesda(r.rng()), r.s().papGrade()) : Cell.of(""))
        .graded("Histologie", DIAGNOSIS, r -> {
          if (!ABNORMAL.contains(r.s().papGrade())) {
            return Cell.of("");
          }
          return switch (r.histology()) {
            case NO_CIN -> new Cell("geen CIN (chronische cervicitis)", NORMAL);
            case CIN1 -> new Cell("CIN 1 (LSIL)", ABNORMAL_LOW_GRADE);
            case CIN2 -> new Cell("CIN 2 (HSIL)", ABNORMAL_HIGH_GRADE);
            case CIN3 -> new Cell("CIN 3 (HSIL)", ABNORMAL_HIGH_GRADE);
            case CARCINOMA -> new Cell("invasief plaveiselcelcarcinoom", CANCER);
          };
        })
        .col("Verantwoordelijke arts", PROVIDER, r -> List.of("Prof. dr. K. Janssens",
            "Dr. L. Wouters (gynaecologie)", "Dr. H. Claes").get(r.stable("arts", 3)));
  }

  private static CsvLayout physiotherapyBe() {
    return CsvLayout.of("be-cabinet-kine-seances-inami", BE).delimiter(';').windows1252()
        .dates("dd/MM/yyyy").people(70).ages(16, 85).rows(2, 6)
        .col("N° dossier", RECORD_ID, r -> "K" + String.format(Locale.ROOT, "%04d",
            ResearchLayouts.personKey(r.p().id(), 10_000)))
        .col("NISS", NATIONAL_ID, r -> {
          String n = r.p().nationalId();
          return n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "-"
              + n.substring(6, 9) + "." + n.substring(9);
        }).blank(20)
        .col("Nom Prénom", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + " "
            + r.p().given())
        .col("Né(e) le", BIRTH_DATE, Row::birth)
        .col("Sexe", SEX, r -> r.p().female() ? "F" : "M")
        .col("Adresse", STREET_ADDRESS, r -> r.p().streetLine())
        .col("CP", POSTCODE, r -> r.p().postcode())
        .col("Localité", CITY, r -> r.p().city())
        .col("Mutualité", OTHER, r -> List.of("Mutualité chrétienne (119)", "Solidaris (306)",
            "Partenamut (509)", "Mutualité libérale (403)").get(r.stable("mut", 4)))
        .col("N° d'inscription", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("Prescripteur", PROVIDER, r -> List.of("Dr F. Lambert (MG)", "Dr A. Renard (orthopédie)",
            "Dr C. Marchal (MPR)").get(r.stable("presc", 3)))
        .col("INAMI prescripteur", PROVIDER, r -> List.of("1-14725-83-004", "1-25836-94-580",
            "1-36947-15-690").get(r.stable("presc", 3)))
        .col("Date prescription", CLINICAL_DATE, r -> r.fmt(prescribed(r)))
        .graded("Situation pathologique", DIAGNOSIS, r -> new Cell(switch (situation(r)) {
          case 0 -> "Pathologie courante";
          case 1 -> "Fa - lésion aiguë (entorse de grade 2)";
          case 2 -> "Fb - prothèse totale de hanche";
          default -> "E - sclérose en plaques";
        }, UNGRADED))
        .graded("Diagnostic", DIAGNOSIS, r -> new Cell(physioDiagnosis(r), UNGRADED))
        .col("Séance n°", OTHER, r -> String.valueOf(1 + r.visit()))
        .col("Date séance", CLINICAL_DATE, r -> r.fmt(prescribed(r).plusDays(3L + 4L * r.visit()
            + r.visitPick("d", 3))))
        .col("Code prestation", PROCEDURE, r -> List.of("560011", "560114", "563010", "564211")
            .get(situation(r)))
        .col("Honoraires (EUR)", OTHER, r -> List.of("28,79", "31,04", "35,17", "26,12")
            .get(situation(r)))
        .col("Quote-part (EUR)", OTHER, r -> List.of("7,19", "5,31", "0,00", "6,53")
            .get(situation(r)))
        .col("Tiers payant", OTHER, r -> r.stable("tp", 3) == 0 ? "oui" : "non");
  }

  private static String physioDiagnosis(Row r) {
    List<String> own = switch (situation(r)) {
      case 0 -> r.p().female() ? List.of("Lombalgie commune", "Cervicalgie",
          "Tendinopathie de la coiffe des rotateurs", "Incontinence urinaire d'effort")
          : List.of("Lombalgie commune", "Cervicalgie", "Tendinopathie de la coiffe des rotateurs");
      case 1 -> List.of("Entorse cheville droite", "Entorse cheville gauche");
      case 2 -> List.of("Status après PTH droite", "Status après PTH gauche");
      default -> List.of("Sclérose en plaques, forme rémittente");
    };
    return own.get(r.stable("dx", own.size()));
  }

  private static LocalDate prescribed(Row r) {
    return LocalDate.of(2021, 1, 4).plusDays(r.stable("presdate", 1200));
  }

  private static int situation(Row r) {
    return r.stable("sit", 4);
  }

  // ------------------------------------------------------------------------------- Germany

  private static CsvLayout fertilityDe() {
    List<String> partners = List.of("Tobias", "Jonas", "Stefan", "Felix", "Markus", "Deniz",
        "Christian", "Sebastian");
    List<String> partnerFamilies = List.of("Lange", "Vogel", "Keller", "Brandt", "Yildiz",
        "Engel");
    return CsvLayout.of("de-kinderwunschzentrum-zyklen", DE).quoteAll().dates("dd.MM.yyyy")
        .women().ages(25, 44).people(70).rows(1, 4)
        .col("Pat.-ID", RECORD_ID, r -> "KW-" + String.format(Locale.ROOT, "%05d",
            ResearchLayouts.personKey(r.p().id(), 100_000)))
        .col("Nachname", FAMILY_NAME, r -> r.p().family())
        .col("Vorname", GIVEN_NAME, r -> r.p().given())
        .col("Geb.-Datum", BIRTH_DATE, Row::birth)
        .col("Alter (J.)", AGE, r -> String.valueOf(Period.between(r.p().birthDate(), cycleStart(r))
            .getYears()))
        .col("KVNR", NATIONAL_ID, r -> r.stable("pkv", 5) == 0 ? "" : r.p().nationalId())
        .col("Kostenträger", OTHER, r -> r.stable("pkv", 5) == 0 ? "PKV / Beihilfe"
            : List.of("AOK Nordost", "Techniker Krankenkasse", "BARMER", "IKK classic")
                .get(r.stable("kk", 4)))
        .col("Partner", PERSON_NAME, r -> partners.get(r.stable("pg", partners.size())) + " "
            + (r.stable("pf", 2) == 0 ? r.p().family()
            : partnerFamilies.get(r.stable("pfn", partnerFamilies.size()))))
        .col("Zyklus", OTHER, r -> "Z" + (1 + r.visit()))
        .col("Behandlung", PROCEDURE, r -> treatment(r))
        .col("Stim.-Beginn", CLINICAL_DATE, r -> r.fmt(cycleStart(r)))
        .col("Punktion", CLINICAL_DATE, r -> punctured(r) ? r.fmt(cycleStart(r).plusDays(11
            + r.visitPick("pk", 4))) : "")
        .col("Eizellen (n)", OTHER, r -> punctured(r) ? String.valueOf(2 + r.visitPick("ez", 14))
            : "")
        .graded("Indikation", DIAGNOSIS, r -> new Cell(List.of("N97.1 Sterilität tubaren Ursprungs",
            "E28.2 Syndrom polyzystischer Ovarien", "N80.1 Endometriose des Ovars",
            "N97.4 Sterilität bei Faktoren des Partners", "N97.9 Sterilität der Frau, nicht näher "
            + "bezeichnet").get(r.stable("ind", 5)), UNGRADED))
        .col("Medikation", MEDICATION, r -> treatment(r).startsWith("Kryo")
            ? "Estradiolvalerat 2 mg; Progesteron 200 mg vaginal"
            : List.of("Follitropin alfa 150 IE; Ganirelix 0,25 mg",
                "Menotropin 225 IE; Cetrorelix 0,25 mg", "Clomifen 50 mg")
                .get(r.visitPick("stim", 3)))
        .graded("β-hCG", TEST_RESULT, r -> switch (r.visitPick("hcg", 6)) {
          case 0 -> Cell.of("");
          case 1, 2 -> new Cell("positiv (" + (80 + r.visitPick("hv", 400)) + " IU/l)", UNGRADED);
          case 3 -> new Cell("biochemische SS", UNGRADED);
          default -> new Cell("negativ (<2 IU/l)", UNGRADED);
        })
        .graded("Infektionsserologie", TEST_RESULT, r -> r.visit() != 0 ? Cell.of("")
            : new Cell(r.stable("rub", 6) == 0 ? "HIV/HBsAg/Anti-HCV neg.; Röteln-IgG neg."
                : "HIV/HBsAg/Anti-HCV neg.; Röteln-IgG pos.", UNGRADED))
        .graded("Krebsvorsorge", TEST_RESULT, r -> r.visit() != 0 ? Cell.of("")
            : smearDe(r))
        .col("Ärztin/Arzt", PROVIDER, r -> List.of("Dr. med. J. Weiß", "PD Dr. med. A. Roth",
            "Dr. med. C. Lorenz").get(r.visitPick("arzt", 3)))
        .col("Bemerkung", FREE_TEXT, r -> List.of("Transfer 1 Blastozyste",
            "OHSS-Prophylaxe, freeze all", "2 Blastozysten kryokonserviert", "Paar wünscht Pause")
            .get(r.visitPick("bem", 4))).blank(55);
  }

  private static LocalDate cycleStart(Row r) {
    return LocalDate.of(2020, 2, 3).plusDays(r.stable("start", 1200) + 100L * r.visit()
        + r.visitPick("later", 30));
  }

  private static String treatment(Row r) {
    return r.visit() == 0 ? List.of("IVF", "ICSI", "IUI (homolog)").get(r.stable("first", 3))
        : List.of("ICSI", "Kryo-ET", "IVF", "Kryo-ET").get(r.visitPick("tr", 4));
  }

  private static boolean punctured(Row r) {
    String t = treatment(r);
    return t.equals("IVF") || t.equals("ICSI");
  }

  private static Cell smearDe(Row r) {
    Screening s = r.s();
    String pap = s.pap().isEmpty() ? "1" : s.pap();
    Screening cyto = new Screening(s.hpv(), s.genotype(), pap);
    LocalDate taken = cycleStart(r).minusDays(20 + r.visitPick("vs", 200));
    String when = String.format(Locale.ROOT, " (%02d/%d)", taken.getMonthValue(), taken.getYear());
    ResultGrade grade = cyto.papMunichGrade();
    String text = cyto.papMunich();
    if (Period.between(r.p().birthDate(), taken).getYears() >= 35) {
      text += switch (s.hpv()) {
        case NEGATIVE -> " / HPV neg.";
        case POSITIVE -> " / HPV pos.";
        case UNSATISFACTORY -> " / HPV n.b.";
      };
      grade = grade.max(s.hpvGrade());
    }
    return new Cell(text + when, grade);
  }

  private static CsvLayout digaDe() {
    List<String[]> apps = List.of(
        new String[] {"MindPfad (Depression)", "F32.1", "PHQ-9"},
        new String[] {"SchlafWerk (Insomnie)", "F51.0", "ISI"},
        new String[] {"LebensStil+ (Adipositas)", "E66.0", "BMI"},
        new String[] {"RückenKompass", "M54.5", "ODI"},
        new String[] {"OhrRuhe (Tinnitus)", "H93.1", "THI"},
        new String[] {"EndoBalance (Endometriose)", "N80.9", "EHP-5"});
    return CsvLayout.of("de-diga-hersteller-nutzerexport", DE).dates("yyyy-MM-dd")
        .people(95).ages(18, 75).rows(1, 2)
        .col("nutzer_id", RECORD_ID, r -> r.p().uuid())
        .col("freischaltcode", INSURANCE_ID, r -> {
          String c = (r.p().uuid().replace("-", "").substring(0, 8) + r.sample().substring(1))
              .toUpperCase(Locale.ROOT);
          return c.substring(0, 4) + "-" + c.substring(4, 8) + "-" + c.substring(8, 12) + "-"
              + c.substring(12, 16);
        })
        .col("krankenkasse", OTHER, r -> List.of("AOK Bayern", "DAK-Gesundheit", "BARMER",
            "hkk Krankenkasse").get(r.stable("kk", 4)))
        .col("ik_kasse", OTHER, r -> List.of("108310400", "105830016", "104940005", "101570104")
            .get(r.stable("kk", 4)))
        .col("email", EMAIL, r -> r.p().email())
        .col("vorname", GIVEN_NAME, r -> r.p().given())
        .col("nachname", FAMILY_NAME, r -> r.p().family())
        .col("geburtsjahr", BIRTH_DATE, r -> String.valueOf(r.p().birthDate().getYear()))
        .col("geschlecht", SEX, r -> r.p().female() ? "weiblich" : "männlich")
        .col("plz", POSTCODE, r -> r.p().postcode())
        .col("verordnet_am", CLINICAL_DATE, Row::when)
        .col("aktiviert_am", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(2 + r.visitPick("akt",
            20))))
        .col("anwendung", PROCEDURE, r -> app(r, apps)[0])
        .graded("icd10_gm", DIAGNOSIS, r -> new Cell(app(r, apps)[1], UNGRADED))
        .col("verordnende_praxis", PROVIDER, r -> List.of(
            "Praxis Dr. Neumann, LANR " + lanr("318204", "01"),
            "MVZ Am Markt, LANR " + lanr("452917", "58"),
            "Dr. med. E. Schwarz, LANR " + lanr("607341", "03")).get(r.stable("praxis", 3)))
        .graded("score_start", TEST_RESULT, r -> new Cell(app(r, apps)[2] + " "
            + score(r, apps, true), UNGRADED))
        .graded("score_aktuell", TEST_RESULT, r -> new Cell(app(r, apps)[2] + " "
            + score(r, apps, false), UNGRADED)).blank(30)
        .col("module_abgeschlossen", OTHER, r -> (r.visitPick("mod", 13)) + "/12")
        .col("letzter_login", OTHER, r -> r.fmt(r.date().plusDays(30 + r.visitPick("log", 60)))
            + " " + r.clock("login"))
        .col("abrechnungsstatus", OTHER, r -> List.of("abgerechnet", "abgerechnet", "offen",
            "storniert").get(r.visitPick("abr", 4)));
  }

  /** A questionnaire score (or BMI) at the start or now, in the instrument's own range. */
  private static String score(Row r, List<String[]> apps, boolean start) {
    String instrument = app(r, apps)[2];
    int base = switch (instrument) {
      case "BMI" -> 31;
      case "ODI", "THI" -> 20;
      default -> 10;
    };
    int spread = instrument.equals("BMI") ? 9 : 14;
    int drop = start ? 0 : 2 + r.visitPick("drop", instrument.equals("BMI") ? 4 : 8);
    return String.valueOf(base + r.visitPick("s0", spread) - drop);
  }

  private static String[] app(Row r, List<String[]> apps) {
    int n = r.p().female() ? apps.size() : apps.size() - 1;
    return apps.get(r.stable("app", n));
  }

  /**
   * A lifelong physician number (LANR): six digits, a check digit, and the two digits of the
   * specialty. The check digit makes {@code 4·d1 + 9·d2 + 4·d3 + 9·d4 + 4·d5 + 9·d6 + check}
   * a multiple of ten (the KBV's rule, the Deutsche Post Identcode's weights).
   */
  static String lanr(String six, String specialty) {
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += (six.charAt(i) - '0') * (i % 2 == 0 ? 4 : 9);
    }
    return six + (10 - sum % 10) % 10 + specialty;
  }

  // ------------------------------------------------------------------------------- France

  private static CsvLayout selfSamplingFr() {
    return CsvLayout.of("fr-kits-autoprelevement-suivi-envois", FR).delimiter(';').windows1252()
        .dates("dd/MM/yyyy").women().ages(36, 66).people(100).rows(1, 3)
        .col("N_KIT", RECORD_ID, r -> "APV" + r.date().getYear() + r.sample().substring(2))
        .col("NIR", NATIONAL_ID, r -> r.p().nationalId().substring(0, 13) + " "
            + r.p().nationalId().substring(13)).blank(8)
        .col("CIVILITE", OTHER, r -> "MME")
        .col("NOM_NAISSANCE", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden()).toUpperCase(Locale.ROOT))
        .col("NOM_USAGE", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? ""
            : r.p().family().toUpperCase(Locale.ROOT))
        .col("PRENOM", GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
        .col("DATE_NAISSANCE", BIRTH_DATE, r -> FRENCH_COMPACT.format(r.p().birthDate()))
        .col("ADRESSE_L3", STREET_ADDRESS, r -> r.stable("l3", 5) == 0 ? "RESIDENCE LES "
            + List.of("TILLEULS", "GLYCINES", "PINS").get(r.stable("res", 3)) + " BAT "
            + (char) ('A' + r.stable("bat", 4)) : "")
        .col("ADRESSE_L4", STREET_ADDRESS, r -> r.p().streetLine().toUpperCase(Locale.ROOT))
        .col("ADRESSE_L6", POSTCODE, r -> r.p().postcode() + " "
            + r.p().city().toUpperCase(Locale.ROOT))
        .col("TEL", PHONE, r -> r.p().phone()).blank(45)
        .col("MEDECIN_TRAITANT", PROVIDER, r -> List.of("DR MOREAU ISABELLE", "DR BLANC THOMAS",
            "DR FAURE NADIA", "DR LEGRAND YVES").get(r.stable("mt", 4)))
        .col("DATE_ENVOI", CLINICAL_DATE, Row::when)
        .col("DATE_RELANCE", CLINICAL_DATE, r -> kitFr(r) == 1 || r.visitPick("rel", 3) == 0
            ? r.fmt(r.date().plusDays(45)) : "")
        .col("DATE_RECEPTION", CLINICAL_DATE, r -> kitFr(r) == 0 || kitFr(r) == 3
            ? r.fmt(r.date().plusDays(10 + r.visitPick("rec", 50))) : "")
        .col("STATUT", OTHER, r -> List.of("ANALYSE", "NON RETOURNE", "NPAI",
            "RETOURNE NON CONFORME").get(kitFr(r)))
        .graded("RESULTAT", TEST_RESULT, r -> switch (kitFr(r)) {
          case 0 -> switch (r.s().hpv()) {
            case NEGATIVE -> new Cell("HPV-HR NON DETECTE", NORMAL);
            case UNSATISFACTORY -> new Cell("ININTERPRETABLE", UNSATISFACTORY);
            case POSITIVE -> new Cell(r.s().genotype().equals("other")
                ? "HPV-HR DETECTE (AUTRES GENOTYPES)" : "HPV-HR DETECTE - GENOTYPE "
                + r.s().genotype(), ABNORMAL_LOW_GRADE);
          };
          case 3 -> new Cell("PRELEVEMENT NON CONFORME (DELAI DEPASSE)", UNSATISFACTORY);
          default -> Cell.of("");
        })
        .col("CONDUITE_A_TENIR", PROCEDURE, r -> switch (kitFr(r)) {
          case 0 -> switch (r.s().hpv()) {
            case NEGATIVE -> "NOUVEAU DEPISTAGE DANS 5 ANS";
            case UNSATISFACTORY -> "NOUVEAU KIT ENVOYE";
            case POSITIVE -> "EXAMEN CYTOLOGIQUE CHEZ UN PROFESSIONNEL DE SANTE";
          };
          case 3 -> "NOUVEAU KIT ENVOYE";
          default -> "";
        });
  }

  /** What became of a kit: 0 analysed, 1 not returned, 2 address unknown, 3 returned too late. */
  private static int kitFr(Row r) {
    int k = r.visitPick("kitfr", 100);
    return k < 62 ? 0 : k < 86 ? 1 : k < 93 ? 2 : 3;
  }

  // ------------------------------------------------------------------------------- Ireland

  private static CsvLayout studentHealthIe() {
    return CsvLayout.of("ie-university-student-health-visits", IE).windows1252().dates("d/M/yyyy")
        .people(100).ages(24, 36).rows(1, 3).byDate()
        .col("Student No", RECORD_ID, r -> String.valueOf(20_000_000 + ResearchLayouts.personKey(
            r.p().id(), 9_000_000)))
        .col("PPSN", NATIONAL_ID, r -> r.stable("pps", 5) < 2 ? r.p().nationalId() : "")
        .col("Name", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Gender", SEX, r -> r.p().female() ? "F" : "M")
        .col("Programme", OTHER, r -> List.of("BSc Nursing (Y2)", "BA Arts (Y1)", "PhD Chemistry",
            "MSc Data Analytics", "BComm (Y3)", "MB BCh BAO (Y4)").get(r.stable("prog", 6)))
        .col("Term Address", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Eircode", POSTCODE, r -> r.p().postcode())
        .col("Mobile", PHONE, r -> String.format(Locale.ROOT, "087 555 %04d",
            ResearchLayouts.personKey(r.p().id(), 10_000))).blank(10)
        .col("Email", EMAIL, r -> r.p().email())
        .col("Medical Card", OTHER, r -> r.stable("mc", 4) == 0 ? "Y" : "N")
        .col("Visit Date", CLINICAL_DATE, Row::when)
        .col("Seen By", PROVIDER, r -> List.of("Dr C. Ní Riain", "Nurse P. Doyle", "Dr F. Keane")
            .get(r.visitPick("seen", 3)))
        .graded("Reason for Visit", DIAGNOSIS, r -> new Cell(screeningVisit(r)
            ? "CervicalCheck screening test" : reasonIe(r), UNGRADED))
        .graded("Cervical Screening Result", TEST_RESULT, r -> screeningVisit(r) ? cervicalIe(r)
            : Cell.of(""))
        .col("Prescribed", MEDICATION, r -> {
          if (screeningVisit(r) || r.visitPick("norx", 3) == 0) {
            return "";
          }
          return switch (reasonIe(r)) {
            case "Anxiety/stress" -> "Sertraline 50mg";
            case "Sports injury - ankle" -> "Naproxen 500mg";
            case "STI screen (asymptomatic)" -> "";
            case "Cough/URTI" -> "Amoxicillin 500mg TDS x5/7";
            case "Acne" -> "Lymecycline 408mg OD";
            default -> "Microgynon 30";
          };
        })
        .col("Fee (EUR)", OTHER, r -> screeningVisit(r) || r.stable("mc", 4) == 0 ? "0.00"
            : "20.00")
        .col("Note", FREE_TEXT, r -> List.of("Advised re exam stress supports",
            "Follow up 2/52", "Referred to student counselling", "Declined STI screen")
            .get(r.visitPick("note", 4))).blank(55);
  }

  private static boolean screeningVisit(Row r) {
    return r.p().female() && Period.between(r.p().birthDate(), r.date()).getYears() >= 25
        && r.visitPick("cc", 5) < 3;
  }

  private static String reasonIe(Row r) {
    List<String> reasons = List.of("Anxiety/stress", "Sports injury - ankle",
        "STI screen (asymptomatic)", "Cough/URTI", "Acne", "Contraception");
    return reasons.get(r.visitPick("why", r.p().female() ? 6 : 5));
  }

  private static Cell cervicalIe(Row r) {
    Screening s = r.s();
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell("HPV not detected - routine recall", NORMAL);
      case UNSATISFACTORY -> new Cell("Inadequate sample - repeat in 3 months", UNSATISFACTORY);
      case POSITIVE -> new Cell("HPV detected; cytology " + s.bethesda(r.rng())
          + (ABNORMAL.contains(s.papGrade()) ? " - referred to colposcopy"
          : " - repeat HPV test in 12 months"), ABNORMAL_LOW_GRADE.max(s.papGrade()));
    };
  }

  // ------------------------------------------------------------------------------- helpers

  /** The day a lab action was logged: days after sampling, the cytology after the hrHPV. */
  private static LocalDate actionDay(Row r) {
    return r.date().plusDays(3 + r.visitPick("lab", 6) + (r.part() == Part.CYTOLOGY ? 4 : 0));
  }
}
