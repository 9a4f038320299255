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
import static org.exposure.model.FieldType.FREE_TEXT;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.EMAIL;
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
import static org.exposure.model.ResultGrade.UNGRADED;

import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Row;

/**
 * The fresh part of the corpus (issue 17): layouts written after the classifier had been tuned on the
 * tuning part and the held-out part had been read, by someone who had read neither the classifier nor
 * any figure, from public conventions the first 46 layouts do not use: a Dutch GP information
 * system's patient list, the Dutch cervical and bowel screening programmes' result files, youth health
 * care's vaccination register, a US LIS export of HL7 v2 ORU fields flattened to CSV, Synthea's
 * {@code allergies.csv}, {@code careplans.csv} and {@code payer_transitions.csv}, an English Hospital
 * Episode Statistics (HES APC) extract, a UK GP system's free-text consultations, Ireland's cervical
 * screening and GMS pharmacy claims, a Belgian hospital-discharge (RHM/MZG) extract in French, a French
 * regional screening centre's (CRCDC) cervical file, and a German LDT lab report flattened to CSV;
 * beside them, a Belgian FHIR NDJSON export of resource types the first FHIR layouts lack
 * ({@link FhirLayouts#writeFresh}).
 *
 * <p>Every layout is fresh: {@link Corpus} writes them after the first 46 and never splits them. The
 * truth follows {@code docs/evaluation.md}'s labelling guide; where a column's kind is not in the guide,
 * the nearest row decides and the comment says why.
 */
final class FreshLayouts {
  private FreshLayouts() {}

  static List<CsvLayout> all() {
    return List.of(
        // A Dutch HIS (GP information system) patient list, as practices export it for a move or
        // an audit: abbreviated headers, Windows-1252, one row per registered patient.
        CsvLayout.of("nl-his-patientenlijst", NL).delimiter(';').windows1252().dates("dd-MM-yyyy")
            .people(220).ages(0, 95)
            .col("Patnr", RECORD_ID, r -> r.p().recordNumber())
            .col("Achternaam", FAMILY_NAME, r -> r.p().family())
            .col("Voorv.", FAMILY_NAME, r -> r.p().prefix())
            .col("Voorl.", INITIALS, r -> r.p().initials())
            .col("Roepnaam", GIVEN_NAME, r -> r.p().given())
            .col("Meisjesnaam", FAMILY_NAME, r -> r.p().maiden())
            .col("Geb.dat.", BIRTH_DATE, Row::birth)
            .col("M/V", SEX, r -> r.p().female() ? "V" : "M")
            .col("Straat + huisnr", STREET_ADDRESS, r -> r.p().streetLine())
            .col("PC", POSTCODE, r -> r.p().postcode())
            .col("Plaats", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
            .col("Tel.", PHONE, r -> r.p().phone()).blank(20)
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(3)
            .col("Verzekeraar", OTHER, r -> Country.pick(r.rng(), List.of("Zilveren Kruis",
                "CZ", "VGZ", "Menzis", "DSW", "ONVZ")))
            .col("Polisnr.", INSURANCE_ID, r -> r.p().insuranceNumber())
            .col("Eigen HA", PROVIDER, r -> Country.pick(r.rng(), List.of("HA1 (J.P. de Vries)",
                "HA2 (M. Çelik)", "HA3 (R. Timmermans)"))),
        // The cervical-screening programme's result file (bevolkingsonderzoek
        // baarmoederhalskanker): one row per sample, hrHPV and reflex cytology in their own
        // phrasing, the cytology blank when none was done.
        CsvLayout.of("nl-bvo-bmhk-uitslagen", NL).delimiter(',').dates("dd/MM/yyyy").women()
            .ages(30, 65).people(160).rows(1, 2).byDate()
            .col("Clientnummer BVO", RECORD_ID, r -> "BMHK-" + r.p().recordNumber())
            .col("BSN client", NATIONAL_ID, r -> r.p().nationalId())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Postcode", POSTCODE, r -> r.p().postcode().replace(" ", ""))
            .col("Datum afname", CLINICAL_DATE, Row::when)
            .col("Afnamewijze", TEST_TYPE, r -> Country.pick(r.rng(), List.of(
                "Uitstrijkje huisarts", "Zelfafname (ZAS)")))
            .graded("Uitslag hrHPV", TEST_RESULT, FreshLayouts::hpvBvo)
            .graded("Uitslag cytologie", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(papBvo(r), r.s().papGrade()) : Cell.of(""))
            .col("Screeningsorganisatie", OTHER, r -> "Bevolkingsonderzoek " + Country.pick(r.rng(),
                List.of("Noord", "Oost", "Zuid", "West", "Zuidwest")))
            .col("Huisarts", PROVIDER, r -> "Huisartsenpraktijk " + Country.pick(r.rng(),
                List.of("De Linde", "Het Anker", "Oosterpoort", "Zuiderhout"))),
        // The bowel-screening programme's FIT results: a haemoglobin value and its reading, results
        // the cervical scale does not grade.
        CsvLayout.of("nl-bvo-darmkanker-fit", NL).delimiter('\t').dates("yyyyMMdd").people(200)
            .ages(55, 75)
            .col("Uitnodigingsnummer", RECORD_ID, r -> "DK" + CheckDigits.digits(r.rng(), 8))
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("Cliënt", PERSON_NAME, r -> (r.p().female() ? "Mw. " : "Dhr. ") + r.p().initials()
                + " " + r.p().fullFamily())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Huisnummer", HOUSE_NUMBER, r -> r.p().houseNumber() + r.p().houseSuffix())
            .col("Ontvangstdatum FIT", CLINICAL_DATE, Row::when)
            .graded("Hb (ng/ml)", TEST_RESULT, r -> new Cell(String.valueOf(fitValue(r)), UNGRADED))
            .graded("Uitslag", TEST_RESULT, r -> new Cell(fitValue(r) >= 47 ? "ongunstig"
                : "gunstig", UNGRADED)),
        // Youth health care's (JGZ) vaccination register of the national immunisation programme.
        CsvLayout.of("nl-jgz-rvp-vaccinaties", NL).dates("d-M-yyyy").people(110).ages(7, 17)
            .rows(1, 3).byDate()
            .col("BSN kind", NATIONAL_ID, r -> r.p().nationalId())
            .col("Roepnaam", GIVEN_NAME, r -> r.p().given())
            .col("Achternaam", FAMILY_NAME, r -> r.p().fullFamily())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Geslacht", SEX, r -> r.p().female() ? "meisje" : "jongen")
            .col("Telefoon ouder/verzorger", PHONE, r -> r.p().phone()).blank(10)
            .col("Vaccinatie", MEDICATION, r -> Country.pick(r.rng(), RVP))
            .col("Datum vaccinatie", CLINICAL_DATE, Row::when)
            .col("Batchnummer", OTHER, r -> "A" + (20 + r.rng().nextInt(6)) + "C"
                + CheckDigits.digits(r.rng(), 4))
            .col("JGZ-organisatie", OTHER, r -> Country.pick(r.rng(), List.of("GGD Hollands Midden",
                "GGD Gelderland-Zuid", "CJG Rijnmond", "GGD Fryslân"))),

        // ---------------------------------------------------------------- United States
        // An LIS export of HL7 v2 ORU^R01 messages, one row per OBX, each column a segment field with
        // its components still joined by carets.
        CsvLayout.of("us-lis-hl7-oru-flat", US).dates("yyyyMMdd").women().ages(21, 70).people(110)
            .rows(1, 3).crlf()
            .col("MSH-4 Sending Facility", OTHER, r -> "NORTHLAB^2.16.840.1.113883.3.999^ISO")
            .col("PID-3 Patient ID", RECORD_ID, r -> r.p().recordNumber() + "^^^MGH^MR")
            .col("PID-5 Patient Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT)
                + "^" + r.p().given().toUpperCase(Locale.ROOT)
                + (r.p().middle().isEmpty() ? "" : "^" + r.p().middle().charAt(0)))
            .col("PID-7 Date of Birth", BIRTH_DATE, Row::birth)
            .col("PID-8 Sex", SEX, r -> "F")
            .col("PID-11 Address", STREET_ADDRESS, r -> r.p().streetLine() + "^^" + r.p().city()
                + "^MA^" + r.p().postcode())
            .col("PID-13 Phone", PHONE, r -> "(" + r.p().phone().substring(0, 3) + ")"
                + r.p().phone().substring(4)).blank(15)
            .col("PID-19 SSN", NATIONAL_ID, r -> r.p().nationalId().replace("-", "")).blank(10)
            .col("OBR-4 Universal Service ID", TEST_TYPE, FreshLayouts::hl7Test)
            .col("OBR-7 Observation Date/Time", CLINICAL_DATE, r -> r.when() + "0930")
            .col("OBR-16 Ordering Provider", PROVIDER, r -> CheckDigits.digits(r.rng(), 10) + "^"
                + Country.pick(r.rng(), List.of("NGUYEN^LINDA", "OKAFOR^JAMES", "WEISS^RACHEL")))
            .graded("OBX-5 Observation Value", TEST_RESULT, FreshLayouts::hl7Value)
            .col("OBX-6 Units", OTHER, r -> hpvRow(r) ? "" : r.obs().unit())
            .col("OBX-11 Result Status", OTHER, r -> Country.pick(r.rng(), List.of("F", "F", "C"))),
        synthea("us-synthea-allergies", 1, 3)
            .col("START", CLINICAL_DATE, Row::when)
            .col("STOP", CLINICAL_DATE, r -> r.fmt(r.date().plusYears(2))).blank(80)
            .col("PATIENT", RECORD_ID, r -> r.p().uuid())
            .col("ENCOUNTER", RECORD_ID, r -> uuid(r, "encounter"))
            .graded("CODE", DIAGNOSIS, r -> new Cell(allergy(r)[0], UNGRADED))
            .col("SYSTEM", OTHER, r -> "SNOMED-CT")
            .graded("DESCRIPTION", DIAGNOSIS, r -> new Cell(allergy(r)[1], UNGRADED))
            .col("TYPE", OTHER, r -> allergy(r)[2])
            .col("CATEGORY", OTHER, r -> allergy(r)[3])
            .graded("REACTION1", DIAGNOSIS, r -> new Cell(reaction(r, 1)[0], UNGRADED))
            .graded("DESCRIPTION1", DIAGNOSIS, r -> new Cell(reaction(r, 1)[1], UNGRADED))
            .col("SEVERITY1", OTHER, r -> reaction(r, 1)[0].isEmpty() ? ""
                : Country.pick(r.rng(), List.of("MILD", "MODERATE", "SEVERE")))
            .graded("REACTION2", DIAGNOSIS, r -> new Cell(reaction(r, 2)[0], UNGRADED))
            .graded("DESCRIPTION2", DIAGNOSIS, r -> new Cell(reaction(r, 2)[1], UNGRADED))
            .col("SEVERITY2", OTHER, r -> reaction(r, 2)[0].isEmpty() ? "" : "MILD"),
        synthea("us-synthea-careplans", 1, 3)
            .col("Id", RECORD_ID, r -> uuid(r, "careplan"))
            .col("START", CLINICAL_DATE, Row::when)
            .col("STOP", CLINICAL_DATE, r -> r.fmt(r.date().plusMonths(6))).blank(50)
            .col("PATIENT", RECORD_ID, r -> r.p().uuid())
            .col("ENCOUNTER", RECORD_ID, r -> uuid(r, "encounter"))
            .col("CODE", PROCEDURE, r -> careplan(r)[0])
            .col("DESCRIPTION", PROCEDURE, r -> careplan(r)[1])
            .graded("REASONCODE", DIAGNOSIS, r -> reasonGiven(r)
                ? new Cell(r.dx().snomed(), r.dx().grade()) : Cell.of(""))
            .graded("REASONDESCRIPTION", DIAGNOSIS, r -> reasonGiven(r)
                ? new Cell(r.dx().english(), r.dx().grade()) : Cell.of("")),
        // Synthea's changes of health insurance: the member number and the plan's owner, who may be
        // the patient herself, her spouse or her guardian. Coverage dates are administrative.
        synthea("us-synthea-payer-transitions", 1, 4)
            .col("PATIENT", RECORD_ID, r -> r.p().uuid())
            .col("MEMBERID", INSURANCE_ID, r -> UUID.nameUUIDFromBytes(("member " + r.p().uuid())
                .getBytes(StandardCharsets.UTF_8)).toString())
            .col("START_DATE", OTHER, r -> r.when() + "T00:00:00Z")
            .col("END_DATE", OTHER, r -> r.fmt(r.date().plusYears(1)) + "T00:00:00Z")
            .col("PAYER", OTHER, r -> Country.pick(r.rng(), List.of(
                "7caa7254-5050-3b5e-9eae-bd5ea30e809c", "a735bf55-83e9-331a-899d-a82a60b9f60c",
                "d47b3510-2895-3b70-9897-342d681c769d")))
            .col("SECONDARY_PAYER", OTHER, r -> "b1c428d6-4f07-31e0-90f0-68ffa6ff8c76").blank(85)
            .col("PLAN_OWNERSHIP", OTHER, FreshLayouts::ownership)
            .col("OWNER_NAME", PERSON_NAME, r -> (ownership(r).equals("Self") ? r.p().given()
                : Country.pick(r.rng(), List.of("Robert", "Maria", "David", "Linda")))
                + Math.floorMod(r.p().uuid().hashCode(), 1000) + " " + r.p().family()
                + Math.floorMod(r.p().uuid().hashCode(), 997)),

        // ---------------------------------------------------------------- United Kingdom
        // A Hospital Episode Statistics admitted-patient-care extract, HES field names and codes:
        // sex 1/2, ethnic category letters, ICD-10 without the dot and padded with X, OPCS-4.
        CsvLayout.of("uk-hes-apc-extract", UK).dates("yyyy-MM-dd").people(150).ages(7, 95)
            .rows(1, 2)
            .col("EPIKEY", RECORD_ID, r -> CheckDigits.digits(r.rng(), 12))
            .col("NEWNHSNO", NATIONAL_ID, r -> r.p().nationalId())
            .col("DOB", BIRTH_DATE, Row::birth)
            .col("STARTAGE", AGE, r -> String.valueOf(Period.between(r.p().birthDate(), r.date())
                .getYears()))
            .col("SEX", SEX, r -> r.p().female() ? "2" : "1")
            .col("ETHNOS", RACIAL_OR_ETHNIC_ORIGIN, r -> Country.pick(r.rng(), ETHNOS))
            .col("HOMEADD", POSTCODE, r -> r.p().postcode())
            .col("GPPRAC", PROVIDER, r -> Country.pick(r.rng(), List.of("B", "C", "M", "Y"))
                + String.format(Locale.ROOT, "%05d", r.rng().nextInt(100_000)))
            .col("PROCODE3", OTHER, r -> Country.pick(r.rng(), List.of("RR8", "RTH", "RRV", "RWE")))
            .col("ADMIMETH", OTHER, r -> Country.pick(r.rng(), List.of("11", "12", "21", "22")))
            .col("ADMIDATE", CLINICAL_DATE, Row::when)
            .col("DISDATE", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(r.rng().nextInt(9))))
            .graded("DIAG_4_01", DIAGNOSIS, r -> new Cell(hesIcd(r.dx()), r.dx().grade()))
            .graded("DIAG_4_02", DIAGNOSIS, r -> {
              Clinical.Dx second = Clinical.diagnosis(r.rng());
              return new Cell(hesIcd(second), second.grade());
            }).blank(55)
            .col("OPERTN_4_01", PROCEDURE, r -> Country.pick(r.rng(), OPCS)).blank(45),
        // A GP system's consultation export: a SNOMED code beside the clinician's free text.
        CsvLayout.of("uk-gp-consultations-freetext", UK).dates("d MMM yyyy").people(90)
            .ages(16, 90).rows(1, 4).byDate()
            .col("Patient NHS No", NATIONAL_ID, r -> r.p().nationalId())
            .col("Patient", PERSON_NAME, r -> (r.p().female() ? "Mrs " : "Mr ") + r.p().given()
                + " " + r.p().family().toUpperCase(Locale.ROOT))
            .col("Date of birth", BIRTH_DATE, Row::birth)
            .col("Consultation date", CLINICAL_DATE, Row::when)
            .col("Consultation type", OTHER, r -> Country.pick(r.rng(), List.of("Face to face",
                "Telephone", "Video", "Home visit")))
            .col("Clinician", PROVIDER, r -> Country.pick(r.rng(), List.of("Dr A Patel",
                "Dr S Hughes", "Nurse K Evans", "Dr M O'Connor")))
            .graded("SNOMED concept", DIAGNOSIS, r -> new Cell(r.dx().snomed(), r.dx().grade()))
            .graded("Notes", FREE_TEXT, r -> new Cell(note(r), r.dx().grade())),

        // ---------------------------------------------------------------- Ireland
        // The national cervical screening programme's result list: PPSN, Eircode, HPV primary
        // screening with reflex cytology.
        CsvLayout.of("ie-cervical-screening", IE).dates("dd/MM/yyyy").women().ages(25, 65)
            .people(140).rows(1, 2)
            .col("PPSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("Surname", FAMILY_NAME, r -> r.p().family())
            .col("Forename", GIVEN_NAME, r -> r.p().given())
            .col("Date of Birth", BIRTH_DATE, Row::birth)
            .col("Eircode", POSTCODE, r -> r.p().postcode())
            .col("County", OTHER, r -> r.p().region())
            .col("Mobile", PHONE, r -> r.p().phone()).blank(15)
            .col("Screening date", CLINICAL_DATE, Row::when)
            .graded("HPV result", TEST_RESULT, FreshLayouts::hpvIrish)
            .graded("Reflex cytology", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(cytologyIrish(r.s().pap()), r.s().papGrade()) : Cell.of(""))
            .col("Registered GP", PROVIDER, r -> "Dr. " + Country.pick(r.rng(), List.of("Kavanagh",
                "Fitzgerald", "Ó Súilleabháin", "Daly"))),
        // Community pharmacy claims under the GMS (medical card) scheme.
        CsvLayout.of("ie-gms-pharmacy-claims", IE).dates("yyyy-MM-dd").people(100).ages(18, 95)
            .rows(1, 4).byDate().quoteAll()
            .col("PPSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("Medical card no.", INSURANCE_ID, r -> r.p().insuranceNumber())
            .col("Patient name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
                + r.p().given())
            .col("DOB", BIRTH_DATE, Row::birth)
            .col("Address", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().city())
            .col("Date dispensed", CLINICAL_DATE, Row::when)
            .col("Item description", MEDICATION, r -> r.med().name())
            .col("Qty", OTHER, r -> String.valueOf(7 * (1 + r.rng().nextInt(8))))
            .col("Prescriber MCRN", PROVIDER, r -> String.valueOf(10000 + r.rng().nextInt(90000)))
            .col("Pharmacy", OTHER, r -> Country.pick(r.rng(), List.of("Main Street Pharmacy",
                "Quay Pharmacy", "Corrib Pharmacy")))
            .col("Claim (EUR)", OTHER, r -> String.format(Locale.ROOT, "%.2f",
                3 + r.rng().nextDouble() * 120)),

        // ---------------------------------------------------------------- Belgium
        // A hospital-discharge extract in the RHM/MZG way (French-speaking hospital): sex as 1/2,
        // dates as yyyyMMdd, ICD-10-BE diagnoses and ICD-10-PCS procedures, TAB-separated with a BOM.
        CsvLayout.of("be-rhm-sejours", BE).delimiter('\t').bom().dates("yyyyMMdd").people(130)
            .ages(7, 95).rows(1, 2)
            .col("N° de séjour", RECORD_ID, r -> "S" + CheckDigits.digits(r.rng(), 7))
            .col("NISS", NATIONAL_ID, r -> r.p().nationalId().substring(0, 6) + " "
                + r.p().nationalId().substring(6, 9) + " " + r.p().nationalId().substring(9))
            .col("Nom", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
            .col("Prénom", GIVEN_NAME, r -> r.p().given())
            .col("Date de naissance", BIRTH_DATE, Row::birth)
            .col("Sexe", SEX, r -> r.p().female() ? "2" : "1")
            .col("Code postal", POSTCODE, r -> r.p().postcode())
            .col("Type de séjour", OTHER, r -> Country.pick(r.rng(), List.of(
                "hospitalisation classique", "hôpital de jour")))
            .col("Date d'admission", CLINICAL_DATE, Row::when)
            .col("Date de sortie", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(r.rng().nextInt(12))))
            .graded("Diagnostic principal (ICD-10-BE)", DIAGNOSIS, r -> new Cell(r.dx().icd(),
                r.dx().grade()))
            .graded("Libellé", DIAGNOSIS, r -> new Cell(r.dx().french(), r.dx().grade()))
            .col("Procédure (ICD-10-PCS)", PROCEDURE, r -> Country.pick(r.rng(), PCS)).blank(40)
            .col("Mutualité", OTHER, r -> Country.pick(r.rng(), List.of("Mutualité chrétienne",
                "Solidaris", "Partenamut", "Mutualité libérale")))
            .col("N° d'affiliation", INSURANCE_ID, r -> r.p().insuranceNumber()),

        // ---------------------------------------------------------------- France
        // A regional cancer-screening centre's (CRCDC) cervical file: INS (the NIR) unspaced, HPV-HR
        // primary test and reflex cytology in French wording.
        CsvLayout.of("fr-crcdc-depistage-col", FR).delimiter(';').dates("yyyy-MM-dd").women()
            .ages(30, 65).people(150)
            .col("Matricule INS", NATIONAL_ID, r -> r.p().nationalId())
            .col("Nom de naissance", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? r.p().family()
                : r.p().maiden())
            .col("Nom utilisé", FAMILY_NAME, r -> r.p().family())
            .col("Prénoms", GIVEN_NAME, r -> r.p().middle().isEmpty() ? r.p().given()
                : r.p().given() + " " + r.p().middle())
            .col("Date de naissance", BIRTH_DATE, Row::birth)
            .col("Commune", CITY, r -> r.p().city())
            .col("Code postal", POSTCODE, r -> r.p().postcode())
            .col("Courriel", EMAIL, r -> r.p().email()).blank(40)
            .col("Date du prélèvement", CLINICAL_DATE, Row::when)
            .graded("Test HPV-HR", TEST_RESULT, FreshLayouts::hpvCrcdc)
            .graded("Cytologie réflexe", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(cytologyCrcdc(r.s().pap()), r.s().papGrade()) : Cell.of(""))
            .col("Médecin traitant", PROVIDER, r -> "Dr " + Country.pick(r.rng(), List.of(
                "Rousseau", "Blanc", "Guérin", "Faure")))
            .col("Structure", OTHER, r -> "CRCDC " + Country.pick(r.rng(), List.of("Occitanie",
                "Bretagne", "Grand Est", "Hauts-de-France"))),

        // ---------------------------------------------------------------- Germany
        // An LDT lab report flattened to CSV, one row per test, LDT field identifiers in the header,
        // dates as LDT writes them (ddMMyyyy): lab values, HPV and cytology (Munich III) rows mixed.
        CsvLayout.of("de-ldt-befunde-flach", DE).delimiter(';').windows1252().dates("ddMMyyyy")
            .women().ages(20, 75).people(110).rows(1, 3)
            .col("8310 Anforderungs-Ident", RECORD_ID, r -> r.sample())
            .col("3101 Name", FAMILY_NAME, r -> r.p().family())
            .col("3102 Vorname", GIVEN_NAME, r -> r.p().given())
            .col("3103 Geburtsdatum", BIRTH_DATE, Row::birth)
            .col("3110 Geschlecht", SEX, r -> "W")
            .col("3119 Versicherten_ID", NATIONAL_ID, r -> r.p().nationalId())
            .col("3107 Strasse", STREET_ADDRESS, r -> r.p().streetLine())
            .col("3112 PLZ", POSTCODE, r -> r.p().postcode())
            .col("3113 Ort", CITY, r -> r.p().city())
            .col("0212 LANR Einsender", PROVIDER, r -> CheckDigits.digits(r.rng(), 9))
            .col("8432 Abnahmedatum", CLINICAL_DATE, Row::when)
            .col("8411 Testbezeichnung", TEST_TYPE, FreshLayouts::ldtTest)
            .graded("8420 Ergebnis-Wert", TEST_RESULT, r -> ldtKind(r) == 2
                ? new Cell(String.format(Locale.ROOT, "%.1f", r.value()).replace('.', ','), UNGRADED)
                : Cell.of(""))
            .col("8421 Einheit", OTHER, r -> ldtKind(r) == 2 ? r.obs().unit() : "")
            .graded("8480 Ergebnis-Text", TEST_RESULT, FreshLayouts::ldtText));
  }

  // ------------------------------------------------------------------------------- vocabularies

  /** The national immunisation programme's vaccinations as JGZ registers them (RIVM names). */
  private static final List<String> RVP = List.of("DKTP-Hib-HepB (Vaxelis)",
      "Pneumokokken (Synflorix)", "BMR (M-M-RvaxPro)", "MenACWY (Nimenrix)",
      "DTP (Revaxis)", "HPV (Cervarix)", "DKTP (Boostrix Polio)");

  /** The NHS Data Dictionary's ethnic category codes (2001 census): A-S, Z not stated. */
  private static final List<String> ETHNOS = List.of("A", "A", "A", "B", "C", "D", "E", "F", "G",
      "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z");

  /** OPCS-4 procedure codes written as HES does, without the dot. */
  private static final List<String> OPCS = List.of("H229", "H019", "R249", "Q033", "Q554", "X403",
      "W371");

  /** ICD-10-PCS procedure codes (seven characters). */
  private static final List<String> PCS = List.of("0DTJ4ZZ", "0DJD8ZZ", "10E0XZZ", "0UBC7ZX",
      "0UTC0ZZ", "BH00ZZZ");

  /** An allergy (SNOMED CT finding) with its description, type and category, as Synthea writes. */
  private static final List<String[]> ALLERGIES = List.of(
      new String[] {"91935009", "Allergy to peanuts", "allergy", "food"},
      new String[] {"91930004", "Allergy to eggs", "allergy", "food"},
      new String[] {"300916003", "Latex allergy", "allergy", "environment"},
      new String[] {"232350006", "House dust mite allergy", "allergy", "environment"},
      new String[] {"418689008", "Allergy to grass pollen", "allergy", "environment"},
      new String[] {"91936005", "Allergy to penicillin", "allergy", "medication"},
      new String[] {"714035009", "Lactose intolerance", "intolerance", "food"});

  private static final List<String[]> REACTIONS = List.of(
      new String[] {"247472004", "Wheal (finding)"},
      new String[] {"271807003", "Eruption of skin (disorder)"},
      new String[] {"39579001", "Anaphylaxis (disorder)"},
      new String[] {"49727002", "Cough (finding)"},
      new String[] {"267036007", "Dyspnea (finding)"},
      new String[] {"21522001", "Abdominal pain (finding)"});

  /** Care plans (SNOMED CT regimes and procedures): planned care, PROCEDURE by the guide. */
  private static final List<String[]> CAREPLANS = List.of(
      new String[] {"698360004", "Diabetes self management plan"},
      new String[] {"699728000", "Asthma self management"},
      new String[] {"91251008", "Physical therapy procedure"},
      new String[] {"734163000", "Care plan"},
      new String[] {"386257007", "Fall prevention"},
      new String[] {"409002", "Food allergy diet"},
      new String[] {"718347000", "Mental health care plan"});

  // ------------------------------------------------------------------------------- helpers

  /** A Synthea CSV file of one clinical kind: patients known only by their UUID. */
  private static CsvLayout synthea(String name, int minRows, int maxRows) {
    return CsvLayout.of(name, US).dates("yyyy-MM-dd").people(70).ages(7, 95)
        .rows(minRows, maxRows).byDate();
  }

  /** A number fixed by the row, so that the columns of one row agree without sharing a draw. */
  private static int fixed(Row r, String salt, int bound) {
    return Math.floorMod((r.sample() + salt).hashCode(), bound);
  }

  private static String uuid(Row r, String salt) {
    return UUID.nameUUIDFromBytes((salt + r.sample() + r.p().uuid())
        .getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static Cell hpvBvo(Row r) {
    return new Cell(switch (r.s().hpv()) {
      case NEGATIVE -> Country.pick(r.rng(), List.of("Negatief", "Geen hrHPV aangetoond"));
      case POSITIVE -> Country.pick(r.rng(), List.of("Positief", "hrHPV aangetoond",
          "Positief - " + (r.s().genotype().equals("other") ? "overige hrHPV-typen"
              : "HPV" + r.s().genotype())));
      case UNSATISFACTORY -> Country.pick(r.rng(), List.of("Onbeoordeelbaar",
          "Niet beoordeelbaar, nieuwe afname"));
    }, r.s().hpvGrade());
  }

  private static String papBvo(Row r) {
    String cls = r.s().pap().toUpperCase(Locale.ROOT);
    return switch (fixed(r, "pap", 3)) {
      case 0 -> "Pap" + cls;
      case 1 -> "Pap " + cls;
      default -> "Pap-klasse " + cls;
    };
  }

  private static int fitValue(Row r) {
    return fixed(r, "fit", 10) < 2 ? 47 + fixed(r, "hb", 250) : fixed(r, "hb", 47);
  }

  /** About half of a woman's LIS rows are hrHPV tests, the others routine lab values. */
  private static boolean hpvRow(Row r) {
    return fixed(r, "hl7", 2) == 0;
  }

  private static String hl7Test(Row r) {
    return hpvRow(r) ? "59420-0^HPV HR DNA Cervix^LN"
        : r.obs().loinc() + "^" + r.obs().name() + "^LN";
  }

  private static Cell hl7Value(Row r) {
    if (!hpvRow(r)) {
      return new Cell(String.format(Locale.ROOT, "%.1f", r.value()), UNGRADED);
    }
    return new Cell(switch (r.s().hpv()) {
      case NEGATIVE -> "NOT DETECTED";
      case POSITIVE -> "DETECTED";
      case UNSATISFACTORY -> "Unsatisfactory specimen";
    }, r.s().hpvGrade());
  }

  private static String[] allergy(Row r) {
    return ALLERGIES.get(fixed(r, "allergy", ALLERGIES.size()));
  }

  /** A reaction, or none: the first in two rows of three, the second in one row of four. */
  private static String[] reaction(Row r, int which) {
    boolean present = which == 1 ? fixed(r, "r1", 3) != 0 : fixed(r, "r2", 4) == 0;
    return present ? REACTIONS.get(fixed(r, "reaction" + which, REACTIONS.size()))
        : new String[] {"", ""};
  }

  private static String[] careplan(Row r) {
    return CAREPLANS.get(fixed(r, "careplan", CAREPLANS.size()));
  }

  private static boolean reasonGiven(Row r) {
    return fixed(r, "reason", 3) != 0;
  }

  private static String ownership(Row r) {
    return switch (fixed(r, "owner", 5)) {
      case 0 -> "Guardian";
      case 1 -> "Spouse";
      default -> "Self";
    };
  }

  /** ICD-10 as HES writes it: no dot, four characters, X where the code has three. */
  private static String hesIcd(Clinical.Dx dx) {
    String code = dx.icd().replace(".", "");
    return code.length() == 3 ? code + "X" : code;
  }

  /** A clinician's free text naming the problem seen, with commas and abbreviations. */
  private static String note(Row r) {
    String problem = r.dx().english().replace(" (disorder)", "").replace(" (finding)", "");
    return Country.pick(r.rng(), List.of("Seen re ", "Review: ", "Pt attends with ",
        "F/U ")) + problem + ". " + Country.pick(r.rng(), List.of("Plan reviewed, safety-netted.",
        "Bloods requested, r/v 2/52.", "Discussed options, pt happy with plan.",
        "Meds as before, see in 4 weeks."));
  }

  private static Cell hpvIrish(Row r) {
    return new Cell(switch (r.s().hpv()) {
      case NEGATIVE -> Country.pick(r.rng(), List.of("HPV not detected", "Negative for HPV"));
      case POSITIVE -> r.s().genotype().equals("other") ? "HPV detected (other high-risk types)"
          : "HPV detected (type " + r.s().genotype() + ")";
      case UNSATISFACTORY -> "Unsatisfactory - repeat test";
    }, r.s().hpvGrade());
  }

  private static String cytologyIrish(String pap) {
    return switch (pap) {
      case "0" -> "Unsatisfactory";
      case "1" -> "Negative";
      case "2" -> "ASCUS";
      case "3a1" -> "LSIL";
      case "3a2" -> "ASC-H";
      case "3b", "4" -> "HSIL";
      case "5" -> "Squamous cell carcinoma";
      default -> "";
    };
  }

  private static Cell hpvCrcdc(Row r) {
    return new Cell(switch (r.s().hpv()) {
      case NEGATIVE -> Country.pick(r.rng(), List.of("Absence d'HPV à haut risque",
          "HPV-HR non détecté"));
      case POSITIVE -> r.s().genotype().equals("other")
          ? "Présence d'HPV à haut risque (autres génotypes)"
          : "HPV-HR détecté (génotype " + r.s().genotype() + ")";
      case UNSATISFACTORY -> "Test HPV ininterprétable";
    }, r.s().hpvGrade());
  }

  private static String cytologyCrcdc(String pap) {
    return switch (pap) {
      case "0" -> "Frottis ininterprétable";
      case "1" -> "Frottis normal (NILM)";
      case "2" -> "ASC-US";
      case "3a1" -> "LSIL";
      case "3a2" -> "ASC-H";
      case "3b" -> "HSIL";
      case "4" -> "AGC";
      case "5" -> "Carcinome malpighien";
      default -> "";
    };
  }

  /** 0: an HPV test, 1: a cytology (when the sample had one), 2: a routine lab value. */
  private static int ldtKind(Row r) {
    int k = fixed(r, "ldt", 3);
    return k == 1 && !r.s().hasCytology() ? 2 : k;
  }

  private static String ldtTest(Row r) {
    return switch (ldtKind(r)) {
      case 0 -> "HPV-HR-DNA (PCR)";
      case 1 -> "Zytologie Cervix (Münchner Nomenklatur III)";
      default -> r.obs().name();
    };
  }

  private static Cell ldtText(Row r) {
    return switch (ldtKind(r)) {
      case 0 -> new Cell(switch (r.s().hpv()) {
        case NEGATIVE -> "HPV-HR nicht nachgewiesen";
        case POSITIVE -> "HPV-HR nachgewiesen" + (r.s().genotype().equals("other") ? ""
            : " (Typ " + r.s().genotype() + ")");
        case UNSATISFACTORY -> "nicht beurteilbar";
      }, r.s().hpvGrade());
      case 1 -> new Cell("Gruppe " + r.s().papMunich().substring(4), r.s().papMunichGrade());
      default -> Cell.of("");
    };
  }
}
