package org.exposure.evaluation;

import static org.exposure.evaluation.Country.BE;
import static org.exposure.evaluation.Country.DE;
import static org.exposure.evaluation.Country.FR;
import static org.exposure.evaluation.Country.IE;
import static org.exposure.evaluation.Country.NL;
import static org.exposure.evaluation.Country.UK;
import static org.exposure.evaluation.Country.US;
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

import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.evaluation.Screening.Histology;
import org.exposure.evaluation.Screening.Hpv;

/**
 * The eighth blind part of the corpus (issue 17): twelve CSV layouts in the corpus's first seven
 * countries, the extracts a DPO receives after a breach at a lab, a screening programme, a hospital,
 * a GP practice or a health insurer, written by someone who read neither the classifier's code nor
 * any figure of any part. Its truth comes from the generator, {@code docs/evaluation.md}'s labelling
 * guides (types and grades) and DESIGN.md's type definitions. It is sealed: run it once, then read
 * this Javadoc. {@link Corpus} does not write these layouts.
 *
 * <h2>The layouts</h2>
 *
 * <ol>
 *   <li>{@code nl-zas-zelfafnameset-retouren} (NL): a screening lab's list of returned self-sampling
 *       kits (ZAS, hrHPV only): kit barcode, programme client number, BSN on most rows, initials,
 *       prefix and family name apart, birth date, postcode, house number, date received, the
 *       analysis, the hrHPV result with genotype, the next step, the letter status; {@code ;},
 *       {@code dd-MM-yyyy}; a kit found unsatisfactory is followed by a second kit.
 *   <li>{@code nl-huisarts-uitstrijkjes-bewaking} (NL): a GP practice's hand-kept follow-up sheet of
 *       smears: practice patient number, the name written two ways ({@code Berg, M.J. van der} or
 *       {@code M.J. van der Berg}), birth date, phone, smear date, the result as HPV and Pap in one
 *       cell, the KOPAC-B code, the action, the gynaecologist referred to, the check-up date, a
 *       remark and the assistant's initials; {@code ;}, Windows-1252, CRLF, {@code d-M-yyyy}.
 *   <li>{@code nl-pathologielab-cervixuitslagen} (NL): a pathology lab's export, one row per result
 *       (the hrHPV row and, where done, the cytology row of one sample): sample number, received
 *       date, BSN, family name, prefix, initials, birth date, sex, requesting GP with AGB code, the
 *       test, the result in words, its code (SNOMED CT for HPV, KOPAC-B for cytology), status; TAB,
 *       ISO dates.
 *   <li>{@code nl-verzekeraar-huisartsdeclaraties-icpc} (NL): a health insurer's claim lines from GP
 *       care: declaration number, member number, BSN, name, birth date as {@code yyyyMMdd}, sex
 *       coded 1/2 (Vektis-style), postcode, house number, the provider's AGB code, the service,
 *       the ICPC diagnosis, service date, amount, the insurer's UZOVI code; {@code ;}.
 *   <li>{@code us-lis-cotest-obx-flat-export} (US): a lab information system's flat export of
 *       co-test results with HL7 v2 field ids in the headers ({@code PID-5.1 Family Name}, {@code
 *       OBX-5 Observation Value}), one row per observation: MRN, names, DOB as {@code yyyyMMdd},
 *       sex, SSN on a minority, ZIP, accession, observation time, ordering provider as an XCN with
 *       an NPI, LOINC code and name, the value (SNOMED CT coded HPV, Bethesda cytology), the HPV
 *       genotype, result status; {@code |}.
 *   <li>{@code us-gyn-practice-837p-claim-lines} (US): a gynaecology practice's professional claim
 *       lines (837P-style): claim id, line number, member id, patient name, DOB, sex, address, city,
 *       state, ZIP, date of service, CPT/HCPCS code, the ICD-10-CM diagnosis pointer (screening
 *       encounter codes and the R87.6x cervical findings), rendering NPI, units, billed amount,
 *       payer; {@code M/d/yyyy}.
 *   <li>{@code uk-gp-cervical-sample-taker-log} (UK): a practice nurse's log of cervical samples
 *       sent and results back: NHS number with and without spaces, patient name, DOB, date taken,
 *       sample taker, lab number, date result received, HPV, cytology in NHS wording, the action,
 *       next test due, letter sent, checked by; CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code uk-colposcopy-clinic-outcome-list} (UK): a hospital colposcopy clinic's attendance
 *       list: hospital number, NHS number, surname, forename, DOB, postcode, appointment date, the
 *       referral result, colposcopic impression, biopsy taken, histology, transformation zone type,
 *       outcome, colposcopist; every cell quoted, {@code dd/MM/yyyy}.
 *   <li>{@code be-bvo-baarmoederhals-labo-aanlevering} (BE): a Flemish lab's submission of cervical
 *       screening results: national number written with and without its separators, names, birth
 *       date, postcode, municipality, sample id, sample date, the test, Bethesda cytology, hrHPV,
 *       genotype, the requesting doctor with a RIZIV number, the recommendation; {@code ;},
 *       Windows-1252, CRLF, {@code dd/MM/yyyy}.
 *   <li>{@code de-gynpraxis-kfu-befundliste} (DE): a gynaecology practice's list of cancer-screening
 *       examinations (cytology under 35, co-test from 35): patient number, {@code Müller, Anna},
 *       birth date, KVNR, sickness fund, examination date, the service, the Munich group, the HPV
 *       test, the next step, the doctor, the cytology lab; {@code ;}, Windows-1252, CRLF, {@code
 *       dd.MM.yyyy}.
 *   <li>{@code fr-crcdc-depistage-col-suivi} (FR): a regional screening coordination centre's
 *       cervical follow-up table in upper-case snake_case: NIR, birth and usage names, first name,
 *       birth date, address, postcode, town, invitation and sample dates, the examination, the HPV
 *       result, French Bethesda cytology, the sample taker, the next step; {@code ;}, UTF-8 with
 *       BOM, {@code dd/MM/yyyy}.
 *   <li>{@code ie-gp-cervicalcheck-results-tracker} (IE): a GP practice's CervicalCheck tracker:
 *       programme id, PPSN for some, name, DOB, Eircode, mobile, date of test, the result as HPV
 *       and cytology in one cell, the recommendation, the recall date, notes, the GP; {@code
 *       dd/MM/yyyy}.
 * </ol>
 *
 * <h2>Labelling decisions the guide did not name</h2>
 *
 * Each was taken from DESIGN.md's definitions and the guide's nearest row, never from the classifier:
 *
 * <ul>
 *   <li>Kit barcodes, programme client numbers, lab, sample, accession, hospital and practice
 *       numbers RECORD_ID; a declaration or claim number and a member number INSURANCE_ID.
 *   <li>The next step, action, recommendation, outcome, {@code SUITE_A_DONNER} and {@code
 *       Procedere} are plans of care: PROCEDURE, as are claim services, CPT/HCPCS codes and a
 *       biopsy taken. Check-up, recall, next-test-due and invitation dates are care events planned:
 *       CLINICAL_DATE, as are dates received and results received.
 *   <li>A SNOMED CT code of an HPV result is graded by its meaning ({@code 720005005} detected low
 *       grade, {@code 77851000146104} not detected NORMAL, {@code 125154007} UNSATISFACTORY); a
 *       genotype cell low grade; a KOPAC-B code by its P axis.
 *   <li>The ICPC diagnoses of the claim lines are UNGRADED except X75 (cervical cancer), CANCER.
 *       The ICD-10-CM pointer of the US claims: Z11.51 and Z12.4 (screening encounters) UNGRADED;
 *       R87.810 (high-risk HPV DNA positive), R87.610 (ASC-US) and R87.612 (LSIL) low grade; R87.611
 *       (ASC-H) and R87.613 (HSIL) high grade; R87.615 (unsatisfactory smear) UNSATISFACTORY;
 *       R87.614 (cytologic evidence of malignancy) CANCER.
 *   <li>The colposcopic impression is graded as the guide's row ({@code Suspected invasion}
 *       CANCER); the histology DIAGNOSIS by its CIN grade; the transformation zone type OTHER.
 *   <li>In the German list a co-test whose HPV was negative shows {@code Pap I}: NORMAL.
 *   <li>Letter status, result status, statuses, payers, funds, the UZOVI code, labs, amounts,
 *       units, line numbers, the state and the initials of staff who checked an entry OTHER.
 *       Sample takers, requesting, ordering and rendering clinicians, colposcopists and the
 *       gynaecologist referred to PROVIDER. Remarks and notes FREE_TEXT, grading nothing.
 *   <li>A placeholder where nothing was done or referred ({@code -}, {@code N/A}, {@code
 *       entfällt}) keeps its column's type and grades nothing.
 *   <li>Every layout that shows cervical results holds women only.
 * </ul>
 */
final class BlindLayouts8 {
  private BlindLayouts8() {}

  static List<CsvLayout> all() {
    return List.of(selfSamplingNl(), gpFollowUpNl(), pathologyLabNl(), insurerClaimsNl(),
        lisExportUs(), claimLinesUs(), sampleTakerLogUk(), colposcopyClinicUk(), labSubmissionBe(),
        gynPracticeDe(), coordinationCentreFr(), practiceTrackerIe());
  }

  /** The woman's age in years on the day of the row. */
  private static int age(Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears();
  }

  /** Pick one of {@code options} for the visit, salted so that columns pick independently. */
  private static String pick(Row r, String salt, String... options) {
    return options[r.visitPick(salt, options.length)];
  }

  // ------------------------------------------------------------------------------- The Netherlands

  private static CsvLayout selfSamplingNl() {
    return CsvLayout.of("nl-zas-zelfafnameset-retouren", NL).delimiter(';').dates("dd-MM-yyyy")
        .women().people(95).ages(30, 60).rows(1, 2)
        .col("Barcode ZAS", RECORD_ID, r -> "ZAS" + r.sample().substring(1))
        .col("Clientnummer", RECORD_ID, r -> "C" + r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(12)
        .col("Voorl.", INITIALS, r -> r.p().initials())
        .col("Tussenv.", FAMILY_NAME, r -> r.p().prefix())
        .col("Achternaam", FAMILY_NAME, r -> r.p().family())
        .col("Geb. datum", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Huisnr", HOUSE_NUMBER, r -> r.p().houseNumber() + r.p().houseSuffix())
        .col("Ontvangen lab", CLINICAL_DATE, Row::when)
        .col("Analyse", TEST_TYPE, r -> pick(r, "an", "hrHPV (zelfafname)", "HPV-test ZAS",
            "hrHPV PCR"))
        .graded("hrHPV-uitslag", TEST_RESULT, r -> new Cell(r.s().hpvDutch(r.rng()),
            r.s().hpvGrade()))
        .col("Vervolg", PROCEDURE, r -> switch (r.s().hpv()) {
          case POSITIVE -> "Uitstrijkje bij huisarts (vervolgonderzoek)";
          case NEGATIVE -> age(r) >= 40 ? "Volgende uitnodiging over 10 jaar"
              : "Volgende uitnodiging over 5 jaar";
          case UNSATISFACTORY -> "Nieuwe zelfafnameset verstuurd";
        })
        .col("Uitslagbrief", OTHER, r -> pick(r, "brief", "verzonden", "verzonden", "in wachtrij"));
  }

  private static CsvLayout gpFollowUpNl() {
    return CsvLayout.of("nl-huisarts-uitstrijkjes-bewaking", NL).delimiter(';').windows1252()
        .dates("d-M-yyyy").women().people(70).ages(30, 64).rows(1, 3)
        .col("Pat.nr.", RECORD_ID, r -> r.p().recordNumber())
        .col("Naam", PERSON_NAME, r -> r.rng().nextBoolean()
            ? r.p().family() + ", " + r.p().initials()
                + (r.p().prefix().isEmpty() ? "" : " " + r.p().prefix())
            : r.p().initials() + " " + r.p().fullFamily())
        .col("Geb.dat.", BIRTH_DATE, Row::birth)
        .col("Tel.", PHONE, r -> r.p().phone()).blank(20)
        .col("Datum uitstrijkje", CLINICAL_DATE, Row::when)
        .graded("Uitslag", TEST_RESULT, r -> new Cell(r.s().combinedDutch(r.rng()),
            r.s().grade()))
        .graded("KOPAC-B", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().kopac(r.rng()), Screening.papGrade(r.s().kopacPap()))
            : Cell.of(""))
        .col("Actie", PROCEDURE, r -> actionNl(r.s()))
        .col("Verwezen naar", PROVIDER, r -> actionNl(r.s()).startsWith("Verwijzing")
            ? pick(r, "gyn", "dr. K. Smit, gynaecoloog", "gynaecologie Isala (dr. Bos)",
                "poli gyn. dr. H. Mulder")
            : "-")
        .col("Controle", CLINICAL_DATE, r -> actionNl(r.s()).startsWith("Herhaling")
            ? r.fmt(r.date().plusMonths(6)) : "")
        .col("Opm.", FREE_TEXT, r -> pick(r, "opm", "pt gebeld", "brief meegegeven",
            "pt wil eerst nadenken", "uitslag telefonisch besproken", "")).blank(40)
        .col("Ass.", OTHER, r -> pick(r, "ass", "AB", "MvD", "JK"));
  }

  /** What a GP does after a smear's result. */
  private static String actionNl(Screening s) {
    if (s.hpv() == Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "Nieuw uitstrijkje maken";
    }
    if (s.hpv() == Hpv.NEGATIVE) {
      return "Geen, terug naar BVO";
    }
    return switch (s.pap()) {
      case "1" -> "Herhaling uitstrijkje na 6 mnd";
      default -> "Verwijzing gynaecoloog (colposcopie)";
    };
  }

  private static CsvLayout pathologyLabNl() {
    return CsvLayout.of("nl-pathologielab-cervixuitslagen", NL).delimiter('\t').women()
        .people(80).ages(30, 60).rows(1, 2).onePerResult()
        .col("Monsternummer", RECORD_ID, Row::sample)
        .col("Ontvangstdatum", CLINICAL_DATE, Row::when)
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Geslachtsnaam", FAMILY_NAME, r -> r.p().family())
        .col("Voorvoegsel", FAMILY_NAME, r -> r.p().prefix())
        .col("Voorletters", INITIALS, r -> r.p().initials().replace(".", ""))
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> "V")
        .col("Aanvrager", PROVIDER, r -> List.of("Huisartsenpraktijk De Linde (AGB 01055321)",
            "A.M. Kok, huisarts (AGB 01023874)", "Gezondheidscentrum Oost (AGB 01061190)")
            .get(r.stable("aanv", 3)))
        .col("Verrichting", TEST_TYPE, r -> r.part() == Part.HPV ? "hrHPV PCR"
            : "Cytologie (dunnelaag)")
        .graded("Uitslag", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade())
            : new Cell(r.s().papDutch(r.rng()), r.s().papGrade()))
        .graded("Code", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(switch (r.s().hpv()) {
              case POSITIVE -> "720005005";
              case NEGATIVE -> "77851000146104";
              case UNSATISFACTORY -> "125154007";
            }, r.s().hpvGrade())
            : new Cell("KOPAC " + r.s().kopac(r.rng()), Screening.papGrade(r.s().kopacPap())))
        .col("Status", OTHER, r -> pick(r, "st", "definitief", "definitief", "geautoriseerd"));
  }

  private static CsvLayout insurerClaimsNl() {
    List<String[]> icpc = List.of(new String[] {"T90", "Diabetes mellitus type 2"},
        new String[] {"K86", "Hypertensie zonder orgaanbeschadiging"},
        new String[] {"P76", "Depressie"}, new String[] {"R96", "Astma"},
        new String[] {"P74", "Angststoornis"}, new String[] {"L03", "Lage rugpijn"},
        new String[] {"X75", "Maligniteit cervix uteri"});
    return CsvLayout.of("nl-verzekeraar-huisartsdeclaraties-icpc", NL).delimiter(';')
        .dates("yyyyMMdd").people(75).ages(20, 85).rows(1, 4).byDate()
        .col("Declaratienummer", INSURANCE_ID, r -> "D" + r.date().getYear() + r.sample()
            .substring(1))
        .col("Verzekerdennummer", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("BSN verzekerde", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam verzekerde", PERSON_NAME, r -> r.p().initials() + " " + r.p().fullFamily())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> r.p().female() ? "2" : "1")
        .col("Postcode", POSTCODE, r -> r.p().postcode().replace(" ", ""))
        .col("Huisnummer", HOUSE_NUMBER, r -> String.valueOf(r.p().houseNumber()))
        .col("Zorgverlenerscode", PROVIDER, r -> List.of("01012345", "01034417", "01029981",
            "01061190").get(r.stable("agb", 4)))
        .col("Prestatie", PROCEDURE, r -> pick(r, "pr", "Consult regulier 5 tot 20 min",
            "Consult regulier 5 tot 20 min", "Consult lang 20 min en langer", "Visite regulier",
            "Chirurgische verrichting", "ECG-diagnostiek", "Spirometrie"))
        .graded("Diagnose ICPC", DIAGNOSIS, r -> {
          int i = r.stable("icpc", icpc.size() - 1);
          boolean cancer = r.p().female() && r.stable("icpc-x", 6) == 0;
          String[] dx = cancer ? icpc.get(icpc.size() - 1) : icpc.get(i);
          return new Cell(dx[0] + " " + dx[1], cancer ? CANCER : UNGRADED);
        })
        .col("Datum prestatie", CLINICAL_DATE, Row::when)
        .col("Declaratiebedrag", OTHER, r -> String.format(Locale.ROOT, "%d,%02d",
            10 + r.visitPick("eur", 40), r.visitPick("ct", 100)))
        .col("UZOVI", OTHER, r -> List.of("3311", "3343", "3358", "7029").get(r.stable("uz", 4)));
  }

  // ------------------------------------------------------------------------------- United States

  private static CsvLayout lisExportUs() {
    return CsvLayout.of("us-lis-cotest-obx-flat-export", US).delimiter('|').dates("yyyyMMdd")
        .women().people(90).ages(30, 65).rows(1, 2).onePerResult()
        .col("PID-3 Patient ID (MRN)", RECORD_ID, r -> "M" + r.p().recordNumber())
        .col("PID-5.1 Family Name", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("PID-5.2 Given Name", GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
        .col("PID-7 Date/Time of Birth", BIRTH_DATE, Row::birth)
        .col("PID-8 Administrative Sex", SEX, r -> "F")
        .col("PID-19 SSN", NATIONAL_ID, r -> r.p().nationalId().replace("-", "")).blank(65)
        .col("PID-11.5 Zip", POSTCODE, r -> r.p().postcode())
        .col("OBR-3 Filler Order Number", RECORD_ID, Row::sample)
        .col("OBR-7 Observation Date/Time", CLINICAL_DATE, r -> r.when()
            + r.clock("obs").replace(":", ""))
        .col("OBR-16 Ordering Provider", PROVIDER, r -> List.of(
            "1234567893^NGUYEN^LINDA^^^^MD", "1987654328^OKAFOR^GRACE^^^^DO",
            "1452369873^WEBER^THOMAS^^^^MD", "1678901236^RAMIREZ^ANA^^^^NP")
            .get(r.stable("npi", 4)))
        .col("OBX-3 Observation Identifier", TEST_TYPE, r -> r.part() == Part.HPV
            ? "59420-0^HPV 16+18+31+33+35+39+45+51+52+56+58+59+66+68 DNA Cvx Ql Probe^LN"
            : "47527-7^Cytology report of Cervical or vaginal smear or scraping thin prep^LN")
        .graded("OBX-5 Observation Value", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(switch (r.s().hpv()) {
              case POSITIVE -> "260373001^Detected^SCT";
              case NEGATIVE -> "260415000^Not detected^SCT";
              case UNSATISFACTORY -> "125154007^Specimen unsatisfactory for evaluation^SCT";
            }, r.s().hpvGrade())
            : new Cell(r.s().bethesda(r.rng()), r.s().papGrade()))
        .graded("HPV Genotype", TEST_RESULT, r -> r.part() == Part.HPV
            && r.s().hpv() == Hpv.POSITIVE ? new Cell(switch (r.s().genotype()) {
              case "16" -> "HPV 16 Detected";
              case "18" -> "HPV 18/45 Detected";
              default -> "Other HR HPV Detected";
            }, ABNORMAL_LOW_GRADE) : Cell.of(""))
        .col("OBX-11 Result Status", OTHER, r -> pick(r, "st", "F", "F", "F", "C"));
  }

  /** The ICD-10-CM code a claim line for this sample points to, with its grade. */
  private static Cell claimDiagnosis(Row r) {
    Screening s = r.s();
    boolean text = r.visitPick("dxtext", 2) == 0;
    if (!s.hasCytology()) {
      return new Cell(s.hpv() == Hpv.NEGATIVE && r.visitPick("z", 2) == 0
          ? "Z12.4" + (text ? " Encounter for screening for malignant neoplasm of cervix" : "")
          : "Z11.51" + (text ? " Encounter for screening for HPV" : ""), UNGRADED);
    }
    return switch (s.pap()) {
      case "0" -> new Cell("R87.615" + (text ? " Unsatisfactory cytologic smear of cervix" : ""),
          UNSATISFACTORY);
      case "1" -> new Cell("R87.810" + (text ? " Cervical high risk HPV DNA test positive" : ""),
          ABNORMAL_LOW_GRADE);
      case "2" -> new Cell("R87.610" + (text ? " ASC-US on cytologic smear of cervix" : ""),
          ABNORMAL_LOW_GRADE);
      case "3a1" -> new Cell("R87.612" + (text ? " LSIL on cytologic smear of cervix" : ""),
          ABNORMAL_LOW_GRADE);
      case "3a2" -> new Cell("R87.611" + (text ? " ASC-H on cytologic smear of cervix" : ""),
          ABNORMAL_HIGH_GRADE);
      case "5" -> new Cell("R87.614" + (text ? " Cytologic evidence of malignancy on smear of cervix"
          : ""), CANCER);
      default -> new Cell("R87.613" + (text ? " HSIL on cytologic smear of cervix" : ""),
          ABNORMAL_HIGH_GRADE);
    };
  }

  private static CsvLayout claimLinesUs() {
    return CsvLayout.of("us-gyn-practice-837p-claim-lines", US).dates("M/d/yyyy").women()
        .people(85).ages(21, 65).rows(1, 3).byDate()
        .col("Claim ID", INSURANCE_ID, r -> "CLM" + r.sample().substring(1))
        .col("Line #", OTHER, r -> String.valueOf(1 + r.visitPick("line", 3)))
        .col("Member ID", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("Patient Last Name", FAMILY_NAME, r -> r.p().family())
        .col("Patient First Name", GIVEN_NAME, r -> r.p().given())
        .col("Patient DOB", BIRTH_DATE, Row::birth)
        .col("Patient Sex", SEX, r -> "F")
        .col("Patient Address 1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Patient City", CITY, r -> r.p().city())
        .col("Patient State", OTHER, r -> r.p().region())
        .col("Patient ZIP", POSTCODE, r -> r.p().postcode())
        .col("DOS From", CLINICAL_DATE, Row::when)
        .col("CPT/HCPCS", PROCEDURE, r -> r.s().hasCytology() ? pick(r, "cpt", "88175", "Q0091")
            : pick(r, "cpt", "87624", "G0101"))
        .graded("ICD-10-CM Dx Pointer 1", DIAGNOSIS, BlindLayouts8::claimDiagnosis)
        .col("Rendering NPI", PROVIDER, r -> List.of("1102938473", "1234567893", "1987654328")
            .get(r.stable("rnpi", 3)))
        .col("Units", OTHER, r -> "1")
        .col("Billed Amount", OTHER, r -> String.format(Locale.ROOT, "$%d.00",
            40 + r.visitPick("amt", 120)))
        .col("Payer", OTHER, r -> List.of("Medicaid", "BCBS", "Aetna", "UnitedHealthcare",
            "Self-pay").get(r.stable("payer", 5)));
  }

  // ------------------------------------------------------------------------------- United Kingdom

  /** The NHS number as staff type it: {@code 485 777 3456} or ten digits together. */
  private static String nhsNumber(Row r) {
    String n = r.p().nationalId();
    return r.rng().nextInt(3) == 0 ? n
        : n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
  }

  /** The next step after an NHS cervical screening result. */
  private static String actionUk(Screening s) {
    if (s.hpv() == Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "Repeat in 3 months (inadequate)";
    }
    if (s.hpv() == Hpv.NEGATIVE) {
      return "Routine recall";
    }
    return s.pap().equals("1") ? "Repeat HPV in 12 months" : "Refer to colposcopy";
  }

  private static CsvLayout sampleTakerLogUk() {
    return CsvLayout.of("uk-gp-cervical-sample-taker-log", UK).crlf().dates("dd/MM/yyyy")
        .women().people(85).ages(25, 64).rows(1, 2)
        .col("NHS Number", NATIONAL_ID, BlindLayouts8::nhsNumber)
        .col("Patient Name", PERSON_NAME, r -> r.rng().nextBoolean()
            ? r.p().family().toUpperCase(Locale.ROOT) + ", " + r.p().given()
            : r.p().given() + " " + r.p().family())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Date Taken", CLINICAL_DATE, Row::when)
        .col("Sample Taker", PROVIDER, r -> List.of("PN S. Khan", "PN J. Okafor",
            "Dr R. Hughes").get(r.visitPick("taker", 3)))
        .col("Lab No.", RECORD_ID, r -> "CY" + r.sample().substring(1))
        .col("Result Rec'd", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(7
            + r.visitPick("rec", 14))))
        .graded("HPV", TEST_RESULT, r -> new Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade()))
        .graded("Cytology", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().nhsCytology(r.rng()), r.s().papGrade()) : Cell.of(""))
        .col("Action", PROCEDURE, r -> actionUk(r.s()))
        .col("Next Test Due", CLINICAL_DATE, r -> r.fmt(r.date().plusMonths(switch (
            actionUk(r.s())) {
              case "Routine recall" -> age(r) >= 50 ? 60 : 36;
              case "Repeat HPV in 12 months" -> 12;
              case "Repeat in 3 months (inadequate)" -> 3;
              default -> 6;
            })))
        .col("Letter Sent", OTHER, r -> pick(r, "letter", "Y", "Y", "N"))
        .col("Checked By", OTHER, r -> pick(r, "chk", "SK", "JO", "LM"));
  }

  private static CsvLayout colposcopyClinicUk() {
    return CsvLayout.of("uk-colposcopy-clinic-outcome-list", UK).quoteAll().dates("dd/MM/yyyy")
        .women().people(70).ages(25, 64).rows(1, 3)
        .col("Hospital No", RECORD_ID, r -> "RX" + r.p().recordNumber())
        .col("NHS No", NATIONAL_ID, r -> r.p().nationalId())
        .col("Surname", FAMILY_NAME, r -> r.p().family())
        .col("Forename", GIVEN_NAME, r -> r.p().given())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Appt Date", CLINICAL_DATE, Row::when)
        .graded("Referral Result", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell("HPV positive, " + r.s().nhsCytology(r.rng()), r.s().grade())
            : new Cell(r.s().hpvEnglish(r.rng()) + " (test of cure)", r.s().hpvGrade()))
        .graded("Colposcopic Impression", TEST_RESULT, r -> switch (r.histology()) {
          case NO_CIN -> new Cell("Normal", NORMAL);
          case CIN1 -> new Cell(pick(r, "imp", "Low grade", "Minor change"), ABNORMAL_LOW_GRADE);
          case CIN2, CIN3 -> new Cell(pick(r, "imp", "High grade", "Major change"),
              ABNORMAL_HIGH_GRADE);
          case CARCINOMA -> new Cell("Suspected invasion", CANCER);
        })
        .col("Biopsy", PROCEDURE, r -> biopsy(r))
        .graded("Histology", DIAGNOSIS, r -> biopsy(r).equals("None") ? Cell.of("N/A")
            : new Cell(r.histology().english, r.histology().grade))
        .col("TZ Type", OTHER, r -> "Type " + (1 + r.visitPick("tz", 3)))
        .col("Outcome", PROCEDURE, r -> switch (r.histology()) {
          case NO_CIN -> "Discharge to routine recall";
          case CIN1 -> "Follow-up colposcopy 12 months";
          case CIN2, CIN3 -> biopsy(r).equals("LLETZ") ? "Test of cure 6 months"
              : "LLETZ under LA";
          case CARCINOMA -> "Refer gynae-oncology MDT";
        })
        .col("Colposcopist", PROVIDER, r -> List.of("Miss A. Patel", "Dr E. Walsh",
            "Sr K. Brown (nurse colposcopist)").get(r.stable("colp", 3)));
  }

  /** The biopsy taken at a colposcopy: none for a normal look on some visits. */
  private static String biopsy(Row r) {
    if (r.histology() == Histology.NO_CIN && r.visitPick("bx", 2) == 0) {
      return "None";
    }
    return r.histology() == Histology.CIN3 && r.visitPick("see", 2) == 0 ? "LLETZ"
        : "Punch biopsy x" + (1 + r.visitPick("n", 2));
  }

  // ------------------------------------------------------------------------------- Belgium

  private static CsvLayout labSubmissionBe() {
    return CsvLayout.of("be-bvo-baarmoederhals-labo-aanlevering", BE).delimiter(';')
        .windows1252().dates("dd/MM/yyyy").women().people(80).ages(25, 64).rows(1, 3)
        .col("Rijksregisternummer", NATIONAL_ID, r -> {
          String n = r.p().nationalId();
          return r.rng().nextBoolean() ? n : n.substring(0, 2) + "." + n.substring(2, 4) + "."
              + n.substring(4, 6) + "-" + n.substring(6, 9) + "." + n.substring(9);
        })
        .col("Naam", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Gemeente", CITY, r -> r.p().city())
        .col("Labo-ID staal", RECORD_ID, r -> "L" + r.sample().substring(1))
        .col("Datum afname", CLINICAL_DATE, Row::when)
        .col("Type onderzoek", TEST_TYPE, r -> r.s().hasCytology() ? "hrHPV + reflexcytologie"
            : "hrHPV-test")
        .graded("Cytologie (Bethesda)", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesda(r.rng()), r.s().papGrade()) : Cell.of(""))
        .graded("hrHPV", TEST_RESULT, r -> new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade()))
        .graded("Genotype", TEST_RESULT, r -> r.s().hpv() == Hpv.POSITIVE
            ? new Cell(r.s().genotype().equals("other") ? "overig" : r.s().genotype(),
                ABNORMAL_LOW_GRADE) : Cell.of(""))
        .col("Aanvrager RIZIV", PROVIDER, r -> List.of("dr. L. Peeters 1-23456-25-004",
            "dr. S. Janssens 1-54321-06-003", "dr. F. Maes 1-76543-94-004")
            .get(r.stable("riziv", 3)))
        .col("Aanbeveling", PROCEDURE, r -> switch (r.s().hpv()) {
          case NEGATIVE -> "Volgende screening na 5 jaar";
          case UNSATISFACTORY -> "Nieuw staal afnemen";
          case POSITIVE -> r.s().pap().equals("1") ? "Herhaling na 12 maanden"
              : r.s().pap().equals("0") ? "Nieuw staal afnemen" : "Colposcopie aanbevolen";
        });
  }

  // ------------------------------------------------------------------------------- Germany

  private static CsvLayout gynPracticeDe() {
    return CsvLayout.of("de-gynpraxis-kfu-befundliste", DE).delimiter(';').windows1252()
        .dates("dd.MM.yyyy").women().people(80).ages(22, 65).rows(1, 3)
        .col("Pat.-Nr.", RECORD_ID, r -> r.p().recordNumber())
        .col("Name, Vorname", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.-Datum", BIRTH_DATE, Row::birth)
        .col("Versichertennr.", NATIONAL_ID, r -> r.p().nationalId())
        .col("Kasse", OTHER, r -> List.of("AOK Bayern", "TK", "Barmer", "DAK-Gesundheit",
            "IKK classic").get(r.stable("kasse", 5)))
        .col("Untersuchung am", CLINICAL_DATE, Row::when)
        .col("Leistung", TEST_TYPE, r -> age(r) >= 35 ? "Ko-Test (Zytologie + HPV)"
            : "Zytologie (Primärscreening)")
        .graded("Zytologie (Gruppe)", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().papMunich(), r.s().papMunichGrade()) : new Cell("Pap I", NORMAL))
        .graded("HPV-Test", TEST_RESULT, r -> age(r) >= 35
            ? new Cell(r.s().hpvGerman(r.rng()), r.s().hpvGrade()) : Cell.of("entfällt"))
        .col("Procedere", PROCEDURE, r -> {
          String pap = r.s().pap();
          if (pap.equals("0") || (r.s().hpv() == Hpv.UNSATISFACTORY && age(r) >= 35)) {
            return "Wiederholung in 3 Mon.";
          }
          if (pap.isEmpty() || pap.equals("1")) {
            return age(r) >= 35 && r.s().hpv() == Hpv.POSITIVE ? "Kontrolle in 12 Mon."
                : age(r) >= 35 ? "Routine in 3 J." : "Routine in 12 Mon.";
          }
          return "Abklärungskolposkopie";
        })
        .col("Arzt", PROVIDER, r -> List.of("Dr. med. S. Weber", "Dr. med. K. Hoffmann",
            "Dr. med. J. Schäfer").get(r.stable("arzt", 3)))
        .col("Zytologie-Labor", OTHER, r -> List.of("MVZ Labor Nord", "Zytologie Dr. Braun",
            "Labor am Park").get(r.stable("lab", 3)));
  }

  // ------------------------------------------------------------------------------- France

  private static CsvLayout coordinationCentreFr() {
    return CsvLayout.of("fr-crcdc-depistage-col-suivi", FR).delimiter(';').bom()
        .dates("dd/MM/yyyy").women().people(80).ages(30, 65).rows(1, 2)
        .col("NIR", NATIONAL_ID, r -> {
          String n = r.p().nationalId();
          return r.rng().nextBoolean() ? n : n.charAt(0) + " " + n.substring(1, 3) + " "
              + n.substring(3, 5) + " " + n.substring(5, 7) + " " + n.substring(7, 10) + " "
              + n.substring(10, 13) + " " + n.substring(13);
        })
        .col("NOM_NAISSANCE", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden()).toUpperCase(Locale.ROOT))
        .col("NOM_USAGE", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? ""
            : r.p().family().toUpperCase(Locale.ROOT))
        .col("PRENOM", GIVEN_NAME, r -> r.p().given())
        .col("DATE_NAISSANCE", BIRTH_DATE, Row::birth)
        .col("ADRESSE", STREET_ADDRESS, r -> r.p().streetLine())
        .col("CODE_POSTAL", POSTCODE, r -> r.p().postcode())
        .col("COMMUNE", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("DATE_INVITATION", CLINICAL_DATE, r -> r.fmt(r.date().minusDays(30
            + r.visitPick("inv", 60)))).blank(25)
        .col("DATE_PRELEVEMENT", CLINICAL_DATE, Row::when)
        .col("EXAMEN", TEST_TYPE, r -> r.s().hasCytology() ? "Test HPV-HR + cytologie réflexe"
            : "Test HPV-HR")
        .graded("RESULTAT_HPV", TEST_RESULT, r -> new Cell(r.s().hpvFrench(r.rng()),
            r.s().hpvGrade()))
        .graded("RESULTAT_CYTOLOGIE", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade()) : Cell.of(""))
        .col("PRELEVEUR", PROVIDER, r -> List.of("Dr MARTIN Claire (gynécologue)",
            "Sage-femme PETIT Léa", "Dr BERNARD Paul (médecin généraliste)")
            .get(r.stable("prel", 3)))
        .col("SUITE_A_DONNER", PROCEDURE, r -> switch (r.s().hpv()) {
          case NEGATIVE -> "Dépistage dans 5 ans";
          case UNSATISFACTORY -> "Nouveau prélèvement";
          case POSITIVE -> r.s().pap().equals("1") ? "Test HPV-HR à 1 an"
              : r.s().pap().equals("0") ? "Nouveau prélèvement" : "Colposcopie";
        });
  }

  // ------------------------------------------------------------------------------- Ireland

  private static CsvLayout practiceTrackerIe() {
    return CsvLayout.of("ie-gp-cervicalcheck-results-tracker", IE).dates("dd/MM/yyyy").women()
        .people(80).ages(25, 65).rows(1, 2)
        .col("CSP ID", RECORD_ID, r -> "CSP" + r.p().recordNumber())
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId()).blank(35)
        .col("Patient", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Eircode", POSTCODE, r -> r.p().postcode())
        .col("Mobile", PHONE, r -> r.p().phone()).blank(15)
        .col("Date of test", CLINICAL_DATE, Row::when)
        .graded("Result", TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().hpvEnglish(r.rng()) + "; cytology: " + r.s().bethesda(r.rng()),
                r.s().grade())
            : new Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade()))
        .col("Recommendation", PROCEDURE, r -> switch (actionUk(r.s())) {
          case "Routine recall" -> age(r) >= 30 ? "Routine recall 5 yrs" : "Routine recall 3 yrs";
          case "Repeat HPV in 12 months" -> "Repeat HPV test in 12 months";
          case "Repeat in 3 months (inadequate)" -> "Repeat test in 3 months";
          default -> "Refer to colposcopy";
        })
        .col("Recall date", CLINICAL_DATE, r -> r.fmt(r.date().plusMonths(switch (
            actionUk(r.s())) {
              case "Routine recall" -> age(r) >= 30 ? 60 : 36;
              case "Repeat HPV in 12 months" -> 12;
              case "Repeat in 3 months (inadequate)" -> 3;
              default -> 2;
            })))
        .col("Notes", FREE_TEXT, r -> actionUk(r.s()).equals("Refer to colposcopy")
            ? pick(r, "note", "rang pt, discussed", "awaiting colp appt", "colp referral faxed")
            : pick(r, "note", "letter posted", "pt aware", "text sent", "rang pt, no answer"))
        .blank(55)
        .col("GP", PROVIDER, r -> List.of("Dr C. Byrne", "Dr M. O'Sullivan", "Dr A. Kelly")
            .get(r.stable("gp", 3)));
  }
}
