package org.exposure.evaluation;

import static org.exposure.evaluation.Country.AT;
import static org.exposure.evaluation.Country.BE;
import static org.exposure.evaluation.Country.DE;
import static org.exposure.evaluation.Country.ES;
import static org.exposure.evaluation.Country.IT;
import static org.exposure.evaluation.Country.NL;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
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
import static org.exposure.model.FieldType.RECORD_ID;
import static org.exposure.model.FieldType.RELIGION_OR_BELIEF;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.SEX_LIFE_OR_ORIENTATION;
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;
import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.CANCER;
import static org.exposure.model.ResultGrade.UNGRADED;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The European part of the corpus (issue 17): ten CSV layouts written by someone who has read neither
 * the classifier nor any of its figures, each after a publicly documented European health-system
 * export in its own language: a Dutch hospital EPD's patient master (NEN 1888 name use, partner's
 * name), a Dutch pathology lab's PALGA excerpt, a GP's ICPC episode list, a Dutch LIS export
 * (Aanvraagnummer, Bepaling, Uitslag, Referentiewaarde, Afwijkend), a Centrum Seksuele Gezondheid's
 * consult register, a Flemish GP's summary record (Sumehr, flattened from Kmehr), a German hospital
 * information system's cases with ICD-10-GM diagnosis certainty (G, V, Z), a Spanish clinical record's
 * cervical-screening export, an Italian regional screening programme's file, and an Austrian lab's
 * findings export as ELGA's lab report lists them.
 *
 * <p>The truth follows {@code docs/evaluation.md}'s labelling guide; where the guide names no row for
 * a column, the nearest row decides, the comment says why, and the guide's "The European part" lists
 * the decision. {@link Corpus} does not write these layouts: the lead wires them in.
 */
final class EuropeanLayouts {
  private EuropeanLayouts() {}

  static List<CsvLayout> all() {
    return List.of(
        // ---------------------------------------------------------------- The Netherlands
        // A hospital EPD's patient master (HiX-like): the birth name and the partner's name kept
        // apart, with the NEN 1888 name-use code saying which the patient goes by.
        CsvLayout.of("nl-epd-patientstamgegevens", NL).delimiter(';').bom().dates("dd-MM-yyyy")
            .people(240).ages(0, 95)
            .col("Patiëntnummer", RECORD_ID, r -> r.p().recordNumber())
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(2)
            .col("Geslachtsnaam", FAMILY_NAME, r -> married(r) ? r.p().maiden() : r.p().family())
            .col("Voorvoegsels geslachtsnaam", FAMILY_NAME, r -> married(r) ? "" : r.p().prefix())
            .col("Achternaam partner", FAMILY_NAME, r -> married(r) ? r.p().family() : "")
            .col("Voorvoegsels partner", FAMILY_NAME, r -> married(r) ? r.p().prefix() : "")
            // The name-use code (E, P, V, N) is a category: OTHER, as the guide's titles.
            .col("Naamgebruik", OTHER, r -> married(r)
                ? List.of("P", "V", "N").get(r.stable("naamgebruik", 3)) : "E")
            .col("Voorletters", INITIALS, r -> r.p().initials())
            .col("Roepnaam", GIVEN_NAME, r -> r.p().given())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Geslacht", SEX, r -> r.p().female() ? "Vrouw" : "Man")
            .col("Straatnaam", STREET_ADDRESS, r -> r.p().street())
            .col("Huisnummer", HOUSE_NUMBER, r -> String.valueOf(r.p().houseNumber()))
            // The letter after a house number is part of it: HOUSE_NUMBER.
            .col("Huisnummertoevoeging", HOUSE_NUMBER, r -> r.p().houseSuffix())
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Woonplaats", CITY, r -> r.p().city())
            .col("Telefoonnummer mobiel", PHONE, r -> r.p().phone()).blank(15)
            .col("E-mailadres", EMAIL, r -> r.p().email()).blank(35)
            .col("Huisarts", PROVIDER, r -> "Huisartsenpraktijk " + Country.pick(r.rng(),
                List.of("De Linde", "Het Anker", "Zuiderhout", "Oosterpoort", "De Brink")))
            .col("AGB-code huisarts", PROVIDER, r -> "01" + CheckDigits.digits(r.rng(), 6))
            .col("Zorgverzekeraar", OTHER, r -> insurerNl(r)[0])
            // UZOVI identifies the insurer, an organisation: OTHER.
            .col("UZOVI", OTHER, r -> insurerNl(r)[1])
            .col("Verzekerdennummer", INSURANCE_ID, r -> r.p().insuranceNumber())
            .col("Datum laatste mutatie", OTHER, r -> "15-06-2025"),
        // A pathology lab's excerpt for the gynaecologist, PALGA-diagnosis lines as the PALGA
        // thesaurus writes them ("cervix, biopt: CIN III"); cytology and histology mixed.
        CsvLayout.of("nl-palga-excerpt-gynaecologie", NL).delimiter('\t').dates("d-M-yyyy")
            .women().ages(30, 65).people(120).rows(1, 3)
            .col("Patiëntnummer", RECORD_ID, r -> r.p().recordNumber())
            .col("Naam", PERSON_NAME, r -> r.p().fullFamily()
                + (r.p().maiden().isEmpty() ? "" : "-" + r.p().maiden()) + ", " + r.p().initials())
            .col("Geb.datum", BIRTH_DATE, Row::birth)
            .col("T-nummer", RECORD_ID, r -> (cytologyRow(r) ? "C" : "T")
                + (r.date().getYear() % 100) + "-" + String.format(Locale.ROOT, "%05d",
                    fixed(r, "tnr", 100_000)))
            .col("Datum ontvangst", CLINICAL_DATE, Row::when)
            .col("Aanvrager", PROVIDER, r -> Country.pick(r.rng(), List.of(
                "Gynaecologie, dr. M. Kramer", "Gynaecologie, dr. P. Bosman",
                "Huisarts A. de Wit")))
            .col("Materiaal", TEST_TYPE, r -> cytologyRow(r) ? "Cervixuitstrijkje"
                : List.of("Cervixbiopt", "Lis-excisie", "Conisatie").get(fixed(r, "mat", 3)))
            .graded("PALGA-diagnose", DIAGNOSIS, EuropeanLayouts::palgaDiagnosis)
            .col("Laboratorium", OTHER, r -> "Pathologie " + Country.pick(r.rng(), List.of(
                "Oost-Nederland", "Midden-Brabant", "Noord"))),
        // A GP's episode list (HIS), ICPC-1 codes with the NHG's Dutch titles, one row per episode.
        CsvLayout.of("nl-his-icpc-episodelijst", NL).delimiter(',').quoteAll().dates("yyyy-MM-dd")
            .people(90).ages(18, 90).rows(2, 5).byDate()
            .col("Pat.nr.", RECORD_ID, r -> r.p().recordNumber())
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(5)
            .col("Naam", PERSON_NAME, r -> r.p().initials() + " " + r.p().fullFamily())
            .col("Geb.datum", BIRTH_DATE, Row::birth)
            .col("Geslacht", SEX, r -> r.p().female() ? "V" : "M")
            .graded("ICPC", DIAGNOSIS, r -> new Cell(icpc(r)[0], icpcGrade(r)))
            .graded("Episodetitel", DIAGNOSIS, r -> new Cell(icpc(r)[1], icpcGrade(r)))
            .col("Begindatum", CLINICAL_DATE, Row::when)
            .col("Einddatum", CLINICAL_DATE, r -> r.fmt(r.date().plusMonths(1
                + fixed(r, "eind", 18)))).blank(60)
            // Whether the episode is flagged for attention: a status, OTHER.
            .col("Attentiewaarde", OTHER, r -> fixed(r, "att", 3) == 0 ? "J" : "N")
            .col("Behandelaar", PROVIDER, r -> Country.pick(r.rng(), List.of("HA1", "HA2",
                "HA3 (waarnemer)"))),
        // A hospital lab's LIS export, one row per determination: hrHPV, cytology and routine
        // values in mmol/l with their reference range and abnormal flag. Windows-1252, ';'.
        CsvLayout.of("nl-lis-bepalingen", NL).delimiter(';').windows1252().dates("dd-MM-yyyy")
            .women().ages(30, 65).people(100).rows(2, 4).byDate()
            .col("Aanvraagnummer", RECORD_ID, r -> "A" + (r.date().getYear() % 100)
                + String.format(Locale.ROOT, "%07d", fixed(r, "aanvraag", 10_000_000)))
            .col("Patiënt-ID", RECORD_ID, r -> r.p().recordNumber())
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(8)
            .col("Achternaam", FAMILY_NAME, r -> r.p().fullFamily())
            .col("Voorletters", INITIALS, r -> r.p().initials())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Geslacht", SEX, r -> "V")
            .col("Aanvrager", PROVIDER, r -> Country.pick(r.rng(), List.of("Huisarts Jansen (AGB "
                + "01012345)", "Huisarts de Boer (AGB 01067890)", "Gynaecologie (dr. Mulder)")))
            .col("Afnamedatum", CLINICAL_DATE, r -> r.when() + " " + String.format(Locale.ROOT,
                "%02d:%02d", 8 + fixed(r, "uur", 9), fixed(r, "min", 60)))
            .col("Bepalingcode", TEST_TYPE, EuropeanLayouts::lisCode)
            .col("Bepaling", TEST_TYPE, EuropeanLayouts::lisName)
            .graded("Uitslag", TEST_RESULT, EuropeanLayouts::lisResult)
            .col("Eenheid", OTHER, r -> lisKind(r) == 2 ? lab(r).unit() : "")
            .col("Referentiewaarde", OTHER, r -> lisKind(r) == 2 ? lab(r).reference()
                : lisKind(r) == 0 ? "negatief" : "")
            // The abnormal flag reads the result ("H", "L", "*"): TEST_RESULT, though no grade.
            .graded("Afwijkend", TEST_RESULT, r -> {
              String flag = lisFlag(r);
              return new Cell(flag, flag.isEmpty() ? ResultGrade.NONE : UNGRADED);
            }),
        // A sexual-health centre's (CSG) consult register: the triage group, one column per STI
        // test, the treatment given.
        CsvLayout.of("nl-csg-soa-consulten", NL).delimiter('\t').dates("dd-MM-yyyy").people(150)
            .ages(16, 55).rows(1, 2)
            .col("Registratienummer", RECORD_ID, r -> "CSG" + r.p().recordNumber())
            .col("Roepnaam", GIVEN_NAME, r -> r.p().given())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("PC4", POSTCODE, r -> r.p().postcode().substring(0, 4))
            .col("Geslacht", SEX, r -> r.p().female() ? "V" : "M")
            .col("Doelgroep", SEX_LIFE_OR_ORIENTATION, EuropeanLayouts::csgGroup)
            .col("Consultdatum", CLINICAL_DATE, Row::when)
            // Results of STI tests, positive or negative, are not on the cervical scale: UNGRADED.
            .graded("Chlamydia (NAAT)", TEST_RESULT, r -> sti(r, "ct", 8))
            .graded("Gonorroe (NAAT)", TEST_RESULT, r -> sti(r, "ng", 20))
            .graded("Syfilis (TPPA)", TEST_RESULT, r -> sti(r, "lues", 40)).blank(30)
            .graded("Hiv-test", TEST_RESULT, r -> sti(r, "hiv", 60))
            .col("Behandeling", MEDICATION, EuropeanLayouts::csgTreatment),

        // ---------------------------------------------------------------- Belgium (Flanders)
        // A GP's summarised electronic health record (Sumehr), its Kmehr items flattened one row per
        // problem: rijksregisternummer in its printed form, mutuality with its number, CG1/CG2.
        CsvLayout.of("be-sumehr-kmehr-plat", BE).delimiter(',').dates("yyyy-MM-dd").people(100)
            .ages(18, 90).rows(1, 4)
            .col("Rijksregisternummer", NATIONAL_ID, r -> printedInsz(r.p().nationalId()))
            .col("Naam", FAMILY_NAME, r -> r.p().family())
            .col("Voornaam", GIVEN_NAME, r -> r.p().given())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Geslacht", SEX, r -> r.p().female() ? "female" : "male")
            .col("Adres", STREET_ADDRESS, r -> r.p().streetLine())
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Gemeente", CITY, r -> r.p().city())
            .col("Ziekenfonds", OTHER, r -> List.of("CM (100)",
                "Vlaams & Neutraal Ziekenfonds (200)", "Solidaris (300)", "Liberale Mutualiteit (400)", "Helan (500)")
                .get(r.stable("mut", 5)))
            .col("Inschrijvingsnummer ziekenfonds", INSURANCE_ID, r -> r.p().insuranceNumber())
            // The entitlement codes say whether the person gets increased reimbursement: financial,
            // which no type covers (the guide's income row): OTHER.
            .col("CG1/CG2", OTHER, r -> r.stable("cg", 4) == 0 ? "130/130" : "110/110")
            .col("Huisarts", PROVIDER, r -> "Dr. " + List.of("Claes", "Goossens", "Wouters")
                .get(r.stable("ha", 3)))
            .col("RIZIV-nummer huisarts", PROVIDER, r -> "1-" + String.format(Locale.ROOT,
                "%05d", 10_000 + r.stable("riziv", 90_000)) + "-" + (10 + r.stable("rz", 90))
                + "-004")
            .graded("Probleem (ICD-10)", DIAGNOSIS, r -> new Cell(dx(r).icd(), dx(r).grade()))
            .graded("Omschrijving probleem", DIAGNOSIS, r -> new Cell(dx(r).dutch(),
                dx(r).grade()))
            .col("Begindatum", CLINICAL_DATE, Row::when)
            .col("Actieve medicatie", MEDICATION, r -> medicated(r) ? r.med().european() : "")
            // The CNK is the Belgian medicine's national code: MEDICATION, as PZN and RxNorm.
            .col("CNK", MEDICATION, r -> medicated(r) ? String.format(Locale.ROOT, "%07d",
                Math.floorMod(r.med().rxnorm().hashCode(), 10_000_000)) : "")
            .col("Laatste vaccinatie", MEDICATION, r -> r.vaccine().european()).blank(50),

        // ---------------------------------------------------------------- Germany
        // A hospital information system's cases (KIS): Patientenstamm and Fall joined, insurer with
        // its IK, the KVNR, ICD-10-GM main diagnosis with its certainty (G, V, Z).
        CsvLayout.of("de-kis-faelle-icd10gm", DE).delimiter(';').windows1252().dates("dd.MM.yyyy")
            .people(120).ages(18, 90).rows(1, 3)
            .col("PatNr", RECORD_ID, r -> r.p().recordNumber())
            .col("FallNr", RECORD_ID, r -> String.valueOf(r.date().getYear())
                + String.format(Locale.ROOT, "%06d", fixed(r, "fall", 1_000_000)))
            .col("Titel", OTHER, r -> List.of("", "", "", "Dr.", "Prof. Dr.")
                .get(r.stable("t", 5)))
            .col("Nachname", FAMILY_NAME, r -> r.p().family())
            .col("Vorname", GIVEN_NAME, r -> r.p().given())
            .col("Geburtsname", FAMILY_NAME, r -> r.p().maiden())
            .col("Geb.-Datum", BIRTH_DATE, Row::birth)
            .col("Geschlecht", SEX, r -> r.p().female() ? "w" : "m")
            .col("Straße", STREET_ADDRESS, r -> r.p().streetLine())
            .col("PLZ", POSTCODE, r -> r.p().postcode())
            .col("Ort", CITY, r -> r.p().city())
            .col("Konfession", RELIGION_OR_BELIEF, r -> List.of("rk", "ev", "ohne", "ohne", "isl",
                "jüd", "orth").get(r.stable("konf", 7))).blank(10)
            .col("Krankenkasse", OTHER, r -> kasse(r)[0])
            // The IK identifies the insurer, an organisation: OTHER.
            .col("IK-Nummer", OTHER, r -> kasse(r)[1])
            .col("Versichertennummer", NATIONAL_ID, r -> r.p().nationalId())
            .col("Versichertenstatus", OTHER, r -> List.of("1", "1", "3", "5")
                .get(r.stable("status", 4)))
            .col("Aufnahmedatum", CLINICAL_DATE, Row::when)
            .col("Entlassdatum", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(1
                + fixed(r, "los", 14))))
            // The ward is an organisational unit: OTHER, as the guide's organisations.
            .col("Fachabteilung", OTHER, r -> fachabteilung(dx(r)))
            .graded("Hauptdiagnose", DIAGNOSIS, r -> new Cell(dx(r).icd() + " "
                + certainty(r), dx(r).grade()))
            .graded("Diagnosetext", DIAGNOSIS, r -> new Cell(dx(r).german(), dx(r).grade()))
            .col("Einweiser", PROVIDER, r -> "Dr. med. " + List.of("Krause", "Lehmann", "Vogel",
                "Peters").get(r.stable("einw", 4)))
            .col("LANR Einweiser", PROVIDER, r -> String.format(Locale.ROOT, "%09d",
                100_000_000 + r.stable("lanr", 800_000_000))),

        // ---------------------------------------------------------------- Spain
        // A clinical-record (historia clínica) export of the cervical screening programme: two
        // surnames, DNI or NIE, the regional health card, results in the programme's Spanish.
        CsvLayout.of("es-historia-clinica-cribado-cervix", ES).delimiter(';').bom()
            .dates("dd/MM/yyyy").women().ages(25, 65).people(120).rows(1, 2)
            .col("NHC", RECORD_ID, r -> r.p().recordNumber())
            // The regional health card's number (NUHSA, CIP) is a health-scheme member number:
            // INSURANCE_ID.
            .col("CIP autonómico", INSURANCE_ID, r -> r.p().insuranceNumber())
            .col("DNI/NIE", NATIONAL_ID, r -> r.p().nationalId()).blank(4)
            .col("Nombre", GIVEN_NAME, r -> r.p().given())
            .col("Primer apellido", FAMILY_NAME, r -> r.p().family())
            .col("Segundo apellido", FAMILY_NAME, EuropeanLayouts::secondSurname)
            .col("Fecha de nacimiento", BIRTH_DATE, Row::birth)
            .col("Sexo", SEX, r -> "M")
            .col("Domicilio", STREET_ADDRESS, r -> r.p().streetLine() + ", " + (1 + r.stable("piso", 6)) + "º " + "ABCD".charAt(r.stable("puerta", 4)))
            .col("C.P.", POSTCODE, r -> r.p().postcode())
            .col("Municipio", CITY, r -> r.p().city())
            .col("Comunidad autónoma", OTHER, r -> ES_COMMUNITIES.get(
                ES_CITIES.indexOf(r.p().city())))
            .col("Teléfono", PHONE, r -> r.p().phone()).blank(10)
            .col("Centro de salud", PROVIDER, r -> "C.S. " + List.of("Centro", "Norte", "Sur",
                "La Paz", "San Roque").get(r.stable("cs", 5)))
            .col("Fecha toma", CLINICAL_DATE, Row::when)
            .col("Prueba", TEST_TYPE, r -> r.s().hasCytology()
                ? "Determinación VPH-AR + citología réflex" : "Determinación VPH-AR")
            .graded("Resultado VPH", TEST_RESULT, EuropeanLayouts::hpvSpanish)
            .graded("Resultado citología", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(cytologySpanish(r.s().pap()), r.s().papGrade()) : Cell.of(""))
            .col("Profesional", PROVIDER, r -> Country.pick(r.rng(), List.of(
                "Dra. Navarro (matrona)", "Dr. Torres (ginecología)", "Dña. Ruiz (matrona)"))),

        // ---------------------------------------------------------------- Italy
        // A regional organised screening programme's file: codice fiscale, municipality of birth,
        // ASL; HPV-DNA primary test from 30, Pap test below 30; the recommendation that follows.
        CsvLayout.of("it-screening-cervicale-regionale", IT).delimiter(',').quoteAll()
            .dates("dd/MM/yyyy").women().ages(25, 64).people(140).rows(1, 2)
            .col("ID episodio", RECORD_ID, r -> "EP" + String.format(Locale.ROOT, "%08d",
                fixed(r, "ep", 100_000_000)))
            .col("Codice fiscale", NATIONAL_ID, r -> r.p().nationalId())
            .col("Cognome", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
            .col("Nome", GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
            .col("Data di nascita", BIRTH_DATE, Row::birth)
            .col("Sesso", SEX, r -> "F")
            .col("Comune di nascita", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
            .col("Indirizzo di residenza", STREET_ADDRESS, r -> r.p().streetLine())
            .col("CAP", POSTCODE, r -> r.p().postcode())
            .col("Comune di residenza", CITY, r -> r.p().city())
            .col("Prov.", OTHER, r -> provincia(r.p().city()))
            .col("ASL", OTHER, r -> "ASL " + r.p().city())
            .col("MMG", PROVIDER, r -> List.of("Dott. Ferri", "Dott.ssa Neri", "Dott. Sala",
                "Dott.ssa Villa").get(r.stable("mmg", 4)))
            .col("Data invito", CLINICAL_DATE, r -> r.fmt(r.date().minusDays(20
                + fixed(r, "inv", 40))))
            .col("Data prelievo", CLINICAL_DATE, Row::when)
            .col("Test primario", TEST_TYPE, r -> under30(r) ? "Pap test" : "HPV-DNA")
            .graded("Esito HPV-DNA", TEST_RESULT, r -> under30(r) ? Cell.of("") : hpvItalian(r))
            .graded("Esito Pap test", TEST_RESULT, r -> italianPap(r).isEmpty() ? Cell.of("")
                : new Cell(cytologyItalian(r, italianPap(r)), Screening.papGrade(italianPap(r))))
            // The advice that follows (colposcopy, a repeat test, the next round) is care planned:
            // PROCEDURE, as the fresh part's care plans.
            .col("Raccomandazione", PROCEDURE, EuropeanLayouts::raccomandazione),

        // ---------------------------------------------------------------- Austria
        // A lab's findings export as ELGA's laboratory report lists them: SVNR in its printed form,
        // one row per analysis, HPV, cytology (Bethesda, German) and co-test cells beside lab values.
        CsvLayout.of("at-elga-laborbefunde", AT).delimiter('\t').crlf().dates("dd.MM.yyyy")
            .women().ages(20, 70).people(100).rows(1, 3).byDate()
            .col("Befundnummer", RECORD_ID, r -> "L" + (r.date().getYear() % 100)
                + String.format(Locale.ROOT, "%06d", fixed(r, "bef", 1_000_000)))
            .col("Sozialversicherungsnummer", NATIONAL_ID, r -> r.p().nationalId().substring(0, 4)
                + " " + r.p().nationalId().substring(4))
            .col("Titel", OTHER, r -> List.of("", "", "", "Mag.a", "Dr.in", "DI").get(r.stable("titel", 6)))
            .col("Familienname", FAMILY_NAME, r -> r.p().family())
            .col("Vorname", GIVEN_NAME, r -> r.p().given())
            .col("Geburtsdatum", BIRTH_DATE, Row::birth)
            .col("Geschlecht", SEX, r -> "weiblich")
            .col("Adresse", STREET_ADDRESS, r -> r.p().streetLine())
            .col("PLZ", POSTCODE, r -> r.p().postcode())
            .col("Ort", CITY, r -> r.p().city())
            .col("Versicherungsträger", OTHER, r -> List.of("ÖGK", "ÖGK", "BVAEB", "SVS")
                .get(r.stable("traeger", 4)))
            .col("Zuweiser", PROVIDER, r -> List.of("Dr.in Leitner, FÄ für Frauenheilkunde",
                "Dr. Hofer, Allgemeinmedizin", "Dr.in Pichler, FÄ für Frauenheilkunde")
                .get(r.stable("zuw", 3)))
            .col("Probenahme", CLINICAL_DATE, Row::when)
            .col("Analyse", TEST_TYPE, EuropeanLayouts::analyseAustria)
            .graded("Ergebnis", TEST_RESULT, EuropeanLayouts::ergebnisAustria)
            .col("Einheit", OTHER, r -> atKind(r) == 3 ? lab(r).unit() : "")
            .col("Referenzbereich", OTHER, r -> atKind(r) == 3 ? lab(r).reference() : "")
            .col("Befundstatus", OTHER, r -> fixed(r, "status", 8) == 0 ? "vorläufig"
                : "endgültig"));
  }

  // ------------------------------------------------------------------------------- helpers

  /** A number fixed by the row, so that the columns of one row agree without sharing a draw. */
  private static int fixed(Row r, String salt, int bound) {
    return Math.floorMod((r.sample() + salt).hashCode(), bound);
  }


  /** A woman with a maiden name goes by her partner's: the EPD keeps both. */
  private static boolean married(Row r) {
    return !r.p().maiden().isEmpty();
  }

  /**
   * The row's diagnosis, redrawn when it does not fit the person: pregnancy only for women under 50,
   * cervical and breast diagnoses only for women.
   */
  private static Clinical.Dx dx(Row r) {
    int age = Period.between(r.p().birthDate(), r.date()).getYears();
    if (fits(r.dx(), r.p().female(), age)) {
      return r.dx();
    }
    List<Clinical.Dx> fitting = Clinical.DIAGNOSES.stream()
        .filter(d -> fits(d, r.p().female(), age)).toList();
    return fitting.get(fixed(r, "dx", fitting.size()));
  }

  private static boolean fits(Clinical.Dx d, boolean female, int age) {
    String icd = d.icd();
    boolean womens = icd.startsWith("N87") || icd.startsWith("D06") || icd.startsWith("C53")
        || icd.startsWith("C50") || icd.startsWith("O");
    return female ? !icd.startsWith("O") || age < 50 : !womens;
  }

  /** Three problems in four come with an active medicine, name and code together. */
  private static boolean medicated(Row r) {
    return fixed(r, "med", 4) != 0;
  }

  private static String[] insurerNl(Row r) {
    return List.of(new String[] {"Zilveren Kruis", "3311"}, new String[] {"CZ", "9664"},
        new String[] {"VGZ", "7095"}, new String[] {"Menzis", "3332"},
        new String[] {"DSW", "7085"}).get(r.stable("zv", 5));
  }

  // ----------------------------------------------------------------------- PALGA

  /** A cytology row when the sample had cytology and the row says so; otherwise histology. */
  private static boolean cytologyRow(Row r) {
    return r.s().hasCytology() && fixed(r, "kind", 2) == 0;
  }

  private static Cell palgaDiagnosis(Row r) {
    if (cytologyRow(r)) {
      String cls = r.s().pap();
      String words = switch (cls) {
        case "0" -> "onvoldoende beoordeelbaar";
        case "1" -> "geen afwijkingen";
        case "2" -> "atypische plaveiselcellen";
        case "3a1" -> "lichte dyskaryose";
        case "3a2" -> "matige dyskaryose";
        case "3b" -> "ernstige dyskaryose";
        case "4" -> "carcinoma in situ";
        default -> "verdacht voor invasief carcinoom";
      };
      return new Cell("cervix, uitstrijkje: " + words + " (Pap" + cls + ")", r.s().papGrade());
    }
    String material = List.of("biopt", "lisexcisie", "conus").get(fixed(r, "mat", 3));
    String finding = switch (r.histology()) {
      case NO_CIN -> fixed(r, "geen", 2) == 0 ? "geen dysplasie"
          : "geen CIN, chronische cervicitis";
      case CIN1 -> "CIN I";
      case CIN2 -> "CIN II";
      case CIN3 -> "CIN III";
      case CARCINOMA -> "plaveiselcelcarcinoom, invasief";
    };
    return new Cell("cervix, " + material + ": " + finding, r.histology().grade);
  }

  // ----------------------------------------------------------------------- ICPC

  /** ICPC-1 codes with the NHG's Dutch titles; the X chapter only for women, Y only for men. */
  private static final List<String[]> ICPC_ANY = List.of(
      new String[] {"P76", "Depressie"},
      new String[] {"P74", "Angststoornis/angsttoestand"},
      new String[] {"P15", "Chronisch alcoholmisbruik"},
      new String[] {"K86", "Hypertensie zonder orgaanbeschadiging"},
      new String[] {"T90.02", "Diabetes mellitus type 2"},
      new String[] {"R96", "Astma"},
      new String[] {"B90", "HIV-infectie/AIDS"},
      new String[] {"L03", "Lage rugpijn zonder uitstraling"},
      new String[] {"D75", "Maligniteit colon/rectum"});

  private static final List<String[]> ICPC_WOMEN = List.of(
      new String[] {"X86", "Afwijkend cervixuitstrijkje"},
      new String[] {"X75", "Maligniteit cervix uteri"},
      new String[] {"X76", "Maligniteit borst vrouw"},
      new String[] {"X92", "Chlamydia-infectie genitaal vrouw"},
      new String[] {"W78", "Zwangerschap"});

  private static final List<String[]> ICPC_MEN = List.of(
      new String[] {"Y77", "Maligniteit prostaat"},
      new String[] {"Y70", "Syfilis man"});

  /** The episodes a practice sees most; five rows in six are one of them. */
  private static final List<String[]> ICPC_COMMON = List.of(
      new String[] {"K86", "Hypertensie zonder orgaanbeschadiging"},
      new String[] {"T90.02", "Diabetes mellitus type 2"},
      new String[] {"L03", "Lage rugpijn zonder uitstraling"},
      new String[] {"R96", "Astma"},
      new String[] {"P76", "Depressie"});

  private static String[] icpc(Row r) {
    List<String[]> own = r.p().female() ? ICPC_WOMEN : ICPC_MEN;
    int all = ICPC_ANY.size() + own.size();
    int i = fixed(r, "icpc", 6 * all);
    String[] code = i >= all ? ICPC_COMMON.get(i % ICPC_COMMON.size())
        : i < ICPC_ANY.size() ? ICPC_ANY.get(i) : own.get(i - ICPC_ANY.size());
    boolean pastChildbearing = Period.between(r.p().birthDate(), r.date()).getYears() >= 50;
    return code[0].equals("W78") && pastChildbearing
        ? new String[] {"X87", "Prolaps uterus/vagina"} : code;
  }

  /**
   * Malignancies are cancer; an abnormal smear (X86) states an abnormality without its grade, so it
   * counts as the least abnormal grade, low; every other episode is ungraded.
   */
  private static ResultGrade icpcGrade(Row r) {
    String title = icpc(r)[1];
    if (title.startsWith("Maligniteit")) {
      return CANCER;
    }
    return icpc(r)[0].equals("X86") ? ABNORMAL_LOW_GRADE : UNGRADED;
  }

  // ----------------------------------------------------------------------- lab

  /** A routine determination as a Dutch or Austrian lab reports it, in SI units. */
  record Lab(String code, String name, String unit, double low, double high, double refLow,
      double refHigh) {
    String reference() {
      return String.format(Locale.ROOT, "%.1f - %.1f", refLow, refHigh).replace('.', ',');
    }
  }

  private static final List<Lab> LABS = List.of(
      new Lab("HB", "Hemoglobine", "mmol/l", 6.2, 10.4, 7.5, 10.0),
      new Lab("GLUC", "Glucose nuchter", "mmol/l", 3.8, 10.5, 4.0, 6.1),
      new Lab("CHOL", "Cholesterol totaal", "mmol/l", 3.5, 8.0, 0.0, 5.0),
      new Lab("HBA1C", "HbA1c", "mmol/mol", 30, 80, 20, 42),
      new Lab("KREA", "Kreatinine", "µmol/l", 45, 140, 49, 90),
      new Lab("TSH", "TSH", "mU/l", 0.2, 7.5, 0.4, 4.0));

  /** The German names an Austrian lab gives the same analyses. */
  private static final List<String> LAB_GERMAN = List.of("Hämoglobin", "Glukose nüchtern",
      "Cholesterin gesamt", "HbA1c", "Kreatinin", "TSH basal");

  /** The routine determination of a row that shows one. */
  private static Lab lab(Row r) {
    return LABS.get(fixed(r, "lab", LABS.size()));
  }

  private static double labValue(Row r) {
    Lab l = lab(r);
    return Math.round((l.low() + fixed(r, "waarde", 1000) / 1000.0 * (l.high() - l.low())) * 10)
        / 10.0;
  }

  /** 0: hrHPV, 1: cytology (when the sample had one), 2: a routine value. */
  private static int lisKind(Row r) {
    int k = fixed(r, "lis", 3);
    return k == 1 && !r.s().hasCytology() ? 2 : k;
  }

  private static String lisCode(Row r) {
    return switch (lisKind(r)) {
      case 0 -> "HPVHR";
      case 1 -> "CYTO";
      default -> lab(r).code();
    };
  }

  private static String lisName(Row r) {
    return switch (lisKind(r)) {
      case 0 -> "hrHPV PCR (cervixuitstrijkje)";
      case 1 -> "Cervixcytologie";
      default -> lab(r).name();
    };
  }

  private static Cell lisResult(Row r) {
    return switch (lisKind(r)) {
      case 0 -> new Cell(switch (r.s().hpv()) {
        case NEGATIVE -> fixed(r, "neg", 2) == 0 ? "negatief" : "hrHPV niet aangetoond";
        case POSITIVE -> r.s().genotype().equals("other") ? "positief, overig hrHPV"
            : "positief, HPV " + r.s().genotype();
        case UNSATISFACTORY -> "niet te beoordelen, opnieuw afnemen";
      }, r.s().hpvGrade());
      case 1 -> new Cell("Pap" + r.s().pap().toUpperCase(Locale.ROOT), r.s().papGrade());
      default -> new Cell(String.valueOf(labValue(r)).replace('.', ','), UNGRADED);
    };
  }

  private static String lisFlag(Row r) {
    return switch (lisKind(r)) {
      case 0 -> r.s().hpv() == Screening.Hpv.POSITIVE ? "*" : "";
      case 1 -> r.s().pap().equals("0") || r.s().pap().equals("1") ? "" : "*";
      default -> {
        Lab l = lab(r);
        double v = labValue(r);
        yield v > l.refHigh() ? "H" : v < l.refLow() ? "L" : "";
      }
    };
  }

  // ----------------------------------------------------------------------- CSG

  private static String csgGroup(Row r) {
    return r.p().female()
        ? List.of("heteroseksueel contact", "vrouw met vrouw", "sekswerker",
            "gewaarschuwd door partner").get(r.stable("groep", 4))
        : List.of("MSM", "MSM", "heteroseksueel contact", "gewaarschuwd door partner")
            .get(r.stable("groep", 4));
  }

  /** An STI result: positive in about one test in {@code oneIn}. */
  private static Cell sti(Row r, String test, int oneIn) {
    return new Cell(fixed(r, test, oneIn) == 0 ? "positief" : "negatief", UNGRADED);
  }

  private static String csgTreatment(Row r) {
    if (fixed(r, "ct", 8) == 0) {
      return "Doxycycline 100 mg 2dd, 7 dagen";
    }
    if (fixed(r, "ng", 20) == 0) {
      return "Ceftriaxon 1000 mg i.m.";
    }
    return "";
  }

  // ----------------------------------------------------------------------- Belgium

  /** The INSZ as printed on the eID and in Kmehr viewers: {@code YY.MM.DD-SSS.CC}. */
  private static String printedInsz(String eleven) {
    return eleven.substring(0, 2) + "." + eleven.substring(2, 4) + "." + eleven.substring(4, 6)
        + "-" + eleven.substring(6, 9) + "." + eleven.substring(9);
  }

  // ----------------------------------------------------------------------- Germany

  private static String[] kasse(Row r) {
    return List.of(new String[] {"AOK Bayern", "108310400"},
        new String[] {"Techniker Krankenkasse", "101575519"},
        new String[] {"BARMER", "104940005"}, new String[] {"DAK-Gesundheit", "105830016"},
        new String[] {"IKK classic", "107202793"}).get(r.stable("kasse", 5));
  }

  /** ICD-10-GM's diagnosis certainty: G confirmed, V suspected, Z state after. */
  private static String certainty(Row r) {
    return List.of("G", "G", "G", "V", "Z").get(fixed(r, "sicherheit", 5));
  }

  private static String fachabteilung(Clinical.Dx dx) {
    String icd = dx.icd();
    if (icd.startsWith("F")) {
      return "Psychiatrie";
    }
    if (icd.startsWith("N") || icd.startsWith("D06") || icd.startsWith("C53")
        || icd.startsWith("O")) {
      return "Gynäkologie und Geburtshilfe";
    }
    return icd.startsWith("C") ? "Onkologie" : "Innere Medizin";
  }

  // ----------------------------------------------------------------------- Spain

  /** The second surname: the mother's, here the maiden name when drawn, else a fixed one. */
  private static String secondSurname(Row r) {
    if (!r.p().maiden().isEmpty()) {
      return r.p().maiden();
    }
    List<String> names = r.p().country().familyNames();
    return names.get(r.stable("apellido", names.size()));
  }

  private static Cell hpvSpanish(Row r) {
    return new Cell(switch (r.s().hpv()) {
      case NEGATIVE -> fixed(r, "neg", 2) == 0 ? "Negativo" : "VPH-AR no detectado";
      case POSITIVE -> r.s().genotype().equals("other")
          ? "Positivo otros genotipos VPH-AR (no 16/18)" : "Positivo VPH " + r.s().genotype();
      case UNSATISFACTORY -> "Muestra no valorable";
    }, r.s().hpvGrade());
  }

  private static String cytologySpanish(String pap) {
    return switch (pap) {
      case "0" -> "Insatisfactoria para valoración";
      case "1" -> "Negativo para lesión intraepitelial o malignidad";
      case "2" -> "ASC-US (células escamosas atípicas de significado indeterminado)";
      case "3a1" -> "LSIL (lesión escamosa intraepitelial de bajo grado)";
      case "3a2" -> "ASC-H (no puede descartarse lesión de alto grado)";
      case "3b" -> "HSIL (lesión escamosa intraepitelial de alto grado)";
      case "4" -> "AGC (células glandulares atípicas)";
      default -> "Carcinoma escamoso";
    };
  }

  // ----------------------------------------------------------------------- Italy

  private static final List<String> ES_CITIES = List.of("Madrid", "Barcelona", "Valencia",
      "Sevilla", "Zaragoza", "Málaga", "Murcia", "Palma", "Bilbao", "Alicante", "Córdoba",
      "Valladolid", "Vigo", "Gijón", "Granada", "Salamanca");
  /** The autonomous community of each Spanish city. */
  private static final List<String> ES_COMMUNITIES = List.of("Comunidad de Madrid", "Cataluña",
      "Comunitat Valenciana", "Andalucía", "Aragón", "Andalucía", "Región de Murcia",
      "Illes Balears", "País Vasco", "Comunitat Valenciana", "Andalucía", "Castilla y León",
      "Galicia", "Principado de Asturias", "Andalucía", "Castilla y León");

  private static final List<String> IT_CITIES = List.of("Roma", "Milano", "Napoli", "Torino",
      "Palermo", "Genova", "Bologna", "Firenze", "Bari", "Catania", "Venezia", "Verona", "Padova",
      "Trieste", "Brescia", "Parma");
  private static final List<String> IT_PROVINCE = List.of("RM", "MI", "NA", "TO", "PA", "GE",
      "BO", "FI", "BA", "CT", "VE", "VR", "PD", "TS", "BS", "PR");

  private static String provincia(String city) {
    return IT_PROVINCE.get(IT_CITIES.indexOf(city));
  }

  /** Below 30 the programme's primary test is the Pap test; from 30 HPV-DNA with reflex Pap. */
  private static boolean under30(Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears() < 30;
  }

  /** The Pap class shown: the reflex cytology from 30; below 30 the primary Pap test's. */
  private static String italianPap(Row r) {
    if (!under30(r)) {
      return r.s().pap();
    }
    if (r.s().hasCytology()) {
      return r.s().pap();
    }
    return r.s().hpv() == Screening.Hpv.UNSATISFACTORY ? "0" : "1";
  }

  private static Cell hpvItalian(Row r) {
    return new Cell(switch (r.s().hpv()) {
      case NEGATIVE -> fixed(r, "neg", 2) == 0 ? "Negativo" : "HPV-DNA ad alto rischio: negativo";
      case POSITIVE -> r.s().genotype().equals("other") ? "Positivo"
          : "Positivo (genotipo " + r.s().genotype() + ")";
      case UNSATISFACTORY -> "Inadeguato";
    }, r.s().hpvGrade());
  }

  private static String cytologyItalian(Row r, String pap) {
    return switch (pap) {
      case "0" -> "Inadeguato";
      case "1" -> fixed(r, "nilm", 2) == 0 ? "Negativo"
          : "Negativo per lesioni intraepiteliali o maligne (NILM)";
      case "2" -> "ASC-US";
      case "3a1" -> "LSIL";
      case "3a2" -> "ASC-H";
      case "3b", "4" -> "HSIL";
      default -> "Carcinoma squamoso";
    };
  }

  private static String raccomandazione(Row r) {
    String pap = italianPap(r);
    if (pap.equals("0") || (!under30(r) && r.s().hpv() == Screening.Hpv.UNSATISFACTORY)) {
      return "Ripetere il prelievo";
    }
    if (!pap.isEmpty() && !pap.equals("1")) {
      return "Colposcopia";
    }
    if (!under30(r) && r.s().hpv() == Screening.Hpv.POSITIVE) {
      return "Ripetizione HPV-DNA a 1 anno";
    }
    return under30(r) ? "Richiamo a 3 anni" : "Richiamo a 5 anni";
  }

  // ----------------------------------------------------------------------- Austria

  /** 0: HPV, 1: cytology (when the sample had one), 2: HPV and cytology in one cell, 3: a value. */
  private static int atKind(Row r) {
    int k = fixed(r, "at", 4);
    return (k == 1 || k == 2) && !r.s().hasCytology() ? 3 : k;
  }

  private static String analyseAustria(Row r) {
    return switch (atKind(r)) {
      case 0 -> "HPV-HR-DNA (PCR)";
      case 1 -> "Zytologie Zervix (Bethesda)";
      case 2 -> "HPV-Kotest (HPV-HR und Zytologie)";
      default -> LAB_GERMAN.get(LABS.indexOf(lab(r)));
    };
  }

  private static String hpvAustrian(Row r) {
    return switch (r.s().hpv()) {
      case NEGATIVE -> fixed(r, "neg", 2) == 0 ? "HPV-HR: nicht nachweisbar" : "negativ";
      case POSITIVE -> r.s().genotype().equals("other")
          ? "HPV-HR: nachweisbar (andere HR-Typen)" : "HPV " + r.s().genotype() + ": nachweisbar";
      case UNSATISFACTORY -> "nicht auswertbar";
    };
  }

  private static String cytologyAustrian(String pap) {
    return switch (pap) {
      case "0" -> "nicht beurteilbar";
      case "1" -> "NILM - negativ für intraepitheliale Läsion oder Malignität";
      case "2" -> "ASC-US";
      case "3a1" -> "LSIL";
      case "3a2" -> "ASC-H";
      case "3b" -> "HSIL";
      case "4" -> "AGC";
      default -> "Plattenepithelkarzinom";
    };
  }

  private static Cell ergebnisAustria(Row r) {
    return switch (atKind(r)) {
      case 0 -> new Cell(hpvAustrian(r), r.s().hpvGrade());
      case 1 -> new Cell(cytologyAustrian(r.s().pap()), r.s().papGrade());
      case 2 -> new Cell(hpvAustrian(r) + " / Zytologie: " + cytologyAustrian(r.s().pap()),
          r.s().grade());
      default -> new Cell(String.valueOf(labValue(r)).replace('.', ','), UNGRADED);
    };
  }
}
