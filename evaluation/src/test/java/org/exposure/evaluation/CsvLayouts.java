package org.exposure.evaluation;

import static org.exposure.evaluation.Country.BE;
import static org.exposure.evaluation.Country.DE;
import static org.exposure.evaluation.Country.FR;
import static org.exposure.evaluation.Country.NL;
import static org.exposure.evaluation.Country.UK;
import static org.exposure.evaluation.Country.US;
import static org.exposure.model.FieldType.AGE;
import static org.exposure.model.FieldType.BANK_ACCOUNT;
import static org.exposure.model.FieldType.BIOMETRIC_DATA;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.CRIMINAL_CONVICTION;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.EMAIL;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.GENETIC_DATA;
import static org.exposure.model.FieldType.GEOLOCATION;
import static org.exposure.model.FieldType.GIVEN_NAME;
import static org.exposure.model.FieldType.HOUSE_NUMBER;
import static org.exposure.model.FieldType.INITIALS;
import static org.exposure.model.FieldType.INSURANCE_ID;
import static org.exposure.model.FieldType.MEDICATION;
import static org.exposure.model.FieldType.NATIONAL_ID;
import static org.exposure.model.FieldType.OTHER;
import static org.exposure.model.FieldType.PERSON_NAME;
import static org.exposure.model.FieldType.PHONE;
import static org.exposure.model.FieldType.POLITICAL_OPINION;
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
import static org.exposure.model.FieldType.TRADE_UNION_MEMBERSHIP;

import java.time.Period;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The CSV layouts of the corpus, in a fixed order (the split into tuning and held-out parts depends on
 * it: {@link Corpus#isHeldOut}). Headers, orders and conventions are each country's own (Synthea's CSV
 * data dictionary, Dutch lab exports, NHS, Belgian, French and German practice); the true type of
 * every column is argued in {@code docs/evaluation.md}.
 */
final class CsvLayouts {
  private CsvLayouts() {}

  static List<CsvLayout> all() {
    return List.of(
        // ---------------------------------------------------------------- Netherlands
        CsvLayout.of("nl-lab-results-per-row", NL).delimiter(';').windows1252().dates("dd-MM-yyyy")
            .women().people(70).rows(1, 2).onePerResult()
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("Achternaam", FAMILY_NAME, r -> r.p().family())
            .col("Tussenvoegsel", FAMILY_NAME, r -> r.p().prefix())
            .col("Voorletters", INITIALS, r -> r.p().initials())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Huisnummer", HOUSE_NUMBER, r -> String.valueOf(r.p().houseNumber()))
            .col("Monsternummer", RECORD_ID, Row::sample)
            .col("Afnamedatum", CLINICAL_DATE, Row::when)
            .col("Bepaling", TEST_TYPE, CsvLayouts::testNl)
            .graded("Uitslag", TEST_RESULT, CsvLayouts::resultNl)
            .col("Huisarts", PROVIDER, r -> "Dr. " + r.p().family().charAt(0) + ". Vermeer"),
        CsvLayout.of("nl-lab-combined-cells", NL).dates("yyyy-MM-dd").women().people(120)
            .rows(1, 2)
            .col("bsn", NATIONAL_ID, r -> r.p().nationalId())
            .col("naam", PERSON_NAME, r -> r.p().initials() + " " + r.p().fullFamily())
            .col("geb_datum", BIRTH_DATE, Row::birth)
            .col("pc", POSTCODE, r -> r.p().postcode().replace(" ", ""))
            .col("datum_uitslag", CLINICAL_DATE, Row::when)
            .graded("uitslag", TEST_RESULT, r -> new Cell(r.s().combinedDutch(r.rng()),
                r.s().grade()))
            .col("agb_huisarts", PROVIDER, r -> "01" + CheckDigits.digits(r.rng(), 6)),
        CsvLayout.of("nl-lab-labelled-parts", NL).delimiter('\t').dates("d-M-yyyy").women()
            .people(60).rows(1, 3).onePerResult().byDate()
            .col("Burgerservicenummer", NATIONAL_ID, r -> r.p().nationalId())
            .col("Geslachtsnaam", FAMILY_NAME, r -> r.p().fullFamily())
            .col("Voornamen", GIVEN_NAME, r -> r.p().given())
            .col("Geb. datum", BIRTH_DATE, Row::birth)
            .col("Straat", STREET_ADDRESS, r -> r.p().street())
            .col("Huisnr", HOUSE_NUMBER, r -> r.p().houseNumber() + r.p().houseSuffix())
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Woonplaats", CITY, r -> r.p().city())
            .col("Datum", CLINICAL_DATE, Row::when)
            .graded("Resultaat", TEST_RESULT, CsvLayouts::labelledNl),
        CsvLayout.of("nl-lab-kopac-genotype", NL).delimiter('|').dates("yyyyMMdd").women()
            .people(150).rows(1, 1)
            .col("BSN_PATIENT", NATIONAL_ID, r -> r.p().nationalId())
            .col("NAAM", FAMILY_NAME, r -> r.p().family())
            .col("VRL", INITIALS, r -> r.p().initials().replace(".", ""))
            .col("GEBDAT", BIRTH_DATE, Row::birth)
            .col("PC", POSTCODE, r -> r.p().postcode())
            .col("ONTVANGSTDATUM", CLINICAL_DATE, Row::when)
            .graded("HRHPV", TEST_RESULT, r -> new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade()))
            .graded("HPV_GENOTYPE", TEST_RESULT, r -> r.s().genotype().isEmpty() ? Cell.of("")
                : new Cell(r.s().genotype().equals("other") ? "overig" : r.s().genotype(),
                    ResultGrade.ABNORMAL_LOW_GRADE))
            .graded("KOPAC_B", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(r.s().kopac(r.rng()), Screening.papGrade(r.s().kopacPap()))
                : Cell.of(""))
            .graded("PAP", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell("Pap " + r.s().kopacPap(), Screening.papGrade(r.s().kopacPap()))
                : Cell.of("")),
        CsvLayout.of("nl-bvo-invitations", NL).delimiter(';').dates("dd-MM-yyyy").women()
            .people(250)
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("Aanhef", OTHER, r -> "Mevrouw")
            .col("Voorletters", INITIALS, r -> r.p().initials())
            .col("Tussenvoegsel", FAMILY_NAME, r -> r.p().prefix())
            .col("Achternaam", FAMILY_NAME, r -> r.p().family())
            .col("Adres", STREET_ADDRESS, r -> r.p().streetLine())
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Woonplaats", CITY, r -> r.p().city())
            .col("Uitnodigingsdatum", CLINICAL_DATE, Row::when)
            .col("Soort onderzoek", TEST_TYPE, r -> r.rng().nextBoolean() ? "Uitstrijkje"
                : "Zelfafnameset (ZAS)")
            .col("Regio", OTHER, r -> r.p().region()),
        CsvLayout.of("nl-gp-journal", NL).delimiter(';').dates("dd-MM-yyyy").people(60)
            .ages(18, 90).rows(2, 5).byDate()
            .col("Patiëntnummer", RECORD_ID, r -> r.p().recordNumber())
            .col("Naam", PERSON_NAME, r -> r.p().fullName())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Geslacht", SEX, r -> r.p().female() ? "V" : "M")
            .col("Telefoon", PHONE, r -> r.p().phone()).blank(15)
            .col("Consultdatum", CLINICAL_DATE, Row::when)
            .graded("ICD-10", DIAGNOSIS, r -> new Cell(r.dx().icd(), r.dx().grade()))
            .graded("Diagnose", DIAGNOSIS, r -> new Cell(r.dx().dutch(), r.dx().grade()))
            .col("Medicatie", MEDICATION, r -> r.med().european()).blank(30),
        CsvLayout.of("nl-ggz-intake", NL).dates("yyyy-MM-dd").people(140).ages(18, 80)
            .col("clientnummer", RECORD_ID, r -> r.p().recordNumber())
            .col("bsn", NATIONAL_ID, r -> r.p().nationalId())
            .col("voornaam", GIVEN_NAME, r -> r.p().given())
            .col("achternaam", FAMILY_NAME, r -> r.p().fullFamily())
            .col("geboortedatum", BIRTH_DATE, Row::birth)
            .col("email", EMAIL, r -> r.p().email()).blank(20)
            .col("intakedatum", CLINICAL_DATE, Row::when)
            .graded("hoofddiagnose", DIAGNOSIS, r -> mental(r, d -> d.dutch()))
            .col("religie", RELIGION_OR_BELIEF, r -> Clinical.pick(r.rng(), Clinical.NL_RELIGION))
            .col("seksuele_orientatie", SEX_LIFE_OR_ORIENTATION,
                r -> Clinical.pick(r.rng(), Clinical.NL_ORIENTATION)).blank(25)
            .col("herkomst", RACIAL_OR_ETHNIC_ORIGIN, r -> Clinical.pick(r.rng(),
                Clinical.NL_ORIGIN)),
        CsvLayout.of("nl-insurer-claims", NL).delimiter(';').windows1252().dates("dd-MM-yyyy")
            .people(90).ages(18, 85).rows(1, 3)
            .col("Verzekerdennummer", INSURANCE_ID, r -> r.p().insuranceNumber())
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("Naam verzekerde", PERSON_NAME, r -> r.p().fullName())
            .col("IBAN", BANK_ACCOUNT, r -> r.p().iban())
            .col("Declaratienummer", INSURANCE_ID, r -> "D" + CheckDigits.digits(r.rng(), 10))
            .col("Zorgverlener", PROVIDER, r -> "Huisartsenpraktijk " + r.p().city())
            .graded("Diagnosecode", DIAGNOSIS, r -> new Cell(r.dx().icd(), r.dx().grade()))
            .col("Behandeldatum", CLINICAL_DATE, Row::when)
            .col("Bedrag", OTHER, r -> String.format(Locale.ROOT, "%d,%02d", 20 + r.rng().nextInt(900),
                r.rng().nextInt(100))),
        CsvLayout.of("nl-forensic-care", NL).dates("dd-MM-yyyy").people(100).ages(20, 60)
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("Naam", PERSON_NAME, r -> r.p().fullName())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Woonplaats", CITY, r -> r.p().city())
            .col("Delict", CRIMINAL_CONVICTION, r -> Clinical.pick(r.rng(), Clinical.NL_OFFENCE))
            .graded("Diagnose (DSM/ICD)", DIAGNOSIS, r -> mental(r, d -> d.icd() + " "
                + d.dutch()))
            .col("Behandelaar", PROVIDER, r -> "drs. " + Country.pick(r.rng(),
                List.of("A. de Wit", "M. Kramer", "P. Bosman"))),
        CsvLayout.of("nl-palga-histology", NL).delimiter(';').dates("dd-MM-yyyy").women()
            .people(110).rows(1, 2)
            .col("T-nummer", RECORD_ID, r -> "T" + (19 + r.rng().nextInt(6)) + "-"
                + String.format(Locale.ROOT, "%05d", r.rng().nextInt(100000)))
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Materiaal", TEST_TYPE, r -> Country.pick(r.rng(), List.of("Cervixbiopt",
                "Lisexcisie", "Endocervicale curettage")))
            .graded("Conclusie", DIAGNOSIS, r -> new Cell(r.histology().dutch,
                r.histology().grade))
            .col("Datum", CLINICAL_DATE, Row::when),
        CsvLayout.of("nl-pharmacy-dispensing", NL).dates("dd-MM-yyyy").people(80).ages(18, 90)
            .rows(1, 4).byDate().quoteAll()
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("Naam", PERSON_NAME, r -> r.p().fullFamily() + ", " + r.p().initials())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Huisnummer", HOUSE_NUMBER, r -> String.valueOf(r.p().houseNumber()))
            .col("Geneesmiddel", MEDICATION, r -> r.med().european())
            .col("Afleverdatum", CLINICAL_DATE, Row::when)
            .col("Voorschrijver", PROVIDER, r -> "Dr. " + Country.pick(r.rng(),
                List.of("Jansen", "de Boer", "Mulder")))
            .col("Aantal", OTHER, r -> String.valueOf(10 * (1 + r.rng().nextInt(9)))),
        CsvLayout.of("nl-midwife-pregnancy", NL).dates("d-M-yyyy").women().ages(20, 42)
            .people(100)
            .col("Cliëntnummer", RECORD_ID, r -> r.p().recordNumber())
            .col("Naam", PERSON_NAME, r -> r.p().fullName())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Telefoon", PHONE, r -> r.p().phone())
            .col("E-mail", EMAIL, r -> r.p().email())
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Uitgerekende datum", CLINICAL_DATE, Row::when)
            .graded("Diagnose", DIAGNOSIS, r -> pregnancy(r)),
        CsvLayout.of("nl-lab-english-headers", NL).dates("yyyy-MM-dd").women().people(75)
            .rows(1, 2).onePerResult()
            .col("Citizen service number", NATIONAL_ID, r -> r.p().nationalId())
            .col("Surname", FAMILY_NAME, r -> r.p().fullFamily())
            .col("Initials", INITIALS, r -> r.p().initials())
            .col("Date of birth", BIRTH_DATE, Row::birth)
            .col("Zip code", POSTCODE, r -> r.p().postcode())
            .col("Sample date", CLINICAL_DATE, Row::when)
            .col("Test", TEST_TYPE, CsvLayouts::testNl)
            .graded("Result", TEST_RESULT, CsvLayouts::resultNl)
            .col("Lab", OTHER, r -> "Regionaal laboratorium"),
        CsvLayout.of("nl-sexual-health-clinic", NL).delimiter(';').dates("dd-MM-yyyy")
            .people(130).ages(18, 60)
            .col("Cliëntcode", RECORD_ID, r -> "SOA" + CheckDigits.digits(r.rng(), 6))
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Postcode (PC4)", POSTCODE, r -> r.p().postcode().substring(0, 4))
            .col("Geslacht", SEX, r -> r.p().female() ? "vrouw" : "man")
            .col("Risicogroep", SEX_LIFE_OR_ORIENTATION, r -> r.p().female()
                ? Country.pick(r.rng(), List.of("heteroseksueel contact", "vrouw met vrouw",
                    "sekswerker"))
                : Country.pick(r.rng(), List.of("MSM", "heteroseksueel contact")))
            .graded("Diagnose", DIAGNOSIS, r -> sexualHealth(r))
            .col("Consultdatum", CLINICAL_DATE, Row::when),

        // ---------------------------------------------------------------- United States (Synthea)
        CsvLayout.of("us-synthea-patients", US).dates("yyyy-MM-dd").people(200).ages(1, 95)
            .col("Id", RECORD_ID, r -> r.p().uuid())
            .col("BIRTHDATE", BIRTH_DATE, Row::birth)
            .col("DEATHDATE", CLINICAL_DATE, Row::when).blank(92)
            .col("SSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("DRIVERS", NATIONAL_ID, r -> "S999" + CheckDigits.digits(r.rng(), 5)).blank(20)
            .col("PASSPORT", NATIONAL_ID, r -> "X" + CheckDigits.digits(r.rng(), 8) + "X")
            .blank(30)
            .col("PREFIX", OTHER, r -> r.p().female() ? "Mrs." : "Mr.")
            .col("FIRST", GIVEN_NAME, r -> r.p().given() + r.rng().nextInt(1000))
            .col("LAST", FAMILY_NAME, r -> r.p().family() + r.rng().nextInt(1000))
            .col("SUFFIX", OTHER, r -> "MD").blank(95)
            .col("MAIDEN", FAMILY_NAME, r -> r.p().maiden()).blank(50)
            .col("MARITAL", OTHER, r -> Country.pick(r.rng(), List.of("M", "S", "D", "W")))
            .col("RACE", RACIAL_OR_ETHNIC_ORIGIN, r -> Clinical.pick(r.rng(), Clinical.US_RACE))
            .col("ETHNICITY", RACIAL_OR_ETHNIC_ORIGIN, r -> Clinical.pick(r.rng(),
                Clinical.US_ETHNICITY))
            .col("GENDER", SEX, r -> r.p().female() ? "F" : "M")
            .col("BIRTHPLACE", CITY, r -> r.p().city() + " Massachusetts US")
            .col("ADDRESS", STREET_ADDRESS, r -> r.p().streetLine())
            .col("CITY", CITY, r -> r.p().city())
            .col("STATE", OTHER, r -> r.p().region())
            .col("COUNTY", OTHER, r -> Country.pick(r.rng(), List.of("Worcester County",
                "Middlesex County", "Suffolk County", "Bristol County")))
            .col("FIPS", OTHER, r -> "25" + String.format(Locale.ROOT, "%03d",
                1 + 2 * r.rng().nextInt(13))).blank(30)
            .col("ZIP", POSTCODE, r -> r.p().postcode())
            .col("LAT", GEOLOCATION, r -> String.format(Locale.ROOT, "%.6f", r.p().latitude()))
            .col("LON", GEOLOCATION, r -> String.format(Locale.ROOT, "%.6f", r.p().longitude()))
            .col("HEALTHCARE_EXPENSES", OTHER, r -> String.format(Locale.ROOT, "%.2f",
                r.rng().nextDouble() * 900000))
            .col("HEALTHCARE_COVERAGE", OTHER, r -> String.format(Locale.ROOT, "%.2f",
                r.rng().nextDouble() * 50000))
            .col("INCOME", OTHER, r -> String.valueOf(15000 + r.rng().nextInt(200000))),
        synthea("us-synthea-observations", 5, 9)
            .col("DATE", CLINICAL_DATE, r -> r.when() + "T09:" + (10 + r.rng().nextInt(50))
                + ":00Z")
            .col("PATIENT", RECORD_ID, r -> r.p().uuid())
            .col("ENCOUNTER", RECORD_ID, r -> r.sample())
            .col("CATEGORY", OTHER, r -> r.obs().category())
            .col("CODE", TEST_TYPE, r -> r.obs().loinc())
            .col("DESCRIPTION", TEST_TYPE, r -> r.obs().name())
            .graded("VALUE", TEST_RESULT, r -> new Cell(String.format(Locale.ROOT, "%.1f",
                r.value()), ResultGrade.UNGRADED))
            .col("UNITS", OTHER, r -> r.obs().unit())
            .col("TYPE", OTHER, r -> "numeric"),
        synthea("us-synthea-conditions", 1, 4)
            .col("START", CLINICAL_DATE, Row::when)
            .col("STOP", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(30))).blank(60)
            .col("PATIENT", RECORD_ID, r -> r.p().uuid())
            .col("ENCOUNTER", RECORD_ID, r -> r.sample())
            .col("SYSTEM", OTHER, r -> "http://snomed.info/sct")
            .graded("CODE", DIAGNOSIS, r -> new Cell(r.dx().snomed(), r.dx().grade()))
            .graded("DESCRIPTION", DIAGNOSIS, r -> new Cell(r.dx().english(), r.dx().grade())),
        synthea("us-synthea-medications", 1, 4)
            .col("START", CLINICAL_DATE, r -> r.when() + "T10:00:00Z")
            .col("STOP", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(90)) + "T10:00:00Z")
            .blank(40)
            .col("PATIENT", RECORD_ID, r -> r.p().uuid())
            .col("PAYER", OTHER, r -> "b1c428d6-4f07-31e0-90f0-68ffa6ff8c76")
            .col("ENCOUNTER", RECORD_ID, r -> r.sample())
            .col("CODE", MEDICATION, r -> r.med().rxnorm())
            .col("DESCRIPTION", MEDICATION, r -> r.med().name())
            .col("BASE_COST", OTHER, r -> String.format(Locale.ROOT, "%.2f",
                r.rng().nextDouble() * 300))
            .col("DISPENSES", OTHER, r -> String.valueOf(1 + r.rng().nextInt(12)))
            .graded("REASONCODE", DIAGNOSIS, r -> new Cell(r.dx().snomed(), r.dx().grade()))
            .blank(50)
            .graded("REASONDESCRIPTION", DIAGNOSIS, r -> new Cell(r.dx().english(),
                r.dx().grade())).blank(50),
        synthea("us-synthea-immunizations", 1, 3)
            .col("DATE", CLINICAL_DATE, r -> r.when() + "T08:30:00Z")
            .col("PATIENT", RECORD_ID, r -> r.p().uuid())
            .col("ENCOUNTER", RECORD_ID, r -> r.sample())
            .col("CODE", MEDICATION, r -> r.vaccine().cvx())
            .col("DESCRIPTION", MEDICATION, r -> r.vaccine().name())
            .col("BASE_COST", OTHER, r -> "136.00"),
        synthea("us-synthea-procedures", 1, 3)
            .col("START", CLINICAL_DATE, r -> r.when() + "T11:00:00Z")
            .col("STOP", CLINICAL_DATE, r -> r.when() + "T11:45:00Z")
            .col("PATIENT", RECORD_ID, r -> r.p().uuid())
            .col("ENCOUNTER", RECORD_ID, r -> r.sample())
            .col("SYSTEM", OTHER, r -> "http://snomed.info/sct")
            .col("CODE", PROCEDURE, r -> r.proc().snomed())
            .col("DESCRIPTION", PROCEDURE, r -> r.proc().english())
            .col("BASE_COST", OTHER, r -> String.format(Locale.ROOT, "%.2f",
                r.rng().nextDouble() * 2000))
            .graded("REASONCODE", DIAGNOSIS, r -> new Cell(r.dx().snomed(), r.dx().grade()))
            .blank(60)
            .graded("REASONDESCRIPTION", DIAGNOSIS, r -> new Cell(r.dx().english(),
                r.dx().grade())).blank(60),
        synthea("us-synthea-encounters", 2, 4)
            .col("Id", RECORD_ID, r -> r.sample())
            .col("START", CLINICAL_DATE, r -> r.when() + "T07:00:00Z")
            .col("STOP", CLINICAL_DATE, r -> r.when() + "T07:30:00Z")
            .col("PATIENT", RECORD_ID, r -> r.p().uuid())
            .col("ORGANIZATION", OTHER, r -> "ef58ea08-d883-3957-8300-150554edc8fb")
            .col("PROVIDER", PROVIDER, r -> "0b5d5d5f-" + CheckDigits.digits(r.rng(), 4))
            .col("ENCOUNTERCLASS", OTHER, r -> Country.pick(r.rng(), List.of("wellness",
                "ambulatory", "outpatient", "emergency")))
            .col("CODE", PROCEDURE, r -> Country.pick(r.rng(), List.of("185349003", "162673000",
                "185345009")))
            .col("DESCRIPTION", PROCEDURE, r -> Country.pick(r.rng(), List.of(
                "Encounter for check up (procedure)", "General examination of patient (procedure)",
                "Encounter for symptom (procedure)")))
            .col("TOTAL_CLAIM_COST", OTHER, r -> String.format(Locale.ROOT, "%.2f",
                r.rng().nextDouble() * 900))
            .graded("REASONCODE", DIAGNOSIS, r -> new Cell(r.dx().snomed(), r.dx().grade()))
            .blank(70)
            .graded("REASONDESCRIPTION", DIAGNOSIS, r -> new Cell(r.dx().english(),
                r.dx().grade())).blank(70),
        synthea("us-claims-payer", 1, 3)
            .col("CLAIM_ID", INSURANCE_ID, r -> "CLM" + CheckDigits.digits(r.rng(), 9))
            .col("PATIENTID", RECORD_ID, r -> r.p().uuid())
            .col("MEMBERID", INSURANCE_ID, r -> r.p().insuranceNumber())
            .col("PAYER_NAME", OTHER, r -> Country.pick(r.rng(), List.of("Medicare", "Medicaid",
                "Blue Cross Blue Shield", "Aetna", "UnitedHealthcare")))
            .col("PROVIDERID", PROVIDER, r -> "NPI " + CheckDigits.digits(r.rng(), 10))
            .graded("DIAGNOSIS1", DIAGNOSIS, r -> new Cell(r.dx().icd(), r.dx().grade()))
            .col("SERVICEDATE", CLINICAL_DATE, Row::when)
            .col("STATUS1", OTHER, r -> Country.pick(r.rng(), List.of("CLOSED", "BILLED")))
            .col("OUTSTANDING1", OTHER, r -> String.format(Locale.ROOT, "%.2f",
                r.rng().nextDouble() * 100)),
        CsvLayout.of("us-cervical-cytology-lab", US).dates("MM/dd/yyyy").women().ages(21, 65)
            .people(160).quoteAll().crlf()
            .col("MRN", RECORD_ID, r -> r.p().recordNumber())
            .col("Patient Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
                + r.p().given().toUpperCase(Locale.ROOT))
            .col("DOB", BIRTH_DATE, Row::birth)
            .col("SSN", NATIONAL_ID, r -> CheckDigits.issuedLookingSsn(r.rng()))
            .col("Zip", POSTCODE, r -> r.p().postcode())
            .col("Phone", PHONE, r -> r.p().phone())
            .col("Collection Date", CLINICAL_DATE, Row::when)
            .graded("Pap Result", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(r.s().bethesda(r.rng()), r.s().papGrade())
                : new Cell("NILM", ResultGrade.NORMAL))
            .graded("HPV High Risk", TEST_RESULT, r -> new Cell(r.s().hpvEnglish(r.rng()),
                r.s().hpvGrade()))
            .col("Ordering NPI", PROVIDER, r -> CheckDigits.digits(r.rng(), 10)),

        // ---------------------------------------------------------------- United Kingdom
        CsvLayout.of("uk-cervical-screening", UK).dates("dd/MM/yyyy").women().ages(25, 64)
            .people(110).rows(1, 2).byDate()
            .col("NHS Number", NATIONAL_ID, r -> spacedNhs(r.p().nationalId()))
            .col("Surname", FAMILY_NAME, r -> r.p().family())
            .col("Forename", GIVEN_NAME, r -> r.p().given())
            .col("Date of Birth", BIRTH_DATE, Row::birth)
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("GP Practice Code", PROVIDER, r -> "B86" + String.format(Locale.ROOT, "%03d",
                r.rng().nextInt(1000)))
            .col("Test Date", CLINICAL_DATE, Row::when)
            .graded("HPV Result", TEST_RESULT, r -> new Cell(r.s().hpvEnglish(r.rng()),
                r.s().hpvGrade()))
            .graded("Cytology Result", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(r.s().nhsCytology(r.rng()), r.s().papGrade()) : Cell.of("")),
        CsvLayout.of("uk-gp-register", UK).dates("dd-MMM-yyyy").people(180).ages(0, 95)
            .col("NHS_NO", NATIONAL_ID, r -> r.p().nationalId())
            .col("TITLE", OTHER, r -> r.p().female() ? "Ms" : "Mr")
            .col("FORENAME", GIVEN_NAME, r -> r.p().given())
            .col("SURNAME", FAMILY_NAME, r -> r.p().family())
            .col("DOB", BIRTH_DATE, Row::birth)
            .col("ADDRESS_1", STREET_ADDRESS, r -> r.p().streetLine())
            .col("TOWN", CITY, r -> r.p().city())
            .col("POSTCODE", POSTCODE, r -> r.p().postcode())
            .col("TELEPHONE", PHONE, r -> r.p().phone()).blank(10)
            .col("EMAIL", EMAIL, r -> r.p().email()).blank(30)
            .col("USUAL_GP", PROVIDER, r -> "Dr " + Country.pick(r.rng(), List.of("Patel", "Hughes",
                "O'Neill", "Clarke")))
            .col("ETHNIC_GROUP", RACIAL_OR_ETHNIC_ORIGIN, r -> Clinical.pick(r.rng(),
                Clinical.UK_ETHNIC_GROUP))
            .col("RELIGION", RELIGION_OR_BELIEF, r -> Clinical.pick(r.rng(),
                Clinical.UK_RELIGION)).blank(20),
        CsvLayout.of("uk-occupational-health", UK).dates("yyyy-MM-dd").people(150).ages(20, 66)
            .col("Employee No", RECORD_ID, r -> "E" + CheckDigits.digits(r.rng(), 6))
            .col("Name", PERSON_NAME, r -> r.p().fullName())
            .col("Date of birth", BIRTH_DATE, Row::birth)
            .col("NI Number", NATIONAL_ID, r -> "QQ" + CheckDigits.digits(r.rng(), 6)
                + (char) ('A' + r.rng().nextInt(4)))
            .col("Mobile", PHONE, r -> r.p().phone())
            .col("Trade union", TRADE_UNION_MEMBERSHIP, r -> Clinical.pick(r.rng(),
                Clinical.UK_UNION))
            .col("Sexual orientation", SEX_LIFE_OR_ORIENTATION, r -> Clinical.pick(r.rng(),
                Clinical.UK_ORIENTATION))
            .col("Ethnicity", RACIAL_OR_ETHNIC_ORIGIN, r -> Clinical.pick(r.rng(),
                Clinical.UK_ETHNIC_GROUP))
            .col("Political activity declared", POLITICAL_OPINION, r -> Clinical.pick(r.rng(),
                Clinical.UK_PARTY)).blank(60)
            .graded("Sickness absence reason", DIAGNOSIS, r -> new Cell(r.dx().english()
                .replace(" (disorder)", "").replace(" (finding)", ""), r.dx().grade()))
            .col("Absence start", CLINICAL_DATE, Row::when),
        CsvLayout.of("uk-cancer-genetics", UK).delimiter('\t').dates("dd/MM/yyyy").people(100)
            .ages(25, 80)
            .col("NHS number", NATIONAL_ID, r -> r.p().nationalId())
            .col("Patient name", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
            .col("DOB", BIRTH_DATE, Row::birth)
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Gene tested", TEST_TYPE, r -> Clinical.pick(r.rng(), Clinical.GENES))
            .col("Variant", GENETIC_DATA, r -> Clinical.pick(r.rng(), Clinical.VARIANTS))
            .graded("Personal cancer history", DIAGNOSIS, r -> cancerOrBlank(r))
            .col("Report date", CLINICAL_DATE, Row::when),
        CsvLayout.of("uk-colposcopy-clinic", UK).dates("dd/MM/yyyy").women().ages(25, 64)
            .people(90).rows(1, 2)
            .col("NHS No.", NATIONAL_ID, r -> r.p().nationalId())
            .col("Patient", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + " "
                + r.p().given())
            .col("D.O.B.", BIRTH_DATE, Row::birth)
            .graded("Referral cytology", TEST_RESULT, r -> new Cell(
                r.s().hasCytology() ? r.s().nhsCytology(r.rng()) : "High-grade dyskaryosis (moderate)",
                r.s().hasCytology() ? r.s().papGrade() : ResultGrade.ABNORMAL_HIGH_GRADE))
            .col("Procedure", PROCEDURE, r -> Country.pick(r.rng(), List.of("LLETZ",
                "Punch biopsy", "Colposcopy only")))
            .graded("Histology", DIAGNOSIS, r -> new Cell(r.histology().english,
                r.histology().grade))
            .col("Clinic date", CLINICAL_DATE, Row::when)
            .col("Consultant", PROVIDER, r -> "Miss " + Country.pick(r.rng(), List.of("Ahmed",
                "Baker", "Lloyd"))),

        // ---------------------------------------------------------------- Belgium
        CsvLayout.of("be-lab-cervix-nl", BE).delimiter(';').dates("dd/MM/yyyy").women()
            .ages(25, 64).people(120).rows(1, 2)
            .col("Rijksregisternummer", NATIONAL_ID, r -> belgian(r.p().nationalId()))
            .col("Naam", FAMILY_NAME, r -> r.p().family())
            .col("Voornaam", GIVEN_NAME, r -> r.p().given())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Gemeente", CITY, r -> r.p().city())
            .col("Datum staalname", CLINICAL_DATE, Row::when)
            .graded("HPV", TEST_RESULT, r -> new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade()))
            .graded("Cytologie", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(r.s().bethesda(r.rng()), r.s().papGrade()) : Cell.of("")),
        CsvLayout.of("be-lab-cervix-fr", BE).delimiter(';').windows1252().dates("dd/MM/yyyy")
            .women().ages(25, 64).people(110)
            .col("NISS", NATIONAL_ID, r -> r.p().nationalId())
            .col("Nom", FAMILY_NAME, r -> r.p().family())
            .col("Prénom", GIVEN_NAME, r -> r.p().given())
            .col("Date de naissance", BIRTH_DATE, Row::birth)
            .col("Code postal", POSTCODE, r -> r.p().postcode())
            .col("Localité", CITY, r -> r.p().city())
            .col("Téléphone", PHONE, r -> r.p().phone()).blank(20)
            .col("Date du prélèvement", CLINICAL_DATE, Row::when)
            .graded("Test HPV", TEST_RESULT, r -> new Cell(r.s().hpvFrench(r.rng()),
                r.s().hpvGrade()))
            .graded("Résultat cytologique", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade()) : Cell.of(""))
            .col("Médecin prescripteur", PROVIDER, r -> "Dr " + Country.pick(r.rng(),
                List.of("Lambert", "Dupont", "Leclercq"))),
        CsvLayout.of("be-hospital-admissions", BE).bom().dates("yyyy-MM-dd").people(120).ages(0, 90)
            .rows(1, 2)
            .col("INSZ", NATIONAL_ID, r -> belgian(r.p().nationalId()))
            .col("Naam", PERSON_NAME, r -> r.p().fullName())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Adres", STREET_ADDRESS, r -> r.p().streetLine())
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Gemeente", CITY, r -> r.p().city())
            .col("GSM", PHONE, r -> r.p().phone()).blank(25)
            .col("Opnamedatum", CLINICAL_DATE, Row::when)
            .graded("Hoofddiagnose ICD-10", DIAGNOSIS, r -> new Cell(r.dx().icd(), r.dx().grade()))
            .col("Ziekenfonds", OTHER, r -> Country.pick(r.rng(), List.of("CM", "Solidaris",
                "Helan", "Partena")))
            .col("Lidnummer ziekenfonds", INSURANCE_ID, r -> r.p().insuranceNumber()),
        CsvLayout.of("be-occupational-health", BE).delimiter(';').dates("dd.MM.yyyy").people(140)
            .ages(20, 65)
            .col("Personeelsnummer", RECORD_ID, r -> "P" + CheckDigits.digits(r.rng(), 5))
            .col("INSZ", NATIONAL_ID, r -> r.p().nationalId())
            .col("Naam", FAMILY_NAME, r -> r.p().family())
            .col("Voornaam", GIVEN_NAME, r -> r.p().given())
            .col("Vakbond", TRADE_UNION_MEMBERSHIP, r -> Clinical.pick(r.rng(), Clinical.BE_UNION))
            .col("Levensbeschouwing", RELIGION_OR_BELIEF, r -> Clinical.pick(r.rng(),
                List.of("katholiek", "vrijzinnig", "islam", "protestants", "geen")))
            .graded("Diagnose arbeidsongeschiktheid", DIAGNOSIS, r -> new Cell(r.dx().dutch(),
                r.dx().grade()))
            .col("Datum onderzoek", CLINICAL_DATE, Row::when),

        // ---------------------------------------------------------------- France
        CsvLayout.of("fr-lab-frottis", FR).delimiter(';').windows1252().dates("dd/MM/yyyy")
            .women().ages(25, 65).people(120)
            .col("NIR", NATIONAL_ID, r -> spacedNir(r.p().nationalId()))
            .col("Nom d'usage", FAMILY_NAME, r -> r.p().family())
            .col("Nom de naissance", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? r.p().family()
                : r.p().maiden())
            .col("Prénom", GIVEN_NAME, r -> r.p().given())
            .col("Date de naissance", BIRTH_DATE, Row::birth)
            .col("Adresse", STREET_ADDRESS, r -> r.p().streetLine())
            .col("Code postal", POSTCODE, r -> r.p().postcode())
            .col("Ville", CITY, r -> r.p().city())
            .col("Téléphone", PHONE, r -> r.p().phone())
            .col("Date de prélèvement", CLINICAL_DATE, Row::when)
            .graded("Test HPV", TEST_RESULT, r -> new Cell(r.s().hpvFrench(r.rng()),
                r.s().hpvGrade()))
            .graded("Cytologie", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade()) : Cell.of("")),
        CsvLayout.of("fr-hospital-pmsi", FR).delimiter(';').dates("dd/MM/yyyy").people(120)
            .ages(1, 95).rows(1, 2)
            .col("IPP", RECORD_ID, r -> r.p().recordNumber())
            .col("NIR", NATIONAL_ID, r -> r.p().nationalId())
            .col("Nom", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
            .col("Prénom", GIVEN_NAME, r -> r.p().given())
            .col("Sexe", SEX, r -> r.p().female() ? "F" : "M")
            .col("Date de naissance", BIRTH_DATE, Row::birth)
            .col("Code postal", POSTCODE, r -> r.p().postcode())
            .col("Date d'entrée", CLINICAL_DATE, Row::when)
            .graded("DP (CIM-10)", DIAGNOSIS, r -> new Cell(r.dx().icd().replace(".", ""),
                r.dx().grade()))
            .graded("Libellé diagnostic", DIAGNOSIS, r -> new Cell(r.dx().french(), r.dx().grade()))
            .col("Acte CCAM", PROCEDURE, r -> r.proc().ccam()),
        CsvLayout.of("fr-pharmacie", FR).delimiter(',').dates("dd/MM/yyyy").people(90).ages(18, 90)
            .rows(1, 3).byDate()
            .col("N° sécurité sociale", NATIONAL_ID, r -> r.p().nationalId())
            .col("Nom", FAMILY_NAME, r -> r.p().family())
            .col("Prénom", GIVEN_NAME, r -> r.p().given())
            .col("Date de naissance", BIRTH_DATE, Row::birth)
            .col("Médicament délivré", MEDICATION, r -> r.med().name())
            .col("Date de délivrance", CLINICAL_DATE, Row::when)
            .col("Prescripteur (RPPS)", PROVIDER, r -> "10" + CheckDigits.digits(r.rng(), 9))
            .col("N° adhérent mutuelle", INSURANCE_ID, r -> r.p().insuranceNumber()),
        CsvLayout.of("fr-cmp-psychiatrie", FR).dates("yyyy-MM-dd").people(130).ages(16, 80)
            .col("N° dossier", RECORD_ID, r -> r.p().recordNumber())
            .col("Nom", FAMILY_NAME, r -> r.p().family())
            .col("Prénom", GIVEN_NAME, r -> r.p().given())
            .col("Né(e) le", BIRTH_DATE, Row::birth)
            .col("Courriel", EMAIL, r -> r.p().email())
            .col("Portable", PHONE, r -> r.p().phone())
            .graded("Diagnostic", DIAGNOSIS, r -> mental(r, d -> d.icd() + " - " + d.french()))
            .col("Traitement", MEDICATION, r -> r.med().name())
            .col("Date de consultation", CLINICAL_DATE, Row::when),

        // ---------------------------------------------------------------- Germany
        CsvLayout.of("de-zytologie-labor", DE).delimiter(';').windows1252().dates("dd.MM.yyyy")
            .women().ages(20, 70).people(130)
            .col("KVNR", NATIONAL_ID, r -> r.p().nationalId())
            .col("Name", FAMILY_NAME, r -> r.p().family())
            .col("Vorname", GIVEN_NAME, r -> r.p().given())
            .col("Geburtsdatum", BIRTH_DATE, Row::birth)
            .col("Straße", STREET_ADDRESS, r -> r.p().street())
            .col("Hausnummer", HOUSE_NUMBER, r -> String.valueOf(r.p().houseNumber()))
            .col("PLZ", POSTCODE, r -> r.p().postcode())
            .col("Ort", CITY, r -> r.p().city())
            .col("Entnahmedatum", CLINICAL_DATE, Row::when)
            .graded("Zytologie (Pap)", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(r.s().papMunich(), r.s().papMunichGrade())
                : new Cell("Pap I", ResultGrade.NORMAL))
            .graded("HPV-Test", TEST_RESULT, r -> new Cell(r.s().hpvGerman(r.rng()),
                r.s().hpvGrade()))
            .col("Einsender", PROVIDER, r -> "Praxis Dr. " + Country.pick(r.rng(),
                List.of("Weber", "Krause", "Lang"))),
        CsvLayout.of("de-krankenhaus-faelle", DE).delimiter(';').dates("dd.MM.yyyy").people(110)
            .ages(0, 95).rows(1, 2)
            .col("Fallnummer", RECORD_ID, r -> CheckDigits.digits(r.rng(), 8))
            .col("Versichertennummer", NATIONAL_ID, r -> r.p().nationalId())
            .col("Nachname", FAMILY_NAME, r -> r.p().family())
            .col("Vorname", GIVEN_NAME, r -> r.p().given())
            .col("Geburtsdatum", BIRTH_DATE, Row::birth)
            .col("Geschlecht", SEX, r -> r.p().female() ? "w" : "m")
            .col("PLZ", POSTCODE, r -> r.p().postcode())
            .col("Aufnahmedatum", CLINICAL_DATE, Row::when)
            .graded("Hauptdiagnose (ICD-10-GM)", DIAGNOSIS, r -> new Cell(r.dx().icd(),
                r.dx().grade()))
            .col("OPS", PROCEDURE, r -> r.proc().ops())
            .col("Krankenkasse", OTHER, r -> Country.pick(r.rng(), List.of("AOK", "TK", "Barmer",
                "DAK-Gesundheit")))
            .col("Telefon", PHONE, r -> r.p().phone()).blank(30),
        CsvLayout.of("de-apotheke", DE).delimiter(',').dates("dd.MM.yyyy").people(90).ages(18, 90)
            .rows(1, 3).quoteAll()
            .col("Versicherten-Nr.", NATIONAL_ID, r -> r.p().nationalId())
            .col("Patient", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
            .col("Geb.-Datum", BIRTH_DATE, Row::birth)
            .col("PZN", MEDICATION, r -> String.format(Locale.ROOT, "%08d",
                Math.abs(r.med().rxnorm().hashCode()) % 100_000_000))
            .col("Arzneimittel", MEDICATION, r -> r.med().name())
            .col("Abgabedatum", CLINICAL_DATE, Row::when)
            .col("IBAN", BANK_ACCOUNT, r -> r.p().iban()).blank(40),
        CsvLayout.of("de-psychotherapie", DE).delimiter('\t').dates("dd.MM.yyyy").people(120)
            .ages(18, 80)
            .col("Patienten-ID", RECORD_ID, r -> r.p().recordNumber())
            .col("Name", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
            .col("Geburtsdatum", BIRTH_DATE, Row::birth)
            .col("E-Mail", EMAIL, r -> r.p().email())
            .col("Telefon", PHONE, r -> r.p().phone())
            .graded("Diagnose", DIAGNOSIS, r -> mental(r, d -> d.icd() + " " + d.german()))
            .col("Konfession", RELIGION_OR_BELIEF, r -> Clinical.pick(r.rng(), Clinical.DE_RELIGION))
            .col("Erstgespräch", CLINICAL_DATE, Row::when),
        CsvLayout.of("de-humangenetik", DE).delimiter(';').dates("dd.MM.yyyy").people(100)
            .ages(18, 80)
            .col("KVNR", NATIONAL_ID, r -> r.p().nationalId())
            .col("Name, Vorname", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
            .col("Geburtsdatum", BIRTH_DATE, Row::birth)
            .col("Alter", AGE, r -> String.valueOf(Period.between(r.p().birthDate(),
                r.date()).getYears()))
            .col("Gen", TEST_TYPE, r -> Clinical.pick(r.rng(), Clinical.GENES))
            .col("Befund", GENETIC_DATA, r -> Clinical.pick(r.rng(), Clinical.VARIANTS))
            .col("Befunddatum", CLINICAL_DATE, Row::when),
        CsvLayout.of("nl-hospital-access-biometrics", NL).dates("yyyy-MM-dd").people(120)
            .ages(20, 66)
            .col("Personeelsnummer", RECORD_ID, r -> CheckDigits.digits(r.rng(), 6))
            .col("Naam", PERSON_NAME, r -> r.p().fullName())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Vingerafdruk_template", BIOMETRIC_DATA, CsvLayouts::template)
            .col("Afdeling", OTHER, r -> Country.pick(r.rng(), List.of("Verpleegafdeling 3",
                "SEH", "Laboratorium", "Poli gynaecologie")))
            .col("Laatste toegang", OTHER, Row::when));
  }

  /** A Synthea CSV file of one clinical kind: patients known only by their UUID. */
  private static CsvLayout synthea(String name, int minRows, int maxRows) {
    return CsvLayout.of(name, US).dates("yyyy-MM-dd").people(60).ages(1, 95)
        .rows(minRows, maxRows).byDate();
  }

  private static String testNl(Row r) {
    return switch (r.part()) {
      case HPV -> Country.pick(r.rng(), List.of("hrHPV", "HPV-test", "hrHPV PCR"));
      case CYTOLOGY -> Country.pick(r.rng(), List.of("Cytologie", "Uitstrijkje cytologie"));
      case VISIT -> "Uitstrijkje";
    };
  }

  private static Cell resultNl(Row r) {
    return r.part() == Part.CYTOLOGY ? new Cell(r.s().papDutch(r.rng()), r.s().papGrade())
        : new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade());
  }

  private static Cell labelledNl(Row r) {
    if (r.part() == Part.CYTOLOGY) {
      String label = Country.pick(r.rng(), List.of("Cytologie: ", "Uitslag cytologie: ",
          "Cytology: "));
      return new Cell(label + "Pap " + r.s().pap(), r.s().papGrade());
    }
    String label = Country.pick(r.rng(), List.of("HPV: ", "Uitslag HPV: ", "hrHPV-test: "));
    String value = switch (r.s().hpv()) {
      case NEGATIVE -> "negatief";
      case POSITIVE -> "positief";
      case UNSATISFACTORY -> "onbeoordeelbaar";
    };
    return new Cell(label + value, r.s().hpvGrade());
  }

  private static Cell mental(Row r, java.util.function.Function<Clinical.Dx, String> text) {
    Clinical.Dx d = Clinical.MENTAL.get(r.rng().nextInt(Clinical.MENTAL.size()));
    return new Cell(text.apply(d), d.grade());
  }

  private static Cell pregnancy(Row r) {
    Clinical.Dx d = Clinical.PREGNANCY.get(r.rng().nextInt(Clinical.PREGNANCY.size()));
    return new Cell(d.icd() + " " + d.dutch(), d.grade());
  }

  private static Cell sexualHealth(Row r) {
    Clinical.Dx d = Clinical.SEXUAL_HEALTH.get(r.rng().nextInt(Clinical.SEXUAL_HEALTH.size()));
    return new Cell(d.icd() + " " + d.dutch(), d.grade());
  }

  private static Cell cancerOrBlank(Row r) {
    if (r.rng().nextInt(3) == 0) {
      return Cell.of("");
    }
    Clinical.Dx d = Clinical.DIAGNOSES.stream().filter(x -> x.icd().startsWith("C"))
        .toList().get(r.rng().nextInt(3));
    return new Cell(d.english().replace(" (disorder)", ""), d.grade());
  }

  private static String spacedNhs(String nhs) {
    return nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
  }

  /** The Belgian number as printed on the eID: {@code YY.MM.DD-SSS.CC}. */
  private static String belgian(String n) {
    return n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "-"
        + n.substring(6, 9) + "." + n.substring(9);
  }

  /** The NIR as printed on the carte Vitale: {@code 2 85 07 75 123 456 78}. */
  private static String spacedNir(String n) {
    return n.charAt(0) + " " + n.substring(1, 3) + " " + n.substring(3, 5) + " "
        + n.substring(5, 7) + " " + n.substring(7, 10) + " " + n.substring(10, 13) + " "
        + n.substring(13);
  }

  /** A synthetic fingerprint template: random bytes in Base64, as access systems export them. */
  private static String template(Row r) {
    byte[] bytes = new byte[48];
    new Random(r.rng().nextLong()).nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
