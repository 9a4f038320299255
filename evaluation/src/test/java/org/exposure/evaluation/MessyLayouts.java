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
import static org.exposure.model.FieldType.INITIALS;
import static org.exposure.model.FieldType.INSURANCE_ID;
import static org.exposure.model.FieldType.MEDICATION;
import static org.exposure.model.FieldType.NATIONAL_ID;
import static org.exposure.model.FieldType.OTHER;
import static org.exposure.model.FieldType.PERSON_NAME;
import static org.exposure.model.FieldType.PHONE;
import static org.exposure.model.FieldType.POSTCODE;
import static org.exposure.model.FieldType.PROVIDER;
import static org.exposure.model.FieldType.RECORD_ID;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.NORMAL;
import static org.exposure.model.ResultGrade.UNSATISFACTORY;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Row;

/**
 * The messy part of the corpus (issue 17): ten CSV layouts in the first seven countries written by
 * someone who has read neither the classifier nor any of its figures, after the way exports reach a
 * data-protection officer in practice: hand-made spreadsheets saved as CSV. Their headers are
 * abbreviated ({@code Geb.dat}, {@code Vrl.}, {@code Vers.-Nr.}, {@code N° SS}, {@code D.O.B.}) or
 * carry units and formats in brackets ({@code Leeftijd [jr]}, {@code Datum (dd-mm-jjjj)}); cells join
 * several values ({@code Jansen, A.B. (geb. Visser)}, {@code DOE, JANE M}, a whole address with its
 * postcode, {@code name <email>}); one column writes its dates several ways and in the language's month
 * names; Excel's leading apostrophe protects numbers; results carry typos, case variants, legacy
 * notation and the lab's comments; remarks embed phone numbers and national numbers; trailing columns
 * stay empty.
 *
 * <p>Every layout keeps one header row and then data rows, as {@link CsvLayout} writes. The truth
 * follows {@code docs/evaluation.md}'s labelling guide; where the guide names no row for a column, the
 * nearest row decides, the comment says why, and the guide's "The messy part" lists the decision.
 * {@link Corpus} does not write these layouts: the lead wires them in.
 */
final class MessyLayouts {
  private MessyLayouts() {}

  /** The day ages are counted on, as {@link CsvLayout} draws people on it. */
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

  private static final List<String> DUTCH_MONTHS = List.of("jan", "feb", "mrt", "apr", "mei",
      "jun", "jul", "aug", "sep", "okt", "nov", "dec");
  private static final List<String> GERMAN_MONTHS = List.of("Januar", "Februar", "März", "April",
      "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember");
  private static final List<String> FRENCH_MONTHS = List.of("janvier", "février", "mars", "avril",
      "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre");
  private static final List<String> ENGLISH_MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May",
      "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  static List<CsvLayout> all() {
    return List.of(
        // ---------------------------------------------------------------- The Netherlands
        // A GP practice assistant's Excel work list of smears, saved as CSV: Windows-1252, ';',
        // combined name cell with the birth name, birth dates typed three ways, Excel's apostrophe
        // before a BSN or phone, results typed by hand, and two empty columns Excel left behind.
        CsvLayout.of("nl-praktijk-uitstrijkjes-werklijst", NL).delimiter(';').windows1252()
            .women().ages(30, 65).people(90).rows(1, 3).byDate()
            .col("Pt. nr", RECORD_ID, r -> r.p().recordNumber())
            .col("Naam", PERSON_NAME, MessyLayouts::dutchNameWithBirthName)
            .col("Geb.dat", BIRTH_DATE, r -> dutchDate(r.p().birthDate(), r.rng()))
            .col("BSN", NATIONAL_ID, r -> excelNumber(r.p().nationalId(), r.rng())).blank(4)
            // Street, postcode and town in one cell: the guide's "whole address line".
            .col("Adres", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().postcode()
                + "  " + r.p().city().toUpperCase(Locale.ROOT))
            .col("Tel (h)", PHONE, r -> excelNumber(dutchPhoneDigits(r.p().phone()), r.rng()))
            .blank(20)
            .col("Datum (dd-mm-jjjj)", CLINICAL_DATE, r -> r.rng().nextInt(4) == 0
                ? r.date().getDayOfMonth() + "-" + r.date().getMonthValue() + "-"
                    + r.date().getYear()
                : String.format(Locale.ROOT, "%02d-%02d-%d", r.date().getDayOfMonth(),
                    r.date().getMonthValue(), r.date().getYear()))
            .graded("Uitslag hrHPV", TEST_RESULT, r -> hpvDutchTyped(r.s(), r.rng()))
            .graded("Cyto", TEST_RESULT, r -> papDutchTyped(r.s().pap(), r.rng()))
            // Remarks embedding a phone number or the BSN: DESIGN.md's notes, FREE_TEXT. They state
            // no result, so they grade nothing.
            .col("Opm.", FREE_TEXT, MessyLayouts::remarkDutch).blank(45)
            // Columns Excel kept after the table, always empty: nothing personal, OTHER.
            .col("Kolom1", OTHER, r -> "")
            .col("Kolom2", OTHER, r -> ""),
        // The same practice's overview, one row per woman with each screening round in its own
        // columns (HPV 2017, Cyto 2017, HPV 2022, ...): the wide form a spreadsheet invites.
        CsvLayout.of("nl-praktijk-bvo-rondes-breed", NL).delimiter(';').women().ages(33, 64)
            .people(110).dates("dd-MM-yyyy")
            .col("Patientnr.", RECORD_ID, r -> r.p().recordNumber())
            .col("Vrl.", INITIALS, r -> r.p().initials())
            .col("Tsv.", FAMILY_NAME, r -> r.p().prefix())
            .col("Achternaam", FAMILY_NAME, r -> r.p().family())
            .col("Geb.dat", BIRTH_DATE, Row::birth)
            .col("Leeftijd [jr]", AGE, r -> String.valueOf(
                Period.between(r.p().birthDate(), TODAY).getYears()))
            .col("Gesl.", SEX, r -> "V")
            // Postcodes typed as they come: without the space, in lower case.
            .col("PC", POSTCODE, r -> messyDutchPostcode(r.p().postcode(), r.rng()))
            .col("Woonpl.", CITY, r -> r.rng().nextBoolean() ? r.p().city()
                : r.p().city().toUpperCase(Locale.ROOT))
            .col("Datum 2017", CLINICAL_DATE, r -> roundDate(r, 2017))
            .graded("HPV 2017", TEST_RESULT, r -> roundHpv(r, 2017))
            .graded("Cyto 2017", TEST_RESULT, r -> roundPap(r, 2017))
            .col("Datum 2022", CLINICAL_DATE, r -> roundDate(r, 2022))
            .graded("HPV 2022", TEST_RESULT, r -> roundHpv(r, 2022))
            .graded("Cyto 2022", TEST_RESULT, r -> roundPap(r, 2022))
            // The repeat cytology after a positive HPV test with normal cytology.
            .graded("Cyto herh. 2023", TEST_RESULT, MessyLayouts::repeatPap)
            .col("HA", PROVIDER, r -> stablePick(r, "ha", List.of("dr. Kramer", "dr. Bosman",
                "mw. Hoekstra (HAO)", "dr. De Wit"))),
        // A mental-health service's waiting list kept in Excel: title and initials before the name,
        // sex typed four ways, postcode and town in one cell, intake staff's notes with the BSN and
        // the number to call.
        CsvLayout.of("nl-ggz-aanmeldingen-wachtlijst", NL).delimiter(',').people(100).ages(18, 80)
            .rows(1, 2)
            .col("Cliëntnr", RECORD_ID, r -> "C" + r.p().recordNumber())
            .col("Cliënt", PERSON_NAME, r -> (r.p().female() ? "Mw. " : "Dhr. ")
                + r.p().initials() + " " + r.p().fullFamily())
            .col("Geb.dat", BIRTH_DATE, r -> dutchDate(r.p().birthDate(), r.rng()))
            .col("BSN", NATIONAL_ID, r -> excelNumber(r.p().nationalId(), r.rng())).blank(6)
            .col("Gesl.", SEX, r -> pick(r.rng(), r.p().female() ? List.of("v", "V", "vrouw", "F")
                : List.of("m", "M", "man", "M")))
            // Postcode and town in one cell: the postcode is the finer of the two, POSTCODE.
            .col("PC + woonplaats", POSTCODE, r -> r.p().postcode() + " " + r.p().city())
            .col("Tel", PHONE, r -> excelNumber(dutchPhoneDigits(r.p().phone()), r.rng()))
            .col("Aanmelddatum", CLINICAL_DATE, r -> dutchDate(r.date(), r.rng()))
            .col("Verwijzer", PROVIDER, r -> "HA " + stablePick(r, "verw", List.of("Kramer",
                "Bosman", "Hoekstra", "De Wit", "Van Dam")))
            .graded("Hoofddiagnose", DIAGNOSIS, r -> {
              Clinical.Dx dx = Clinical.MENTAL.get(r.stable("dx", Clinical.MENTAL.size()));
              return new Cell(dx.icd() + " " + dx.dutch().toLowerCase(Locale.ROOT), dx.grade());
            })
            // Weeks waited: a count, OTHER.
            .col("Wachttijd [wkn]", OTHER, r -> String.valueOf(2 + r.rng().nextInt(30)))
            .col("Opmerkingen", FREE_TEXT, MessyLayouts::remarkIntake).blank(40)
            .col("Kolom1", OTHER, r -> ""),

        // ---------------------------------------------------------------- Belgium
        // A French-speaking lab's result file pasted into a spreadsheet: the NISS typed four ways,
        // NOM Prénom in one cell, French month names, results with the lab's advice after them and
        // a semicolon inside a quoted cell.
        CsvLayout.of("be-labo-frottis-export-tableur", BE).delimiter(';').windows1252().women()
            .ages(25, 64).people(85).rows(1, 3)
            .col("N° dossier", RECORD_ID, r -> "D" + r.p().recordNumber())
            .col("NISS", NATIONAL_ID, r -> messyNiss(r.p().nationalId(), r.rng())).blank(3)
            .col("NOM Prénom", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + " "
                + r.p().given())
            .col("Date naiss.", BIRTH_DATE, r -> frenchDate(r.p().birthDate(), r.rng()))
            .col("Adresse", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().postcode()
                + " " + r.p().city().toUpperCase(Locale.ROOT))
            .col("GSM", PHONE, r -> r.p().phone()).blank(15)
            .col("Date prélèvement", CLINICAL_DATE, r -> String.format(Locale.ROOT,
                "%02d/%02d/%d", r.date().getDayOfMonth(), r.date().getMonthValue(),
                r.date().getYear()))
            .graded("Résultat HPV", TEST_RESULT, r -> hpvFrenchTyped(r.s(), r.rng()))
            .graded("Cytologie", TEST_RESULT, r -> cytologyFrenchCommented(r.s(), r.rng()))
            .col("Médecin prescripteur", PROVIDER, r -> "Dr " + stablePick(r, "med",
                List.of("Lambert", "Dubois", "Mertens", "Leclercq", "Jacobs")))
            .col("Mutualité", OTHER, r -> stablePick(r, "mut", List.of("Solidaris",
                "Mutualité chrétienne", "Partenamut", "Mutualité libérale")))
            .col("N° affiliation", INSURANCE_ID, r -> r.p().insuranceNumber()).blank(10),
        // A Flemish pharmacy's dispensing export: the INSZ in any form, names as initials and family
        // name, prices with thousands separators and decimal commas. No result: grade NONE.
        CsvLayout.of("be-apotheek-afleveringen-export", BE).delimiter(';').people(80).ages(20, 90)
            .rows(1, 4).byDate()
            .col("INSZ", NATIONAL_ID, r -> messyNiss(r.p().nationalId(), r.rng()))
            .col("Naam", PERSON_NAME, r -> r.p().given().charAt(0) + ". " + r.p().family())
            .col("Geb.", BIRTH_DATE, r -> dutchDate(r.p().birthDate(), r.rng()))
            .col("Afleverdatum", CLINICAL_DATE, r -> String.format(Locale.ROOT, "%02d/%02d/%d",
                r.date().getDayOfMonth(), r.date().getMonthValue(), r.date().getYear()))
            .col("Product", MEDICATION, r -> r.med().european())
            // A medicine's national code (CNK): MEDICATION, as the European part decided.
            .col("CNK", MEDICATION, r -> String.format(Locale.ROOT, "%07d",
                Math.floorMod(r.med().rxnorm().hashCode(), 4_000_000) + 100_000))
            .col("Aantal", OTHER, r -> String.valueOf(1 + r.rng().nextInt(3)))
            .col("Remgeld (€)", OTHER, r -> euroAmount(r.rng(), 200_000))
            .col("Voorschrijver", PROVIDER, r -> "Dr. " + stablePick(r, "vs", List.of("Peeters",
                "Maes", "Claes", "Wouters")) + " (RIZIV 1-" + String.format(Locale.ROOT, "%05d",
                r.stable("riziv", 100_000)) + "-21-004)")
            .col("Ziekenfonds", OTHER, r -> stablePick(r, "zf", List.of("CM", "Solidaris",
                "Helan", "LM", "OZ")))
            .col("Aansluitingsnr.", INSURANCE_ID, r -> r.p().insuranceNumber()).blank(20),

        // ---------------------------------------------------------------- Germany
        // A gynaecology practice's export to a spreadsheet: "Name, Vorname", German month names,
        // the KVNR under its colloquial header, PLZ and town in one cell, Munich groups typed by
        // hand with follow-up advice, fees with thousands separators. Windows-1252.
        CsvLayout.of("de-praxis-vorsorge-tabelle", DE).delimiter(';').windows1252().women()
            .ages(20, 70).people(85).rows(1, 3)
            .col("Pat.-Nr.", RECORD_ID, r -> r.p().recordNumber())
            .col("Name, Vorname", PERSON_NAME, r -> (r.rng().nextInt(4) == 0
                ? r.p().family().toUpperCase(Locale.GERMAN) : r.p().family()) + ", "
                + r.p().given())
            .col("Geb.-Dat.", BIRTH_DATE, r -> germanDate(r.p().birthDate(), r.rng()))
            .col("Vers.-Nr.", NATIONAL_ID, r -> r.rng().nextInt(3) == 0
                ? r.p().nationalId().charAt(0) + " " + r.p().nationalId().substring(1, 5) + " "
                    + r.p().nationalId().substring(5)
                : r.p().nationalId()).blank(5)
            .col("Straße/Hausnr.", STREET_ADDRESS, r -> r.p().streetLine())
            // PLZ and town in one cell: the postcode is the finer of the two, POSTCODE.
            .col("PLZ Ort", POSTCODE, r -> r.p().postcode() + " " + r.p().city())
            .col("Tel. (priv.)", PHONE, r -> r.p().phone()).blank(25)
            .col("Unters.-Datum", CLINICAL_DATE, r -> String.format(Locale.ROOT, "%02d.%02d.%d",
                r.date().getDayOfMonth(), r.date().getMonthValue(), r.date().getYear()))
            .graded("HPV-Test", TEST_RESULT, r -> hpvGermanTyped(r.s(), r.rng()))
            .graded("Zytologie (Münchner III)", TEST_RESULT, r -> munichTyped(r.s(), r.rng()))
            .col("Bemerkung", FREE_TEXT, MessyLayouts::remarkGerman).blank(50)
            // A fee: financial, but no type covers it (the guide's costs row): OTHER.
            .col("Honorar (€)", OTHER, r -> euroAmount(r.rng(), 180_000))
            .col("Kasse", OTHER, r -> stablePick(r, "kasse", List.of("AOK", "TK", "Barmer",
                "DAK-Gesundheit", "IKK classic", "privat"))),

        // ---------------------------------------------------------------- France
        // A gynaecologist's spreadsheet: the NIR under "N° SS" printed in groups, the usual and the
        // birth name in one cell ("DUBOIS née MARTIN"), the whole address in one cell, HPV and
        // cytology in one result cell with the lab's comment.
        CsvLayout.of("fr-cabinet-gyneco-tableur-frottis", FR).delimiter(';').windows1252().women()
            .ages(25, 65).people(80).rows(1, 3).byDate()
            .col("N° SS", NATIONAL_ID, r -> r.rng().nextBoolean() ? groupedNir(r.p().nationalId())
                : r.p().nationalId()).blank(4)
            // Two family names in one cell (used and birth name): FAMILY_NAME, both are family names.
            .col("Nom (JF)", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.FRENCH)
                + (r.p().maiden().isEmpty() ? "" : " née " + r.p().maiden().toUpperCase(
                    Locale.FRENCH)))
            .col("Prénom", GIVEN_NAME, r -> r.p().given())
            .col("Né(e) le", BIRTH_DATE, r -> frenchDate(r.p().birthDate(), r.rng()))
            .col("Adresse complète", STREET_ADDRESS, r -> r.p().streetLine() + " "
                + r.p().postcode() + " " + r.p().city().toUpperCase(Locale.FRENCH))
            .col("Tél.", PHONE, r -> r.p().phone()).blank(10)
            .col("Mél", EMAIL, r -> r.p().email()).blank(55)
            .col("Date frottis", CLINICAL_DATE, r -> frenchDate(r.date(), r.rng()))
            .graded("Résultat", TEST_RESULT, r -> combinedFrench(r.s(), r.rng()))
            .col("Médecin traitant", PROVIDER, r -> "Dr " + stablePick(r, "mt", List.of(
                "Bernard", "Petit", "Durand", "Moreau", "Laurent")))
            .col("Commentaire", FREE_TEXT, MessyLayouts::remarkFrench).blank(50),

        // ---------------------------------------------------------------- United Kingdom
        // A practice's smear audit sheet: NHS numbers typed three ways, "SURNAME/Forename", dates of
        // birth typed four ways, home and mobile numbers, one result cell in the practice's
        // shorthand (hrHPV +ve, NAD, borderline), the nurse who took the sample.
        CsvLayout.of("uk-practice-smear-audit-sheet", UK).delimiter(',').crlf().women()
            .ages(25, 64).people(100).rows(1, 2)
            .col("NHS No.", NATIONAL_ID, r -> messyNhs(r.p().nationalId(), r.rng())).blank(3)
            .col("Surname/Forename", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.UK)
                + "/" + r.p().given())
            .col("D.O.B.", BIRTH_DATE, r -> englishDate(r.p().birthDate(), r.rng()))
            .col("Address", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().city() + " "
                + r.p().postcode())
            .col("Tel (h)", PHONE, r -> String.format(Locale.ROOT, "0113 496 0%03d",
                r.p().id() * 13 % 1000)).blank(50)
            .col("Tel (m)", PHONE, MessyLayouts::mobile).blank(10)
            .col("Smear date", CLINICAL_DATE, r -> String.format(Locale.ROOT, "%02d/%02d/%d",
                r.date().getDayOfMonth(), r.date().getMonthValue(), r.date().getYear()))
            .graded("Result", TEST_RESULT, r -> resultEnglishShorthand(r.s(), r.rng()))
            // The recall interval in months: a schedule, OTHER, as the NHS action code.
            .col("Recall (mths)", OTHER, r -> r.s().grade() == NORMAL ? "60"
                : r.s().grade() == UNSATISFACTORY ? "3" : "12")
            .col("GP", PROVIDER, r -> "Dr " + stablePick(r, "gp", List.of("A. Patel",
                "S. Hughes", "R. Okafor", "J. Lewis")))
            // The nurse who took the sample treats the woman: PROVIDER.
            .col("Sample taker", PROVIDER, r -> pick(r.rng(), List.of("PN J. Hughes",
                "PN K. Evans", "HCA L. Shaw")))
            .col("Notes", FREE_TEXT, MessyLayouts::remarkEnglish).blank(50),

        // ---------------------------------------------------------------- United States
        // A clinic's roster exported from a spreadsheet: "DOE, JANE M", SSN with and without
        // dashes, the e-mail as "Name <address>", the whole address in one cell, legacy Bethesda
        // (WNL, AGUS) and case variants, a balance in dollars.
        CsvLayout.of("us-clinic-pap-roster-excel", US).delimiter(',').women().ages(21, 65)
            .people(90).rows(1, 3).byDate()
            .col("MRN", RECORD_ID, r -> "'00" + r.p().recordNumber())
            .col("Patient Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.US) + ", "
                + r.p().given().toUpperCase(Locale.US) + (r.p().middle().isEmpty() ? ""
                    : " " + r.p().middle().charAt(0)))
            .col("DOB", BIRTH_DATE, r -> americanDate(r.p().birthDate(), r.rng()))
            .col("SSN", NATIONAL_ID, r -> r.rng().nextBoolean() ? r.p().nationalId()
                : r.p().nationalId().replace("-", "")).blank(10)
            // A mailbox with its display name: the address is what reaches her, EMAIL.
            .col("Contact", EMAIL, r -> r.p().given() + " " + r.p().family() + " <"
                + r.p().email() + ">").blank(30)
            .col("Address", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().city() + ", "
                + usState(r.p().region()) + " " + r.p().postcode())
            .col("Phone", PHONE, r -> "(" + r.p().phone().substring(0, 3) + ") "
                + r.p().phone().substring(4))
            .col("Visit Date", CLINICAL_DATE, r -> r.date().getMonthValue() + "/"
                + r.date().getDayOfMonth() + "/" + r.date().getYear())
            .graded("Pap", TEST_RESULT, r -> bethesdaTyped(r.s().pap(), r.rng()))
            .graded("HPV", TEST_RESULT, r -> hpvAmericanTyped(r.s(), r.rng()))
            .col("Ins. ID", INSURANCE_ID, r -> r.p().insuranceNumber()).blank(15)
            .col("Balance", OTHER, r -> "$" + String.format(Locale.US, "%,.2f",
                r.rng().nextInt(250_000) / 100.0))
            .col("Provider", PROVIDER, r -> stablePick(r, "prov", List.of("Smith, John MD",
                "Nguyen, Linh NP", "Garcia, Ana MD", "Brown, Kevin DO"))),

        // ---------------------------------------------------------------- Ireland
        // A GP practice's smear log: PPSN in upper or lower case, with or without a space before the
        // check letter, "Ms" before the name, the address with county and Eircode in one cell, one
        // result cell joining HPV and cytology with the next step. Windows-1252 with fadas.
        CsvLayout.of("ie-gp-practice-smear-log", IE).delimiter(',').windows1252().women()
            .ages(25, 65).people(80).rows(1, 2)
            .col("PPSN", NATIONAL_ID, r -> messyPpsn(r.p().nationalId(), r.rng())).blank(5)
            // A title before the name stays in the name's cell: PERSON_NAME.
            .col("Name", PERSON_NAME, r -> (r.rng().nextBoolean() ? "Ms " : "") + r.p().given()
                + " " + r.p().family())
            .col("DOB", BIRTH_DATE, r -> englishDate(r.p().birthDate(), r.rng()))
            .col("Address", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().city() + ", "
                + r.p().region() + ", " + r.p().postcode())
            .col("Mob.", PHONE, MessyLayouts::mobile).blank(10)
            .col("Test date", CLINICAL_DATE, r -> englishDate(r.date(), r.rng()))
            .graded("Result", TEST_RESULT, r -> resultIrishShorthand(r.s(), r.rng()))
            .col("GMS No.", INSURANCE_ID, r -> r.p().insuranceNumber()).blank(45)
            .col("Comments", FREE_TEXT, MessyLayouts::remarkEnglish).blank(55));
  }

  // ------------------------------------------------------------------------------- people

  /** {@code Jansen, A.B. (geb. Visser)}: the used name, initials, and the birth name if any. */
  private static String dutchNameWithBirthName(Row r) {
    Person p = r.p();
    return p.fullFamily() + ", " + p.initials()
        + (p.maiden().isEmpty() ? "" : " (geb. " + p.maiden() + ")");
  }

  /** A Dutch mobile number as digits only, the way it is typed into a cell: {@code 0612345678}. */
  private static String dutchPhoneDigits(String phone) {
    String digits = phone.replaceAll("[^0-9]", "");
    return digits.startsWith("31") ? "0" + digits.substring(2) : digits;
  }

  /** A number typed into Excel: now and then with the apostrophe that keeps its leading zero. */
  private static String excelNumber(String digits, Random rng) {
    return rng.nextInt(3) == 0 ? "'" + digits : digits;
  }

  private static String messyDutchPostcode(String postcode, Random rng) {
    return switch (rng.nextInt(4)) {
      case 0 -> postcode.replace(" ", "");
      case 1 -> postcode.toLowerCase(Locale.ROOT);
      default -> postcode;
    };
  }

  /** The Belgian national number as people type it: bare, dotted, dashed, or after Excel's apostrophe. */
  private static String messyNiss(String n, Random rng) {
    return switch (rng.nextInt(4)) {
      case 0 -> n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "-"
          + n.substring(6, 9) + "." + n.substring(9);
      case 1 -> n.substring(0, 6) + "-" + n.substring(6, 9) + "-" + n.substring(9);
      case 2 -> "'" + n;
      default -> n;
    };
  }

  /** A NIR in the groups of the carte Vitale: {@code 2 75 03 75 123 456 78}. */
  private static String groupedNir(String n) {
    return n.charAt(0) + " " + n.substring(1, 3) + " " + n.substring(3, 5) + " "
        + n.substring(5, 7) + " " + n.substring(7, 10) + " " + n.substring(10, 13) + " "
        + n.substring(13);
  }

  private static String messyNhs(String n, Random rng) {
    return switch (rng.nextInt(3)) {
      case 0 -> n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
      case 1 -> n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6);
      default -> n;
    };
  }

  private static String messyPpsn(String n, Random rng) {
    return switch (rng.nextInt(3)) {
      case 0 -> n.toLowerCase(Locale.ROOT);
      case 1 -> n.substring(0, 7) + " " + n.substring(7);
      default -> n;
    };
  }

  /** The state as an address line abbreviates it (the generator's US people live in one state). */
  private static String usState(String region) {
    return region.equals("Massachusetts") ? "MA" : region;
  }

  // ------------------------------------------------------------------------------- dates

  /** A date the way a Dutch hand types it: {@code 12-3-1975}, {@code 12 mrt 1975}, ISO, or padded. */
  private static String dutchDate(LocalDate d, Random rng) {
    return switch (rng.nextInt(4)) {
      case 0 -> d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear();
      case 1 -> d.getDayOfMonth() + " " + DUTCH_MONTHS.get(d.getMonthValue() - 1) + " "
          + d.getYear();
      case 2 -> d.toString();
      default -> String.format(Locale.ROOT, "%02d-%02d-%d", d.getDayOfMonth(), d.getMonthValue(),
          d.getYear());
    };
  }

  private static String germanDate(LocalDate d, Random rng) {
    return switch (rng.nextInt(4)) {
      case 0 -> d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear();
      case 1 -> d.getDayOfMonth() + ". " + GERMAN_MONTHS.get(d.getMonthValue() - 1) + " "
          + d.getYear();
      case 2 -> d.toString();
      default -> String.format(Locale.ROOT, "%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(),
          d.getYear());
    };
  }

  private static String frenchDate(LocalDate d, Random rng) {
    return switch (rng.nextInt(3)) {
      case 0 -> (d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth())) + " "
          + FRENCH_MONTHS.get(d.getMonthValue() - 1) + " " + d.getYear();
      default -> String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(),
          d.getYear());
    };
  }

  private static String englishDate(LocalDate d, Random rng) {
    return switch (rng.nextInt(4)) {
      case 0 -> d.getDayOfMonth() + " " + ENGLISH_MONTHS.get(d.getMonthValue() - 1) + " "
          + d.getYear();
      case 1 -> String.format(Locale.ROOT, "%02d-%s-%d", d.getDayOfMonth(),
          ENGLISH_MONTHS.get(d.getMonthValue() - 1), d.getYear());
      case 2 -> d.toString();
      default -> String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(),
          d.getYear());
    };
  }

  private static String americanDate(LocalDate d, Random rng) {
    return switch (rng.nextInt(4)) {
      case 0 -> d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
      case 1 -> ENGLISH_MONTHS.get(d.getMonthValue() - 1) + " " + d.getDayOfMonth() + ", "
          + d.getYear();
      case 2 -> d.toString();
      default -> String.format(Locale.ROOT, "%02d/%02d/%d", d.getMonthValue(), d.getDayOfMonth(),
          d.getYear());
    };
  }

  // ------------------------------------------------------------------------------- results

  /** hrHPV typed by hand in Dutch: case variants, abbreviations, {@code hrHPV+}, a lab comment. */
  private static Cell hpvDutchTyped(Screening s, Random rng) {
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell(pick(rng, List.of("Negatief", "NEGATIEF", "neg.", "neg",
          "hrHPV neg", "negatief.")), NORMAL);
      case POSITIVE -> new Cell(pick(rng, List.of("Positief", "POS", "pos.", "hrHPV+",
          "HPV positief, zie cytologie", "pos (" + (s.genotype().equals("other") ? "overig"
              : "HPV " + s.genotype()) + ")")), ABNORMAL_LOW_GRADE);
      case UNSATISFACTORY -> new Cell(pick(rng, List.of("onbeoordeelbaar",
          "Onbeoordeelbaar - herhalen", "niet beoord.")), UNSATISFACTORY);
    };
  }

  /** A Dutch Pap class typed by hand: {@code pap2}, {@code PAP 3A2}, legacy {@code Pap III-a2}. */
  private static Cell papDutchTyped(String pap, Random rng) {
    if (pap.isEmpty()) {
      return Cell.of("");
    }
    String text = switch (rng.nextInt(5)) {
      case 0 -> "pap" + pap;
      case 1 -> "PAP " + pap.toUpperCase(Locale.ROOT);
      case 2 -> "Pap " + romanPap(pap);
      case 3 -> "Pap " + pap + (pap.equals("1") ? " (geen afwijkingen)" : ", herh. over 6 mnd");
      default -> "Pap " + pap;
    };
    return new Cell(text, Screening.papGrade(pap));
  }

  /** The Roman notation of a Dutch Pap class, as older reports and older hands write it. */
  private static String romanPap(String pap) {
    return switch (pap) {
      case "0" -> "0";
      case "1" -> "I";
      case "2" -> "II";
      case "3a1" -> "III-a1";
      case "3a2" -> "III-a2";
      case "3b" -> "IIIb";
      case "4" -> "IV";
      case "5" -> "V";
      default -> pap;
    };
  }

  /** The woman's screening in a round, or none when she did not come (a quarter stays away). */
  private static Screening round(Row r, int year) {
    Random g = new Random(mix((r.p().uuid() + "round" + year).hashCode()));
    return g.nextInt(4) == 0 ? null : Screening.draw(g);
  }

  private static String roundDate(Row r, int year) {
    if (round(r, year) == null) {
      return "";
    }
    LocalDate d = LocalDate.of(year, 1, 1).plusDays(r.stable("day" + year, 360));
    return r.fmt(d);
  }

  private static Cell roundHpv(Row r, int year) {
    Screening s = round(r, year);
    return s == null ? Cell.of("") : hpvDutchTyped(s, r.rng());
  }

  private static Cell roundPap(Row r, int year) {
    Screening s = round(r, year);
    return s == null ? Cell.of("") : papDutchTyped(s.pap(), r.rng());
  }

  /** The repeat cytology a year after a positive HPV test whose cytology was normal. */
  private static Cell repeatPap(Row r) {
    Screening s = round(r, 2022);
    if (s == null || s.hpv() != Screening.Hpv.POSITIVE || !s.pap().equals("1")) {
      return Cell.of("");
    }
    String pap = List.of("1", "1", "1", "2", "3a1", "3a2", "3b")
        .get(r.stable("repeat", 7));
    return papDutchTyped(pap, r.rng());
  }

  private static Cell hpvFrenchTyped(Screening s, Random rng) {
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell(pick(rng, List.of("Négatif", "NEGATIF", "nég.", "HPV HR nég")),
          NORMAL);
      case POSITIVE -> new Cell(pick(rng, List.of("Positif", "POSITIF HPV "
              + (s.genotype().equals("other") ? "autres HR" : s.genotype()),
          "HPV positif, voir cytologie", "hrHPV+")), ABNORMAL_LOW_GRADE);
      case UNSATISFACTORY -> new Cell(pick(rng, List.of("Ininterprétable",
          "non interprétable - à refaire")), UNSATISFACTORY);
    };
  }

  /** Bethesda in French, in any case, with the lab's advice after a semicolon or dash. */
  private static Cell cytologyFrenchCommented(Screening s, Random rng) {
    if (!s.hasCytology()) {
      return Cell.of("");
    }
    String words = s.bethesdaFrench(rng);
    if (rng.nextInt(4) == 0) {
      words = words.toLowerCase(Locale.FRENCH);
    }
    String advice = switch (s.papGrade()) {
      case NORMAL -> pick(rng, List.of("", "; contrôle HPV à 1 an"));
      case UNSATISFACTORY -> "; à refaire dans 3 mois";
      default -> pick(rng, List.of("; colposcopie conseillée", " - colposcopie", ""));
    };
    return new Cell(words + advice, s.papGrade());
  }

  /** HPV and cytology in one cell, as a French report's conclusion copied by hand. */
  private static Cell combinedFrench(Screening s, Random rng) {
    String hpv = s.hpvFrench(rng);
    if (!s.hasCytology()) {
      return new Cell(hpv, s.hpvGrade());
    }
    return new Cell(hpv + " / " + s.bethesdaFrench(rng)
        + (s.papGrade() == NORMAL ? "" : pick(rng, List.of(" (contrôle)", " -> colposcopie",
            ""))), s.grade());
  }

  private static Cell hpvGermanTyped(Screening s, Random rng) {
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell(pick(rng, List.of("neg.", "NEGATIV", "negativ", "HR-HPV neg")),
          NORMAL);
      case POSITIVE -> new Cell(pick(rng, List.of("pos.", "POSITIV", "hr-HPV positiv"
          + (s.genotype().equals("other") ? "" : " (Typ " + s.genotype() + ")"),
          "HPV pos., s. Zytologie")), ABNORMAL_LOW_GRADE);
      case UNSATISFACTORY -> new Cell(pick(rng, List.of("nicht beurteilbar", "n. beurteilbar")),
          UNSATISFACTORY);
    };
  }

  /** Munich III groups typed by hand: case variants, {@code Gr.} for Pap, follow-up advice. */
  private static Cell munichTyped(Screening s, Random rng) {
    if (!s.hasCytology()) {
      return Cell.of("");
    }
    String group = s.papMunich().substring("Pap ".length());
    String text = switch (rng.nextInt(4)) {
      case 0 -> "PAP " + group;
      case 1 -> "Gr. " + group;
      case 2 -> "Pap " + group + (s.papMunichGrade() == NORMAL ? "" : ", Kontrolle in 3 Mon.");
      default -> "Pap " + group;
    };
    return new Cell(text, s.papMunichGrade());
  }

  /** One UK practice's shorthand: HPV first, then the cytology when it was done; NAD for none. */
  private static Cell resultEnglishShorthand(Screening s, Random rng) {
    String hpv = switch (s.hpv()) {
      case NEGATIVE -> pick(rng, List.of("hrHPV neg", "HPV NEGATIVE", "hpv -ve"));
      case POSITIVE -> pick(rng, List.of("hrHPV +ve", "HPV POSITIVE", "hpv pos"));
      case UNSATISFACTORY -> pick(rng, List.of("Inadequate", "INADEQUATE - repeat 3/12"));
    };
    if (!s.hasCytology()) {
      return new Cell(hpv, s.hpvGrade());
    }
    String cyto = switch (s.pap()) {
      case "0" -> "inadequate";
      case "1" -> pick(rng, List.of("NAD", "no abnormal cells"));
      case "2" -> pick(rng, List.of("borderline", "BORDERLINE CHANGES"));
      case "3a1" -> pick(rng, List.of("low grade", "LOW-GRADE DYSKARYOSIS"));
      case "3a2" -> pick(rng, List.of("high grade (moderate)", "HG mod dysk"));
      case "3b", "4" -> pick(rng, List.of("high grade (severe)", "High-grade dyskaryosis (severe)"));
      default -> "?invasive squamous carcinoma";
    };
    return new Cell(hpv + pick(rng, List.of(", cyto: ", " / ", " - ")) + cyto, s.grade());
  }

  private static Cell resultIrishShorthand(Screening s, Random rng) {
    String hpv = switch (s.hpv()) {
      case NEGATIVE -> pick(rng, List.of("HPV not detected", "hpv not detected", "HPV neg"));
      case POSITIVE -> pick(rng, List.of("HPV detected", "HPV DETECTED", "hpv detected"))
          + (s.genotype().equals("other") ? "" : " (" + s.genotype() + ")");
      case UNSATISFACTORY -> "Inadequate - repeat in 3 months";
    };
    if (!s.hasCytology()) {
      return new Cell(hpv, s.hpvGrade());
    }
    String cyto = switch (s.pap()) {
      case "0" -> "inadequate";
      case "1" -> pick(rng, List.of("NAD", "NILM"));
      case "2" -> "ASCUS";
      case "3a1" -> "LSIL";
      case "3a2" -> "ASC-H, refer colp";
      case "3b", "4" -> "HSIL, refer colp";
      default -> "?SCC, urgent colp";
    };
    return new Cell(hpv + pick(rng, List.of(" - cytology: ", ", cyto ", "; ")) + cyto, s.grade());
  }

  /** Bethesda as an American clinic types it, with the older terms (WNL, AGUS) still in use. */
  private static Cell bethesdaTyped(String pap, Random rng) {
    String text = switch (pap) {
      case "" -> "";
      case "0" -> pick(rng, List.of("Unsat", "UNSATISFACTORY"));
      case "1" -> pick(rng, List.of("NILM", "nilm", "WNL", "Neg for IL/M"));
      case "2" -> pick(rng, List.of("ASCUS", "ASC-US", "asc-us"));
      case "3a1" -> pick(rng, List.of("LSIL", "lsil (CIN1)"));
      case "3a2" -> pick(rng, List.of("ASC-H", "asc-h"));
      case "3b" -> pick(rng, List.of("HSIL", "hsil"));
      case "4" -> pick(rng, List.of("AGC", "AGUS"));
      default -> pick(rng, List.of("SCC", "Squamous cell ca"));
    };
    return text.isEmpty() ? Cell.of("") : new Cell(text, Screening.papGrade(pap));
  }

  private static Cell hpvAmericanTyped(Screening s, Random rng) {
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell(pick(rng, List.of("neg", "NEG", "Negative")), NORMAL);
      case POSITIVE -> new Cell(pick(rng, List.of("POS", "HR HPV DETECTED",
          s.genotype().equals("other") ? "Pos (other HR)" : "positive " + s.genotype())),
          ABNORMAL_LOW_GRADE);
      case UNSATISFACTORY -> new Cell(pick(rng, List.of("QNS", "Insufficient")), UNSATISFACTORY);
    };
  }

  // ------------------------------------------------------------------------------- free text

  /** A practice assistant's remark: none states a result; some embed the phone or the BSN. */
  private static String remarkDutch(Row r) {
    return switch (r.rng().nextInt(5)) {
      case 0 -> "pt. belt terug, anders bellen op " + r.p().phone();
      case 1 -> "BSN " + r.p().nationalId() + " gecontroleerd (ID-kaart)";
      case 2 -> "herinnering verstuurd";
      case 3 -> "wil uitslag per post; adres gewijzigd";
      default -> "afspraak verzet ivm vakantie";
    };
  }

  private static String remarkIntake(Row r) {
    return switch (r.rng().nextInt(4)) {
      case 0 -> "Bsn " + r.p().nationalId() + " nog niet geverifieerd";
      case 1 -> "Graag 's middags bellen: " + r.p().phone();
      case 2 -> "Verwijsbrief ontbreekt, opgevraagd bij HA";
      default -> "Voorkeur vrouwelijke behandelaar";
    };
  }

  private static String remarkGerman(Row r) {
    return switch (r.rng().nextInt(4)) {
      case 0 -> "Pat. bittet um Rückruf unter " + r.p().phone();
      case 1 -> "Befund telefonisch mitgeteilt";
      case 2 -> "Adresse geändert; neue Karte eingelesen";
      default -> "Termin verschoben (Urlaub)";
    };
  }

  private static String remarkFrench(Row r) {
    return switch (r.rng().nextInt(4)) {
      case 0 -> "rappeler au " + r.p().phone();
      case 1 -> "courrier envoyé; patiente prévenue";
      case 2 -> "carte Vitale " + groupedNir(r.p().nationalId()) + " vérifiée";
      default -> "RDV reporté";
    };
  }

  private static String remarkEnglish(Row r) {
    return switch (r.rng().nextInt(4)) {
      case 0 -> "DNA x2, letter sent";
      case 1 -> "pt prefers female clinician";
      case 2 -> "call on " + mobile(r) + " after 5pm";
      default -> "moved address, records requested";
    };
  }

  // ------------------------------------------------------------------------------- helpers

  /** An amount in euros with a thousands point and a decimal comma: {@code 1.234,50}. */
  private static String euroAmount(Random rng, int maxCents) {
    int cents = 100 + rng.nextInt(maxCents);
    return String.format(Locale.GERMANY, "%,.2f", cents / 100.0);
  }

  private static String pick(Random rng, List<String> from) {
    return Country.pick(rng, from);
  }

  /**
   * A British or Irish mobile number in the reserved drama range, one per person: the range holds
   * only a thousand (UK) or ten thousand (IE) numbers, so the person's own number is drawn from her
   * handle rather than at random, and no two women of a file share one.
   */
  private static String mobile(Row r) {
    int id = r.p().id();
    boolean international = Math.floorMod((r.p().uuid() + "intl").hashCode(), 3) == 0;
    return r.p().country() == UK
        ? String.format(Locale.ROOT, international ? "+44 7700 900%03d" : "07700 900%03d",
            id * 7 % 1000)
        : String.format(Locale.ROOT, international ? "+353 87 555 %04d" : "087 555 %04d",
            id * 37 % 10_000);
  }

  /** Spreads a string's hash over a seed's bits: {@link Random}'s first draws from near seeds agree. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }


  private static String stablePick(Row r, String salt, List<String> from) {
    return from.get(r.stable(salt, from.size()));
  }
}
