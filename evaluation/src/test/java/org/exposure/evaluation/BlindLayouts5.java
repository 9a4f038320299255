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
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The fifth blind part of the corpus (issue 17): twelve CSV layouts in the corpus's first seven
 * countries, written by someone who read neither the classifier's code nor any figure of any part.
 * Its truth comes from the generator, {@code docs/evaluation.md}'s labelling guides (types and grades)
 * and DESIGN.md's type definitions. It is sealed: run it once, then read this Javadoc. {@link Corpus}
 * does not write these layouts.
 *
 * <h2>The layouts</h2>
 *
 * <ol>
 *   <li>{@code nl-huisartsportaal-berichtenexport} (NL): a GP practice's patient-portal message
 *       export, one row per message: message id, the practice system's patient number (blank on
 *       some rows), BSN on most, {@code Mw. M.J. van der Berg}, e-mail, sent and read timestamps,
 *       direction, category, subject and body, the test a result message carries and the result
 *       attached to it (the programme's smear as HPV and cytology in one cell, or a lab value with
 *       its unit), the repeat prescription's medicine, the GP with an AGB code; {@code ;}, UTF-8
 *       with BOM, {@code dd-MM-yyyy}.
 *   <li>{@code nl-gemeente-wmo-meldingen} (NL): a municipality's social-support (Wmo) requests:
 *       case number, request date, BSN with Excel's lost leading zero, initials, prefixes and
 *       family name in their own columns, street, house number with its letter, postcode, town,
 *       district, the informal carer's name and phone, the CIZ-style ground of the need, the
 *       request in the client's words, the provision, the decision, the own contribution, the
 *       consultant, the GP, the kitchen-table talk's report; {@code ;}, Windows-1252, CRLF, {@code
 *       d-M-yyyy}.
 *   <li>{@code us-mobile-screening-van-day-list} (US): a mobile women's-health van's day list: stop
 *       date, stop location, appointment time, MRN, {@code LAST, First}, DOB, age, preferred
 *       language, a Hispanic flag and race, cell phone, a whole home address line, coverage and the
 *       Medicaid (MassHealth) id, the services (co-test or primary HPV), clinician, HR HPV with
 *       genotype, Bethesda cytology, follow-up plan (ASCCP-style), navigator notes, letter flag;
 *       {@code M/d/yyyy}.
 *   <li>{@code us-ems-epcr-nemsis-export} (US): an EMS agency's patient care reports, headers the
 *       NEMSIS v3 element ids with their names ({@code ePatient.02 Last Name}, {@code eSituation.11
 *       Provider's Primary Impression}): incident and PCR numbers, dispatch time, service and
 *       location type, names, home address, county and state as FIPS codes, ZIP, SSN on a minority,
 *       gender, race, age and age units, DOB, phone, primary symptom and impression as ICD-10-CM
 *       code and text, vitals, medication, procedure, destination, disposition, crew member id,
 *       narrative; every cell quoted, {@code MM/dd/yyyy}.
 *   <li>{@code uk-private-health-assessment-results} (UK): a private health-assessment provider's
 *       results export: client and booking refs, corporate or insured account with membership
 *       number, title, forename, surname, DOB, gender, postcode, mobile, e-mail, assessment date,
 *       package, centre, assessing doctor with GMC number, BMI, cholesterol and HbA1c with units in
 *       the headers, HR-HPV and LBC cytology (NHS wording) for the well-woman package, summary to
 *       GP, next due; CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code uk-online-sti-postal-kit-orders} (UK): an online sexual-health service's postal
 *       test-kit orders in snake_case: order and user ids, ISO timestamps with {@code Z}, preferred
 *       name, DOB, sex at birth and gender identity, the gender of sexual partners, ethnicity, the
 *       delivery address, E.164 mobile, e-mail, the commissioning council, kit type, chlamydia,
 *       gonorrhoea, HIV and syphilis results, treatment posted, reviewer, status.
 *   <li>{@code be-clb-leerlingendossier-vaccinaties} (BE): a Flemish pupil guidance centre's (CLB)
 *       school-health file: pupil id, national number, names, birth date, sex, school, class,
 *       address, a parent's name and GSM, the contact (systematic contact or school vaccination),
 *       date, HPV vaccine doses and boosters, lot, consent, Vaccinnet registration, height, weight,
 *       visual acuity, the CLB doctor or nurse with a RIZIV number carrying its check digits; TAB,
 *       {@code dd/MM/yyyy}, pupils 11-14.
 *   <li>{@code be-com-oncologie-gynecologique} (BE): a Walloon hospital's multidisciplinary
 *       gynaecological-oncology meeting (COM) register: patient number, NISS on most rows, names,
 *       birth date, mutualité, meeting date and type, requesting doctor with INAMI number, tumour
 *       site, histology, ICD-10, cTNM, FIGO 2018 stage, the reference smear (French Bethesda) and
 *       HPV for cervical cases, the treatment proposed, the cancer-registry flag, a comment; {@code
 *       ;}, Windows-1252, CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code de-gesundheitsamt-sti-beratungsstelle} (DE): a public health office's STI
 *       counselling and examination service (§ 19 IfSG), largely anonymous: a client code built
 *       from name letters and birth date, first name for some, birth year, sex, country of origin,
 *       language, interpreting, the target group, PLZ for some, date, the occasion, tests done,
 *       HIV, syphilis and CT/NG results, HPV and cytology in the Munich nomenclature III for women
 *       examined, therapy, referral, physician, the IfSG notification flag; TAB, {@code
 *       dd.MM.yyyy}.
 *   <li>{@code de-rettungsdienst-einsatzprotokolle} (DE): an ambulance service's mission protocols:
 *       mission number, alarm time, mission type and vehicle call sign, {@code Müller, Anna}, birth
 *       date, age, sex, address, PLZ and town in one cell, payer and KVNR, leading symptom, GCS,
 *       blood pressure, SpO2, NACA score, suspected diagnosis as ICD-10-GM code and text, measures,
 *       drugs, destination, emergency physician, free text; {@code ;}, Windows-1252, CRLF, {@code
 *       dd.MM.yyyy}.
 *   <li>{@code fr-ces-examen-prevention-sante} (FR): a health-insurance examination centre's (CES)
 *       prevention check-ups (EPS), upper-case abbreviated headers: file number, NIR, birth and
 *       usage names, first name, birth date, sex coded 1/2, address, postcode, town in capitals,
 *       phone, the CPAM, exam date, EPICES deprivation score, BMI, fasting glucose with decimal
 *       commas, the HPV test from 30 and cytology (triage, or primary under 30) in French wording,
 *       the orientation, the attending doctor and an RPPS-shaped number, observations; {@code ;},
 *       Windows-1252, CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code ie-maternity-booking-clinic-list} (IE): a maternity hospital's booking clinic list:
 *       MRN, {@code Aoife MURPHY}, DOB, age at booking, PPSN for some, a whole address line with
 *       the town, Eircode, mobile, ethnic or cultural background (census categories), GP,
 *       consultant, care type, booking date, EDD, gravida and para, blood group, rubella,
 *       HIV/hepatitis B/ syphilis screen in one cell, BMI, the last CervicalCheck's month and its
 *       result (HPV with cytology in one cell), booking notes; UTF-8 with BOM, {@code dd/MM/yyyy}.
 * </ol>
 *
 * <h2>Labelling decisions the guide did not name</h2>
 *
 * Each was taken from DESIGN.md's definitions and the guide's nearest row, never from the classifier:
 *
 * <ul>
 *   <li>Portal: the message id and the practice system's patient number RECORD_ID. A message sent
 *       to or from the GP is a consultation by message: its sent time CLINICAL_DATE; the time it
 *       was read OTHER (access log). Direction and category OTHER. Subject and body are free text
 *       (FREE_TEXT) and state no result: they grade nothing. The test a result message carries
 *       TEST_TYPE; the attached result TEST_RESULT, the smear graded by its worst part, a lab value
 *       UNGRADED. The medicine of a repeat prescription MEDICATION.
 *   <li>Wmo: a request for social support is a request for care, like a waiting list's date added:
 *       CLINICAL_DATE. A BSN whose leading zero Excel dropped (eight digits) is still NATIONAL_ID.
 *       The house number with its letter ({@code 12a}) HOUSE_NUMBER; the district (wijk) OTHER,
 *       coarser than the town. The informal carer's name PERSON_NAME and phone PHONE (another
 *       person on the client's row; the row is hers, as the fourth part's partner). The ground of
 *       the need ({@code PSY - psychiatrische aandoening}) names a kind of condition: DIAGNOSIS,
 *       UNGRADED. The provision granted ({@code Hulp bij het huishouden}, {@code Traplift}) is care
 *       planned: PROCEDURE. Decision, own contribution and the municipality's consultant OTHER; the
 *       GP PROVIDER. The request in the client's words and the talk's report FREE_TEXT, grading
 *       nothing (the ground beside them grades the row UNGRADED).
 *   <li>Mobile van: stop location and appointment time OTHER; a Hispanic flag and race
 *       RACIAL_OR_ETHNIC_ORIGIN; coverage names a payer: OTHER; the MassHealth id INSURANCE_ID; the
 *       services done TEST_TYPE. HR HPV {@code Negative} NORMAL, {@code POSITIVE - ...} low grade,
 *       {@code Invalid - QNS} UNSATISFACTORY; cytology by its Bethesda term. The follow-up plan
 *       ({@code Colposcopy referral}, {@code Routine - repeat in 5 yrs}) is care planned:
 *       PROCEDURE. Navigator notes FREE_TEXT; the letter flag OTHER.
 *   <li>EMS: the incident number and the PCR number RECORD_ID; the dispatch time CLINICAL_DATE;
 *       service type, location type, age units, destination and disposition OTHER; county and state
 *       FIPS codes OTHER (the guide's row). Primary symptom and primary impression are the reasons
 *       for the contact: DIAGNOSIS, UNGRADED (the blind part's presenting-complaint rule). Vitals
 *       TEST_RESULT, UNGRADED. The crew member id is the treating clinician's own number: PROVIDER.
 *       The narrative FREE_TEXT, grading nothing.
 *   <li>Health assessment: client and booking refs RECORD_ID; the account (employer or insurer)
 *       OTHER; the membership number INSURANCE_ID; title OTHER; the package (which tests were done)
 *       TEST_TYPE; the centre OTHER; BMI, cholesterol and HbA1c TEST_RESULT, UNGRADED; HR-HPV and
 *       cytology graded as NHS wording; the summary to the GP FREE_TEXT grading nothing. The next
 *       assessment due is a care event planned, like an invitation: CLINICAL_DATE.
 *   <li>Postal kits: order and user ids RECORD_ID; ordered and received timestamps CLINICAL_DATE
 *       (as the fourth part's kit orders); sex at birth and gender identity SEX; the gender of
 *       sexual partners states sex life: SEX_LIFE_OR_ORIENTATION (the guide's risk-group row); the
 *       council OTHER; the kit type TEST_TYPE; every STI result TEST_RESULT, UNGRADED, negative and
 *       haemolysed ones too (not cervical: the guide's UNGRADED row); the treatment posted
 *       MEDICATION; the reviewing nurse or doctor PROVIDER; status OTHER.
 *   <li>CLB: the pupil id RECORD_ID; school, class, lot, consent and Vaccinnet registration status
 *       OTHER; the parent's name PERSON_NAME and GSM PHONE; the contact (systematic contact, school
 *       vaccination) PROCEDURE (as the fourth part's contact types); vaccine doses MEDICATION;
 *       height, weight and visual acuity TEST_RESULT, UNGRADED; the CLB doctor or nurse PROVIDER.
 *       The RIZIV check digits are {@code 97 - n mod 97} over the first six digits.
 *   <li>COM: the patient number RECORD_ID; mutualité OTHER; the meeting date CLINICAL_DATE and its
 *       type OTHER; tumour site, histology, ICD-10 code, cTNM and FIGO stage DIAGNOSIS, each graded
 *       as the tumour (invasive CANCER; CIN 3 and adenocarcinoma in situ high grade), blank where a
 *       stage does not apply; the reference smear graded by its French Bethesda term and HPV HR
 *       positive low grade; the treatment proposed PROCEDURE; the registry flag OTHER.
 *   <li>Public health office: the client code, built from name letters and the birth date, names a
 *       record of the office: RECORD_ID. Birth year alone BIRTH_DATE; country of origin
 *       RACIAL_OR_ETHNIC_ORIGIN (the guide's {@code herkomst}); language and interpreting OTHER;
 *       the target group ({@code Sexarbeit}, {@code MSM}) SEX_LIFE_OR_ORIENTATION; the occasion
 *       PROCEDURE; tests done TEST_TYPE; HIV, syphilis and CT/NG TEST_RESULT, UNGRADED; HPV-HR and
 *       the Munich group graded as the guide's rows; a negative HPV with its co-test {@code Pap I}
 *       NORMAL; therapy MEDICATION; referral PROCEDURE; the IfSG notification flag OTHER.
 *   <li>Ambulance: the mission number RECORD_ID; the alarm time CLINICAL_DATE; mission type,
 *       vehicle, payer and destination OTHER; PLZ and town in one cell POSTCODE (the fourth part's
 *       postal-line rule); leading symptom and suspected diagnosis DIAGNOSIS, UNGRADED; GCS, blood
 *       pressure, SpO2 and the NACA score TEST_RESULT, UNGRADED; measures PROCEDURE; drugs
 *       MEDICATION; the emergency physician PROVIDER; free text grading nothing.
 *   <li>CES: the file number RECORD_ID; birth and usage names FAMILY_NAME; sex coded {@code
 *       1}/{@code 2} SEX; the CPAM OTHER; the EPICES deprivation score, BMI and fasting glucose
 *       TEST_RESULT, UNGRADED (a score, as questionnaire scores); HPV and cytology graded by their
 *       French wording ({@code NILM} NORMAL, {@code Frottis non interprétable} UNSATISFACTORY); the
 *       orientation PROCEDURE; the attending doctor and the RPPS-shaped number PROVIDER.
 *   <li>Maternity: MRN RECORD_ID; age at booking AGE; ethnic or cultural background
 *       RACIAL_OR_ETHNIC_ORIGIN; care type OTHER; booking date, EDD (a care event planned) and the
 *       last CervicalCheck's month CLINICAL_DATE; gravida and para state pregnancies: DIAGNOSIS,
 *       UNGRADED (like pregnancy codes); blood group, rubella, the blood-borne virus screen and BMI
 *       TEST_RESULT, UNGRADED; the CervicalCheck cell graded by its worst part ({@code HPV
 *       detected; cytology: NILM} low grade, {@code Inadequate sample ...} UNSATISFACTORY).
 *   <li>A man's row never shows a cervical finding; the COM, the van and the maternity list hold
 *       women only.
 * </ul>
 */
final class BlindLayouts5 {
  private BlindLayouts5() {}

  static List<CsvLayout> all() {
    return List.of(portalNl(), wmoNl(), mobileUnitUs(), emsUs(), healthAssessmentUk(),
        postalKitsUk(), clbBe(), oncologyBoardBe(), publicHealthOfficeDe(), ambulanceDe(),
        preventionCentreFr(), maternityBookingIe());
  }

  // ------------------------------------------------------------------------------- The Netherlands

  /** What a portal message is about. */
  private enum Topic { SMEAR, LAB, REPEAT, QUESTION, APPOINTMENT }

  private static Topic topic(Row r) {
    if (r.p().female() && r.visit() == 0 && r.stable("bvo", 10) < 8) {
      return Topic.SMEAR;
    }
    return List.of(Topic.LAB, Topic.REPEAT, Topic.QUESTION, Topic.APPOINTMENT, Topic.REPEAT)
        .get(r.visitPick("topic", 5));
  }

  private static CsvLayout portalNl() {
    return CsvLayout.of("nl-huisartsportaal-berichtenexport", NL).delimiter(';').bom()
        .dates("dd-MM-yyyy").people(90).ages(36, 65).rows(1, 4).byDate()
        .col("BerichtID", RECORD_ID, r -> "MSG-" + r.sample().substring(1))
        .col("PatientNr HIS", RECORD_ID, r -> r.p().recordNumber()).blank(15)
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(30)
        .col("Naam", PERSON_NAME, r -> (r.p().female() ? "Mw. " : "Dhr. ") + r.p().initials()
            + " " + r.p().fullFamily())
        .col("Geb.datum", BIRTH_DATE, Row::birth)
        .col("E-mailadres", EMAIL, r -> r.p().email())
        .col("Verzonden op", CLINICAL_DATE, r -> r.when() + " " + r.clock("sent"))
        .col("Richting", OTHER, r -> switch (topic(r)) {
          case SMEAR, LAB -> "praktijk > patiënt";
          default -> "patiënt > praktijk";
        })
        .col("Categorie", OTHER, r -> switch (topic(r)) {
          case SMEAR, LAB -> "Uitslag";
          case REPEAT -> "Herhaalrecept";
          case QUESTION -> "E-consult";
          case APPOINTMENT -> "Afspraakverzoek";
        })
        .col("Onderwerp", FREE_TEXT, r -> switch (topic(r)) {
          case SMEAR -> "Uitslag bevolkingsonderzoek baarmoederhalskanker";
          case LAB -> "Uw uitslag is binnen";
          case REPEAT -> "Herhaalrecept aangevraagd";
          case QUESTION -> List.of("Vraag aan de huisarts", "Vraag over mijn medicijnen",
              "Terugbelverzoek").get(r.visitPick("subj", 3));
          case APPOINTMENT -> "Afspraak maken";
        })
        .col("Bericht", FREE_TEXT, r -> switch (topic(r)) {
          case SMEAR, LAB -> List.of("Beste patiënt, de uitslag staat hieronder. Met vriendelijke "
              + "groet, de assistente", "Zie bijgevoegde uitslag. Bij vragen kunt u bellen.",
              "De huisarts heeft de uitslag bekeken, zie hieronder.").get(r.visitPick("body", 3));
          case REPEAT -> "Graag weer mijn vaste medicatie, ophalen bij de apotheek.";
          case QUESTION -> List.of("Kan de dokter mij deze week terugbellen?",
              "Moet ik hiervoor langskomen of kan het telefonisch?",
              "Ik wil graag iets overleggen, wanneer kan dat?").get(r.visitPick("body", 3));
          case APPOINTMENT -> "Graag een afspraak in de ochtend, liefst voor 10 uur.";
        })
        .col("Bepaling", TEST_TYPE, r -> switch (topic(r)) {
          case SMEAR -> "Uitstrijkje BVO (hrHPV, reflexcytologie)";
          case LAB -> labNl(r)[0];
          default -> "";
        })
        .graded("Gekoppelde uitslag", TEST_RESULT, r -> switch (topic(r)) {
          case SMEAR -> new Cell(r.s().combinedDutch(r.rng()), r.s().grade());
          case LAB -> new Cell(labNl(r)[1], UNGRADED);
          default -> Cell.of("");
        })
        .col("Medicatie", MEDICATION, r -> topic(r) == Topic.REPEAT ? r.med().european() : "")
        .col("Behandelaar", PROVIDER, r -> List.of("A. de Wit, huisarts (AGB 01034417)",
            "M. Terpstra, huisarts (AGB 01029981)", "Huisartsenpraktijk Het Anker")
            .get(r.stable("gp", 3)))
        .col("Gelezen op", OTHER, r -> r.fmt(r.date().plusDays(1 + r.visitPick("read", 4))) + " "
            + r.clock("read")).blank(20);
  }

  /** A laboratory value the GP sends through the portal: test name and value with its unit. */
  private static String[] labNl(Row r) {
    return switch (r.visitPick("lab", 4)) {
      case 0 -> new String[] {"HbA1c", (38 + r.visitPick("v", 30)) + " mmol/mol"};
      case 1 -> new String[] {"Cholesterol totaal", String.format(Locale.ROOT, "%d,%d mmol/L",
          4 + r.visitPick("v", 3), r.visitPick("w", 10))};
      case 2 -> new String[] {"Hemoglobine", String.format(Locale.ROOT, "%d,%d mmol/L",
          7 + r.visitPick("v", 3), r.visitPick("w", 10))};
      default -> new String[] {"TSH", String.format(Locale.ROOT, "%d,%d mU/L",
          r.visitPick("v", 5), r.visitPick("w", 10))};
    };
  }

  private static CsvLayout wmoNl() {
    List<String> grounds = List.of("SOM - somatische aandoening", "PSY - psychiatrische aandoening",
        "PG - psychogeriatrische aandoening", "LG - lichamelijke handicap",
        "VG - verstandelijke handicap", "SOM - somatische aandoening");
    return CsvLayout.of("nl-gemeente-wmo-meldingen", NL).delimiter(';').windows1252()
        .dates("d-M-yyyy").people(80).ages(62, 94).rows(1, 3)
        .col("Zaaknummer", RECORD_ID, r -> "Z" + r.date().getYear() + "-" + r.sample().substring(1))
        .col("Datum melding", CLINICAL_DATE, Row::when)
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId().replaceFirst("^0", ""))
        .col("Voorletters", INITIALS, r -> r.p().initials())
        .col("Voorvoegsels", FAMILY_NAME, r -> r.p().prefix())
        .col("Achternaam", FAMILY_NAME, r -> r.p().family())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Straatnaam", STREET_ADDRESS, r -> r.p().street())
        .col("Huisnr", HOUSE_NUMBER, r -> r.p().houseNumber() + r.p().houseSuffix())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Woonplaats", CITY, r -> r.p().city())
        .col("Wijk", OTHER, r -> List.of("Centrum", "Noord", "Oost", "Zuid", "West", "Buitengebied")
            .get(r.stable("wijk", 6)))
        .col("Telefoon", PHONE, r -> r.p().phone()).blank(10)
        .col("Mantelzorger", PERSON_NAME, r -> r.stable("mz", 3) == 0 ? ""
            : "JKWAMH".charAt(r.stable("mzi", 6)) + ". " + NL.familyNames().get(r.stable("mzn",
                NL.familyNames().size())) + " (" + List.of("dochter", "zoon", "partner",
                "buurvrouw").get(r.stable("rel", 4)) + ")")
        .col("Tel. mantelzorger", PHONE, r -> r.stable("mz", 3) == 0 ? ""
            : String.format(Locale.ROOT, "06-%08d", Math.floorMod(r.p().uuid().hashCode(),
                100_000_000)))
        .graded("Grondslag", DIAGNOSIS, r -> new Cell(grounds.get(r.stable("gr", grounds.size())),
            UNGRADED))
        .col("Hulpvraag", FREE_TEXT, r -> List.of("Kan niet meer zelfstandig douchen",
            "Huishouden lukt niet meer na ziekenhuisopname",
            "Weinig sociaal netwerk, zit veel thuis",
            "Trap is een probleem, slaapkamer boven", "Kan niet meer fietsen naar de winkel")
            .get(r.visitPick("vraag", 5)))
        .col("Voorziening", PROCEDURE, r -> List.of("Hulp bij het huishouden (HH1)",
            "Hulp bij het huishouden (HH2)", "Begeleiding individueel", "Dagbesteding",
            "Traplift (woonvoorziening)", "Scootmobiel", "Rolstoel (handbewogen)")
            .get(r.visitPick("vz", 7)))
        .col("Besluit", OTHER, r -> List.of("Toegekend (ZIN)", "Toegekend (ZIN)", "Toegekend (PGB)",
            "Afgewezen", "In behandeling").get(r.visitPick("besl", 5)))
        .col("Eigen bijdrage p/4w", OTHER, r -> r.visitPick("eb", 4) == 0 ? "€ 0,00" : "€ 21,80")
        .col("Consulent", OTHER, r -> List.of("S. Bakker (Wmo-team)", "R. Yilmaz (Wmo-team)",
            "K. de Jong (sociaal wijkteam)").get(r.visitPick("cons", 3)))
        .col("Huisarts", PROVIDER, r -> List.of("Huisartsenpraktijk Molenzicht",
            "dr. P. Visser, huisarts", "Gezondheidscentrum De Brink").get(r.stable("ha", 3)))
        .col("Verslag keukentafelgesprek", FREE_TEXT, r -> List.of(
            "Gesprek thuis gevoerd, dochter aanwezig.",
            "Cliënt wil zo lang mogelijk thuis blijven.",
            "Ergotherapeut ingeschakeld voor advies.", "Afspraak evaluatie over 6 maanden.")
            .get(r.visitPick("versl", 4))).blank(40);
  }

  // ------------------------------------------------------------------------------- United States

  private static CsvLayout mobileUnitUs() {
    return CsvLayout.of("us-mobile-screening-van-day-list", US).dates("M/d/yyyy").women()
        .ages(28, 64).people(85).rows(1, 2).byDate()
        .col("Stop Date", CLINICAL_DATE, Row::when)
        .col("Stop Location", OTHER, r -> List.of("St. Anne Parish lot - Lowell",
            "Family Dollar, Main St - Brockton", "Westside Community Ctr - Springfield",
            "Fall River Public Library").get(r.visitPick("stop", 4)))
        .col("Appt", OTHER, r -> {
          int m = r.visitPick("appt", 16) * 20;
          int h = 9 + m / 60;
          return (h > 12 ? h - 12 : h) + ":" + String.format(Locale.ROOT, "%02d", m % 60)
              + (h >= 12 ? " PM" : " AM");
        })
        .col("MRN", RECORD_ID, r -> "MV" + r.p().recordNumber())
        .col("Pt Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Age", AGE, r -> String.valueOf(ageAt(r)))
        .col("Pref Lang", OTHER, r -> List.of("English", "English", "Spanish", "Portuguese",
            "Haitian Creole", "Khmer").get(r.stable("lang", 6)))
        .col("Hispanic/Latina?", RACIAL_OR_ETHNIC_ORIGIN, r -> r.stable("lang", 6) == 2 ? "Y"
            : List.of("N", "N", "Unk").get(r.stable("hisp", 3)))
        .col("Race", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("White", "Black/African American",
            "Asian", "Other", "Declined").get(r.stable("race", 5)))
        .col("Cell", PHONE, r -> "(" + r.p().phone().substring(0, 3) + ") "
            + r.p().phone().substring(4)).blank(10)
        .col("Home Address", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().city() + " MA "
            + r.p().postcode())
        .col("Coverage", OTHER, BlindLayouts5::coverageUs)
        .col("MassHealth ID", INSURANCE_ID, r -> coverageUs(r).startsWith("MassHealth")
            ? String.format(Locale.ROOT, "100%09d", Math.floorMod(r.p().uuid().hashCode(),
                1_000_000_000)) : "")
        .col("Services", TEST_TYPE, r -> coTest(r) ? "Pap + HR HPV co-test (ThinPrep)"
            : "Primary HR HPV w/ reflex cytology")
        .col("Clinician", PROVIDER, r -> List.of("M. Alvarez, NP", "J. O'Brien, CNM",
            "T. Nguyen, PA-C").get(r.visitPick("clin", 3)))
        .graded("HR HPV", TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> new Cell("Negative", NORMAL);
          case UNSATISFACTORY -> new Cell("Invalid - QNS", UNSATISFACTORY);
          case POSITIVE -> new Cell(r.s().genotype().equals("other")
              ? "POSITIVE - other HR types" : "POSITIVE - HPV " + r.s().genotype(),
              ABNORMAL_LOW_GRADE);
        })
        .graded("Cytology (Bethesda)", TEST_RESULT, r -> {
          if (r.s().hasCytology()) {
            return new Cell(r.s().bethesda(r.rng()), r.s().papGrade());
          }
          return r.s().hpv() == Screening.Hpv.NEGATIVE && coTest(r) ? new Cell("NILM", NORMAL)
              : Cell.of("");
        })
        .col("F/U Plan", PROCEDURE, r -> {
          if (r.s().hpv() == Screening.Hpv.UNSATISFACTORY) {
            return "Recollect next stop";
          }
          if (r.s().hpv() == Screening.Hpv.NEGATIVE) {
            return coTest(r) ? "Routine - repeat in 5 yrs" : "Routine - repeat HPV in 5 yrs";
          }
          if (r.s().papGrade() == UNSATISFACTORY) {
            return "Repeat cytology in 2-4 mos";
          }
          boolean abnormal = r.s().papGrade() != NORMAL;
          return abnormal || !r.s().genotype().equals("other") ? "Colposcopy referral"
              : "Repeat co-test in 1 yr";
        })
        .col("Navigator Notes", FREE_TEXT, r -> List.of("Left VM x2", "Transport voucher given",
            "Pt will call back to schedule", "Interpreter used (phone)", "Letter mailed")
            .get(r.visitPick("nav", 5))).blank(50)
        .col("Result Letter Sent", OTHER, r -> r.visitPick("ltr", 6) == 0 ? "N" : "Y");
  }

  private static boolean coTest(Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears() >= 30 && r.visitPick("co", 2)
        == 0;
  }

  private static String coverageUs(Row r) {
    return List.of("Uninsured", "MassHealth Standard", "MassHealth CarePlus", "Health Safety Net",
        "Uninsured").get(r.stable("cov", 5));
  }

  /** An EMS call: the primary symptom and impression (ICD-10-CM), a medication and a procedure. */
  private record Call(String symptom, String impression, String medication, String procedure) {}

  private static final List<Call> CALLS = List.of(
      new Call("R07.9 Chest pain, unspecified", "I21.9 Acute myocardial infarction, unspecified",
          "Aspirin 324 mg PO", "12 lead ECG"),
      new Call("R06.02 Shortness of breath", "J44.1 Chronic obstructive pulmonary disease with "
          + "(acute) exacerbation", "Albuterol 2.5 mg nebulized", "CPAP"),
      new Call("R40.4 Transient alteration of awareness", "T40.2X1A Poisoning by other opioids, "
          + "accidental (unintentional), initial encounter", "Naloxone 4 mg IN",
          "Bag valve mask ventilation"),
      new Call("R41.82 Altered mental status, unspecified", "E16.2 Hypoglycemia, unspecified",
          "Dextrose 10% 250 mL IV", "Blood glucose analysis"),
      new Call("W19 Unspecified fall", "S72.001A Fracture of unspecified part of neck of right "
          + "femur, initial encounter", "Fentanyl 50 mcg IV", "Spinal motion restriction"),
      new Call("R45.851 Suicidal ideations", "F32.9 Major depressive disorder, single episode, "
          + "unspecified", "", "Behavioral health assessment"),
      new Call("R55 Syncope and collapse", "R55 Syncope and collapse", "",
          "Cardiac monitor"),
      new Call("F10.129 Alcohol abuse with intoxication",
          "F10.129 Alcohol abuse with intoxication, "
          + "unspecified", "Ondansetron 4 mg IV", "Peripheral IV access"));

  private static Call call(Row r) {
    return CALLS.get(r.visitPick("call", CALLS.size()));
  }

  private static CsvLayout emsUs() {
    return CsvLayout.of("us-ems-epcr-nemsis-export", US).dates("MM/dd/yyyy").quoteAll()
        .people(90).ages(18, 90).rows(1, 3).byDate()
        .col("eResponse.03 Incident Number", RECORD_ID, r -> r.date().getYear() + "-"
            + r.sample().substring(1))
        .col("eRecord.01 Patient Care Report Number", RECORD_ID, r -> "PCR"
            + new StringBuilder(r.sample().substring(1)).reverse())
        .col("eTimes.03 Unit Notified by Dispatch Date/Time", CLINICAL_DATE, r -> r.when() + " "
            + r.clock("disp"))
        .col("eResponse.05 Type of Service Requested", OTHER, r -> r.visitPick("svc", 6) == 0
            ? "Interfacility Transport" : "Emergency Response (Primary Response Area)")
        .col("eScene.09 Incident Location Type", OTHER, r -> List.of("Private Residence/Apartment",
            "Private Residence/Apartment", "Street or Highway", "Nursing Home",
            "Store or Shopping Center").get(r.visitPick("loc", 5)))
        .col("ePatient.02 Last Name", FAMILY_NAME, r -> r.p().family())
        .col("ePatient.03 First Name", GIVEN_NAME, r -> r.p().given())
        .col("ePatient.05 Patient's Home Address", STREET_ADDRESS, r -> r.p().streetLine())
        .col("ePatient.06 Patient's Home City", CITY, r -> r.p().city())
        .col("ePatient.07 Patient's Home County", OTHER, r -> List.of("25017", "25013", "25027",
            "25023", "25021").get(r.stable("fips", 5)))
        .col("ePatient.08 Patient's Home State", OTHER, r -> "25")
        .col("ePatient.09 Patient's Home ZIP Code", POSTCODE, r -> r.p().postcode())
        .col("ePatient.12 Social Security Number", NATIONAL_ID, r -> r.p().nationalId()).blank(55)
        .col("ePatient.13 Gender", SEX, r -> r.p().female() ? "Female" : "Male")
        .col("ePatient.14 Race", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("White", "White",
            "Black or African American", "Hispanic or Latino", "Asian").get(r.stable("race", 5)))
        .col("ePatient.15 Age", AGE, r -> String.valueOf(Period.between(r.p().birthDate(),
            r.date()).getYears()))
        .col("ePatient.16 Age Units", OTHER, r -> "Years")
        .col("ePatient.17 Date of Birth", BIRTH_DATE, Row::birth).blank(10)
        .col("ePatient.18 Patient's Phone Number", PHONE, r -> r.p().phone()).blank(30)
        .graded("eSituation.09 Primary Symptom", DIAGNOSIS, r -> new Cell(call(r).symptom(),
            UNGRADED))
        .graded("eSituation.11 Provider's Primary Impression", DIAGNOSIS,
            r -> new Cell(call(r).impression(), UNGRADED))
        .graded("eVitals.06 SBP (Systolic Blood Pressure)", TEST_RESULT,
            r -> new Cell(String.valueOf(96 + r.visitPick("sbp", 90)), UNGRADED))
        .graded("eVitals.12 Pulse Oximetry", TEST_RESULT,
            r -> new Cell(String.valueOf(86 + r.visitPick("spo2", 14)), UNGRADED))
        .col("eMedications.03 Medication Administered", MEDICATION, r -> call(r).medication())
        .col("eProcedures.03 Procedure", PROCEDURE, r -> call(r).procedure())
        .col("eDisposition.01 Destination/Transferred To, Name", OTHER, r -> List.of(
            "Lowell General Hospital", "UMass Memorial Medical Center", "Baystate Medical Center",
            "Good Samaritan Medical Center").get(r.visitPick("dest", 4)))
        .col("eDisposition.12 Incident/Patient Disposition", OTHER, r -> r.visitPick("dispo", 8)
            == 0 ? "Patient Refused Evaluation/Care (Without Transport)"
            : "Patient Treated, Transported by this EMS Unit")
        .col("eCrew.01 Crew Member ID", PROVIDER, r -> "P" + (20_400 + r.visitPick("crew", 37)))
        .col("eNarrative.01 Patient Care Report Narrative", FREE_TEXT, r -> List.of(
            "Dispatched for above. Pt found sitting, A&Ox4. Assessment and tx per protocol. "
                + "Transported w/o incident.",
            "Arrived on scene, PD on scene. Care transferred to ED staff, report given.",
            "Pt assisted to stretcher, secured x5 straps. Monitored en route, no changes.")
            .get(r.visitPick("narr", 3))).blank(25);
  }

  // ------------------------------------------------------------------------------- United Kingdom

  private static boolean wellWoman(Row r) {
    return r.p().female() && r.stable("ww", 10) < 8;
  }

  private static CsvLayout healthAssessmentUk() {
    return CsvLayout.of("uk-private-health-assessment-results", UK).dates("dd/MM/yyyy").crlf()
        .people(85).ages(32, 64).rows(1, 3)
        .col("Client Ref", RECORD_ID, r -> "HA" + r.p().recordNumber())
        .col("Booking Ref", RECORD_ID, r -> "BK-" + r.sample().substring(1))
        .col("Account", OTHER, BlindLayouts5::accountUk)
        .col("Membership No.", INSURANCE_ID, r -> accountUk(r).startsWith("Insured")
            ? r.p().insuranceNumber() : "")
        .col("Title", OTHER, r -> r.p().female() ? List.of("Mrs", "Ms", "Miss", "Dr")
            .get(r.stable("title", 4)) : "Mr")
        .col("Forename", GIVEN_NAME, r -> r.p().given())
        .col("Surname", FAMILY_NAME, r -> r.p().family())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Gender", SEX, r -> r.p().female() ? "Female" : "Male")
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Mobile", PHONE, r -> String.format(Locale.ROOT, "07700 900%03d", r.p().id()))
        .col("Email", EMAIL, r -> r.p().email())
        .col("Assessment Date", CLINICAL_DATE, Row::when)
        .col("Package", TEST_TYPE, r -> wellWoman(r) ? "Advanced Health Assessment + Well Woman"
            : List.of("Core Health Assessment", "Advanced Health Assessment")
                .get(r.visitPick("pkg", 2)))
        .col("Centre", OTHER, r -> List.of("Leeds Wellbeing Centre", "Manchester Piccadilly Clinic",
            "Bristol Harbourside Clinic", "Birmingham Colmore Row").get(r.stable("centre", 4)))
        .col("Assessing Doctor", PROVIDER, r -> List.of("Dr A. Okafor (GMC 7031842)",
            "Dr S. Kaur (GMC 6148830)", "Dr H. Lewis (GMC 7264017)").get(r.visitPick("doc", 3)))
        .graded("BMI (kg/m2)", TEST_RESULT, r -> new Cell(String.format(Locale.ROOT, "%d.%d",
            19 + r.visitPick("bmi", 16), r.visitPick("bmi2", 10)), UNGRADED))
        .graded("Total Cholesterol (mmol/L)", TEST_RESULT, r -> new Cell(String.format(Locale.ROOT,
            "%d.%d", 3 + r.visitPick("chol", 4), r.visitPick("chol2", 10)), UNGRADED))
        .graded("HbA1c (mmol/mol)", TEST_RESULT, r -> new Cell(String.valueOf(31 + r.visitPick("a1c", 20)), UNGRADED)).blank(20)
        .graded("HR-HPV", TEST_RESULT, r -> wellWoman(r)
            ? new Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade()) : Cell.of(""))
        .graded("Cytology (LBC)", TEST_RESULT, r -> wellWoman(r) && r.s().hasCytology()
            ? new Cell(r.s().nhsCytology(r.rng()), r.s().papGrade()) : Cell.of(""))
        .col("Summary to GP", FREE_TEXT, r -> List.of("Copy of report sent to GP with consent.",
            "Lifestyle advice given; no GP letter requested.", "Client declined GP letter.",
            "Report sent to GP; client to book follow-up with own GP.").get(r.visitPick("sum", 4)))
        .col("Next Due", CLINICAL_DATE, r -> r.fmt(r.date().plusYears(1)));
  }

  private static String accountUk(Row r) {
    return List.of("Corporate - Northgate Logistics Ltd", "Corporate - Pennine Water plc",
        "Self-pay", "Insured - Bupa", "Insured - Bupa").get(r.stable("acct", 5));
  }

  private static CsvLayout postalKitsUk() {
    return CsvLayout.of("uk-online-sti-postal-kit-orders", UK).dates("yyyy-MM-dd").people(95)
        .ages(23, 45).rows(1, 3).byDate()
        .col("order_id", RECORD_ID, r -> "SHK" + r.sample().substring(1))
        .col("user_id", RECORD_ID, r -> r.p().uuid().substring(0, 13))
        .col("ordered_at", CLINICAL_DATE, r -> r.when() + "T" + r.clock("ord") + ":00Z")
        .col("preferred_name", GIVEN_NAME, r -> r.p().given())
        .col("date_of_birth", BIRTH_DATE, Row::birth)
        .col("sex_at_birth", SEX, r -> r.p().female() ? "female" : "male")
        .col("gender_identity", SEX, r -> r.stable("gi", 25) == 0 ? "non_binary"
            : r.p().female() ? "woman" : "man")
        .col("sexual_partners", SEX_LIFE_OR_ORIENTATION, r -> r.stable("sp", 4) == 0
            ? "men_and_women" : r.p().female() ? "men" : r.stable("msm", 3) == 0 ? "men" : "women")
        .col("ethnicity", RACIAL_OR_ETHNIC_ORIGIN, r -> Clinical.UK_ETHNIC_GROUP.get(
            r.stable("eth", Clinical.UK_ETHNIC_GROUP.size())))
        .col("delivery_address_1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("delivery_town", CITY, r -> r.p().city())
        .col("delivery_postcode", POSTCODE, r -> r.p().postcode())
        .col("mobile", PHONE, r -> String.format(Locale.ROOT, "+447700900%03d", r.p().id()))
        .col("email", EMAIL, r -> r.p().email()).blank(20)
        .col("local_authority", OTHER, r -> r.p().city() + " City Council")
        .col("kit_type", TEST_TYPE, r -> kitUk(r) == 0 ? "chlamydia_gonorrhoea_urine"
            : kitUk(r) == 1 ? "full_screen_swab_and_blood" : "hiv_syphilis_blood")
        .col("sample_received_at", CLINICAL_DATE, r -> returned(r) ? r.fmt(r.date().plusDays(3
            + r.visitPick("ret", 10))) + "T" + r.clock("rcv") + ":00Z" : "")
        .graded("ct_result", TEST_RESULT, r -> returned(r) && kitUk(r) < 2
            ? new Cell(r.visitPick("ct", 12) == 0 ? "POSITIVE" : "negative", UNGRADED)
            : Cell.of(""))
        .graded("ng_result", TEST_RESULT, r -> returned(r) && kitUk(r) < 2
            ? new Cell(r.visitPick("ng", 30) == 0 ? "POSITIVE" : "negative", UNGRADED)
            : Cell.of(""))
        .graded("hiv_result", TEST_RESULT, r -> returned(r) && kitUk(r) > 0
            ? new Cell(r.visitPick("hiv", 40) == 0 ? "reactive - confirm in clinic"
                : r.visitPick("hae", 15) == 0 ? "haemolysed - retest" : "non-reactive", UNGRADED)
            : Cell.of(""))
        .graded("syphilis_result", TEST_RESULT, r -> returned(r) && kitUk(r) > 0
            ? new Cell(r.visitPick("syph", 35) == 0 ? "reactive - confirm in clinic"
                : "non-reactive", UNGRADED) : Cell.of(""))
        .col("treatment", MEDICATION, r -> returned(r) && kitUk(r) < 2 && r.visitPick("ct", 12)
            == 0 ? "Doxycycline 100mg twice daily for 7 days (posted)" : "")
        .col("reviewed_by", PROVIDER, r -> returned(r) ? List.of("K. Evans (Sexual Health Nurse)",
            "Dr R. Mensah (GUM)").get(r.visitPick("rev", 2)) : "")
        .col("status", OTHER, r -> returned(r) ? "results_sent_sms" : List.of("dispatched",
            "not_returned_reminded").get(r.visitPick("st", 2)));
  }

  private static int kitUk(Row r) {
    return r.visitPick("kit", 3);
  }

  private static boolean returned(Row r) {
    return r.visitPick("returned", 5) != 0;
  }

  // ------------------------------------------------------------------------------- Belgium

  /**
   * A RIZIV/INAMI number of a care provider: the profession digit and five digits, two check digits
   * ({@code 97 - n mod 97} over those six digits), and the three-digit qualification, printed
   * {@code 1-23456-78-001}.
   */
  static String riziv(String six, String qualification) {
    int check = 97 - (int) (Long.parseLong(six) % 97);
    return six.charAt(0) + "-" + six.substring(1) + "-" + String.format(Locale.ROOT, "%02d", check)
        + "-" + qualification;
  }

  private static CsvLayout clbBe() {
    return CsvLayout.of("be-clb-leerlingendossier-vaccinaties", BE).delimiter('\t')
        .dates("dd/MM/yyyy").people(80).ages(14, 16).rows(2, 3)
        .col("Leerling-ID", RECORD_ID, r -> "LARS" + r.p().recordNumber())
        .col("Rijksregisternr", NATIONAL_ID, r -> r.p().nationalId())
        .col("Familienaam", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> r.p().female() ? "V" : "M")
        .col("School", OTHER, r -> List.of("Sint-Jozefscollege", "Atheneum Redingenhof",
            "Sint-Ursula-Instituut", "GO! Campus De Vesten").get(r.stable("school", 4)))
        .col("Klas", OTHER, r -> (1 + r.stable("jaar", 2)) + List.of("A", "B", "C", "Latijn")
            .get(r.stable("klas", 4)))
        .col("Adres", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Gemeente", CITY, r -> r.p().city())
        .col("Ouder 1", PERSON_NAME, r -> (r.stable("ouder", 3) == 0 ? BE.familyNames()
            .get(r.stable("fam", BE.familyNames().size())) : r.p().family())
            .toUpperCase(Locale.ROOT) + " " + List.of("Kris", "Veerle", "Bart", "Ann", "Tom",
            "Katrien").get(r.stable("ov", 6)))
        .col("GSM ouder", PHONE, r -> r.p().phone())
        .col("Contactmoment", PROCEDURE, r -> r.visit() == 0
            ? "Systematisch contact 1ste jaar secundair" : "Vaccinatiemoment (school)")
        .col("Datum", CLINICAL_DATE, r -> r.fmt(clbDay(r)))
        .col("Vaccin", MEDICATION, r -> switch (r.visit()) {
          case 0 -> "";
          case 1 -> "HPV (Gardasil 9) - dosis 1";
          default -> r.stable("dtp", 2) == 0 ? "HPV (Gardasil 9) - dosis 2"
              : "dTpa (Boostrix) - herhaling";
        })
        .col("Lotnr", OTHER, r -> r.visit() == 0 ? "" : "U0" + (100 + r.visitPick("lot", 800))
            + "3" + (char) ('A' + r.visitPick("lotl", 6)))
        .col("Toestemming", OTHER, r -> r.visit() == 0 ? "" : "ja (ouder)")
        .col("Vaccinnet", OTHER, r -> r.visit() == 0 ? "" : r.visitPick("vn", 12) == 0
            ? "fout - INSZ niet gevonden" : "geregistreerd")
        .graded("Lengte (cm)", TEST_RESULT, r -> r.visit() == 0
            ? new Cell(String.valueOf(140 + r.stable("len", 35)), UNGRADED) : Cell.of(""))
        .graded("Gewicht (kg)", TEST_RESULT, r -> r.visit() == 0
            ? new Cell(String.format(Locale.ROOT, "%d,%d", 32 + r.stable("gew", 30),
                r.stable("gew2", 10)), UNGRADED) : Cell.of(""))
        .graded("Visus", TEST_RESULT, r -> r.visit() == 0
            ? new Cell(List.of("OD 10/10 OS 10/10", "OD 10/10 OS 10/10", "OD 8/10 OS 10/10",
                "OD 6/10 OS 7/10 - verwezen").get(r.stable("vis", 4)), UNGRADED) : Cell.of(""))
        .col("CLB-medewerker", PROVIDER, r -> r.visit() == 0
            ? "dr. L. Claes (RIZIV " + riziv("1" + (40_000 + r.stable("arts", 3) * 7_919), "004")
                + ")"
            : "verpl. S. Wouters (RIZIV " + riziv("4" + (51_000 + r.stable("vpl", 2) * 3_301),
                "401") + ")")
        .col("Opmerking", FREE_TEXT, r -> List.of("Leerling afwezig bij eerste poging",
            "Ouders gebeld", "Info-brief meegegeven", "Geen bijzonderheden")
            .get(r.visitPick("opm", 4))).blank(60);
  }

  private static LocalDate clbDay(Row r) {
    return LocalDate.of(2022, 9, 12).plusDays(r.stable("start", 60) + r.visit() * 175L
        + r.visitPick("d", 20));
  }

  /** A gynaecological oncology case discussed at a multidisciplinary meeting. */
  private record Case(String site, String histology, String icd, String tnm, String figo,
      String smear, String hpv, ResultGrade grade, List<String> treatments) {}

  private static final List<Case> CASES = List.of(
      new Case("Col utérin", "Carcinome épidermoïde invasif, kératinisant", "C53.9",
          "cT1b1 cN0 cM0", "IB1", "Carcinome épidermoïde", "HPV HR positif (16)", CANCER,
          List.of("Hystérectomie radicale + curage ganglionnaire pelvien",
              "Suivi clinique et frottis à 6 mois")),
      new Case("Col utérin", "Carcinome épidermoïde invasif", "C53.0", "cT2b cN1 cM0", "IIIC1r",
          "HSIL (lésion malpighienne intraépithéliale de haut grade)", "HPV HR positif (16)",
          CANCER, List.of("Radio-chimiothérapie concomitante + curiethérapie",
              "Évaluation IRM après traitement")),
      new Case("Col utérin", "Adénocarcinome endocervical de type usuel (HPV-associé)", "C53.0",
          "cT1b2 cN0 cM0", "IB2", "Atypies des cellules glandulaires (AGC)", "HPV HR positif (18)",
          CANCER, List.of("Hystérectomie radicale + curage ganglionnaire pelvien",
              "Radiothérapie adjuvante")),
      new Case("Col utérin", "CIN 3 étendue, marges atteintes sur conisation", "D06.9", "", "",
          "HSIL (lésion malpighienne intraépithéliale de haut grade)", "HPV HR positif (autres)",
          ABNORMAL_HIGH_GRADE, List.of("Reconisation", "Suivi co-test à 6 mois")),
      new Case("Col utérin", "Adénocarcinome in situ (AIS)", "D06.0", "", "", "ASC-H",
          "HPV HR positif (18)", ABNORMAL_HIGH_GRADE,
          List.of("Conisation à froid", "Hystérectomie simple si désir de grossesse accompli")),
      new Case("Endomètre", "Adénocarcinome endométrioïde grade 1", "C54.1", "pT1a pN0 cM0", "IA",
          "", "", CANCER, List.of("Hystérectomie totale + annexectomie bilatérale",
              "Surveillance")),
      new Case("Ovaire", "Carcinome séreux de haut grade", "C56", "cT3c cN0 cM0", "IIIC", "", "",
          CANCER, List.of("Chimiothérapie néoadjuvante carboplatine-paclitaxel",
              "Chirurgie d'intervalle")));

  private static Case moc(Row r) {
    return CASES.get(r.stable("case", CASES.size()));
  }

  private static CsvLayout oncologyBoardBe() {
    return CsvLayout.of("be-com-oncologie-gynecologique", BE).delimiter(';').windows1252()
        .dates("dd/MM/yyyy").women().ages(28, 80).people(70).rows(1, 3)
        .col("N° patient", RECORD_ID, r -> r.p().recordNumber())
        .col("NISS", NATIONAL_ID, r -> r.p().nationalId()).blank(20)
        .col("Nom", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Date naiss.", BIRTH_DATE, Row::birth)
        .col("Mutuelle", OTHER, r -> List.of("MC - Mutualité chrétienne", "Solidaris",
            "Partenamut", "Mutualité libérale").get(r.stable("mut", 4)))
        .col("Date COM", CLINICAL_DATE, r -> r.fmt(LocalDate.of(2021, 1, 4).plusDays(r.stable("first", 1200) + r.visit() * 91L)))
        .col("Type COM", OTHER, r -> r.visit() == 0 ? "Première COM" : "COM de suivi")
        .col("Médecin demandeur", PROVIDER, r -> List.of("Dr F. Lambert", "Dr C. Dupont",
            "Dr M. Leroy").get(r.stable("dem", 3)) + " (INAMI " + riziv("1" + (62_000
            + r.stable("dem", 3) * 1_117), "580") + ")")
        .graded("Localisation", DIAGNOSIS, r -> new Cell(moc(r).site(), moc(r).grade()))
        .graded("Histologie", DIAGNOSIS, r -> new Cell(moc(r).histology(), moc(r).grade()))
        .graded("CIM-10", DIAGNOSIS, r -> new Cell(moc(r).icd(), moc(r).grade()))
        .graded("cTNM", DIAGNOSIS, r -> new Cell(moc(r).tnm(), moc(r).grade()))
        .graded("FIGO 2018", DIAGNOSIS, r -> new Cell(moc(r).figo(), moc(r).grade()))
        .graded("Frottis de référence", TEST_RESULT, r -> new Cell(moc(r).smear(),
            moc(r).grade().equals(CANCER) && moc(r).smear().startsWith("Carcinome") ? CANCER
            : ABNORMAL_HIGH_GRADE))
        .graded("HPV HR", TEST_RESULT, r -> new Cell(moc(r).hpv(), ABNORMAL_LOW_GRADE))
        .col("Proposition thérapeutique", PROCEDURE, r -> moc(r).treatments()
            .get(Math.min(r.visit(), 1)))
        .col("Enregistré BCR", OTHER, r -> r.visit() == 0 ? "oui" : "")
        .col("Commentaire", FREE_TEXT, r -> List.of("Discuter avec la patiente en consultation",
            "Avis radiothérapeute demandé", "Relecture des lames demandée",
            "Patiente informée").get(r.visitPick("com", 4))).blank(50);
  }

  // ------------------------------------------------------------------------------- Germany

  private static boolean gynExam(Row r) {
    return r.p().female() && (r.visit() == 0 || r.visitPick("gyn", 3) == 0);
  }

  private static boolean stiTests(Row r) {
    return r.visitPick("sti", 4) != 0;
  }

  private static CsvLayout publicHealthOfficeDe() {
    return CsvLayout.of("de-gesundheitsamt-sti-beratungsstelle", DE).delimiter('\t')
        .dates("dd.MM.yyyy").people(95).ages(24, 58).rows(1, 3).byDate()
        .col("Klientencode", RECORD_ID, r -> (Country.ascii(r.p().given()).substring(0, 2)
            + Country.ascii(r.p().family()).substring(0, 2)).toUpperCase(Locale.ROOT)
            + r.p().birthDate().format(DateTimeFormatter.ofPattern("ddMMyy", Locale.ROOT)))
        .col("Vorname", GIVEN_NAME, r -> r.p().given()).blank(45)
        .col("Geb.-Jahr", BIRTH_DATE, r -> String.valueOf(r.p().birthDate().getYear()))
        .col("Geschlecht", SEX, r -> r.p().female() ? "weiblich" : "männlich")
        .col("Herkunftsland", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("Deutschland", "Deutschland",
            "Rumänien", "Bulgarien", "Ungarn", "Thailand", "Nigeria", "Polen")
            .get(r.stable("land", 8)))
        .col("Sprache", OTHER, r -> List.of("Deutsch", "Deutsch", "Rumänisch", "Bulgarisch",
            "Ungarisch", "Thai", "Englisch", "Polnisch").get(r.stable("land", 8)))
        .col("Sprachmittlung", OTHER, r -> r.stable("land", 8) < 2 ? "nein" : "ja")
        .col("Zielgruppe", SEX_LIFE_OR_ORIENTATION, r -> r.p().female()
            ? (r.stable("zg", 3) == 0 ? "Allgemeinbevölkerung" : "Sexarbeit")
            : (r.stable("zg", 3) == 0 ? "Allgemeinbevölkerung" : "MSM"))
        .col("PLZ", POSTCODE, r -> r.p().postcode()).blank(50)
        .col("Datum", CLINICAL_DATE, Row::when)
        .col("Anlass", PROCEDURE, r -> r.visit() == 0 ? "Erstberatung mit Untersuchung"
            : List.of("Kontrolluntersuchung", "Befundbesprechung").get(r.visitPick("anl", 2)))
        .col("Untersuchungen", TEST_TYPE, r -> String.join(" + ", Stream.of(
            stiTests(r) ? "HIV-Ak/Ag, TPPA, CT/NG-PCR" : "", gynExam(r)
                ? "gyn. Untersuchung, Zytologie, HPV" : "")
            .filter(s -> !s.isEmpty()).toList()))
        .graded("HIV", TEST_RESULT, r -> stiTests(r) ? new Cell(r.visitPick("hiv", 60) == 0
            ? "reaktiv - Bestätigungstest eingeleitet" : "negativ", UNGRADED) : Cell.of(""))
        .graded("Syphilis (TPPA)", TEST_RESULT, r -> stiTests(r) ? new Cell(r.visitPick("tp",
            20) == 0 ? "positiv (VDRL 1:16)" : "negativ", UNGRADED) : Cell.of(""))
        .graded("CT/NG", TEST_RESULT, r -> stiTests(r) ? new Cell(r.visitPick("ct", 9) == 0
            ? "Chlamydien positiv" : r.visitPick("ng", 15) == 0 ? "Gonokokken positiv"
            : "negativ", UNGRADED) : Cell.of(""))
        .graded("HPV-HR", TEST_RESULT, r -> gynExam(r) ? new Cell(r.s().hpvGerman(r.rng()),
            r.s().hpvGrade()) : Cell.of(""))
        .graded("Zytologie (Münchner Nomenklatur III)", TEST_RESULT, r -> {
          if (!gynExam(r)) {
            return Cell.of("");
          }
          if (r.s().hasCytology()) {
            return new Cell(r.s().papMunich(), r.s().papMunichGrade());
          }
          return r.s().hpv() == Screening.Hpv.NEGATIVE ? new Cell("Pap I", NORMAL) : Cell.of("");
        })
        .col("Therapie", MEDICATION, r -> stiTests(r) && r.visitPick("ct", 9) == 0
            ? "Doxycyclin 100 mg 1-0-1 für 7 Tage" : stiTests(r) && r.visitPick("tp", 20) == 0
            ? "Benzathin-Benzylpenicillin 2,4 Mio. I.E. i.m." : "")
        .col("Weitervermittlung", PROCEDURE, r -> gynExam(r) && r.s().hasCytology()
            && r.s().papMunichGrade() == UNSATISFACTORY ? "Kontrollabstrich in 3 Monaten"
            : gynExam(r) && r.s().hasCytology() && r.s().papMunichGrade() != NORMAL
            ? "Dysplasiesprechstunde (Kolposkopie)"
            : stiTests(r) && r.visitPick("hiv", 60) == 0 ? "HIV-Schwerpunktpraxis" : "")
        .col("Ärztin/Arzt", PROVIDER, r -> List.of("Dr. med. K. Vogel", "Dr. med. A. Lindner",
            "H. Yıldız (Ärztin)").get(r.visitPick("arzt", 3)))
        .col("Meldung IfSG", OTHER, r -> stiTests(r) && (r.visitPick("hiv", 60) == 0
            || r.visitPick("tp", 20) == 0) ? "ja (§ 7 Abs. 3)" : "nein");
  }

  /** An ambulance mission: leading symptom, suspected diagnosis (ICD-10-GM), measures, drugs. */
  private record Mission(String symptom, String diagnosis, String measures, String drugs,
      boolean physician) {}

  private static final List<Mission> MISSIONS = List.of(
      new Mission("Brustschmerz", "I21.4 Akuter subendokardialer Myokardinfarkt",
          "12-Kanal-EKG; i.v.-Zugang; Telemetrie an Klinik", "ASS 250 mg i.v.; Heparin 5000 I.E.",
          true),
      new Mission("Atemnot", "J44.19 Chronische obstruktive Lungenkrankheit mit akuter "
          + "Exazerbation", "Sauerstoffgabe; i.v.-Zugang", "Salbutamol 2,5 mg vernebelt", false),
      new Mission("Sturz", "S72.01 Schenkelhalsfraktur, intrakapsulär",
          "Vakuummatratze; i.v.-Zugang", "Fentanyl 0,1 mg i.v.", true),
      new Mission("Bewusstseinsstörung", "E16.2 Hypoglykämie, nicht näher bezeichnet",
          "BZ-Messung; i.v.-Zugang", "Glukose 40 % 20 ml i.v.", false),
      new Mission("Krampfanfall", "G40.9 Epilepsie, nicht näher bezeichnet",
          "Schutz vor Verletzung; i.v.-Zugang", "Midazolam 5 mg i.n.", true),
      new Mission("Psychischer Ausnahmezustand", "F43.0 Akute Belastungsreaktion",
          "Gespräch; Begleitung", "", false),
      new Mission("Intoxikation", "F10.0 Akute Alkoholintoxikation", "Seitenlage; Monitoring",
          "", false),
      new Mission("Neurologisches Defizit", "I63.9 Hirninfarkt, nicht näher bezeichnet",
          "Stroke-Scale (FAST); Voranmeldung Stroke Unit", "", true));

  private static Mission mission(Row r) {
    return MISSIONS.get(r.visitPick("mis", MISSIONS.size()));
  }

  private static CsvLayout ambulanceDe() {
    return CsvLayout.of("de-rettungsdienst-einsatzprotokolle", DE).delimiter(';').windows1252()
        .dates("dd.MM.yyyy").people(90).ages(20, 92).rows(1, 3).byDate()
        .col("Einsatznummer", RECORD_ID, r -> "E" + r.date().getYear() + r.sample().substring(1))
        .col("Alarmierung", CLINICAL_DATE, r -> r.when() + " " + r.clock("alarm"))
        .col("Einsatzart", OTHER, r -> mission(r).physician() ? "Notfall mit NA" : "Notfall")
        .col("Rettungsmittel", OTHER, r -> List.of("RTW 3/83-1", "RTW 3/83-2", "RTW 5/83-1")
            .get(r.visitPick("rtw", 3)))
        .col("Name, Vorname", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.-Datum", BIRTH_DATE, Row::birth)
        .col("Alter", AGE, r -> String.valueOf(Period.between(r.p().birthDate(), r.date())
            .getYears()))
        .col("Geschl.", SEX, r -> r.p().female() ? "w" : "m")
        .col("Anschrift", STREET_ADDRESS, r -> r.p().streetLine())
        .col("PLZ/Ort", POSTCODE, r -> r.p().postcode() + " " + r.p().city())
        .col("Kostenträger", OTHER, BlindLayouts5::payerDe)
        .col("Vers.-Nr.", NATIONAL_ID, r -> payerDe(r).equals("privat") ? "" : r.p().nationalId())
        .blank(12)
        .graded("Leitsymptom", DIAGNOSIS, r -> new Cell(mission(r).symptom(), UNGRADED))
        .graded("GCS", TEST_RESULT, r -> new Cell(String.valueOf(mission(r).symptom()
            .startsWith("Bewusst") || mission(r).symptom().startsWith("Krampf")
            ? 8 + r.visitPick("gcs", 5) : 15), UNGRADED))
        .graded("RR (mmHg)", TEST_RESULT, r -> new Cell((100 + r.visitPick("sys", 80)) + "/"
            + (60 + r.visitPick("dia", 35)), UNGRADED))
        .graded("SpO2 (%)", TEST_RESULT, r -> new Cell(String.valueOf(85 + r.visitPick("sat", 15)),
            UNGRADED))
        .graded("NACA", TEST_RESULT, r -> new Cell(List.of("II", "III", "III", "IV", "V")
            .get(r.visitPick("naca", 5)), UNGRADED))
        .graded("Verdachtsdiagnose", DIAGNOSIS, r -> new Cell(mission(r).diagnosis(), UNGRADED))
        .col("Maßnahmen", PROCEDURE, r -> mission(r).measures())
        .col("Medikation", MEDICATION, r -> mission(r).drugs())
        .col("Transportziel", OTHER, r -> List.of("Klinikum Mitte, ZNA", "St. Marien-Hospital",
            "Universitätsklinikum, Chest Pain Unit", "Ev. Krankenhaus")
            .get(r.visitPick("ziel", 4)))
        .col("Notarzt", PROVIDER, r -> mission(r).physician() ? List.of("Dr. J. Becker",
            "Dr. S. Krüger", "T. Hoffmann (NA)").get(r.visitPick("na", 3)) : "")
        .col("Freitext", FREE_TEXT, r -> List.of("Pat. bei Eintreffen sitzend angetroffen",
            "Übergabe an Schockraumteam", "Angehörige informiert", "Transport im Tragestuhl")
            .get(r.visitPick("frei", 4))).blank(60);
  }

  private static String payerDe(Row r) {
    return List.of("AOK", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "privat")
        .get(r.stable("kk", 5));
  }

  // ------------------------------------------------------------------------------- France

  private static boolean cervicalFr(Row r) {
    return r.p().female() && r.stable("cx", 10) < 8;
  }

  private static int ageAt(Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears();
  }

  private static CsvLayout preventionCentreFr() {
    return CsvLayout.of("fr-ces-examen-prevention-sante", FR).delimiter(';').windows1252()
        .dates("dd/MM/yyyy").people(100).ages(31, 66).rows(1, 3)
        .col("NUM_DOSSIER", RECORD_ID, r -> "CES69-" + r.p().recordNumber())
        .col("NIR", NATIONAL_ID, r -> r.p().nationalId())
        .col("NOM_NAISS", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden()).toUpperCase(Locale.ROOT))
        .col("NOM_USAGE", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? ""
            : r.p().family().toUpperCase(Locale.ROOT))
        .col("PRENOM", GIVEN_NAME, r -> r.p().given())
        .col("DATE_NAISS", BIRTH_DATE, Row::birth)
        .col("SEXE", SEX, r -> r.p().female() ? "2" : "1")
        .col("ADRESSE", STREET_ADDRESS, r -> r.p().streetLine())
        .col("CP", POSTCODE, r -> r.p().postcode())
        .col("VILLE", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("TEL", PHONE, r -> r.p().phone()).blank(15)
        .col("CAISSE", OTHER, r -> List.of("CPAM du Rhône", "CPAM de la Haute-Garonne",
            "CPAM de la Loire-Atlantique").get(r.stable("caisse", 3)))
        .col("DATE_EPS", CLINICAL_DATE, Row::when)
        .graded("SCORE_EPICES", TEST_RESULT, r -> new Cell(String.format(Locale.ROOT, "%d,%02d",
            r.visitPick("epi", 80), r.visitPick("epi2", 100)), UNGRADED))
        .graded("IMC", TEST_RESULT, r -> new Cell(String.format(Locale.ROOT, "%d,%d",
            19 + r.visitPick("imc", 15), r.visitPick("imc2", 10)), UNGRADED))
        .graded("GLYC_JEUN_G_L", TEST_RESULT, r -> new Cell(String.format(Locale.ROOT, "%d,%02d",
            r.visitPick("gly", 2) == 0 ? 0 : 1, 75 + r.visitPick("gly2", 25)), UNGRADED))
        .graded("TEST_HPV", TEST_RESULT, r -> cervicalFr(r) && ageAt(r) >= 30
            ? new Cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade()) : Cell.of(""))
        .graded("CYTOLOGIE", TEST_RESULT, r -> {
          if (!cervicalFr(r)) {
            return Cell.of("");
          }
          if (r.s().hasCytology()) {
            return new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade());
          }
          if (ageAt(r) >= 30) {
            return Cell.of("");
          }
          return r.s().hpv() == Screening.Hpv.UNSATISFACTORY
              ? new Cell("Frottis non interprétable", UNSATISFACTORY)
              : new Cell("NILM", NORMAL);
        })
        .col("ORIENTATION", PROCEDURE, r -> {
          if (!cervicalFr(r)) {
            return r.visitPick("ori", 3) == 0 ? "Consultation médecin traitant" : "Aucune";
          }
          if (r.s().hpv() == Screening.Hpv.UNSATISFACTORY || r.s().papGrade() == UNSATISFACTORY) {
            return "Nouveau prélèvement";
          }
          if (r.s().hasCytology() && r.s().papGrade() != NORMAL) {
            return "Colposcopie";
          }
          return r.s().hpv() == Screening.Hpv.POSITIVE ? "Test HPV à 1 an" : "Aucune";
        })
        .col("MEDECIN_TRAITANT", PROVIDER, r -> List.of("Dr DURAND Julie", "Dr MOREAU Karim",
            "Dr ROUX Céline", "").get(r.stable("mt", 4)))
        .col("RPPS_MT", PROVIDER, r -> r.stable("mt", 4) == 3 ? ""
            : "1000" + (3_141_592 + r.stable("mt", 4) * 271_828))
        .col("OBSERVATIONS", FREE_TEXT, r -> List.of("Courrier adressé au médecin traitant",
            "Rappel vaccinal conseillé", "Bilan remis en main propre", "Absente au 2e rendez-vous")
            .get(r.visitPick("obs", 4))).blank(60);
  }

  // ------------------------------------------------------------------------------- Ireland

  private static CsvLayout maternityBookingIe() {
    return CsvLayout.of("ie-maternity-booking-clinic-list", IE).bom().dates("dd/MM/yyyy")
        .women().ages(25, 46).people(80).rows(1, 2)
        .col("MRN", RECORD_ID, r -> "M" + r.p().recordNumber())
        .col("Patient Name", PERSON_NAME, r -> r.p().given() + " "
            + r.p().family().toUpperCase(Locale.ROOT))
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Age at Booking", AGE, r -> String.valueOf(ageAt(r)))
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId()).blank(35)
        .col("Address", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().city())
        .col("Eircode", POSTCODE, r -> r.p().postcode())
        .col("Mobile", PHONE, r -> r.p().phone())
        .col("Ethnic/Cultural Background", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("White Irish",
            "White Irish", "White Irish", "Any other White background", "Irish Traveller",
            "Black or Black Irish - African", "Asian or Asian Irish - Indian/Pakistani/Bangladeshi")
            .get(r.stable("eth", 7)))
        .col("GP", PROVIDER, r -> List.of("Dr Ciarán Walsh, Swords Family Practice",
            "Dr Máire Ní Dhuibhir", "Abbey Medical Centre").get(r.stable("gp", 3)))
        .col("Consultant", PROVIDER, r -> List.of("Prof. D. Keane", "Dr S. O'Connor",
            "Dr R. Brennan").get(r.visitPick("cons", 3)))
        .col("Care Type", OTHER, r -> List.of("Public", "Public", "Semi-Private", "Private",
            "Domino (midwife-led)").get(r.visitPick("care", 5)))
        .col("Booking Date", CLINICAL_DATE, Row::when)
        .col("EDD", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(196 + r.visitPick("edd", 14))))
        .graded("Gravida/Para", DIAGNOSIS, r -> {
          int para = r.visit() + r.visitPick("para", 2);
          return new Cell("G" + (para + 1 + r.visitPick("misc", 4) / 3) + " P" + para, UNGRADED);
        })
        .graded("Blood Group", TEST_RESULT, r -> new Cell(List.of("O RhD pos", "A RhD pos",
            "B RhD pos", "O RhD neg", "A RhD neg", "AB RhD pos").get(r.stable("abo", 6)),
            UNGRADED))
        .graded("Rubella", TEST_RESULT, r -> new Cell(r.stable("rub", 8) == 0 ? "Non-immune"
            : "Immune", UNGRADED))
        .graded("HIV/HepB/Syph", TEST_RESULT, r -> new Cell(r.visitPick("bbv", 25) == 0
            ? "Neg/Pos/Neg" : "Neg/Neg/Neg", UNGRADED))
        .graded("BMI", TEST_RESULT, r -> new Cell(String.format(Locale.ROOT, "%d.%d",
            19 + r.visitPick("bmi", 18), r.visitPick("bmi2", 10)), UNGRADED))
        .col("Last CervicalCheck", CLINICAL_DATE, r -> screenedIe(r) ? r.date().minusMonths(6
            + r.visitPick("last", 30)).format(DateTimeFormatter.ofPattern("MM/yyyy", Locale.ROOT))
            : "")
        .graded("CervicalCheck Result", TEST_RESULT, r -> {
          if (!screenedIe(r)) {
            return Cell.of("");
          }
          return switch (r.s().hpv()) {
            case NEGATIVE -> new Cell("HPV not detected", NORMAL);
            case UNSATISFACTORY -> new Cell("Inadequate sample - repeat after 3 months",
                UNSATISFACTORY);
            case POSITIVE -> new Cell("HPV detected; cytology: " + r.s().bethesda(r.rng()),
                r.s().grade());
          };
        })
        .col("Booking Notes", FREE_TEXT, r -> List.of("Booking bloods taken",
            "Partner attended", "Interpreter booked for next visit", "Referred to diabetes clinic",
            "Dating scan booked").get(r.visitPick("note", 5))).blank(50);
  }

  private static boolean screenedIe(Row r) {
    return ageAt(r) >= 25 && r.visitPick("scr", 5) != 0;
  }
}
