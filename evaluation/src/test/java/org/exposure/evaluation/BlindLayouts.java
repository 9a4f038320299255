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
import static org.exposure.model.ResultGrade.UNGRADED;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Row;

/**
 * The blind part of the corpus (issue 17): layouts written after the fresh part had been read, by
 * someone who read neither the classifier's code nor any figure of the corpus, and who never ran the
 * classifier on them. Public conventions no earlier layout uses: a Dutch hospital's outpatient
 * appointment list, a Dutch pharmacy's medication history (AIS-style), a Flemish GP's GMD list, a French
 * laboratory report flattened to one row per analysis, a German hospital's discharge-letter index, an
 * NHS 111 call log, a US Medicare claims file with CMS's column names, a US immunisation information
 * system's extract, an Irish HSE waiting list and a Dutch youth mental-health intake list.
 *
 * <p>{@link Corpus} writes them last and never splits them. The truth follows {@code
 * docs/evaluation.md}'s labelling guide; where a column's kind is not in the guide, the nearest row
 * decides and the comment says why (the same decisions are listed in the guide's blind section).
 */
final class BlindLayouts {
  private BlindLayouts() {}

  static List<CsvLayout> all() {
    return List.of(
        // ---------------------------------------------------------------- Netherlands
        // A hospital's outpatient appointment list (poli-afspraken) as a planning system exports it:
        // camelCase headers, dates and times in one cell, the referral reason in Dutch. The clinic
        // (a department of the hospital) is an organisation: OTHER.
        CsvLayout.of("nl-ziekenhuis-poliafspraken", NL).delimiter(';').dates("dd-MM-yyyy")
            .people(120).ages(18, 90).rows(1, 3).byDate()
            .col("patientNummer", RECORD_ID, r -> "Z" + r.p().recordNumber())
            .col("bsnPatient", NATIONAL_ID, r -> r.p().nationalId())
            .col("naamPatient", PERSON_NAME, r -> r.p().fullFamily() + ", " + r.p().initials()
                + (r.p().female() ? " (mevr.)" : " (dhr.)"))
            .col("geboorteDatum", BIRTH_DATE, Row::birth)
            .col("geslacht", SEX, r -> r.p().female() ? "vrouw" : "man")
            .col("mobielNummer", PHONE, r -> r.p().phone()).blank(25)
            .col("afspraakDatumTijd", CLINICAL_DATE, r -> r.when() + " "
                + String.format(Locale.ROOT, "%02d:%02d", 8 + fixed(r, "uur", 9),
                    15 * fixed(r, "kwartier", 4)))
            .col("polikliniek", OTHER, r -> Country.pick(r.rng(), List.of("Gynaecologie",
                "Interne geneeskunde", "Cardiologie", "Psychiatrie", "Longziekten")))
            .col("afspraakSoort", OTHER, r -> Country.pick(r.rng(), List.of("Eerste consult",
                "Controle", "Telefonisch consult", "Uitslaggesprek")))
            .col("behandelaar", PROVIDER, r -> Country.pick(r.rng(), List.of("dr. K.L. Bakker",
                "drs. F. Yilmaz", "dr. H. Postma", "verpl. spec. A. de Boer")))
            .graded("redenVerwijzing", DIAGNOSIS, r -> new Cell(dx(r).dutch(), dx(r).grade()))
            .blank(20)
            .col("afspraakStatus", OTHER, r -> Country.pick(r.rng(), List.of("Gepland",
                "Verschenen", "Verschenen", "Niet verschenen", "Geannuleerd"))),
        // A community pharmacy's medication history as a pharmacy system (AIS) exports it: all-caps
        // abbreviated headers, the Z-index article number (ZI-nummer) and ATC code beside the label
        // name. ZI-nummer and ATC code name the medicine: MEDICATION. Dosage text and quantity: OTHER.
        CsvLayout.of("nl-apotheek-medicatiehistorie", NL).delimiter('|').dates("yyyy-MM-dd")
            .people(90).ages(18, 95).rows(1, 4).crlf()
            .col("PATNR", RECORD_ID, r -> "A" + r.p().recordNumber())
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("NAAM", PERSON_NAME, r -> r.p().fullFamily().toUpperCase(Locale.ROOT) + ", "
                + r.p().initials())
            .col("GEBDAT", BIRTH_DATE, Row::birth)
            .col("AFLDAT", CLINICAL_DATE, Row::when)
            .col("ZINR", MEDICATION, r -> ziNumber(r))
            .col("ATC", MEDICATION, r -> ATC.get(Clinical.MEDICINES.indexOf(r.med())))
            .col("ETIKETNAAM", MEDICATION, r -> r.med().european().replace("µg", "mcg")
                .toUpperCase(Locale.ROOT))
            .col("DOSERING", OTHER, r -> Country.pick(r.rng(), List.of("1 X PER DAG 1 STUK",
                "2 X PER DAG 1 STUK", "ZO NODIG 1 STUK", "VOLGENS VOORSCHRIFT")))
            .col("AANTAL", OTHER, r -> String.valueOf(30 * (1 + fixed(r, "aantal", 3))))
            .col("VOORSCHR", PROVIDER, r -> Country.pick(r.rng(), List.of("SMIT A, HUISARTS",
                "EL AMRANI N, HUISARTS", "VISSER J, PSYCHIATER", "DE JONG P, INTERNIST")))
            .col("AGB_VOORSCHR", PROVIDER, r -> "01" + CheckDigits.digits(r.rng(), 6)),
        // Youth mental-health care (jeugd-GGZ) intake list under the Jeugdwet: the child's BSN, the
        // parent with authority (a name in one field), the municipality responsible (the child's
        // municipality of residence: CITY), the DSM-5 classification. The Jeugdwet product code is a
        // category: OTHER.
        CsvLayout.of("nl-jeugdggz-aanmeldingen", NL).dates("dd/MM/yyyy").people(130).ages(4, 17)
            .quoteAll()
            .col("Cliëntnr.", RECORD_ID, r -> "J-" + r.p().recordNumber())
            .col("BSN jeugdige", NATIONAL_ID, r -> r.p().nationalId())
            .col("Voornaam", GIVEN_NAME, r -> r.p().given())
            .col("Achternaam", FAMILY_NAME, r -> r.p().fullFamily())
            .col("Geb. datum", BIRTH_DATE, Row::birth)
            .col("Gezaghebbende", PERSON_NAME, r -> Country.pick(r.rng(), List.of("Sandra",
                "Mohamed", "Petra", "Erik", "Fatima")) + " " + r.p().fullFamily())
            .col("E-mailadres gezaghebbende", EMAIL, r -> r.p().email()).blank(15)
            .col("Gemeente (woonplaatsbeginsel)", CITY, r -> r.p().city())
            .col("Verwijzer", PROVIDER, r -> Country.pick(r.rng(), List.of(
                "Huisartsenpraktijk De Brink", "Jeugdarts GGD", "Huisarts dr. Mulder",
                "Kinderarts dr. Haddou")))
            .col("Aanmelddatum", CLINICAL_DATE, Row::when)
            .graded("Classificatie DSM-5", DIAGNOSIS, r -> new Cell(Country.pick(r.rng(), DSM5),
                UNGRADED)).blank(10)
            .col("Productcode", OTHER, r -> Country.pick(r.rng(), List.of("54001", "54003",
                "45A53", "55A01"))),

        // ---------------------------------------------------------------- Belgium
        // A Flemish GP's list of patients with a global medical record (GMD): INSZ in its printed
        // form YY.MM.DD-SSS.CC, the GMD's start (a registration: OTHER), the problem list, and the
        // last cervical sample with its date, hrHPV and cytology in one cell.
        CsvLayout.of("be-huisarts-gmd-lijst", BE).delimiter(';').dates("dd/MM/yyyy").people(160)
            .ages(18, 90).bom()
            .col("INSZ", NATIONAL_ID, r -> inszPrinted(r.p().nationalId()))
            .col("Naam", FAMILY_NAME, r -> r.p().family())
            .col("Voornaam", GIVEN_NAME, r -> r.p().given())
            .col("Geb.datum", BIRTH_DATE, Row::birth)
            .col("Geslacht", SEX, r -> r.p().female() ? "V" : "M")
            .col("Adres", STREET_ADDRESS, r -> r.p().streetLine())
            .col("Postnr", POSTCODE, r -> r.p().postcode())
            .col("Gemeente", CITY, r -> r.p().city())
            .col("GSM", PHONE, r -> r.p().phone()).blank(20)
            .col("Ziekenfonds", OTHER, r -> Country.pick(r.rng(), List.of("CM", "Solidaris",
                "Helan", "Vlaams & Neutraal Ziekenfonds", "LM")))
            .col("GMD sinds", OTHER, r -> r.fmt(r.date().minusYears(fixed(r, "gmd", 9))))
            .col("GMD-houder", PROVIDER, r -> Country.pick(r.rng(), List.of("Dr. L. Peeters",
                "Dr. S. Claes", "Dr. I. Maes")))
            .graded("Probleemlijst", DIAGNOSIS, r -> new Cell(dx(r).dutch(), dx(r).grade()))
            .blank(30)
            .graded("Laatste BMHK", TEST_RESULT, BlindLayouts::lastSampleFlemish),

        // ---------------------------------------------------------------- France
        // A French laboratory's report (compte rendu) flattened to one row per analysis: the NIR
        // printed with spaces, French analysis names, results with decimal commas and reference
        // ranges, HPV and cervical cytology among routine analyses.
        CsvLayout.of("fr-labo-compte-rendu", FR).delimiter(';').windows1252().dates("dd/MM/yyyy")
            .women().ages(25, 70).people(100).rows(1, 3)
            .col("N° dossier", RECORD_ID, r -> r.sample())
            .col("N° sécu", NATIONAL_ID, r -> nirPrinted(r.p().nationalId()))
            .col("Nom d'usage", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
            .col("Prénom", GIVEN_NAME, r -> r.p().given())
            .col("Né(e) le", BIRTH_DATE, Row::birth)
            .col("Prescripteur", PROVIDER, r -> "Dr " + Country.pick(r.rng(), List.of("MARTIN Claire",
                "PETIT Hugo", "LEROY Anne", "MOREAU Paul")))
            .col("Prélevé le", CLINICAL_DATE, Row::when)
            .col("Analyse", TEST_TYPE, BlindLayouts::analyseFr)
            .graded("Résultat", TEST_RESULT, BlindLayouts::resultatFr)
            .col("Unité", OTHER, r -> kindFr(r) == 2 ? r.obs().unit() : "")
            .col("Valeurs de référence", OTHER, r -> kindFr(r) == 2 ? referenceFr(r) : ""),

        // ---------------------------------------------------------------- Germany
        // A hospital's index of discharge letters (Entlassbriefe): Fall number, KVNR, name in one
        // field, the main diagnosis as ICD-10-GM with its certainty mark (G: confirmed) and its text.
        // The letter's dispatch date is administrative: OTHER. The department: OTHER.
        CsvLayout.of("de-krankenhaus-entlassbriefe", DE).delimiter(',').dates("d.M.yyyy")
            .people(120).ages(18, 95).rows(1, 2)
            .col("Fall-Nr.", RECORD_ID, r -> "F" + CheckDigits.digits(r.rng(), 8))
            .col("eGK-Nr.", NATIONAL_ID, r -> r.p().nationalId())
            .col("Patient", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
            .col("Geb.", BIRTH_DATE, Row::birth)
            .col("Geschl.", SEX, r -> r.p().female() ? "w" : "m")
            .col("Aufnahme am", CLINICAL_DATE, Row::when)
            .col("Entlassen am", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(1
                + fixed(r, "liegezeit", 14))))
            .col("Fachabteilung", OTHER, r -> Country.pick(r.rng(), List.of("Innere Medizin",
                "Gynäkologie", "Chirurgie", "Psychiatrie")))
            .graded("HD (ICD-10-GM)", DIAGNOSIS, r -> new Cell(dx(r).icd() + " G",
                dx(r).grade()))
            .graded("HD-Text", DIAGNOSIS, r -> new Cell(dx(r).german(), dx(r).grade()))
            .col("Hausarzt", PROVIDER, r -> Country.pick(r.rng(), List.of("Dr. med. T. Braun",
                "Dr. med. S. Öztürk", "Praxis Dr. Lange")))
            .col("Kasse", OTHER, r -> Country.pick(r.rng(), List.of("AOK Bayern", "TK", "BARMER",
                "DAK-Gesundheit")))
            .col("Brief versandt", OTHER, r -> r.fmt(r.date().plusDays(20
                + fixed(r, "brief", 10)))),

        // ---------------------------------------------------------------- United Kingdom
        // An NHS 111 call log: NHS number printed 3-3-4, age with its unit in the header, the
        // presenting complaint (a reason for the contact: DIAGNOSIS, ungraded), the NHS Pathways
        // disposition (a category: OTHER) and the health adviser's free text.
        CsvLayout.of("uk-nhs111-call-log", UK).dates("dd/MM/yyyy").people(130).ages(1, 95)
            .rows(1, 2).byDate()
            .col("Case Ref", RECORD_ID, r -> "111-" + CheckDigits.digits(r.rng(), 9))
            .col("Call Received", CLINICAL_DATE, r -> r.when() + " " + String.format(Locale.ROOT,
                "%02d:%02d", fixed(r, "h", 24), fixed(r, "m", 60)))
            .col("NHS No.", NATIONAL_ID, r -> r.p().nationalId().substring(0, 3) + " "
                + r.p().nationalId().substring(3, 6) + " " + r.p().nationalId().substring(6))
                .blank(12)
            .col("Patient Name", PERSON_NAME, r -> r.p().given() + " "
                + r.p().family().toUpperCase(Locale.ROOT))
            .col("D.O.B.", BIRTH_DATE, Row::birth)
            .col("Age (yrs)", AGE, r -> String.valueOf(Period.between(r.p().birthDate(), r.date())
                .getYears()))
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Call-back No.", PHONE, r -> r.p().phone())
            .col("Registered GP (ODS)", PROVIDER, r -> Country.pick(r.rng(), List.of("B", "C", "F",
                "P")) + String.format(Locale.ROOT, "%05d", r.rng().nextInt(100_000)))
            .graded("Presenting Complaint", DIAGNOSIS, r -> new Cell(complaint(r), UNGRADED))
            .col("Pathways Disposition", OTHER, r -> Country.pick(r.rng(), List.of(
                "Speak to GP practice within 2 hours", "Attend Emergency Department",
                "Self care advice", "Ambulance dispatch (Cat 3)", "Contact pharmacist")))
            .graded("Adviser Notes", FREE_TEXT, r -> new Cell("Caller states " + complaint(r)
                .toLowerCase(Locale.ROOT) + " " + Country.pick(r.rng(), List.of("since yesterday",
                "for 3 days", "this evening")) + ". " + Country.pick(r.rng(), List.of(
                "Worsening advice given.", "Caller happy with outcome.",
                "Warm transfer to clinician.")), UNGRADED)),

        // ---------------------------------------------------------------- United States
        // A Medicare claims extract with CMS's column names (CCW research files): pipe-delimited,
        // yyyyMMdd, ICD-10-CM without the dot, HCPCS/CPT codes, the Medicare Beneficiary Identifier
        // (MBI: Medicare's member number, INSURANCE_ID), the research beneficiary id (RECORD_ID),
        // race as the CMS code (1 white, 2 black, 4 Asian, 5 Hispanic).
        CsvLayout.of("us-medicare-claims-cms", US).delimiter('|').dates("yyyyMMdd").people(110)
            .ages(65, 95).rows(1, 3)
            .col("BENE_ID", RECORD_ID, r -> "BN" + r.p().recordNumber())
            .col("MBI", INSURANCE_ID, BlindLayouts::mbi)
            .col("CLM_ID", INSURANCE_ID, r -> CheckDigits.digits(r.rng(), 12))
            .col("BENE_BIRTH_DT", BIRTH_DATE, Row::birth)
            .col("BENE_SEX_IDENT_CD", SEX, r -> r.p().female() ? "2" : "1")
            .col("BENE_RACE_CD", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("1", "1", "1", "2", "4", "5")
                .get(Math.floorMod(r.p().uuid().hashCode(), 6)))
            .col("BENE_ZIP_CD", POSTCODE, r -> r.p().postcode())
            .col("STATE_CODE", OTHER, r -> "22")
            .col("CLM_FROM_DT", CLINICAL_DATE, Row::when)
            .col("CLM_THRU_DT", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(fixed(r, "thru", 4))))
            .col("RNDRNG_PHYSN_NPI", PROVIDER, r -> "1" + CheckDigits.digits(r.rng(), 9))
            .graded("ICD_DGNS_CD1", DIAGNOSIS, r -> new Cell(dx(r).icd().replace(".", ""),
                dx(r).grade()))
            .graded("ICD_DGNS_CD2", DIAGNOSIS, r -> {
              Clinical.Dx second = forSex(r, Clinical.diagnosis(r.rng()));
              return new Cell(second.icd().replace(".", ""), second.grade());
            }).blank(60)
            .col("HCPCS_CD", PROCEDURE, r -> Country.pick(r.rng(), HCPCS))
            .col("CLM_PMT_AMT", OTHER, r -> String.format(Locale.ROOT, "%.2f",
                20 + r.rng().nextDouble() * 900)),
        // An immunization information system's (IIS) extract, snake_case, dates M/d/yyyy, the
        // vaccine as CVX code and name, manufacturer (MVX) and lot (OTHER), the VFC eligibility code
        // (a funding category: OTHER).
        CsvLayout.of("us-iis-immunization-extract", US).dates("M/d/yyyy").people(100).ages(0, 18)
            .rows(1, 3).byDate()
            .col("iis_patient_id", RECORD_ID, r -> "IIS" + r.p().recordNumber())
            .col("patient_last_name", FAMILY_NAME, r -> r.p().family())
            .col("patient_first_name", GIVEN_NAME, r -> r.p().given())
            .col("patient_middle_name", GIVEN_NAME, r -> r.p().middle())
            .col("patient_dob", BIRTH_DATE, Row::birth)
            .col("patient_sex", SEX, r -> r.p().female() ? "F" : "M")
            .col("mother_maiden_name", FAMILY_NAME, r -> List.of("Garcia", "Kowalski", "Brennan",
                "Okafor").get(Math.floorMod(r.p().uuid().hashCode(), 4))
                + Math.floorMod(r.p().uuid().hashCode(), 100))
            .col("patient_street", STREET_ADDRESS, r -> r.p().streetLine())
            .col("patient_zip", POSTCODE, r -> r.p().postcode())
            .col("patient_county", OTHER, r -> r.p().region())
            .col("vaccination_date", CLINICAL_DATE, Row::when)
            .col("cvx_code", MEDICATION, r -> r.vaccine().cvx())
            .col("vaccine_description", MEDICATION, r -> r.vaccine().name())
            .col("mvx_code", OTHER, r -> Country.pick(r.rng(), List.of("MSD", "PFR", "SKB",
                "SKB")))
            .col("lot_number", OTHER, r -> "L" + CheckDigits.digits(r.rng(), 6))
            .col("administering_provider_npi", PROVIDER, r -> "1" + CheckDigits.digits(r.rng(), 9))
            .col("vfc_eligibility", OTHER, r -> Country.pick(r.rng(), List.of("V01", "V02",
                "V03", "V05"))),

        // ---------------------------------------------------------------- Ireland
        // An HSE hospital's inpatient/day-case waiting list: name as SURNAME, Forename, PPS number,
        // the procedure awaited (planned: PROCEDURE), its indication, weeks waiting (a count: OTHER),
        // medical card held Y/N (a status: OTHER).
        CsvLayout.of("ie-hse-waiting-list", IE).delimiter('\t').dates("dd-MM-yyyy").people(150)
            .ages(16, 90)
            .col("MRN", RECORD_ID, r -> r.p().recordNumber())
            .col("PPS No.", NATIONAL_ID, r -> r.p().nationalId()).blank(8)
            .col("Patient Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
                + r.p().given())
            .col("DOB", BIRTH_DATE, Row::birth)
            .col("Gender", SEX, r -> r.p().female() ? "Female" : "Male")
            .col("Address Line 1", STREET_ADDRESS, r -> r.p().streetLine())
            .col("County", OTHER, r -> r.p().region())
            .col("Eircode", POSTCODE, r -> r.p().postcode())
            .col("Mobile No.", PHONE, r -> r.p().phone()).blank(10)
            .col("Specialty", OTHER, r -> Country.pick(r.rng(), List.of("General Surgery",
                "Gynaecology", "Gastroenterology", "Orthopaedics")))
            .col("Procedure", PROCEDURE, r -> r.proc().english().replace(" (procedure)", ""))
            .graded("Indication", DIAGNOSIS, r -> new Cell(dx(r).english()
                .replace(" (disorder)", "").replace(" (finding)", ""), dx(r).grade())).blank(30)
            .col("Date Added", CLINICAL_DATE, Row::when)
            .col("Wks Waiting", OTHER, r -> String.valueOf(1 + fixed(r, "weeks", 80)))
            .col("Consultant", PROVIDER, r -> Country.pick(r.rng(), List.of("Mr P. Walsh",
                "Ms A. Byrne", "Prof. D. Kelly")))
            .col("Med Card", OTHER, r -> fixed(r, "gms", 3) == 0 ? "Y" : "N"));
  }

  // ------------------------------------------------------------------------------- vocabularies

  /** ATC codes of {@link Clinical#MEDICINES}, in the same order (WHO ATC index). */
  private static final List<String> ATC = List.of("C09AA03", "A10BA02", "C08CA01", "N06AB06",
      "N05AH04", "N07BC02", "J05AR03", "G03AA07", "C10AA01", "R03AC02", "N02AJ17", "N02BE01");

  /** DSM-5 classifications a youth mental-health service records (ICD-10 code and Dutch name). */
  private static final List<String> DSM5 = List.of("F90.0 ADHD, gecombineerd beeld",
      "F84.0 Autismespectrumstoornis", "F41.1 Gegeneraliseerde angststoornis",
      "F32.1 Depressieve stoornis, matig", "F91.3 Oppositioneel-opstandige stoornis",
      "F43.10 Posttraumatische-stressstoornis");

  /** HCPCS/CPT codes on Medicare claims: office visits, cervical screening, lab, imaging. */
  private static final List<String> HCPCS = List.of("99213", "99214", "G0101", "Q0091", "88175",
      "87624", "80053", "71046", "G0439");

  private static final List<String> COMPLAINTS = List.of("Chest pain", "Abdominal pain",
      "Headache", "Rash", "Fever", "Breathing problems", "Vomiting", "Back pain",
      "Mental health crisis", "Suicidal thoughts", "Vaginal bleeding");

  // ------------------------------------------------------------------------------- helpers

  /** A number fixed by the row, so that the columns of one row agree without sharing a draw. */
  private static int fixed(Row r, String salt, int bound) {
    return Math.floorMod((r.sample() + salt).hashCode(), bound);
  }

  /** A synthetic Z-index article number per medicine: eight digits, fixed by the medicine. */
  private static String ziNumber(Row r) {
    int i = Clinical.MEDICINES.indexOf(r.med());
    return String.format(Locale.ROOT, "1%07d", 1_234_567 + i * 76_543);
  }

  /** The INSZ as Belgian documents print it: {@code YY.MM.DD-SSS.CC}. */
  private static String inszPrinted(String insz) {
    return insz.substring(0, 2) + "." + insz.substring(2, 4) + "." + insz.substring(4, 6) + "-"
        + insz.substring(6, 9) + "." + insz.substring(9);
  }

  /** The NIR as a carte Vitale prints it: {@code 2 85 06 75 123 456 78}. */
  private static String nirPrinted(String nir) {
    return nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " "
        + nir.substring(5, 7) + " " + nir.substring(7, 10) + " " + nir.substring(10, 13) + " "
        + nir.substring(13);
  }

  /**
   * The last cervical sample in one cell, for women of the screening ages in two cases of three:
   * {@code 12/03/2023: hrHPV pos. (type 16) - cytologie LSIL}. Graded by its worst part.
   */
  private static Cell lastSampleFlemish(Row r) {
    int age = Period.between(r.p().birthDate(), r.date()).getYears();
    if (!r.p().female() || age < 25 || age > 64 || fixed(r, "bmhk", 3) == 0) {
      return Cell.of("");
    }
    Screening s = r.s();
    String hpv = switch (s.hpv()) {
      case NEGATIVE -> "hrHPV neg.";
      case POSITIVE -> "hrHPV pos. (" + (s.genotype().equals("other") ? "ander hr-type"
          : "type " + s.genotype()) + ")";
      case UNSATISFACTORY -> "staal onbruikbaar";
    };
    String cytology = switch (s.pap()) {
      case "0" -> "onvoldoende cellulair";
      case "1" -> "NILM";
      case "2" -> "ASC-US";
      case "3a1" -> "LSIL";
      case "3a2" -> "ASC-H";
      case "3b", "4" -> "HSIL";
      case "5" -> "plaveiselcelcarcinoom";
      default -> "";
    };
    return new Cell(r.when() + ": " + hpv + (cytology.isEmpty() ? "" : " - cytologie " + cytology),
        s.grade());
  }

  /** 0: an HPV test, 1: a cytology (when the sample had one), 2: a routine analysis. */
  private static int kindFr(Row r) {
    int k = fixed(r, "fr", 3);
    return k == 1 && !r.s().hasCytology() ? 2 : k;
  }

  private static String analyseFr(Row r) {
    return switch (kindFr(r)) {
      case 0 -> "Recherche d'HPV oncogènes (PCR)";
      case 1 -> "Examen cytologique cervico-utérin (Bethesda 2014)";
      default -> switch (r.obs().loinc()) {
        case "8302-2" -> "Taille";
        case "29463-7" -> "Poids";
        case "8480-6" -> "Pression artérielle systolique";
        case "4548-4" -> "Hémoglobine glyquée (HbA1c)";
        case "2093-3" -> "Cholestérol total";
        case "2339-0" -> "Glycémie";
        default -> "Hémoglobine";
      };
    };
  }

  private static Cell resultatFr(Row r) {
    Screening s = r.s();
    return switch (kindFr(r)) {
      case 0 -> new Cell(switch (s.hpv()) {
        case NEGATIVE -> "HPV oncogènes : non détectés";
        case POSITIVE -> s.genotype().equals("other")
            ? "HPV oncogènes : détectés (génotypes autres que 16/18)"
            : "HPV oncogènes : détectés, génotype " + s.genotype();
        case UNSATISFACTORY -> "Résultat ininterprétable (inhibition de la PCR)";
      }, s.hpvGrade());
      case 1 -> new Cell(switch (s.pap()) {
        case "0" -> "Frottis non satisfaisant pour l'évaluation";
        case "1" -> "Absence de lésion intraépithéliale ou de malignité";
        case "2" -> "Atypies des cellules malpighiennes de signification indéterminée (ASC-US)";
        case "3a1" -> "Lésion malpighienne intraépithéliale de bas grade";
        case "3a2" -> "Atypies malpighiennes ne permettant pas d'exclure une lésion de haut grade"
            + " (ASC-H)";
        case "3b" -> "Lésion malpighienne intraépithéliale de haut grade";
        case "4" -> "Atypies des cellules glandulaires (AGC)";
        default -> "Carcinome épidermoïde";
      }, s.papGrade());
      default -> new Cell(String.format(Locale.ROOT, "%.1f", r.value()).replace('.', ','),
          UNGRADED);
    };
  }

  private static String referenceFr(Row r) {
    double low = r.obs().low() + (r.obs().high() - r.obs().low()) * 0.2;
    double high = r.obs().high() - (r.obs().high() - r.obs().low()) * 0.2;
    return String.format(Locale.ROOT, "%.1f - %.1f", low, high).replace('.', ',');
  }

  /** The row's diagnosis, one a man can have when the row is a man's. */
  private static Clinical.Dx dx(Row r) {
    return forSex(r, r.dx());
  }

  /**
   * A diagnosis fit for the row's person: a man's row never shows a cervical, pregnancy or breast
   * diagnosis; another one, fixed by the row, takes its place.
   */
  private static Clinical.Dx forSex(Row r, Clinical.Dx dx) {
    if (r.p().female() || !FEMALE_ONLY.matcher(dx.icd()).lookingAt()) {
      return dx;
    }
    List<Clinical.Dx> any = Clinical.DIAGNOSES.stream()
        .filter(d -> !FEMALE_ONLY.matcher(d.icd()).lookingAt()).toList();
    return any.get(fixed(r, dx.icd(), any.size()));
  }

  private static final Pattern FEMALE_ONLY = Pattern.compile("N87|D06|C53|C50|O");

  private static String complaint(Row r) {
    return COMPLAINTS.get(fixed(r, "complaint", COMPLAINTS.size()));
  }

  /**
   * A Medicare Beneficiary Identifier in CMS's format (11 characters: digit 1-9, letter, letter or
   * digit, digit, letter, letter or digit, digit, letter, letter, digit, digit; no S, L, O, I, B, Z),
   * fixed by the person. Synthetic: no check digit exists to compute.
   */
  private static String mbi(Row r) {
    String letters = "ACDEFGHJKMNPQRTUVWXY";
    String alnum = letters + "0123456789";
    java.util.Random g = new java.util.Random(r.p().uuid().hashCode());
    char[] c = new char[11];
    String[] kinds = {"N", "A", "X", "D", "A", "X", "D", "A", "A", "D", "D"};
    for (int i = 0; i < 11; i++) {
      c[i] = switch (kinds[i]) {
        case "N" -> (char) ('1' + g.nextInt(9));
        case "A" -> letters.charAt(g.nextInt(letters.length()));
        case "X" -> alnum.charAt(g.nextInt(alnum.length()));
        default -> (char) ('0' + g.nextInt(10));
      };
    }
    return new String(c);
  }
}
