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

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The systems part of the corpus (issue 17): eleven CSV layouts after the report and export formats
 * of the information systems labs, GPs and hospitals run, in the corpus's first seven countries,
 * written by someone who has read neither the classifier nor any of its figures. Dutch GP journal
 * lines (SOEP with ICPC), a Dutch hospital's care-trajectory report, a Dutch LIS order export with
 * ZorgDomein references, an Epic Reporting Workbench result list, a Cerner Discern Explorer lab
 * extract, a US reference lab's results file, an EMIS Web population search report, a German
 * gynaecology practice's patient export, a French LIS export in the HPRIM way, a Belgian hospital's
 * lab results and an Irish Healthlink lab message flattened.
 *
 * <p>Each row is one result, journal line or care event; which test a row holds is drawn from the
 * row's sample, so that its columns agree. The truth follows {@code docs/evaluation.md}'s labelling
 * guide; where it names no row, the comment says which row decided, and the guide's "The systems
 * part" lists the decision. {@link Corpus} does not write these layouts: the lead wires them in.
 */
final class SystemLayouts {
  private SystemLayouts() {}

  static List<CsvLayout> all() {
    return List.of(
        // ---------------------------------------------------------------- The Netherlands
        // A GP system's journal export (Medicom-like): one SOEP line per row, each carrying the
        // ICPC of its contact's episode; U lines hold a determination and its result.
        CsvLayout.of("nl-his-journaal-soep", NL).delimiter(';').windows1252()
            .dates("dd-MM-yyyy").people(70).ages(18, 80).rows(2, 5).byDate()
            .col("Patnr", RECORD_ID, r -> r.p().recordNumber())
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(6)
            .col("Patiëntnaam", PERSON_NAME, r -> r.p().fullFamily() + ", " + r.p().initials())
            .col("Geb.datum", BIRTH_DATE, Row::birth)
            .col("Geslacht", SEX, r -> r.p().female() ? "V" : "M")
            .col("Datum", CLINICAL_DATE, Row::when)
            // The SOEP letter says which part of the note a line is: a category, OTHER.
            .col("Regel", OTHER, SystemLayouts::soep)
            .graded("ICPC", DIAGNOSIS, r -> new Cell(journalIcpc(r)[0], journalIcpcGrade(r)))
            // The note names the episode on E lines, graded by the ICPC beside it.
            .graded("Tekst", FREE_TEXT, r -> new Cell(journalText(r),
                soep(r).equals("E") ? journalIcpcGrade(r) : ResultGrade.NONE))
            .col("Bepaling", TEST_TYPE, r -> soep(r).equals("U") ? dutchName(r) : "")
            .graded("Uitslag", TEST_RESULT, r -> soep(r).equals("U") ? resultDutch(r)
                : Cell.of(""))
            .col("Arts", PROVIDER, r -> List.of("J. Visser, huisarts", "M. Bos, huisarts",
                "waarnemer K. Smit").get(fixed(r, "arts", 3))),
        // A hospital's (HiX-like) report of gynaecology care trajectories: diagnosis from the
        // diagnosis thesaurus with its ICD-10, the procedure done, the pathology conclusion.
        CsvLayout.of("nl-hix-zorgtrajecten-gynaecologie", NL).delimiter(';').bom()
            .dates("dd-MM-yyyy").women().ages(25, 70).people(90).rows(1, 3)
            .col("Patiëntnummer", RECORD_ID, r -> r.p().recordNumber())
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
            // The sort form of a Dutch name, prefix after the comma: still the family name.
            .col("Achternaam", FAMILY_NAME, r -> r.p().prefix().isEmpty() ? r.p().family()
                : r.p().family() + ", " + r.p().prefix())
            .col("Voorletters", INITIALS, r -> r.p().initials())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Woonplaats", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
            .col("Specialisme", OTHER, r -> "GYN")
            .col("Zorgtrajectnummer", RECORD_ID, r -> "ZT" + r.sample().substring(1))
            .graded("Diagnose", DIAGNOSIS, r -> new Cell(gynDx(r).dutch(), gynDx(r).grade()))
            .graded("ICD-10", DIAGNOSIS, r -> new Cell(gynDx(r).icd(), gynDx(r).grade()))
            .col("Openingsdatum", CLINICAL_DATE, Row::when)
            .col("Sluitingsdatum", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(120)))
            .blank(35)
            .col("Verrichting", PROCEDURE, r -> gynProc(r))
            .col("Verrichtingsdatum", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(
                7 + fixed(r, "verr", 40))))
            .graded("PA-conclusie", DIAGNOSIS, r -> biopsied(r)
                ? new Cell("Cervix, biopt: " + r.histology().dutch, r.histology().grade)
                : Cell.of(""))
            .col("Hoofdbehandelaar", PROVIDER, r -> List.of("dr. A. Kramer", "dr. P. Bosman",
                "drs. L. Meijer").get(r.stable("hb", 3)))
            .col("Verwijzer", PROVIDER, r -> "Huisarts " + List.of("Dekker", "Prins", "Kok",
                "Postma").get(r.stable("verw", 4))),
        // A lab's LIS order/result export (GLIMS-like): pipe, yyyyMMdd, an order number and the
        // ZorgDomein reference of the request, one row per test.
        CsvLayout.of("nl-lis-orders-zorgdomein", NL).delimiter('|').dates("yyyyMMdd")
            .people(100).ages(18, 70).rows(1, 4).byDate()
            .col("ORDERNR", RECORD_ID, r -> "G" + (r.date().getYear() % 100) + r.sample()
                .substring(1))
            // A request's reference in the referral system identifies a record of one
            // organisation: RECORD_ID.
            .col("ZORGDOMEIN_ID", RECORD_ID, r -> "ZD" + new StringBuilder(r.sample().substring(1))
                .reverse()).blank(40)
            .col("PAT_BSN", NATIONAL_ID, r -> r.p().nationalId())
            .col("PAT_ACHTERNAAM", FAMILY_NAME, r -> r.p().family())
            .col("PAT_VOORVOEGSEL", FAMILY_NAME, r -> r.p().prefix())
            .col("PAT_VOORLETTERS", INITIALS, r -> r.p().initials().replace(".", ""))
            .col("PAT_GEBDAT", BIRTH_DATE, Row::birth)
            .col("PAT_GESLACHT", SEX, r -> r.p().female() ? "V" : "M")
            .col("PAT_POSTCODE", POSTCODE, r -> r.p().postcode().replace(" ", ""))
            .col("PAT_HUISNR", HOUSE_NUMBER, r -> r.p().houseNumber() + r.p().houseSuffix())
            .col("AANVR_AGB", PROVIDER, r -> "01" + String.format(Locale.ROOT, "%06d",
                100_000 + r.stable("agb", 900_000)))
            .col("AANVR_NAAM", PROVIDER, r -> "Huisartsenpraktijk " + List.of("De Akker",
                "Centrum", "Het Kompas", "Bergweide").get(r.stable("praktijk", 4)))
            .col("AFNAME_DT", CLINICAL_DATE, r -> r.when() + String.format(Locale.ROOT,
                "%02d%02d", 8 + fixed(r, "uur", 9), fixed(r, "min", 60)))
            .col("MATERIAAL", TEST_TYPE, r -> test(r).material)
            .col("TESTCODE", TEST_TYPE, r -> test(r) == Test.LAB ? lab(r).code() : test(r).code)
            .col("TESTNAAM", TEST_TYPE, SystemLayouts::dutchName)
            .graded("UITSLAG", TEST_RESULT, SystemLayouts::resultDutch)
            .col("EENHEID", OTHER, r -> test(r) == Test.LAB ? lab(r).unit() : "")
            .col("REF", OTHER, r -> test(r) == Test.LAB ? lab(r).range() : "")
            .graded("VLAG", TEST_RESULT, r -> flag(r, "H", "L", "*"))
            .col("STATUS", OTHER, r -> "DEF")
            .col("VALIDATIE_DT", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(1
                + fixed(r, "val", 6)))),

        // ---------------------------------------------------------------- United States
        // An Epic Reporting Workbench result report exported to CSV: the name as LAST,FIRST M, the
        // age as Epic prints it, one row per component.
        CsvLayout.of("us-epic-rwb-results", US).delimiter(',').dates("MM/dd/yyyy").women()
            .ages(21, 65).people(90).rows(1, 4)
            .col("MRN", RECORD_ID, r -> "E" + r.p().recordNumber())
            .col("Patient Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ","
                + r.p().given().toUpperCase(Locale.ROOT)
                + (r.p().middle().isEmpty() ? "" : " " + r.p().middle().charAt(0)))
            .col("DOB", BIRTH_DATE, Row::birth)
            .col("Age", AGE, r -> age(r) + " y.o.")
            .col("Sex", SEX, r -> "Female")
            .col("PCP", PROVIDER, r -> List.of("WONG, DAVID, MD", "PATEL, RINA, DO",
                "OKAFOR, GRACE, NP").get(r.stable("pcp", 3)))
            .col("Order ID", RECORD_ID, r -> "4" + r.sample().substring(1))
            .col("Procedure", TEST_TYPE, r -> test(r) == Test.LAB ? labPanel(r)[1]
                : test(r).epicProcedure)
            .col("Component", TEST_TYPE, r -> test(r) == Test.LAB ? lab(r).english()
                : test(r).english)
            .graded("Result", TEST_RESULT, SystemLayouts::resultEnglish)
            .col("Ref Range", OTHER, r -> test(r) == Test.LAB ? lab(r).usRange()
                : test(r) == Test.HPV || test(r) == Test.STI ? "Negative" : "")
            .graded("Abnormal?", TEST_RESULT, r -> flag(r, "Y", "Y", "Y"))
            .col("Result Date", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(2
                + fixed(r, "res", 5))) + " " + (1 + fixed(r, "h", 12)) + ":"
                + String.format(Locale.ROOT, "%02d", fixed(r, "m", 60))
                + (fixed(r, "ampm", 2) == 0 ? " AM" : " PM"))
            .col("Resulting Lab", OTHER, r -> switch (test(r)) {
              case LAB -> "HOSPITAL CORE LAB";
              case CYTO -> "REGIONAL CYTOLOGY LAB";
              default -> "REGIONAL MOLECULAR LAB";
            })
            .col("Authorizing Provider", PROVIDER, r -> List.of("NGUYEN, ANNA, MD",
                "BROOKS, LAURA, CNM", "WONG, DAVID, MD").get(fixed(r, "auth", 3))),
        // A Cerner (Oracle Health) Discern Explorer lab extract: CCL column names, dates in
        // capitals, inpatient chemistry, pregnancy and infection serology; no cervical result.
        CsvLayout.of("us-cerner-discern-lab-extract", US).delimiter(',').quoteAll().crlf()
            .dates("dd-MMM-yyyy").people(80).ages(18, 85).rows(1, 4).byDate()
            .col("PERSON_ID", RECORD_ID, r -> "1" + r.p().recordNumber() + "0")
            .col("MRN", RECORD_ID, r -> "00" + r.p().recordNumber())
            .col("FIN", RECORD_ID, r -> "7" + r.sample().substring(2) + "1")
            .col("NAME_FULL_FORMATTED", PERSON_NAME, r -> (r.p().family() + ", " + r.p().given()
                + (r.p().middle().isEmpty() ? "" : " " + r.p().middle().charAt(0)))
                .toUpperCase(Locale.ROOT))
            .col("BIRTH_DT_TM", BIRTH_DATE, r -> r.birth().toUpperCase(Locale.ROOT) + " 00:00")
            .col("SEX_CD_DISP", SEX, r -> r.p().female() ? "Female" : "Male")
            .col("SSN", NATIONAL_ID, r -> r.p().nationalId()).blank(25)
            .col("ACCESSION_NBR", RECORD_ID, r -> "000002" + (r.date().getYear() % 100)
                + "0" + r.sample().substring(1))
            .col("ORDER_MNEMONIC", TEST_TYPE, r -> cerner(r)[0])
            .col("EVENT_CD_DISP", TEST_TYPE, r -> cerner(r)[1])
            .graded("RESULT_VAL", TEST_RESULT, r -> new Cell(cerner(r)[2], UNGRADED))
            .col("RESULT_UNITS_CD_DISP", OTHER, r -> cerner(r)[3])
            .col("NORMAL_LOW", OTHER, r -> cerner(r)[4])
            .col("NORMAL_HIGH", OTHER, r -> cerner(r)[5])
            .graded("NORMALCY_CD_DISP", TEST_RESULT, r -> new Cell(cerner(r)[6],
                cerner(r)[6].isEmpty() ? ResultGrade.NONE : UNGRADED))
            .col("EVENT_END_DT_TM", CLINICAL_DATE, r -> r.when().toUpperCase(Locale.ROOT) + " "
                + String.format(Locale.ROOT, "%02d:%02d", fixed(r, "h", 24), fixed(r, "m", 60)))
            .col("ORDERING_PHYSICIAN", PROVIDER, r -> List.of("Hart MD, Simon",
                "Alvarez MD, Rosa", "Chen DO, Peter").get(fixed(r, "ord", 3)))
            .col("LOC_FACILITY_CD_DISP", OTHER, r -> "GENERAL HOSPITAL")
            .col("LOC_NURSE_UNIT_CD_DISP", OTHER, r -> List.of("4 WEST", "ED", "ICU", "5 EAST")
                .get(fixed(r, "unit", 4))),
        // A reference lab's results file (Quest/LabCorp-like, for the ordering practice): the
        // practice's account, member id, test codes and analytes in capitals, pipe.
        CsvLayout.of("us-reflab-results-file", US).delimiter('|').dates("yyyy-MM-dd").women()
            .ages(21, 65).people(85).rows(1, 4)
            .col("Accession", RECORD_ID, r -> "WX" + r.sample().substring(1) + "Q")
            // The lab's account number of the ordering practice identifies the practice: PROVIDER,
            // as the guide's practice codes.
            .col("Client Account", PROVIDER, r -> String.format(Locale.ROOT, "%08d",
                73_000_000 + r.stable("acct", 3) * 1_117))
            .col("Patient ID", RECORD_ID, r -> "CH" + r.p().recordNumber())
            .col("Patient Last Name", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
            .col("Patient First Name", GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
            .col("Patient Middle Initial", INITIALS, r -> r.p().middle().isEmpty() ? ""
                : r.p().middle().substring(0, 1))
            .col("DOB", BIRTH_DATE, Row::birth)
            .col("Gender", SEX, r -> "F")
            .col("Address", STREET_ADDRESS, r -> r.p().streetLine())
            .col("City", CITY, r -> r.p().city())
            .col("State", OTHER, r -> "MA")
            .col("Zip", POSTCODE, r -> r.p().postcode())
            .col("Phone", PHONE, r -> r.p().phone()).blank(20)
            .col("Insurance Member ID", INSURANCE_ID, r -> r.p().insuranceNumber()).blank(10)
            .col("Ordering Provider", PROVIDER, r -> List.of("LEE, SARAH", "GARCIA, MARK",
                "BROWN, ELLEN").get(r.stable("op", 3)))
            .col("Ordering NPI", PROVIDER, r -> ResearchLayouts.npi(String.valueOf(
                131_000_000 + r.stable("op", 3) * 7_919)))
            .col("Collected", CLINICAL_DATE, Row::when)
            .col("Reported", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(2 + fixed(r, "rep", 6))))
            .col("Test Code", TEST_TYPE, r -> test(r) == Test.LAB ? labPanel(r)[0]
                : test(r).refLabCode)
            .col("Test Name", TEST_TYPE, r -> test(r) == Test.LAB ? labPanel(r)[1]
                : test(r).refLabName)
            .col("Analyte", TEST_TYPE, r -> test(r) == Test.LAB ? lab(r).english()
                : test(r).english.toUpperCase(Locale.ROOT))
            .graded("Result", TEST_RESULT, r -> upper(resultEnglish(r)))
            .graded("Flag", TEST_RESULT, r -> flag(r, "H", "L", "A"))
            .col("Units", OTHER, r -> test(r) == Test.LAB ? lab(r).usUnit() : "")
            .col("Reference Range", OTHER, r -> test(r) == Test.LAB ? lab(r).usRange() : "")
            .col("Performing Site", OTHER, r -> "Northeast Regional Laboratory"),

        // ---------------------------------------------------------------- United Kingdom
        // An EMIS Web population search report exported to CSV: one row per registered woman, the
        // latest HPV and cytology results as their coded terms with dates, the recall date.
        CsvLayout.of("uk-emis-cervical-search-report", UK).delimiter(',').crlf()
            .dates("dd-MMM-yyyy").women().ages(25, 64).people(170)
            .col("NHS Number", NATIONAL_ID, r -> r.p().nationalId().substring(0, 3) + " "
                + r.p().nationalId().substring(3, 6) + " " + r.p().nationalId().substring(6))
            .col("Title", OTHER, r -> List.of("Mrs", "Ms", "Miss", "Dr").get(r.stable("t", 4)))
            .col("Surname", FAMILY_NAME, r -> r.p().family())
            .col("Forenames", GIVEN_NAME, r -> r.p().middle().isEmpty() ? r.p().given()
                : r.p().given() + " " + r.p().middle())
            .col("Date of Birth", BIRTH_DATE, Row::birth)
            // The report's age is her age on the day it was run.
            .col("Age", AGE, r -> String.valueOf(Period.between(r.p().birthDate(),
                REPORT_DAY).getYears()))
            .col("Gender", SEX, r -> "Female")
            .col("Address", STREET_ADDRESS, r -> r.p().streetLine())
            .col("Town", CITY, r -> r.p().city())
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Mobile Telephone", PHONE, r -> r.p().phone()).blank(25)
            .col("Usual GP", PROVIDER, r -> List.of("HUGHES, Sarah (Dr)", "KHAN, Imran (Dr)",
                "WALKER, Emma (Dr)", "PATEL, Anil (Dr)").get(r.stable("gp", 4)))
            // The date she registered with the practice is administrative: OTHER, as the guide's
            // access-log dates.
            .col("Registered Date", OTHER, r -> r.fmt(r.p().birthDate().plusYears(18
                + r.stable("reg", 6))))
            .graded("HPV Result - Term", TEST_RESULT, SystemLayouts::emisHpv)
            .col("HPV Result - Date", CLINICAL_DATE, Row::when)
            .graded("Cytology Result - Term", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(emisCytology(r.s().pap()), r.s().papGrade()) : Cell.of(""))
            .col("Cytology Result - Date", CLINICAL_DATE, r -> r.s().hasCytology() ? r.when() : "")
            .col("Colposcopy - Date", CLINICAL_DATE, r -> colposcopy(r)
                ? r.fmt(r.date().plusDays(30 + fixed(r, "colp", 40))) : "")
            .col("Next Screening Due", CLINICAL_DATE, r -> r.fmt(r.date().plusYears(
                r.s().hpvGrade() == NORMAL ? (age(r) < 50 ? 3 : 5) : 1))),

        // ---------------------------------------------------------------- Germany
        // A gynaecology practice system's patient export (BDT-like words): KVNR, the insurer's IK,
        // the insured person's kind, the quarter, the cytology in Munich III and the HPV test.
        CsvLayout.of("de-pvs-gyn-patientenexport", DE).delimiter(';').windows1252()
            .dates("dd.MM.yyyy").women().ages(20, 75).people(100).rows(1, 3)
            .col("Pat.-Nr.", RECORD_ID, r -> r.p().recordNumber())
            .col("Name", FAMILY_NAME, r -> r.p().family())
            .col("Vorname", GIVEN_NAME, r -> r.p().given())
            .col("Geb.-Dat.", BIRTH_DATE, Row::birth)
            .col("Geschl.", SEX, r -> "W")
            .col("Straße", STREET_ADDRESS, r -> r.p().streetLine())
            .col("PLZ", POSTCODE, r -> r.p().postcode())
            .col("Ort", CITY, r -> r.p().city())
            .col("Telefon", PHONE, r -> r.p().phone()).blank(20)
            .col("Versichertennummer", NATIONAL_ID, r -> r.p().nationalId())
            .col("Kostenträger", OTHER, r -> kasse(r)[0])
            // The insurer's institution code identifies an organisation: OTHER.
            .col("Kassen-IK", OTHER, r -> kasse(r)[1])
            // Member, family member or pensioner: an insurance status, OTHER.
            .col("Versichertenart", OTHER, r -> List.of("M", "M", "F", "R").get(r.stable("va", 4)))
            // The billing quarter is administrative: OTHER.
            .col("Quartal", OTHER, r -> ((r.date().getMonthValue() - 1) / 3 + 1) + "/"
                + r.date().getYear())
            .col("Behandlungsdatum", CLINICAL_DATE, Row::when)
            .col("LANR", PROVIDER, r -> List.of("123456701", "234567801").get(r.stable("arzt", 2)))
            .col("BSNR", PROVIDER, r -> "721234500")
            .graded("Diagnose", DIAGNOSIS, r -> new Cell(gynDx(r).icd() + " "
                + List.of("G", "G", "V", "Z").get(fixed(r, "sich", 4)), gynDx(r).grade()))
            .graded("Diagnosetext", DIAGNOSIS, r -> new Cell(gynDx(r).german(), gynDx(r).grade()))
            .graded("Zytologie (Pap)", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(r.s().papMunich(), r.s().papMunichGrade()) : Cell.of(""))
            .graded("HPV-Test", TEST_RESULT, r -> age(r) < 35 && !r.s().hasCytology()
                ? Cell.of("") : new Cell(r.s().hpvGerman(r.rng()), r.s().hpvGrade())),

        // ---------------------------------------------------------------- France
        // A medical biology lab's LIS export in the HPRIM way: IPP, request number, usage and birth
        // names, NIR, prescriber with RPPS, one row per analysis, abnormality flags H/B/A.
        CsvLayout.of("fr-sil-hprim-resultats", FR).delimiter(';').windows1252()
            .dates("dd/MM/yyyy").women().ages(25, 65).people(90).rows(1, 4).byDate()
            .col("IPP", RECORD_ID, r -> "8" + r.p().recordNumber() + "1")
            .col("N° demande", RECORD_ID, r -> String.format(Locale.ROOT, "%02d%02d%02d",
                r.date().getYear() % 100, r.date().getMonthValue(), r.date().getDayOfMonth())
                + "-" + r.sample().substring(3))
            .col("Nom", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
            .col("Nom de naissance", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
                : r.p().maiden()).toUpperCase(Locale.ROOT))
            .col("Prénom", GIVEN_NAME, r -> r.p().given())
            .col("Date de naissance", BIRTH_DATE, Row::birth)
            .col("Sexe", SEX, r -> "F")
            .col("NIR", NATIONAL_ID, r -> r.p().nationalId()).blank(15)
            .col("Adresse", STREET_ADDRESS, r -> r.p().streetLine())
            .col("CP", POSTCODE, r -> r.p().postcode())
            .col("Ville", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
            .col("Prescripteur", PROVIDER, r -> List.of("Dr MOREAU Claire", "Dr PETIT Henri",
                "Dr SIMON Agnès (gynécologue)").get(r.stable("presc", 3)))
            .col("RPPS prescripteur", PROVIDER, r -> List.of("10001234567", "10009876543",
                "10004567891").get(r.stable("presc", 3)))
            .col("Date prélèvement", CLINICAL_DATE, r -> r.when() + " " + String.format(
                Locale.ROOT, "%02d:%02d", 7 + fixed(r, "h", 5), fixed(r, "m", 60)))
            .col("Code analyse", TEST_TYPE, r -> test(r) != Test.LAB ? test(r).frCode
                : lab(r).code().equals("GLUC") ? "GLY" : lab(r).code())
            .col("Libellé analyse", TEST_TYPE, r -> test(r) == Test.LAB ? lab(r).french()
                : test(r).french)
            .graded("Résultat", TEST_RESULT, SystemLayouts::resultFrench)
            .col("Unité", OTHER, r -> test(r) == Test.LAB ? lab(r).frUnit() : "")
            .col("Valeurs de référence", OTHER, r -> test(r) == Test.LAB ? lab(r).frRange() : "")
            .graded("Anormalité", TEST_RESULT, r -> flag(r, "H", "B", "A")),

        // ---------------------------------------------------------------- Belgium (Flanders)
        // A hospital information system's (KWS/Primuz-like) lab results: INSZ in its printed form,
        // the whole address in one cell, the requester's RIZIV number, Dutch Bethesda wording.
        CsvLayout.of("be-kws-labo-resultaten", BE).delimiter('\t').dates("dd/MM/yyyy").women()
            .ages(25, 65).people(90).rows(1, 3)
            .col("Patiëntnummer", RECORD_ID, r -> "9" + r.p().recordNumber())
            .col("INSZ", NATIONAL_ID, r -> printedInsz(r.p().nationalId()))
            .col("Naam", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
            .col("Voornaam", GIVEN_NAME, r -> r.p().given())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Geslacht", SEX, r -> "V")
            .col("Adres", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().postcode() + " "
                + r.p().city())
            .col("Verzekeringsinstelling", OTHER, r -> List.of("100", "200", "300", "500")
                .get(r.stable("vi", 4)))
            .col("Aanvrager", PROVIDER, r -> List.of("Dr. Claes (gynaecologie)",
                "Dr. Wouters (huisarts)", "Dr. Peeters (huisarts)").get(r.stable("aanvr", 3)))
            .col("RIZIV aanvrager", PROVIDER, r -> List.of("1/45612/34/004", "1/73219/85/004",
                "1/20871/46/004").get(r.stable("aanvr", 3)))
            .col("Staalnummer", RECORD_ID, r -> (r.date().getYear() % 100) + "."
                + r.sample().substring(1, 5) + "." + r.sample().substring(5))
            .col("Afname", CLINICAL_DATE, Row::when)
            .col("Analyse", TEST_TYPE, r -> beTest(r))
            .graded("Resultaat", TEST_RESULT, SystemLayouts::resultBelgian)
            .col("Eenheid", OTHER, r -> test(r) == Test.LAB ? lab(r).unit() : "")
            .col("Referentiewaarden", OTHER, r -> test(r) == Test.LAB ? lab(r).range() : ""),

        // ---------------------------------------------------------------- Ireland
        // A hospital lab's result messages to GPs over Healthlink, flattened: MRN and lab number,
        // address lines, Eircode, the GP's Medical Council number, CervicalCheck results beside
        // routine bloods.
        CsvLayout.of("ie-healthlink-lab-results-flat", IE).delimiter(',').dates("dd/MM/yyyy")
            .women().ages(25, 65).people(80).rows(1, 4).byDate()
            .col("Lab Number", RECORD_ID, r -> "LN" + (r.date().getYear() % 100) + "-"
                + r.sample().substring(1))
            .col("Hospital MRN", RECORD_ID, r -> "M" + r.p().recordNumber())
            .col("Surname", FAMILY_NAME, r -> r.p().family())
            .col("Forename", GIVEN_NAME, r -> r.p().given())
            .col("DOB", BIRTH_DATE, Row::birth)
            .col("Sex", SEX, r -> "F")
            .col("Address Line 1", STREET_ADDRESS, r -> r.p().streetLine())
            .col("Address Line 2", CITY, r -> r.p().city())
            .col("Address Line 3", OTHER, r -> ieCounty(r.p().city()))
            .col("Eircode", POSTCODE, r -> r.p().postcode()).blank(20)
            .col("GP Name", PROVIDER, r -> List.of("Dr. Niamh Walsh", "Dr. Conor Byrne",
                "Dr. Aoife Kelly").get(r.stable("gp", 3)))
            .col("GP MCRN", PROVIDER, r -> List.of("018452", "023317", "009876")
                .get(r.stable("gp", 3)))
            .col("Specimen Date", CLINICAL_DATE, Row::when)
            .col("Test", TEST_TYPE, r -> test(r) == Test.LAB ? irishLab(r) : test(r).irish)
            .graded("Result", TEST_RESULT, SystemLayouts::resultIrish)
            .col("Units", OTHER, r -> test(r) == Test.LAB ? lab(r).unit() : "")
            .col("Ref Range", OTHER, r -> test(r) == Test.LAB ? lab(r).range() : "")
            .graded("Abnormal Flag", TEST_RESULT, r -> flag(r, "H", "L", "A")));
  }

  // ------------------------------------------------------------------------------- shared draws

  /** A number fixed by the row's sample, so that the row's columns agree. */
  private static int fixed(Row r, String salt, int bound) {
    return Math.floorMod((r.sample() + salt).hashCode(), bound);
  }


  private static int age(Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears();
  }

  private static Cell upper(Cell c) {
    return new Cell(c.text().toUpperCase(Locale.ROOT), c.grade());
  }

  /** What a row's test is: screening (HPV, cytology), an STI test or a routine lab value. */
  enum Test {
    HPV("hrHPV", "hrHPV (hoog-risico HPV)", "Cervixuitstrijkje", "HPV, High Risk",
        "PAP SMEAR, LIQUID-BASED W/ REFLEX HPV", "91384", "HPV MRNA E6/E7", "HPVHR",
        "Papillomavirus humains à haut risque (PCR)", "HPV Screening Test (CervicalCheck)"),
    CYTO("CYTO", "Cervixcytologie", "Cervixuitstrijkje", "Cytology Interpretation",
        "PAP SMEAR, LIQUID-BASED W/ REFLEX HPV", "90874", "THINPREP PAP", "FCV",
        "Examen cytologique cervico-utérin (frottis en phase liquide)",
        "Cervical Cytology (Reflex)"),
    STI("CTNG", "Chlamydia trachomatis PCR", "Urine", "Chlamydia trachomatis RNA, TMA",
        "CHLAMYDIA/GC NAA, URINE", "11363", "CHLAMYDIA/N. GONORRHOEAE RNA, TMA", "CHLA",
        "Chlamydia trachomatis (PCR)", "Chlamydia trachomatis PCR"),
    LAB("LAB", "", "Bloed", "", "", "", "", "", "", "");

    final String code;
    final String dutch;
    final String material;
    final String english;
    final String epicProcedure;
    final String refLabCode;
    final String refLabName;
    final String frCode;
    final String french;
    final String irish;

    Test(String code, String dutch, String material, String english, String epicProcedure,
        String refLabCode, String refLabName, String frCode, String french, String irish) {
      this.code = code;
      this.dutch = dutch;
      this.material = material;
      this.english = english;
      this.epicProcedure = epicProcedure;
      this.refLabCode = refLabCode;
      this.refLabName = refLabName;
      this.frCode = frCode;
      this.french = french;
      this.irish = irish;
    }
  }

  /**
   * The row's test: about 45 in 100 screening results (cytology where one was done on the sample
   * and the draw says so, else its HPV result), 15 STI tests, 40 routine lab values. Men have no
   * screening rows.
   */
  private static Test test(Row r) {
    int k = fixed(r, "kind", 100);
    if (k < 40) {
      return Test.LAB;
    }
    if (k < 55 || !r.p().female()) {
      return k < 55 ? Test.STI : Test.LAB;
    }
    return r.s().hasCytology() && fixed(r, "cyto", 2) == 0 ? Test.CYTO : Test.HPV;
  }

  /** A routine lab value with its names, units and ranges in each convention. */
  record Lab(String code, String dutch, String english, String french, String unit, String range,
      String usUnit, String usRange, String frUnit, String frRange, double low, double high,
      double min, double max, double usFactor, double frFactor) {}

  private static final List<Lab> LABS = List.of(
      new Lab("HB", "Hemoglobine", "HEMOGLOBIN", "Hémoglobine", "mmol/l", "7.5 - 10.0",
          "g/dL", "11.7-15.5", "g/dL", "12,0 - 16,0", 7.5, 10.0, 5.5, 11.5, 1.611, 1.611),
      new Lab("GLUC", "Glucose nuchter", "GLUCOSE", "Glycémie à jeun", "mmol/l", "4.0 - 6.1",
          "mg/dL", "65-99", "g/L", "0,70 - 1,10", 4.0, 6.1, 3.5, 12.0, 18.0, 0.18),
      new Lab("HBA1C", "HbA1c", "HEMOGLOBIN A1c", "Hémoglobine glyquée (HbA1c)", "mmol/mol",
          "20 - 42", "%", "<5.7", "%", "4,0 - 6,0", 20, 42, 28, 90, 0.0915, 0.0915),
      new Lab("TSH", "TSH", "TSH", "TSH ultrasensible", "mU/l", "0.4 - 4.0", "mIU/L",
          "0.40-4.50", "mUI/L", "0,40 - 4,00", 0.4, 4.0, 0.1, 9.0, 1.0, 1.0),
      new Lab("CREA", "Kreatinine", "CREATININE", "Créatinine", "µmol/l", "45 - 90", "mg/dL",
          "0.50-1.05", "µmol/L", "45 - 90", 45, 90, 40, 160, 0.0113, 1.0));

  private static Lab lab(Row r) {
    return LABS.get(fixed(r, "lab", LABS.size()));
  }

  /** The lab value in the Dutch (SI) unit, drawn from the row's sample. */
  private static double labValue(Row r) {
    Lab l = lab(r);
    return Math.round((l.min() + fixed(r, "val", 1000) / 1000.0 * (l.max() - l.min())) * 10)
        / 10.0;
  }

  private static String dutchName(Row r) {
    return test(r) == Test.LAB ? lab(r).dutch() : test(r).dutch;
  }

  /** The order a lab value is reported under: a reference lab's code and the panel's name. */
  private static String[] labPanel(Row r) {
    return switch (lab(r).code()) {
      case "HB" -> new String[] {"6399", "CBC (INCLUDES DIFF/PLT)"};
      case "HBA1C" -> new String[] {"496", "HEMOGLOBIN A1C"};
      case "TSH" -> new String[] {"899", "TSH W/REFLEX TO FT4"};
      default -> new String[] {"10165", "BASIC METABOLIC PANEL"};
    };
  }

  private static String irishLab(Row r) {
    return lab(r).code().equals("HB") ? "Haemoglobin" : properName(lab(r));
  }

  private static String properName(Lab l) {
    return switch (l.code()) {
      case "HB" -> "Hemoglobin";
      case "GLUC" -> "Glucose";
      case "HBA1C" -> "Hemoglobin A1c";
      case "TSH" -> "TSH";
      default -> "Creatinine";
    };
  }

  /** The lab value in US units: HbA1c by the NGSP-IFCC master equation, the others by factor. */
  private static double usValue(Row r) {
    return lab(r).code().equals("HBA1C") ? 0.0915 * labValue(r) + 2.15
        : labValue(r) * lab(r).usFactor();
  }

  /** The day the search reports were run. */
  private static final LocalDate REPORT_DAY = LocalDate.of(2025, 6, 30);

  private static String number(double v, boolean comma) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return comma ? s.replace('.', ',') : s;
  }

  /** -1 below, 0 within, 1 above the reference range. */
  private static int labSide(Row r) {
    double v = labValue(r);
    return v < lab(r).low() ? -1 : v > lab(r).high() ? 1 : 0;
  }

  private static boolean stiPositive(Row r) {
    return fixed(r, "sti", 12) == 0;
  }

  /**
   * The abnormal flag: high or low on a lab value (UNGRADED), the abnormal mark on a positive STI
   * test (UNGRADED) and on an abnormal screening result (graded as the result it qualifies, as the
   * research part's flags); blank on normal results.
   */
  private static Cell flag(Row r, String high, String low, String abnormal) {
    return switch (test(r)) {
      case LAB -> labSide(r) == 0 ? Cell.of("") : new Cell(labSide(r) > 0 ? high : low, UNGRADED);
      case STI -> stiPositive(r) ? new Cell(abnormal, UNGRADED) : Cell.of("");
      case HPV -> r.s().hpvGrade() == ABNORMAL_LOW_GRADE ? new Cell(abnormal, ABNORMAL_LOW_GRADE)
          : Cell.of("");
      case CYTO -> switch (r.s().papGrade()) {
        case ABNORMAL_LOW_GRADE, ABNORMAL_HIGH_GRADE, CANCER -> new Cell(abnormal,
            r.s().papGrade());
        default -> Cell.of("");
      };
    };
  }

  // ------------------------------------------------------------------------------- Dutch

  private static Cell resultDutch(Row r) {
    return switch (test(r)) {
      case LAB -> new Cell(number(labValue(r), false), UNGRADED);
      case STI -> new Cell(stiPositive(r) ? "positief" : "negatief", UNGRADED);
      case HPV -> new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade());
      case CYTO -> new Cell(r.s().papDutch(r.rng()), r.s().papGrade());
    };
  }

  /** The SOEP line a journal row is: S, O, E, P, or U for a result. */
  private static String soep(Row r) {
    return List.of("S", "O", "E", "P", "U", "E").get(fixed(r, "soep", 6));
  }

  private static final List<String[]> ICPC_GENERAL = List.of(
      new String[] {"K86", "Hypertensie zonder orgaanbeschadiging"},
      new String[] {"T90", "Diabetes mellitus"},
      new String[] {"P76", "Depressieve stoornis"},
      new String[] {"R74", "Acute infectie bovenste luchtwegen"},
      new String[] {"L03", "Lage rugpijn"},
      new String[] {"A97", "Geen ziekte"});

  /** The contact's ICPC: U lines carry the result's episode, other lines a drawn one. */
  private static String[] journalIcpc(Row r) {
    if (soep(r).equals("U") && (test(r) == Test.HPV || test(r) == Test.CYTO)) {
      return cervicalAbnormal(r) ? new String[] {"X86", "Afwijkend cervixuitstrijkje"}
          : new String[] {"A98", "Preventie/bevolkingsonderzoek"};
    }
    if (r.p().female() && fixed(r, "x", 40) == 0) {
      return new String[] {"X75", "Maligniteit cervix uteri"};
    }
    return ICPC_GENERAL.get(fixed(r, "icpc", ICPC_GENERAL.size()));
  }

  private static ResultGrade journalIcpcGrade(Row r) {
    return switch (journalIcpc(r)[0]) {
      case "X86" -> ABNORMAL_LOW_GRADE;
      case "X75" -> CANCER;
      default -> UNGRADED;
    };
  }

  private static boolean cervicalAbnormal(Row r) {
    ResultGrade g = test(r) == Test.HPV ? r.s().hpvGrade() : r.s().papGrade();
    return g == ABNORMAL_LOW_GRADE || g == ABNORMAL_HIGH_GRADE || g == CANCER;
  }

  private static String journalText(Row r) {
    return switch (soep(r)) {
      case "S" -> List.of("Sinds 1 week klachten, geen koorts.", "Komt voor controle.",
          "Vraagt naar uitslag.", "Moe, slaapt slecht.").get(fixed(r, "s", 4));
      case "O" -> List.of("RR 138/86, pols 72 reg.", "Geen afwijkingen bij LO.",
          "Temp 37.8, keel rood.", "Gewicht 74 kg.").get(fixed(r, "o", 4));
      case "E" -> journalIcpc(r)[1];
      case "P" -> List.of("Controle over 3 mnd.", "Recept meegegeven.", "Uitleg gegeven, z.n.",
          "Verwijzing gynaecoloog via ZorgDomein.").get(fixed(r, "p", 4));
      default -> "Uitslag ontvangen, zie bepaling.";
    };
  }

  /** A gynaecology diagnosis: cervical lesions, cancers, and non-cervical gynaecology. */
  private static Clinical.Dx gynDx(Row r) {
    String icd = GYN_DX.get(fixed(r, "gyn", GYN_DX.size()));
    if (icd.startsWith("O") && age(r) >= 50) {
      icd = "E66.9";
    }
    String code = icd;
    return Clinical.DIAGNOSES.stream().filter(d -> d.icd().equals(code)).findFirst()
        .orElseThrow();
  }

  /** A gynaecologist's diagnoses, each as often as it is drawn: cancers are the rarest. */
  private static final List<String> GYN_DX = List.of("C53.9", "C50.9", "N87.0", "N87.0", "N87.0",
      "N87.1", "N87.1", "D06.9", "A56.0", "A56.0", "A56.0", "E66.9", "E66.9", "E66.9", "O80",
      "O80", "O80", "O24.4", "O24.4", "O24.4");

  private static boolean biopsied(Row r) {
    return gynDx(r).grade() != UNGRADED && fixed(r, "biopt", 3) != 0;
  }

  private static String gynProc(Row r) {
    if (biopsied(r)) {
      return List.of("Colposcopie met biopten", "Lisexcisie (LLETZ)", "Conisatie")
          .get(fixed(r, "ingreep", 3));
    }
    return List.of("Eerste polikliniekbezoek", "Herhaalconsult", "Echografie gynaecologie")
        .get(fixed(r, "poli", 3));
  }

  // ------------------------------------------------------------------------------- English

  private static Cell resultEnglish(Row r) {
    return switch (test(r)) {
      case LAB -> new Cell(number(usValue(r), false), UNGRADED);
      case STI -> new Cell(stiPositive(r) ? "Detected" : "Not Detected", UNGRADED);
      case HPV -> new Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade());
      case CYTO -> new Cell(r.s().bethesda(r.rng()), r.s().papGrade());
    };
  }

  /** Cerner's order, event, result, unit, low, high and normalcy of the row. */
  private static String[] cerner(Row r) {
    int k = fixed(r, "cerner", 10);
    if (k < 6) {
      Lab l = lab(r);
      double v = usValue(r);
      String normalcy = labSide(r) > 0 ? "High" : labSide(r) < 0 ? "Low" : "Normal";
      String[] range = l.usRange().startsWith("<") ? new String[] {"", l.usRange().substring(1)}
          : l.usRange().split("-");
      String order = switch (l.code()) {
        case "HB" -> "CBC w/ Diff";
        case "HBA1C" -> "Hemoglobin A1c";
        case "TSH" -> "TSH";
        default -> "BMP";
      };
      return new String[] {order, properName(l), number(v, false), l.usUnit(), range[0],
          range[1], normalcy};
    }
    boolean positive = stiPositive(r);
    return switch (k) {
      case 6 -> new String[] {"CT/GC NAAT", "Chlamydia trachomatis NAAT",
          positive ? "Detected" : "Not Detected", "", "", "", positive ? "Abnormal" : "Normal"};
      case 7 -> new String[] {"HIV 1/2 Ag/Ab 4th Gen", "HIV 1/2 Ag/Ab Screen",
          positive ? "Reactive" : "Nonreactive", "", "", "", positive ? "Abnormal" : "Normal"};
      case 8 -> r.p().female() && age(r) < 50
          ? new String[] {"hCG Qual Urine", "Pregnancy Test Urine",
              positive ? "Positive" : "Negative", "", "", "", positive ? "Abnormal" : ""}
          : new String[] {"Hepatitis C Ab", "Hepatitis C Antibody",
              positive ? "Reactive" : "Nonreactive", "", "", "", positive ? "Abnormal" : "Normal"};
      default -> new String[] {"RPR", "RPR Screen", positive ? "Reactive" : "Nonreactive", "", "",
          "", positive ? "Abnormal" : "Normal"};
    };
  }

  private static Cell emisHpv(Row r) {
    String text = switch (r.s().hpv()) {
      case NEGATIVE -> "High risk human papillomavirus test negative";
      case POSITIVE -> "High risk human papillomavirus test positive";
      case UNSATISFACTORY -> "High risk human papillomavirus test inadequate";
    };
    return new Cell(text, r.s().hpvGrade());
  }

  private static String emisCytology(String pap) {
    return switch (pap) {
      case "0" -> "Cervical smear: inadequate";
      case "1" -> "Cervical smear: negative";
      case "2" -> "Cervical smear: borderline changes";
      case "3a1" -> "Cervical smear: low grade dyskaryosis";
      case "3a2" -> "Cervical smear: high grade dyskaryosis (moderate)";
      case "3b", "4" -> "Cervical smear: high grade dyskaryosis (severe)";
      default -> "Cervical smear: ?invasive squamous carcinoma";
    };
  }

  private static boolean colposcopy(Row r) {
    ResultGrade g = r.s().papGrade();
    return g == ABNORMAL_LOW_GRADE || g == ABNORMAL_HIGH_GRADE || g == CANCER;
  }

  private static Cell resultIrish(Row r) {
    return switch (test(r)) {
      case LAB -> new Cell(number(labValue(r), false), UNGRADED);
      case STI -> new Cell(stiPositive(r) ? "POSITIVE" : "NEGATIVE", UNGRADED);
      case HPV -> new Cell(switch (r.s().hpv()) {
        case NEGATIVE -> "HPV NOT DETECTED";
        case POSITIVE -> "HPV DETECTED - " + (r.s().genotype().equals("other")
            ? "Other HR HPV types" : "HPV " + r.s().genotype());
        case UNSATISFACTORY -> "Unsatisfactory - repeat in 3 months";
      }, r.s().hpvGrade());
      case CYTO -> new Cell(r.s().bethesda(r.rng()), r.s().papGrade());
    };
  }

  /** The county of an Irish town of the corpus, as the third address line writes it. */
  private static String ieCounty(String town) {
    return switch (town) {
      case "Dublin", "Swords" -> "Co. Dublin";
      case "Cork" -> "Co. Cork";
      case "Galway" -> "Co. Galway";
      case "Limerick" -> "Co. Limerick";
      case "Waterford" -> "Co. Waterford";
      case "Drogheda", "Dundalk" -> "Co. Louth";
      case "Bray" -> "Co. Wicklow";
      case "Navan" -> "Co. Meath";
      case "Kilkenny" -> "Co. Kilkenny";
      case "Ennis" -> "Co. Clare";
      case "Carlow" -> "Co. Carlow";
      case "Tralee" -> "Co. Kerry";
      case "Athlone" -> "Co. Westmeath";
      default -> "Co. Sligo";
    };
  }

  // ------------------------------------------------------------------------------- German

  private static String[] kasse(Row r) {
    return List.of(new String[] {"AOK Bayern", "108310400"},
        new String[] {"Techniker Krankenkasse", "101575519"},
        new String[] {"BARMER", "104940005"}, new String[] {"DAK-Gesundheit", "105830016"})
        .get(r.stable("kasse", 4));
  }

  // ------------------------------------------------------------------------------- French

  private static Cell resultFrench(Row r) {
    return switch (test(r)) {
      case LAB -> new Cell(number(lab(r).code().equals("HBA1C") ? usValue(r)
          : labValue(r) * lab(r).frFactor(), true), UNGRADED);
      case STI -> new Cell(stiPositive(r) ? "POSITIF" : "Négatif", UNGRADED);
      case HPV -> new Cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade());
      case CYTO -> new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade());
    };
  }

  // ------------------------------------------------------------------------------- Belgian

  /** A Flemish lab's row is a biopsy's histology when an abnormal cytology led to one. */
  private static boolean beHistology(Row r) {
    return test(r) == Test.CYTO && r.s().papGrade() != UNSATISFACTORY
        && r.s().papGrade() != NORMAL && fixed(r, "histo", 3) == 0;
  }

  private static String beTest(Row r) {
    if (beHistology(r)) {
      return "Histologie cervixbiopt";
    }
    return switch (test(r)) {
      case LAB -> lab(r).dutch();
      case STI -> "Chlamydia trachomatis (PCR)";
      case HPV -> "HPV hoog-risico (PCR)";
      case CYTO -> "Cervixcytologie (vloeibaar medium)";
    };
  }

  private static Cell resultBelgian(Row r) {
    if (beHistology(r)) {
      String text = switch (r.histology()) {
        case NO_CIN -> "Geen dysplasie";
        case CIN1 -> "CIN 1 (laaggradige SIL)";
        case CIN2 -> "CIN 2 (hooggradige SIL)";
        case CIN3 -> "CIN 3 (hooggradige SIL)";
        case CARCINOMA -> "Invasief plaveiselcelcarcinoom";
      };
      return new Cell(text, r.histology().grade);
    }
    return switch (test(r)) {
      case LAB -> new Cell(number(labValue(r), true), UNGRADED);
      case STI -> new Cell(stiPositive(r) ? "Positief" : "Negatief", UNGRADED);
      case HPV -> new Cell(switch (r.s().hpv()) {
        case NEGATIVE -> "hrHPV: negatief";
        case POSITIVE -> "hrHPV: positief (" + (r.s().genotype().equals("other")
            ? "andere hoog-risico types" : "HPV " + r.s().genotype()) + ")";
        case UNSATISFACTORY -> "Niet beoordeelbaar";
      }, r.s().hpvGrade());
      case CYTO -> new Cell(switch (r.s().pap()) {
        case "0" -> "Niet beoordeelbaar";
        case "1" -> "NILM (negatief voor intra-epitheliale laesie of maligniteit)";
        case "2" -> "ASC-US";
        case "3a1" -> "LSIL (laaggradige squameuze intra-epitheliale laesie)";
        case "3a2" -> "ASC-H";
        case "3b", "4" -> "HSIL (hooggradige squameuze intra-epitheliale laesie)";
        default -> "Plaveiselcelcarcinoom";
      }, r.s().papGrade());
    };
  }

  /** The INSZ as printed on an eID: {@code YY.MM.DD-SSS.CC}. */
  private static String printedInsz(String eleven) {
    return eleven.substring(0, 2) + "." + eleven.substring(2, 4) + "." + eleven.substring(4, 6)
        + "-" + eleven.substring(6, 9) + "." + eleven.substring(9);
  }
}
