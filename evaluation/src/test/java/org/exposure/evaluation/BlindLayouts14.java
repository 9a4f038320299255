package org.exposure.evaluation;

import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.EMAIL;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.FREE_TEXT;
import static org.exposure.model.FieldType.GIVEN_NAME;
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
import static org.exposure.model.FieldType.SEX_LIFE_OR_ORIENTATION;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.model.ResultGrade;

/**
 * The fourteenth blind part: twelve CSV layouts of results as those who report them write them and as
 * patients and doctors receive them: pathology laboratories' conclusions and coded reports, result
 * letters and portal exports, a GP's received-results inbox, a sexual-health clinic's results list.
 * <b>Sealed:</b> written without reading the classifier, its dictionaries or any other part, and never
 * run through the classifier by its author; its figures are read once, after merging.
 *
 * <p>Layouts and the public conventions each follows:
 *
 * <ol>
 *   <li>{@code nl-palga-pathologie-conclusies}: a Dutch pathology lab's excerpt list as PALGA receives
 *       it (Casparie et al. 2007: a conclusion and a coded diagnosis line of topography, procedure and
 *       finding joined by asterisks); Windows-1252, semicolons, {@code dd-MM-yyyy}.
 *   <li>{@code nl-pgo-labuitslagen-export}: a personal health environment's export of lab results
 *       (MedMij / Nictiz zib LaboratoryTestResult: test name, LOINC code, result, performing lab,
 *       requester), one row per result, results in Pap, KOPAC-B (NVVP richtlijn Cervixcytologie) or
 *       the Dutch words of the class; UTF-8 with a BOM.
 *   <li>{@code uk-histopathology-lims-reports}: a UK cellular-pathology LIMS report list (RCPath
 *       dataset wording: LLETZ, CIN/CGIN, HSIL/LSIL), a SNOMED CT code beside the conclusion, every
 *       cell quoted, CRLF.
 *   <li>{@code uk-gp-pathology-inbox}: a GP system's received-results inbox for cervical screening, the
 *       NHS CSP result, infection and action codes (result 1-8 and X, infection 0/9/U, action A/R/S)
 *       with their words, and the Exeter Read code of the result without them (as a cytology lab's
 *       result guide for practices lists them); TAB-separated, {@code dd-MMM-yyyy}.
 *   <li>{@code de-zytologie-befundliste}: a German cytology lab's Befundliste (LDT-style fields:
 *       Auftragsnummer, Versichertennummer, Einsender), Munich nomenclature III groups and the
 *       co-test's HPV from 35 (Krebsfrüherkennungs-Richtlinie 2020); Windows-1252, semicolons.
 *   <li>{@code de-pathologie-histologiebefunde}: a German pathology institute's histology reports of
 *       cervical biopsies and cones with ICD-10-GM and ICD-O-3 morphology codes; pipe-separated.
 *   <li>{@code fr-crcdc-hpv-reflexe-export}: a French regional screening centre's (CRCDC) file of primary
 *       HPV tests with reflex cytology (HAS 2019, Bethesda 2014 in French), semicolons, BOM.
 *   <li>{@code be-labo-resultaten-huisarts}: a Flemish lab's results as a GP's record imports them
 *       (one row per analysis, INSZ formatted with dots, RIZIV number of the prescriber, sick fund and
 *       member number); TAB-separated.
 *   <li>{@code ie-cervicalcheck-gp-results}: an Irish practice's received CervicalCheck results (HPV
 *       primary screening with reflex cytology, Eircode, PPSN, programme ID), CRLF.
 *   <li>{@code us-portal-lab-results}: a US patient portal's lab results export, primary HPV with
 *       reflex cytology, component, LOINC and value per row (ACS 2020 guideline; Bethesda 2014), every
 *       cell quoted, {@code MM/dd/yyyy}.
 *   <li>{@code uk-sexual-health-results-list}: a sexual-health clinic's results list for text-message
 *       results (BASHH / GUMCAD field names: clinic number, gender, sexual orientation), STI tests
 *       beside cervical screening.
 *   <li>{@code nl-huisarts-uitslagen-postvak}: a Dutch GP system's incoming-results box (MEDLAB-style
 *       results with labelled parts, KOPAC-B beside the Pap class, the RIVM referral advice), rows by
 *       date, semicolons.
 * </ol>
 *
 * <p>Labelling notes (where the guide in {@code docs/evaluation.md} is silent, DESIGN.md decides):
 *
 * <ul>
 *   <li>A PALGA-style diagnosis line ({@code cervix * biopt * CIN III}) is histology: DIAGNOSIS,
 *       graded as its finding; "geen afwijkingen" there is normal histology.
 *   <li>The NHS result code and its Read code grade as what they report: X (hrHPV not detected) as
 *       normal, 1 (inadequate, or hrHPV unreliable) as unsatisfactory, the cytology codes as their
 *       class; the infection code {@code U - HPV unavailable} as unsatisfactory.
 *   <li>The German co-test and the other cytology columns follow the programme: where no
 *       cytology was done the cell is blank; where the programme does cytology on every
 *       sample (Germany) the class drawn by {@link Screening} is used and a sample with none drawn
 *       reads as Pap I.
 *   <li>A histology column's code cell is blank for a biopsy without CIN: no code is given to
 *       normal tissue, and a blank cell adds nothing.
 *   <li>STI tests (chlamydia, HIV, syphilis) are results the cervical scale cannot grade: UNGRADED,
 *       negative or positive.
 *   <li>An export's account e-mail and a portal login are the patient's: EMAIL. A sick fund's or
 *       insurer's name is OTHER; its member number INSURANCE_ID. The prescriber's RIZIV, RPPS and NPI
 *       numbers are PROVIDER. A report's status, a sender lab and a "released" flag are OTHER.
 *   <li>A clinic's comment column is FREE_TEXT, whatever few words it holds.
 *   <li>A specimen column ({@code Materiaal}, {@code Specimen}, {@code Material}, {@code Nature du
 *       prélèvement}) is TEST_TYPE even where the specimen is named by the procedure that took it
 *       (LLETZ, Konisat): the guide puts material with the test, and the column says what was
 *       examined, not a procedure planned or done for the patient's care.
 * </ul>
 */
final class BlindLayouts14 {
  private BlindLayouts14() {}

  static List<CsvLayout> all() {
    return List.of(palga(), pgo(), ukHistopathology(), ukInbox(), deZytologie(), deHistologie(),
        frCrcdc(), beLabo(), ieCervicalCheck(), usPortal(), ukSexualHealth(), nlPostvak());
  }

  // ------------------------------------------------------------------------------- Netherlands

  private static CsvLayout palga() {
    List<String> gynaecologists = List.of("dr. A.M. de Wit, gynaecoloog", "dr. H. Bosman",
        "M. Ouali, gynaecoloog", "dr. P.J. van Leeuwen", "J. Terpstra (AIOS gynaecologie)");
    return CsvLayout.of("nl-palga-pathologie-conclusies", Country.NL).women().ages(30, 65)
        .people(90).rows(1, 3).delimiter(';').windows1252().dates("dd-MM-yyyy")
        .col("PA-nummer", RECORD_ID, r -> "T" + yy(r) + "-" + r.sample().substring(1))
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam", PERSON_NAME, r -> r.p().fullFamily() + ", " + r.p().initials())
        .col("Geb.datum", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode()).blank(8)
        .col("Ontvangen", CLINICAL_DATE, Row::when)
        .col("Materiaal", TEST_TYPE, r -> "Cervix, " + dutchSpecimen(r))
        .graded("Conclusie", DIAGNOSIS, r -> new Cell("Cervix, " + dutchSpecimen(r) + ": "
            + switch (r.histology()) {
              case NO_CIN -> "geen dysplasie, geen aanwijzingen voor maligniteit.";
              case CIN1 -> "CIN 1 (lichte dysplasie) met koilocytaire veranderingen.";
              case CIN2 -> "CIN 2 (matige dysplasie).";
              case CIN3 -> "CIN 3 (ernstige dysplasie)"
                  + (r.visitPick("rand", 2) == 0 ? ", snijvlakken vrij." : ".");
              case CARCINOMA -> "invasief plaveiselcelcarcinoom, infiltratiediepte "
                  + (2 + r.visitPick("diep", 6)) + " mm.";
            }, r.histology().grade))
        .graded("PALGA-diagnoseregel", DIAGNOSIS, r -> new Cell("cervix * " + dutchSpecimen(r)
            + " * " + switch (r.histology()) {
              case NO_CIN -> "geen afwijkingen";
              case CIN1 -> "CIN I";
              case CIN2 -> "CIN II";
              case CIN3 -> "CIN III";
              case CARCINOMA -> "plaveiselcelcarcinoom";
            }, r.histology().grade))
        .col("Aanvrager", PROVIDER, r -> gynaecologists.get(r.stable("gyn", gynaecologists.size())))
        .col("Laboratorium", OTHER, r -> List.of("Pathologie Rijnmond", "PA-lab Oost",
            "Stichting Pathologie Noord").get(r.stable("lab", 3)))
        .col("Status", OTHER, r -> r.visitPick("st", 8) == 0 ? "aanvulling" : "definitief");
  }

  private static String dutchSpecimen(Row r) {
    return r.histology() == Screening.Histology.CIN3
        || r.histology() == Screening.Histology.CARCINOMA ? "lisexcisie" : "biopt";
  }

  private static CsvLayout pgo() {
    List<String> requesters = List.of("Huisartsenpraktijk De Linde", "Bevolkingsonderzoek Nederland",
        "Gezondheidscentrum Oosterpark", "Huisarts J.W. Mulder");
    return CsvLayout.of("nl-pgo-labuitslagen-export", Country.NL).women().ages(30, 60).people(85)
        .rows(1, 2).onePerResult().bom()
        .col("Account", EMAIL, r -> r.p().email())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Datum afname", CLINICAL_DATE, r -> r.when() + "T" + r.clock("afname"))
        .col("Onderzoek", TEST_TYPE, r -> r.part() == Part.HPV
            ? "Humaan papillomavirus hoog-risico, DNA" : "Cytologie baarmoederhals")
        .col("LOINC", TEST_TYPE, r -> r.part() == Part.HPV ? "30167-1" : "10524-7")
        .graded("Uitslag", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade()) : dutchCytology(r))
        .col("Eenheid", OTHER, r -> "")
        .col("Uitvoerend laboratorium", OTHER, r -> List.of("Stichting PAMM", "LabPON",
            "Eurofins Clinical Diagnostics").get(r.stable("lab", 3)))
        .col("Aanvrager", PROVIDER, r -> requesters.get(r.stable("req", requesters.size())));
  }

  /** A cytology result as Dutch labs write it: the class, KOPAC-B beside it, or the class's words. */
  private static Cell dutchCytology(Row r) {
    Screening s = r.s();
    return switch (r.rng().nextInt(3)) {
      case 0 -> new Cell(s.papDutch(r.rng()), s.papGrade());
      case 1 -> new Cell("KOPAC-B " + s.kopac(r.rng()) + " (Pap " + s.kopacPap() + ")",
          Screening.papGrade(s.kopacPap()));
      default -> new Cell("Pap " + s.pap() + " (" + dutchWords(s.pap()) + ")", s.papGrade());
    };
  }

  private static String dutchWords(String pap) {
    return switch (pap) {
      case "0" -> "onvoldoende beoordeelbaar";
      case "1" -> "normaal";
      case "2" -> "atypische plaveiselcellen";
      case "3a1" -> "lichte dyskaryose";
      case "3a2" -> "matige dyskaryose";
      case "3b" -> "ernstige dyskaryose";
      case "4" -> "verdenking carcinoma in situ";
      default -> "verdenking invasief carcinoom";
    };
  }

  /** The RIVM referral advice for a screening sample (scheme of 11 July 2022). */
  private static String rivmAdvice(Screening s) {
    if (s.hpv() == Screening.Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "Nieuw uitstrijkje over 6 weken";
    }
    if (s.hpv() == Screening.Hpv.NEGATIVE) {
      return "Geen vervolg, volgende uitnodiging over 5 jaar";
    }
    boolean type1618 = !s.genotype().equals("other");
    boolean refer = type1618 ? !s.pap().equals("1")
        : s.papGrade().compareTo(ResultGrade.ABNORMAL_LOW_GRADE) > 0;
    return refer ? "Verwijzen naar gynaecoloog" : "Controle-uitstrijkje over 12 maanden";
  }

  private static CsvLayout nlPostvak() {
    List<String> gps = List.of("dr. E. Hoekstra", "L. Vermeulen, huisarts", "dr. R. Aydin",
        "S. de Graaf (HIDHA)");
    return CsvLayout.of("nl-huisarts-uitslagen-postvak", Country.NL).women().ages(30, 65)
        .people(95).rows(1, 2).byDate().delimiter(';').dates("dd-MM-yyyy")
        .col("Ontvangen", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(8)) + " " + r.clock("in"))
        .col("Patiënt", PERSON_NAME, r -> (r.p().maiden().isEmpty() ? r.p().fullFamily()
            : r.p().family() + "-" + r.p().maiden()) + ", " + r.p().initials())
        .col("Geb.datum", BIRTH_DATE, Row::birth)
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Patiëntnr", RECORD_ID, r -> r.p().recordNumber())
        .col("Afzender", OTHER, r -> List.of("Pathologie Rijnmond", "LabPON", "Stichting PAMM")
            .get(r.stable("lab", 3)))
        .col("Bepaling", TEST_TYPE, r -> "BVO baarmoederhalskanker (hrHPV"
            + (r.s().hasCytology() ? " + cytologie)" : ")"))
        .graded("Uitslag", TEST_RESULT, r -> new Cell(labelledDutch(r), r.s().grade()))
        .col("Advies", PROCEDURE, r -> rivmAdvice(r.s()))
        .col("Status", OTHER, r -> r.visitPick("st", 3) == 0 ? "Nieuw" : "Gezien")
        .col("Behandelaar", PROVIDER, r -> gps.get(r.stable("gp", gps.size())));
  }

  /** HPV and cytology behind their labels, KOPAC-B beside the class where it fixes it. */
  private static String labelledDutch(Row r) {
    Screening s = r.s();
    String hpv = switch (s.hpv()) {
      case NEGATIVE -> "negatief";
      case UNSATISFACTORY -> "niet beoordeelbaar";
      case POSITIVE -> "positief (" + (s.genotype().equals("other") ? "overig hrHPV"
          : "HPV " + s.genotype()) + ")";
    };
    String label = r.visitPick("lbl", 2) == 0 ? "hrHPV: " : "Uitslag hrHPV: ";
    if (!s.hasCytology()) {
      return label + hpv;
    }
    boolean kopac = !s.pap().equals("0") && !s.pap().equals("2") && r.visitPick("kop", 2) == 0;
    return label + hpv + (r.visitPick("cyt", 2) == 0 ? "; Cytologie: " : " | Uitslag cytologie: ")
        + "Pap " + s.pap() + (kopac ? " (KOPAC-B " + s.kopac(r.rng()) + ")" : "");
  }

  // ------------------------------------------------------------------------------- United Kingdom

  private static CsvLayout ukHistopathology() {
    List<String> clinicians = List.of("Miss R Okafor (Colposcopy)", "Mr D Harrington",
        "Dr S Banerjee (Colposcopy)", "Ms L Fairweather, Nurse Colposcopist");
    return CsvLayout.of("uk-histopathology-lims-reports", Country.UK).women().ages(25, 64)
        .people(85).rows(1, 3).quoteAll().crlf().dates("dd/MM/yyyy")
        .col("Lab No", RECORD_ID, r -> "H" + yy(r) + "/" + r.sample().substring(1))
        .col("NHS No", NATIONAL_ID, r -> nhsSpaced(r.p().nationalId()))
        .col("Surname", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Forename", GIVEN_NAME, r -> r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Hosp No", RECORD_ID, r -> "RX" + r.p().recordNumber())
        .col("Specimen", TEST_TYPE, r -> englishSpecimen(r))
        .col("Received", CLINICAL_DATE, Row::when)
        .graded("Diagnosis", DIAGNOSIS, r -> new Cell(englishSpecimen(r) + ": "
            + switch (r.histology()) {
              case NO_CIN -> "No CIN or CGIN seen";
              case CIN1 -> "CIN1 (LSIL) with HPV cytopathic effect";
              case CIN2 -> "CIN2 (HSIL)";
              case CIN3 -> "CIN3 (HSIL), " + (r.visitPick("m", 2) == 0 ? "margins clear"
                  : "involving the ectocervical margin");
              case CARCINOMA -> "Invasive squamous cell carcinoma, depth of invasion "
                  + (2 + r.visitPick("d", 5)) + " mm";
            }, r.histology().grade))
        .graded("SNOMED CT", DIAGNOSIS, r -> switch (r.histology()) {
          case NO_CIN -> Cell.of("");
          case CIN1 -> new Cell("285836003", ResultGrade.ABNORMAL_LOW_GRADE);
          case CIN2 -> new Cell("285838002", ResultGrade.ABNORMAL_HIGH_GRADE);
          case CIN3 -> new Cell("20365006", ResultGrade.ABNORMAL_HIGH_GRADE);
          case CARCINOMA -> new Cell("363354003", ResultGrade.CANCER);
        })
        .col("Requested By", PROVIDER, r -> clinicians.get(r.stable("cl", clinicians.size())))
        .col("Authorised", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(6 + r.visitPick("a", 9)))
            + " " + r.clock("auth"))
        .col("Report Status", OTHER, r -> r.visitPick("s", 9) == 0 ? "Supplementary" : "Final");
  }

  private static String englishSpecimen(Row r) {
    return switch (r.histology()) {
      case CIN3, CARCINOMA -> "LLETZ";
      default -> r.visitPick("sp", 3) == 0 ? "Cervical punch biopsies x2" : "Cervical punch biopsy";
    };
  }

  private static CsvLayout ukInbox() {
    List<String> gps = List.of("Dr A Chaudhry", "Dr K Whitfield", "Dr M O'Neill", "Dr J Pearson");
    return CsvLayout.of("uk-gp-pathology-inbox", Country.UK).women().ages(25, 64).people(100)
        .rows(1, 2).byDate().delimiter('\t').dates("dd-MMM-yyyy")
        .col("Date Received", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(14)))
        .col("Patient Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given() + (r.visitPick("t", 3) == 0 ? " (Ms)" : " (Mrs)"))
        .col("NHS Number", NATIONAL_ID, r -> nhsSpaced(r.p().nationalId()))
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Message Type", TEST_TYPE, r -> "Cervical Screening")
        .graded("Result", TEST_RESULT, r -> nhsResultCode(r.s()))
        .graded("Read Code", TEST_RESULT, r -> nhsReadCode(r.s()))
        .graded("Infection", TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> new Cell("0 - HPV negative", ResultGrade.NORMAL);
          case POSITIVE -> new Cell("9 - HPV positive", ResultGrade.ABNORMAL_LOW_GRADE);
          case UNSATISFACTORY -> new Cell("U - HPV unavailable", ResultGrade.UNSATISFACTORY);
        })
        .col("Action", PROCEDURE, r -> nhsAction(r.s()))
        .col("Sender", OTHER, r -> List.of("NHS Cervical Screening Lab North", "CSL South")
            .get(r.stable("lab", 2)))
        .col("Usual GP", PROVIDER, r -> gps.get(r.stable("gp", gps.size())))
        .col("Status", OTHER, r -> r.visitPick("st", 4) == 0 ? "Unfiled" : "Filed - no action");
  }

  /**
   * The NHS CSP result code and its words: the cytology's where one was done, X for hrHPV not
   * detected, 1 for an unreliable hrHPV test (the call-and-recall code set).
   */
  private static Cell nhsResultCode(Screening s) {
    String code = nhsCode(s);
    String text = switch (code) {
      case "X" -> "X - HR-HPV not detected";
      case "1" -> s.hasCytology() ? "1 - Inadequate" : "1 - HR-HPV unreliable";
      case "2" -> "2 - Negative";
      case "8" -> "8 - Borderline change in squamous cells";
      case "3" -> "3 - Low-grade dyskaryosis";
      case "7" -> "7 - High-grade dyskaryosis (moderate)";
      case "4" -> "4 - High-grade dyskaryosis (severe)";
      default -> "5 - High-grade dyskaryosis ?invasive squamous carcinoma";
    };
    return new Cell(text, nhsGrade(s));
  }

  /** The Read code a GP system files the result under, without its words. */
  private static Cell nhsReadCode(Screening s) {
    String read = switch (nhsCode(s)) {
      case "X" -> "4K3E";
      case "1" -> "4K21";
      case "2" -> "4K22";
      case "8" -> "4K290";
      case "3" -> "4K2J";
      case "7" -> "4K2K";
      case "4" -> "4K2L";
      default -> "4K2M";
    };
    return new Cell(read, nhsGrade(s));
  }

  private static String nhsCode(Screening s) {
    if (!s.hasCytology()) {
      return s.hpv() == Screening.Hpv.NEGATIVE ? "X" : "1";
    }
    return Screening.nhsResultCode(s.pap());
  }

  private static ResultGrade nhsGrade(Screening s) {
    return s.hasCytology() ? s.papGrade() : s.hpvGrade();
  }

  private static String nhsAction(Screening s) {
    if (s.hpv() == Screening.Hpv.NEGATIVE) {
      return "A - Routine recall";
    }
    if (s.hpv() == Screening.Hpv.UNSATISFACTORY || s.pap().equals("0") || s.pap().equals("1")) {
      return "R - Repeat test";
    }
    return "S - Suspend (referred to colposcopy)";
  }

  private static CsvLayout ukSexualHealth() {
    return CsvLayout.of("uk-sexual-health-results-list", Country.UK).ages(25, 50).people(90)
        .rows(1, 4).dates("dd/MM/yyyy")
        .col("Clinic No", RECORD_ID, r -> "GU" + r.p().recordNumber())
        .col("First Name", GIVEN_NAME, r -> r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Mobile", PHONE, r -> r.p().phone())
        .col("Gender", SEX, r -> r.p().female() ? "Female" : "Male")
        .col("Sexual Orientation", SEX_LIFE_OR_ORIENTATION,
            r -> Clinical.UK_ORIENTATION.get(r.stable("or", Clinical.UK_ORIENTATION.size())))
        .blank(20)
        .col("Attended", CLINICAL_DATE, Row::when)
        .col("Test", TEST_TYPE, r -> switch (clinicTest(r)) {
          case 0 -> "Cervical screening (HPV primary)";
          case 1 -> "CT/GC NAAT";
          case 2 -> "HIV 4th gen Ag/Ab";
          default -> "Syphilis serology";
        })
        .graded("Result", TEST_RESULT, r -> {
          int pick = r.visitPick("res", 10);
          return switch (clinicTest(r)) {
            case 0 -> new Cell(r.s().hpvEnglish(r.rng()) + (r.s().hasCytology()
                ? "; cytology: " + r.s().nhsCytology(r.rng()) : ""), r.s().grade());
            case 1 -> new Cell(pick == 0 ? "Chlamydia trachomatis DETECTED" : "CT/GC not detected",
                ResultGrade.UNGRADED);
            case 2 -> new Cell(pick == 0 ? "Reactive - confirmatory test sent" : "Negative",
                ResultGrade.UNGRADED);
            default -> new Cell(pick == 0 ? "Treponemal antibody detected" : "Non-reactive",
                ResultGrade.UNGRADED);
          };
        })
        .col("Result Sent", OTHER, r -> List.of("SMS", "SMS", "Phone call", "Not yet sent")
            .get(r.visitPick("sent", 4)));
  }

  /** Which test a clinic row is: 0 cervical screening (women only), 1-3 sexually transmitted. */
  private static int clinicTest(Row r) {
    int pick = r.visitPick("test", 10);
    if (r.p().female() && pick < 5) {
      return 0;
    }
    return 1 + pick % 3;
  }

  private static String nhsSpaced(String nhs) {
    return nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
  }

  // ------------------------------------------------------------------------------- Germany

  private static CsvLayout deZytologie() {
    List<String> senders = List.of("Dr. med. K. Hoffmann, FÄ f. Gynäkologie",
        "Gemeinschaftspraxis Dr. Weber & Dr. Yıldız", "Frauenarztpraxis am Markt",
        "Dr. med. S. Krüger");
    return CsvLayout.of("de-zytologie-befundliste", Country.DE).women().ages(20, 65).people(95)
        .rows(1, 2).delimiter(';').windows1252().dates("dd.MM.yyyy")
        .col("Auftrags-Nr.", RECORD_ID, r -> "Z" + yy(r) + r.sample().substring(1))
        .col("Name, Vorname", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.-Dat.", BIRTH_DATE, Row::birth)
        .col("Vers.-Nr.", NATIONAL_ID, r -> r.p().nationalId())
        .col("Kostenträger", OTHER, r -> List.of("AOK Bayern", "Techniker Krankenkasse",
            "BARMER", "DAK-Gesundheit", "IKK classic").get(r.stable("kk", 5)))
        .col("Einsender", PROVIDER, r -> senders.get(r.stable("es", senders.size())))
        .col("Entnahme", CLINICAL_DATE, Row::when)
        .col("Untersuchung", TEST_TYPE, r -> coTest(r) ? "Ko-Test (Zytologie + HPV)"
            : "Zytologie (Primärscreening)")
        .graded("Gruppe", TEST_RESULT, r -> {
          Screening c = everySample(r.s());
          String words = r.visitPick("w", 2) == 0 ? "" : " - " + munichWords(c.papMunich());
          return new Cell(c.papMunich() + words, c.papMunichGrade());
        })
        .graded("HPV-HR", TEST_RESULT, r -> coTest(r)
            ? new Cell(r.s().hpvGerman(r.rng()), r.s().hpvGrade()) : Cell.of(""))
        .col("Empfehlung", PROCEDURE, r -> {
          ResultGrade g = everySample(r.s()).papMunichGrade();
          return g == ResultGrade.UNSATISFACTORY ? "Wiederholung nach Entzündungsbehandlung"
              : g.compareTo(ResultGrade.ABNORMAL_LOW_GRADE) > 0 ? "Abklärungskolposkopie"
              : g == ResultGrade.ABNORMAL_LOW_GRADE || coTest(r)
                  && r.s().hpv() == Screening.Hpv.POSITIVE ? "Kontrolle in 12 Monaten"
              : "Früherkennung im Regelintervall";
        })
        .col("Kommentar", FREE_TEXT, r -> List.of("Endozervikale Zellen vorhanden",
            "Material teilweise blutig überlagert", "Transformationszone nicht erfasst")
            .get(r.visitPick("k", 3))).blank(70);
  }

  /** The words Munich III gives the groups {@link Screening#papMunich} draws. */
  private static String munichWords(String group) {
    return switch (group) {
      case "Pap 0" -> "unzureichendes Material";
      case "Pap I" -> "unauffällige und unverdächtige Befunde";
      case "Pap IIID1" -> "Zellbild einer leichten Dysplasie";
      case "Pap IIID2" -> "Zellbild einer mäßigen Dysplasie";
      case "Pap IVa-p" -> "Zellbild einer schweren Dysplasie/eines Carcinoma in situ";
      default -> "Zellbild eines Plattenepithelkarzinoms";
    };
  }

  /** The co-test is from 35 (Krebsfrüherkennungs-Richtlinie, since 2020): HPV only then. */
  private static boolean coTest(Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears() >= 35;
  }

  /** Germany does cytology on every sample: where the draw has none, the smear reads as Pap I. */
  private static Screening everySample(Screening s) {
    return s.hasCytology() ? s : new Screening(s.hpv(), s.genotype(), "1");
  }

  private static CsvLayout deHistologie() {
    List<String> senders = List.of("Dysplasiesprechstunde Klinikum Nord", "Dr. med. U. Brandt",
        "Praxis Dr. Lorenz", "Frauenklinik St. Marien");
    return CsvLayout.of("de-pathologie-histologiebefunde", Country.DE).women().ages(25, 65)
        .people(80).rows(1, 3).delimiter('|').dates("dd.MM.yyyy")
        .col("E-Nr.", RECORD_ID, r -> "E/" + r.date().getYear() + "/" + r.sample().substring(1))
        .col("Nachname", FAMILY_NAME, r -> r.p().family())
        .col("Vorname", GIVEN_NAME, r -> r.p().given())
        .col("Geburtsdatum", BIRTH_DATE, Row::birth)
        .col("PLZ", POSTCODE, r -> r.p().postcode())
        .col("Ort", CITY, r -> r.p().city())
        .col("Eingang", CLINICAL_DATE, Row::when)
        .col("Material", TEST_TYPE, r -> switch (r.histology()) {
          case CIN3, CARCINOMA -> "Konisat (Schlingenkonisation)";
          default -> r.visitPick("m", 2) == 0 ? "Portio-PE bei 12 Uhr" : "Zervixabradat";
        })
        .graded("Diagnose", DIAGNOSIS, r -> new Cell(switch (r.histology()) {
          case NO_CIN -> "Portioschleimhaut ohne Dysplasie, kein Anhalt für Malignität";
          case CIN1 -> "LSIL (CIN 1) der Portio mit Koilozyten";
          case CIN2 -> "HSIL (CIN 2) der Transformationszone";
          case CIN3 -> "HSIL (CIN 3), Resektionsränder tumorfrei";
          case CARCINOMA -> "Invasives Plattenepithelkarzinom der Cervix uteri, pT1b1";
        }, r.histology().grade))
        .graded("ICD-10-GM", DIAGNOSIS, r -> switch (r.histology()) {
          case NO_CIN -> Cell.of("");
          case CIN1 -> new Cell("N87.0", ResultGrade.ABNORMAL_LOW_GRADE);
          case CIN2 -> new Cell("N87.1", ResultGrade.ABNORMAL_HIGH_GRADE);
          case CIN3 -> new Cell("D06.9", ResultGrade.ABNORMAL_HIGH_GRADE);
          case CARCINOMA -> new Cell("C53.9", ResultGrade.CANCER);
        })
        .graded("ICD-O-3", DIAGNOSIS, r -> switch (r.histology()) {
          case NO_CIN -> Cell.of("");
          case CIN1 -> new Cell("8077/0", ResultGrade.ABNORMAL_LOW_GRADE);
          case CIN2, CIN3 -> new Cell("8077/2", ResultGrade.ABNORMAL_HIGH_GRADE);
          case CARCINOMA -> new Cell("8070/3", ResultGrade.CANCER);
        })
        .col("Einsender", PROVIDER, r -> senders.get(r.stable("es", senders.size())))
        .col("Befundstatus", OTHER, r -> r.visitPick("s", 7) == 0 ? "Nachbericht" : "endgültig");
  }

  // ------------------------------------------------------------------------------- France

  private static CsvLayout frCrcdc() {
    List<String> takers = List.of("Dr C. Lefèvre (gynécologue)", "Mme A. Roussel (sage-femme)",
        "Dr P. Mercier (médecin généraliste)", "Dr N. Benali (gynécologue)");
    return CsvLayout.of("fr-crcdc-hpv-reflexe-export", Country.FR).women().ages(30, 65).people(90)
        .rows(1, 2).delimiter(';').bom().dates("dd/MM/yyyy")
        .col("N° examen", RECORD_ID, r -> "C" + yy(r) + r.sample().substring(1))
        .col("NIR", NATIONAL_ID, r -> r.p().nationalId())
        .col("Nom de naissance", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden()).toUpperCase(Locale.ROOT))
        .col("Nom d'usage", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Date de naissance", BIRTH_DATE, Row::birth)
        .col("Code postal", POSTCODE, r -> r.p().postcode())
        .col("Commune", CITY, r -> r.p().city())
        .col("Date du prélèvement", CLINICAL_DATE, Row::when)
        .col("Nature du prélèvement", TEST_TYPE, r -> r.visitPick("auto", 6) == 0
            ? "Auto-prélèvement vaginal" : "Prélèvement cervico-utérin en milieu liquide")
        .graded("Test HPV-HR", TEST_RESULT,
            r -> new Cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade()))
        .graded("Génotypage", TEST_RESULT, r -> r.s().hpv() != Screening.Hpv.POSITIVE
            ? Cell.of("") : new Cell(r.s().genotype().equals("other") ? "Autres HPV HR"
                : "HPV " + r.s().genotype(), ResultGrade.ABNORMAL_LOW_GRADE))
        .graded("Cytologie réflexe", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade()) : Cell.of(""))
        .col("Conduite à tenir", PROCEDURE, r -> {
          Screening s = r.s();
          return s.hpv() == Screening.Hpv.NEGATIVE ? "Nouveau dépistage à 5 ans"
              : s.hpv() == Screening.Hpv.UNSATISFACTORY || s.pap().equals("0")
                  ? "Nouveau prélèvement"
              : s.pap().equals("1") ? "Test HPV-HR à 1 an" : "Colposcopie";
        })
        .col("Préleveur", PROVIDER, r -> takers.get(r.stable("pr", takers.size())))
        .col("RPPS", PROVIDER, r -> "100" + String.format(Locale.ROOT, "%08d",
            31_415_926 + 1_000_003 * r.stable("pr", takers.size())));
  }

  // ------------------------------------------------------------------------------- Belgium

  private static CsvLayout beLabo() {
    List<String> doctors = List.of("Dr. Peeters An", "Dr. Claes Koen", "Dr. Maes Sofie",
        "Dr. Wouters Jan");
    return CsvLayout.of("be-labo-resultaten-huisarts", Country.BE).women().ages(25, 64)
        .people(85).rows(1, 2).onePerResult().delimiter('\t').dates("dd/MM/yyyy")
        .col("Protocol", RECORD_ID, r -> "P" + yy(r) + r.sample().substring(1))
        .col("INSZ", NATIONAL_ID, r -> insz(r.p().nationalId()))
        .col("Naam", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> "V")
        .col("Ziekenfonds", OTHER, r -> List.of("CM", "Solidaris", "Helan", "Partena", "OZ")
            .get(r.stable("zf", 5)))
        .col("Lidnummer", INSURANCE_ID, r -> r.p().insuranceNumber()).blank(10)
        .col("Datum staalname", CLINICAL_DATE, Row::when)
        .col("Analyse", TEST_TYPE, r -> r.part() == Part.HPV ? "HPV hoog risico (PCR)"
            : "Cervixcytologie (Bethesda)")
        .graded("Resultaat", TEST_RESULT, r -> r.part() == Part.HPV ? new Cell(switch (r.s().hpv()) {
          case NEGATIVE -> "negatief";
          case UNSATISFACTORY -> "niet beoordeelbaar";
          case POSITIVE -> r.s().genotype().equals("other") ? "positief (andere hoog-risico types)"
              : "positief - genotype " + r.s().genotype();
        }, r.s().hpvGrade()) : new Cell(r.s().bethesda(r.rng()), r.s().papGrade()))
        .col("Voorschrijver", PROVIDER, r -> doctors.get(r.stable("dr", doctors.size())))
        .col("RIZIV", PROVIDER, r -> String.format(Locale.ROOT, "1-%05d-%02d-004",
            12_345 + 4_321 * r.stable("dr", doctors.size()), 10 + r.stable("dr", 4) * 17));
  }

  /** The INSZ as Belgian systems print it: {@code YY.MM.DD-SSS.CC}. */
  private static String insz(String n) {
    return n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "-"
        + n.substring(6, 9) + "." + n.substring(9);
  }

  // ------------------------------------------------------------------------------- Ireland

  private static CsvLayout ieCervicalCheck() {
    List<String> takers = List.of("Dr Aoife Brennan", "Nurse Mary Kavanagh", "Dr Cian Walsh",
        "Nurse Sinéad Doyle");
    return CsvLayout.of("ie-cervicalcheck-gp-results", Country.IE).women().ages(25, 65)
        .people(90).rows(1, 2).crlf().dates("dd/MM/yyyy")
        .col("Date Rec'd", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(21)))
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Patient", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("D.O.B.", BIRTH_DATE, Row::birth)
        .col("Eircode", POSTCODE, r -> r.p().postcode())
        .col("Mobile", PHONE, r -> r.p().phone()).blank(15)
        .col("CSP ID", RECORD_ID, r -> "CSP" + r.p().recordNumber())
        .graded("HPV Result", TEST_RESULT,
            r -> new Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade()))
        .graded("Cytology", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesda(r.rng()), r.s().papGrade()) : Cell.of(""))
        .col("Recommendation", PROCEDURE, r -> {
          Screening s = r.s();
          return s.hpv() == Screening.Hpv.NEGATIVE
              ? (r.p().birthDate().plusYears(30).isAfter(r.date()) ? "Routine recall 3 years"
                  : "Routine recall 5 years")
              : s.hpv() == Screening.Hpv.UNSATISFACTORY || s.pap().equals("0")
                  ? "Repeat test in 3 months"
              : s.pap().equals("1") ? "Repeat HPV test in 12 months" : "Refer to colposcopy";
        })
        .col("Smeartaker", PROVIDER, r -> takers.get(r.stable("st", takers.size())));
  }

  // ------------------------------------------------------------------------------- United States

  private static CsvLayout usPortal() {
    List<String> providers = List.of("Nguyen, Linh MD", "Okafor, Grace DO", "Weiss, Daniel MD",
        "Ramirez, Sofia NP");
    return CsvLayout.of("us-portal-lab-results", Country.US).women().ages(30, 65).people(85)
        .rows(1, 2).onePerResult().quoteAll().dates("MM/dd/yyyy")
        .col("MRN", RECORD_ID, r -> r.p().recordNumber())
        .col("Patient", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given().toUpperCase(Locale.ROOT))
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Portal Login", EMAIL, r -> r.p().email())
        .col("Order", TEST_TYPE, r -> "HPV, primary screen w/ reflex to Pap")
        .col("Component", TEST_TYPE, r -> r.part() == Part.HPV ? "HPV, high-risk"
            : "Interpretation/Result")
        .col("LOINC", TEST_TYPE, r -> r.part() == Part.HPV ? "30167-1" : "19762-4")
        .graded("Value", TEST_RESULT, r -> r.part() == Part.HPV ? new Cell(switch (r.s().hpv()) {
          case NEGATIVE -> "Negative";
          case UNSATISFACTORY -> "Inadequate";
          case POSITIVE -> r.s().genotype().equals("other") ? "Positive (other high-risk type)"
              : "Positive (HPV " + r.s().genotype() + ")";
        }, r.s().hpvGrade()) : new Cell(r.s().bethesda(r.rng()), r.s().papGrade()))
        .col("Collected", CLINICAL_DATE, Row::when)
        .col("Resulted", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(r.part() == Part.HPV ? 3 : 9)))
        .col("Ordering Provider", PROVIDER, r -> providers.get(r.stable("op", providers.size())))
        .col("NPI", PROVIDER, r -> npi(r.stable("op", providers.size())))
        .col("Performing Lab", OTHER, r -> "Commonwealth Reference Laboratory")
        .col("Released to Patient", OTHER, r -> r.visitPick("rel", 5) == 0 ? "No" : "Yes");
  }

  /** A ten-digit NPI: nine digits and a Luhn check over {@code 80840} and them (CMS). */
  static String npi(int index) {
    return CheckDigits.npi(String.valueOf(123_456_789 + 7_654_321 * index));
  }

  // ------------------------------------------------------------------------------- helpers

  private static String yy(Row r) {
    return String.format(Locale.ROOT, "%02d", r.date().getYear() % 100);
  }
}
