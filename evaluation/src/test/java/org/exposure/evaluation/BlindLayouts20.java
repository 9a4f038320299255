package org.exposure.evaluation;

import static org.exposure.model.FieldType.AGE;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.GIVEN_NAME;
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
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;

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
 * The twentieth blind part of the corpus: twelve ordinary exports of the kind a DPO receives most
 * often after a breach at a cervical screening laboratory or a GP practice (result lists, patient
 * lists with their latest result, referral and recall lists) in the first seven countries' own
 * words. SEALED: written without reading the classifier, its dictionaries or any other layout part,
 * and never run through the classifier by its author; its figures are measured once, after it is
 * merged.
 *
 * <p>The layouts and the public convention each follows:
 *
 * <ol>
 *   <li>{@code nl-bvo-lab-uitslagenlijst}: a Dutch screening lab's result list, one row per result
 *       (hrHPV, then cytology on the same sample), after RIVM's Uitvoeringskader
 *       bevolkingsonderzoek baarmoederhalskanker (hrHPV first, cytology as triage, Pap classes of
 *       the CISOE-A/KOPAC-B scheme); semicolon, Windows-1252, dd-MM-yyyy as Dutch Excel writes.
 *   <li>{@code nl-his-patientenlijst-bmhk}: a Dutch GP information system's patient list with the
 *       latest smear in one combined cell, after the NHG-Standaard Preventie baarmoederhalskanker
 *       and the HIS selection lists (patient number, name, initials, NHG date form dd-MM-yyyy);
 *       tab.
 *   <li>{@code us-lab-cervical-results}: a US reference lab's result export, one row per result,
 *       with LOINC codes (77379-6 HPV high risk, 19762-4 cytology) and Bethesda 2001 wording, after
 *       the ASCCP 2019 guidelines and HL7 v2 ORU flattened by a LIS report writer; every cell
 *       quoted.
 *   <li>{@code us-hedis-ccs-care-gap-list}: a US primary-care practice's care-gap (recall) list for
 *       the HEDIS Cervical Cancer Screening measure: no results, only overdue women to call.
 *   <li>{@code uk-csp-lab-results}: an English NHS cervical screening lab's results extract, after
 *       the NHS Cervical Screening Programme's result and action codes and terminology (HPV
 *       primary, dyskaryosis grades, routine recall or referral); UTF-8 with BOM, CRLF, dd/MM/yyyy.
 *   <li>{@code uk-gp-cervical-screening-list}: an English GP practice's patient search
 *       (SystmOne/EMIS style) of eligible women with the latest cervical screening result and next
 *       test due.
 *   <li>{@code be-labo-resultaten-bmhk}: a Flemish pathology lab's result list, one row per result,
 *       after the Centrum voor Kankeropsporing's screening (INSZ, Bethesda cytology in Dutch use,
 *       hrHPV); semicolon, dd/MM/yyyy.
 *   <li>{@code be-medecin-liste-suivi-frottis}: a Walloon GP's follow-up list, one row per woman
 *       with her latest smear and the follow-up planned, after the Centre Communautaire de
 *       Référence's programme (NISS, Bethesda in French, HPV HR); semicolon, Windows-1252.
 *   <li>{@code de-labor-befundliste-zytologie}: a German cytology lab's findings list, one row per
 *       result, after the oKFE-Richtlinie (Pap plus HPV co-test from 35) and the Münchner
 *       Nomenklatur III; KVNR, dd.MM.yyyy, semicolon, Windows-1252.
 *   <li>{@code de-praxis-patientenliste-krebsvorsorge}: a German gynaecology practice's patient
 *       list (PVS export) with the latest Pap group and HPV in one cell, and the recall date.
 *   <li>{@code fr-labo-export-depistage-ccu}: a French lab's export for the programme national de
 *       dépistage organisé du cancer du col de l'utérus (INCa, HAS 2019: HPV-HR test from 30,
 *       cytology as triage), one row per result: NIR, nom de naissance and nom d'usage; semicolon,
 *       UTF-8 BOM.
 *   <li>{@code ie-cervicalcheck-results-list}: an Irish lab's CervicalCheck result list, one row
 *       per woman with HPV and cytology columns and the recommendation (routine recall at 3 or 5
 *       years, repeat, colposcopy), PPSN and Eircode; pipe-delimited.
 * </ol>
 *
 * <p>Labelling notes (the guide's rows decide; where it is silent, DESIGN.md's definitions):
 *
 * <ul>
 *   <li>A GP practice name or code on a patient list is PROVIDER (the guide's "practice"); the lab
 *       that did the test is OTHER.
 *   <li>A "next test due" or recall date is the date of a planned invitation, CLINICAL_DATE as the
 *       guide's invitation date; an outreach or list status is OTHER (a status).
 *   <li>A recommendation, action or follow-up (routine recall, refer to colposcopy, Kontrolle) is
 *       PROCEDURE, a plan of care. The sample taker (a GP or a practice nurse) and the ordering or
 *       sending clinician or practice code are PROVIDER; payer, Krankenkasse and the measure's name
 *       are OTHER (organisations, a category).
 *   <li>The PPSN is NATIONAL_ID (Ireland's national number, the guide's row by analogy); a
 *       CervicalCheck ID, a lab's accession or order number are RECORD_ID.
 *   <li>A cell with postcode and place together ({@code 4000 Liège}, {@code 80331 München}) is
 *       CITY: its column is the place of residence, the postcode a prefix to it.
 *   <li>A combined cell of HPV and cytology is graded by its worst part; a blank result cell grades
 *       nothing.
 *   <li>A surname-comma-first-name cell is PERSON_NAME; a Dutch family name with its prefix is
 *       FAMILY_NAME; the French nom de naissance is FAMILY_NAME as the guide's birth name.
 * </ul>
 */
final class BlindLayouts20 {
  private BlindLayouts20() {}

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

  static List<CsvLayout> all() {
    return List.of(nlLab(), nlGp(), usLab(), usCareGap(), ukLab(), ukGp(), beLab(), beGp(), deLab(),
        deGp(), frLab(), ieLab());
  }

  // ------------------------------------------------------------------------------- helpers

  private static String fmt(String pattern, LocalDate d) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(d);
  }

  private static int age(Row r) {
    return Period.between(r.p().birthDate(), TODAY).getYears();
  }

  private static String provider(Row r, List<String> names) {
    return names.get(r.stable("gp", names.size()));
  }

  /** The next screen due: three or five years after the sample when normal, one year otherwise. */
  private static LocalDate due(Row r) {
    return r.date().plusYears(r.s().grade() == ResultGrade.NORMAL ? 5 : 1);
  }

  // ------------------------------------------------------------------------------- NL

  private static CsvLayout nlLab() {
    return CsvLayout.of("nl-bvo-lab-uitslagenlijst", Country.NL).women().ages(30, 65).people(75)
        .rows(1, 2).onePerResult().delimiter(';').windows1252().dates("dd-MM-yyyy")
        .col("Monsternummer", RECORD_ID, Row::sample)
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Achternaam", FAMILY_NAME, r -> r.p().fullFamily())
        .col("Voorletters", INITIALS, r -> r.p().initials())
        .col("Geb.datum", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Datum afname", CLINICAL_DATE, Row::when)
        .col("Bepaling", TEST_TYPE, r -> r.part() == Part.HPV ? "hrHPV" : "Cytologie")
        .graded("Uitslag", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade())
            : new Cell(r.s().papDutch(r.rng()), r.s().papGrade()))
        .col("Advies", PROCEDURE, r -> switch (r.s().grade()) {
          case NORMAL -> "Terug naar screening";
          case UNSATISFACTORY -> "Herhalen na 3 maanden";
          default -> r.s().pap().equals("1") ? "Controle-uitstrijkje na 12 maanden"
              : r.s().pap().equals("0") ? "Herhalen na 3 maanden" : "Verwijzing gynaecoloog";
        })
        .col("Laboratorium", OTHER, r -> "Screeningslab Noord");
  }

  private static CsvLayout nlGp() {
    List<String> gps = List.of("dr. A. Jansen", "dr. M. de Vries", "H.P. Bakker, huisarts",
        "dr. S. Visser");
    return CsvLayout.of("nl-his-patientenlijst-bmhk", Country.NL).women().ages(30, 60).people(90)
        .delimiter('\t').dates("dd-MM-yyyy")
        .col("patnr", RECORD_ID, r -> r.p().recordNumber())
        .col("naam", PERSON_NAME, r -> r.p().fullFamily() + ", " + r.p().initials())
        .col("geb. datum", BIRTH_DATE, Row::birth)
        .col("leeftijd", AGE, r -> String.valueOf(age(r)))
        .col("adres", STREET_ADDRESS, r -> r.p().streetLine())
        .col("woonplaats", CITY, r -> r.p().city())
        .col("telefoon", PHONE, r -> r.p().phone()).blank(15)
        .col("huisarts", PROVIDER, r -> provider(r, gps))
        .col("datum laatste uitstrijkje", CLINICAL_DATE, Row::when)
        .graded("uitslag BMHK", TEST_RESULT, r -> new Cell(r.s().combinedDutch(r.rng()),
            r.s().grade()));
  }

  // ------------------------------------------------------------------------------- US

  private static CsvLayout usLab() {
    List<String> doctors = List.of("PATEL, ANJALI MD", "NGUYEN, THOMAS DO", "OKAFOR, GRACE MD",
        "MILLER, SARAH NP");
    return CsvLayout.of("us-lab-cervical-results", Country.US).women().ages(25, 65).people(70)
        .rows(1, 2).onePerResult().quoteAll().crlf().dates("MM/dd/yyyy").byDate()
        .col("Accession #", RECORD_ID, r -> r.sample().replace("S", "CY"))
        .col("MRN", RECORD_ID, r -> r.p().recordNumber())
        .col("Patient Name", PERSON_NAME, r -> (r.p().family() + ", " + r.p().given())
            .toUpperCase(Locale.ROOT))
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Collected", CLINICAL_DATE, r -> r.when() + " " + r.clock("c"))
        .col("Ordering Provider", PROVIDER, r -> provider(r, doctors))
        .col("LOINC", TEST_TYPE, r -> r.part() == Part.HPV ? "77379-6" : "19762-4")
        .col("Test Name", TEST_TYPE, r -> r.part() == Part.HPV
            ? "HPV HIGH RISK, NAAT" : "CYTOLOGY REPORT OF CERVICAL OR VAGINAL SMEAR")
        .graded("Result", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade())
            : new Cell(r.s().bethesda(r.rng()), r.s().papGrade()))
        .col("Payer", OTHER, r -> List.of("Aetna", "BCBS", "UnitedHealthcare", "Medicaid")
            .get(r.stable("payer", 4)));
  }

  private static CsvLayout usCareGap() {
    List<String> doctors = List.of("Lopez, Maria MD", "Chen, David MD", "Brooks, Emily PA-C");
    return CsvLayout.of("us-hedis-ccs-care-gap-list", Country.US).women().ages(24, 64).people(85)
        .dates("M/d/yyyy")
        .col("Patient", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Age", AGE, r -> String.valueOf(age(r)))
        .col("Phone", PHONE, r -> r.p().phone())
        .col("ZIP", POSTCODE, r -> r.p().postcode())
        .col("PCP", PROVIDER, r -> provider(r, doctors))
        .col("Measure", OTHER, r -> "CCS - Cervical Cancer Screening")
        .col("Last Screen Date", CLINICAL_DATE, Row::when).blank(20)
        .col("Gap Status", OTHER, r -> List.of("Open", "Open", "Outreach 1 sent", "Scheduled")
            .get(r.stable("gap", 4)));
  }

  // ------------------------------------------------------------------------------- UK

  private static String nhsSpaced(String nhs) {
    return nhs.length() == 10 ? nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " "
        + nhs.substring(6) : nhs;
  }

  private static String ukAction(Row r) {
    return switch (r.s().grade()) {
      case NORMAL -> r.p().birthDate().isBefore(TODAY.minusYears(50)) ? "Routine recall (5 years)"
          : "Routine recall (3 years)";
      case UNSATISFACTORY -> "Repeat in 3 months";
      default -> r.s().pap().equals("1") ? "Early recall (12 months)"
          : r.s().pap().equals("0") ? "Repeat in 3 months" : "Refer to colposcopy";
    };
  }

  private static CsvLayout ukLab() {
    return CsvLayout.of("uk-csp-lab-results", Country.UK).women().ages(25, 64).people(80)
        .bom().crlf().dates("dd/MM/yyyy")
        .col("Lab No", RECORD_ID, Row::sample)
        .col("NHS Number", NATIONAL_ID, r -> nhsSpaced(r.p().nationalId()))
        .col("Surname", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Forename", GIVEN_NAME, r -> r.p().given())
        .col("Date of Birth", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Date Taken", CLINICAL_DATE, Row::when)
        .col("Sender Code", PROVIDER, r -> "Y0" + (2100 + r.stable("prac", 60)))
        .graded("HPV Result", TEST_RESULT, r -> new Cell(
            r.s().hpv() == Screening.Hpv.POSITIVE ? "HPV positive"
                : r.s().hpv() == Screening.Hpv.NEGATIVE ? "HPV negative" : "Inadequate",
            r.s().hpvGrade()))
        .graded("Cytology Result", TEST_RESULT, r -> new Cell(r.s().nhsCytology(r.rng()),
            r.s().papGrade()))
        .col("Action", PROCEDURE, BlindLayouts20::ukAction);
  }

  private static CsvLayout ukGp() {
    return CsvLayout.of("uk-gp-cervical-screening-list", Country.UK).women().ages(25, 64)
        .people(95).dates("dd-MMM-yyyy")
        .col("NHS number", NATIONAL_ID, r -> r.p().nationalId())
        .col("Full name", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("Date of birth", BIRTH_DATE, Row::birth)
        .col("Age", AGE, r -> String.valueOf(age(r)))
        .col("Address", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Mobile", PHONE, r -> r.p().phone()).blank(20)
        .col("Usual GP", PROVIDER, r -> List.of("Dr K Shah", "Dr R Evans", "Dr L O'Brien")
            .get(r.stable("gp", 3)))
        .col("Last cervical screening", CLINICAL_DATE, Row::when)
        .graded("Result", TEST_RESULT, r -> new Cell(r.s().hasCytology()
            ? "HPV positive; " + r.s().nhsCytology(r.rng())
            : r.s().hpvEnglish(r.rng()), r.s().grade()))
        .col("Next test due", CLINICAL_DATE, r -> r.fmt(due(r)));
  }

  // ------------------------------------------------------------------------------- BE

  private static String beDutchBethesda(Row r) {
    return switch (r.s().pap()) {
      case "0" -> "Niet beoordeelbaar";
      case "1" -> "NILM";
      case "2" -> "ASC-US";
      case "3a1" -> "LSIL";
      case "3a2" -> "ASC-H";
      case "3b", "4" -> "HSIL";
      default -> "Plaveiselcelcarcinoom";
    };
  }

  private static CsvLayout beLab() {
    return CsvLayout.of("be-labo-resultaten-bmhk", Country.BE).women().ages(25, 64).people(70)
        .rows(1, 2).onePerResult().delimiter(';').dates("dd/MM/yyyy")
        .col("Staalnummer", RECORD_ID, Row::sample)
        .col("INSZ", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Gemeente", CITY, r -> r.p().city())
        .col("Afnamedatum", CLINICAL_DATE, Row::when)
        .col("Aanvrager", PROVIDER, r -> List.of("Dr. Peeters", "Dr. Janssens", "Dr. Maes",
            "Dr. Claes").get(r.stable("arts", 4)))
        .col("Onderzoek", TEST_TYPE, r -> r.part() == Part.HPV ? "HPV hoog risico (PCR)"
            : "Cervixcytologie (LBC)")
        .graded("Resultaat", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpv() == Screening.Hpv.POSITIVE ? "hrHPV positief"
                : r.s().hpv() == Screening.Hpv.NEGATIVE ? "hrHPV negatief" : "niet beoordeelbaar",
                r.s().hpvGrade())
            : new Cell(beDutchBethesda(r), r.s().papGrade()))
        .col("Ziekenfonds", INSURANCE_ID, r -> r.p().insuranceNumber()).blank(25);
  }

  private static CsvLayout beGp() {
    return CsvLayout.of("be-medecin-liste-suivi-frottis", Country.BE).women().ages(25, 64)
        .people(85).delimiter(';').windows1252().dates("dd/MM/yy")
        .col("NISS", NATIONAL_ID, r -> r.p().nationalId())
        .col("NOM", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Né(e) le", BIRTH_DATE, Row::birth)
        .col("Adresse", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Localité", CITY, r -> r.p().postcode() + " " + r.p().city())
        .col("GSM", PHONE, r -> r.p().phone()).blank(30)
        .col("Dernier frottis", CLINICAL_DATE, Row::when)
        .graded("Résultat", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesdaFrench(r.rng()) + " - HPV HR positif", r.s().grade())
            : new Cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade()))
        .col("Suivi prévu", PROCEDURE, r -> switch (r.s().grade()) {
          case NORMAL -> "Prochain dépistage dans 5 ans";
          case UNSATISFACTORY -> "Frottis à refaire";
          default -> r.s().pap().equals("1") ? "Contrôle à 12 mois" : "Colposcopie";
        });
  }

  // ------------------------------------------------------------------------------- DE

  private static String deAdvice(ResultGrade g) {
    return switch (g) {
      case NORMAL -> "Routinekontrolle in 3 Jahren";
      case UNSATISFACTORY -> "Wiederholung nach Entzündungsbehandlung";
      case ABNORMAL_LOW_GRADE -> "Kontrolle in 6 Mon.";
      default -> "Abklärungskolposkopie";
    };
  }

  private static CsvLayout deLab() {
    return CsvLayout.of("de-labor-befundliste-zytologie", Country.DE).women().ages(35, 65)
        .people(70).rows(1, 2).onePerResult().delimiter(';').windows1252().dates("dd.MM.yyyy")
        .col("Auftragsnr.", RECORD_ID, r -> r.sample().replace("S", "Z"))
        .col("Versichertennr.", NATIONAL_ID, r -> r.p().nationalId())
        .col("Name", FAMILY_NAME, r -> r.p().family())
        .col("Vorname", GIVEN_NAME, r -> r.p().given())
        .col("Geb.-Datum", BIRTH_DATE, Row::birth)
        .col("PLZ", POSTCODE, r -> r.p().postcode())
        .col("Einsender", PROVIDER, r -> List.of("Dr. med. Schneider", "Praxis Dr. Weber",
            "Dr. med. Fischer", "Gemeinschaftspraxis Wagner/Becker").get(r.stable("ein", 4)))
        .col("Entnahmedatum", CLINICAL_DATE, Row::when)
        .col("Untersuchung", TEST_TYPE, r -> r.part() == Part.HPV ? "HPV-HR-Test"
            : "Zervixzytologie")
        .graded("Befund", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvGerman(r.rng()), r.s().hpvGrade())
            : new Cell(r.s().papMunich(), r.s().papMunichGrade()))
        .col("Empfehlung", PROCEDURE, r -> deAdvice(r.s().hpvGrade().max(r.s().papMunichGrade())));
  }

  private static CsvLayout deGp() {
    return CsvLayout.of("de-praxis-patientenliste-krebsvorsorge", Country.DE).women().ages(35, 65)
        .people(90).delimiter(';').dates("dd.MM.yy")
        .col("Pat.-Nr.", RECORD_ID, r -> r.p().recordNumber())
        .col("Patientin", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geburtsdatum", BIRTH_DATE, Row::birth)
        .col("Straße", STREET_ADDRESS, r -> r.p().streetLine())
        .col("PLZ Ort", CITY, r -> r.p().postcode() + " " + r.p().city())
        .col("Krankenkasse", OTHER, r -> List.of("AOK Bayern", "TK", "BARMER", "DAK-Gesundheit")
            .get(r.stable("kk", 4)))
        .col("letzte KFU", CLINICAL_DATE, Row::when)
        .graded("Befund Pap/HPV", TEST_RESULT, r -> new Cell(r.s().hasCytology()
            ? r.s().papMunich() + ", " + r.s().hpvGerman(r.rng())
            : r.s().hpvGerman(r.rng()), r.s().hpvGrade().max(r.s().papMunichGrade())))
        .col("Wiedereinbestellung", CLINICAL_DATE, r -> r.fmt(due(r)));
  }

  // ------------------------------------------------------------------------------- FR

  private static CsvLayout frLab() {
    return CsvLayout.of("fr-labo-export-depistage-ccu", Country.FR).women().ages(30, 65).people(70)
        .rows(1, 2).onePerResult().delimiter(';').bom().dates("dd/MM/yyyy")
        .col("N° dossier", RECORD_ID, Row::sample)
        .col("NIR", NATIONAL_ID, r -> r.p().nationalId())
        .col("Nom de naissance", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden()).toUpperCase(Locale.ROOT))
        .col("Nom d'usage", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? ""
            : r.p().family().toUpperCase(Locale.ROOT))
        .col("Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Date de naissance", BIRTH_DATE, Row::birth)
        .col("Code postal", POSTCODE, r -> r.p().postcode())
        .col("Date de prélèvement", CLINICAL_DATE, Row::when)
        .col("Prescripteur", PROVIDER, r -> List.of("Dr MARTIN Claire", "Dr BERNARD Luc",
            "Mme DUBOIS, sage-femme").get(r.stable("presc", 3)))
        .col("Analyse", TEST_TYPE, r -> r.part() == Part.HPV ? "Test HPV-HR" : "Examen cytologique")
        .graded("Résultat", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade())
            : new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade()));
  }

  // ------------------------------------------------------------------------------- IE

  private static CsvLayout ieLab() {
    return CsvLayout.of("ie-cervicalcheck-results-list", Country.IE).women().ages(25, 65)
        .people(85).delimiter('|').dates("dd/MM/yyyy")
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("CervicalCheck ID", RECORD_ID, r -> "CC" + r.p().recordNumber())
        .col("Surname", FAMILY_NAME, r -> r.p().family())
        .col("First Name", GIVEN_NAME, r -> r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Eircode", POSTCODE, r -> r.p().postcode())
        .col("Sample Taker", PROVIDER, r -> List.of("Dr. M. Byrne", "Nurse A. Walsh",
            "Dr. C. Kelly").get(r.stable("taker", 3)))
        .col("Test Date", CLINICAL_DATE, Row::when)
        .graded("HPV", TEST_RESULT, r -> new Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade()))
        .graded("Cytology", TEST_RESULT, r -> new Cell(r.s().bethesda(r.rng()),
            r.s().papGrade()))
        .col("Recommendation", PROCEDURE, BlindLayouts20::ukAction);
  }
}
